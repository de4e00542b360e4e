//! Stage 4: sentences and clauses.
//!
//! Findings are judged per sentence, and patterns with gaps may not reach
//! across a clause. Boundaries:
//!
//! * a sentence ends after `.`, `!`, `?`, `…` (and any closing quotes or
//!   brackets right after it), at an empty line, and at a single line break
//!   when the next line starts like a new sentence (a capital, a bullet or a
//!   number) and the previous line did not end in a comma or hyphen — the
//!   usual shape of headlines and bullet lists in ad copy;
//! * a clause also ends at `,` `;` `:` brackets, slashes and spaced dashes.
//!
//! Abbreviation periods never end a sentence: the tokenizer already made them
//! part of their word (`nr.`, `d.w.z.`).

use crate::Span;
use crate::tokenize::{QuoteKind, Token, TokenKind};

/// A sentence: its span in the source and the tokens it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// From the first to the last token of the sentence.
    pub span: Span,
    /// Index range into the document's tokens.
    pub tokens: std::ops::Range<usize>,
}

/// Sentence and clause number of each token (parallel to the token list).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Place {
    /// Index of the sentence.
    pub sentence: u32,
    /// Document-wide clause number: equal for tokens in the same clause.
    pub clause: u32,
}

/// Splits tokens into sentences and clauses.
pub fn segment(text: &str, tokens: &[Token]) -> (Vec<Sentence>, Vec<Place>) {
    let mut sentences = Vec::new();
    let mut places = Vec::with_capacity(tokens.len());
    segment_into(text, tokens, &mut sentences, &mut places);
    (sentences, places)
}

/// [`segment`] into vectors the caller reuses (they are cleared first).
pub fn segment_into(
    text: &str,
    tokens: &[Token],
    sentences: &mut Vec<Sentence>,
    places: &mut Vec<Place>,
) {
    sentences.clear();
    places.clear();
    let mut sentence_start: Option<usize> = None;
    let mut clause = 0u32;
    let mut i = 0;

    let close = |sentences: &mut Vec<Sentence>, start: Option<usize>, end: usize| {
        close_sentence(tokens, sentences, start, end);
    };

    while i < tokens.len() {
        let tok = tokens[i];
        let text_of = |t: &Token| t.span.slice(text);
        if let TokenKind::LineBreak { blank } = tok.kind {
            if blank || line_starts_sentence(text, tokens, i) {
                close(sentences, sentence_start.take(), i);
                clause += 1;
            }
            places.push(Place {
                sentence: sentences.len() as u32,
                clause,
            });
            i += 1;
            continue;
        }
        if sentence_start.is_none() {
            sentence_start = Some(i);
        }
        let place = Place {
            sentence: sentences.len() as u32,
            clause,
        };
        // Only punctuation and line breaks end a sentence or clause: the
        // other tokens up to the next of those need no look at their text
        // and share this token's place, filled in as one block.
        if tok.kind != TokenKind::Punct {
            let run_end = tokens[i + 1..]
                .iter()
                .position(|t| matches!(t.kind, TokenKind::Punct | TokenKind::LineBreak { .. }))
                .map_or(tokens.len(), |k| i + 1 + k);
            places.resize(run_end, place);
            i = run_end;
            continue;
        }
        places.push(place);
        let t = text_of(&tok);
        if is_terminal(t) {
            // Closing quotes and brackets belong to the ending sentence.
            let mut j = i + 1;
            while j < tokens.len()
                && (matches!(
                    tokens[j].kind,
                    TokenKind::Quote(QuoteKind::Close | QuoteKind::Either)
                ) || (tokens[j].kind == TokenKind::Punct
                    && (is_terminal(text_of(&tokens[j])) || text_of(&tokens[j]) == ")")))
                && tokens[j].span.start == tokens[j - 1].span.end
            {
                places.push(Place {
                    sentence: sentences.len() as u32,
                    clause,
                });
                j += 1;
            }
            close(sentences, sentence_start.take(), j);
            clause += 1;
            i = j;
            continue;
        }
        if is_clause_break(t) {
            clause += 1;
        }
        i += 1;
    }
    close(sentences, sentence_start.take(), tokens.len());
}

/// Ends the sentence that started at token `start` (if one did) before
/// token `end`, without the line breaks at its ends.
fn close_sentence(
    tokens: &[Token],
    sentences: &mut Vec<Sentence>,
    start: Option<usize>,
    end: usize,
) {
    let Some(mut s) = start else { return };
    let mut e = end;
    while s < e && matches!(tokens[s].kind, TokenKind::LineBreak { .. }) {
        s += 1;
    }
    while e > s && matches!(tokens[e - 1].kind, TokenKind::LineBreak { .. }) {
        e -= 1;
    }
    if s < e {
        sentences.push(Sentence {
            span: tokens[s].span.union(tokens[e - 1].span),
            tokens: s..e,
        });
    }
}

fn is_terminal(p: &str) -> bool {
    matches!(p, "." | "!" | "?" | "…" | "...")
}

fn is_clause_break(p: &str) -> bool {
    matches!(
        p,
        "," | ";" | ":" | "(" | ")" | "[" | "]" | "/" | "-" | "–" | "—" | "•" | "·" | "{" | "}"
    )
}

/// Does the line after the line break at `i` start a new sentence?
fn line_starts_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    let prev = tokens[..i]
        .iter()
        .rev()
        .find(|t| !matches!(t.kind, TokenKind::LineBreak { .. }));
    let Some(prev) = prev else { return true };
    let prev_text = prev.span.slice(text);
    if prev_text == "," || prev_text.ends_with('-') {
        return false;
    }
    let Some(next) = tokens.get(i + 1) else {
        return true;
    };
    let next_text = next.span.slice(text);
    match next.kind {
        TokenKind::Word => next_text.chars().next().is_some_and(char::is_uppercase),
        TokenKind::Number | TokenKind::Quote(_) | TokenKind::Symbol => true,
        TokenKind::Punct => matches!(next_text, "-" | "*" | "•" | "·" | "–" | "—" | "#" | ">"),
        TokenKind::LineBreak { .. } => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;
    use proptest::prelude::*;

    fn sentences(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        segment(text, &tokens)
            .0
            .iter()
            .map(|s| s.span.slice(text))
            .collect()
    }

    /// [`segment_into`] as first written, one token per round: the block
    /// fill is pinned to it.
    fn segment_reference(
        text: &str,
        tokens: &[Token],
        sentences: &mut Vec<Sentence>,
        places: &mut Vec<Place>,
    ) {
        sentences.clear();
        places.clear();
        let mut sentence_start: Option<usize> = None;
        let mut clause = 0u32;
        let mut i = 0;

        let close = |sentences: &mut Vec<Sentence>, start: Option<usize>, end: usize| {
            close_sentence(tokens, sentences, start, end);
        };

        while i < tokens.len() {
            let tok = tokens[i];
            let text_of = |t: &Token| t.span.slice(text);
            if let TokenKind::LineBreak { blank } = tok.kind {
                if blank || line_starts_sentence(text, tokens, i) {
                    close(sentences, sentence_start.take(), i);
                    clause += 1;
                }
                places.push(Place {
                    sentence: sentences.len() as u32,
                    clause,
                });
                i += 1;
                continue;
            }
            if sentence_start.is_none() {
                sentence_start = Some(i);
            }
            places.push(Place {
                sentence: sentences.len() as u32,
                clause,
            });
            // Only punctuation ends a sentence or clause: other tokens need no
            // look at their text.
            if tok.kind != TokenKind::Punct {
                i += 1;
                continue;
            }
            let t = text_of(&tok);
            if is_terminal(t) {
                // Closing quotes and brackets belong to the ending sentence.
                let mut j = i + 1;
                while j < tokens.len()
                    && (matches!(
                        tokens[j].kind,
                        TokenKind::Quote(QuoteKind::Close | QuoteKind::Either)
                    ) || (tokens[j].kind == TokenKind::Punct
                        && (is_terminal(text_of(&tokens[j])) || text_of(&tokens[j]) == ")")))
                    && tokens[j].span.start == tokens[j - 1].span.end
                {
                    places.push(Place {
                        sentence: sentences.len() as u32,
                        clause,
                    });
                    j += 1;
                }
                close(sentences, sentence_start.take(), j);
                clause += 1;
                i = j;
                continue;
            }
            if is_clause_break(t) {
                clause += 1;
            }
            i += 1;
        }
        close(sentences, sentence_start.take(), tokens.len());
    }

    #[track_caller]
    fn assert_segments_as_reference(text: &str) {
        let tokens = tokenize(text);
        let (mut sentences, mut places) = (Vec::new(), Vec::new());
        segment_reference(text, &tokens, &mut sentences, &mut places);
        assert_eq!(segment(text, &tokens), (sentences, places), "{text:?}");
    }

    #[test]
    fn corpus_segments_agree_with_reference() {
        for text in crate::testutil::corpus_texts() {
            assert_segments_as_reference(&text);
        }
        assert_segments_as_reference("");
        assert_segments_as_reference("\n\nA. b\nC, d.” (e) - f\n- g\r\n\r\nh…");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn segments_equal_reference_on_any_text(
            pieces in prop::collection::vec(
                prop_oneof![
                    "[a-zA-Z0-9 .,;:!?()'\"\n\r\t-]{1,5}",
                    prop::sample::select(vec![
                        "nr.", "J.", "...", "…", "„", "”", "’", "•", "–", "\n\n", "\r\n", " - ",
                        "É", "é", "€", "\u{a0}",
                    ]).prop_map(String::from),
                    any::<char>().prop_map(String::from),
                ],
                0..40,
            )
        ) {
            assert_segments_as_reference(&pieces.concat());
        }
    }

    #[test]
    fn splits_on_terminal_punctuation() {
        assert_eq!(
            sentences("Wij zijn de beste. Echt waar! Of niet?"),
            ["Wij zijn de beste.", "Echt waar!", "Of niet?"]
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sentences("Zie blz. 4 en nr. 7 voor meer info."),
            ["Zie blz. 4 en nr. 7 voor meer info."]
        );
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        assert_eq!(
            sentences("Hij zei: „Wij zijn de goedkoopste.” Daarna ging hij."),
            ["Hij zei: „Wij zijn de goedkoopste.”", "Daarna ging hij."]
        );
    }

    #[test]
    fn headlines_without_period_are_sentences() {
        assert_eq!(
            sentences("De klant centraal\nBel ons vandaag nog"),
            ["De klant centraal", "Bel ons vandaag nog"]
        );
    }

    #[test]
    fn wrapped_lines_continue_the_sentence() {
        assert_eq!(
            sentences("Wij stellen de klant\ncentraal in alles."),
            ["Wij stellen de klant\ncentraal in alles."]
        );
    }

    #[test]
    fn empty_lines_split() {
        assert_eq!(sentences("een\n\ntwee"), ["een", "twee"]);
    }

    #[test]
    fn commas_start_a_new_clause() {
        let text = "beter, sneller";
        let tokens = tokenize(text);
        let (_, places) = segment(text, &tokens);
        assert_ne!(places[0].clause, places[2].clause);
        assert_eq!(places[0].sentence, places[2].sentence);
    }
}
