//! The words of the app's own screens (headings, buttons, hints, messages), from
//! `content/words.toml`: one module per table, one constant per entry (`words::support::HEADING`).
//! The build refuses an entry the app does not use; the compiler refuses a use with no entry.

include!(concat!(env!("OUT_DIR"), "/words.rs"));

/// Where `{name}` sits in `template`: the words before it and after it. `None` when the words
/// lack it (the content tests check every template keeps its names).
///
/// Found with a byte search, not `str::replace`/`split_once(&str)`: those bring a general
/// substring searcher into every bundle that fills in words (measured: 0.8 KB gzip of the
/// support bundle, 1.8 KB of the settings bundle).
pub fn around<'a>(template: &'a str, name: &str) -> Option<(&'a str, &'a str)> {
    // Only at a `{`: an ASCII byte, so always a character boundary, whatever the words around
    // it ("for ‘{search}’").
    let bytes = template.as_bytes();
    (0..bytes.len())
        .filter(|&i| bytes[i] == b'{')
        .find_map(|i| {
            let after = template[i + 1..].strip_prefix(name)?.strip_prefix('}')?;
            Some((&template[..i], after))
        })
}

/// `template` with `{name}` replaced by `value` (the template itself when it lacks `{name}`).
pub fn fill(template: &str, name: &str, value: &str) -> String {
    match around(template, name) {
        Some((before, after)) => {
            let mut out = String::with_capacity(before.len() + value.len() + after.len());
            out.push_str(before);
            out.push_str(value);
            out.push_str(after);
            out
        }
        None => template.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_in_around_any_characters() {
        assert_eq!(fill("for ‘{search}’", "search", "hospice"), "for ‘hospice’");
        assert_eq!(around("é{a}–{b}…", "b"), Some(("é{a}–", "…")));
        assert_eq!(around("no name here: {x}", "y"), None);
        assert_eq!(fill("{a}", "a", ""), "");
    }
}
