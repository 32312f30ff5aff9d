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
    /// Breast care nurses and other hospital contacts.
    pub contacts: Vec<DeployedContact>,
    pub groups: Vec<DeployedGroup>,
    /// Where "Report a mistake" goes; hidden when not set.
    pub feedback_email: Option<String>,
    /// `"offline": false` switches the service worker off for this deployment.
    pub offline: bool,
    /// Entries skipped or changed, for "About this deployment".
    pub warnings: Vec<String>,
}

impl Default for Deployment {
    fn default() -> Self {
        Deployment {
            hospital_name: None,
            acute_line: None,
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
    /// The file could not be used at all; the reason, in words for the hospital's web team.
    Malformed(String),
}

impl ConfigState {
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

fn contact(value: &Value, place: &str, warnings: &mut Vec<String>) -> Option<DeployedContact> {
    let Some(name) = text(value, "name") else {
        warnings.push(format!("{place}: skipped, it has no \"name\""));
        return None;
    };
    let Some(phone) = text(value, "phone") else {
        warnings.push(format!("{place} ({name}): skipped, it has no \"phone\""));
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
            warnings.push(format!(
                "{place} ({name}): skipped, phone \"{phone}\" is not a UK number ({})",
                error.message()
            ));
            None
        }
    }
}

fn group(value: &Value, place: &str, warnings: &mut Vec<String>) -> Option<DeployedGroup> {
    let (Some(name), Some(description)) = (text(value, "name"), text(value, "description")) else {
        warnings.push(format!(
            "{place}: skipped, it needs a \"name\" and a \"description\""
        ));
        return None;
    };
    let phone = text(value, "phone").and_then(|phone| match parse_uk_phone(&phone) {
        Ok(parsed) => Some((phone, parsed.tel)),
        Err(_) => {
            warnings.push(format!(
                "{place} ({name}): phone \"{phone}\" left out, it is not a UK number"
            ));
            None
        }
    });
    let website = text(value, "website").and_then(|url| {
        if url.starts_with("https://") || url.starts_with("http://") {
            Some(url)
        } else {
            warnings.push(format!(
                "{place} ({name}): website \"{url}\" left out, it must start with https://"
            ));
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
                        warnings.push(format!(
                            "{place} ({name}): unknown category \"{code}\" ignored"
                        ));
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

fn list<'a>(root: &'a Value, field: &str, warnings: &mut Vec<String>) -> &'a [Value] {
    match root.get(field) {
        None | Some(Value::Null) => &[],
        Some(Value::Array(items)) => items,
        Some(_) => {
            warnings.push(format!("\"{field}\" ignored: it must be a list"));
            &[]
        }
    }
}

/// Reads a settings file. `Err` only when nothing in it can be used.
pub fn parse_config(json: &str) -> Result<Deployment, String> {
    let root = Value::parse(json).map_err(|e| format!("it is not valid JSON ({e})"))?;
    if !root.is_object() {
        return Err("it must be a JSON object, like the example file".into());
    }
    match root.get("format").and_then(Value::as_u64) {
        Some(CONFIG_FORMAT) => {}
        Some(other) => {
            return Err(format!(
                "it is format {other}; this version reads format {CONFIG_FORMAT}"
            ))
        }
        None => return Err(format!("it has no \"format\": {CONFIG_FORMAT}")),
    }
    let mut warnings = Vec::new();
    let hospital = root.get("hospital");
    let hospital_name = hospital.and_then(|h| text(h, "name"));
    let acute_line = hospital
        .and_then(|h| h.get("acuteOncologyLine"))
        .and_then(|line| contact(line, "hospital.acuteOncologyLine", &mut warnings));
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
        acute_line,
        contacts,
        groups,
        feedback_email: text(&root, "feedbackEmail").filter(|e| e.contains('@')),
        offline: root.get("offline").and_then(Value::as_bool).unwrap_or(true),
        warnings,
    })
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
}
