//! The urgent lines by nation: `content/urgent-numbers.toml` (`../shared/facts-urgent.md`
//! section E). The safety rules of that section are checks here, so an edit cannot break them:
//! 999 comes first and is for everyone, every nation has a line of its own besides 999, and
//! no line offers 111 in Northern Ireland (facts G1).

use crate::data::{dated, exception, id_problem, is_id, refs, toml_problem, Nation};
use crate::page::{check_text, SourceRef, Text};
use crate::{line_of, Date, Problem};
use serde::Deserialize;
use toml::Spanned;

pub const URGENT_FILE: &str = "content/urgent-numbers.toml";

/// The id the first line must have: the app puts it first, before the person's own line.
pub const EMERGENCY_ID: &str = "emergency";

/// One line anyone in one or more nations may call.
#[derive(Clone, Debug)]
pub struct UrgentLine {
    pub line: usize,
    pub id: String,
    pub name: String,
    /// The number's `tel:` target, looked up in the phone list for how it is shown.
    pub phone: Option<Text>,
    pub when: Text,
    /// Link text and address, where a page helps.
    pub link: Option<(String, Text)>,
    pub nations: Vec<Nation>,
    /// The line of `nations`, for problems about who the line is for.
    pub nations_line: usize,
    pub sources: Vec<SourceRef>,
    /// Why the line cites no national source, where none says its facts (its line and the
    /// words): the check accepts such a line only with this.
    pub no_national_source: Option<(usize, String)>,
}

impl UrgentLine {
    /// How Rust code names it: the id in capitals, `-` as `_` (`CANCER_TREATMENT_HELPLINE`).
    pub fn const_name(&self) -> String {
        self.id.to_ascii_uppercase().replace('-', "_")
    }
}

/// The file: its lines in order and when they were last checked.
#[derive(Clone, Debug, Default)]
pub struct UrgentNumbers {
    pub lines: Vec<UrgentLine>,
    pub last_reviewed: (usize, Date),
    /// Directory ids (with their lines) listed after the lines in the "cannot work in this
    /// browser" notice.
    pub fallback_organisations: Vec<(usize, String)>,
}

impl UrgentNumbers {
    /// Every line's sources, in file order.
    pub fn sources(&self) -> impl Iterator<Item = &SourceRef> {
        self.lines.iter().flat_map(|l| l.sources.iter())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileToml {
    last_reviewed: Spanned<String>,
    #[serde(default)]
    fallback_organisations: Vec<Spanned<String>>,
    line: Vec<LineToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LineToml {
    id: Spanned<String>,
    name: String,
    phone: Option<Spanned<String>>,
    when: Spanned<String>,
    link_text: Option<String>,
    link: Option<Spanned<String>>,
    nations: Spanned<Vec<Nation>>,
    sources: Vec<Spanned<String>>,
    no_national_source: Option<Spanned<String>>,
}

/// Reads `content/urgent-numbers.toml` and checks the rules that need no other file.
pub fn parse(text: &str, problems: &mut Vec<Problem>) -> UrgentNumbers {
    let file = URGENT_FILE;
    let parsed: FileToml = match toml::from_str(text) {
        Ok(p) => p,
        Err(e) => {
            problems.push(toml_problem(file, text, &e));
            return UrgentNumbers::default();
        }
    };
    let last_reviewed = dated(file, text, "last_reviewed", &parsed.last_reviewed, problems)
        .unwrap_or((
            line_of(text, parsed.last_reviewed.span().start),
            Date::default(),
        ));
    let mut lines = Vec::new();
    for l in parsed.line {
        let line = line_of(text, l.id.span().start);
        if !is_id(l.id.get_ref()) {
            problems.push(id_problem(file, line, l.id.get_ref()));
        }
        if lines.iter().any(|x: &UrgentLine| x.id == *l.id.get_ref()) {
            problems.push(Problem::new(
                file,
                line,
                format!("the id \"{}\" is used twice", l.id.get_ref()),
                "give each line its own id",
            ));
        }
        let when = Text {
            line: line_of(text, l.when.span().start),
            text: l.when.into_inner(),
        };
        check_text(file, &when, problems);
        let link = match (l.link_text, l.link) {
            (Some(words), Some(url)) => Some((
                words,
                Text {
                    line: line_of(text, url.span().start),
                    text: url.into_inner(),
                },
            )),
            (None, None) => None,
            _ => {
                problems.push(Problem::new(
                    file,
                    line,
                    "a line has a link without link_text, or link_text without a link",
                    "give both: link = the page's address, link_text = words naming the page",
                ));
                None
            }
        };
        let nations_line = line_of(text, l.nations.span().start);
        let nations = l.nations.into_inner();
        if nations.is_empty() {
            problems.push(Problem::new(
                file,
                nations_line,
                "this line is for no nation, so nobody would see it",
                "list the nations it serves, for example nations = [\"wales\"]",
            ));
        }
        lines.push(UrgentLine {
            line,
            id: l.id.into_inner(),
            name: l.name,
            phone: l.phone.map(|p| Text {
                line: line_of(text, p.span().start),
                text: p.into_inner(),
            }),
            when,
            link,
            nations,
            nations_line,
            sources: refs(text, l.sources),
            no_national_source: exception(file, text, l.no_national_source, problems),
        });
    }
    safety_rules(&lines, problems);
    let fallback_organisations = parsed
        .fallback_organisations
        .into_iter()
        .map(|id| (line_of(text, id.span().start), id.into_inner()))
        .collect();
    UrgentNumbers {
        lines,
        last_reviewed,
        fallback_organisations,
    }
}

/// facts-urgent.md section E and G1, as checks.
fn safety_rules(lines: &[UrgentLine], problems: &mut Vec<Problem>) {
    let file = URGENT_FILE;
    let first_is_999 = lines.first().is_some_and(|l| {
        l.id == EMERGENCY_ID
            && l.phone.as_ref().is_some_and(|p| p.text == "999")
            && Nation::ALL.iter().all(|n| l.nations.contains(n))
    });
    if !first_is_999 {
        problems.push(Problem::new(
            file,
            lines.first().map_or(0, |l| l.line),
            "the first line must be 999, for everyone",
            "put the line with id = \"emergency\", phone = \"999\" and all four nations first",
        ));
    }
    for nation in Nation::ALL {
        if !lines.iter().skip(1).any(|l| l.nations.contains(&nation)) {
            problems.push(Problem::new(
                file,
                lines.last().map_or(0, |l| l.line),
                format!("nobody in {} would see a line besides 999", nation.code()),
                "every nation needs its own line for urgent help that is not a 999 emergency (facts-urgent.md section E)",
            ));
        }
    }
    for l in lines {
        let dials_111 = l.phone.as_ref().is_some_and(|p| p.text == "111")
            || l.name.contains("111")
            || l.when.text.contains("111");
        if dials_111 && l.nations.contains(&Nation::NorthernIreland) {
            problems.push(Problem::new(
                file,
                l.nations_line,
                format!("the line \"{}\" offers 111 in Northern Ireland, which has no general 111 service", l.id),
                "take northern-ireland out of its nations (facts-urgent.md G1); Northern Ireland's line is the GP practice or GP Out of Hours",
            ));
        }
    }
}
