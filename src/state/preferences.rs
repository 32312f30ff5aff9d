//! Display preferences: text size, colours and motion. Applied to the whole app through
//! attributes on `<html>` (`data-text-size`, `data-theme`, `data-motion`) that the CSS custom
//! properties follow. `public/apply-preferences.js` sets the same attributes from storage
//! before the first paint, so there is never a flash of the wrong size or colours.

pub use crate::content::kinds::{Motion, SettingId, TextSize, Theme};
use crate::json::{FromJson, Json, ToJson};

impl TextSize {
    pub const fn percent(self) -> u16 {
        match self {
            TextSize::Standard => 100,
            TextSize::Large => 125,
            TextSize::Larger => 150,
            TextSize::VeryLarge => 175,
            TextSize::Largest => 200,
        }
    }
}

impl From<TextSize> for u16 {
    fn from(size: TextSize) -> u16 {
        size.percent()
    }
}

impl TryFrom<u16> for TextSize {
    type Error = String;
    fn try_from(percent: u16) -> Result<Self, Self::Error> {
        TextSize::ALL
            .into_iter()
            .find(|s| s.percent() == percent)
            .ok_or_else(|| format!("no text size of {percent}%"))
    }
}

impl Preferences {
    /// The answer code of a settings question (see `content::settings_page`).
    pub fn get(&self, id: SettingId) -> &'static str {
        match id {
            SettingId::TextSize => self.text_size.code(),
            SettingId::Theme => self.theme.code(),
            SettingId::Motion => self.motion.code(),
        }
    }

    /// Sets a settings question's answer from its code; unknown codes change nothing.
    pub fn set(&mut self, id: SettingId, code: &str) {
        // Chosen here, so a value a newer version saved in this field is no longer kept.
        self.unknown.settle(match id {
            SettingId::TextSize => "text_size",
            SettingId::Theme => "theme",
            SettingId::Motion => "motion",
        });
        match id {
            SettingId::TextSize => {
                self.text_size = TextSize::from_code(code).unwrap_or(self.text_size)
            }
            SettingId::Theme => self.theme = Theme::from_code(code).unwrap_or(self.theme),
            SettingId::Motion => self.motion = Motion::from_code(code).unwrap_or(self.motion),
        }
    }
}

/// Everything on the settings page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preferences {
    pub text_size: TextSize,
    pub theme: Theme,
    pub motion: Motion,
    /// Settings a newer version of the guide saved here: kept and written back, never shown.
    pub unknown: crate::json::Unknown,
}

impl Preferences {
    /// The attributes to set on `<html>`; `None` removes the attribute (the default look).
    /// `public/apply-preferences.js` must produce the same for the same stored value.
    pub fn html_attributes(&self) -> [(&'static str, Option<String>); 3] {
        [
            (
                crate::contracts::TEXT_SIZE_ATTRIBUTE,
                (self.text_size != TextSize::Standard).then(|| self.text_size.code().to_string()),
            ),
            (
                crate::contracts::THEME_ATTRIBUTE,
                (self.theme != Theme::System).then(|| self.theme.code().to_string()),
            ),
            (
                crate::contracts::MOTION_ATTRIBUTE,
                (self.motion == Motion::Reduce).then(|| self.motion.code().to_string()),
            ),
        ]
    }
}

/// Sets the preference attributes on `<html>`.
#[cfg(target_arch = "wasm32")]
pub fn apply(preferences: &Preferences) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    for (name, value) in preferences.html_attributes() {
        let _ = match value {
            Some(value) => root.set_attribute(name, &value),
            None => root.remove_attribute(name),
        };
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn apply(_preferences: &Preferences) {}

// Stored as {"text_size":150,"theme":"dark","motion":"reduce"}: the names the first version
// used, which `public/apply-preferences.js` reads too.
crate::json_object!(Preferences {
    text_size,
    theme,
    motion;
    unknown: unknown
});

impl ToJson for TextSize {
    fn to_json(&self) -> Json {
        Json::Number(i64::from(self.percent()))
    }
}

impl FromJson for TextSize {
    fn from_json(value: &Json) -> Option<TextSize> {
        let percent = u16::try_from(value.as_u64()?).ok()?;
        TextSize::try_from(percent).ok()
    }

    /// Any other whole number: a size a newer version offers.
    fn may_be_newer(value: &Json) -> bool {
        value.as_u64().is_some()
    }
}

crate::json_by_code!(Theme, |t: &Theme| t.code(), Theme::from_code);
crate::json_by_code!(Motion, |m: &Motion| m.code(), Motion::from_code);

/// Format 1 is the first: nothing older to migrate (see `storage::Migrate`).
impl crate::state::storage::Migrate for Preferences {}

impl crate::domain::merge::Merge for Preferences {
    /// Each setting on its own (`crate::domain::merge`): a text size chosen in one tab and
    /// colours in another are both kept.
    fn merge(base: &Self, ours: &Self, theirs: &Self) -> Self {
        use crate::domain::merge::field;
        Preferences {
            text_size: field(&base.text_size, &ours.text_size, &theirs.text_size),
            theme: field(&base.theme, &ours.theme, &theirs.theme),
            motion: field(&base.motion, &ours.motion, &theirs.motion),
            unknown: field(&base.unknown, &ours.unknown, &theirs.unknown),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::storage::{decode, encode, Loaded};

    #[test]
    fn round_trips_in_the_shape_the_pre_paint_script_reads() {
        let prefs = Preferences {
            text_size: TextSize::Largest,
            theme: Theme::HighContrast,
            motion: Motion::Reduce,
            ..Preferences::default()
        };
        let text = encode(&prefs, 1);
        assert_eq!(
            text,
            r#"{"format":1,"data":{"text_size":200,"theme":"high-contrast","motion":"reduce"}}"#
        );
        assert_eq!(decode(&text, 1), Loaded::Found(prefs));
    }

    #[test]
    fn values_of_the_wrong_kind_are_unreadable_not_a_panic() {
        let loaded: Loaded<Preferences> = decode(r#"{"format":1,"data":{"text_size":"big"}}"#, 1);
        assert!(matches!(loaded, Loaded::Unreadable { .. }));
    }

    #[test]
    fn a_newer_versions_values_are_kept_until_the_person_chooses_here() {
        let saved = r#"{"format":1,"data":{"text_size":130,"theme":"sepia","motion":"reduce"}}"#;
        let Loaded::Found(mut prefs) = decode::<Preferences>(saved, 1) else {
            panic!("a newer size and theme must not make the settings unreadable");
        };
        assert_eq!(
            prefs.text_size,
            TextSize::default(),
            "shown as this version's default"
        );
        assert_eq!(prefs.theme, Theme::default());
        assert_eq!(prefs.motion, Motion::Reduce);
        assert_eq!(encode(&prefs, 1), saved, "written back as they were");
        prefs.set(SettingId::Theme, Theme::default().code());
        assert_eq!(
            encode(&prefs, 1),
            r#"{"format":1,"data":{"text_size":130,"theme":"system","motion":"reduce"}}"#,
            "the person's own choice replaces it, even where it equals the default"
        );
    }

    #[test]
    fn every_settings_option_round_trips() {
        use crate::content::settings_page::{MOTION, TEXT_SIZE, THEME};
        for question in [TEXT_SIZE, THEME, MOTION] {
            for (code, _) in question.options {
                let mut prefs = Preferences::default();
                prefs.set(question.id, code);
                assert_eq!(prefs.get(question.id), *code);
            }
        }
    }

    #[test]
    fn defaults_set_no_attributes() {
        assert!(Preferences::default()
            .html_attributes()
            .iter()
            .all(|(_, v)| v.is_none()));
        let big = Preferences {
            text_size: TextSize::Larger,
            ..Preferences::default()
        };
        assert_eq!(big.html_attributes()[0].1.as_deref(), Some("150"));
    }
}
