//! The words of the app's own screens (headings, buttons, hints, messages): `content/words.toml`.
//!
//! One table per screen or part (`[support]`, `[care_team]` …), each key a piece of text or a
//! list of paragraphs, in the same inline markup as the pages. The app names each one as
//! `content::words::<table>::<KEY>` (the key in capitals), so a key the code does not use is
//! reported, and a key the code needs but the file lacks stops the build.

use crate::page::{check_text, Text};
use crate::{line_of, Problem};
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

pub const WORDS_FILE: &str = "content/words.toml";
/// Longer passages of the app's screens, where bold and links work: read by the app's inline
/// markup, checked like a page's text (links, phone numbers).
pub const PASSAGES_FILE: &str = "content/passages.toml";

/// Which of the two files an entry comes from: they differ only in whether markup works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `content/words.toml`: shown as written.
    Plain,
    /// `content/passages.toml`: drawn through the inline markup.
    Marked,
}

impl Kind {
    pub const fn file(self) -> &'static str {
        match self {
            Kind::Plain => WORDS_FILE,
            Kind::Marked => PASSAGES_FILE,
        }
    }

    /// The module of `src/content/` that holds the entries.
    pub const fn module(self) -> &'static str {
        match self {
            Kind::Plain => "words",
            Kind::Marked => "passages",
        }
    }
}

/// The names the app fills into the words of its screens, by `[table]` and key: the entry must
/// carry each name exactly once, in curly brackets (`{support}`), and no other. The app puts a
/// value in its place (a name, a date, a number, a link); a misspelt or missing name would show
/// patients "{suport}" or silently drop the value, so the build refuses both.
///
/// The app's code is the other side of this contract: `tests/content.rs` checks that every name
/// the code passes to `words::fill` or `words::around` is declared here for that entry.
pub const FILLED_IN: &[(&str, &str, &[&str])] = &[
    ("urgent_numbers", "own_line", &["name"]),
    ("urgent_numbers", "until", &["date"]),
    ("urgent_numbers", "card_said_until", &["date"]),
    ("urgent_numbers", "hospital_line", &["hospital", "name"]),
    ("save_notice", "affects", &["what"]),
    ("out_of_date", "body", &["date"]),
    ("contents_list", "label", &["topic"]),
    ("pagination", "label", &["topic"]),
    ("benefits_page", "done_count", &["done", "total"]),
    ("benefits_page", "done_detail", &["total"]),
    ("benefit_item", "overdue", &["date"]),
    ("benefit_item", "printed_note", &["note"]),
    ("benefit_item", "reviewed", &["reviewed", "due"]),
    ("directory", "results", &["count"]),
    ("directory", "for_search", &["search"]),
    ("directory", "in_category", &["category"]),
    ("directory", "showing_first", &["shown"]),
    ("directory", "macmillan", &["phone"]),
    ("directory", "show_more", &["count"]),
    ("care_team", "lede", &["support"]),
    ("my_contacts", "from_hospital", &["hospital"]),
    ("my_contacts", "star_label", &["name"]),
    ("my_contacts", "unstar_label", &["name"]),
    ("my_contacts", "delete_question", &["name"]),
    ("my_contacts", "deleted", &["name"]),
    ("contact_form", "saved", &["name"]),
    ("contact_form", "added", &["name"]),
    ("about_deployment", "no_settings", &["file"]),
    ("about_deployment", "provided_by", &["hospital"]),
    ("about_deployment", "notes", &["file"]),
    ("about_deployment", "failed", &["file", "reason"]),
    ("about_deployment", "offline_answered", &["file", "status"]),
    ("about_deployment", "offline_no_answer", &["file"]),
    ("deployment_check", "answered", &["status", "type"]),
    ("deployment_check", "result_failed", &["reason"]),
    ("deployment_check", "in_use_kept", &["when"]),
    ("deployment_check", "files_all_right", &["count"]),
    ("deployment_check", "files_wrong", &["count"]),
    ("deployment_check", "files_right_list", &["count"]),
    ("deployment_check", "file_right", &["file", "type"]),
    (
        "deployment_check",
        "file_wrong_type",
        &["file", "type", "expected"],
    ),
    ("deployment_check", "file_missing", &["file", "status"]),
    ("deployment_check", "file_no_answer", &["file"]),
    ("deployment_check", "offline_kept", &["build"]),
    ("deployment_check", "offline_no_worker", &["status"]),
    (
        "deployment_check",
        "offline_installed_no_worker",
        &["status"],
    ),
    ("keeping", "last_download", &["date"]),
    ("your_data", "export_failed", &["reason"]),
    ("your_data", "import_failed", &["reason"]),
    ("your_data", "import_summary", &["date"]),
    (
        "your_data_summary",
        "settings",
        &["size", "colours", "motion"],
    ),
    (
        "your_data_summary",
        "checklist",
        &["answered", "questions", "nation", "last-year"],
    ),
    ("your_data_summary", "checklist_nation", &["nation"]),
    ("your_data_summary", "progress", &["count", "items"]),
    (
        "your_data_summary",
        "progress_item",
        &["name", "status", "note"],
    ),
    ("your_data_summary", "progress_note", &["note"]),
    ("your_data_summary", "contacts", &["count", "items"]),
    ("your_data_summary", "unknown", &["count", "items"]),
    ("your_data_summary", "unknown_note", &["name"]),
    ("import_problems", "part", &["part"]),
    ("not_found", "ways_on", &["home", "urgent"]),
    ("footer", "report_subject", &["page"]),
];

/// An entry as written: a text, or a list of texts each with its place in the file. Read by
/// hand, not `#[serde(untagged)]`, which buffers the value and loses the list items' places.
enum Raw {
    One(String),
    Many(Vec<Spanned<String>>),
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: serde::Deserializer<'de>>(reader: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Raw;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("text in \"double quotes\", or a list of texts in [square brackets]")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Raw, E> {
                Ok(Raw::One(text.to_string()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut items: A,
            ) -> Result<Raw, A::Error> {
                let mut out = Vec::new();
                while let Some(item) = items.next_element::<Spanned<String>>()? {
                    out.push(item);
                }
                Ok(Raw::Many(out))
            }
        }
        reader.deserialize_any(Visitor)
    }
}

/// One entry: a single text, or a list of them (paragraphs, list items).
#[derive(Clone, Debug)]
pub enum Value {
    One(Text),
    Many(Vec<Text>),
}

/// One piece of the app's words.
#[derive(Clone, Debug)]
pub struct Word {
    pub kind: Kind,
    pub table: String,
    pub key: String,
    pub value: Value,
}

impl Word {
    /// How Rust code names it: `words::support::NO_RESULTS`.
    pub fn rust_path(&self) -> String {
        format!(
            "{}::{}::{}",
            self.kind.module(),
            self.table,
            self.key.to_ascii_uppercase()
        )
    }

    pub fn texts(&self) -> Vec<&Text> {
        match &self.value {
            Value::One(t) => vec![t],
            Value::Many(list) => list.iter().collect(),
        }
    }
}

fn is_name(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Reads `content/words.toml` or `content/passages.toml`, as `kind` says.
pub fn parse(kind: Kind, text: &str, problems: &mut Vec<Problem>) -> Vec<Word> {
    let file = kind.file();
    let tables: BTreeMap<Spanned<String>, BTreeMap<Spanned<String>, Spanned<Raw>>> =
        match toml::from_str(text) {
            Ok(t) => t,
            Err(e) => {
                problems.push(crate::data::toml_problem(file, text, &e));
                return Vec::new();
            }
        };
    let mut out = Vec::new();
    for (table, entries) in tables {
        let table_line = line_of(text, table.span().start);
        if !is_name(table.get_ref()) {
            problems.push(Problem::new(
                file,
                table_line,
                format!("\"{}\" is not a usable table name", table.get_ref()),
                "use lower-case letters and underscores, for example [care_team]",
            ));
        }
        for (key, raw) in entries {
            let line = line_of(text, key.span().start);
            if !is_name(key.get_ref()) {
                problems.push(Problem::new(
                    file,
                    line,
                    format!("\"{}\" is not a usable name", key.get_ref()),
                    "use lower-case letters and underscores, for example no_results",
                ));
            }
            let value_line = line_of(text, raw.span().start);
            let value = match raw.into_inner() {
                Raw::One(s) => Value::One(Text {
                    line: value_line,
                    text: s,
                }),
                // Each paragraph with its own line, so a problem points at the paragraph.
                Raw::Many(list) => Value::Many(
                    list.into_iter()
                        .map(|s| Text {
                            line: line_of(text, s.span().start),
                            text: s.into_inner(),
                        })
                        .collect(),
                ),
            };
            let key_name = key.get_ref().clone();
            let word = Word {
                kind,
                table: table.get_ref().clone(),
                key: key.into_inner(),
                value,
            };
            for t in word.texts() {
                check_text(file, t, problems);
                // The screens show these words as they are: bold and links written here would
                // appear as stars and brackets.
                check_filled_in(file, table.get_ref(), &key_name, t, problems);
                if kind == Kind::Plain && (t.text.contains("**") || t.text.contains("](")) {
                    problems.push(Problem::new(
                        file,
                        t.line,
                        "the app shows these words as they are, so **bold** and [links](…) would appear as stars and brackets",
                        "write plain words here, or move the entry to content/passages.toml (ask a developer: the app must draw it as a passage)",
                    ));
                }
            }
            missing_filled_in(file, &word, problems);
            out.push(word);
        }
    }
    out.sort_by_key(|w| (w.texts().first().map_or(0, |t| t.line), w.key.clone()));
    out
}

/// The names declared in [`FILLED_IN`] for `[table] key`; empty when the app fills nothing in.
pub fn filled_in(table: &str, key: &str) -> &'static [&'static str] {
    FILLED_IN
        .iter()
        .find(|(t, k, _)| *t == table && *k == key)
        .map_or(&[], |(_, _, names)| names)
}

/// Every `{name}` in `text`, with its byte position; `Err` with the position of a `{` that is
/// never closed.
fn names_in(text: &str) -> Result<Vec<&str>, usize> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut at = 0;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after
            .find(['}', '{'])
            .filter(|&c| after[c..].starts_with('}'))
        else {
            return Err(at + open);
        };
        out.push(&after[..close]);
        at += open + 1 + close + 1;
        rest = &after[close + 1..];
    }
    Ok(out)
}

/// Each `{name}` in one text must be one the app fills into this entry, and appear once.
fn check_filled_in(file: &str, table: &str, key: &str, text: &Text, problems: &mut Vec<Problem>) {
    let declared = filled_in(table, key);
    let names = match names_in(&text.text) {
        Ok(names) => names,
        Err(_) => {
            problems.push(Problem::new(
                file,
                text.line,
                format!("a {{ in [{table}] {key} is not closed with }}"),
                if declared.is_empty() {
                    "the app fills nothing into these words: take the { out".to_string()
                } else {
                    format!(
                        "the app fills in {}: write each exactly so, with both curly brackets",
                        list(declared)
                    )
                },
            ));
            return;
        }
    };
    // A } with no { before it ("Menu}", or "support}" with its { lost) would show as it is.
    if text.text.matches('}').count() > names.len() {
        problems.push(Problem::new(
            file,
            text.line,
            format!("a }} in [{table}] {key} has no {{ before it, so patients would see it"),
            if declared.is_empty() {
                "take the } out".to_string()
            } else {
                format!("the app fills in {}: write each with both curly brackets, or take the stray }} out", list(declared))
            },
        ));
    }
    let mut seen: Vec<&str> = Vec::new();
    for name in names {
        if declared.contains(&name) {
            if seen.contains(&name) {
                problems.push(Problem::new(
                    file,
                    text.line,
                    format!("{{{name}}} is written twice in [{table}] {key}"),
                    format!("the app fills in only the first {{{name}}}: keep one"),
                ));
            }
            seen.push(name);
            continue;
        }
        let fix = if declared.is_empty() {
            "the app fills nothing into these words, so patients would see the curly brackets: write the words themselves, without { }".to_string()
        } else {
            let nearest = crate::nearest(name, declared.iter().copied())
                .map(|n| format!("{{{name}}} looks like {{{n}}}, a slip of the keys; "))
                .unwrap_or_default();
            format!(
                "{nearest}the app fills in {} here: write {} exactly so, with the curly brackets",
                list(declared),
                if declared.len() == 1 { "it" } else { "each" }
            )
        };
        problems.push(Problem::new(
            file,
            text.line,
            format!("{{{name}}} in [{table}] {key} is not something the app fills in, so patients would see \"{{{name}}}\""),
            fix,
        ));
    }
}

/// A name the app fills in must still be somewhere in the entry, or its value (a name, a date,
/// a link) silently goes missing.
fn missing_filled_in(file: &str, word: &Word, problems: &mut Vec<Problem>) {
    for name in filled_in(&word.table, &word.key) {
        let placeholder = format!("{{{name}}}");
        let texts = word.texts();
        if texts.iter().any(|t| t.text.contains(&placeholder)) {
            continue;
        }
        // A misspelt name, or one with a bracket lost, is reported once, with its correction,
        // not also as this one missing.
        let misspelt = texts.iter().any(|t| match names_in(&t.text) {
            Err(_) => true,
            Ok(names) => {
                t.text.matches('}').count() > names.len()
                    || names
                        .iter()
                        .any(|written| crate::nearest(written, [*name]).is_some())
            }
        });
        if misspelt {
            continue;
        }
        problems.push(Problem::new(
            file,
            texts.first().map_or(0, |t| t.line),
            format!(
                "{placeholder} is missing from [{}] {}: the app puts a value there (a name, a date, a number or a link), which patients would no longer see",
                word.table, word.key
            ),
            format!("put {placeholder} back where the value belongs, exactly so, with its curly brackets"),
        ));
    }
}

/// `{a}`, `{a} and {b}`, `{a}, {b} and {c}`.
fn list(names: &[&str]) -> String {
    let braced: Vec<String> = names.iter().map(|n| format!("{{{n}}}")).collect();
    match braced.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}
