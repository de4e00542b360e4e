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

/// `check(doc, i)` for the document of `text` and the index of its word
/// `surface`: how the context stages' tests ask about one claim word.
pub fn at_word<T>(
    text: &str,
    surface: &str,
    check: impl FnOnce(&crate::Document<'_>, usize) -> T,
) -> T {
    let doc = crate::Document::new(text);
    let i = word_at(&doc, surface);
    check(&doc, i)
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

/// Calls `check(doc, words, sentence)` for every sentence of every corpus
/// text (its word range and its text), and asserts there were many.
pub fn for_each_corpus_sentence(
    mut check: impl FnMut(&crate::Document<'_>, std::ops::Range<usize>, &str),
) {
    let mut sentences = 0;
    for text in corpus_texts() {
        let doc = crate::Document::new(&text);
        let mut first = 0;
        while first < doc.words().len() {
            let range = crate::context::sentence_words(&doc, first);
            let words = doc.words();
            let sentence = &text[words[range.start].span.start..words[range.end - 1].span.end];
            check(&doc, range.clone(), sentence);
            sentences += 1;
            first = range.end.max(first + 1);
        }
    }
    assert!(sentences > 1000, "{sentences}");
}
