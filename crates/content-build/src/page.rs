//! Guide pages: `content/pages/<id>.md`.
//!
//! A page is a small front matter between two `---` lines, then its words:
//!
//! ```text
//! ---
//! id: local-and-regional-recurrence
//! title: How it differs from local and regional recurrence
//! short_title: Local and regional recurrence
//! summary: One sentence for the home page and search results.
//! last_reviewed: 2026-11-30
//! review_by: 2027-03-31            (optional: earlier than the usual review date)
//! sources: bcn-local-regional-recurrence, leaflet
//! ---
//!
//! A paragraph is one or more lines of text; a blank line ends it.
//!
//! ## A heading
//! ### A smaller heading
//!
//! - a list item
//! - another one
//!
//! ::: warning A warning's heading
//! What the reader must not miss.
//! :::
//! ```
//!
//! Boxes open with `::: name` and close with `:::`: `inset`, `changed`, `warning <heading>`,
//! `care-card <emergency|urgent|non-urgent> [#id] <heading>`, `quote` (its last line
//! `cite: who said it`), `urgent-numbers` (empty: the app draws the numbers), and `lead` (drawn
//! straight under the page's title). In a care card, a list item may start with a fact id in
//! square brackets, `- [b3] …`, tying the sign to `../shared/facts-urgent.md`.
//! Every page ends with a `questions` box: "Questions you could ask your team", each item with
//! its stable id, `- [ask-what-the-aim-is] What is the aim of my treatment?`, listed in
//! `content/questions.toml` (see [`crate::questions`]).
//! A page about the end of life says so in its front matter (`end_of_life: yes`) and opens
//! with an `inset`: a short, gentle word about what the page holds.
//! Inline: `**strong words**` and `[link text](target)` only (see [`crate::markup`]).
//! `<!-- notes for editors -->` are left out of the page.

use crate::{markup, Date, Problem};

/// The guide's topics, each with its pages in reading order.
pub const ORDER_FILE: &str = "content/guide.toml";

/// A piece of text and the line it starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    pub line: usize,
    pub text: String,
}

/// A reference to an entry in the sources register.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceRef {
    pub line: usize,
    pub id: String,
}

pub use crate::kinds::Urgency;

/// One block of a page, as the app's `content::Block`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    P(Text),
    H2(Text),
    H3(Text),
    List(Vec<Text>),
    Inset(Vec<Block>),
    Changed(Vec<Block>),
    Warning {
        heading: Text,
        body: Vec<Block>,
    },
    CareCard {
        id: Option<String>,
        urgency: Urgency,
        heading: Text,
        body: Vec<Block>,
    },
    Signs(Vec<(String, Text)>),
    UrgentNumbers,
    Quote {
        text: Text,
        cite: Text,
    },
    /// "Questions you could ask your team": each question with its stable id.
    Questions(Vec<(String, Text)>),
}

/// One guide page, read from its file.
#[derive(Clone, Debug)]
pub struct Page {
    pub file: String,
    pub id: String,
    pub title: String,
    pub short_title: String,
    pub summary: Text,
    pub last_reviewed: (usize, Date),
    pub review_by: Option<(usize, Date)>,
    pub sources: Vec<SourceRef>,
    /// About the end of life: never reached by "previous" and "next", and kept behind a
    /// closed group on the contents page, so nobody meets one by chance.
    pub end_of_life: bool,
    pub lead: Vec<Block>,
    pub body: Vec<Block>,
}

/// Every text in `blocks`, nested ones included, in order.
pub fn texts(blocks: &[Block]) -> Vec<&Text> {
    let mut out = Vec::new();
    for block in blocks {
        match block {
            Block::P(t) | Block::H2(t) | Block::H3(t) => out.push(t),
            Block::List(items) => out.extend(items),
            Block::Signs(signs) | Block::Questions(signs) => {
                out.extend(signs.iter().map(|(_, t)| t))
            }
            Block::Inset(inner) | Block::Changed(inner) => out.extend(texts(inner)),
            Block::Warning { heading, body } | Block::CareCard { heading, body, .. } => {
                out.push(heading);
                out.extend(texts(body));
            }
            Block::Quote { text, cite } => {
                out.push(text);
                out.push(cite);
            }
            Block::UrgentNumbers => {}
        }
    }
    out
}

impl Page {
    /// Every text on the page: the summary, the lead, then the body.
    pub fn texts(&self) -> Vec<&Text> {
        let mut out = vec![&self.summary];
        out.extend(texts(&self.lead));
        out.extend(texts(&self.body));
        out
    }

    /// The page's questions for its team, with their ids, in order.
    pub fn questions(&self) -> Vec<&(String, Text)> {
        fn walk<'a>(blocks: &'a [Block], out: &mut Vec<&'a (String, Text)>) {
            for block in blocks {
                match block {
                    Block::Questions(items) => out.extend(items),
                    Block::Inset(inner)
                    | Block::Changed(inner)
                    | Block::Warning { body: inner, .. }
                    | Block::CareCard { body: inner, .. } => walk(inner, out),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.lead, &mut out);
        walk(&self.body, &mut out);
        out
    }

    /// The `id`s other text may link to with `#…`: headings, care cards, signs and questions.
    pub fn anchors(&self) -> Vec<String> {
        fn walk(blocks: &[Block], out: &mut Vec<String>) {
            for block in blocks {
                match block {
                    Block::H2(t) => out.push(heading_id(&t.text)),
                    Block::CareCard { id, body, .. } => {
                        out.extend(id.clone());
                        walk(body, out);
                    }
                    Block::Signs(signs) => {
                        out.extend(signs.iter().map(|(id, _)| format!("sign-{id}")))
                    }
                    Block::Questions(questions) => {
                        out.push(QUESTIONS_ANCHOR.to_string());
                        out.extend(questions.iter().map(|(id, _)| format!("question-{id}")))
                    }
                    Block::Inset(inner)
                    | Block::Changed(inner)
                    | Block::Warning { body: inner, .. } => walk(inner, out),
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        walk(&self.lead, &mut out);
        walk(&self.body, &mut out);
        out
    }
}

pub use crate::markup::{heading_id, QUESTIONS_ANCHOR};

/// One topic of the guide (`[[topic]]` in `content/guide.toml`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Topic {
    pub line: usize,
    /// Its place on the contents page (`guide/#topic-<id>`): never change one once published.
    pub id: String,
    pub title: String,
    /// One sentence for the home page and the contents page.
    pub summary: Text,
    /// Its pages' ids in reading order, each with its line.
    pub pages: Vec<(usize, String)>,
}

/// Reads `content/guide.toml`: `[[topic]]` tables, each with `id`, `title`, `summary` and
/// `pages = ["id", …]`.
pub fn parse_topics(file: &str, text: &str, problems: &mut Vec<Problem>) -> Vec<Topic> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Guide {
        topic: Vec<toml::Spanned<RawTopic>>,
    }
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawTopic {
        id: String,
        title: String,
        summary: toml::Spanned<String>,
        pages: Vec<toml::Spanned<String>>,
    }
    let guide = match toml::from_str::<Guide>(text) {
        Ok(guide) => guide,
        Err(error) => {
            problems.push(crate::data::toml_problem(file, text, &error));
            return Vec::new();
        }
    };
    let mut topics: Vec<Topic> = Vec::new();
    for spanned in guide.topic {
        let line = crate::line_of(text, spanned.span().start);
        let raw = spanned.into_inner();
        let valid_id = !raw.id.is_empty()
            && raw
                .id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid_id {
            problems.push(Problem::new(file, line, format!("the topic id \"{}\" is not written the way ids are", raw.id), "write a topic's id in small letters, digits and hyphens, for example \"where-it-has-spread\""));
        }
        if topics.iter().any(|t| t.id == raw.id) {
            problems.push(Problem::new(
                file,
                line,
                format!("two topics have the id \"{}\"", raw.id),
                "give each topic its own id",
            ));
        }
        if raw.pages.is_empty() {
            problems.push(Problem::new(file, line, format!("the topic \"{}\" has no pages", raw.id), "list its pages in pages = [\"…\"], or take the topic out until it has one: a topic with nothing to read is a dead end"));
        }
        if raw.title.trim().is_empty() {
            problems.push(Problem::new(
                file,
                line,
                format!("the topic \"{}\" has no title", raw.id),
                "write the topic's name in title = \"…\"",
            ));
        }
        let summary = Text {
            line: crate::line_of(text, raw.summary.span().start),
            text: raw.summary.into_inner(),
        };
        check_text(file, &summary, problems);
        topics.push(Topic {
            line,
            id: raw.id,
            title: raw.title,
            summary,
            pages: raw
                .pages
                .into_iter()
                .map(|id| (crate::line_of(text, id.span().start), id.into_inner()))
                .collect(),
        });
    }
    let mut seen: Vec<&str> = Vec::new();
    for topic in &topics {
        for (line, id) in &topic.pages {
            if seen.contains(&id.as_str()) {
                problems.push(Problem::new(
                    file,
                    *line,
                    format!("the page \"{id}\" is listed twice"),
                    "list each page once, in the one topic it belongs to",
                ));
            }
            seen.push(id);
        }
    }
    topics
}

const FRONT_MATTER_KEYS: [&str; 8] = [
    "id",
    "title",
    "short_title",
    "summary",
    "last_reviewed",
    "review_by",
    "sources",
    "end_of_life",
];

/// Reads one page. Problems are added to `problems`; `None` when the page cannot be used.
pub fn parse(file: &str, text: &str, problems: &mut Vec<Problem>) -> Option<Page> {
    let before = problems.len();
    let lines: Vec<&str> = text.lines().collect();
    if lines.first().map(|l| l.trim_end()) != Some("---") {
        problems.push(Problem::new(
            file,
            1,
            "the page does not start with its front matter",
            "the first line must be --- and the page's details (id, title, …) follow, ending with another --- line",
        ));
        return None;
    }
    let Some(end) = lines
        .iter()
        .skip(1)
        .position(|l| l.trim_end() == "---")
        .map(|i| i + 1)
    else {
        problems.push(Problem::new(
            file,
            1,
            "the front matter is not closed",
            "add a line with only --- after the page's details",
        ));
        return None;
    };

    let mut fields: Vec<(usize, &str, &str)> = Vec::new();
    for (i, line) in lines.iter().enumerate().take(end).skip(1) {
        let number = i + 1;
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let Some((key, value)) = line.split_once(':') else {
            problems.push(Problem::new(
                file,
                number,
                format!("\"{}\" is not a \"name: value\" line", line.trim()),
                "write each detail on its own line as name: value, for example title: Emotional support",
            ));
            continue;
        };
        let key = key.trim();
        if !FRONT_MATTER_KEYS.contains(&key) {
            problems.push(Problem::new(
                file,
                number,
                format!("unknown detail \"{key}\""),
                format!("use only these: {}", FRONT_MATTER_KEYS.join(", ")),
            ));
            continue;
        }
        if fields.iter().any(|(_, k, _)| *k == key) {
            problems.push(Problem::new(
                file,
                number,
                format!("\"{key}\" is given twice"),
                "keep one of the two lines",
            ));
            continue;
        }
        fields.push((number, key, value.trim()));
    }
    let field = |key: &str, problems: &mut Vec<Problem>| -> Option<(usize, String)> {
        match fields.iter().find(|(_, k, _)| *k == key) {
            Some((line, _, value)) if !value.is_empty() => Some((*line, (*value).to_string())),
            Some((line, _, _)) => {
                problems.push(Problem::new(
                    file,
                    *line,
                    format!("\"{key}\" is empty"),
                    format!("write the page's {key} after \"{key}:\""),
                ));
                None
            }
            None if key == "review_by" || key == "end_of_life" => None,
            None => {
                problems.push(Problem::new(
                    file,
                    1,
                    format!("the front matter has no \"{key}\""),
                    format!(
                        "add a line \"{key}: …\" between the two --- lines (see docs/EDITING.md)"
                    ),
                ));
                None
            }
        }
    };
    let date = |key: &str, problems: &mut Vec<Problem>| -> Option<(usize, Date)> {
        let (line, value) = field(key, problems)?;
        match parse_date(&value) {
            Some(d) => Some((line, d)),
            None => {
                problems.push(date_problem(file, line, key, &value));
                None
            }
        }
    };

    let id = field("id", problems);
    let title = field("title", problems);
    let short_title = field("short_title", problems);
    let summary = field("summary", problems);
    let last_reviewed = date("last_reviewed", problems);
    let review_by = date("review_by", problems);
    let end_of_life = match field("end_of_life", problems) {
        None => false,
        Some((_, value)) if value == "yes" => true,
        Some((_, value)) if value == "no" => false,
        Some((line, value)) => {
            problems.push(Problem::new(
                file,
                line,
                format!("\"{value}\" is not yes or no (end_of_life)"),
                "write end_of_life: yes on a page about the end of life, or take the line out",
            ));
            false
        }
    };
    let sources: Vec<SourceRef> = field("sources", problems)
        .map(|(line, list)| {
            list.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|id| SourceRef {
                    line,
                    id: id.to_string(),
                })
                .collect()
        })
        .unwrap_or_default();
    if let Some((line, id)) = &id {
        let expected = file
            .rsplit('/')
            .next()
            .and_then(|n| n.strip_suffix(".md"))
            .unwrap_or_default();
        if id != expected {
            problems.push(Problem::new(
                file,
                *line,
                format!("the id \"{id}\" is not the file's name (\"{expected}\")"),
                "the id and the file name must be the same; the id is the page's address, so never change it once the page is published",
            ));
        }
    }

    let mut body = Body::new(file, problems);
    let mut comment = false;
    for (i, raw) in lines.iter().enumerate().skip(end + 1) {
        let number = i + 1;
        let line = raw.trim_end();
        if comment {
            comment = !line.contains("-->");
            continue;
        }
        if line.trim_start().starts_with("<!--") {
            body.end_paragraph();
            comment = !line.contains("-->");
            continue;
        }
        body.line(number, line);
    }
    let (lead, blocks) = body.finish(lines.len());

    for t in texts(&lead).into_iter().chain(texts(&blocks)) {
        check_text(file, t, problems);
    }
    if let Some((line, s)) = &summary {
        check_text(
            file,
            &Text {
                line: *line,
                text: s.clone(),
            },
            problems,
        );
    }
    if blocks.is_empty() {
        problems.push(Problem::new(
            file,
            end + 1,
            "the page has no words after its front matter",
            "write the page's text after the second --- line",
        ));
    } else {
        shape(file, lines.len(), &lead, &blocks, end_of_life, problems);
    }
    if problems.len() > before {
        return None;
    }
    let (_, id) = id?;
    let (_, title) = title?;
    let (_, short_title) = short_title?;
    let (summary_line, summary) = summary?;
    Some(Page {
        file: file.to_string(),
        id,
        title,
        short_title,
        summary: Text {
            line: summary_line,
            text: summary,
        },
        last_reviewed: last_reviewed?,
        review_by,
        sources,
        end_of_life,
        lead,
        body: blocks,
    })
}

/// Where a page's parts must be: its questions box last, once, at the top level; an
/// end-of-life page opening with its gentle word (an inset).
fn shape(
    file: &str,
    last_line: usize,
    lead: &[Block],
    body: &[Block],
    end_of_life: bool,
    problems: &mut Vec<Problem>,
) {
    fn nested(blocks: &[Block]) -> bool {
        blocks.iter().any(|b| match b {
            Block::Inset(inner)
            | Block::Changed(inner)
            | Block::Warning { body: inner, .. }
            | Block::CareCard { body: inner, .. } => {
                inner.iter().any(|b| matches!(b, Block::Questions(_))) || nested(inner)
            }
            _ => false,
        })
    }
    let at_top = body
        .iter()
        .filter(|b| matches!(b, Block::Questions(_)))
        .count();
    if nested(body) || nested(lead) || lead.iter().any(|b| matches!(b, Block::Questions(_))) {
        problems.push(Problem::new(
            file,
            1,
            "a questions box is inside another box or the lead",
            "put ::: questions at the top level, as the last thing on the page",
        ));
    } else if at_top == 0 {
        problems.push(Problem::new(file, last_line, "the page does not end with \"Questions you could ask your team\"", "add a ::: questions box at the end of the page, each question with its id: - [ask-about-scans] How often will I have scans? (see docs/EDITING.md)"));
    } else if at_top > 1 {
        problems.push(Problem::new(
            file,
            1,
            "the page has more than one questions box",
            "put all the page's questions in one ::: questions box at its end",
        ));
    } else if !matches!(body.last(), Some(Block::Questions(_))) {
        problems.push(Problem::new(
            file,
            last_line,
            "the questions box is not the last thing on the page",
            "move the ::: questions box to the end of the page",
        ));
    }
    if end_of_life && !matches!(lead.first().or(body.first()), Some(Block::Inset(_))) {
        problems.push(Problem::new(file, 1, "a page about the end of life does not open with a gentle word about what it holds", "start the page with a short ::: inset box that says, kindly, what the page is about, so the reader can choose whether to read on now"));
    }
}

/// `YYYY-MM-DD`, a real date.
pub fn parse_date(value: &str) -> Option<Date> {
    let bytes = value.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    Date::from_iso(value).filter(Date::is_valid)
}

pub fn date_problem(file: &str, line: usize, key: &str, value: &str) -> Problem {
    Problem::new(
        file,
        line,
        format!("\"{value}\" is not a date in the form the guide uses ({key})"),
        "write dates as year-month-day with two-digit month and day, for example 2026-11-30",
    )
}

/// Checks one text's inline markup.
pub fn check_text(file: &str, text: &Text, problems: &mut Vec<Problem>) {
    if let Err(error) = markup::parse(&text.text) {
        let fix = match &error {
            markup::MarkupError::UnclosedStrong => {
                "put ** at both ends of the strong words: **like this**".to_string()
            }
            markup::MarkupError::UnclosedTerm => {
                "the glossary marks words itself: take out the {{ and }}".to_string()
            }
            markup::MarkupError::UnclosedLink | markup::MarkupError::EmptyLinkText => {
                "write a link as [the words people see](address), with both kinds of bracket".to_string()
            }
            markup::MarkupError::UnknownTarget(target) if target.starts_with("http://") => {
                format!("use the page's secure address: https://{}", &target["http://".len()..])
            }
            markup::MarkupError::UnknownTarget(target) if target.starts_with("www.") => {
                format!("write the whole address: https://{target}")
            }
            markup::MarkupError::UnknownTarget(_) => "a link's address starts with https:// for another site, / for a page of the guide (/guide/emotional-support/), tel: for a phone number or mailto: for an email address".to_string(),
        };
        problems.push(Problem::new(file, text.line, format!("{error}"), fix));
        return;
    }
    if text.text.contains("{{") {
        problems.push(Problem::new(
            file,
            text.line,
            "{{ is kept for the glossary's marks, which the build makes itself",
            "take out the {{ and }}: the first use of each word in content/glossary.toml is marked when the guide is built",
        ));
        return;
    }
    let plain = markup::plain(&text.text);
    if plain.contains(['*', '`', '<', '>', '_']) {
        problems.push(Problem::new(
            file,
            text.line,
            "the text has a *, `, _, < or > that would show as it is",
            "the guide supports only **strong words** and [links](address); take the mark out or reword",
        ));
    }
    // The reader does not look for links inside **strong words**: one there shows as brackets.
    if plain.contains("](") {
        problems.push(Problem::new(
            file,
            text.line,
            "a link inside **strong words** would show as brackets and its address",
            "put the link outside the ** marks, for example **Call now:** [999](tel:999)",
        ));
    }
}

/// A box being filled: its kind and what is in it so far.
struct Open {
    line: usize,
    kind: Kind,
    blocks: Vec<Block>,
    cite: Option<Text>,
}

enum Kind {
    Root,
    Lead,
    Inset,
    Changed,
    Warning(Text),
    CareCard {
        id: Option<String>,
        urgency: Urgency,
        heading: Text,
    },
    UrgentNumbers,
    Quote,
    Questions,
}

const BOXES: &str = "inset, changed, warning, care-card, quote, urgent-numbers, lead, questions";

struct Body<'a> {
    file: &'a str,
    problems: &'a mut Vec<Problem>,
    stack: Vec<Open>,
    lead: Vec<Block>,
    paragraph: Option<Text>,
    list: Option<Vec<(Option<String>, Text)>>,
}

impl<'a> Body<'a> {
    fn new(file: &'a str, problems: &'a mut Vec<Problem>) -> Self {
        Body {
            file,
            problems,
            stack: vec![Open {
                line: 0,
                kind: Kind::Root,
                blocks: Vec::new(),
                cite: None,
            }],
            lead: Vec::new(),
            paragraph: None,
            list: None,
        }
    }

    fn problem(&mut self, line: usize, message: impl Into<String>, fix: impl Into<String>) {
        self.problems
            .push(Problem::new(self.file, line, message, fix));
    }

    fn push(&mut self, block: Block) {
        self.stack
            .last_mut()
            .expect("root is never closed")
            .blocks
            .push(block);
    }

    fn end_paragraph(&mut self) {
        if let Some(p) = self.paragraph.take() {
            self.push(Block::P(p));
        }
        if let Some(items) = self.list.take() {
            let in_card = matches!(
                self.stack.last().map(|o| &o.kind),
                Some(Kind::CareCard { .. })
            );
            let in_questions = matches!(self.stack.last().map(|o| &o.kind), Some(Kind::Questions));
            let with_ids = items.iter().filter(|(id, _)| id.is_some()).count();
            if in_questions {
                if let Some((_, t)) = items.iter().find(|(id, _)| id.is_none()) {
                    let line = t.line;
                    self.problem(line, "a question has no id", "start each question with its id in square brackets, for example - [ask-about-scans] How often will I have scans? A new question needs a new id (see docs/EDITING.md)");
                }
                // Kept, without the question that has no id, so that one slip is one message.
                self.push(Block::Questions(
                    items
                        .into_iter()
                        .filter_map(|(id, t)| Some((id?, t)))
                        .collect(),
                ));
            } else if with_ids == 0 {
                self.push(Block::List(items.into_iter().map(|(_, t)| t).collect()));
            } else if with_ids == items.len() && in_card {
                self.push(Block::Signs(
                    items
                        .into_iter()
                        .map(|(id, t)| (id.unwrap_or_default(), t))
                        .collect(),
                ));
            } else if !in_card {
                let line = items[0].1.line;
                self.problem(line, "a list item starts with a [fact id], but only signs in a care card and questions have ids", "take out the [id], or move the list into a ::: care-card or ::: questions box");
            } else {
                let line = items[0].1.line;
                self.problem(line, "some signs in this care card have a [fact id] and some do not", "give every sign in the list its fact id from facts-urgent.md, for example - [b3] …");
            }
        }
    }

    fn line(&mut self, number: usize, line: &str) {
        let trimmed = line.trim_start();
        if trimmed.is_empty() {
            self.end_paragraph();
            return;
        }
        if let Some(rest) = trimmed.strip_prefix(":::") {
            self.end_paragraph();
            let rest = rest.trim();
            if rest.is_empty() {
                self.close(number);
            } else {
                self.open(number, rest);
            }
            return;
        }
        if matches!(self.stack.last().map(|o| &o.kind), Some(Kind::Quote)) {
            if let Some(cite) = trimmed.strip_prefix("cite:") {
                self.end_paragraph();
                self.stack.last_mut().expect("quote is open").cite = Some(Text {
                    line: number,
                    text: cite.trim().to_string(),
                });
                return;
            }
        }
        if let Some(heading) = trimmed.strip_prefix("## ") {
            self.end_paragraph();
            self.push(Block::H2(Text {
                line: number,
                text: heading.trim().to_string(),
            }));
            return;
        }
        if let Some(heading) = trimmed.strip_prefix("### ") {
            self.end_paragraph();
            self.push(Block::H3(Text {
                line: number,
                text: heading.trim().to_string(),
            }));
            return;
        }
        if trimmed.starts_with('#') {
            self.problem(number, "only ## and ### headings can be used in a page", "the page's title comes from \"title:\" in the front matter; use ## for a section and ### under it");
            return;
        }
        if let Some(item) = trimmed.strip_prefix("- ") {
            if let Some(p) = self.paragraph.take() {
                self.push(Block::P(p));
            }
            let item = item.trim();
            let (id, words) = match item.strip_prefix('[').and_then(|r| r.split_once("] ")) {
                Some((id, words))
                    if !id.is_empty()
                        && !id.starts_with('-')
                        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') =>
                {
                    (Some(id.to_ascii_lowercase()), words)
                }
                _ => (None, item),
            };
            self.list.get_or_insert_with(Vec::new).push((
                id,
                Text {
                    line: number,
                    text: words.to_string(),
                },
            ));
            return;
        }
        // "-item" with no space would otherwise run into the paragraph above as words.
        // So are bullets pasted from Word or a PDF (•, ·) and dashes used as bullets.
        let hyphen_then_word = trimmed
            .strip_prefix('-')
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| c.is_alphanumeric() || c == '[')
            || trimmed.starts_with([
                '\u{2022}', '\u{b7}', '\u{2013}', '\u{2014}', '\u{25aa}', '\u{25cf}',
            ]);
        if hyphen_then_word
            || trimmed.starts_with("* ")
            || trimmed.starts_with("+ ")
            || starts_numbered(trimmed)
        {
            self.problem(
                number,
                "this list item is not written the way the guide's lists are",
                "start each list item with a hyphen and a space: - like this",
            );
            return;
        }
        if trimmed.starts_with('>')
            || trimmed.starts_with('|')
            || trimmed.starts_with('<')
            || trimmed.starts_with("```")
        {
            self.problem(number, "quotes with >, tables, code and HTML are not used in the guide", "use a ::: quote box for a quotation; for anything else, ask the developers to add a kind of block");
            return;
        }
        // A line that follows a list item without a blank line continues that item.
        if let Some(items) = self.list.as_mut() {
            if let Some((_, last)) = items.last_mut() {
                last.text.push(' ');
                last.text.push_str(trimmed);
                return;
            }
        }
        match self.paragraph.as_mut() {
            Some(p) => {
                p.text.push(' ');
                p.text.push_str(trimmed);
            }
            None => {
                self.paragraph = Some(Text {
                    line: number,
                    text: trimmed.to_string(),
                })
            }
        }
    }

    fn open(&mut self, number: usize, spec: &str) {
        let (name, rest) = spec
            .split_once(' ')
            .map_or((spec, ""), |(n, r)| (n, r.trim()));
        let kind = match name {
            "lead" if self.stack.len() == 1 => Kind::Lead,
            "lead" => {
                self.problem(
                    number,
                    "a lead box is inside another box",
                    "put ::: lead at the top level of the page, before the other text",
                );
                Kind::Lead
            }
            "inset" => Kind::Inset,
            "changed" => Kind::Changed,
            "quote" => Kind::Quote,
            "urgent-numbers" => Kind::UrgentNumbers,
            "questions" => Kind::Questions,
            "warning" => {
                if rest.is_empty() {
                    self.problem(
                        number,
                        "a warning box has no heading",
                        "write the heading after the name: ::: warning Your heading",
                    );
                }
                Kind::Warning(Text {
                    line: number,
                    text: rest.to_string(),
                })
            }
            "care-card" => {
                let (level, after) = rest
                    .split_once(' ')
                    .map_or((rest, ""), |(l, a)| (l, a.trim()));
                let urgency = Urgency::from_code(level);
                if urgency.is_none() {
                    self.problem(number, format!("\"{level}\" is not a care-card level"), "write ::: care-card emergency, ::: care-card urgent or ::: care-card non-urgent, then the card's heading");
                }
                let (id, heading) = match after.strip_prefix('#') {
                    Some(tagged) => {
                        let (id, heading) = tagged
                            .split_once(' ')
                            .map_or((tagged, ""), |(i, h)| (i, h.trim()));
                        (Some(id.to_string()), heading)
                    }
                    None => (None, after),
                };
                if heading.is_empty() {
                    self.problem(number, "a care card has no heading", "write the heading after the level: ::: care-card urgent Call your 24-hour line now");
                }
                Kind::CareCard {
                    id,
                    urgency: urgency.unwrap_or(Urgency::Urgent),
                    heading: Text {
                        line: number,
                        text: heading.to_string(),
                    },
                }
            }
            other => {
                self.problem(
                    number,
                    format!("unknown kind of box \"{other}\""),
                    format!("use one of: {BOXES}"),
                );
                Kind::Inset
            }
        };
        self.stack.push(Open {
            line: number,
            kind,
            blocks: Vec::new(),
            cite: None,
        });
    }

    fn close(&mut self, number: usize) {
        if self.stack.len() == 1 {
            self.problem(
                number,
                "a ::: line closes a box that was never opened",
                "take out this line, or open the box above it with ::: and its name",
            );
            return;
        }
        let open = self.stack.pop().expect("checked above");
        let empty = open.blocks.is_empty();
        if empty && !matches!(open.kind, Kind::UrgentNumbers | Kind::Quote) {
            self.problem(
                open.line,
                "this box is empty",
                "write its text between the ::: lines, or take the box out",
            );
        }
        let block = match open.kind {
            Kind::Root => unreachable!("the root is never on top after the check above"),
            Kind::Lead => {
                self.lead.extend(open.blocks);
                return;
            }
            Kind::Inset => Block::Inset(open.blocks),
            Kind::Changed => Block::Changed(open.blocks),
            Kind::Warning(heading) => Block::Warning {
                heading,
                body: open.blocks,
            },
            Kind::CareCard {
                id,
                urgency,
                heading,
            } => Block::CareCard {
                id,
                urgency,
                heading,
                body: open.blocks,
            },
            Kind::UrgentNumbers => {
                if !empty {
                    self.problem(open.line, "the urgent-numbers box must be empty", "the app draws the urgent numbers itself: write ::: urgent-numbers and then ::: on the next line");
                }
                Block::UrgentNumbers
            }
            Kind::Questions => match open.blocks.as_slice() {
                [] => return,
                [Block::Questions(_)] => open.blocks.into_iter().next().expect("one block"),
                _ => {
                    self.problem(
                        open.line,
                        "a questions box holds only its list of questions",
                        "write each question as a list item with its id, - [ask-about-scans] How often will I have scans?, and nothing else in the box",
                    );
                    return;
                }
            },
            Kind::Quote => {
                let text = match open.blocks.as_slice() {
                    [Block::P(text)] => Some(text.clone()),
                    _ => None,
                };
                match (text, open.cite) {
                    (Some(text), Some(cite)) => Block::Quote { text, cite },
                    _ => {
                        self.problem(
                            open.line,
                            "a quote needs one paragraph and a last line \"cite: who said it\"",
                            "write the quotation as one paragraph, then a line starting cite:",
                        );
                        return;
                    }
                }
            }
        };
        self.push(block);
        let _ = number;
    }

    fn finish(mut self, last_line: usize) -> (Vec<Block>, Vec<Block>) {
        self.end_paragraph();
        while self.stack.len() > 1 {
            let line = self.stack.last().map_or(0, |o| o.line);
            self.problem(
                line,
                "this box is never closed",
                format!(
                    "add a line with only ::: where the box ends (the file has {last_line} lines)"
                ),
            );
            self.close(last_line);
        }
        let root = self.stack.pop().expect("root");
        (self.lead, root.blocks)
    }
}

fn starts_numbered(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && line[digits..].starts_with(". ")
}
