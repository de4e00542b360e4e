//! Praise: whether a superlative ranks a quality a seller would boast of.
//!
//! A superlative claims a top position only when the quality is a merit.
//! „De hevigste klachten”, „de traagste trein van het land”, „de zwaarste
//! tocht ooit”, „de jongste winnares” and „de meest vorstgevoelige planten”
//! rank hardship, weakness, danger or age: a report, a warning or a record,
//! never an offer. No ad praises its product as the slowest or the weakest.

use crate::document::Document;
use crate::morphology::{Adjectives, Degree};

/// Lemmas of qualities no seller boasts of: hardship, weakness, danger,
/// sickness, age, poverty and narrowness.
const NO_MERIT: &[&str] = &[
    "hevig",
    "traag",
    "zwaar",
    "jong",
    "erg",
    "slecht",
    "zwak",
    "moeilijk",
    "lastig",
    "gevaarlijk",
    "kwetsbaar",
    "vorstgevoelig",
    "ziek",
    "arm",
    "smal",
    "nat",
    "saai",
    "lelijk",
    "vies",
    "pijnlijk",
    "treurig",
    "droevig",
    "eenzaam",
    "giftig",
    "schadelijk",
    "zielig",
];

/// True when the superlative among words `first..=last` — synthetic
/// („traagste”) or with „meest” („meest vorstgevoelige”) — ranks a quality
/// no seller boasts of.
pub fn ranks_no_merit(doc: &Document<'_>, first: usize, last: usize) -> bool {
    let words = doc.words();
    let adjectives = Adjectives::embedded();
    (first..=last).any(|i| {
        let Some(w) = words.get(i) else {
            return false;
        };
        if let Some(g) = w.graded {
            return g.degree == Degree::Superlative && NO_MERIT.contains(&g.lemma);
        }
        // „de meest vorstgevoelige”: the adjective after „meest”.
        i > first
            && doc.norm(&words[i - 1]) == "meest"
            && adjectives
                .lookup(doc.norm(w))
                .is_some_and(|f| NO_MERIT.contains(&f.lemma))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_merit(text: &str, word: &str) -> bool {
        crate::testutil::at_word(text, word, |doc, i| {
            ranks_no_merit(doc, i.saturating_sub(1), i)
        })
    }

    #[test]
    fn hardship_weakness_and_age_are_no_merit() {
        assert!(no_merit(
            "De klachten zijn 's ochtends het hevigst.",
            "hevigst"
        ));
        assert!(no_merit(
            "De traagste trein van het land rijdt hier.",
            "traagste"
        ));
        assert!(no_merit("Hij is de jongste deelnemer ooit.", "jongste"));
        assert!(no_merit(
            "Dek de meest vorstgevoelige planten af.",
            "vorstgevoelige"
        ));
        assert!(no_merit("Dit was de zwaarste winter in jaren.", "zwaarste"));
    }

    #[test]
    fn merits_stay_praise() {
        assert!(!no_merit("De snelste bezorging van het land.", "snelste"));
        assert!(!no_merit("De meest comfortabele schoen.", "comfortabele"));
        assert!(!no_merit("De minst gevaarlijke route.", "gevaarlijke"));
        assert!(!no_merit("Het lichtste racefiets-frame.", "lichtste"));
    }
}
