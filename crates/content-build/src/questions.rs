//! The register of question ids: `content/questions.toml`.
//!
//! Every page ends with "Questions you could ask your team", each question with an id that the
//! app's tools keep (a person's own list of questions for an appointment names them by id). A
//! released id therefore means the same question for good: its words may be improved, but it is
//! never given to another question, renamed or dropped without a trace. The register lists every
//! id ever released (`released`) and those taken out of use (`retired`); the check refuses a
//! page that uses an id the register does not list, a listed id no page uses (unless retired),
//! a retired id back in use and an id used twice.
//!
//! ```toml
//! released = ["ask-what-the-aim-is", "ask-about-scans"]
//! retired = ["ask-about-old-thing"]
//! ```

use crate::page::Page;
use crate::Problem;

/// The register's file, relative to the project folder.
pub const QUESTIONS_FILE: &str = "content/questions.toml";

/// The register, each id with its line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Register {
    pub released: Vec<(usize, String)>,
    pub retired: Vec<(usize, String)>,
}

/// Reads the register. Problems are added to `problems`.
pub fn parse(text: &str, problems: &mut Vec<Problem>) -> Register {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Raw {
        released: Vec<toml::Spanned<String>>,
        #[serde(default)]
        retired: Vec<toml::Spanned<String>>,
    }
    let raw = match toml::from_str::<Raw>(text) {
        Ok(raw) => raw,
        Err(error) => {
            problems.push(crate::data::toml_problem(QUESTIONS_FILE, text, &error));
            return Register::default();
        }
    };
    let lines = |ids: Vec<toml::Spanned<String>>| -> Vec<(usize, String)> {
        ids.into_iter()
            .map(|id| (crate::line_of(text, id.span().start), id.into_inner()))
            .collect()
    };
    let register = Register {
        released: lines(raw.released),
        retired: lines(raw.retired),
    };
    for list in [&register.released, &register.retired] {
        let mut seen: Vec<&str> = Vec::new();
        for (line, id) in list {
            if !is_id(id) {
                problems.push(Problem::new(
                    QUESTIONS_FILE,
                    *line,
                    format!("\"{id}\" is not written the way question ids are"),
                    "write a question id in small letters, digits and hyphens, for example ask-about-scans",
                ));
            }
            if seen.contains(&id.as_str()) {
                problems.push(Problem::new(
                    QUESTIONS_FILE,
                    *line,
                    format!("the question id \"{id}\" is listed twice"),
                    "list each id once in released (and once more in retired when it is taken out of use)",
                ));
            }
            seen.push(id);
        }
    }
    register
}

/// Small letters, digits and single hyphens, not at either end.
pub fn is_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Checks the pages' question ids against the register.
pub fn check(register: &Register, pages: &[Page], problems: &mut Vec<Problem>) {
    let mut used: Vec<(&str, &str)> = Vec::new();
    for page in pages {
        for (id, text) in page.questions() {
            if !is_id(id) {
                problems.push(Problem::new(
                    &page.file,
                    text.line,
                    format!("\"{id}\" is not written the way question ids are"),
                    "write a question id in small letters, digits and hyphens, for example ask-about-scans",
                ));
            }
            if let Some((_, other)) = used.iter().find(|(u, _)| u == id) {
                problems.push(Problem::new(
                    &page.file,
                    text.line,
                    format!("the question id \"{id}\" is already used ({other})"),
                    "give each question its own id: a new question needs a new id",
                ));
            }
            used.push((id, &page.file));
            let retired = register.retired.iter().any(|(_, r)| r == id);
            if retired {
                problems.push(Problem::new(
                    &page.file,
                    text.line,
                    format!("the question id \"{id}\" was retired"),
                    "a retired id is never used again, because people's saved lists may still hold it with its old meaning: give this question a new id and add it to released in content/questions.toml",
                ));
            } else if !register.released.iter().any(|(_, r)| r == id) {
                problems.push(Problem::new(
                    &page.file,
                    text.line,
                    format!("the question id \"{id}\" is not in {QUESTIONS_FILE}"),
                    format!("if this is a new question, add \"{id}\" to released in {QUESTIONS_FILE}; if you meant an existing question, check the id's spelling there"),
                ));
            }
        }
    }
    for (line, id) in &register.released {
        let retired = register.retired.iter().any(|(_, r)| r == id);
        if !retired && !used.iter().any(|(u, _)| u == id) {
            problems.push(Problem::new(
                QUESTIONS_FILE,
                *line,
                format!("the released question \"{id}\" is on no page"),
                "a released id stays with its question: put the question back on its page (its words may change), or, if it is no longer asked, add the id to retired so it is never used again",
            ));
        }
    }
    for (line, id) in &register.retired {
        if !register.released.iter().any(|(_, r)| r == id) {
            problems.push(Problem::new(
                QUESTIONS_FILE,
                *line,
                format!("the retired question \"{id}\" was never released"),
                "keep every id that was released in released, and add it to retired as well; an id that was never released can simply be taken out",
            ));
        }
    }
}
