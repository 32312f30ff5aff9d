//! A very small inline markup for content text, so that content can carry bold words and
//! links without raw HTML strings in the DOM.
//!
//! `**words**` is strong text; `[text](target)` is a link, where the target is one of
//! `tel:+448088080000`, `mailto:…`, `https://…` or an address inside the guide such as
//! `/guide/urgent-symptoms/`. `{{her2|HER2}}` (or `{{her2|**HER2**}}`, in bold) is a glossary
//! mark: the build puts these in a guide page's words (`crates/content-build`, `glossary`),
//! editors never write them. Nothing else is special.

/// Where a link goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target<'a> {
    /// A page of this app, written from the app's root ("/guide/urgent-symptoms/").
    Internal(&'a str),
    /// Another site, always `https://`.
    External(&'a str),
    /// A phone number in `tel:` form, without the `tel:` prefix.
    Tel(&'a str),
    /// An email address, without the `mailto:` prefix.
    Mail(&'a str),
}

impl Target<'_> {
    /// The `href` to render. Internal links are made relative so that they resolve against the
    /// page's `<base>`, which is how the app works under any sub-path.
    pub fn href(&self) -> String {
        match self {
            Target::Internal(path) => {
                let relative = path.trim_start_matches('/');
                if relative.is_empty() {
                    "./".to_string()
                } else {
                    relative.to_string()
                }
            }
            Target::External(url) => (*url).to_string(),
            Target::Tel(number) => format!("tel:{number}"),
            Target::Mail(address) => format!("mailto:{address}"),
        }
    }
}

/// One run of inline content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inline<'a> {
    Text(&'a str),
    Strong(&'a str),
    Link {
        text: &'a str,
        target: Target<'a>,
    },
    /// A word the glossary explains: `id` is its entry's.
    Term {
        id: &'a str,
        text: &'a str,
        strong: bool,
    },
}

/// Why a piece of text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MarkupError {
    UnclosedStrong,
    UnclosedLink,
    EmptyLinkText,
    UnknownTarget(String),
    UnclosedTerm,
}

impl std::fmt::Display for MarkupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MarkupError::UnclosedStrong => write!(f, "`**` is not closed"),
            MarkupError::UnclosedLink => write!(f, "a link is not closed: use [text](target)"),
            MarkupError::EmptyLinkText => write!(f, "a link has no text"),
            MarkupError::UnclosedTerm => write!(f, "`{{{{` is kept for the glossary's marks"),
            MarkupError::UnknownTarget(t) => write!(
                f,
                "the link's address \"{t}\" must start with https:// (another site), / (a page of the guide), tel: or mailto:"
            ),
        }
    }
}

fn target(raw: &str) -> Result<Target<'_>, MarkupError> {
    if let Some(number) = raw.strip_prefix("tel:") {
        Ok(Target::Tel(number))
    } else if let Some(address) = raw.strip_prefix("mailto:") {
        Ok(Target::Mail(address))
    } else if raw.starts_with("https://") {
        Ok(Target::External(raw))
    } else if raw.starts_with('/') {
        Ok(Target::Internal(raw))
    } else {
        Err(MarkupError::UnknownTarget(raw.to_string()))
    }
}

/// Where the next glossary mark starts. Marks are only in the guide's pages, which only the
/// build draws: the wasm never looks for one (editors cannot write one: the content check
/// refuses `{{`), which keeps the tool pages' bundles smaller.
#[cfg(not(target_arch = "wasm32"))]
fn term_start(rest: &str) -> Option<usize> {
    rest.find("{{")
}

#[cfg(target_arch = "wasm32")]
fn term_start(_rest: &str) -> Option<usize> {
    None
}

/// Splits marked-up text into runs.
pub fn parse(text: &str) -> Result<Vec<Inline<'_>>, MarkupError> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let Some(start) = [rest.find("**"), rest.find('['), term_start(rest)]
            .into_iter()
            .flatten()
            .min()
        else {
            out.push(Inline::Text(rest));
            break;
        };
        if start > 0 {
            out.push(Inline::Text(&rest[..start]));
        }
        rest = &rest[start..];
        if let Some(after) = rest.strip_prefix("{{") {
            let end = after.find("}}").ok_or(MarkupError::UnclosedTerm)?;
            let (id, words) = after[..end]
                .split_once('|')
                .ok_or(MarkupError::UnclosedTerm)?;
            let (text, strong) = match words.strip_prefix("**").and_then(|w| w.strip_suffix("**")) {
                Some(inner) => (inner, true),
                None => (words, false),
            };
            if id.is_empty() || text.is_empty() {
                return Err(MarkupError::UnclosedTerm);
            }
            out.push(Inline::Term { id, text, strong });
            rest = &after[end + 2..];
        } else if let Some(after) = rest.strip_prefix("**") {
            let end = after.find("**").ok_or(MarkupError::UnclosedStrong)?;
            out.push(Inline::Strong(&after[..end]));
            rest = &after[end + 2..];
        } else {
            let close = rest.find("](").ok_or(MarkupError::UnclosedLink)?;
            let text = &rest[1..close];
            if text.trim().is_empty() {
                return Err(MarkupError::EmptyLinkText);
            }
            let after = &rest[close + 2..];
            let end = after.find(')').ok_or(MarkupError::UnclosedLink)?;
            out.push(Inline::Link {
                text,
                target: target(&after[..end])?,
            });
            rest = &after[end + 1..];
        }
    }
    Ok(out)
}

/// The first sentence of marked-up `text`, and the rest: split after the first ". " that is
/// not inside bold words or a link, so both halves are valid markup. `(text, "")` when there is
/// none. The benefits checklist shows an item's first sentence in its short form.
pub fn first_sentence(text: &str) -> (&str, &str) {
    let mut from = 0;
    while let Some(at) = text[from..].find(". ") {
        let end = from + at + 1;
        let (head, tail) = (&text[..end], text[end..].trim_start());
        if parse(head).is_ok() && parse(tail).is_ok() {
            return (head, tail);
        }
        from = end;
    }
    (text, "")
}

/// Runs written back as marked-up text (the inverse of [`parse`]).
pub fn write(runs: &[Inline<'_>]) -> String {
    let mut out = String::new();
    for run in runs {
        match run {
            Inline::Text(t) => out.push_str(t),
            Inline::Strong(t) => {
                out.push_str("**");
                out.push_str(t);
                out.push_str("**");
            }
            Inline::Link { text, target } => {
                let raw = match target {
                    Target::Internal(p) | Target::External(p) => (*p).to_string(),
                    Target::Tel(n) => format!("tel:{n}"),
                    Target::Mail(a) => format!("mailto:{a}"),
                };
                out.push_str(&format!("[{text}]({raw})"));
            }
            Inline::Term { id, text, strong } => {
                let bold = if *strong { "**" } else { "" };
                out.push_str(&format!("{{{{{id}|{bold}{text}{bold}}}}}"));
            }
        }
    }
    out
}

/// The words a reader sees, with the markup taken out (for reading-ease scores and checks).
pub fn plain(text: &str) -> String {
    match parse(text) {
        Ok(runs) => runs
            .iter()
            .map(|run| match run {
                Inline::Text(t) | Inline::Strong(t) => *t,
                Inline::Link { text, .. } | Inline::Term { text, .. } => *text,
            })
            .collect(),
        Err(_) => text.to_string(),
    }
}

/// The `id` of every guide page's "Questions you could ask your team" heading, the same on every
/// page, so other pages and tools can link to it.
pub const QUESTIONS_ANCHOR: &str = "questions-for-your-team";

/// The `id` of a second-level heading (in the app and in the build's link checks, the same
/// function), so other text can link to it: its words in lower case,
/// joined by hyphens ("High calcium" is `high-calcium`).
pub fn heading_id(text: &str) -> String {
    let plain = plain(text);
    let mut id = String::with_capacity(plain.len());
    for word in plain
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !id.is_empty() {
            id.push('-');
        }
        id.push_str(&word.to_ascii_lowercase());
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_one_run() {
        assert_eq!(parse("Hello.").unwrap(), vec![Inline::Text("Hello.")]);
        assert_eq!(parse("").unwrap(), vec![]);
    }

    #[test]
    fn reads_strong_and_links() {
        let runs = parse("Call **999** or [Macmillan](tel:+448088080000) now.").unwrap();
        assert_eq!(
            runs,
            vec![
                Inline::Text("Call "),
                Inline::Strong("999"),
                Inline::Text(" or "),
                Inline::Link {
                    text: "Macmillan",
                    target: Target::Tel("+448088080000")
                },
                Inline::Text(" now."),
            ]
        );
    }

    #[test]
    fn classifies_targets() {
        let link = |s| match parse(s).unwrap()[0] {
            Inline::Link { target, .. } => target,
            _ => panic!("not a link"),
        };
        assert_eq!(
            link("[a](https://x.org)"),
            Target::External("https://x.org")
        );
        assert_eq!(link("[a](mailto:a@b.org)"), Target::Mail("a@b.org"));
        assert_eq!(link("[a](/guide/x/)"), Target::Internal("/guide/x/"));
        assert_eq!(link("[a](/guide/x/)").href(), "guide/x/");
        assert_eq!(link("[a](/)").href(), "./");
    }

    #[test]
    fn rejects_broken_markup() {
        assert_eq!(parse("a **b"), Err(MarkupError::UnclosedStrong));
        assert_eq!(parse("a [b"), Err(MarkupError::UnclosedLink));
        assert_eq!(parse("a [b](c"), Err(MarkupError::UnclosedLink));
        assert_eq!(parse("[](tel:111)"), Err(MarkupError::EmptyLinkText));
        assert!(matches!(
            parse("[a](http://x)"),
            Err(MarkupError::UnknownTarget(_))
        ));
    }

    #[test]
    fn reads_glossary_marks_plain_and_bold() {
        assert_eq!(
            parse("Your {{her2|HER2}} status and **a** {{hormone-therapy|**hormone therapy**}}.")
                .unwrap(),
            vec![
                Inline::Text("Your "),
                Inline::Term {
                    id: "her2",
                    text: "HER2",
                    strong: false
                },
                Inline::Text(" status and "),
                Inline::Strong("a"),
                Inline::Text(" "),
                Inline::Term {
                    id: "hormone-therapy",
                    text: "hormone therapy",
                    strong: true
                },
                Inline::Text("."),
            ]
        );
        assert_eq!(plain("a {{x|word}} b"), "a word b");
        assert_eq!(parse("a {{x word"), Err(MarkupError::UnclosedTerm));
        assert_eq!(parse("a {{word}}"), Err(MarkupError::UnclosedTerm));
    }

    /// Marked-up text written back out: the inverse of [`parse`], for the build, which adds
    /// glossary marks to a page's words.
    #[test]
    fn write_is_the_inverse_of_parse() {
        let text = "Call **999**, see [NHS](https://www.nhs.uk) and {{her2|**HER2**}} {{a|b}}.";
        assert_eq!(write(&parse(text).unwrap()), text);
    }

    #[test]
    fn the_first_sentence_ends_outside_bold_words_and_links() {
        assert_eq!(first_sentence("One. Two. Three."), ("One.", "Two. Three."));
        assert_eq!(
            first_sentence("No full stop here"),
            ("No full stop here", "")
        );
        assert_eq!(
            first_sentence("See **St. Mary's. Hospital** now. Then rest."),
            ("See **St. Mary's. Hospital** now.", "Then rest.")
        );
        assert_eq!(
            first_sentence("Read [a. b](https://x.org) first. More."),
            ("Read [a. b](https://x.org) first.", "More.")
        );
    }

    #[test]
    fn plain_drops_markup() {
        assert_eq!(
            plain("Call **111** or see [NHS](https://www.nhs.uk)."),
            "Call 111 or see NHS."
        );
    }
}
