//! Names: a claim word that is part of a proper name („de Partij voor
//! Eerlijk Bestuur”, „bij Superbuurt”, „Bij Kernwaarde Advies”) names an
//! organisation; it claims nothing about it.
//!
//! A word is read as part of a name when it is written with a capital and
//! then lower case (not an acronym such as „CO2-neutraal” or „AI-gedreven”),
//! does not open its sentence or a quotation, and follows a preposition or
//! article, or another capitalised word inside the sentence. A headline in
//! title case keeps its claims only where the claim word opens it; the
//! corpus writes headlines in sentence case.

use crate::document::Document;

/// Prepositions and articles that put a name after them: „bij Superbuurt”,
/// „voor Eerlijk Bestuur”, „van Groenstroom”.
const BEFORE_NAME: &[&str] = &[
    "bij", "voor", "van", "naar", "met", "door", "via", "aan", "uit", "op", "over", "tegen",
    "zonder", "namens", "volgens", "de", "het",
];

/// True when word `first` is written as a name: a capital followed by lower
/// case („Eerlijk”, not „CO2-neutraal”).
fn title_case(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

/// True when the match starting at word `first` is part of a proper name
/// (see the module documentation).
pub fn in_proper_name(doc: &Document<'_>, first: usize) -> bool {
    let words = doc.words();
    let Some(word) = words.get(first) else {
        return false;
    };
    if first == 0 || !title_case(doc.surface(word)) {
        return false;
    }
    let prev = &words[first - 1];
    if prev.sentence != word.sentence {
        return false;
    }
    // Anything but a space between the two words (a quote, a colon, a
    // dash) may open a new phrase with a capital.
    if !super::text_between(doc, first - 1, first)
        .chars()
        .all(char::is_whitespace)
    {
        return false;
    }
    let prev_capitalised = title_case(doc.surface(prev));
    // The first word of the sentence is capitalised anyway: it shows a name
    // only when it is a preposition or article („Bij Kernwaarde Advies”).
    let opens_sentence = first - 1 == 0 || words[first - 2].sentence != word.sentence;
    BEFORE_NAME.contains(&doc.norm(prev)) || (prev_capitalised && !opens_sentence)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(text: &str, word: &str) -> bool {
        crate::testutil::at_word(text, word, in_proper_name)
    }

    #[test]
    fn a_capitalised_word_after_a_preposition_is_a_name() {
        assert!(named(
            "Volgens de peiling is de Partij voor Eerlijk Bestuur de grootste.",
            "Eerlijk"
        ));
        assert!(named(
            "Deze week de laagste prijs op alle kaas bij Superbuurt!",
            "Superbuurt"
        ));
        assert!(named(
            "Bij Kernwaarde Advies denken we in oplossingen.",
            "Kernwaarde"
        ));
    }

    #[test]
    fn claims_at_the_start_in_acronyms_or_after_a_quote_are_not_names() {
        assert!(!named("Eerlijk is eerlijk.", "Eerlijk"));
        assert!(!named("Wij zijn CO2-neutraal.", "CO2-neutraal"));
        assert!(!named("Onze AI-gedreven oplossing.", "AI-gedreven"));
        assert!(!named("De slogan: Eerlijk en goed.", "Eerlijk"));
        assert!(!named("Wij zijn Top Employer.", "Top"));
        assert!(!named("Kies Beter.", "Beter"));
    }
}
