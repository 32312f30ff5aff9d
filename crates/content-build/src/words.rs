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
                if kind == Kind::Plain && (t.text.contains("**") || t.text.contains("](")) {
                    problems.push(Problem::new(
                        file,
                        t.line,
                        "the app shows these words as they are, so **bold** and [links](…) would appear as stars and brackets",
                        "write plain words here, or move the entry to content/passages.toml (ask a developer: the app must draw it as a passage)",
                    ));
                }
            }
            out.push(word);
        }
    }
    out.sort_by_key(|w| (w.texts().first().map_or(0, |t| t.line), w.key.clone()));
    out
}
