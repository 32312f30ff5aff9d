//! A small JSON reader and writer for what the guide saves, exports and reads from a hospital's
//! settings file.
//!
//! serde and serde_json cost every wasm bundle about 15 KB gzip (measured when this replaced
//! them: docs/decisions/0005-our-own-json.md) through their generic visitors, instantiated once
//! per type and per input; these few hundred lines of plain code do the same job for our
//! handful of types. Each stored type says how it becomes JSON
//! (`ToJson`) and how it is read back (`FromJson`), with serde's rules kept: a missing field
//! takes its default, an unknown one is ignored, and a field of the wrong kind makes the whole
//! value unreadable (so it is backed up, never half-read).

use std::collections::BTreeMap;

/// A JSON value. Objects keep their fields in order (export files stay readable).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A whole number. The guide writes no other kind; see `Fraction`.
    Number(i64),
    /// Any other number (a fraction, an exponent, or too big for an `i64`), kept as written.
    /// Floating-point reading and writing would cost every bundle about 20 KB of wasm, and no
    /// value the guide reads is one.
    Fraction(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// Parses a whole JSON text.
    pub fn parse(text: &str) -> Result<Json, String> {
        Json::parse_located(text).map_err(|(what, at)| format!("{what} at character {}", at + 1))
    }

    /// Parses a whole JSON text; an error is what was wrong and its byte offset in `text`
    /// (for a message that names the line).
    pub fn parse_located(text: &str) -> Result<Json, (String, usize)> {
        let mut parser = Parser {
            bytes: text.as_bytes(),
            at: 0,
            depth: 0,
        };
        parser.whole().map_err(|what| (what, parser.at))
    }

    /// The field `name` of an object.
    pub fn get(&self, name: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == name).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Json::Object(_))
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// A whole, non-negative number.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) => u64::try_from(*n).ok(),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// Compact text, as stored.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, None, 0);
        out
    }

    /// Indented text (two spaces), for files a person may open.
    pub fn to_pretty_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, Some(2), 0);
        out
    }

    fn write(&self, out: &mut String, indent: Option<usize>, level: usize) {
        let newline = |out: &mut String, level: usize| {
            if let Some(width) = indent {
                out.push('\n');
                out.extend(std::iter::repeat_n(' ', width * level));
            }
        };
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => out.push_str(&n.to_string()),
            Json::Fraction(text) => out.push_str(text),
            Json::String(s) => write_string(out, s),
            Json::Array(items) if items.is_empty() => out.push_str("[]"),
            Json::Object(fields) if fields.is_empty() => out.push_str("{}"),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, level + 1);
                    item.write(out, indent, level + 1);
                }
                newline(out, level);
                out.push(']');
            }
            Json::Object(fields) => {
                out.push('{');
                for (i, (name, value)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    newline(out, level + 1);
                    write_string(out, name);
                    out.push_str(if indent.is_some() { ": " } else { ":" });
                    value.write(out, indent, level + 1);
                }
                newline(out, level);
                out.push('}');
            }
        }
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Nesting deeper than this is refused rather than risking the stack on a hostile file.
const MAX_DEPTH: usize = 64;

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
    depth: usize,
}

impl Parser<'_> {
    /// What went wrong; where is `self.at`, which `Json::parse_located` reports with it.
    fn error(&self, what: &str) -> String {
        what.to_string()
    }

    fn whole(&mut self) -> Result<Json, String> {
        let value = self.value()?;
        self.space();
        if self.at != self.bytes.len() {
            return Err(self.error("unexpected text after the end"));
        }
        Ok(value)
    }

    fn space(&mut self) {
        while matches!(self.bytes.get(self.at), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.space();
        if self.bytes.get(self.at) == Some(&byte) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn word(&mut self, word: &str, value: Json) -> Result<Json, String> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("unexpected text"))
        }
    }

    fn value(&mut self) -> Result<Json, String> {
        self.space();
        match self.bytes.get(self.at) {
            None => Err(self.error("the text ends too soon")),
            Some(b'n') => self.word("null", Json::Null),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'"') => self.string().map(Json::String),
            Some(b'[') => self.nested(|p| {
                let mut items = Vec::new();
                if p.eat(b']') {
                    return Ok(Json::Array(items));
                }
                loop {
                    items.push(p.value()?);
                    if p.eat(b']') {
                        return Ok(Json::Array(items));
                    }
                    if !p.eat(b',') {
                        return Err(p.error("expected , or ]"));
                    }
                }
            }),
            Some(b'{') => self.nested(|p| {
                let mut fields = Vec::new();
                if p.eat(b'}') {
                    return Ok(Json::Object(fields));
                }
                loop {
                    p.space();
                    if p.bytes.get(p.at) != Some(&b'"') {
                        return Err(p.error("expected a field name"));
                    }
                    let name = p.string()?;
                    if !p.eat(b':') {
                        return Err(p.error("expected :"));
                    }
                    fields.push((name, p.value()?));
                    if p.eat(b'}') {
                        return Ok(Json::Object(fields));
                    }
                    if !p.eat(b',') {
                        return Err(p.error("expected , or }"));
                    }
                }
            }),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("unexpected character")),
        }
    }

    fn nested(
        &mut self,
        inner: impl FnOnce(&mut Self) -> Result<Json, String>,
    ) -> Result<Json, String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.at += 1;
        let value = inner(self);
        self.depth -= 1;
        value
    }

    fn number(&mut self) -> Result<Json, String> {
        let start = self.at;
        if self.bytes.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        let mut whole = true;
        let digits = |p: &mut Self| {
            let from = p.at;
            while p.bytes.get(p.at).is_some_and(u8::is_ascii_digit) {
                p.at += 1;
            }
            p.at > from
        };
        if !digits(self) {
            return Err(self.error("expected a digit"));
        }
        if self.bytes.get(self.at) == Some(&b'.') {
            whole = false;
            self.at += 1;
            if !digits(self) {
                return Err(self.error("expected a digit"));
            }
        }
        if matches!(self.bytes.get(self.at), Some(b'e' | b'E')) {
            whole = false;
            self.at += 1;
            if matches!(self.bytes.get(self.at), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !digits(self) {
                return Err(self.error("expected a digit"));
            }
        }
        // Only ASCII was consumed, so this slice is valid UTF-8.
        let text = std::str::from_utf8(&self.bytes[start..self.at]).unwrap_or("0");
        Ok(match text.parse() {
            Ok(n) if whole => Json::Number(n),
            _ => Json::Fraction(text.to_string()),
        })
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self
            .bytes
            .get(self.at..self.at + 4)
            .ok_or_else(|| self.error("the text ends too soon"))?;
        let mut value = 0;
        for d in digits {
            value = value * 16 + char::from(*d).to_digit(16).ok_or("a bad \\u escape")?;
        }
        self.at += 4;
        Ok(value)
    }

    fn string(&mut self) -> Result<String, String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let run_start = self.at;
            while let Some(&b) = self.bytes.get(self.at) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // The input is a &str and the run stops only at ASCII bytes, so it is whole UTF-8.
            out.push_str(std::str::from_utf8(&self.bytes[run_start..self.at]).unwrap_or(""));
            match self.bytes.get(self.at) {
                None => return Err(self.error("a text is not closed")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escape = self.bytes.get(self.at).copied();
                    self.at += 1;
                    match escape {
                        Some(b'"') => out.push('"'),
                        Some(b'\\') => out.push('\\'),
                        Some(b'/') => out.push('/'),
                        Some(b'b') => out.push('\u{8}'),
                        Some(b'f') => out.push('\u{c}'),
                        Some(b'n') => out.push('\n'),
                        Some(b'r') => out.push('\r'),
                        Some(b't') => out.push('\t'),
                        Some(b'u') => {
                            let first = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&first) {
                                if !self.bytes[self.at..].starts_with(b"\\u") {
                                    return Err(self.error("half a character"));
                                }
                                self.at += 2;
                                let second = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&second) {
                                    return Err(self.error("half a character"));
                                }
                                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                            } else {
                                first
                            };
                            out.push(char::from_u32(code).ok_or("half a character")?);
                        }
                        _ => return Err(self.error("a bad escape")),
                    }
                }
                Some(_) => return Err(self.error("a control character in a text")),
            }
        }
    }
}

/// A type the guide writes as JSON.
pub trait ToJson {
    fn to_json(&self) -> Json;
}

/// A type the guide reads from JSON; `None` when the value is not one of these.
pub trait FromJson: Sized {
    fn from_json(value: &Json) -> Option<Self>;

    /// True when `value` is not a `Self` this version knows but is of the kind a newer version
    /// could write in its place (a new code, a new size): an object with an `Unknown` field
    /// keeps it (`field_or_newer`) instead of becoming unreadable. False by default: any other
    /// value is damage, not news.
    fn may_be_newer(_value: &Json) -> bool {
        false
    }
}

/// An object from its fields, in order.
pub fn object<const N: usize>(fields: [(&str, Json); N]) -> Json {
    Json::Object(
        fields
            .into_iter()
            .map(|(name, value)| (name.to_string(), value))
            .collect(),
    )
}

/// Field `name` of an object: its default when missing, `None` (unreadable) when it is there
/// but not a `T`. `value` itself must be an object.
pub fn field<T: FromJson + Default>(value: &Json, name: &str) -> Option<T> {
    let Json::Object(_) = value else {
        return None;
    };
    match value.get(name) {
        None => Some(T::default()),
        Some(found) => T::from_json(found),
    }
}

impl ToJson for bool {
    fn to_json(&self) -> Json {
        Json::Bool(*self)
    }
}

impl FromJson for bool {
    fn from_json(value: &Json) -> Option<bool> {
        value.as_bool()
    }
}

impl ToJson for u32 {
    fn to_json(&self) -> Json {
        Json::Number(i64::from(*self))
    }
}

impl FromJson for u32 {
    fn from_json(value: &Json) -> Option<u32> {
        u32::try_from(value.as_u64()?).ok()
    }
}

impl ToJson for String {
    fn to_json(&self) -> Json {
        Json::String(self.clone())
    }
}

impl FromJson for String {
    fn from_json(value: &Json) -> Option<String> {
        value.as_str().map(str::to_string)
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Json {
        self.as_ref().map_or(Json::Null, ToJson::to_json)
    }
}

/// `null` is `None`; anything else must be a `T`.
impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Json) -> Option<Option<T>> {
        match value {
            Json::Null => Some(None),
            other => T::from_json(other).map(Some),
        }
    }

    fn may_be_newer(value: &Json) -> bool {
        T::may_be_newer(value)
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Json {
        Json::Array(self.iter().map(ToJson::to_json).collect())
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Json) -> Option<Vec<T>> {
        value.as_array()?.iter().map(T::from_json).collect()
    }
}

impl<T: ToJson> ToJson for BTreeMap<String, T> {
    fn to_json(&self) -> Json {
        Json::Object(self.iter().map(|(k, v)| (k.clone(), v.to_json())).collect())
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn from_json(value: &Json) -> Option<BTreeMap<String, T>> {
        let Json::Object(fields) = value else {
            return None;
        };
        // Inserted one by one: collecting into a BTreeMap would compile in a second sorting
        // algorithm (a stable sort) just for this (see `order`).
        let mut map = BTreeMap::new();
        for (k, v) in fields {
            map.insert(k.clone(), T::from_json(v)?);
        }
        Some(map)
    }
}

/// What a newer version of the guide saved in an object that this version does not know (an
/// imported copy, or another tab running a newer build): whole fields, and values of known
/// fields (a new status code). They are kept as they were and written back, never shown as
/// data and never dropped, so a newer copy finds them again (`json_object!`'s `unknown` field).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Unknown {
    /// Fields this version does not know, in field order, as read.
    pub fields: Vec<(String, Json)>,
    /// Known fields whose saved value this version could not read (`FromJson::may_be_newer`).
    pub values: Vec<NewerValue>,
}

/// A known field's value from a newer version: the field reads as its default, and the saved
/// value is written back for as long as the field still holds that default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewerValue {
    /// The field's name.
    pub field: String,
    /// The value as saved.
    pub saved: Json,
    /// What this version read in its place (the field's default), as JSON.
    pub read_as: Json,
}

impl Unknown {
    /// The names of the unknown fields kept (not those of newer values).
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.fields.iter().map(|(name, _)| name.as_str())
    }

    /// The value a newer version saved in the known field `field`, if this version could not
    /// read it and nothing has changed the field since.
    pub fn newer_value(&self, field: &str) -> Option<&Json> {
        self.values
            .iter()
            .find(|v| v.field == field)
            .map(|v| &v.saved)
    }

    /// Forgets a newer value once the person sets `field` themselves: their choice is what is
    /// saved from then on, even if it equals the default the newer value was read as.
    pub fn settle(&mut self, field: &str) {
        self.values.retain(|v| v.field != field);
    }

    /// True when nothing is kept.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.values.is_empty()
    }

    /// `written`, the JSON of the known field `field` as it is now, or the newer value saved
    /// there while the field still holds what was read in its place.
    pub fn write_back(&self, field: &str, written: Json) -> Json {
        match self.values.iter().find(|v| v.field == field) {
            Some(newer) if newer.read_as == written => newer.saved.clone(),
            _ => written,
        }
    }
}

/// Like `field`, but a value a newer version may have written (`FromJson::may_be_newer`) reads
/// as `T`'s default and is kept in `newer` instead of making the object unreadable.
pub fn field_or_newer<T: FromJson + ToJson + Default>(
    value: &Json,
    name: &str,
    newer: &mut Vec<NewerValue>,
) -> Option<T> {
    if let Some(read) = field(value, name) {
        return Some(read);
    }
    let saved = value.get(name)?;
    if !T::may_be_newer(saved) {
        return None;
    }
    let read = T::default();
    newer.push(NewerValue {
        field: name.to_string(),
        saved: saved.clone(),
        read_as: read.to_json(),
    });
    Some(read)
}

/// JSON for a struct as an object with one field per listed field, named as in Rust (the names
/// the first version wrote through serde). With `; unknown: field`, fields the list does not
/// name are kept in that `Unknown` field and written back after the others, and so are values
/// a newer version may have written in known fields (`field_or_newer`). Reading follows
/// `field`: missing fields take their default, a field of the wrong kind makes the whole value
/// unreadable. One list serves both
/// ways, so writing and reading cannot drift apart.
#[macro_export]
macro_rules! json_object {
    ($type:ty { $($field:ident),* $(,)? ; unknown: $unknown:ident }) => {
        impl $crate::json::ToJson for $type {
            fn to_json(&self) -> $crate::json::Json {
                let mut fields = vec![
                    $((
                        stringify!($field).to_string(),
                        self.$unknown.write_back(
                            stringify!($field),
                            $crate::json::ToJson::to_json(&self.$field),
                        ),
                    )),*
                ];
                for (name, value) in &self.$unknown.fields {
                    if !fields.iter().any(|(known, _)| known == name) {
                        fields.push((name.clone(), value.clone()));
                    }
                }
                $crate::json::Json::Object(fields)
            }
        }
        impl $crate::json::FromJson for $type {
            fn from_json(value: &$crate::json::Json) -> Option<$type> {
                const KNOWN: &[&str] = &[$(stringify!($field)),*];
                let $crate::json::Json::Object(all) = value else {
                    return None;
                };
                let mut values = Vec::new();
                Some(Self {
                    $($field: $crate::json::field_or_newer(value, stringify!($field), &mut values)?,)*
                    $unknown: $crate::json::Unknown {
                        fields: all
                            .iter()
                            .filter(|(name, _)| !KNOWN.contains(&name.as_str()))
                            .cloned()
                            .collect(),
                        values,
                    },
                })
            }
        }
    };
    ($type:ty { $($field:ident),* $(,)? }) => {
        impl $crate::json::ToJson for $type {
            fn to_json(&self) -> $crate::json::Json {
                $crate::json::Json::Object(vec![
                    $((stringify!($field).to_string(), $crate::json::ToJson::to_json(&self.$field))),*
                ])
            }
        }
        impl $crate::json::FromJson for $type {
            fn from_json(value: &$crate::json::Json) -> Option<$type> {
                Some(Self {
                    $($field: $crate::json::field(value, stringify!($field))?),*
                })
            }
        }
    };
}

/// JSON for an enum written as one of its codes (`"follow-device"`), read back the same way.
#[macro_export]
macro_rules! json_by_code {
    ($type:ty, $code:expr, $from_code:expr) => {
        impl $crate::json::ToJson for $type {
            fn to_json(&self) -> $crate::json::Json {
                $crate::json::Json::String(($code)(self).to_string())
            }
        }
        impl $crate::json::FromJson for $type {
            fn from_json(value: &$crate::json::Json) -> Option<$type> {
                ($from_code)(value.as_str()?)
            }

            /// Any other text: a code a newer version added.
            fn may_be_newer(value: &$crate::json::Json) -> bool {
                value.as_str().is_some()
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_kind_of_value() {
        let text = r#" {"a": [1, -2.5, 3e2, true, false, null], "b": {"c": "d"}, "e": ""} "#;
        let value = Json::parse(text).unwrap();
        assert_eq!(value.get("a").unwrap().as_array().unwrap().len(), 6);
        let a = value.get("a").unwrap().as_array().unwrap();
        assert_eq!(a[0], Json::Number(1));
        assert_eq!(a[1], Json::Fraction("-2.5".into()));
        assert_eq!(a[2], Json::Fraction("3e2".into()));
        assert_eq!(
            a[2].as_u64(),
            None,
            "fractions are never whole numbers here"
        );
        assert_eq!(
            value.get("b").unwrap().get("c").unwrap().as_str(),
            Some("d")
        );
        assert_eq!(value.get("e").unwrap().as_str(), Some(""));
    }

    #[test]
    fn reads_escapes_and_any_language() {
        let value = Json::parse(r#""Tŷ \"Café\" \u00e9 \ud83d\ude00 a\/b\n""#).unwrap();
        assert_eq!(value.as_str(), Some("Tŷ \"Café\" é 😀 a/b\n"));
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "{a:1}",
            "01x",
            "\"open",
            "tru",
            "1 2",
            "\"\\ud800\"",
            "\"\\x\"",
            "-",
            "1.",
            "\"a\tb\"",
        ] {
            assert!(Json::parse(bad).is_err(), "{bad:?}");
        }
        let deep = "[".repeat(100) + &"]".repeat(100);
        assert!(Json::parse(&deep).is_err());
    }

    #[test]
    fn writes_what_it_reads() {
        let value = object([
            ("format", Json::Number(1)),
            ("name", Json::String("A \"quote\"\n\u{1}é".into())),
            ("list", Json::Array(vec![Json::Bool(true), Json::Null])),
            ("empty", Json::Object(vec![])),
            ("half", Json::Fraction("0.5".into())),
        ]);
        let compact = value.to_text();
        assert_eq!(
            compact,
            r#"{"format":1,"name":"A \"quote\"\n\u0001é","list":[true,null],"empty":{},"half":0.5}"#
        );
        assert_eq!(Json::parse(&compact).unwrap(), value);
        let pretty = value.to_pretty_text();
        assert!(pretty.starts_with("{\n  \"format\": 1,\n"));
        assert_eq!(Json::parse(&pretty).unwrap(), value);
    }

    #[test]
    fn fields_default_when_missing_and_fail_when_wrong() {
        let value = Json::parse(r#"{"n": 3, "s": "x", "bad": "3"}"#).unwrap();
        assert_eq!(field::<u32>(&value, "n"), Some(3));
        assert_eq!(field::<u32>(&value, "missing"), Some(0));
        assert_eq!(field::<u32>(&value, "bad"), None);
        assert_eq!(field::<Option<String>>(&value, "s"), Some(Some("x".into())));
        assert_eq!(field::<u32>(&Json::Null, "n"), None, "not an object");
        assert_eq!(u32::from_json(&Json::Number(-1)), None);
        assert_eq!(u32::from_json(&Json::Fraction("1.5".into())), None);
        assert_eq!(u32::from_json(&Json::Number(5_000_000_000)), None);
        assert_eq!(
            Json::parse("123456789012345678901234567890").unwrap(),
            Json::Fraction("123456789012345678901234567890".into()),
            "too big for a whole number: kept as written"
        );
    }
}
