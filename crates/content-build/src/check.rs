//! Checks across files: sources, links, phone numbers, reading ease and review dates.

use crate::data::{SourceKind, Topic};
use crate::markup::{self, Inline, Target};
use crate::page::{Block, Page, SourceRef, Text};
use crate::scope::{self, Scope};
use crate::{readability, Content, Date, Problem, APP_PAGES};
use std::collections::{BTreeMap, BTreeSet};

/// The lowest Flesch reading ease a page may have (plain English is 60–70).
pub const MIN_READING_EASE: f64 = 50.0;

/// Review months for anything with a phone number in it (numbers change).
pub const PHONE_REVIEW_MONTHS: u32 = 12;

/// `date` plus `months`, on the same day of the month or the month's last day.
pub fn add_months(date: Date, months: u32) -> Date {
    let total = u32::from(date.year) * 12 + u32::from(date.month) - 1 + months;
    let (year, month) = ((total / 12) as u16, (total % 12) as u8 + 1);
    let mut day = date.day;
    while !Date::new(year, month, day).is_valid() {
        day -= 1;
    }
    Date::new(year, month, day)
}

/// How a page, item or organisation's review date was worked out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Review {
    pub last_reviewed: Date,
    /// The longest period its facts allow: 12 or 24.
    pub months: u32,
    pub next_review_due: Date,
}

/// The review of something whose facts come from `sources` (and that dials a number when
/// `has_phone`), reviewed on `last_reviewed`, with an optional earlier `review_by`.
pub fn review(
    content: &Content,
    sources: &[SourceRef],
    has_phone: bool,
    last_reviewed: Date,
    review_by: Option<Date>,
) -> Review {
    let mut months = sources
        .iter()
        .filter_map(|r| content.sources.iter().find(|s| s.id == r.id))
        .map(|s| s.topic.review_months())
        .min()
        .unwrap_or(Topic::Clinical.review_months());
    if has_phone {
        months = months.min(PHONE_REVIEW_MONTHS);
    }
    let due = add_months(last_reviewed, months);
    Review {
        last_reviewed,
        months,
        next_review_due: review_by.map_or(due, |by| by.min(due)),
    }
}

fn dials(texts: &[&Text]) -> bool {
    texts.iter().any(|t| {
        markup::parse(&t.text)
            .map(|runs| {
                runs.iter().any(|r| {
                    matches!(
                        r,
                        Inline::Link {
                            target: Target::Tel(_),
                            ..
                        }
                    )
                })
            })
            .unwrap_or(false)
    })
}

fn has_urgent_numbers(blocks: &[Block]) -> bool {
    blocks.iter().any(|b| match b {
        Block::UrgentNumbers => true,
        Block::Inset(inner) | Block::Changed(inner) => has_urgent_numbers(inner),
        Block::Warning { body, .. } | Block::CareCard { body, .. } => has_urgent_numbers(body),
        _ => false,
    })
}

impl Page {
    /// This page's review, worked out from its sources and phone numbers.
    pub fn review(&self, content: &Content) -> Review {
        let phone = dials(&self.texts())
            || has_urgent_numbers(&self.lead)
            || has_urgent_numbers(&self.body);
        review(
            content,
            &self.sources,
            phone,
            self.last_reviewed.1,
            self.review_by.map(|(_, d)| d),
        )
    }
}

impl crate::data::Benefit {
    pub fn review(&self, content: &Content) -> Review {
        let texts: Vec<&Text> = self.texts().collect();
        review(
            content,
            &self.sources,
            dials(&texts),
            self.last_reviewed.1,
            self.review_by.map(|(_, d)| d),
        )
    }
}

impl crate::data::Organisation {
    pub fn review(&self, content: &Content) -> Review {
        review(
            content,
            &self.sources,
            self.phone.is_some(),
            self.last_reviewed.1,
            self.review_by.map(|(_, d)| d),
        )
    }
}

/// Runs every check across the content, adding what it finds to `problems`.
pub fn all(content: &Content, rust_sources: &str, problems: &mut Vec<Problem>) {
    register(content, rust_sources, problems);
    unique_ids(content, problems);
    crate::questions::check(&content.questions, &content.pages, problems);
    for term in &content.glossary.terms {
        let file = crate::glossary::GLOSSARY_FILE;
        cited(content, file, &term.sources, term.line, problems);
        links(content, file, &term.meaning, problems);
    }
    for topic in &content.topics {
        links(content, crate::page::ORDER_FILE, &topic.summary, problems);
        let first = topic
            .pages
            .first()
            .and_then(|(_, id)| content.pages.iter().find(|p| p.id == *id));
        if first.is_some_and(|p| p.end_of_life) {
            problems.push(Problem::new(crate::page::ORDER_FILE, topic.line, format!("the topic \"{}\" starts with a page about the end of life", topic.id), "put a page that is not about the end of life first in the topic: someone opening the topic should choose to read about the end of life, not meet it first"));
        }
    }
    for page in &content.pages {
        cited(content, &page.file, &page.sources, 1, problems);
        for t in page.texts() {
            links(content, &page.file, t, problems);
        }
        signs(page, problems);
        reading_ease(page, problems);
        review_by(&page.file, page.last_reviewed, page.review_by, problems);
    }
    for item in &content.benefits {
        cited(
            content,
            crate::data::BENEFITS_FILE,
            &item.sources,
            item.line,
            problems,
        );
        for t in item.texts() {
            links(content, crate::data::BENEFITS_FILE, t, problems);
        }
        for link in &item.links {
            external(crate::data::BENEFITS_FILE, &link.url, problems);
        }
        national(
            content,
            crate::data::BENEFITS_FILE,
            &format!("the item \"{}\"", item.id),
            (item.line, &item.sources),
            item.no_national_source.as_ref(),
            "a benefit's rules come from the nation's own pages: cite the page on GOV.UK, mygov.scot, Social Security Scotland, GOV.WALES or nidirect that says them (an entry with scope = \"national\" in content/sources.toml)",
            problems,
        );
        review_by(
            crate::data::BENEFITS_FILE,
            item.last_reviewed,
            item.review_by,
            problems,
        );
    }
    for org in &content.organisations {
        let file = crate::data::DIRECTORY_FILE;
        cited(content, file, &org.sources, org.line, problems);
        links(content, file, &org.description, problems);
        if let Some(phone) = &org.phone {
            if !content.phones.iter().any(|p| p.tel == phone.text) {
                problems.push(not_allowed(file, phone.line, &phone.text));
            }
        }
        if let Some(website) = &org.website {
            external(
                file,
                &Text {
                    line: org.line,
                    text: website.clone(),
                },
                problems,
            );
        }
        review_by(file, org.last_reviewed, org.review_by, problems);
    }
    for (line, id) in &content.urgent.fallback_organisations {
        let org = content.organisations.iter().find(|o| o.id == *id);
        if org.is_none_or(|o| o.phone.is_none()) {
            problems.push(Problem::new(
                crate::urgent::URGENT_FILE,
                *line,
                format!("\"{id}\" is not an organisation with a phone number in {}", crate::data::DIRECTORY_FILE),
                "use the id of an organisation in the directory that has a phone number, or take it out",
            ));
        }
    }
    for l in &content.urgent.lines {
        let file = crate::urgent::URGENT_FILE;
        cited(content, file, &l.sources, l.line, problems);
        if l.sources.is_empty() {
            problems.push(Problem::new(
                file,
                l.line,
                format!("the line \"{}\" gives no sources", l.id),
                "give the ids of the pages in content/sources.toml that show its number and when to call it",
            ));
        }
        national(
            content,
            file,
            &format!("the line \"{}\"", l.id),
            (l.line, &l.sources),
            l.no_national_source.as_ref(),
            "what a nation's urgent line is and when to call it comes from that nation's own pages: cite the page on nhs.uk, NHS inform, NHS 24, NHS 111 Wales or nidirect that says it (an entry with scope = \"national\" in content/sources.toml)",
            problems,
        );
        links(content, file, &l.when, problems);
        if let Some(phone) = &l.phone {
            if !content.phones.iter().any(|p| p.tel == phone.text) {
                problems.push(not_allowed(file, phone.line, &phone.text));
            }
        }
        if let Some((_, url)) = &l.link {
            external(file, url, problems);
        }
    }
    for word in &content.words {
        for t in word.texts() {
            links(content, word.kind.file(), t, problems);
        }
        if !rust_sources.contains(&word.rust_path()) {
            problems.push(Problem::new(
                word.kind.file(),
                word.texts().first().map_or(0, |t| t.line),
                format!("\"{}\" in [{}] is not used by the app", word.key, word.table),
                "check the spelling of the name against the other entries; if the app no longer needs it, take it out",
            ));
        }
    }
    for phone in &content.phones {
        cited(
            content,
            crate::data::PHONES_FILE,
            std::slice::from_ref(&phone.source),
            phone.line,
            problems,
        );
    }
}

fn register(content: &Content, rust_sources: &str, problems: &mut Vec<Problem>) {
    let file = crate::data::SOURCES_FILE;
    let mut ids = BTreeMap::new();
    let mut urls = BTreeMap::new();
    for s in &content.sources {
        if let Some(first) = ids.insert(s.id.as_str(), s.line) {
            problems.push(Problem::new(
                file,
                s.line,
                format!("the id \"{}\" is used twice (first on line {first})", s.id),
                "give each source its own id; if both entries are the same page, keep one",
            ));
        }
        if let Some(url) = &s.url {
            if let Some(first) = urls.insert(url.as_str(), s.url_line) {
                problems.push(Problem::new(
                    file,
                    s.url_line,
                    format!("this page is already in the register (line {first})"),
                    "keep one entry for the page and use its id everywhere",
                ));
            }
            if is_home_page(url) {
                problems.push(Problem::new(file, s.url_line, format!("\"{url}\" is a site's home page, not the page the facts are on"), "open the page that says the fact and copy its exact address; a home page cannot be checked by a reader"));
            }
            if !url.starts_with("https://") {
                problems.push(Problem::new(
                    file,
                    s.url_line,
                    format!("\"{url}\" does not start with https://"),
                    "use the page's https:// address",
                ));
            }
            retired(file, s.url_line, url, problems);
            if s.scope == Scope::National && !scope::is_national(url) {
                problems.push(Problem::new(
                    file,
                    s.scope_line,
                    format!(
                        "scope = \"national\" is for a national body's site, and {} is not one",
                        scope::host(url)
                    ),
                    format!(
                        "the national sites are {}. If this is a trust's, health board's, council's or GP practice's page, a news story or a copy, write scope = \"local\"; if it is a UK-wide charity's or professional body's, scope = \"charity\". If a national body has moved to a new site, a developer adds it to NATIONAL_HOSTS in crates/content-build/src/scope.rs",
                        scope::NATIONAL_HOSTS.join(", ")
                    ),
                ));
            }
        }
        let used = content
            .pages
            .iter()
            .any(|p| p.sources.iter().any(|r| r.id == s.id))
            || content
                .benefits
                .iter()
                .any(|b| b.sources.iter().any(|r| r.id == s.id))
            || content
                .organisations
                .iter()
                .any(|o| o.sources.iter().any(|r| r.id == s.id))
            || content.phones.iter().any(|p| p.source.id == s.id)
            || content.urgent.sources().any(|r| r.id == s.id)
            || content
                .glossary
                .terms
                .iter()
                .any(|t| t.sources.iter().any(|r| r.id == s.id))
            || rust_sources.contains(&s.const_name());
        // A misspelt id where it is cited would also make its entry look unused: only the
        // misspelling is reported then, so nobody deletes a good entry.
        if !used && !misspelt_citation(content) {
            problems.push(Problem::new(
                file,
                s.line,
                format!("the source \"{}\" is not cited anywhere", s.id),
                "cite it from the page or item whose facts it backs, or take the entry out",
            ));
        }
    }
}

/// True when some page, item, organisation or number cites an id the register lacks.
fn misspelt_citation(content: &Content) -> bool {
    let known = |r: &SourceRef| content.sources.iter().any(|s| s.id == r.id);
    !(content.pages.iter().all(|p| p.sources.iter().all(known))
        && content
            .glossary
            .terms
            .iter()
            .all(|t| t.sources.iter().all(known))
        && content.benefits.iter().all(|b| b.sources.iter().all(known))
        && content
            .organisations
            .iter()
            .all(|o| o.sources.iter().all(known))
        && content.phones.iter().all(|p| known(&p.source))
        && content.urgent.sources().all(known))
}

/// True for an address with nothing after the site's name ("https://www.gov.uk/").
pub fn is_home_page(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    match rest.split_once('/') {
        None => true,
        Some((_, path)) => {
            path.trim_matches('/').is_empty() || path.starts_with('?') || path.starts_with('#')
        }
    }
}

fn cited(
    content: &Content,
    file: &str,
    refs: &[SourceRef],
    line: usize,
    problems: &mut Vec<Problem>,
) {
    let mut kinds = Vec::new();
    for r in refs {
        match content.sources.iter().find(|s| s.id == r.id) {
            Some(s) => kinds.push(s.kind),
            None => problems.push(Problem::new(
                file,
                r.line,
                format!("there is no source \"{}\" in the register", r.id),
                match crate::nearest(&r.id, content.sources.iter().map(|s| s.id.as_str())) {
                    Some(near) => format!("did you mean \"{near}\"? If not, add the page to {} (see docs/EDITING.md, \"Add a source\")", crate::data::SOURCES_FILE),
                    None => format!("add the page to {} (see docs/EDITING.md, \"Add a source\"), or fix the id's spelling", crate::data::SOURCES_FILE),
                },
            )),
        }
    }
    if !kinds.is_empty() && !kinds.contains(&SourceKind::Official) {
        problems.push(Problem::new(
            file,
            refs.first().map_or(line, |r| r.line),
            "every source given here is a lead (a copy or a news story) or print: none is the organisation's own page",
            "find the official page that says the same and cite it too, or say less",
        ));
    }
}

fn unique_ids(content: &Content, problems: &mut Vec<Problem>) {
    let mut seen = BTreeSet::new();
    for item in &content.benefits {
        if !seen.insert(item.id.as_str()) {
            problems.push(Problem::new(crate::data::BENEFITS_FILE, item.line, format!("the id \"{}\" is used twice", item.id), "give each item its own id; never change an id once published (saved progress uses it)"));
        }
    }
    let mut seen = BTreeSet::new();
    for org in &content.organisations {
        if !seen.insert(org.id.as_str()) {
            problems.push(Problem::new(
                crate::data::DIRECTORY_FILE,
                org.line,
                format!("the id \"{}\" is used twice", org.id),
                "give each organisation its own id",
            ));
        }
    }
    let mut seen = BTreeSet::new();
    for phone in &content.phones {
        if !seen.insert(phone.tel.as_str()) {
            problems.push(Problem::new(
                crate::data::PHONES_FILE,
                phone.line,
                format!("{} is listed twice", phone.tel),
                "keep one entry for each number",
            ));
        }
    }
}

fn not_allowed(file: &str, line: usize, tel: &str) -> Problem {
    Problem::new(
        file,
        line,
        format!("the number {tel} is not in the list of numbers the guide may dial"),
        format!("check the number against its source; if it is right, add it to {} with the source that shows it", crate::data::PHONES_FILE),
    )
}

fn external(file: &str, url: &Text, problems: &mut Vec<Problem>) {
    if !url.text.starts_with("https://") {
        problems.push(Problem::new(
            file,
            url.line,
            format!("\"{}\" does not start with https://", url.text),
            "use the page's https:// address",
        ));
    }
    retired(file, url.line, &url.text, problems);
}

/// Reports `url` when it is on a retired site or a developer's copy ([`scope::RETIRED`]).
fn retired(file: &str, line: usize, url: &str, problems: &mut Vec<Problem>) {
    if let Some(site) = scope::retired(url) {
        problems.push(Problem::new(
            file,
            line,
            format!("\"{url}\" is on a retired site: {}", site.what),
            format!(
                "find the page's current national address ({}) and use it; if no national page says the same, cite the organisation's own current page, or say less",
                site.now
            ),
        ));
    }
}

/// An urgent line or a checklist item (`what`, at `line`, citing `refs`) must cite a national
/// body's own page ([`Scope::National`], official), or say why it cannot
/// (`no_national_source`); a reason given where a national page is cited is out of date.
fn national(
    content: &Content,
    file: &str,
    what: &str,
    (line, refs): (usize, &[SourceRef]),
    exception: Option<&(usize, String)>,
    fix: &str,
    problems: &mut Vec<Problem>,
) {
    // A misspelt id is reported where it is cited: the source it meant may be national.
    if refs
        .iter()
        .any(|r| !content.sources.iter().any(|s| s.id == r.id))
    {
        return;
    }
    let national = refs.iter().find(|r| {
        content
            .sources
            .iter()
            .any(|s| s.id == r.id && s.scope == Scope::National && s.kind == SourceKind::Official)
    });
    match (national, exception) {
        (None, None) => problems.push(Problem::new(
            file,
            refs.first().map_or(line, |r| r.line),
            format!("{what} cites no national source"),
            format!("{fix}. If no national page says it, keep the sources you have and add no_national_source = \"why\" to say so (docs/EDITING.md, \"National statements\")"),
        )),
        (Some(r), Some((exception_line, _))) => problems.push(Problem::new(
            file,
            *exception_line,
            format!("no_national_source is not needed: {what} cites the national source \"{}\"", r.id),
            "take the no_national_source line out: it is only for a line or item that no national page backs",
        )),
        _ => {}
    }
}

fn links(content: &Content, file: &str, text: &Text, problems: &mut Vec<Problem>) {
    let Ok(runs) = markup::parse(&text.text) else {
        return; // Reported when the text was read.
    };
    for run in runs {
        let Inline::Link {
            text: words,
            target,
        } = run
        else {
            continue;
        };
        match target {
            Target::Tel(tel) => match content.phones.iter().find(|p| p.tel == tel) {
                None => problems.push(not_allowed(file, text.line, tel)),
                Some(p) if p.shown != words => problems.push(Problem::new(
                    file,
                    text.line,
                    format!(
                        "the link to tel:{tel} says \"{words}\", not \"{}\"",
                        p.shown
                    ),
                    format!(
                        "write the number as the list of numbers shows it: [{}](tel:{tel})",
                        p.shown
                    ),
                )),
                Some(_) => {}
            },
            Target::Internal(path) => internal(content, file, text.line, path, problems),
            Target::External(url) => retired(file, text.line, url, problems),
            Target::Mail(_) => {}
        }
    }
}

fn internal(content: &Content, file: &str, line: usize, path: &str, problems: &mut Vec<Problem>) {
    let (page, fragment) = path
        .split_once('#')
        .map_or((path, None), |(p, f)| (p, Some(f)));
    let guide_page = page
        .strip_prefix("/guide/")
        .and_then(|rest| rest.strip_suffix('/'))
        .filter(|slug| !slug.is_empty())
        .map(|slug| content.pages.iter().find(|p| p.id == slug));
    let known = match guide_page {
        Some(found) => found.is_some(),
        None => APP_PAGES.contains(&page),
    };
    if !known {
        let with_slash = format!("{page}/");
        let slash_missing = !page.ends_with('/')
            && (APP_PAGES.contains(&with_slash.as_str())
                || with_slash
                    .strip_prefix("/guide/")
                    .and_then(|rest| rest.strip_suffix('/'))
                    .is_some_and(|slug| content.pages.iter().any(|p| p.id == slug)));
        if slash_missing {
            let fixed = path.replacen(page, &with_slash, 1);
            problems.push(Problem::new(
                file,
                line,
                format!("the link to \"{path}\" needs a / at the end of the page's address"),
                format!("write it as {fixed}: without the last /, the page's own links would lead nowhere"),
            ));
            return;
        }
        if let Some(slug) = page
            .strip_prefix("/guide/")
            .map(|rest| rest.trim_end_matches('/'))
        {
            if let Some(near) = crate::nearest(slug, content.pages.iter().map(|p| p.id.as_str())) {
                problems.push(Problem::new(
                    file,
                    line,
                    format!("the link to \"{path}\" leads to no page of the guide"),
                    format!("did you mean /guide/{near}/? Pages are named by the id in their front matter"),
                ));
                return;
            }
        }
        problems.push(Problem::new(
            file,
            line,
            format!("the link to \"{path}\" leads to no page of the guide"),
            format!(
                "links to guide pages look like /guide/emotional-support/ (the page's id between slashes); the app's other pages are {}",
                APP_PAGES.join(", ")
            ),
        ));
        return;
    }
    if let (Some(fragment), "/glossary/") = (fragment, page) {
        if !content.glossary.terms.iter().any(|t| t.id == fragment) {
            problems.push(Problem::new(
                file,
                line,
                format!("a mark with no entry: the glossary has no \"#{fragment}\""),
                match crate::nearest(
                    fragment,
                    content.glossary.terms.iter().map(|t| t.id.as_str()),
                ) {
                    Some(near) => format!(
                        "did you mean #{near}? Link to an entry by its id in {}",
                        crate::glossary::GLOSSARY_FILE
                    ),
                    None => format!(
                        "link to an entry by its id in {}, or add the word there",
                        crate::glossary::GLOSSARY_FILE
                    ),
                },
            ));
        }
    }
    if let (Some(fragment), Some(Some(target))) = (fragment, guide_page) {
        if !target.anchors().iter().any(|a| a == fragment) {
            problems.push(Problem::new(
                file,
                line,
                format!("the page {} has no place called \"#{fragment}\"", target.id),
                match crate::nearest(fragment, target.anchors().iter().map(String::as_str)) {
                    Some(near) => format!("did you mean #{near}? A place is one of the page's ## headings in lower case with hyphens, or a box's #id"),
                    None => "link to one of its ## headings, written in lower case with hyphens (## High calcium is #high-calcium), to a box's #id (such as #call-999), or to the page alone".to_string(),
                },
            ));
        }
    }
}

fn signs(page: &Page, problems: &mut Vec<Problem>) {
    fn walk(
        blocks: &[Block],
        card: Option<char>,
        file: &str,
        seen: &mut BTreeSet<String>,
        problems: &mut Vec<Problem>,
    ) {
        for block in blocks {
            match block {
                Block::CareCard { urgency, body, .. } => {
                    walk(body, Some(urgency.fact_letter()), file, seen, problems)
                }
                Block::Inset(inner)
                | Block::Changed(inner)
                | Block::Warning { body: inner, .. } => walk(inner, card, file, seen, problems),
                Block::Signs(signs) => {
                    for (id, text) in signs {
                        if !seen.insert(id.clone()) {
                            problems.push(Problem::new(file, text.line, format!("the sign [{id}] is on the page twice"), "each fact id appears once; link to it with #sign-{id} from elsewhere"));
                        }
                        if card.is_some_and(|letter| !id.starts_with(letter)) {
                            problems.push(Problem::new(
                                file,
                                text.line,
                                format!("the sign [{id}] is in the wrong care card"),
                                "facts-urgent.md section A signs go in the emergency card, B in the urgent card, C in the non-urgent card",
                            ));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    let mut seen = BTreeSet::new();
    walk(&page.lead, None, &page.file, &mut seen, problems);
    walk(&page.body, None, &page.file, &mut seen, problems);
}

/// The page's Flesch reading ease over its lead and body.
pub fn page_reading_ease(page: &Page) -> f64 {
    let texts: Vec<String> = crate::page::texts(&page.lead)
        .into_iter()
        .chain(crate::page::texts(&page.body))
        .map(|t| markup::plain(&t.text))
        .collect();
    readability::flesch(texts.iter().map(String::as_str))
}

fn reading_ease(page: &Page, problems: &mut Vec<Problem>) {
    let score = page_reading_ease(page);
    if score < MIN_READING_EASE {
        let hardest = crate::page::texts(&page.body)
            .into_iter()
            .min_by(|a, b| {
                let score = |t: &Text| readability::flesch([markup::plain(&t.text).as_str()]);
                score(a).total_cmp(&score(b))
            })
            .map_or(1, |t| t.line);
        problems.push(Problem::new(
            &page.file,
            hardest,
            format!("the page's reading ease is {score:.0}, under {MIN_READING_EASE:.0}: it is too hard to read (this line is the hardest)"),
            "use shorter sentences and everyday words; split long sentences in two",
        ));
    }
}

fn review_by(
    file: &str,
    last_reviewed: (usize, Date),
    review_by: Option<(usize, Date)>,
    problems: &mut Vec<Problem>,
) {
    if let Some((line, by)) = review_by {
        if by <= last_reviewed.1 {
            problems.push(Problem::new(file, line, "review_by is not after last_reviewed", "review_by is the date by which the facts must be checked again: it comes after the last review"));
        }
    }
}
