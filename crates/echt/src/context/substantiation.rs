//! Substantiation: evidence that makes a claim checkable.
//!
//! A claim counts as substantiated when its sentence — or a footnote its
//! asterisk points to ("goedkoopste* … *Bron: …") — has one of:
//!
//! * a named source: "volgens de prijspeiling …", "bron: …", "onderzoek van
//!   …", "getest door …", a certificate or audit;
//! * a measured figure with a baseline: a number with a unit or percentage
//!   and a comparison ("30% minder water dan ons model uit 2022");
//! * a dated test: a test, measurement or survey word and a year.
//!
//! Substantiation lowers the severity to `info`; it does not remove the
//! finding, because the evidence may be weak.

use crate::document::Document;

/// Words that name evidence on their own.
const SOURCES: &[&str] = &[
    "bron",
    "bronnen",
    "onderzoek",
    "onderzoeken",
    "peiling",
    "prijspeiling",
    "tariefpeiling",
    "peildatum",
    "meting",
    "metingen",
    "getest",
    "gemeten",
    "gecertificeerd",
    "certificaat",
    "certificering",
    "audit",
    "geaudit",
    "keurmerk",
    "ecolabel",
    "onderzoeksbureau",
    "rapport",
    "vergelijkingsonderzoek",
    "steekproef",
    "testrapport",
    "consumentenbond",
    "accountant",
    "levenscyclusanalyse",
    "lca",
];

/// Words that make a test or measurement dated when a year is near.
const TESTS: &[&str] = &[
    "test",
    "getest",
    "meting",
    "gemeten",
    "onderzoek",
    "peiling",
    "enquete",
    "beoordeling",
];

/// Units that make a number a measurement.
const UNITS: &[&str] = &[
    "procent",
    "kwh",
    "mwh",
    "kg",
    "kilo",
    "gram",
    "g",
    "ton",
    "liter",
    "l",
    "km",
    "kilometer",
    "meter",
    "m",
    "minuten",
    "minuut",
    "uur",
    "dagen",
    "euro",
    "eur",
    "co2",
    "mbit",
    "gbit",
    "mbps",
    "watt",
    "w",
    "kw",
    "jaar",
];

/// True when the claim on words `first..=last` has evidence.
pub fn is_substantiated(doc: &Document<'_>, first: usize, last: usize) -> bool {
    sentence_has_evidence(doc, first) || footnote_has_evidence(doc, last)
}

/// True when the sentence of word `first` carries evidence.
pub fn sentence_has_evidence(doc: &Document<'_>, first: usize) -> bool {
    has_evidence(doc, super::sentence_words(doc, first))
}

/// True when the claim ending at word `last` is followed by an asterisk
/// whose footnote carries evidence.
pub fn footnote_has_evidence(doc: &Document<'_>, last: usize) -> bool {
    footnote(doc, last).is_some_and(|r| has_evidence(doc, r))
}

fn has_evidence(doc: &Document<'_>, range: std::ops::Range<usize>) -> bool {
    let words = doc.words();
    let norms: Vec<&str> = range.clone().map(|i| doc.norm(&words[i])).collect();
    // A named source. "volgens ons/mij" is an opinion, not a source.
    let volgens = norms.windows(2).any(|p| {
        p[0] == "volgens"
            && !matches!(
                p[1],
                "ons" | "mij" | "me" | "u" | "jou" | "jullie" | "velen" | "sommigen"
            )
    });
    if volgens || norms.iter().any(|w| SOURCES.contains(w)) {
        return true;
    }
    let is_number = |w: &str| w.bytes().next().is_some_and(|b| b.is_ascii_digit());
    let is_year =
        |w: &str| w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1950..=2100).contains(&y));
    // A measured figure with a baseline.
    let measured = norms.windows(2).any(|p| {
        (is_number(p[0]) && (p[0].ends_with('%') || UNITS.contains(&p[1])))
            || (p[0] == "€" && is_number(p[1]))
    }) || norms.iter().any(|w| w.ends_with('%') && is_number(w));
    let has_euro = doc.text()[span_of(doc, range.clone())].contains('€');
    let baseline = norms.windows(3).any(|p| {
        p[0] == "dan"
            || (p[0] == "ten" && p[1] == "opzichte" && p[2] == "van")
            || (p[0] == "vergeleken" && p[1] == "met")
    }) || norms.iter().any(|w| matches!(*w, "dan" | "t.o.v."));
    if (measured || has_euro && norms.iter().any(|w| is_number(w))) && baseline {
        return true;
    }
    // A dated test.
    norms.iter().any(|w| TESTS.contains(w)) && norms.iter().any(|w| is_year(w))
}

fn span_of(doc: &Document<'_>, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let words = doc.words();
    if range.is_empty() {
        return 0..0;
    }
    words[range.start].span.start..words[range.end - 1].span.end
}

/// When the claim ending at word `last` is followed by an asterisk, the words
/// of the first later sentence that starts with an asterisk.
fn footnote(doc: &Document<'_>, last: usize) -> Option<std::ops::Range<usize>> {
    let text = doc.text();
    let words = doc.words();
    let end = words[last].span.end;
    if !text[end..].starts_with('*') {
        return None;
    }
    let sentences = doc.sentences();
    let start_sentence = words[last].sentence as usize;
    for s in sentences.iter().skip(start_sentence + 1) {
        if s.span.slice(text).starts_with('*') {
            let first = words.iter().position(|w| w.span.start >= s.span.start)?;
            return Some(super::sentence_words(doc, first));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn substantiated(text: &str, claim: &str) -> bool {
        let doc = Document::new(text);
        let i = crate::testutil::word_at(&doc, claim);
        is_substantiated(&doc, i, i)
    }

    #[test]
    fn a_named_source_substantiates() {
        assert!(substantiated(
            "Goedkoopste volgens de prijspeiling van de Consumentenbond, maart 2026.",
            "Goedkoopste"
        ));
        assert!(substantiated(
            "De snelste bezorger (bron: onderzoek van Bureau X).",
            "snelste"
        ));
    }

    #[test]
    fn opinion_is_no_source() {
        assert!(!substantiated("Volgens ons de beste koffie.", "beste"));
    }

    #[test]
    fn a_figure_with_a_baseline_substantiates() {
        assert!(substantiated(
            "Zuiniger: 30% minder water dan ons model uit 2022.",
            "Zuiniger"
        ));
        assert!(!substantiated("Zuiniger dan ooit!", "Zuiniger"));
    }

    #[test]
    fn a_dated_test_substantiates() {
        assert!(substantiated("Beste koffie in de test van 2025.", "Beste"));
    }

    #[test]
    fn a_footnote_behind_an_asterisk_substantiates() {
        assert!(substantiated(
            "Goedkoopste* van Gent. *Vergeleken met vijf aanbieders, peildatum 1 maart 2026.",
            "Goedkoopste"
        ));
        assert!(!substantiated(
            "Goedkoopste van Gent. *Niets.",
            "Goedkoopste"
        ));
    }
}
