//! Stage 8: scoring — per-document numbers for corpus research.
//!
//! For each document: the word and sentence counts, the number of findings
//! per category, the rate per 1,000 words per category, and a 0–100
//! *hollowness* score.
//!
//! ## The hollowness score (formula version 1; stable)
//!
//! Each finding contributes a weight: `error` 3, `warning` 2, `info` 1
//! (a substantiated claim is `info`). Quoted findings weigh 0 — the text
//! discusses the claim rather than making it — and negated findings are not
//! reported at all. With `W` the summed weight and `N` the number of words:
//!
//! ```text
//! density = 100 · W / N            (weighted claims per 100 words; 0 when N = 0)
//! score   = 100 · (1 − e^(−density / 2))
//! ```
//!
//! So one warning per 100 words gives 63.2, one per 1,000 words 9.5, and a
//! text without claims 0. The score is rounded to one decimal. The formula
//! only changes with a new [`SCORE_FORMULA`] version.

use crate::finding::Report;
use crate::rule::{Category, Severity};
use serde::Serialize;

/// Version of the score formula, printed in research output.
pub const SCORE_FORMULA: u32 = 1;

/// The numbers for one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scores {
    /// Words and numbers.
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Findings per category, in [`Category::ALL`] order.
    pub counts: [usize; 9],
    /// Findings per 1,000 words per category, in [`Category::ALL`] order.
    pub rates: [f64; 9],
    /// The 0–100 hollowness score (see the module docs).
    pub score: f64,
}

/// The weight of a finding in the score.
pub fn weight(severity: Severity, quoted: bool) -> f64 {
    if quoted {
        return 0.0;
    }
    match severity {
        Severity::Error => 3.0,
        Severity::Warning => 2.0,
        Severity::Info => 1.0,
    }
}

/// Scores one report.
///
/// ```
/// use echt::Analyzer;
/// let report = Analyzer::default().analyze("Bij ons staat de klant centraal.");
/// let s = echt::score::score(&report);
/// assert_eq!(s.words, 6);
/// assert_eq!(s.counts[2], 1); // customer_centric
/// assert!(s.score > 99.0);
/// ```
pub fn score(report: &Report) -> Scores {
    // Negated findings are no claims: they count nowhere, also when a
    // library user asked the analyzer to report them.
    let counts = report.counts();
    let per_1000 = |n: usize| {
        if report.words == 0 {
            0.0
        } else {
            round(n as f64 * 1000.0 / report.words as f64, 3)
        }
    };
    let weight: f64 = report
        .findings
        .iter()
        .filter(|f| !f.context.negated)
        .map(|f| weight(f.severity, f.context.quoted))
        .sum();
    let density = if report.words == 0 {
        0.0
    } else {
        100.0 * weight / report.words as f64
    };
    Scores {
        words: report.words,
        sentences: report.sentences,
        counts,
        rates: counts.map(per_1000),
        score: round(100.0 * (1.0 - (-density / 2.0).exp()), 1),
    }
}

fn round(x: f64, decimals: i32) -> f64 {
    let f = 10f64.powi(decimals);
    (x * f).round() / f
}

/// The category ids in column order.
pub fn columns() -> [&'static str; 9] {
    Category::ALL.map(Category::id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Analyzer;

    #[test]
    fn no_claims_score_zero() {
        let s = score(&Analyzer::default().analyze("De trein vertrekt om negen uur."));
        assert_eq!(s.score, 0.0);
        assert_eq!(s.counts, [0; 9]);
    }

    #[test]
    fn empty_text_scores_zero() {
        let s = score(&Report::default());
        assert_eq!((s.words, s.score), (0, 0.0));
    }

    #[test]
    fn the_formula_is_pinned() {
        // One warning in 100 words: 100 · (1 − e^−1) = 63.2.
        let text = format!("De klant is koning. {}", "woord ".repeat(96));
        let s = score(&Analyzer::default().analyze(&text));
        assert_eq!(s.words, 100);
        assert_eq!(s.score, 63.2);
        assert_eq!(s.rates[2], 10.0);
    }

    #[test]
    fn negated_claims_count_nowhere() {
        let analyzer = crate::Analyzer::builder()
            .with_default_lexicons()
            .include_negated(true)
            .build()
            .unwrap();
        let report = analyzer.analyze("Wij zijn niet de goedkoopste.");
        assert!(report.findings[0].context.negated);
        let s = score(&report);
        assert_eq!((s.counts[0], s.score), (0, 0.0));
    }

    #[test]
    fn quoted_claims_weigh_nothing() {
        let s = score(&Analyzer::default().analyze("De slogan „klant centraal” zegt niets."));
        assert_eq!(s.counts[2], 1);
        assert_eq!(s.score, 0.0);
    }
}
