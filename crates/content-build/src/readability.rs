//! Flesch reading ease, used by the content tests to keep the guide plain.
//!
//! 206.835 − 1.015 × (words per sentence) − 84.6 × (syllables per word). Higher is easier;
//! 60–70 is plain English. The syllable count is the usual vowel-group estimate: good enough to
//! compare pages and to catch long sentences and long words creeping in.

/// Counts gathered from some text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub sentences: usize,
    pub words: usize,
    pub syllables: usize,
}

impl Counts {
    /// Adds one piece of text. Each piece ends at least one sentence: headings and list items
    /// are read as sentences even without a full stop.
    pub fn add(&mut self, text: &str) {
        let mut sentences = 0;
        let mut words_in_piece = 0;
        for word in text.split_whitespace() {
            let letters: String = word.chars().filter(|c| c.is_alphanumeric()).collect();
            if letters.is_empty() {
                continue;
            }
            words_in_piece += 1;
            self.syllables += syllables(&letters);
            if word.ends_with(['.', '!', '?', ':', ';']) {
                sentences += 1;
            }
        }
        if words_in_piece == 0 {
            return;
        }
        self.words += words_in_piece;
        let ends_with_stop = text.trim_end().ends_with(['.', '!', '?', ':', ';']);
        self.sentences += sentences + usize::from(!ends_with_stop);
    }

    /// The Flesch reading-ease score; 100 for no text.
    pub fn flesch(&self) -> f64 {
        if self.words == 0 || self.sentences == 0 {
            return 100.0;
        }
        let words = self.words as f64;
        206.835 - 1.015 * (words / self.sentences as f64) - 84.6 * (self.syllables as f64 / words)
    }
}

/// Estimated syllables in one word (letters and digits only).
pub fn syllables(word: &str) -> usize {
    let word = word.to_lowercase();
    if word.chars().all(|c| c.is_ascii_digit()) {
        // Numbers such as 999 or 111 are read as short words.
        return 1;
    }
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut groups = 0;
    let mut previous_vowel = false;
    for c in word.chars() {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            groups += 1;
        }
        previous_vowel = vowel;
    }
    // A final silent "e" ("care", "home") is not a syllable, but "-le" ("able") is.
    if word.len() > 2 && word.ends_with('e') && !word.ends_with("le") && !word.ends_with("ee") {
        groups -= usize::from(groups > 1);
    }
    groups.max(1)
}

/// Reading ease of several pieces of text taken together.
pub fn flesch<'a>(pieces: impl IntoIterator<Item = &'a str>) -> f64 {
    let mut counts = Counts::default();
    for piece in pieces {
        counts.add(piece);
    }
    counts.flesch()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_syllables() {
        assert_eq!(syllables("cat"), 1);
        assert_eq!(syllables("care"), 1);
        assert_eq!(syllables("table"), 2);
        assert_eq!(syllables("hospital"), 3);
        assert_eq!(syllables("999"), 1);
    }

    #[test]
    fn plain_text_scores_higher_than_dense_text() {
        let plain = flesch(["You can call us. We are here to help you."]);
        let dense = flesch([
            "Hypercalcaemia, consequent upon osteolytic metastatic involvement, necessitates urgent intravenous rehydration and bisphosphonate administration.",
        ]);
        assert!(plain > 80.0, "{plain}");
        assert!(dense < 0.0, "{dense}");
    }

    #[test]
    fn list_items_and_headings_are_sentences() {
        let mut counts = Counts::default();
        counts.add("Where it can spread");
        counts.add("the bones");
        assert_eq!(counts.sentences, 2);
        assert_eq!(counts.words, 6);
    }
}
