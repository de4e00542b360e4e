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
use crate::per_thread::FormFlags;

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

/// True when the sentence of word `first` reports a dated test of its own
/// („in de test van Koffiegids (februari 2026)”, „Netmeter-test van mei
/// 2026”, „benchmark … 2026”): evidence strong enough that a past tense
/// („scoorde”, „was daarmee”) reports the test, not somebody else's story.
/// A source alone („volgens Nielsen”, „uit onderzoek blijkt”) is not enough.
pub fn sentence_reports_dated_test(doc: &Document<'_>, first: usize) -> bool {
    let range = super::sentence_words(doc, first);
    EVIDENCE_FLAGS.with_borrow_mut(|memo| {
        let words = doc.words();
        let seen = words[range].iter().fold(0, |seen, w| {
            seen | memo.get(doc, w, |norm, _| evidence_flags(norm))
        });
        seen & NAMED_TEST_F != 0 && seen & YEAR_F != 0
    })
}

/// A year from 1950 to 2100, as a test or a comparison is dated.
fn is_year(w: &str) -> bool {
    w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1950..=2100).contains(&y))
}

/// A word naming a test for [`sentence_reports_dated_test`].
fn is_named_test(w: &str) -> bool {
    TESTS.contains(&w)
        || w.ends_with("-test")
        // A named test or survey („Netwerktest”, „Klantonderzoek”,
        // „Test-Aankoop”), and the group it ranked („de 14 geteste
        // modellen”, „de zes deelnemende aanbieders”).
        // Not a protest or a contest („studentenprotest”), which only end
        // in the letters.
        || (w.len() > 6
            && ((w.ends_with("test") && !w.ends_with("protest") && !w.ends_with("contest"))
                || w.ends_with("onderzoek")
                || w.ends_with("vergelijking")))
        || w.starts_with("test-")
        || matches!(
            w,
            "geteste" | "onderzochte" | "getoetste" | "deelnemende" | "geauditeerde"
        )
        || matches!(
            w,
            "benchmark" | "testpanel" | "praktijktest" | "vergelijkingstest"
        )
}

/// True when the claim ending at word `last` is followed by an asterisk
/// whose footnote carries evidence.
pub fn footnote_has_evidence(doc: &Document<'_>, last: usize) -> bool {
    footnote(doc, last).is_some_and(|r| has_evidence(doc, r))
}

fn has_evidence(doc: &Document<'_>, range: std::ops::Range<usize>) -> bool {
    EVIDENCE_FLAGS.with_borrow_mut(|memo| {
        let words = doc.words();
        let flags: Vec<u32> = range
            .clone()
            .map(|i| memo.get(doc, &words[i], |norm, _| evidence_flags(norm)))
            .collect();
        decide(doc, range, &flags)
    })
}

thread_local! {
    /// Each form's [`evidence_flags`], by form number.
    static EVIDENCE_FLAGS: std::cell::RefCell<FormFlags> =
        const { std::cell::RefCell::new(FormFlags::new()) };
}

// What a word is to [`has_evidence`]: one bit per list or test.
const SOURCE_F: u32 = 1;
const TEST_F: u32 = 1 << 1;
const UNIT_F: u32 = 1 << 2;
/// "volgens".
const VOLGENS_F: u32 = 1 << 3;
/// A pronoun after "volgens" that names no source ("volgens ons").
const NO_SOURCE_F: u32 = 1 << 4;
/// Starts with a digit.
const NUMBER_F: u32 = 1 << 5;
/// Ends in `%`.
const PERCENT_F: u32 = 1 << 6;
/// A year from 1950 to 2100.
const YEAR_F: u32 = 1 << 7;
const EURO_F: u32 = 1 << 8;
/// "dan", "t.o.v.": a comparison's baseline by itself.
const BASELINE_F: u32 = 1 << 9;
const TEN_F: u32 = 1 << 10;
const OPZICHTE_F: u32 = 1 << 11;
const VAN_F: u32 = 1 << 12;
const VERGELEKEN_F: u32 = 1 << 13;
const MET_F: u32 = 1 << 14;
/// [`is_named_test`].
const NAMED_TEST_F: u32 = 1 << 15;

/// The [`has_evidence`] flags of a folded form.
fn evidence_flags(w: &str) -> u32 {
    let is = |cond: bool, flag: u32| if cond { flag } else { 0 };
    let number = w.bytes().next().is_some_and(|b| b.is_ascii_digit());
    is(SOURCES.contains(&w), SOURCE_F)
        | is(TESTS.contains(&w), TEST_F)
        | is(UNITS.contains(&w), UNIT_F)
        | is(w == "volgens", VOLGENS_F)
        | is(
            matches!(
                w,
                "ons" | "mij" | "me" | "u" | "jou" | "jullie" | "velen" | "sommigen"
            ),
            NO_SOURCE_F,
        )
        | is(number, NUMBER_F)
        | is(w.ends_with('%'), PERCENT_F)
        | is(is_year(w), YEAR_F)
        | is(w == "€", EURO_F)
        | is(matches!(w, "dan" | "t.o.v."), BASELINE_F)
        | is(w == "ten", TEN_F)
        | is(w == "opzichte", OPZICHTE_F)
        | is(w == "van", VAN_F)
        | is(w == "vergeleken", VERGELEKEN_F)
        | is(w == "met", MET_F)
        | is(is_named_test(w), NAMED_TEST_F)
}

/// Whether the words `range` of `doc`, with these [`evidence_flags`], carry
/// evidence: a named source, a measured figure with a baseline, or a dated
/// test.
fn decide(doc: &Document<'_>, range: std::ops::Range<usize>, flags: &[u32]) -> bool {
    let all = flags.iter().fold(0, |a, &f| a | f);
    let pair = |a: u32, b: u32| flags.windows(2).any(|p| p[0] & a != 0 && p[1] & b != 0);
    // "volgens de prijspeiling …", but not "volgens ons".
    let volgens = flags
        .windows(2)
        .any(|p| p[0] & VOLGENS_F != 0 && p[1] & NO_SOURCE_F == 0);
    if volgens || all & SOURCE_F != 0 {
        return true;
    }
    // A number with a unit or percentage, or an amount in euros.
    let measured = flags
        .windows(2)
        .any(|p| p[0] & NUMBER_F != 0 && (p[0] & PERCENT_F != 0 || p[1] & UNIT_F != 0))
        || pair(EURO_F, NUMBER_F)
        || flags
            .iter()
            .any(|&f| f & (PERCENT_F | NUMBER_F) == PERCENT_F | NUMBER_F);
    let priced = all & NUMBER_F != 0 && doc.text()[span_of(doc, range)].contains('€');
    // A comparison's baseline: "dan …", "ten opzichte van", "vergeleken met"
    // (with a word after it).
    let baseline = all & BASELINE_F != 0
        || flags.windows(3).any(|p| {
            p[0] & TEN_F != 0 && p[1] & OPZICHTE_F != 0 && p[2] & VAN_F != 0
                || p[0] & VERGELEKEN_F != 0 && p[1] & MET_F != 0
        });
    if (measured || priced) && baseline {
        return true;
    }
    // A dated test.
    all & TEST_F != 0 && all & YEAR_F != 0
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

    #[test]
    fn named_tests_are_tests_not_protests() {
        for w in [
            "netwerktest",
            "praktijktest",
            "klantonderzoek",
            "prijsvergelijking",
        ] {
            assert!(is_named_test(w), "{w}");
        }
        for w in ["protest", "boerenprotest", "contest", "fotocontest"] {
            assert!(!is_named_test(w), "{w}");
        }
    }

    /// [`has_evidence`] as first written, scanning the lists for every
    /// word: the reference the flags must agree with.
    fn has_evidence_reference(doc: &Document<'_>, range: std::ops::Range<usize>) -> bool {
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

    #[test]
    fn the_flags_agree_with_the_lists_on_the_corpus() {
        crate::testutil::for_each_corpus_sentence(|doc, range, sentence| {
            assert_eq!(
                has_evidence(doc, range.clone()),
                has_evidence_reference(doc, range),
                "{sentence}"
            );
        });
    }

    /// [`sentence_reports_dated_test`] as a scan of the lists, word by
    /// word: the reference its flags are checked against.
    fn sentence_reports_dated_test_reference(doc: &Document<'_>, first: usize) -> bool {
        let words = doc.words();
        let range = crate::context::sentence_words(doc, first);
        let (mut test, mut year) = (false, false);
        for w in &words[range] {
            let norm = doc.norm(w);
            test |= is_named_test(norm);
            year |= is_year(norm);
        }
        test && year
    }

    #[test]
    fn dated_tests_by_flags_agree_with_the_lists_on_the_corpus() {
        let mut dated = 0;
        crate::testutil::for_each_corpus_sentence(|doc, range, sentence| {
            let by_flags = sentence_reports_dated_test(doc, range.start);
            assert_eq!(
                by_flags,
                sentence_reports_dated_test_reference(doc, range.start),
                "{sentence}"
            );
            dated += usize::from(by_flags);
        });
        assert!(dated > 0);
    }

    fn substantiated(text: &str, claim: &str) -> bool {
        crate::testutil::at_word(text, claim, |doc, i| is_substantiated(doc, i, i))
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
    fn only_a_dated_test_reports_its_own_evidence() {
        let reports = |text: &str, claim: &str| {
            crate::testutil::at_word(text, claim, sentence_reports_dated_test)
        };
        assert!(reports(
            "In de Netmeter-test van mei 2026 was Lichtnet het snelste netwerk.",
            "snelste"
        ));
        assert!(reports(
            "In de test van Koffiegids (februari 2026) scoorde de Bonito het hoogst.",
            "hoogst"
        ));
        // A source without a dated test is a report, not the seller's evidence.
        assert!(!reports(
            "Volgens Nielsen was Korfwaard de marktleider in het noorden.",
            "marktleider"
        ));
        assert!(!reports(
            "Het onderzoek liet zien dat de duurste crème niet beter beschermt.",
            "duurste"
        ));
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
