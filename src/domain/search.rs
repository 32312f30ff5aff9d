//! Search as you type over the support directory: case- and accent-insensitive, forgiving of
//! small typos, ranked by where the words match. Pure Rust, tested natively.
//!
//! Speed: with a region's whole services list (5,000 entries) every keystroke must fit in one
//! frame. Words are interned into a vocabulary when the index is built, so a query compares
//! each query word with each distinct word once (not once per entry), then sums small lookups
//! per entry.

use std::collections::HashMap;

/// One entry to index.
pub struct SearchDoc<'a> {
    pub name: &'a str,
    pub categories: &'a [&'a str],
    pub description: &'a str,
}

/// Words that may be left unmatched without excluding an entry.
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "for", "i", "in", "my", "of", "or", "the", "to", "with",
];

/// How much a match counts in each field: a name beats a category beats a description.
const FIELD_WEIGHTS: [u32; 3] = [3, 2, 1];

/// Folds a character to its unaccented lower-case letters ("é" to "e", "ŵ" to "w", "ß" to "ss").
fn fold(c: char, out: &mut String) {
    let folded = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ŵ' => "w",
        'š' | 'ś' => "s",
        'ž' | 'ź' | 'ż' => "z",
        'ł' => "l",
        'æ' => "ae",
        'œ' => "oe",
        'ß' => "ss",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(folded);
}

/// Lower-cases, removes accents and apostrophes ("Maggie’s" and "maggies" match), and turns
/// everything else that is not a letter or digit into a space.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if matches!(c, '\'' | '’' | '‘') {
            continue;
        }
        if c.is_alphanumeric() {
            fold(c, &mut out);
        } else {
            out.push(' ');
        }
    }
    out
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    normalize(text)
        .split_whitespace()
        .map(str::to_string)
        .collect::<Vec<_>>()
        .into_iter()
}

/// Optimal string alignment distance (edits, counting a swap of neighbours as one), giving up
/// once it must exceed `limit`.
fn distance_within(a: &[u8], b: &[u8], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let width = b.len() + 1;
    let mut rows = vec![0usize; (a.len() + 1) * width];
    for (j, cell) in rows.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        rows[i * width] = i;
        let mut row_min = usize::MAX;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[(i - 1) * width + j] + 1)
                .min(rows[i * width + j - 1] + 1)
                .min(rows[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[(i - 2) * width + j - 2] + 1);
            }
            rows[i * width + j] = best;
            row_min = row_min.min(best);
        }
        if row_min > limit {
            return None;
        }
    }
    let d = rows[a.len() * width + b.len()];
    (d <= limit).then_some(d)
}

/// How well a typed word matches a word of an entry: 0 for not at all.
pub fn word_score(query: &str, word: &str) -> u32 {
    if query == word {
        return 10;
    }
    if word.starts_with(query) {
        return 7;
    }
    // Typos: one slip in a word of 4 or more letters, two in 8 or more. The first letter must
    // agree, which keeps the vocabulary scan fast and rarely misses a real typo.
    let limit = match query.len() {
        0..=3 => return 0,
        4..=7 => 1,
        _ => 2,
    };
    if query.as_bytes()[0] != word.as_bytes()[0] {
        return 0;
    }
    let (q, w) = (query.as_bytes(), word.as_bytes());
    // A typo in what has been typed so far of a longer word ("samarit" for "samaritans").
    let prefix = &w[..w.len().min(q.len())];
    if distance_within(q, w, limit).is_some() {
        4
    } else if w.len() > q.len() && distance_within(q, prefix, limit).is_some() {
        3
    } else {
        0
    }
}

/// A search index over a fixed list of entries.
pub struct SearchIndex {
    vocabulary: Vec<String>,
    /// For each entry, its word ids in each field: name, categories, description.
    entries: Vec<[Vec<u32>; 3]>,
}

impl SearchIndex {
    pub fn new<'a>(docs: impl IntoIterator<Item = SearchDoc<'a>>) -> SearchIndex {
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut vocabulary = Vec::new();
        let mut intern = |text: &str| -> Vec<u32> {
            let mut out: Vec<u32> = words(text)
                .map(|w| {
                    *ids.entry(w.clone()).or_insert_with(|| {
                        vocabulary.push(w);
                        (vocabulary.len() - 1) as u32
                    })
                })
                .collect();
            // Sorted through `order`, the app's one sort (see there for why).
            let mut keys: Vec<u64> = out.iter().map(|&w| u64::from(w)).collect();
            crate::domain::order::sort(&mut keys);
            keys.dedup();
            out = keys.into_iter().map(crate::domain::order::low).collect();
            out
        };
        let entries = docs
            .into_iter()
            .map(|doc| {
                let categories = doc.categories.join(" ");
                [
                    intern(doc.name),
                    intern(&categories),
                    intern(doc.description),
                ]
            })
            .collect();
        SearchIndex {
            vocabulary,
            entries,
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Indices of the matching entries, best first; every entry, in order, for a blank query
    /// (nothing typed but spaces). Every query word (except short common ones) must match
    /// somewhere in an entry, so a query of only marks or symbols (a lone accent, an emoji,
    /// "?") has no words to match and finds nothing: it is something typed, not nothing.
    pub fn search(&self, query: &str) -> Vec<usize> {
        if query.trim().is_empty() {
            return (0..self.entries.len()).collect();
        }
        let query_words: Vec<String> = words(query).collect();
        if query_words.is_empty() {
            return Vec::new();
        }
        // Score each query word against each distinct word once.
        let tables: Vec<(bool, Vec<u8>)> = query_words
            .iter()
            .map(|q| {
                let optional = STOP_WORDS.contains(&q.as_str());
                let table = self
                    .vocabulary
                    .iter()
                    .map(|w| word_score(q, w) as u8)
                    .collect();
                (optional, table)
            })
            .collect();
        let mut scored: Vec<u64> = Vec::new();
        'entries: for (index, fields) in self.entries.iter().enumerate() {
            let mut total = 0;
            for (optional, table) in &tables {
                let best = fields
                    .iter()
                    .zip(FIELD_WEIGHTS)
                    .map(|(ids, weight)| {
                        ids.iter()
                            .map(|&id| u32::from(table[id as usize]))
                            .max()
                            .unwrap_or(0)
                            * weight
                    })
                    .max()
                    .unwrap_or(0);
                if best == 0 && !optional {
                    continue 'entries;
                }
                total += best;
            }
            if total > 0 {
                // Best score first; the directory's own order breaks ties.
                scored.push(crate::domain::order::pack(u32::MAX - total, index as u32));
            }
        }
        crate::domain::order::sort(&mut scored);
        scored
            .into_iter()
            .map(|k| crate::domain::order::low(k) as usize)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> SearchIndex {
        let docs = [
            (
                "Samaritans",
                &["Emotional support"][..],
                "Someone to talk to at any time.",
            ),
            (
                "Macmillan Support Line",
                &["Money and work", "Information"][..],
                "Cancer support and money advisers.",
            ),
            (
                "Maggie’s",
                &["Emotional support"][..],
                "Cancer support centres.",
            ),
            ("Tŷ Hafan", &["End of life care"][..], "Hospice in Wales."),
            (
                "Hospice UK",
                &["End of life care"][..],
                "Find a hospice near you.",
            ),
        ];
        SearchIndex::new(
            docs.iter()
                .map(|(name, categories, description)| SearchDoc {
                    name,
                    categories,
                    description,
                }),
        )
    }

    #[test]
    fn folds_case_accents_and_apostrophes() {
        assert_eq!(normalize("Maggie’s CAFÉ"), "maggies cafe");
        assert_eq!(normalize("Tŷ Hafan"), "ty hafan");
    }

    #[test]
    fn empty_query_lists_everything_in_order() {
        assert_eq!(index().search("  "), vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn a_query_of_only_marks_or_symbols_finds_nothing() {
        for query in ["\u{301}", "😀", "?", " - ", "’"] {
            assert!(index().search(query).is_empty(), "{query:?} found entries");
        }
    }

    #[test]
    fn names_outrank_descriptions() {
        // "hospice" is in Hospice UK's name and Tŷ Hafan's description.
        assert_eq!(index().search("hospice"), vec![4, 3]);
    }

    #[test]
    fn forgives_typos_and_partial_words() {
        assert_eq!(index().search("samaritns")[0], 0);
        assert_eq!(index().search("smaaritans")[0], 0, "swapped letters");
        assert_eq!(index().search("samar")[0], 0, "a word still being typed");
        assert_eq!(index().search("macmilan")[0], 1);
        assert_eq!(index().search("maggies")[0], 2);
        assert_eq!(index().search("ty hafan")[0], 3);
    }

    #[test]
    fn every_word_must_match_except_small_ones() {
        assert_eq!(index().search("money advisers"), vec![1]);
        assert!(index().search("samaritans zebra").is_empty());
        assert_eq!(index().search("support for the money")[0], 1);
    }

    #[test]
    fn short_words_are_not_fuzzy() {
        assert_eq!(word_score("uk", "us"), 0);
        assert_eq!(word_score("cat", "car"), 0);
        assert_eq!(word_score("hospice", "hospise"), 4);
        assert_eq!(
            word_score("xospice", "hospice"),
            0,
            "first letter must agree"
        );
    }

    #[test]
    fn categories_are_searchable() {
        let hits = index().search("emotional");
        assert_eq!(hits, vec![0, 2]);
    }
}
