//! The hospital's settings file as people really save it: the bytes decoded whatever Windows
//! tool wrote them, and the slips of hand-edited JSON forgiven, each with a note on its line for
//! the web team. What the settings mean is `domain::deployment`.
//!
//! Why: Notepad's "Unicode" and PowerShell 5.1's `Out-File` write UTF-16 with a byte order
//! mark, older editors write Windows-1252 ("ANSI"), and a stray comma or a `//` note is the most
//! common hand-editing slip. Refusing any of them would silently remove the hospital's 24-hour
//! line from urgent help (engineering notes, section 6).

/// How the file's bytes were written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Encoding {
    #[default]
    Utf8,
    /// UTF-8 that starts with a byte order mark (Notepad's "UTF-8 with BOM").
    Utf8WithBom,
    /// Little-endian UTF-16 (Notepad's "Unicode", PowerShell 5.1's `Out-File`).
    Utf16Le,
    Utf16Be,
    /// Not UTF-8 at all: read as Windows-1252, Windows' "ANSI" in the UK.
    Windows1252,
}

impl Encoding {
    /// The encoding's name, as the settings check page shows it.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8WithBom => "UTF-8 with a byte order mark",
            Encoding::Utf16Le => "UTF-16 (little-endian)",
            Encoding::Utf16Be => "UTF-16 (big-endian)",
            Encoding::Windows1252 => "Windows-1252 (\"ANSI\")",
        }
    }
}

/// Something the reader forgave or skipped, with the line of the file it is on (1-based) when
/// there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub line: Option<u32>,
    pub text: String,
}

impl Note {
    pub fn on(line: Option<u32>, text: impl Into<String>) -> Note {
        Note {
            line,
            text: text.into(),
        }
    }
}

impl std::fmt::Display for Note {
    /// "line 4: a comment was ignored", or the text alone when it has no line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.text),
            None => f.write_str(&self.text),
        }
    }
}

/// The file's text and how it was written (decoded by the browser's `TextDecoder`, as
/// `detect` says).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
}

/// How a file starting with `first` (its first bytes, two or more when it has them) is
/// written, before checking that UTF-8 really is: a byte order mark decides; without one,
/// UTF-16 shows itself by a zero byte beside the first character (JSON starts with ASCII:
/// RFC 8259 section 8.1's old detection). The browser decodes with this and its own
/// `TextDecoder` (`browser::settings_file`), so the decoding itself is not wasm.
pub fn detect(first: &[u8]) -> Encoding {
    match first {
        [0xEF, 0xBB, 0xBF, ..] => Encoding::Utf8WithBom,
        [0xFF, 0xFE, ..] => Encoding::Utf16Le,
        [0xFE, 0xFF, ..] => Encoding::Utf16Be,
        [a, 0, ..] if *a != 0 => Encoding::Utf16Le,
        [0, b, ..] if *b != 0 => Encoding::Utf16Be,
        _ => Encoding::Utf8,
    }
}

impl Encoding {
    /// The WHATWG Encoding Standard's label, for a `TextDecoder`.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 | Encoding::Utf8WithBom => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Windows1252 => "windows-1252",
        }
    }
}

/// True when an answer is a web page, not a settings file: some hosts answer every missing
/// address with their own HTML page and status 200. `content_type` is the answer's
/// `Content-Type` header, when it had one.
pub fn is_web_page(content_type: Option<&str>, text: &str) -> bool {
    let starts = |t: &str, prefix: &str| {
        t.get(..prefix.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
    };
    let html_type = content_type.is_some_and(|t| {
        let t = t.trim();
        starts(t, "text/html") || starts(t, "application/xhtml")
    });
    html_type || text.trim_start().starts_with('<')
}

/// The text with the slips of hand-edited JSON taken out, and where things are.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Forgiven {
    /// Strict JSON, the same length and lines as the file: what was forgiven is blanked with
    /// spaces, so a position in it is a position in the file.
    pub text: String,
    /// One note per slip forgiven, the first `MOST_NOTES`.
    pub slips: Vec<Note>,
    /// How many more slips there were.
    pub more: usize,
    /// Where each value starts, by its path as the settings reader names it (`hospital`,
    /// `contacts[1]`, `hospital.acuteOncologyLine`): (path, line).
    pub places: Vec<(String, u32)>,
}

impl Forgiven {
    /// The line a value starts on, by its path.
    pub fn line_of(&self, path: &str) -> Option<u32> {
        self.places
            .iter()
            .find(|(p, _)| p == path)
            .map(|&(_, line)| line)
    }
}

/// The line (1-based) of a byte offset in `text`.
pub fn line_at(text: &str, offset: usize) -> u32 {
    let end = offset.min(text.len());
    let newlines = text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count();
    u32::try_from(newlines)
        .unwrap_or(u32::MAX)
        .saturating_add(1)
}

/// The line of each position asked for, counted on from the last one asked, so reading a file
/// costs one pass however many places are noted (a count from the start each time made a
/// large file take minutes).
struct Lines<'a> {
    bytes: &'a [u8],
    pos: usize,
    line: u32,
}

impl Lines<'_> {
    /// The line (1-based) of byte offset `at`; cheapest when asked in order.
    fn at(&mut self, at: usize) -> u32 {
        let at = at.min(self.bytes.len());
        let count = |range: &[u8]| {
            u32::try_from(range.iter().filter(|&&b| b == b'\n').count()).unwrap_or(u32::MAX)
        };
        if at >= self.pos {
            self.line = self.line.saturating_add(count(&self.bytes[self.pos..at]));
        } else {
            self.line = self.line.saturating_sub(count(&self.bytes[at..self.pos]));
        }
        self.pos = at;
        self.line
    }
}

/// How deep a value's place is kept: the reader names nothing deeper than
/// `hospital.acuteOncologyLine.phone` or `supportGroups[0].categories`, and keeping every
/// place of a deeply nested file would cost its depth for each value.
const PLACE_DEPTH: usize = 3;

/// Takes out `//` and `/* */` comments and commas before `]` or `}`, which JSON does not allow
/// but people type; with `NOTES`, notes each with its line, and where each value starts.
/// Everything else, mistakes included, is left for the JSON reader to report. Without `NOTES`
/// (every page but settings: they only use the file) the notes' code is not compiled in.
pub fn forgive<const NOTES: bool>(text: &str) -> Forgiven {
    let bytes = text.as_bytes();
    let mut out = bytes.to_vec();
    let mut slips = Vec::new();
    let mut more = 0;
    let mut places = Vec::new();
    // The path to where we are: each open object or array, with the field name or index the
    // next value will have.
    enum Open {
        Object(Option<String>),
        Array(usize),
    }
    let mut stack: Vec<Open> = Vec::new();
    let mut lines = Lines {
        bytes,
        pos: 0,
        line: 1,
    };
    // Whether the next string in an object is a field name (true) or a value.
    let mut expect_name = false;
    // The last comma seen and whether only space or comments have come since.
    let mut pending_comma: Option<usize> = None;
    let path_of = |stack: &[Open]| -> String {
        let mut path = String::new();
        for open in stack {
            match open {
                Open::Object(Some(name)) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(name);
                }
                Open::Object(None) => {}
                Open::Array(index) => path.push_str(&format!("[{index}]")),
            }
        }
        path
    };
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                let end = bytes[i..]
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(bytes.len(), |n| i + n);
                blank(&mut out, i, end);
                if NOTES {
                    let line = lines.at(i);
                    note(&mut slips, &mut more, || {
                        Note::on(
                            Some(line),
                            "a comment (//) was ignored: JSON has no comments",
                        )
                    });
                }
                i = end;
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                // By bytes: `str::find` would bring a general substring searcher into every
                // bundle (about 2 KB of wasm).
                let end = bytes[i + 2..]
                    .windows(2)
                    .position(|pair| pair == b"*/")
                    .map_or(bytes.len(), |n| i + 2 + n + 2);
                blank(&mut out, i, end);
                if NOTES {
                    let line = lines.at(i);
                    note(&mut slips, &mut more, || {
                        Note::on(
                            Some(line),
                            "a comment (/* */) was ignored: JSON has no comments",
                        )
                    });
                }
                i = end;
                continue;
            }
            b' ' | b'\t' | b'\r' | b'\n' => {}
            b']' | b'}' => {
                if let Some(comma) = pending_comma.take() {
                    out[comma] = b' ';
                    if NOTES {
                        let line = lines.at(comma);
                        note(&mut slips, &mut more, || {
                            Note::on(
                                Some(line),
                                format!(
                                    "a comma before \"{}\" was ignored: JSON allows none after the last item",
                                    if b == b']' { "]" } else { "}" }
                                ),
                            )
                        });
                    }
                }
                if NOTES {
                    stack.pop();
                }
                expect_name = false;
            }
            b',' => {
                pending_comma = Some(i);
                if NOTES {
                    match stack.last_mut() {
                        Some(Open::Array(index)) => *index += 1,
                        Some(Open::Object(_)) => expect_name = true,
                        None => {}
                    }
                }
                i += 1;
                continue;
            }
            b':' => expect_name = false,
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                let end = (i + 1).min(bytes.len());
                if expect_name && NOTES {
                    // By bytes: an escape before a multi-byte letter may end mid-character.
                    let inside = &bytes[start + 1..end.saturating_sub(1).max(start + 1)];
                    let name = std::str::from_utf8(inside).unwrap_or_default().to_string();
                    if let Some(Open::Object(field)) = stack.last_mut() {
                        *field = Some(name);
                    }
                } else if NOTES && stack.len() <= PLACE_DEPTH {
                    places.push((path_of(&stack), lines.at(start)));
                }
                expect_name = false;
                pending_comma = None;
                i = end;
                continue;
            }
            b'{' | b'[' => {
                if NOTES {
                    if stack.len() <= PLACE_DEPTH {
                        places.push((path_of(&stack), lines.at(i)));
                    }
                    stack.push(if b == b'{' {
                        Open::Object(None)
                    } else {
                        Open::Array(0)
                    });
                }
                expect_name = b == b'{';
            }
            _ => {
                // A number, true, false or null: note where it starts.
                if NOTES
                    && stack.len() <= PLACE_DEPTH
                    && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
                {
                    places.push((path_of(&stack), lines.at(i)));
                }
            }
        }
        if !matches!(b, b' ' | b'\t' | b'\r' | b'\n') {
            pending_comma = None;
        }
        i += 1;
    }
    Forgiven {
        // Only ASCII bytes were blanked, so the text is still UTF-8.
        text: String::from_utf8(out).unwrap_or_default(),
        slips,
        more,
        places,
    }
}

/// The most notes kept about one file: a web team reads the first ones and puts them right, and
/// a huge file with a mistake in every entry must not flood the page.
pub const MOST_NOTES: usize = 100;

/// Keeps the note `make` gives while fewer than `MOST_NOTES` are kept; else counts it in `more`.
pub fn note(notes: &mut Vec<Note>, more: &mut usize, make: impl FnOnce() -> Note) {
    if notes.len() < MOST_NOTES {
        notes.push(make());
    } else {
        *more += 1;
    }
}

/// Blanks `out[start..end]`, keeping line breaks so lines still match the file.
fn blank(out: &mut [u8], start: usize, end: usize) {
    for byte in &mut out[start..end] {
        if *byte != b'\n' && *byte != b'\r' {
            *byte = b' ';
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "{\"format\": 1, \"hospital\": {\"name\": \"Caf\u{e9} \u{a3}5\"}}";

    fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
        let mut bytes = Vec::new();
        if bom {
            bytes.extend(if big_endian {
                [0xFE, 0xFF]
            } else {
                [0xFF, 0xFE]
            });
        }
        for unit in text.encode_utf16() {
            bytes.extend(if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            });
        }
        bytes
    }

    #[test]
    fn knows_every_encoding_windows_tools_write_by_its_first_bytes() {
        // The browser then decodes with its TextDecoder (tests/e2e/settings-file.test.mjs reads
        // each of these files in the running app and in the no-wasm script).
        let mut with_bom = vec![0xEF, 0xBB, 0xBF];
        with_bom.extend(SAMPLE.as_bytes());
        for (bytes, encoding) in [
            (SAMPLE.as_bytes().to_vec(), Encoding::Utf8),
            (with_bom, Encoding::Utf8WithBom),
            (utf16(SAMPLE, false, true), Encoding::Utf16Le),
            (utf16(SAMPLE, true, true), Encoding::Utf16Be),
            (utf16(SAMPLE, false, false), Encoding::Utf16Le),
            (utf16(SAMPLE, true, false), Encoding::Utf16Be),
        ] {
            assert_eq!(detect(&bytes[..3]), encoding);
        }
        // Windows-1252 starts like UTF-8 ("{"): the browser tries UTF-8 strictly first.
        assert_eq!(detect(b"{\"f"), Encoding::Utf8);
        assert_eq!(detect(b""), Encoding::Utf8);
        assert_eq!(Encoding::Windows1252.label(), "windows-1252");
    }

    #[test]
    fn web_pages_are_not_settings_files() {
        assert!(is_web_page(Some("text/html; charset=utf-8"), "{}"));
        assert!(is_web_page(
            Some("application/octet-stream"),
            "\n <!DOCTYPE html><title>Not found</title>"
        ));
        assert!(is_web_page(None, "<html>"));
        assert!(!is_web_page(Some("application/json"), "{\"format\": 1}"));
    }

    #[test]
    fn forgives_comments_and_trailing_commas_on_their_lines() {
        let text = "{\n  // the trust's line\n  \"format\": 1, /* v1 */\n  \"contacts\": [\n    {\"name\": \"a\"},\n  ],\n}\n";
        let forgiven = forgive::<true>(text);
        assert_eq!(forgiven.text.len(), text.len());
        assert_eq!(forgiven.text.lines().count(), text.lines().count());
        let json = crate::json::Json::parse(&forgiven.text).expect("strict JSON now");
        assert_eq!(json.get("format").and_then(|f| f.as_u64()), Some(1));
        let slips: Vec<String> = forgiven.slips.iter().map(Note::to_string).collect();
        assert_eq!(slips.len(), 4, "{slips:?}");
        assert!(slips[0].starts_with("line 2: a comment (//)"));
        assert!(slips[1].starts_with("line 3: a comment (/* */)"));
        assert!(slips[2].starts_with("line 5: a comma before \"]\""));
        assert!(slips[3].starts_with("line 6: a comma before \"}\""));
    }

    #[test]
    fn leaves_strings_alone() {
        let text = r#"{"website": "https://example.nhs.uk/a,]", "note": "/* not a comment */ // nor this"}"#;
        let forgiven = forgive::<true>(text);
        assert!(forgiven.slips.is_empty());
        assert_eq!(forgiven.text, text);
    }

    #[test]
    fn knows_the_line_of_each_entry() {
        let text = "{\n \"format\": 1,\n \"hospital\": {\n  \"acuteOncologyLine\": {\"name\": \"x\"}\n },\n \"contacts\": [\n  {\"name\": \"a\"},\n  {\"name\": \"b\"}\n ]\n}";
        let forgiven = forgive::<true>(text);
        assert_eq!(forgiven.line_of("format"), Some(2));
        assert_eq!(forgiven.line_of("hospital.acuteOncologyLine"), Some(4));
        assert_eq!(forgiven.line_of("contacts[0]"), Some(7));
        assert_eq!(forgiven.line_of("contacts[1]"), Some(8));
        assert_eq!(forgiven.line_of("contacts[1].name"), Some(8));
    }
}
