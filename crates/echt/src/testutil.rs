//! Test helpers shared by the unit tests (`#[track_caller]`, so a failure
//! points at the test that called them).

use crate::Analyzer;
use crate::tokenize::tokenize;

/// Asserts the texts of the non-line-break tokens of `text`.
#[track_caller]
pub fn assert_tokens(text: &str, expected: &[&str]) {
    let got: Vec<&str> = tokenize(text)
        .iter()
        .filter(|t| !matches!(t.kind, crate::tokenize::TokenKind::LineBreak { .. }))
        .map(|t| t.span.slice(text))
        .collect();
    assert_eq!(got, expected, "tokens of {text:?}");
}

/// Asserts that the default analyzer reports `rule` on exactly `matched`.
#[track_caller]
pub fn assert_finds(text: &str, rule: &str, matched: &str) {
    let report = Analyzer::default().analyze(text);
    let got: Vec<(String, String)> = report
        .findings
        .iter()
        .map(|f| (f.rule.clone(), f.text.clone()))
        .collect();
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.rule == rule && f.text == matched),
        "expected {rule} on {matched:?} in {text:?}; got {got:?}"
    );
}

/// Asserts that the default analyzer reports nothing.
#[track_caller]
pub fn assert_silent(text: &str) {
    let report = Analyzer::default().analyze(text);
    let got: Vec<(String, String)> = report
        .findings
        .iter()
        .map(|f| (f.rule.clone(), f.text.clone()))
        .collect();
    assert!(
        got.is_empty(),
        "expected no findings in {text:?}; got {got:?}"
    );
}
