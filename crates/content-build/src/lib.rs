//! The guide's content files (`content/`), read, checked and written out as Rust data.
//!
//! Editors change words in Markdown and TOML files; the app's build script
//! (`build.rs`) calls [`build`], which reads every file, checks it, and writes the typed
//! statics the components already use into Cargo's `OUT_DIR`. Nothing here runs in the
//! browser: the wasm carries the same static data it did when the words were Rust source.
//!
//! Every mistake is reported as a [`Problem`] naming the file, the line and what to do, in
//! words meant for the editor (a nurse or a web editor), not for a Rust programmer.
//! `docs/EDITING.md` explains each message.
//!
//! The files:
//! - `content/guide.toml`: the guide's topics, each with its pages in reading order.
//! - `content/questions.toml`: every question id ever released ([`questions`]).
//! - `content/glossary.toml`: the words the guide explains ([`glossary`]).
//! - `content/pages/<id>.md`: one guide page each ([`page`] describes the format).
//! - `content/benefits.toml`: the benefits checklist's items ([`data`]).
//! - `content/directory.toml`: the support directory's organisations ([`data`]).
//! - `content/sources.toml`: the sources register, one entry per page cited ([`data`]), each with
//!   its `scope`: national, charity, local or print ([`scope`], which also lists the national
//!   and the retired sites).
//! - `content/phone-numbers.toml`: every number the guide may dial, with its source.
//! - `content/words.toml`: the words of the app's own screens, and `content/passages.toml`,
//!   their longer passages with bold and links ([`words`]).

pub mod check;
pub mod data;
pub mod generate;
pub mod glossary;
pub mod page;
pub mod questions;
pub mod scope;
pub mod urgent;
pub mod words;

/// The small inline markup every text uses, shared word for word with the app
/// (`src/content/markup.rs`), so the build checks exactly what the app renders.
#[path = "../../../src/content/markup.rs"]
pub mod markup;

/// Calendar dates, shared with the app (`src/content/date.rs`).
#[path = "../../../src/content/date.rs"]
pub mod date;

/// The kinds content files name by code (nations, checklist groups, care-card levels …),
/// shared with the app (`src/content/kinds.rs`): one list of codes for the checker and the app.
#[path = "../../../src/content/kinds.rs"]
pub mod kinds;

/// The shared kinds' `coded!` macro names its trait by the app's path
/// (`$crate::content::kinds::Coded`): the same path here.
pub mod content {
    pub use crate::kinds;
}

/// Content files name kinds by their codes: read them with the same `from_code` the app uses,
/// and say which codes exist when one is misspelt.
macro_rules! read_by_code {
    ($($kind:ty),+) => {$(
        impl<'de> serde::Deserialize<'de> for $kind {
            fn deserialize<D: serde::Deserializer<'de>>(reader: D) -> Result<Self, D::Error> {
                let code = String::deserialize(reader)?;
                <$kind>::from_code(&code).ok_or_else(|| {
                    <D::Error as serde::de::Error>::unknown_variant(&code, &<$kind>::CODES)
                })
            }
        }
    )+};
}
read_by_code!(
    kinds::Nation,
    kinds::Group,
    kinds::AgeGroup,
    kinds::Need,
    kinds::Category,
    kinds::Urgency
);

pub mod readability;

use std::fmt;
use std::path::{Path, PathBuf};

pub use date::Date;

/// The candidate closest in spelling to `written`, when it is close enough to be a slip (at
/// most a third of its letters different): the "did you mean" of the checks' messages.
pub fn nearest<'a>(
    written: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(written, c), c))
        .filter(|(distance, c)| *distance > 0 && *distance * 3 <= c.chars().count().max(3))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}

/// One mistake in a content file: where it is and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file, relative to the project folder: `content/pages/urgent-symptoms.md`.
    pub file: String,
    /// 1-based line number; 0 when the problem is with the file as a whole.
    pub line: usize,
    /// What is wrong, in plain words.
    pub message: String,
    /// What to do about it.
    pub fix: String,
}

impl Problem {
    pub fn new(
        file: &str,
        line: usize,
        message: impl Into<String>,
        fix: impl Into<String>,
    ) -> Self {
        Problem {
            file: file.to_string(),
            line,
            message: message.into(),
            fix: fix.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)?;
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)?;
        }
        write!(f, "\n    What to do: {}", self.fix)
    }
}

/// Everything in `content/`, read and checked.
#[derive(Debug)]
pub struct Content {
    /// The topics, in contents order; their pages, in the same order, are `pages`.
    pub topics: Vec<page::Topic>,
    /// Every page, topic by topic, in reading order; once every check has passed, with the
    /// glossary's marks in their words ([`glossary::mark_page`]).
    pub pages: Vec<page::Page>,
    /// The words the guide explains.
    pub glossary: glossary::Glossary,
    /// The register of question ids.
    pub questions: questions::Register,
    pub benefits: Vec<data::Benefit>,
    pub organisations: Vec<data::Organisation>,
    /// The urgent lines by nation.
    pub urgent: urgent::UrgentNumbers,
    pub sources: Vec<data::Source>,
    pub phones: Vec<data::PhoneNumber>,
    /// The words and passages of the app's own screens.
    pub words: Vec<words::Word>,
}

/// The addresses of the app's own pages other than guide pages, written from the app's root.
/// Internal links in content must lead to one of these or to a guide page;
/// `tests/content.rs` checks that the app's routes (`src/route.rs`) are exactly these.
pub const APP_PAGES: &[&str] = &[
    "/",
    "/guide/",
    "/benefits/",
    "/support/",
    "/support/care-team/",
    "/settings/",
    "/settings/deployment-check/",
    "/your-data/",
    "/glossary/",
];

/// Reads every content file under `root` (the project folder) and checks it all.
///
/// `rust_sources` is the app's source text (`src/**/*.rs`), so a register entry cited only by
/// Rust code (`content::sources::SRC_…`) counts as used.
///
/// # Errors
/// Every problem found, in file order; reading stops at none of them, so an editor sees all of
/// their mistakes at once.
pub fn load(root: &Path, rust_sources: &str) -> Result<Content, Vec<Problem>> {
    let mut problems = Vec::new();
    let read = |relative: &str, problems: &mut Vec<Problem>| -> Option<String> {
        match std::fs::read_to_string(root.join(relative)) {
            // Notepad and Excel may start a UTF-8 file with a byte order mark: harmless, so
            // it is dropped rather than reported.
            Ok(text) => Some(match text.strip_prefix('\u{feff}') {
                Some(rest) => rest.to_string(),
                None => text,
            }),
            Err(error) if error.kind() == std::io::ErrorKind::InvalidData => {
                // The line of the first letter that is not UTF-8, so the editor can see it.
                let line = std::fs::read(root.join(relative)).ok().map_or(0, |bytes| {
                    let good = std::str::from_utf8(&bytes)
                        .err()
                        .map_or(0, |e| e.valid_up_to());
                    1 + bytes[..good].iter().filter(|&&b| b == b'\n').count()
                });
                problems.push(Problem::new(
                    relative,
                    line,
                    "this file is not saved as UTF-8 text, so letters such as £, é and ’ would be lost",
                    "open it in your text editor and save it again with the encoding UTF-8 (in Notepad: File, Save as, Encoding: UTF-8)",
                ));
                None
            }
            Err(error) => {
                problems.push(Problem::new(
                    relative,
                    0,
                    format!("this file could not be read ({error})"),
                    "check that the file exists and is saved as UTF-8 text",
                ));
                None
            }
        }
    };

    let sources = read(data::SOURCES_FILE, &mut problems)
        .map(|text| data::parse_sources(data::SOURCES_FILE, &text, &mut problems))
        .unwrap_or_default();
    let phones = read(data::PHONES_FILE, &mut problems)
        .map(|text| data::parse_phones(data::PHONES_FILE, &text, &mut problems))
        .unwrap_or_default();
    let topics = read(page::ORDER_FILE, &mut problems)
        .map(|text| page::parse_topics(page::ORDER_FILE, &text, &mut problems))
        .unwrap_or_default();
    let order: Vec<(usize, String)> = topics.iter().flat_map(|t| t.pages.clone()).collect();
    let glossary = read(glossary::GLOSSARY_FILE, &mut problems)
        .map(|text| glossary::parse(&text, &mut problems))
        .unwrap_or_default();
    let question_register = read(questions::QUESTIONS_FILE, &mut problems)
        .map(|text| questions::parse(&text, &mut problems))
        .unwrap_or_default();

    let mut pages = Vec::new();
    for (line, id) in &order {
        let relative = format!("content/pages/{id}.md");
        if !root.join(&relative).exists() {
            problems.push(Problem::new(
                page::ORDER_FILE,
                *line,
                format!("there is no page file {relative}"),
                "create the file, or fix the spelling of the page's id in this list",
            ));
            continue;
        }
        if let Some(text) = read(&relative, &mut problems) {
            if let Some(parsed) = page::parse(&relative, &text, &mut problems) {
                pages.push(parsed);
            }
        }
    }
    for file in markdown_files(&root.join("content/pages")) {
        let id = file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if !order.iter().any(|(_, listed)| listed == id) {
            problems.push(Problem::new(
                &format!("content/pages/{id}.md"),
                0,
                "this page is not in any topic of the guide, so nobody would see it",
                format!(
                    "add \"{id}\" to the pages of its topic in {}, where it should come in reading order",
                    page::ORDER_FILE
                ),
            ));
        }
    }

    let benefits = read(data::BENEFITS_FILE, &mut problems)
        .map(|text| data::parse_benefits(data::BENEFITS_FILE, &text, &mut problems))
        .unwrap_or_default();
    let directory = read(data::DIRECTORY_FILE, &mut problems)
        .map(|text| data::parse_directory(data::DIRECTORY_FILE, &text, &mut problems))
        .unwrap_or_default();

    let urgent = read(urgent::URGENT_FILE, &mut problems)
        .map(|text| urgent::parse(&text, &mut problems))
        .unwrap_or_default();

    let mut words = Vec::new();
    for kind in [words::Kind::Plain, words::Kind::Marked] {
        if let Some(text) = read(kind.file(), &mut problems) {
            words.extend(words::parse(kind, &text, &mut problems));
        }
    }

    let content = Content {
        words,
        topics,
        pages,
        glossary,
        questions: question_register,
        benefits,
        organisations: directory.organisations,
        urgent,
        sources,
        phones,
    };
    // Checks across files only once every file reads: a page that could not be read would
    // otherwise show up again as unused sources and broken links, which misleads.
    if problems.is_empty() {
        check::all(&content, rust_sources, &mut problems);
    }
    let mut content = content;
    if problems.is_empty() {
        let marked: Vec<page::Page> = content
            .pages
            .iter()
            .map(|p| glossary::mark_page(p, &content.glossary))
            .collect();
        glossary::check(&content.glossary, &content.pages, &marked, &mut problems);
        content.pages = marked;
    }
    if problems.is_empty() {
        Ok(content)
    } else {
        Err(problems)
    }
}

fn markdown_files(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "md"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

/// Every `.rs` file under `folder`, concatenated: what [`load`] needs to see which sources Rust
/// code cites.
pub fn rust_text(folder: &Path) -> String {
    let mut out = String::new();
    let Ok(entries) = std::fs::read_dir(folder) else {
        return out;
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            out.push_str(&rust_text(&path));
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
            out.push('\n');
        }
    }
    out
}

/// The folders (under the repository root) of the Rust code that uses the content: the app and
/// the build's own steps.
pub const RUST_FOLDERS: [&str; 2] = ["src", "crates/sitegen/src"];

/// Every `.rs` file of [`RUST_FOLDERS`] under `root`, concatenated (see [`rust_text`]).
pub fn app_rust(root: &Path) -> String {
    RUST_FOLDERS
        .iter()
        .map(|folder| rust_text(&root.join(folder)))
        .collect()
}

/// The line (1-based) that byte `offset` of `text` is on.
pub fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// What the build script does: read and check `content/` under `root`, and write the generated
/// Rust into `out_dir`. On problems, prints each one and returns them.
///
/// # Errors
/// The problems found; nothing is written then.
pub fn build(root: &Path, out_dir: &Path) -> Result<(), Vec<Problem>> {
    let content = load(root, &app_rust(root))?;
    for (name, text) in generate::files(&content) {
        let path = out_dir.join(name);
        // Written only when changed, so an unchanged build does not recompile the app.
        if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            std::fs::write(&path, text).expect("OUT_DIR is writable");
        }
    }
    Ok(())
}

/// The README's generated tables that no longer match the content, each as a [`Problem`] at
/// the line of `README.md` where the old table starts (0 when its heading row is gone).
/// `readme` is the README's text; `rust_sources` as for [`load`].
pub fn readme_problems(readme: &str, content: &Content, rust_sources: &str) -> Vec<Problem> {
    let mut out = Vec::new();
    for (name, table) in [
        ("the table of pages", readme_pages_table(content)),
        (
            "the table of facts that rest on leads",
            readme_leads_table(content, rust_sources),
        ),
    ] {
        if readme.contains(&table) {
            continue;
        }
        let heading_row = table.lines().next().unwrap_or_default();
        let start = readme
            .lines()
            .position(|l| l.trim_end() == heading_row)
            .map_or(0, |i| i + 1);
        // The first row that differs, so the editor sees which page changed.
        let differs = (start > 0)
            .then(|| {
                readme
                    .lines()
                    .skip(start - 1)
                    .take_while(|l| l.starts_with('|'))
                    .zip(table.lines().map(Some).chain(std::iter::repeat(None)))
                    .position(|(old, new)| Some(old.trim_end()) != new)
            })
            .flatten();
        let line = differs.map_or(start, |i| start + i);
        let place = if start == 0 {
            "README.md no longer has it: put it back under its heading".to_string()
        } else {
            format!("in README.md, replace the table that starts on line {start} (down to its last | row)")
        };
        out.push(Problem::new(
            "README.md",
            line,
            format!("{name} is out of date (the README shows the same figures the content gives)"),
            format!("{place} with these lines:\n\n{table}"),
        ));
    }
    out
}

/// The README's table of guide pages: reading ease, last review and next review, one row a
/// page in reading order. `tests/content.rs` checks the README carries exactly this.
pub fn readme_pages_table(content: &Content) -> String {
    let mut out = String::from(
        "| page | reading ease | last reviewed | next review due |\n|---|---|---|---|\n",
    );
    for page in &content.pages {
        let review = page.review(content);
        out.push_str(&format!(
            "| {} | {:.0} | {} | {} |\n",
            page.id,
            check::page_reading_ease(page),
            review.last_reviewed.iso(),
            review.next_review_due.iso()
        ));
    }
    out
}

/// The README's list of facts that rest on a lead (a copy or a news story) as well as an
/// official page, for reviewers to check first: one row per page or item citing a lead.
pub fn readme_leads_table(content: &Content, rust_sources: &str) -> String {
    let mut out = String::from("| where | lead | official page beside it |\n|---|---|---|\n");
    let kind = |id: &str| content.sources.iter().find(|s| s.id == id).map(|s| s.kind);
    let mut row = |place: String, refs: &[page::SourceRef]| {
        let leads: Vec<&str> = refs
            .iter()
            .filter(|r| kind(&r.id) == Some(data::SourceKind::Lead))
            .map(|r| r.id.as_str())
            .collect();
        let official: Vec<&str> = refs
            .iter()
            .filter(|r| kind(&r.id) == Some(data::SourceKind::Official))
            .map(|r| r.id.as_str())
            .collect();
        if !leads.is_empty() {
            out.push_str(&format!(
                "| {place} | {} | {} |\n",
                leads.join(", "),
                official.join(", ")
            ));
        }
    };
    for page in &content.pages {
        row(format!("page {}", page.id), &page.sources);
    }
    for item in &content.benefits {
        row(format!("checklist {}", item.id), &item.sources);
    }
    for org in &content.organisations {
        row(format!("directory {}", org.id), &org.sources);
    }
    // Sources the app's own code cites (content::sources::SRC_…), such as the home page's quote.
    let cited_in_code: Vec<page::SourceRef> = content
        .sources
        .iter()
        .filter(|s| rust_sources.contains(&s.const_name()))
        .map(|s| page::SourceRef {
            line: s.line,
            id: s.id.clone(),
        })
        .collect();
    row(
        "the app's code (src/content/site.rs, urgent_numbers.rs)".to_string(),
        &cited_in_code,
    );
    out
}
