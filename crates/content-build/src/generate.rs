//! Writes the checked content as Rust statics, in the shapes `src/content/` declares.
//!
//! Each file is `include!`d by the module that owns its type, so a bundle that only names
//! pages (the header) does not link every page's words.

use crate::data::{Hours, Nation, Source};
use crate::page::{Block, SourceRef};
use crate::{Content, Date};
use std::fmt::Write;

/// A Rust string literal for `text`.
fn lit(text: &str) -> String {
    format!("{text:?}")
}

fn date(d: Date) -> String {
    format!(
        "crate::content::Date::new({}, {}, {})",
        d.year, d.month, d.day
    )
}

fn nations(list: &[Nation]) -> String {
    let items: Vec<String> = list.iter().map(|n| format!("Nation::{n:?}")).collect();
    format!("&[{}]", items.join(", "))
}

fn sources(content: &Content, refs: &[SourceRef]) -> String {
    let names: Vec<String> = refs
        .iter()
        .filter_map(|r| content.sources.iter().find(|s| s.id == r.id))
        .map(|s| format!("crate::content::sources::{}", s.const_name()))
        .collect();
    format!("&[{}]", names.join(", "))
}

fn strs(texts: &[crate::page::Text]) -> String {
    let items: Vec<String> = texts.iter().map(|t| lit(&t.text)).collect();
    format!("&[{}]", items.join(", "))
}

fn blocks(list: &[Block]) -> String {
    let mut out = String::from("&[");
    for block in list {
        out.push_str(&block_expr(block));
        out.push_str(", ");
    }
    out.push(']');
    out
}

fn block_expr(block: &Block) -> String {
    const B: &str = "crate::content::Block";
    match block {
        Block::P(t) => format!("{B}::P({})", lit(&t.text)),
        Block::H2(t) => format!("{B}::H2({})", lit(&t.text)),
        Block::H3(t) => format!("{B}::H3({})", lit(&t.text)),
        Block::List(items) => format!("{B}::List({})", strs(items)),
        Block::Inset(inner) => format!("{B}::Inset({})", blocks(inner)),
        Block::Changed(inner) => format!("{B}::Changed({})", blocks(inner)),
        Block::Warning { heading, body } => {
            format!(
                "{B}::Warning {{ heading: {}, body: {} }}",
                lit(&heading.text),
                blocks(body)
            )
        }
        Block::CareCard {
            id,
            urgency,
            heading,
            body,
        } => {
            format!(
                "{B}::CareCard {{ id: {}, urgency: crate::content::Urgency::{urgency:?}, heading: {}, body: {} }}",
                id.as_ref().map_or("None".to_string(), |i| format!("Some({})", lit(i))),
                lit(&heading.text),
                blocks(body)
            )
        }
        Block::Signs(signs) => {
            let items: Vec<String> = signs
                .iter()
                .map(|(id, t)| {
                    format!(
                        "crate::content::Sign {{ id: {}, text: {} }}",
                        lit(id),
                        lit(&t.text)
                    )
                })
                .collect();
            format!("{B}::Signs(&[{}])", items.join(", "))
        }
        Block::Questions(questions) => {
            let items: Vec<String> = questions
                .iter()
                .map(|(id, t)| {
                    format!(
                        "crate::content::Question {{ id: {}, text: {} }}",
                        lit(id),
                        lit(&t.text)
                    )
                })
                .collect();
            format!("{B}::Questions(&[{}])", items.join(", "))
        }
        Block::UrgentNumbers => format!("{B}::UrgentNumbers"),
        Block::Quote { text, cite } => format!(
            "{B}::Quote {{ text: {}, cite: {} }}",
            lit(&text.text),
            lit(&cite.text)
        ),
    }
}

const HEADER: &str =
    "// Written by crates/content-build from the files in content/. Do not edit: edit content/.\n";

/// The generated files, by name: each is `include!`d by one module of `src/content/`.
pub fn files(content: &Content) -> Vec<(&'static str, String)> {
    vec![
        ("sources.rs", sources_file(content)),
        ("guide_pages.rs", page_names(content)),
        ("guide_sections.rs", sections(content)),
        ("glossary.rs", glossary(content)),
        ("benefit_names.rs", benefit_names(content)),
        ("benefit_items.rs", benefit_items(content)),
        ("directory.rs", directory(content)),
        ("urgent_lines.rs", urgent_lines(content)),
        ("words.rs", words(content, crate::words::Kind::Plain)),
        ("passages.rs", words(content, crate::words::Kind::Marked)),
    ]
}

fn sources_file(content: &Content) -> String {
    let mut out = String::from(HEADER);
    for s in &content.sources {
        let _ = writeln!(
            out,
            "/// {} ({}).\npub const {}: Source = Source {{ title: {}, url: {} }};",
            s.display_title(),
            s.url.as_deref().unwrap_or("print"),
            s.const_name(),
            lit(&s.display_title()),
            s.url
                .as_ref()
                .map_or("None".to_string(), |u| format!("Some({})", lit(u)))
        );
    }
    out
}

fn page_names(content: &Content) -> String {
    let mut out = String::from(HEADER);
    let pages = &content.pages;
    let topic_of = |id: &str| {
        content
            .topics
            .iter()
            .position(|t| t.pages.iter().any(|(_, p)| p == id))
            .unwrap_or_default()
    };
    let _ = writeln!(out, "pub const PAGES: [PageName; {}] = [", pages.len());
    for p in pages {
        // The header names the urgent symptoms page by its short title on every page, tool
        // pages included: the only guide page name the wasm draws (`build_only`).
        let short_title = if p.id == "urgent-symptoms" {
            lit(&p.short_title)
        } else {
            format!("build_only({})", lit(&p.short_title))
        };
        let _ = writeln!(
            out,
            "    PageName {{ slug: {}, title: build_only({}), short_title: {}, topic: {}, end_of_life: {}, next_review_due: {} }},",
            lit(&p.id),
            lit(&p.title),
            short_title,
            topic_of(&p.id),
            p.end_of_life,
            date(p.review(content).next_review_due)
        );
    }
    out.push_str("];\n");
    let _ = writeln!(
        out,
        "pub const TOPICS: [Topic; {}] = [",
        content.topics.len()
    );
    for t in &content.topics {
        let indices: Vec<String> = t
            .pages
            .iter()
            .filter_map(|(_, id)| pages.iter().position(|p| p.id == *id))
            .map(|i| i.to_string())
            .collect();
        let _ = writeln!(
            out,
            "    Topic {{ id: {}, title: {}, summary: {}, pages: &[{}] }},",
            lit(&t.id),
            lit(&t.title),
            lit(&t.summary.text),
            indices.join(", ")
        );
    }
    out.push_str("];\n");
    out
}

fn sections(content: &Content) -> String {
    let mut out = String::from(HEADER);
    out.push_str("pub(super) static ALL: &[crate::content::Section] = &[\n");
    for (i, p) in content.pages.iter().enumerate() {
        let review = p.review(content);
        let period = if review.months <= 12 {
            "MoneyAndContacts"
        } else {
            "Clinical"
        };
        let _ = writeln!(
            out,
            "    crate::content::Section {{ slug: crate::content::pages::PAGES[{i}].slug, title: crate::content::pages::PAGES[{i}].title, short_title: crate::content::pages::PAGES[{i}].short_title, summary: {}, lead: {}, body: {}, sources: {}, last_reviewed: {}, next_review_due: crate::content::pages::PAGES[{i}].next_review_due, review_period: crate::content::ReviewPeriod::{period} }},",
            lit(&p.summary.text),
            blocks(&p.lead),
            blocks(&p.body),
            sources(content, &p.sources),
            date(review.last_reviewed),
        );
    }
    out.push_str("];\n");
    out
}

fn glossary(content: &Content) -> String {
    let mut out = String::from(HEADER);
    let g = &content.glossary;
    let mut refs: Vec<SourceRef> = Vec::new();
    for t in &g.terms {
        for r in &t.sources {
            if !refs.iter().any(|x| x.id == r.id) {
                refs.push(r.clone());
            }
        }
    }
    let review = crate::check::review(content, &refs, false, g.last_reviewed.1, None);
    let _ = writeln!(out, "pub(super) static TERMS: &[Term] = &[");
    let mut terms: Vec<&crate::glossary::Term> = g.terms.iter().collect();
    terms.sort_by_key(|t| t.term.to_lowercase());
    for t in terms {
        let _ = writeln!(
            out,
            "    Term {{ id: {}, term: {}, meaning: {}, sources: {} }},",
            lit(&t.id),
            lit(&t.term),
            lit(&t.meaning.text),
            sources(content, &t.sources)
        );
    }
    out.push_str("];\n");
    let _ = writeln!(
        out,
        "pub(super) static SOURCES: &[crate::content::Source] = {};",
        sources(content, &refs)
    );
    let _ = writeln!(
        out,
        "pub const LAST_REVIEWED: crate::content::Date = {};\npub const NEXT_REVIEW_DUE: crate::content::Date = {};",
        date(review.last_reviewed),
        date(review.next_review_due)
    );
    out
}

fn benefit_names(content: &Content) -> String {
    let mut out = String::from(HEADER);
    let _ = writeln!(
        out,
        "pub const NAMES: [ItemName; {}] = [",
        content.benefits.len()
    );
    for b in &content.benefits {
        let _ = writeln!(
            out,
            "    ItemName {{ id: {}, name: {} }},",
            lit(&b.id),
            lit(&b.name)
        );
    }
    out.push_str("];\n");
    out
}

fn benefit_items(content: &Content) -> String {
    let mut out = String::from(HEADER);
    out.push_str("pub static ITEMS: &[Benefit] = &[\n");
    let item_names: Vec<String> = content
        .benefits
        .iter()
        .flat_map(|b| crate::glossary::named_in(&content.glossary, &b.name))
        .collect();
    for (i, b) in content.benefits.iter().enumerate() {
        let (group, age, need) = (b.group, b.age, b.need);
        let links: Vec<String> = b
            .links
            .iter()
            .map(|l| {
                format!(
                    "OfficialLink {{ nations: {}, text: {}, url: {} }}",
                    nations(&l.nations),
                    lit(&l.text.text),
                    lit(&l.url.text)
                )
            })
            .collect();
        let review = b.review(content);
        // The first sentence alone first: the item's line in the short list on a phone.
        let mut what = b.what.clone();
        if let Some(first) = what.first().cloned() {
            let (lead, rest) = crate::markup::first_sentence(&first.text);
            if !rest.is_empty() {
                let (lead, rest) = (lead.to_string(), rest.to_string());
                what[0].text = lead;
                what.insert(
                    1,
                    crate::page::Text {
                        line: first.line,
                        text: rest,
                    },
                );
            }
        }
        // Each item is read on its own: the first use of a term in it links to its entry, except
        // the checklist's own items (PIP, a Blue Badge …): each has its item on the same page.
        let mut linked = item_names.clone();
        let mut link = |texts: &[crate::page::Text]| {
            crate::glossary::link_texts(texts, &content.glossary, "benefits", &mut linked)
        };
        let (what, who, how) = (link(&what), link(&b.who), link(&b.how));
        let _ = writeln!(
            out,
            "    Benefit {{ id: NAMES[{i}].id, name: NAMES[{i}].name, group: Group::{group:?}, what: {}, who: {}, how: {}, links: &[{}], shown: Shown {{ nations: {}, age: AgeGroup::{age:?}, need: Need::{need:?}, for_carer: {}, special_rules: {} }}, sources: {}, last_reviewed: {}, next_review_due: {} }},",
            strs(&what),
            strs(&who),
            strs(&how),
            links.join(", "),
            nations(&b.nations),
            b.for_carer,
            b.special_rules,
            sources(content, &b.sources),
            date(review.last_reviewed),
            date(review.next_review_due),
        );
    }
    out.push_str("];\n");
    out
}

fn directory(content: &Content) -> String {
    let mut out = String::from(HEADER);
    out.push_str("pub static ORGANISATIONS: &[Organisation] = &[\n");
    for o in &content.organisations {
        let phone = o
            .phone
            .as_ref()
            .and_then(|p| content.phones.iter().find(|n| n.tel == p.text));
        let hours = match &o.hours {
            Hours::Known(h) => format!("Hours::Known({})", lit(h)),
            Hours::SeeWebsite => "Hours::SeeWebsite".to_string(),
            Hours::NotApplicable => "Hours::NotApplicable".to_string(),
        };
        let categories: Vec<String> = o
            .categories
            .iter()
            .map(|c| format!("Category::{c:?}"))
            .collect();
        let review = o.review(content);
        let _ = writeln!(
            out,
            "    Organisation {{ #[cfg(not(target_arch = \"wasm32\"))] id: {}, name: {}, description: {}, phone: {}, hours: {hours}, website: {}, email: {}, categories: &[{}], nations: {}, #[cfg(not(target_arch = \"wasm32\"))] sources: {}, #[cfg(not(target_arch = \"wasm32\"))] last_reviewed: {}, #[cfg(not(target_arch = \"wasm32\"))] next_review_due: {} }},",
            lit(&o.id),
            lit(&o.name),
            lit(&o.description.text),
            phone.map_or("None".to_string(), |p| format!("Some(Phone {{ shown: {}, tel: {} }})", lit(&p.shown), lit(&p.tel))),
            o.website.as_ref().map_or("None".to_string(), |w| format!("Some({})", lit(w))),
            o.email.as_ref().map_or("None".to_string(), |e| format!("Some({})", lit(e))),
            categories.join(", "),
            nations(&o.nations),
            sources(content, &o.sources),
            date(review.last_reviewed),
            date(review.next_review_due),
        );
    }
    out.push_str("];\n");
    // Numbers the app's code dials outside content text, by name.
    out.push_str("/// Numbers the app dials outside content text (`content/phone-numbers.toml`, `name`).\npub mod phones {\n    use super::Phone;\n");
    for phone in content.phones.iter().filter(|p| p.name.is_some()) {
        let _ = writeln!(
            out,
            "    pub const {}: Phone = Phone {{ shown: {}, tel: {} }};",
            phone
                .name
                .as_deref()
                .unwrap_or_default()
                .to_ascii_uppercase(),
            lit(&phone.shown),
            lit(&phone.tel)
        );
    }
    out.push_str("}\n");
    // The support page is as current as its least recently checked organisation or urgent line.
    let mut reviews: Vec<_> = content
        .organisations
        .iter()
        .map(|o| o.review(content))
        .collect();
    reviews.push(urgent_review(content));
    if let (Some(last), Some(next)) = (
        reviews.iter().map(|r| r.last_reviewed).min(),
        reviews.iter().map(|r| r.next_review_due).min(),
    ) {
        let _ = writeln!(
            out,
            "/// The directory's oldest review, and its earliest next review.\npub const LAST_REVIEWED: Date = {};\npub const NEXT_REVIEW_DUE: Date = {};",
            date(last),
            date(next)
        );
    }
    // The support page lists every organisation's sources once, in directory order.
    let mut seen: Vec<&Source> = Vec::new();
    for o in &content.organisations {
        for r in &o.sources {
            if let Some(s) = content.sources.iter().find(|s| s.id == r.id) {
                if !seen.iter().any(|x| x.id == s.id) {
                    seen.push(s);
                }
            }
        }
    }
    for r in content.urgent.sources() {
        if let Some(s) = content.sources.iter().find(|s| s.id == r.id) {
            if !seen.iter().any(|x| x.id == s.id) {
                seen.push(s);
            }
        }
    }
    let names: Vec<String> = seen
        .iter()
        .map(|s| format!("crate::content::sources::{}", s.const_name()))
        .collect();
    let _ = writeln!(out, "/// Every organisation's sources and the urgent lines' sources, once each.\n#[cfg(not(target_arch = \"wasm32\"))]\npub const SOURCES: &[Source] = &[{}];", names.join(", "));
    out
}

fn words(content: &Content, kind: crate::words::Kind) -> String {
    let mut out = String::from(HEADER);
    let mut tables: Vec<&str> = content
        .words
        .iter()
        .filter(|w| w.kind == kind)
        .map(|w| w.table.as_str())
        .collect();
    tables.sort_unstable();
    tables.dedup();
    for table in tables {
        let _ = writeln!(out, "pub mod {table} {{");
        for word in content
            .words
            .iter()
            .filter(|w| w.kind == kind && w.table == table)
        {
            let name = word.key.to_ascii_uppercase();
            match &word.value {
                crate::words::Value::One(t) => {
                    let _ = writeln!(out, "    pub const {name}: &str = {};", lit(&t.text));
                }
                crate::words::Value::Many(list) => {
                    let _ = writeln!(out, "    pub const {name}: &[&str] = {};", strs(list));
                }
            }
        }
        out.push_str("}\n");
    }
    if kind == crate::words::Kind::Marked {
        // For the content tests, which check every passage's markup and links as the build does.
        let all: Vec<&crate::page::Text> = content
            .words
            .iter()
            .filter(|w| w.kind == kind)
            .flat_map(|w| w.texts())
            .collect();
        let _ = writeln!(
            out,
            "/// Every passage, for checks.\n#[cfg(not(target_arch = \"wasm32\"))]\npub const ALL: &[&str] = &[{}];",
            all.iter().map(|t| lit(&t.text)).collect::<Vec<_>>().join(", ")
        );
    }
    out
}

/// The urgent lines' review: they dial numbers, so 12 months at most.
fn urgent_review(content: &Content) -> crate::check::Review {
    let sources: Vec<SourceRef> = content.urgent.sources().cloned().collect();
    crate::check::review(
        content,
        &sources,
        true,
        content.urgent.last_reviewed.1,
        None,
    )
}

fn urgent_lines(content: &Content) -> String {
    let mut out = String::from(HEADER);
    for l in &content.urgent.lines {
        let phone = l
            .phone
            .as_ref()
            .and_then(|p| content.phones.iter().find(|n| n.tel == p.text))
            .map_or("None".to_string(), |n| {
                format!(
                    "Some(Phone {{ shown: {}, tel: {} }})",
                    lit(&n.shown),
                    lit(&n.tel)
                )
            });
        let link = l.link.as_ref().map_or("None".to_string(), |(words, url)| {
            format!("Some(({}, {}))", lit(words), lit(&url.text))
        });
        let _ = writeln!(
            out,
            "/// {} (content/urgent-numbers.toml, id \"{}\").\npub const {}: UrgentLine = UrgentLine {{ name: {}, phone: {phone}, when: {}, link: {link}, nations: {} }};",
            l.name,
            l.id,
            l.const_name(),
            lit(&l.name),
            lit(&l.when.text),
            nations(&l.nations),
        );
    }
    let names: Vec<String> = content
        .urgent
        .lines
        .iter()
        .map(|l| format!("&{}", l.const_name()))
        .collect();
    let _ = writeln!(
        out,
        "/// Every line, in the file's order: 999 first (the build checks it).\npub const ALL_LINES: [&UrgentLine; {}] = [{}];",
        names.len(),
        names.join(", ")
    );
    let fallback: Vec<String> = content
        .urgent
        .fallback_organisations
        .iter()
        .map(|(_, id)| lit(id))
        .collect();
    let _ = writeln!(
        out,
        "/// Directory ids listed after the lines in the \"cannot work here\" notice.\n#[cfg(not(target_arch = \"wasm32\"))]\npub const FALLBACK_ORGANISATIONS: &[&str] = &[{}];",
        fallback.join(", ")
    );
    let review = urgent_review(content);
    let _ = writeln!(
        out,
        "/// When the lines were last checked, and when they must be checked again.\npub const LAST_REVIEWED: Date = {};\npub const NEXT_REVIEW_DUE: Date = {};",
        date(review.last_reviewed),
        date(review.next_review_due)
    );
    out
}
