//! Property tests for the span and offset invariants, on arbitrary Unicode.

use echt::tokenize::tokenize;
use echt::{Analyzer, Document, LineIndex};
use proptest::prelude::*;

/// Text mixing Dutch words, claim phrases, accents, quotes, emoji and odd
/// white space, so that tokens, merges and findings all get exercised.
fn dutch_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "de",
        "goedkoopste",
        "klant",
        "centraal",
        "Wij",
        "stellen",
        "dé",
        "nr.",
        "1",
        "#1",
        "100%",
        "CO2-neutraal",
        "auto's",
        "„",
        "”",
        "“",
        "‘",
        "’",
        "\"",
        "'",
        ".",
        ",",
        "!",
        "?",
        "…",
        "-",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "\t",
        "é",
        "ë",
        "😀",
        "€",
        "9,5",
        "allerbeste",
        "staat",
        "bij",
        "ons",
        "meest",
        "betrouwbare",
        "d.w.z.",
        "ĳ",
        "Σ",
        "\u{200b}",
        "\r\n",
        "klant-",
        "₂",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![dutch_like(), any::<String>()]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn token_spans_are_sorted_disjoint_and_on_char_boundaries(text in any_text()) {
        let tokens = tokenize(&text);
        let mut last_end = 0;
        for t in &tokens {
            prop_assert!(t.span.start >= last_end, "overlap at {:?}", t.span);
            prop_assert!(t.span.start < t.span.end, "empty token {:?}", t.span);
            prop_assert!(t.span.end <= text.len());
            prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            last_end = t.span.end;
        }
    }

    #[test]
    fn words_keep_their_source_spans(text in any_text()) {
        let doc = Document::new(&text);
        for w in doc.words() {
            // Normalisation rewrites the norm, never the span.
            prop_assert_eq!(doc.surface(w), &text[w.span.range()]);
            prop_assert_eq!(w.span, doc.tokens()[w.token as usize].span);
        }
    }

    #[test]
    fn findings_slice_the_source_and_positions_agree(text in any_text()) {
        let report = Analyzer::default().analyze(&text);
        let lines = LineIndex::new(&text);
        for f in &report.findings {
            prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
            prop_assert_eq!(&text[f.span.range()], f.text.as_str());
            let p = lines.position(&text, f.span.start);
            prop_assert_eq!((p.line, p.column, p.column_utf16), (f.line, f.column, f.column_utf16));
            // Line and column point at the same byte.
            let line_start = lines.line_start(f.line).unwrap_or(0);
            let col_bytes: usize = text[line_start..].chars().take(f.column - 1).map(char::len_utf8).sum();
            prop_assert_eq!(line_start + col_bytes, f.span.start);
        }
    }

    #[test]
    fn findings_are_ordered(text in dutch_like()) {
        let report = Analyzer::default().analyze(&text);
        for pair in report.findings.windows(2) {
            prop_assert!(pair[0].span.start <= pair[1].span.start);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// One shared analyzer gives the same reports from any thread.
    #[test]
    fn parallel_analysis_equals_sequential(texts in prop::collection::vec(dutch_like(), 1..12)) {
        let analyzer = Analyzer::default();
        let sequential: Vec<_> = texts.iter().map(|t| analyzer.analyze(t)).collect();
        let parallel: Vec<_> = std::thread::scope(|s| {
            let handles: Vec<_> = texts
                .iter()
                .map(|t| {
                    let a = analyzer.clone();
                    s.spawn(move || a.analyze(t))
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap_or_default()).collect()
        });
        prop_assert_eq!(sequential, parallel);
    }
}
