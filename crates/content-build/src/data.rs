//! The structured content files: the sources register, the phone numbers, the benefits
//! checklist and the support directory, all TOML.
//!
//! Fields an editor can get wrong are read with their position (`toml::Spanned`), so every
//! problem names its line. Unknown fields are refused (a misspelt field would otherwise be
//! silently ignored).

use crate::page::{check_text, date_problem, parse_date, SourceRef, Text};
use crate::scope::Scope;
use crate::{line_of, Date, Problem};
use serde::Deserialize;
use toml::Spanned;

pub const SOURCES_FILE: &str = "content/sources.toml";
pub const PHONES_FILE: &str = "content/phone-numbers.toml";
pub const BENEFITS_FILE: &str = "content/benefits.toml";
pub const DIRECTORY_FILE: &str = "content/directory.toml";

/// A TOML syntax or field mistake, with its line.
pub fn toml_problem(file: &str, text: &str, error: &toml::de::Error) -> Problem {
    let line = error.span().map_or(0, |span| line_of(text, span.start));
    // serde's words for a value not in a list of choices: "variant" means nothing to an editor.
    let message = error
        .message()
        .trim()
        .replace('\n', " ")
        .replace("unknown variant", "unknown value");
    Problem::new(
        file,
        line,
        message,
        "check the line against the examples in docs/EDITING.md: text goes in \"double quotes\", lists in [square brackets], and each field name must be one the file already uses",
    )
}

/// What kind of page a source is.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// The organisation's own page: can stand alone behind a fact.
    Official,
    /// A third-party copy, a news story, or one body's page used as evidence of a wider rule:
    /// may support a fact, never be its only source.
    Lead,
    /// Printed material with no web address (the original leaflet).
    Print,
}

/// What a source's facts are about, which sets how soon they must be checked again.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    /// Treatments, symptoms, what the illness is: checked at least every 24 months.
    Clinical,
    /// Benefits and their rules, which change every April: every 12 months.
    Benefits,
    /// Phone numbers, opening hours and services: every 12 months.
    Contacts,
    /// Feelings, coping, relationships and emotional support: every 24 months.
    Wellbeing,
    /// Anything else (history, the leaflet): every 24 months.
    General,
}

impl Topic {
    /// The longest time, in months, a fact from such a source may go unchecked.
    pub fn review_months(self) -> u32 {
        match self {
            Topic::Clinical | Topic::Wellbeing | Topic::General => 24,
            Topic::Benefits | Topic::Contacts => 12,
        }
    }
}

/// One entry of the sources register.
#[derive(Clone, Debug)]
pub struct Source {
    pub line: usize,
    pub id: String,
    /// The page's own title.
    pub title: String,
    pub organisation: String,
    /// The exact page; `None` only for print.
    pub url: Option<String>,
    /// The line of `url` (of the entry when there is none).
    pub url_line: usize,
    /// The date the page shows (`YYYY-MM-DD` or `YYYY-MM`), or "undated".
    pub page_date: String,
    pub read: Date,
    pub kind: SourceKind,
    pub topic: Topic,
    /// Who publishes it ([`Scope`]); `Scope::Local` when the line is missing or misspelt
    /// (reported).
    pub scope: Scope,
    /// The line of `scope` (of the entry when there is none).
    pub scope_line: usize,
}

impl Source {
    /// As the app shows it under a page: "GOV.UK: Pension Credit", or the title alone when it
    /// already names the organisation ("Macmillan Support Line").
    pub fn display_title(&self) -> String {
        let first = |text: &str| {
            text.split_whitespace()
                .next()
                .unwrap_or_default()
                .to_lowercase()
        };
        if first(&self.title) == first(&self.organisation) {
            self.title.clone()
        } else {
            format!("{}: {}", self.organisation, self.title)
        }
    }

    /// The name Rust code uses for this source: `SRC_` and the id in capitals.
    pub fn const_name(&self) -> String {
        format!("SRC_{}", self.id.to_ascii_uppercase().replace('-', "_"))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    source: Vec<SourceToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceToml {
    id: Spanned<String>,
    title: String,
    organisation: String,
    url: Option<Spanned<String>>,
    page_date: Spanned<String>,
    read: Spanned<String>,
    kind: SourceKind,
    topic: Topic,
    scope: Option<Spanned<String>>,
}

pub(crate) fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

pub(crate) fn id_problem(file: &str, line: usize, id: &str) -> Problem {
    Problem::new(
        file,
        line,
        format!("\"{id}\" is not a usable id"),
        "ids use lower-case letters, digits and hyphens only, for example \"govuk-pension-credit\"",
    )
}

fn date_field(
    file: &str,
    text: &str,
    key: &str,
    value: &Spanned<String>,
    problems: &mut Vec<Problem>,
) -> Option<Date> {
    let line = line_of(text, value.span().start);
    let parsed = parse_date(value.get_ref());
    if parsed.is_none() {
        problems.push(date_problem(file, line, key, value.get_ref()));
    }
    parsed
}

/// Reads the sources register.
pub fn parse_sources(file: &str, text: &str, problems: &mut Vec<Problem>) -> Vec<Source> {
    let parsed: SourcesFile = match toml::from_str(text) {
        Ok(p) => p,
        Err(e) => {
            problems.push(toml_problem(file, text, &e));
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for s in parsed.source {
        let line = line_of(text, s.id.span().start);
        if !is_id(s.id.get_ref()) {
            problems.push(id_problem(file, line, s.id.get_ref()));
        }
        let page_date = s.page_date.get_ref().clone();
        let month_only = page_date.len() == 7 && parse_date(&format!("{page_date}-01")).is_some();
        if page_date != "undated" && parse_date(&page_date).is_none() && !month_only {
            problems.push(Problem::new(
                file,
                line_of(text, s.page_date.span().start),
                format!("\"{page_date}\" is not a page date"),
                "write the date the page shows (\"Updated 20 September 2024\" is 2024-09-20; a month alone is 2024-09), or \"undated\" when it shows none",
            ));
        }
        let read = date_field(file, text, "read", &s.read, problems);
        if s.url.is_none() && s.kind != SourceKind::Print {
            problems.push(Problem::new(
                file,
                line,
                format!("the source \"{}\" has no url", s.id.get_ref()),
                "give the exact address of the page (copy it from the browser's address bar); only printed material (kind = \"print\") has none",
            ));
        }
        let url_line = s
            .url
            .as_ref()
            .map_or(line, |u| line_of(text, u.span().start));
        let scope_line = s
            .scope
            .as_ref()
            .map_or(line, |v| line_of(text, v.span().start));
        let scope = scope_field(
            file,
            (line, scope_line),
            s.id.get_ref(),
            s.kind,
            s.scope.as_ref(),
            problems,
        );
        out.push(Source {
            line,
            url_line,
            id: s.id.into_inner(),
            title: s.title,
            organisation: s.organisation,
            url: s.url.map(|u| u.into_inner()),
            page_date,
            read: read.unwrap_or_default(),
            kind: s.kind,
            topic: s.topic,
            scope,
            scope_line,
        });
    }
    out
}

/// What `scope = "…"` means, for the messages about it.
const SCOPES_EXPLAINED: &str = "\"national\" for a page of a national government or NHS body (nhs.uk, NHS inform, NHS 111 Wales, nidirect, GOV.UK, mygov.scot, gov.scot, GOV.WALES, NICE …), \"charity\" for a UK-wide charity, professional body or scheme (Macmillan, Breast Cancer Now, Marie Curie …), \"local\" for an NHS trust, health board, ambulance service, council, GP practice, news story or copy, and \"print\" for printed material";

/// Reads a source's `scope` (at `scope_line`), reporting it missing, misspelt, or at odds with
/// `kind = "print"`.
fn scope_field(
    file: &str,
    (line, scope_line): (usize, usize),
    id: &str,
    kind: SourceKind,
    value: Option<&Spanned<String>>,
    problems: &mut Vec<Problem>,
) -> Scope {
    let Some(value) = value else {
        problems.push(Problem::new(
            file,
            line,
            format!("the source \"{id}\" has no scope"),
            format!("add a line scope = \"…\" to the entry: {SCOPES_EXPLAINED}"),
        ));
        return Scope::Local;
    };
    let written = value.get_ref();
    let Some(scope) = Scope::from_code(written) else {
        let near = crate::nearest(written, Scope::ALL.iter().map(|s| s.code()))
            .map(|near| format!("did you mean \"{near}\"? If not, "))
            .unwrap_or_default();
        problems.push(Problem::new(
            file,
            scope_line,
            format!("\"{written}\" is not a scope"),
            format!("{near}write one of {SCOPES_EXPLAINED}"),
        ));
        return Scope::Local;
    };
    if (scope == Scope::Print) != (kind == SourceKind::Print) {
        problems.push(Problem::new(
            file,
            scope_line,
            format!("scope = \"{written}\" does not go with this source's kind"),
            "printed material (kind = \"print\") has scope = \"print\", and only it: a web page's scope is \"national\", \"charity\" or \"local\"",
        ));
    }
    scope
}

/// One number the guide may dial.
#[derive(Clone, Debug)]
pub struct PhoneNumber {
    pub line: usize,
    /// The `tel:` target, international form where there is one: "+448088080000".
    pub tel: String,
    /// As the organisation writes it: "0808 808 00 00".
    pub shown: String,
    pub source: SourceRef,
    /// The name the app's code uses for the number, when it dials it outside content text:
    /// `content::directory::phones::<NAME>`.
    pub name: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PhonesFile {
    number: Vec<PhoneToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PhoneToml {
    tel: Spanned<String>,
    shown: String,
    source: Spanned<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    note: String,
}

/// Reads the phone number allow-list.
pub fn parse_phones(file: &str, text: &str, problems: &mut Vec<Problem>) -> Vec<PhoneNumber> {
    let parsed: PhonesFile = match toml::from_str(text) {
        Ok(p) => p,
        Err(e) => {
            problems.push(toml_problem(file, text, &e));
            return Vec::new();
        }
    };
    parsed
        .number
        .into_iter()
        .map(|n| {
            let line = line_of(text, n.tel.span().start);
            if !n.tel.get_ref().chars().all(|c| c.is_ascii_digit() || c == '+') {
                problems.push(Problem::new(file, line, format!("\"{}\" is not a tel: number", n.tel.get_ref()), "write the number with no spaces, in international form where it has one: +448088080000"));
            }
            PhoneNumber {
                line,
                tel: n.tel.into_inner(),
                shown: n.shown,
                source: SourceRef { line: line_of(text, n.source.span().start), id: n.source.into_inner() },
                name: n.name,
            }
        })
        .collect()
}

pub use crate::kinds::{AgeGroup, Group, Nation, Need};

/// A link to an official page, for the nations it serves.
#[derive(Clone, Debug)]
pub struct Link {
    pub nations: Vec<Nation>,
    pub text: Text,
    pub url: Text,
}

/// One checklist item.
#[derive(Clone, Debug)]
pub struct Benefit {
    pub line: usize,
    pub id: String,
    pub name: String,
    pub group: Group,
    pub nations: Vec<Nation>,
    pub age: AgeGroup,
    pub need: Need,
    pub for_carer: bool,
    pub special_rules: bool,
    pub what: Vec<Text>,
    pub who: Vec<Text>,
    pub how: Vec<Text>,
    pub links: Vec<Link>,
    pub sources: Vec<SourceRef>,
    /// Why the item cites no national source, where none says its facts (its line and the
    /// words): the check accepts such an item only with this.
    pub no_national_source: Option<(usize, String)>,
    pub last_reviewed: (usize, Date),
    pub review_by: Option<(usize, Date)>,
}

impl Benefit {
    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        self.what
            .iter()
            .chain(&self.who)
            .chain(&self.how)
            .chain(self.links.iter().map(|l| &l.text))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BenefitsFile {
    item: Vec<BenefitToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LinkToml {
    nations: Vec<Nation>,
    text: Spanned<String>,
    url: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BenefitToml {
    id: Spanned<String>,
    name: String,
    group: Group,
    nations: Vec<Nation>,
    age: AgeGroup,
    need: Need,
    #[serde(default)]
    for_carer: bool,
    #[serde(default)]
    special_rules: bool,
    what: Vec<Spanned<String>>,
    who: Vec<Spanned<String>>,
    how: Vec<Spanned<String>>,
    #[serde(default)]
    link: Vec<LinkToml>,
    sources: Spanned<Vec<Spanned<String>>>,
    no_national_source: Option<Spanned<String>>,
    last_reviewed: Spanned<String>,
    review_by: Option<Spanned<String>>,
}

/// A `no_national_source = "why"` value with its line; an empty reason is reported.
pub(crate) fn exception(
    file: &str,
    text: &str,
    value: Option<Spanned<String>>,
    problems: &mut Vec<Problem>,
) -> Option<(usize, String)> {
    let value = value?;
    let line = line_of(text, value.span().start);
    let why = value.into_inner();
    if why.trim().is_empty() {
        problems.push(Problem::new(
            file,
            line,
            "no_national_source gives no reason",
            "say why no national page backs this, for example \"No NHS inform or NHS 24 page gives the helpline; the health board's page is the only source\"",
        ));
    }
    Some((line, why))
}

fn texts(
    file: &str,
    text: &str,
    values: Vec<Spanned<String>>,
    problems: &mut Vec<Problem>,
) -> Vec<Text> {
    values
        .into_iter()
        .map(|v| {
            let t = Text {
                line: line_of(text, v.span().start),
                text: v.into_inner(),
            };
            check_text(file, &t, problems);
            t
        })
        .collect()
}

pub(crate) fn refs(text: &str, values: Vec<Spanned<String>>) -> Vec<SourceRef> {
    values
        .into_iter()
        .map(|v| SourceRef {
            line: line_of(text, v.span().start),
            id: v.into_inner(),
        })
        .collect()
}

pub(crate) fn dated(
    file: &str,
    text: &str,
    key: &str,
    value: &Spanned<String>,
    problems: &mut Vec<Problem>,
) -> Option<(usize, Date)> {
    date_field(file, text, key, value, problems).map(|d| (line_of(text, value.span().start), d))
}

/// Reads the benefits checklist's items.
pub fn parse_benefits(file: &str, text: &str, problems: &mut Vec<Problem>) -> Vec<Benefit> {
    let parsed: BenefitsFile = match toml::from_str(text) {
        Ok(p) => p,
        Err(e) => {
            problems.push(toml_problem(file, text, &e));
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for item in parsed.item {
        let line = line_of(text, item.id.span().start);
        if !is_id(item.id.get_ref()) {
            problems.push(id_problem(file, line, item.id.get_ref()));
        }
        let last_reviewed = dated(file, text, "last_reviewed", &item.last_reviewed, problems);
        let review_by = item
            .review_by
            .as_ref()
            .and_then(|v| dated(file, text, "review_by", v, problems));
        let links = item
            .link
            .into_iter()
            .map(|l| {
                let t = Text {
                    line: line_of(text, l.text.span().start),
                    text: l.text.into_inner(),
                };
                check_text(file, &t, problems);
                Link {
                    nations: l.nations,
                    text: t,
                    url: Text {
                        line: line_of(text, l.url.span().start),
                        text: l.url.into_inner(),
                    },
                }
            })
            .collect();
        let sources_line = line_of(text, item.sources.span().start);
        let sources = refs(text, item.sources.into_inner());
        if sources.is_empty() {
            problems.push(Problem::new(
                file,
                sources_line,
                "this item has no sources",
                "list the ids of the sources register's pages that back this item's facts",
            ));
        }
        let no_national_source = exception(file, text, item.no_national_source, problems);
        out.push(Benefit {
            line,
            no_national_source,
            id: item.id.into_inner(),
            name: item.name,
            group: item.group,
            nations: item.nations,
            age: item.age,
            need: item.need,
            for_carer: item.for_carer,
            special_rules: item.special_rules,
            what: texts(file, text, item.what, problems),
            who: texts(file, text, item.who, problems),
            how: texts(file, text, item.how, problems),
            links,
            sources,
            last_reviewed: last_reviewed.unwrap_or((line, Date::default())),
            review_by,
        });
    }
    out
}

pub use crate::kinds::Category;

/// When a line is open, as written in the directory file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Hours {
    Known(String),
    SeeWebsite,
    NotApplicable,
}

/// One organisation in the directory.
#[derive(Clone, Debug)]
pub struct Organisation {
    pub line: usize,
    pub id: String,
    pub name: String,
    pub description: Text,
    /// The number's `tel:` target, looked up in the phone list for how it is shown.
    pub phone: Option<Text>,
    pub hours: Hours,
    pub website: Option<String>,
    pub email: Option<String>,
    pub categories: Vec<Category>,
    pub nations: Vec<Nation>,
    pub sources: Vec<SourceRef>,
    pub last_reviewed: (usize, Date),
    pub review_by: Option<(usize, Date)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DirectoryFile {
    organisation: Vec<OrganisationToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OrganisationToml {
    id: Spanned<String>,
    name: String,
    description: Spanned<String>,
    phone: Option<Spanned<String>>,
    hours: Spanned<String>,
    website: Option<String>,
    email: Option<String>,
    categories: Vec<Category>,
    nations: Vec<Nation>,
    sources: Spanned<Vec<Spanned<String>>>,
    last_reviewed: Spanned<String>,
    review_by: Option<Spanned<String>>,
}

/// The support directory: its organisations.
#[derive(Clone, Debug, Default)]
pub struct Directory {
    pub organisations: Vec<Organisation>,
}

/// Reads the support directory.
pub fn parse_directory(file: &str, text: &str, problems: &mut Vec<Problem>) -> Directory {
    let parsed: DirectoryFile = match toml::from_str(text) {
        Ok(p) => p,
        Err(e) => {
            problems.push(toml_problem(file, text, &e));
            return Directory::default();
        }
    };
    let mut out = Vec::new();
    for org in parsed.organisation {
        let line = line_of(text, org.id.span().start);
        if !is_id(org.id.get_ref()) {
            problems.push(id_problem(file, line, org.id.get_ref()));
        }
        let hours = match org.hours.get_ref().as_str() {
            "see-website" => Hours::SeeWebsite,
            "not-applicable" => Hours::NotApplicable,
            known => Hours::Known(known.to_string()),
        };
        let description = Text {
            line: line_of(text, org.description.span().start),
            text: org.description.into_inner(),
        };
        check_text(file, &description, problems);
        let last_reviewed = dated(file, text, "last_reviewed", &org.last_reviewed, problems);
        let review_by = org
            .review_by
            .as_ref()
            .and_then(|v| dated(file, text, "review_by", v, problems));
        out.push(Organisation {
            line,
            id: org.id.into_inner(),
            name: org.name,
            description,
            phone: org.phone.map(|p| Text {
                line: line_of(text, p.span().start),
                text: p.into_inner(),
            }),
            hours,
            website: org.website,
            email: org.email,
            categories: org.categories,
            nations: org.nations,
            sources: refs(text, org.sources.into_inner()),
            last_reviewed: last_reviewed.unwrap_or((line, Date::default())),
            review_by,
        });
    }
    Directory { organisations: out }
}
