//! Hospital settings without a rebuild: a hospital puts `sbc-guide-config.json` beside
//! `index.html` (format: `public/sbc-guide-config.example.json`, documented in the README). The
//! app reads it at start. A missing file is normal. A malformed file is reported (console and
//! the support page's "About this deployment") and the app carries on with what it has; one bad
//! entry is skipped with a warning, not the whole file.
//!
//! The warnings and reasons are written here, not in `content/words.toml`: they are for the
//! hospital's web team, name the file's JSON fields, and change only when this reader does
//! (docs/DEPLOYMENT.md lists them). Words a patient reads come from the content files.

use crate::content::directory::Category;
use crate::content::words;
use crate::domain::contacts::parse_uk_phone;
use crate::domain::settings_text::{
    forgive, is_web_page, line_at, note, Decoded, Encoding, Forgiven, Note,
};
use crate::json::Json as Value;

/// The file's name, next to `index.html`.
pub const CONFIG_FILE: &str = "sbc-guide-config.json";
/// The only format this version reads.
pub const CONFIG_FORMAT: u64 = 1;

/// A phone contact set by the hospital.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeployedContact {
    pub name: String,
    pub role: String,
    /// As the hospital wrote it.
    pub phone: String,
    pub tel: String,
    pub notes: String,
}

/// A local service or support group set by the hospital; joins the directory and its search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeployedGroup {
    pub name: String,
    pub description: String,
    pub phone: Option<(String, String)>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub categories: Vec<Category>,
}

/// What a hospital's settings file gave us.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deployment {
    pub hospital_name: Option<String>,
    /// The hospital's 24-hour acute oncology line: shown with 999 and 111.
    pub acute_line: Option<DeployedContact>,
    /// The file names a 24-hour line that could not be used (no name, no phone, not a UK
    /// number, or a number already shown such as 999): urgent help says the hospital's number
    /// could not be loaded rather than leave it out without a word.
    pub acute_line_refused: bool,
    /// Breast care nurses and other hospital contacts.
    pub contacts: Vec<DeployedContact>,
    pub groups: Vec<DeployedGroup>,
    /// Where "Report a mistake" goes; hidden when not set.
    pub feedback_email: Option<String>,
    /// `"offline": false` switches the service worker off for this deployment.
    pub offline: bool,
    /// What was forgiven (the encoding, hand-editing slips) and entries skipped or changed,
    /// each on its line, for "About this deployment" and the settings check page.
    pub warnings: Vec<Note>,
}

impl Default for Deployment {
    fn default() -> Self {
        Deployment {
            hospital_name: None,
            acute_line: None,
            acute_line_refused: false,
            contacts: Vec::new(),
            groups: Vec::new(),
            feedback_email: None,
            offline: true,
            warnings: Vec::new(),
        }
    }
}

impl ConfigState {
    /// The hospital's 24-hour line, named with the hospital ("Example Trust: 24-hour acute
    /// oncology line"), for `crate::domain::urgent::urgent_lines`.
    pub fn acute_line(&self) -> Option<crate::domain::urgent::GivenLine> {
        let ConfigState::Loaded(d) = self else {
            return None;
        };
        let line = d.acute_line.as_ref()?;
        let name = match &d.hospital_name {
            Some(hospital) if !hospital.is_empty() => {
                let named = words::fill(words::urgent_numbers::HOSPITAL_LINE, "hospital", hospital);
                words::fill(&named, "name", &line.name)
            }
            _ => line.name.clone(),
        };
        Some(crate::domain::urgent::GivenLine {
            name,
            phone: line.phone.clone(),
            tel: line.tel.clone(),
            applies: crate::domain::urgent::Applies::NotSaid,
        })
    }
}

/// Where reading the settings file got to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum ConfigState {
    #[default]
    Loading,
    /// No settings file: the normal case for the public site.
    Absent,
    Loaded(Box<Deployment>),
    /// The file could not be used at all; the reason, in words for the hospital's web team,
    /// with its line when it has one.
    Malformed(Note),
}

impl ConfigState {
    /// True when the hospital's 24-hour line should be here but is not: the file could not be
    /// read at all, or it names a line that could not be used.
    pub fn hospital_line_not_loaded(&self) -> bool {
        match self {
            ConfigState::Malformed(_) => true,
            ConfigState::Loaded(d) => d.acute_line_refused,
            _ => false,
        }
    }

    /// The hospital's line for the urgent numbers: given, absent, or there but not usable.
    pub fn hospital_line(&self) -> crate::domain::urgent::HospitalLine {
        use crate::domain::urgent::HospitalLine;
        match self.acute_line() {
            Some(line) => HospitalLine::Given(line),
            None if self.hospital_line_not_loaded() => HospitalLine::NotLoaded,
            None => HospitalLine::Absent,
        }
    }

    /// The hospital's name and the contacts it gave, when it gave any (shown on the support
    /// page and the care team page).
    pub fn hospital_contacts(&self) -> Option<(String, Vec<DeployedContact>)> {
        match self {
            ConfigState::Loaded(d) if !d.contacts.is_empty() => Some((
                d.hospital_name
                    .clone()
                    .unwrap_or_else(|| words::urgent_numbers::YOUR_HOSPITAL.into()),
                d.contacts.clone(),
            )),
            _ => None,
        }
    }
}

fn text(value: &Value, field: &str) -> Option<String> {
    value
        .get(field)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.chars().take(500).collect())
}

/// The notes made while reading, each put on the line of the entry it is about. Without
/// `NOTES` nothing is noted, and the notes' words are not compiled in.
struct Warnings<'a, const NOTES: bool> {
    notes: Vec<Note>,
    /// Notes past `settings_text::MOST_NOTES`, counted, not kept.
    more: usize,
    forgiven: &'a Forgiven,
}

impl<const NOTES: bool> Warnings<'_, NOTES> {
    /// A note about the entry at `place` (its path: `contacts[1]`), or its `field` when not
    /// empty, whose text starts with it.
    fn add(&mut self, place: &str, field: &str, text: impl FnOnce() -> String) {
        if NOTES {
            // The line is looked up only for a note that is kept: the look-up is a search.
            let forgiven = self.forgiven;
            note(&mut self.notes, &mut self.more, || {
                let line = if field.is_empty() {
                    forgiven.line_of(place)
                } else {
                    forgiven.line_of(&format!("{place}.{field}"))
                };
                Note::on(line, text())
            });
        }
    }
}

fn contact<const NOTES: bool>(
    value: &Value,
    place: &str,
    warnings: &mut Warnings<NOTES>,
) -> Option<DeployedContact> {
    let Some(name) = text(value, "name") else {
        warnings.add(place, "", || {
            format!("{place}: skipped, it has no \"name\"")
        });
        return None;
    };
    let Some(phone) = text(value, "phone") else {
        warnings.add(place, "", || {
            format!("{place} ({name}): skipped, it has no \"phone\"")
        });
        return None;
    };
    match parse_uk_phone(&phone) {
        Ok(parsed) => Some(DeployedContact {
            name,
            role: text(value, "role").unwrap_or_default(),
            phone,
            tel: parsed.tel,
            notes: text(value, "notes").unwrap_or_default(),
        }),
        Err(error) => {
            warnings.add(place, "phone", || {
                format!(
                    "{place} ({name}): skipped, phone \"{phone}\" is not a UK number ({})",
                    error.message()
                )
            });
            None
        }
    }
}

fn group<const NOTES: bool>(
    value: &Value,
    place: &str,
    warnings: &mut Warnings<NOTES>,
) -> Option<DeployedGroup> {
    let (Some(name), Some(description)) = (text(value, "name"), text(value, "description")) else {
        warnings.add(place, "", || {
            format!("{place}: skipped, it needs a \"name\" and a \"description\"")
        });
        return None;
    };
    let phone = text(value, "phone").and_then(|phone| match parse_uk_phone(&phone) {
        Ok(parsed) => Some((phone, parsed.tel)),
        Err(_) => {
            warnings.add(place, "phone", || {
                format!("{place} ({name}): phone \"{phone}\" left out, it is not a UK number")
            });
            None
        }
    });
    let website = text(value, "website").and_then(|url| {
        if url.starts_with("https://") || url.starts_with("http://") {
            Some(url)
        } else {
            warnings.add(place, "website", || {
                format!("{place} ({name}): website \"{url}\" left out, it must start with https://")
            });
            None
        }
    });
    let categories = value
        .get("categories")
        .and_then(Value::as_array)
        .map(|codes| {
            codes
                .iter()
                .filter_map(|code| {
                    let code = code.as_str().unwrap_or_default();
                    let category = Category::from_code(code);
                    if category.is_none() {
                        warnings.add(place, "categories", || {
                            format!(
                                "{place} ({name}): unknown category \"{code}\" ignored (use one of {})",
                                Category::CODES.join(", ")
                            )
                        });
                    }
                    category
                })
                .collect()
        })
        .unwrap_or_default();
    Some(DeployedGroup {
        name,
        description,
        phone,
        website,
        email: text(value, "email").filter(|e| e.contains('@')),
        categories,
    })
}

fn list<'a, const NOTES: bool>(
    root: &'a Value,
    field: &str,
    warnings: &mut Warnings<NOTES>,
) -> &'a [Value] {
    match root.get(field) {
        None | Some(Value::Null) => &[],
        Some(Value::Array(items)) => items,
        Some(_) => {
            warnings.add(field, "", || {
                format!("\"{field}\" ignored: it must be a list")
            });
            &[]
        }
    }
}

/// Where the hospital's 24-hour line is in the file, as notes name it.
const ACUTE_LINE_PLACE: &str = "hospital.acuteOncologyLine";

/// Reads a settings file's text. The slips of hand-edited JSON (comments, a comma after the
/// last item) are forgiven with a note each; an entry with a mistake is skipped with a note.
/// `Err` only when nothing in it can be used: the reason, on its line when it has one.
pub fn parse_config(json: &str) -> Result<Deployment, Note> {
    parse_config_noting::<true>(json)
}

/// `parse_config`, with the notes only when `NOTES`: pages that only use the file (every page
/// but settings) read it without them, so their words stay out of those pages' wasm.
pub fn parse_config_noting<const NOTES: bool>(json: &str) -> Result<Deployment, Note> {
    if json.trim().is_empty() {
        return Err(Note::on(
            None,
            "the file is empty: start from the example file",
        ));
    }
    let mut forgiven = forgive::<NOTES>(json);
    let root = Value::parse_located(&forgiven.text).map_err(|(what, at)| {
        let line = line_at(&forgiven.text, at);
        // Word and Outlook turn " into “ ”, which JSON does not accept: the usual cause, named.
        // Only where the notes are read (the settings pages): the other pages' wasm stays small.
        let curly = NOTES
            && forgiven
            .text
            .lines()
            .nth(line.saturating_sub(1) as usize)
            .is_some_and(|l| l.contains(['\u{201c}', '\u{201d}']));
        let hint = if curly {
            ": it has curly quotes (\u{201c} \u{201d}), which JSON does not accept; type straight quotes (\") in a plain text editor such as Notepad"
        } else {
            ""
        };
        Note::on(
            Some(line),
            format!("it is not valid JSON ({what}){hint}"),
        )
    })?;
    if !root.is_object() {
        return Err(Note::on(
            None,
            "it must be a JSON object, like the example file",
        ));
    }
    // "format": "1" in quotes is a slip, forgiven with a note below; any other value is not.
    // Read the same way on every page (only the note is for the settings pages).
    let format_in_quotes = root
        .get("format")
        .and_then(Value::as_str)
        .is_some_and(|f| f.trim() == CONFIG_FORMAT.to_string());
    match root.get("format").map(Value::as_u64) {
        _ if format_in_quotes => {}
        Some(Some(CONFIG_FORMAT)) => {}
        Some(Some(other)) => {
            return Err(Note::on(
                forgiven.line_of("format"),
                format!("it is format {other}; this version reads format {CONFIG_FORMAT}"),
            ))
        }
        Some(None) if NOTES => {
            return Err(Note::on(
                forgiven.line_of("format"),
                format!(
                    "\"format\" must be the number {CONFIG_FORMAT}: \"format\": {CONFIG_FORMAT}"
                ),
            ))
        }
        _ => {
            return Err(Note::on(
                None,
                format!("it has no \"format\": {CONFIG_FORMAT}"),
            ))
        }
    }
    let mut warnings = Warnings::<NOTES> {
        notes: std::mem::take(&mut forgiven.slips),
        more: forgiven.more,
        forgiven: &forgiven,
    };
    if format_in_quotes {
        warnings.add("format", "", || {
            format!("\"format\" is in quotes; it was read as {CONFIG_FORMAT}, but write it as a number: \"format\": {CONFIG_FORMAT}")
        });
    }
    let hospital = root.get("hospital");
    let hospital_name = hospital.and_then(|h| text(h, "name"));
    let given_line = hospital
        .and_then(|h| h.get("acuteOncologyLine"))
        .filter(|line| !matches!(line, Value::Null));
    if NOTES && given_line.is_some_and(|line| text(line, "notes").is_some()) {
        warnings.add(ACUTE_LINE_PLACE, "notes", || {
            format!("{ACUTE_LINE_PLACE}: \"notes\" is not shown for the 24-hour line, only for contacts")
        });
    }
    let acute_line = given_line
        .and_then(|line| contact(line, ACUTE_LINE_PLACE, &mut warnings))
        .filter(|line| {
            // 999, 111 and the like are on every page already; the hospital's own line is a
            // full UK number (hospital-line.js asks the same).
            let own = line.tel.starts_with("+44");
            if !own {
                warnings.add(ACUTE_LINE_PLACE, "phone", || {
                    format!(
                        "{ACUTE_LINE_PLACE} ({}): skipped, \"{}\" is already shown with the urgent numbers; give the hospital's own 24-hour number",
                        line.name, line.phone
                    )
                });
            }
            own
        });
    let contacts = list(&root, "contacts", &mut warnings)
        .iter()
        .enumerate()
        .filter_map(|(i, c)| contact(c, &format!("contacts[{i}]"), &mut warnings))
        .collect();
    let groups = list(&root, "supportGroups", &mut warnings)
        .iter()
        .enumerate()
        .filter_map(|(i, g)| group(g, &format!("supportGroups[{i}]"), &mut warnings))
        .collect();
    Ok(Deployment {
        hospital_name,
        acute_line_refused: given_line.is_some() && acute_line.is_none(),
        acute_line,
        contacts,
        groups,
        feedback_email: text(&root, "feedbackEmail").filter(|e| e.contains('@')),
        offline: root.get("offline").and_then(Value::as_bool).unwrap_or(true),
        warnings: {
            let mut notes = warnings.notes;
            // In the file's order, as the web team reads it; notes about the whole file first.
            if NOTES {
                notes.sort_by_key(|n| n.line);
            }
            if NOTES && warnings.more > 0 {
                notes.push(Note::on(
                    None,
                    format!("{} more notes like these are not listed: put right the ones above and check again", warnings.more),
                ));
            }
            notes
        },
    })
}

/// The server's answer for the settings file, as the browser got it.
#[derive(Clone, Copy, Debug)]
pub struct SettingsAnswer<'a> {
    /// The HTTP status.
    pub status: u16,
    /// The `Content-Type` header, when there was one.
    pub content_type: Option<&'a str>,
    /// The body as text, and how it was written (decoded by the browser's `TextDecoder` as
    /// `settings_text::detect` says).
    pub body: &'a Decoded,
    /// When the offline copy answered with the last copy of the file that worked because the
    /// server's file cannot be used: the date that copy was read, `YYYY-MM-DD`, or empty when
    /// it is not known (`contracts::SETTINGS_KEPT_HEADER`).
    pub kept: Option<&'a str>,
}

/// What follows when the server's answer is taken as no file and no kept copy stands in.
pub const TAKEN_AS_ABSENT_SO: &str = "so the guide runs as if there were none";

/// What reading the settings file came to, and what the settings check page shows about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingsReading {
    pub state: ConfigState,
    /// How the bytes were written, when there was a file to decode.
    pub encoding: Option<Encoding>,
    /// Why an answer was taken as "no settings file" when the server did send something (a
    /// web page in its place); said only when reading with notes. Only the cause: what follows
    /// from it depends on whether the offline copy kept a copy that worked
    /// ([`TAKEN_AS_ABSENT_SO`]).
    pub taken_as_absent: Option<String>,
    /// The offline copy's last copy that worked was read, as the server's file cannot be used:
    /// the date it was read (`SettingsAnswer::kept`).
    pub kept: Option<String>,
}

/// Reads the server's answer for the settings file, whatever tool saved it: any encoding
/// (`settings_text::detect`; Windows-1252 is read with a note, as "£" or "é" may be wrong), a
/// web page in its place as no file, hand-editing slips forgiven with a note.
pub fn read_settings<const NOTES: bool>(answer: SettingsAnswer) -> SettingsReading {
    let absent = |why: Option<String>| SettingsReading {
        state: ConfigState::Absent,
        encoding: None,
        taken_as_absent: why,
        kept: None,
    };
    match answer.status {
        // 204: the offline copy answers so for the server's 404 (src/sw-body.js), which spares
        // every page's console an error for a file that is normal to lack.
        404 | 410 | 204 => return absent(None),
        200..=299 => {}
        other => {
            let why = if other == 0 {
                format!("no answer came for {CONFIG_FILE}: the device is offline, or the request was blocked (a proxy, or a sandboxed frame without Access-Control-Allow-Origin)")
            } else {
                format!("the server answered {other} for {CONFIG_FILE}")
            };
            return SettingsReading {
                state: ConfigState::Malformed(Note::on(None, why)),
                encoding: None,
                taken_as_absent: None,
                kept: None,
            };
        }
    }
    let decoded = answer.body;
    if is_web_page(answer.content_type, &decoded.text) {
        return absent(NOTES.then(|| {
            let sent = answer.content_type.unwrap_or("no Content-Type");
            let what = if is_web_page(answer.content_type, "") {
                format!("a web page ({sent})")
            } else {
                format!("what looks like a web page (it starts with \"<\", though sent as {sent})")
            };
            format!("the server answered with {what}, not a settings file")
        }));
    }
    let state = match parse_config_noting::<NOTES>(&decoded.text) {
        Ok(mut deployment) => {
            if let (true, Some(read_on)) = (NOTES, answer.kept) {
                deployment.warnings.insert(0, kept_note(read_on));
            }
            if NOTES && decoded.encoding == Encoding::Windows1252 {
                deployment.warnings.insert(
                    0,
                    Note::on(
                        None,
                        "the file is not saved as UTF-8, so it was read as Windows-1252 (\"ANSI\"): check that \u{a3} signs and accented letters look right here, and save it as UTF-8",
                    ),
                );
            }
            ConfigState::Loaded(Box::new(deployment))
        }
        Err(reason) => ConfigState::Malformed(reason),
    };
    SettingsReading {
        kept: answer
            .kept
            .filter(|_| matches!(state, ConfigState::Loaded(_)))
            .map(str::to_string),
        state,
        encoding: Some(decoded.encoding),
        taken_as_absent: None,
    }
}

/// Says that the guide uses the last copy of the settings file that worked, read on `read_on`
/// (`YYYY-MM-DD`, or anything else when not known), as the server's file cannot be used now.
pub fn kept_note(read_on: &str) -> Note {
    let when = kept_when(read_on);
    Note::on(
        None,
        format!("{CONFIG_FILE} on the server cannot be used now, so the guide uses the copy it read {when}, kept on this device: open \"Check this deployment\" to see what is wrong with the server's file"),
    )
}

/// When a kept copy was read, for a sentence: "on 30 November 2026", or "earlier" when the
/// date (`YYYY-MM-DD`) is not known.
pub fn kept_when(read_on: &str) -> String {
    crate::content::Date::from_iso(read_on).map_or_else(
        || "earlier".to_string(),
        |date| format!("on {}", date.long()),
    )
}

/// A file the offline copy could not keep, as the service worker reports it
/// (`contracts::OFFLINE_REPORT`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FailedFile {
    /// Its address under the guide's root, as in the worker's lists (`icon-192.png`).
    pub file: String,
    /// The server's HTTP status; 0 when there was no answer at all.
    pub status: u32,
    /// A page, script, wasm bundle or stylesheet: without it the new version is not used.
    pub required: bool,
}

/// What the offline copy could not keep at its last install (none when there is no report).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OfflineReport {
    /// The build the worker was installing.
    pub build: String,
    pub failed: Vec<FailedFile>,
}

crate::json_object!(FailedFile {
    file,
    status,
    required
});
crate::json_object!(OfflineReport { build, failed });

impl OfflineReport {
    /// Reads the worker's report; `None` for anything that is not one.
    pub fn parse(text: &str) -> Option<OfflineReport> {
        crate::json::FromJson::from_json(&crate::json::Json::parse(text).ok()?)
    }

    /// True when a required file was missing (so this version is not the one kept offline).
    pub fn missed_required(&self) -> bool {
        self.failed.iter().any(|f| f.required)
    }

    /// True when another version than the one this report is about is kept on this device
    /// (`kept_builds` as in [`OfflineStatus`]), so it stays in use when this one cannot; false
    /// on a first install, when there is nothing to fall back to.
    pub fn earlier_version_kept(&self, kept_builds: &[String]) -> bool {
        kept_builds.iter().any(|b| *b != self.build)
    }
}

#[cfg(test)]
mod offline_report_tests {
    use super::*;

    #[test]
    fn reads_the_workers_report() {
        let text = r#"{"build":"b1","failed":[{"file":"icon-192.png","status":404,"required":false},{"file":"app-1.css","status":0,"required":true}]}"#;
        let report = OfflineReport::parse(text).unwrap();
        assert_eq!(report.build, "b1");
        assert_eq!(report.failed.len(), 2);
        assert_eq!(report.failed[0].status, 404);
        assert!(report.missed_required());
        assert!(OfflineReport::parse("<html>").is_none());
    }

    #[test]
    fn an_earlier_version_is_one_other_than_the_failed_install() {
        let report = OfflineReport {
            build: "b2".into(),
            failed: Vec::new(),
        };
        assert!(!report.earlier_version_kept(&[]));
        assert!(!report.earlier_version_kept(&["b2".into()]));
        assert!(report.earlier_version_kept(&["b1".into()]));
    }

    #[test]
    fn the_offline_copy_is_described_by_what_stops_it() {
        let status = |possible, installed, controls_page| OfflineStatus {
            possible,
            installed,
            controls_page,
            kept_builds: Vec::new(),
        };
        use OfflineVerdict::*;
        let cases = [
            (true, status(true, true, true), 200, SwitchedOff),
            (false, status(false, false, false), 200, NotPossible),
            (false, status(true, true, true), 200, Installed),
            (
                false,
                status(true, true, false),
                200,
                InstalledNotControlling,
            ),
            // Not installed: "still downloading" only when the server sends the worker.
            (false, status(true, false, false), 200, Installing),
            (false, status(true, false, false), 404, NoWorker(404)),
            (false, status(true, false, false), 0, NoWorker(0)),
            // A worker installed earlier keeps working though the server's sw.js is gone, but
            // no update can reach it: said.
            (false, status(true, true, true), 404, InstalledNoWorker(404)),
            (false, status(true, true, false), 0, InstalledNoWorker(0)),
        ];
        for (switched_off, status, worker, expected) in cases {
            assert_eq!(
                status.verdict(switched_off, worker),
                expected,
                "{status:?} {worker}"
            );
        }
    }
}

/// The `Content-Type`s a server may send for `file` (a path in the build, `"guide/"` for a
/// page), the first being the one to set; docs/DEPLOYMENT.md's table lists the same (a test
/// compares them). Empty for an ending the guide does not ship.
pub fn expected_types(file: &str) -> &'static [&'static str] {
    let ending = match file.rsplit_once('.') {
        _ if file.ends_with('/') || file.is_empty() => "html",
        Some((_, ending)) if !ending.contains('/') => ending,
        _ => "",
    };
    match ending.to_ascii_lowercase().as_str() {
        "html" => &["text/html"],
        // Module scripts run only when served with a JavaScript type.
        "js" => &[
            "text/javascript",
            "application/javascript",
            "application/x-javascript",
        ],
        "css" => &["text/css"],
        "wasm" => &["application/wasm"],
        "webmanifest" => &["application/manifest+json", "application/json"],
        "json" => &["application/json"],
        "svg" => &["image/svg+xml"],
        "png" => &["image/png"],
        // deployment-guide.txt: any server sends it right, but the table names it too.
        "txt" => &["text/plain"],
        _ => &[],
    }
}

/// How a server answered for one file of the build.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileVerdict {
    /// Sent, with a right type.
    Right,
    /// Sent with a type browsers may refuse: the type to set instead.
    WrongType(&'static str),
    /// Not sent: the server's status (0 when there was no answer).
    Missing(u16),
}

/// Judges a server's answer (`status`, `Content-Type`) for `file`.
pub fn judge_file(file: &str, status: u16, content_type: Option<&str>) -> FileVerdict {
    if !(200..=299).contains(&status) {
        return FileVerdict::Missing(status);
    }
    let expected = expected_types(file);
    let essence = content_type
        .and_then(|t| t.split(';').next())
        .map(|t| t.trim().to_ascii_lowercase())
        .unwrap_or_default();
    match expected.first() {
        Some(first) if !expected.contains(&essence.as_str()) => FileVerdict::WrongType(first),
        _ => FileVerdict::Right,
    }
}

/// The files of the offline copy as the service worker lists them (its `REQUIRED` and
/// `OPTIONAL` lists, which sitegen writes as JSON after `contracts::SW_REQUIRED_LIST` and
/// `SW_OPTIONAL_LIST`): each with whether it is required. `None` when `sw_text` is not the
/// guide's worker.
pub fn precache_files(sw_text: &str) -> Option<Vec<(String, bool)>> {
    use crate::contracts::{SW_OPTIONAL_LIST, SW_REQUIRED_LIST};
    let list = |marker: &str| -> Option<Vec<String>> {
        let start = sw_text.find(marker)? + marker.len();
        let end = start + sw_text[start..].find("];")? + 1;
        let json = Value::parse(&sw_text[start..end]).ok()?;
        json.as_array()?
            .iter()
            .map(|v| v.as_str().map(str::to_string))
            .collect()
    };
    let required = list(SW_REQUIRED_LIST)?;
    let optional = list(SW_OPTIONAL_LIST)?;
    Some(
        required
            .into_iter()
            .map(|f| (f, true))
            .chain(optional.into_iter().map(|f| (f, false)))
            .collect(),
    )
}

#[cfg(test)]
mod file_tests {
    use super::*;

    #[test]
    fn judges_types_by_ending() {
        assert_eq!(
            judge_file("guide/", 200, Some("text/html; charset=utf-8")),
            FileVerdict::Right
        );
        assert_eq!(
            judge_file("a_bg.wasm", 200, Some("application/wasm")),
            FileVerdict::Right
        );
        assert_eq!(
            judge_file("a_bg.wasm", 200, Some("application/octet-stream")),
            FileVerdict::WrongType("application/wasm")
        );
        assert_eq!(
            judge_file("boot-1.js", 200, None),
            FileVerdict::WrongType("text/javascript")
        );
        assert_eq!(
            judge_file("manifest.webmanifest", 404, None),
            FileVerdict::Missing(404)
        );
        assert_eq!(
            judge_file("app.CSS", 200, Some("TEXT/CSS")),
            FileVerdict::Right
        );
        assert_eq!(
            judge_file("app.css", 200, Some("text/plain")),
            FileVerdict::WrongType("text/css")
        );
        assert_eq!(judge_file("./", 200, Some("text/html")), FileVerdict::Right);
    }

    #[test]
    fn reads_the_workers_lists() {
        let sw = "const BUILD = \"b\";\nconst REQUIRED = [\n  \"./\",\n  \"app.css\"\n];\nconst OPTIONAL = [\n  \"icon.svg\"\n];\nself.addEventListener(\"install\", () => {});";
        assert_eq!(
            precache_files(sw),
            Some(vec![
                ("./".to_string(), true),
                ("app.css".to_string(), true),
                ("icon.svg".to_string(), false)
            ])
        );
        assert_eq!(precache_files("<html>"), None);
    }
}

/// Where the offline copy stands in this browser, for the settings check page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OfflineStatus {
    /// The browser can keep an offline copy here (a secure page, service workers allowed).
    pub possible: bool,
    /// A version is installed and running.
    pub installed: bool,
    /// That version answers for this page.
    pub controls_page: bool,
    /// The builds whose files are kept (`contracts::CACHE_PREFIX` taken off).
    pub kept_builds: Vec<String>,
}

/// What the settings check page says about the offline copy ([`OfflineStatus::verdict`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfflineVerdict {
    /// `"offline": false` in the settings file.
    SwitchedOff,
    /// No service workers here (not a secure page, or switched off by policy).
    NotPossible,
    /// Installed and answering for this page.
    Installed,
    /// Installed; it answers for pages opened from now on.
    InstalledNotControlling,
    /// Installed, but the server no longer sends the worker (its status; 0: no answer), so no
    /// update can reach the people who have it.
    InstalledNoWorker(u16),
    /// Not installed, and the server did not send the worker: its status (0: no answer).
    NoWorker(u16),
    /// Not installed yet, though the server sends the worker: it may still be downloading.
    Installing,
}

impl OfflineStatus {
    /// What to say about the offline copy. `switched_off`: the settings file says
    /// `"offline": false`; `worker_status`: the server's status for `sw.js` (0: no answer).
    pub fn verdict(&self, switched_off: bool, worker_status: u16) -> OfflineVerdict {
        if switched_off {
            OfflineVerdict::SwitchedOff
        } else if !self.possible {
            OfflineVerdict::NotPossible
        } else if self.installed && !(200..300).contains(&worker_status) {
            OfflineVerdict::InstalledNoWorker(worker_status)
        } else if self.installed && self.controls_page {
            OfflineVerdict::Installed
        } else if self.installed {
            OfflineVerdict::InstalledNotControlling
        } else if !(200..300).contains(&worker_status) {
            OfflineVerdict::NoWorker(worker_status)
        } else {
            OfflineVerdict::Installing
        }
    }
}

/// What the server sent for the settings file and what the guide made of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingsCheck {
    /// HTTP status; 0 when there was no answer.
    pub status: u16,
    pub content_type: Option<String>,
    /// The server's own file, as read (never the offline copy's kept one).
    pub reading: SettingsReading,
    /// When the server's file cannot be used and the guide uses the last copy that worked: the
    /// date that copy was read (`SettingsAnswer::kept`) and the copy, as read.
    pub in_use: Option<(String, Deployment)>,
}

/// One file of the build as the server answered for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileCheck {
    pub file: String,
    pub content_type: Option<String>,
    pub verdict: FileVerdict,
}

/// Everything the check found; `files` is `None` when the worker's list could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Findings {
    pub settings: SettingsCheck,
    pub files: Option<Vec<FileCheck>>,
    pub offline: OfflineStatus,
    /// The server's status for the service worker's file (0: no answer).
    pub worker_status: u16,
    /// The files the offline copy could not keep at its last install.
    pub report: Option<OfflineReport>,
}
