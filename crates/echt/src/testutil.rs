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

/// `(rule, matched text)` of every finding the default analyzer reports.
fn findings(text: &str) -> Vec<(String, String)> {
    Analyzer::default()
        .analyze(text)
        .findings
        .into_iter()
        .map(|f| (f.rule, f.text))
        .collect()
}

/// Asserts that the default analyzer reports `rule` on exactly `matched`.
#[track_caller]
pub fn assert_finds(text: &str, rule: &str, matched: &str) {
    let got = findings(text);
    assert!(
        got.iter().any(|(r, t)| r == rule && t == matched),
        "expected {rule} on {matched:?} in {text:?}; got {got:?}"
    );
}

/// Asserts that the default analyzer reports nothing.
#[track_caller]
pub fn assert_silent(text: &str) {
    let got = findings(text);
    assert!(
        got.is_empty(),
        "expected no findings in {text:?}; got {got:?}"
    );
}

/// Index of the first word written as `surface` in `doc`.
#[track_caller]
pub fn word_at(doc: &crate::Document<'_>, surface: &str) -> usize {
    doc.words()
        .iter()
        .position(|w| doc.surface(w) == surface)
        .unwrap_or_else(|| panic!("{surface:?} not in {:?}", doc.text()))
}

/// The text of every file in `corpus/{dev,test,examples}`.
pub fn corpus_texts() -> impl Iterator<Item = String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    ["dev", "test", "examples"]
        .into_iter()
        .filter_map(move |split| std::fs::read_dir(root.join(split)).ok())
        .flat_map(|dir| dir.flatten())
        .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
}
