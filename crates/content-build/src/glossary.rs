//! The glossary ("Words explained"): `content/glossary.toml`, and the marks the build puts on
//! the first use of each term in a guide page.
//!
//! ```toml
//! last_reviewed = "2026-12-07"
//!
//! [[term]]
//! id = "her2"                       # its place on the glossary page: /glossary/#her2
//! term = "HER2"                     # as the glossary page shows it
//! also = ["HER2-positive"]          # other forms marked with this entry (optional)
//! meaning = "One or two plain sentences."
//! sources = ["bcn-her2"]
//! not_marked_on = ["urgent-symptoms"]   # pages where an editor turned its mark off (optional)
//! ```
//!
//! Marking: on each guide page, the first use of each term (any of its forms, whole words,
//! case-insensitive, `'` and `’` alike), longest form first, so "HER2-low" is never read as
//! "HER2", becomes `{{id|words}}` in the page's text ([`crate::markup`]). Headings, links,
//! quotations and the questions for the team are never marked.

use crate::markup::{self, Inline};
use crate::page::{Block, Page, SourceRef, Text};
use crate::{Date, Problem};

/// The glossary's file, relative to the project folder.
pub const GLOSSARY_FILE: &str = "content/glossary.toml";

/// One entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    pub line: usize,
    pub id: String,
    pub term: String,
    pub also: Vec<String>,
    pub meaning: Text,
    pub sources: Vec<SourceRef>,
    pub not_marked_on: Vec<(usize, String)>,
}

impl Term {
    /// The term and its other forms.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.term.as_str()).chain(self.also.iter().map(String::as_str))
    }
}

/// The whole glossary.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Glossary {
    pub last_reviewed: (usize, Date),
    pub terms: Vec<Term>,
}

/// Reads `content/glossary.toml`. Problems are added to `problems`.
pub fn parse(text: &str, problems: &mut Vec<Problem>) -> Glossary {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Raw {
        last_reviewed: toml::Spanned<String>,
        term: Vec<toml::Spanned<RawTerm>>,
    }
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawTerm {
        id: String,
        term: String,
        #[serde(default)]
        also: Vec<String>,
        meaning: Option<toml::Spanned<String>>,
        sources: Vec<toml::Spanned<String>>,
        #[serde(default)]
        not_marked_on: Vec<toml::Spanned<String>>,
    }
    let file = GLOSSARY_FILE;
    let raw = match toml::from_str::<Raw>(text) {
        Ok(raw) => raw,
        Err(error) => {
            problems.push(crate::data::toml_problem(file, text, &error));
            return Glossary::default();
        }
    };
    let line = |start: usize| crate::line_of(text, start);
    let reviewed_line = line(raw.last_reviewed.span().start);
    let last_reviewed = crate::page::parse_date(raw.last_reviewed.get_ref()).unwrap_or_else(|| {
        problems.push(crate::page::date_problem(
            file,
            reviewed_line,
            "last_reviewed",
            raw.last_reviewed.get_ref(),
        ));
        Date::new(2000, 1, 1)
    });
    let mut terms: Vec<Term> = Vec::new();
    for spanned in raw.term {
        let at = line(spanned.span().start);
        let meaning_line = spanned
            .get_ref()
            .meaning
            .as_ref()
            .map_or(at, |m| line(m.span().start));
        let r = spanned.into_inner();
        if !crate::questions::is_id(&r.id) {
            problems.push(Problem::new(file, at, format!("the glossary id \"{}\" is not written the way ids are", r.id), "write an id in small letters, digits and single hyphens, for example hormone-therapy"));
        }
        if terms.iter().any(|t| t.id == r.id) {
            problems.push(Problem::new(
                file,
                at,
                format!("two glossary entries have the id \"{}\"", r.id),
                "give each entry its own id",
            ));
        }
        if r.term.trim().is_empty() {
            problems.push(Problem::new(
                file,
                at,
                format!("the glossary entry \"{}\" has no term", r.id),
                "write the word as readers meet it in term = \"…\"",
            ));
        }
        let meaning = Text {
            line: meaning_line,
            text: r.meaning.map(toml::Spanned::into_inner).unwrap_or_default(),
        };
        if meaning.text.trim().is_empty() {
            problems.push(Problem::new(
                file,
                at,
                format!("the term \"{}\" has no meaning", r.term),
                "write one or two plain sentences in meaning = \"…\" saying what the word means",
            ));
        } else {
            crate::page::check_text(file, &meaning, problems);
        }
        if r.sources.is_empty() {
            problems.push(Problem::new(
                file,
                at,
                format!("the term \"{}\" gives no sources", r.term),
                "give the ids of the pages in content/sources.toml that say what the word means",
            ));
        }
        let term = Term {
            line: at,
            id: r.id,
            term: r.term,
            also: r.also,
            meaning,
            sources: r
                .sources
                .into_iter()
                .map(|s| SourceRef {
                    line: line(s.span().start),
                    id: s.into_inner(),
                })
                .collect(),
            not_marked_on: r
                .not_marked_on
                .into_iter()
                .map(|p| (line(p.span().start), p.into_inner()))
                .collect(),
        };
        for form in term.forms() {
            let key = fold(form);
            if let Some(other) = terms.iter().find(|t| t.forms().any(|f| fold(f) == key)) {
                problems.push(Problem::new(file, at, format!("\"{form}\" is a duplicate term: it is already in the entry \"{}\"", other.id), "each word is explained once: keep it in one entry (another entry can mention it in its meaning)"));
            }
        }
        let mut own: Vec<String> = Vec::new();
        for form in term.forms() {
            if own.contains(&fold(form)) {
                problems.push(Problem::new(
                    file,
                    at,
                    format!(
                        "\"{form}\" is a duplicate term in the entry \"{}\"",
                        term.id
                    ),
                    "list each form once (capitals do not matter)",
                ));
            }
            own.push(fold(form));
        }
        terms.push(term);
    }
    Glossary {
        last_reviewed: (reviewed_line, last_reviewed),
        terms,
    }
}

/// Lower case, with curly apostrophes as straight ones: how forms are compared.
fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

fn fold_char(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' => '\'',
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// Every form of every term, longest first (ties alphabetically, so the build is stable),
/// each with its entry's id, folded for comparison.
fn forms_longest_first(glossary: &Glossary, page: &str) -> Vec<(Vec<char>, String)> {
    let mut forms: Vec<(Vec<char>, String)> = glossary
        .terms
        .iter()
        .filter(|t| !t.not_marked_on.iter().any(|(_, p)| p == page))
        .flat_map(|t| {
            t.forms()
                .map(move |f| (fold(f).chars().collect(), t.id.clone()))
        })
        .collect();
    forms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    forms
}

/// Finds the first use, in `text`, of a form whose entry is not yet in `marked`: its start and
/// end (in chars) and entry id.
fn first_use(
    text: &[char],
    forms: &[(Vec<char>, String)],
    marked: &[String],
) -> Option<(usize, usize, String)> {
    let folded: Vec<char> = text.iter().copied().map(fold_char).collect();
    let word = |c: char| c.is_alphanumeric();
    for start in 0..folded.len() {
        if start > 0 && word(folded[start - 1]) {
            continue;
        }
        for (form, id) in forms {
            let end = start + form.len();
            if end <= folded.len()
                && folded[start..end] == form[..]
                && (end == folded.len() || !word(folded[end]))
            {
                if marked.contains(id) {
                    // A used term's words are spent here: a shorter form inside them
                    // ("HER2" in "HER2-low") must not be marked instead.
                    break;
                }
                return Some((start, end, id.clone()));
            }
        }
    }
    None
}

/// How a first use is marked: on a guide page, in place (`{{id|words}}`, its meaning opens
/// where it is); on a tool page, as a link to its entry (the tools' wasm carries no glossary).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    InPlace,
    Link,
}

/// Marks, in one text, the first use of each entry not yet in `marked` (adding it there).
pub fn mark_text(text: &str, forms: &[(Vec<char>, String)], marked: &mut Vec<String>) -> String {
    mark_text_as(text, forms, marked, Mark::InPlace)
}

/// [`mark_text`], marking each first use as `how` says. A link is never put inside bold words
/// (the markup has no links there), so a bold use is left for the next.
pub fn mark_text_as(
    text: &str,
    forms: &[(Vec<char>, String)],
    marked: &mut Vec<String>,
    how: Mark,
) -> String {
    let Ok(runs) = markup::parse(text) else {
        return text.to_string();
    };
    let mut pieces: Vec<String> = Vec::new();
    for run in &runs {
        let (words, strong) = match run {
            Inline::Text(t) => (*t, false),
            Inline::Strong(t) if how == Mark::InPlace => (*t, true),
            // Links and (on a tool page) bold words are never marked. There are no marks yet:
            // the check refuses an editor's `{{`.
            other => {
                pieces.push(markup::write(std::slice::from_ref(other)));
                continue;
            }
        };
        let chars: Vec<char> = words.chars().collect();
        let mut from = 0;
        let mut out = String::new();
        let plain = |s: &[char]| -> String {
            let t: String = s.iter().collect();
            if strong && !t.is_empty() {
                format!("**{t}**")
            } else {
                t
            }
        };
        while let Some((start, end, id)) = first_use(&chars[from..], forms, marked) {
            let (start, end) = (from + start, from + end);
            out.push_str(&plain(&chars[from..start]));
            let words: String = chars[start..end].iter().collect();
            let address = format!("/glossary/#{id}");
            let inline = match how {
                Mark::InPlace => Inline::Term {
                    id: &id,
                    text: &words,
                    strong,
                },
                Mark::Link => Inline::Link {
                    text: &words,
                    target: markup::Target::Internal(&address),
                },
            };
            out.push_str(&markup::write(&[inline]));
            marked.push(id);
            from = end;
        }
        out.push_str(&plain(&chars[from..]));
        pieces.push(out);
    }
    pieces.concat()
}

/// The page with the first use of each term marked, in reading order (the lead, then the body).
pub fn mark_page(page: &Page, glossary: &Glossary) -> Page {
    let forms = forms_longest_first(glossary, &page.id);
    let mut marked = Vec::new();
    let mut out = page.clone();
    out.lead = mark_blocks(&page.lead, &forms, &mut marked);
    out.body = mark_blocks(&page.body, &forms, &mut marked);
    out
}

fn mark_blocks(
    blocks: &[Block],
    forms: &[(Vec<char>, String)],
    marked: &mut Vec<String>,
) -> Vec<Block> {
    map_markable(blocks, &mut |t: &Text| Text {
        line: t.line,
        text: mark_text(&t.text, forms, marked),
    })
}

/// `blocks` with `f` applied to each text that may carry marks, in reading order: paragraphs,
/// list items and signs, also inside boxes and cards. Headings, quotations (their words are
/// someone else's), the questions (kept as plain text by the tools) and the app's numbers are
/// never marked, so they are kept as they are.
fn map_markable(blocks: &[Block], f: &mut dyn FnMut(&Text) -> Text) -> Vec<Block> {
    blocks
        .iter()
        .map(|block| match block {
            Block::P(t) => Block::P(f(t)),
            Block::List(items) => Block::List(items.iter().map(&mut *f).collect()),
            Block::Signs(signs) => {
                Block::Signs(signs.iter().map(|(id, t)| (id.clone(), f(t))).collect())
            }
            Block::Inset(inner) => Block::Inset(map_markable(inner, f)),
            Block::Changed(inner) => Block::Changed(map_markable(inner, f)),
            Block::Warning { heading, body } => Block::Warning {
                heading: heading.clone(),
                body: map_markable(body, f),
            },
            Block::CareCard {
                id,
                urgency,
                heading,
                body,
            } => Block::CareCard {
                id: id.clone(),
                urgency: *urgency,
                heading: heading.clone(),
                body: map_markable(body, f),
            },
            other => other.clone(),
        })
        .collect()
}

/// A tool page's texts (one benefits checklist item's, say), each first use of a term linked
/// to its entry. `page` is the tool page's name for `not_marked_on` ("benefits").
pub fn link_texts(
    texts: &[Text],
    glossary: &Glossary,
    page: &str,
    linked: &mut Vec<String>,
) -> Vec<Text> {
    let forms = forms_longest_first(glossary, page);
    texts
        .iter()
        .map(|t| Text {
            line: t.line,
            text: mark_text_as(&t.text, &forms, linked, Mark::Link),
        })
        .collect()
}

/// The ids of the entries whose forms are in `name` (an item's name), as whole words.
pub fn named_in(glossary: &Glossary, name: &str) -> Vec<String> {
    let forms = forms_longest_first(glossary, "");
    let chars: Vec<char> = name.chars().collect();
    let mut found = Vec::new();
    while let Some((_, _, id)) = first_use(&chars, &forms, &found) {
        found.push(id);
    }
    found
}

/// The tool pages whose texts link terms to the glossary, by the name `not_marked_on` uses.
pub const TOOL_PAGES: &[&str] = &["benefits"];

/// The entries marked on a page (already marked by [`mark_page`]), in order.
pub fn marks(page: &Page) -> Vec<String> {
    let mut out = Vec::new();
    for text in page.texts() {
        if let Ok(runs) = markup::parse(&text.text) {
            out.extend(runs.iter().filter_map(|r| match r {
                Inline::Term { id, .. } => Some((*id).to_string()),
                _ => None,
            }));
        }
    }
    out
}

/// Checks across the glossary and the pages: sources, the pages an editor turned a mark off
/// on, and each marked page (every term used where a mark can go is marked once, and every
/// mark has its entry).
pub fn check(glossary: &Glossary, pages: &[Page], marked: &[Page], problems: &mut Vec<Problem>) {
    for term in &glossary.terms {
        for (line, page) in &term.not_marked_on {
            if !pages.iter().any(|p| p.id == *page) && !TOOL_PAGES.contains(&page.as_str()) {
                problems.push(Problem::new(
                    GLOSSARY_FILE,
                    *line,
                    format!(
                        "there is no page \"{page}\" to turn the mark of \"{}\" off on",
                        term.term
                    ),
                    "write the id of a guide page (its file name without .md)",
                ));
            }
        }
    }
    for page in marked {
        let ids = marks(page);
        for id in &ids {
            if !glossary.terms.iter().any(|t| t.id == *id) {
                problems.push(Problem::new(
                    &page.file,
                    1,
                    format!("a mark with no entry: \"{id}\""),
                    "glossary marks are made by the build: take out any {{ }} written by hand",
                ));
            }
            if ids.iter().filter(|i| *i == id).count() > 1 {
                problems.push(Problem::new(
                    &page.file,
                    1,
                    format!("the term \"{id}\" is marked twice"),
                    "ask a developer: only a term's first use on a page is marked",
                ));
            }
        }
        // The page as marked must mark nothing more: a listed term left without its mark
        // would be a term a reader meets unexplained.
        let again = mark_page(&unmarked_of(page), glossary);
        if again.texts() != page.texts() {
            problems.push(Problem::new(&page.file, 1, "a listed term is without its mark", "ask a developer: the glossary's marks on this page are not the first use of each term"));
        }
    }
}

/// A marked page with its marks taken out again.
fn unmarked_of(page: &Page) -> Page {
    let mut strip = |t: &Text| {
        let text = match markup::parse(&t.text) {
            Ok(runs) => markup::write(
                &runs
                    .into_iter()
                    .map(|r| match r {
                        Inline::Term {
                            text, strong: true, ..
                        } => Inline::Strong(text),
                        Inline::Term { text, .. } => Inline::Text(text),
                        other => other,
                    })
                    .collect::<Vec<_>>(),
            ),
            Err(_) => t.text.clone(),
        };
        Text { line: t.line, text }
    };
    let mut out = page.clone();
    out.lead = map_markable(&page.lead, &mut strip);
    out.body = map_markable(&page.body, &mut strip);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glossary(terms: &[(&str, &str, &[&str])]) -> Glossary {
        Glossary {
            last_reviewed: (1, Date::new(2026, 12, 7)),
            terms: terms
                .iter()
                .map(|(id, term, also)| Term {
                    line: 1,
                    id: (*id).to_string(),
                    term: (*term).to_string(),
                    also: also.iter().map(|a| (*a).to_string()).collect(),
                    meaning: Text {
                        line: 1,
                        text: "x".into(),
                    },
                    sources: Vec::new(),
                    not_marked_on: Vec::new(),
                })
                .collect(),
        }
    }

    fn mark(text: &str, g: &Glossary) -> String {
        mark_text(text, &forms_longest_first(g, "page"), &mut Vec::new())
    }

    #[test]
    fn the_longest_form_wins_so_her2_low_is_not_read_as_her2() {
        let g = glossary(&[("her2", "HER2", &[]), ("her2-low", "HER2-low", &[])]);
        assert_eq!(
            mark("A HER2-low cancer has a little HER2.", &g),
            "A {{her2-low|HER2-low}} cancer has a little {{her2|HER2}}."
        );
    }

    #[test]
    fn only_the_first_use_of_any_form_is_marked_whatever_its_capitals() {
        let g = glossary(&[(
            "ht",
            "hormone therapy",
            &["hormone therapies", "endocrine therapy"],
        )]);
        assert_eq!(
            mark(
                "Endocrine therapy, or hormone therapy. Hormone therapies help.",
                &g
            ),
            "{{ht|Endocrine therapy}}, or hormone therapy. Hormone therapies help."
        );
        // Whole words only: "therapy" alone, or inside another word, is not the term.
        let g = glossary(&[("sepsis", "sepsis", &[])]);
        assert_eq!(
            mark("Antisepsis is not sepsis.", &g),
            "Antisepsis is not {{sepsis|sepsis}}."
        );
    }

    #[test]
    fn curly_and_straight_apostrophes_are_the_same_word() {
        let g = glossary(&[("ca", "carer's assessment", &[])]);
        assert_eq!(
            mark("Ask for a carer’s assessment.", &g),
            "Ask for a {{ca|carer’s assessment}}."
        );
    }

    #[test]
    fn links_are_never_marked_and_bold_words_keep_their_bold() {
        let g = glossary(&[("sr1", "SR1", &[]), ("pip", "PIP", &[])]);
        assert_eq!(
            mark(
                "See [the SR1 form](https://x.org/sr1) and **PIP or SR1**.",
                &g
            ),
            "See [the SR1 form](https://x.org/sr1) and {{pip|**PIP**}}** or **{{sr1|**SR1**}}."
        );
    }

    #[test]
    fn on_a_tool_page_a_first_use_is_a_link_and_never_inside_bold_words() {
        let g = glossary(&[("sr1", "SR1", &[]), ("pip", "PIP", &[])]);
        let forms = forms_longest_first(&g, "benefits");
        let mut linked = Vec::new();
        assert_eq!(
            mark_text_as(
                "Ask for **an SR1**. The SR1 helps with PIP.",
                &forms,
                &mut linked,
                Mark::Link
            ),
            "Ask for **an SR1**. The [SR1](/glossary/#sr1) helps with [PIP](/glossary/#pip)."
        );
    }

    #[test]
    fn headings_and_questions_are_never_marked_and_a_page_marks_each_term_once() {
        let g = glossary(&[("sepsis", "sepsis", &[])]);
        let text = |t: &str| Text {
            line: 1,
            text: t.to_string(),
        };
        let page = Page {
            file: "p.md".into(),
            id: "page".into(),
            title: "t".into(),
            short_title: "t".into(),
            summary: text("s"),
            last_reviewed: (1, Date::new(2026, 12, 7)),
            review_by: None,
            sources: Vec::new(),
            end_of_life: false,
            lead: Vec::new(),
            body: vec![
                Block::H2(text("Sepsis")),
                Block::P(text("Sepsis is serious.")),
                Block::List(vec![text("More about sepsis.")]),
                Block::Questions(vec![("q".into(), text("Could I get sepsis?"))]),
            ],
        };
        let marked = mark_page(&page, &g);
        assert_eq!(
            marked.body,
            vec![
                Block::H2(text("Sepsis")),
                Block::P(text("{{sepsis|Sepsis}} is serious.")),
                Block::List(vec![text("More about sepsis.")]),
                Block::Questions(vec![("q".into(), text("Could I get sepsis?"))]),
            ]
        );
        let mut problems = Vec::new();
        check(&g, std::slice::from_ref(&page), &[marked], &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        // A mark by hand on a later use leaves the first use unexplained: refused.
        let mut by_hand = page.clone();
        by_hand.body[2] = Block::List(vec![text("More about {{sepsis|sepsis}}.")]);
        let mut problems = Vec::new();
        check(&g, &[page], &[by_hand], &mut problems);
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("without its mark")),
            "{problems:?}"
        );
    }
}
