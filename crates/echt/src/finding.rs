//! Findings and the per-text report.

use crate::Span;
use crate::context::Context;
use crate::rule::{Category, Severity};
use serde::{Deserialize, Serialize};

/// One hollow claim found in a text.
///
/// Serialises to the `--format json` contract: `rule`, `category`,
/// `severity`, `start`, `end` (UTF-8 byte offsets), `line`, `column`
/// (1-based, Unicode scalar values), `column_utf16`, `text`, `message`,
/// `suggestion`, and the context flags `negated`, `quoted`, `substantiated`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Id of the rule that fired.
    pub rule: String,
    /// Claim category.
    pub category: Category,
    /// Severity after context.
    pub severity: Severity,
    /// Byte span of the claim in the analysed text.
    #[serde(flatten)]
    pub span: Span,
    /// 1-based line of `span.start`.
    pub line: usize,
    /// 1-based column of `span.start`, in Unicode scalar values.
    pub column: usize,
    /// 1-based column of `span.start`, in UTF-16 code units.
    pub column_utf16: usize,
    /// The claim as written.
    pub text: String,
    /// What is wrong (Dutch).
    pub message: String,
    /// How to make it concrete (Dutch).
    pub suggestion: String,
    /// Negation, quotation and substantiation around the claim.
    #[serde(flatten)]
    pub context: Context,
}

/// The result of analysing one text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Report {
    /// Number of words and numbers in the text.
    pub words: usize,
    /// Number of sentences.
    pub sentences: usize,
    /// Findings, ordered by position.
    pub findings: Vec<Finding>,
}

impl Report {
    /// The highest severity among the findings.
    pub fn max_severity(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }

    /// Number of claims per category, in [`Category::ALL`] order. Negated
    /// findings (reported only with `include_negated`) are no claims and are
    /// not counted.
    pub fn counts(&self) -> [usize; 9] {
        let mut counts = [0; 9];
        for f in self.findings.iter().filter(|f| !f.context.negated) {
            if let Some(i) = Category::ALL.iter().position(|c| *c == f.category) {
                counts[i] += 1;
            }
        }
        counts
    }
}
