//! Baseline: a comparative whose point of comparison the discourse gives.
//!
//! A comparative without „dan …” is a dangling claim in an ad („sneller en
//! zuiniger”), but in running prose its baseline often stands in the clause
//! or sentence before it, where patterns (which never cross a comma) cannot
//! see it:
//!
//! * a **parallel comparison** in the same sentence names the baseline:
//!   „Goud geleidt beter dan de meeste metalen, maar zilver geleidt nog
//!   beter”, „De tomaten zijn kleiner, maar ze smaken zoeter dan die uit de
//!   winkel”;
//! * the **same property** stands in the clause or sentence before, said of
//!   another subject: „Koper geleidt goed, maar zilver geleidt nog beter”;
//! * the **same frame** with another subject: „De oude brug was smal. De
//!   nieuwe is breder.” — two definite subjects, each with a copula and a
//!   predicate adjective.
//!
//! Ads say „Goed. Beter. Best.” and „snel, sneller, snelst”: the words stand
//! alone, with no subject compared, and the advertiser speaks to the reader
//! („wij”, „u”, „je”). Both keep the comparative a claim.

use crate::document::Document;
use crate::morphology::{Adjectives, Degree};

/// Words after „dan” that name no baseline: „dan ooit”, „dan je denkt”,
/// „dan wit”, „dan de rest”, „dan anderen”.
const VAGUE: &[&str] = &[
    "ooit",
    "tevoren",
    "voorheen",
    "verwacht",
    "gedacht",
    "je",
    "u",
    "jij",
    "gewoonlijk",
    "normaal",
    "anders",
    "nodig",
    "wit",
    "zwart",
    "rest",
    "anderen",
    "andere",
    "concurrent",
    "concurrenten",
    "concurrentie",
    "ons",
    "wij",
    "we",
    "ik",
];

/// Prepositions and conjunctions after a noun: no verb follows the
/// subject („Een frissere look voor een kleinere prijs”).
const LINKS: &[&str] = &[
    "voor", "en", "of", "in", "met", "tegen", "bij", "van", "op", "tot", "zonder",
];

/// Copulas that tie a subject to a predicate adjective.
const COPULAS: &[&str] = &[
    "is", "was", "zijn", "waren", "wordt", "werd", "worden", "werden", "lijkt", "leek", "blijft",
    "bleef",
];

/// True when the comparative among words `first..=last` has its baseline in
/// the discourse around it (see the module documentation).
pub fn has_discourse_baseline(doc: &Document<'_>, first: usize, last: usize) -> bool {
    let words = doc.words();
    let Some(c) = (first..=last).find(|&i| {
        words
            .get(i)
            .and_then(|w| w.graded)
            .is_some_and(|g| g.degree == Degree::Comparative)
    }) else {
        return false;
    };
    let Some(lemma) = words[c].graded.map(|g| g.lemma) else {
        return false;
    };
    let clause = super::clause_words(doc, c);
    // „witter dan wit”: the comparison names its own (false) baseline, and
    // its rule has judged it.
    if (c + 1..clause.end).any(|i| doc.norm(&words[i]) == "dan") {
        return false;
    }
    let sentence = super::sentence_words(doc, c);
    if replaced(doc, sentence.clone(), c) {
        return true;
    }
    if clause.len() < 3 {
        return false;
    }
    if parallel_comparison(doc, sentence.clone(), clause.clone())
        || correlated(doc, clause.clone(), c)
    {
        return true;
    }
    // Without a named baseline, a comparison by „wij” or for „u” is the
    // seller's own.
    !addresses(doc, sentence.clone())
        && (same_property_before(doc, sentence.clone(), clause.clone(), lemma)
            || same_frame_before(doc, sentence, clause, c))
}

/// True when a word of `range` is a pronoun of the advertiser's voice
/// ([`super::voice::ADDRESS`]): a comparison made by „wij” or for „u” is
/// the seller's own, whatever stands before it.
fn addresses(doc: &Document<'_>, range: std::ops::Range<usize>) -> bool {
    let words = doc.words();
    range
        .into_iter()
        .any(|i| super::voice::ADDRESS.contains(&doc.norm(&words[i])))
}

/// True when another clause of `sentence` compares with a concrete
/// baseline: a comparative, then „dan” and a word that names something
/// („dan de meeste metalen”, „dan die uit de winkel”).
fn parallel_comparison(
    doc: &Document<'_>,
    sentence: std::ops::Range<usize>,
    clause: std::ops::Range<usize>,
) -> bool {
    let words = doc.words();
    sentence.clone().any(|j| {
        if clause.contains(&j) || doc.norm(&words[j]) != "dan" {
            return false;
        }
        let c = words[j].clause;
        let compared = (j.saturating_sub(3)..j).any(|k| {
            sentence.contains(&k)
                && words[k].clause == c
                && words[k]
                    .graded
                    .is_some_and(|g| g.degree == Degree::Comparative)
        });
        // The word after „dan”, past an article („dan de concurrentie”).
        let mut k = j + 1;
        if words
            .get(k)
            .is_some_and(|w| matches!(doc.norm(w), "de" | "het" | "een"))
        {
            k += 1;
        }
        // „schoner dan schoon” names no baseline either.
        let adjectives = Adjectives::embedded();
        let named = words
            .get(k)
            .filter(|w| w.clause == c && sentence.contains(&k))
            .is_some_and(|w| {
                let norm = doc.norm(w);
                !VAGUE.contains(&norm)
                    && adjectives
                        .lookup(norm)
                        .is_none_or(|f| f.degree != Degree::Positive)
            });
        compared && named
    })
}

/// True when the subject of the comparative's clause is itself a
/// comparative („Een grotere steekproef maakt een schatting nauwkeuriger”,
/// „Een bredere band rijdt comfortabeler”): one degree correlates with the
/// other, the baseline being the smaller sample, the narrower band.
fn correlated(doc: &Document<'_>, clause: std::ops::Range<usize>, c: usize) -> bool {
    let words = doc.words();
    // „een grotere steekproef maakt …”: an article, the comparative, its
    // noun and then the verb; „Sneller internet voor minder geld” and „een
    // frissere look voor een kleinere prijs” are an ad's verbless pairs.
    let i = clause.start + 1;
    i + 2 < c
        && matches!(doc.norm(&words[clause.start]), "een" | "de" | "het")
        && words[i]
            .graded
            .is_some_and(|g| g.degree == Degree::Comparative)
        && !LINKS.contains(&doc.norm(&words[i + 2]))
        && !addresses(doc, clause)
}

/// True when the comparative describes what replaces something („De
/// ketels worden vervangen door nieuwe, zuinigere ketels”): the thing
/// replaced is the baseline.
fn replaced(doc: &Document<'_>, sentence: std::ops::Range<usize>, c: usize) -> bool {
    let words = doc.words();
    let Some(verb) = (sentence.start..c).find(|&j| {
        let w = doc.norm(&words[j]);
        w.starts_with("vervang") || matches!(w, "verving" | "vervingen")
    }) else {
        return false;
    };
    (verb + 1..c).any(|k| doc.norm(&words[k]) == "door")
}

/// The clause before `clause`: in the same sentence, or the sentence before
/// in the same paragraph (no line break between).
fn clause_before(
    doc: &Document<'_>,
    sentence: std::ops::Range<usize>,
    clause: std::ops::Range<usize>,
) -> Option<std::ops::Range<usize>> {
    let before = clause.start.checked_sub(1)?;
    if !sentence.contains(&before) && super::text_between(doc, before, clause.start).contains('\n')
    {
        return None;
    }
    Some(super::clause_words(doc, before))
}

/// True when the clause before holds the same adjective („Koper geleidt
/// goed, maar zilver geleidt nog beter”): a real clause of its own (three
/// words or more, not a list item as in „Goed, beter, best”).
fn same_property_before(
    doc: &Document<'_>,
    sentence: std::ops::Range<usize>,
    clause: std::ops::Range<usize>,
    lemma: &str,
) -> bool {
    let Some(before) = clause_before(doc, sentence, clause) else {
        return false;
    };
    if before.len() < 3 || addresses(doc, before.clone()) {
        return false;
    }
    let words = doc.words();
    let adjectives = Adjectives::embedded();
    // The graded forms carry their lemma; a positive form („goed”, „smalle”,
    // „grote”) shares the lemma's first letters, so only those are looked up.
    let stem = lemma.get(..lemma.len().min(3)).unwrap_or(lemma);
    before.into_iter().any(|i| {
        let w = &words[i];
        if let Some(g) = w.graded {
            return g.lemma == lemma;
        }
        let norm = doc.norm(w);
        norm == lemma
            || (norm.starts_with(stem) && adjectives.lookup(norm).is_some_and(|f| f.lemma == lemma))
    })
}

/// True when the clause of the comparative `c` and the clause before both
/// tie a definite subject to an adjective with a copula („De oude brug was
/// smal. De nieuwe is breder.”): one property measured on two subjects.
fn same_frame_before(
    doc: &Document<'_>,
    sentence: std::ops::Range<usize>,
    clause: std::ops::Range<usize>,
    c: usize,
) -> bool {
    let words = doc.words();
    // The comparative's clause: „de|het X … is|was … COMP”, a word between
    // the article and the copula (not „Het is beter”).
    let opens_definite =
        |range: &std::ops::Range<usize>| matches!(doc.norm(&words[range.start]), "de" | "het");
    let copula_at = |range: std::ops::Range<usize>| {
        range
            .into_iter()
            .find(|&i| COPULAS.contains(&doc.norm(&words[i])))
    };
    if !opens_definite(&clause) {
        return false;
    }
    let Some(copula) = copula_at(clause.start..c) else {
        return false;
    };
    if copula < clause.start + 2 {
        return false;
    }
    let Some(before) = clause_before(doc, sentence, clause) else {
        return false;
    };
    if before.len() < 4 || !opens_definite(&before) || addresses(doc, before.clone()) {
        return false;
    }
    let Some(copula) = copula_at(before.start + 2..before.end) else {
        return false;
    };
    let adjectives = Adjectives::embedded();
    (copula + 1..before.end).any(|i| {
        adjectives
            .lookup(doc.norm(&words[i]))
            .is_some_and(|f| f.degree == Degree::Positive)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the comparative `word` (its last occurrence) of `text` has
    /// a baseline in the discourse.
    fn baseline(text: &str, word: &str) -> bool {
        let doc = Document::new(text);
        let c = doc.words().iter().rposition(|w| doc.norm(w) == word);
        c.is_some_and(|c| has_discourse_baseline(&doc, c, c))
    }

    #[test]
    fn a_parallel_comparison_names_the_baseline() {
        assert!(baseline(
            "Goud geleidt stroom beter dan de meeste metalen, maar zilver geleidt nog beter.",
            "beter"
        ));
        assert!(baseline(
            "De peren van de markt zijn goedkoper dan die van de supermarkt, maar ze zijn kleiner.",
            "kleiner"
        ));
        assert!(baseline(
            "Sneller dan de trein is de bus niet, maar de bus rijdt wel vaker.",
            "vaker"
        ));
        assert!(baseline(
            "De tomaten uit onze moestuin zijn kleiner, maar ze smaken zoeter dan die uit de winkel.",
            "kleiner"
        ));
    }

    #[test]
    fn a_comparative_subject_correlates() {
        assert!(baseline(
            "Een grotere steekproef maakt een schatting nauwkeuriger, maar niet zuiverder.",
            "nauwkeuriger"
        ));
        assert!(baseline(
            "Een bredere band rijdt comfortabeler op kinderkopjes.",
            "comfortabeler"
        ));
        assert!(!baseline("Sneller internet voor minder geld.", "minder"));
        assert!(!baseline(
            "Een frissere look voor een kleinere prijs.",
            "kleinere"
        ));
        assert!(!baseline(
            "Ons brood: voller van smaak en langer vers.",
            "langer"
        ));
        assert!(!baseline(
            "Een snellere verbinding voor een lagere prijs: dat is beter voor u.",
            "beter"
        ));
    }

    #[test]
    fn the_thing_replaced_is_the_baseline() {
        assert!(baseline(
            "De lampen in de hal worden vervangen door nieuwe, zuinigere lampen.",
            "zuinigere"
        ));
        assert!(!baseline(
            "Nieuwe, zuinigere lampen voor de hal.",
            "zuinigere"
        ));
    }

    #[test]
    fn the_same_property_before_is_the_baseline() {
        assert!(baseline(
            "Koper geleidt goed, maar zilver geleidt nog beter.",
            "beter"
        ));
        assert!(baseline(
            "Het oude pad was steil. Het nieuwe pad is nog steiler.",
            "steiler"
        ));
    }

    #[test]
    fn the_same_frame_before_is_the_baseline() {
        assert!(baseline(
            "De oude brug was smal. De nieuwe is breder.",
            "breder"
        ));
        assert!(baseline(
            "De eerste kamer was donker. De tweede kamer is lichter.",
            "lichter"
        ));
    }

    #[test]
    fn ads_keep_their_dangling_comparatives() {
        assert!(!baseline("Goed. Beter. Best.", "beter"));
        assert!(!baseline("Snel, sneller, snelst.", "sneller"));
        assert!(!baseline(
            "Onze service is goed, maar nu is hij nog beter.",
            "beter"
        ));
        assert!(!baseline(
            "Sneller dan ooit, en voordeliger.",
            "voordeliger"
        ));
        assert!(!baseline(
            "Witter dan wit, schoner dan schoon, frisser dan ooit.",
            "schoner"
        ));
        assert!(!baseline(
            "Schoner dan schoon, en het wast ook nog zachter.",
            "zachter"
        ));
        assert!(!baseline("Wij zijn sneller.", "sneller"));
        assert!(!baseline("Het is beter.", "beter"));
        assert!(!baseline(
            "De oude brug was smal.\nDe nieuwe app is sneller en zuiniger.",
            "sneller"
        ));
    }
}
