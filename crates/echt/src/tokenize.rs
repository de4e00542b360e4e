//! Stage 1: text to tokens.
//!
//! Splits text on Unicode word boundaries (UAX #29, via `unicode-segmentation`)
//! and then merges the pieces that Dutch writes as one unit:
//!
//! * hyphenated compounds: `CO2-neutraal`, `klant-centraal`, `state-of-the-art`,
//!   and the elliptic `klant-` in "klant- en servicegericht";
//! * percentages and rankings: `100%`, `#1`;
//! * abbreviations with periods: `nr.`, `bijv.`, `d.w.z.`, initials (`J.`);
//! * an ellipsis written as three periods;
//! * subscript digits (`CO₂`).
//!
//! UAX #29 already keeps `auto's`, `zo'n`, `9,5`, `1.000` and `dé` together.
//! Line breaks are kept as [`TokenKind::LineBreak`] tokens because sentence
//! detection needs them; other white space is dropped.
//!
//! Every token's span points into the original text and never changes after
//! this stage.

use crate::Span;
use unicode_segmentation::UnicodeSegmentation;

/// What kind of text a token covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A word, possibly a hyphenated compound or an abbreviation with periods.
    Word,
    /// A number, with decimals, `%` or a leading `#`.
    Number,
    /// Punctuation other than quotes.
    Punct,
    /// A quotation mark.
    Quote(QuoteKind),
    /// Any other symbol: currency, emoji, `&`, `©` …
    Symbol,
    /// White space containing one or more line breaks.
    LineBreak {
        /// True when the white space contains an empty line (a paragraph break).
        blank: bool,
    },
}

/// Direction of a quotation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// Only opens a quotation: `„ “ ‘ « ‹`.
    Open,
    /// Only closes a quotation: `” ’ » ›`.
    Close,
    /// Opens or closes depending on position: `" '`.
    Either,
}

/// A token: a span into the source and its kind. The token's text is read
/// back from the source with [`Span::slice`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte span in the original text.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token {
    /// True for words and numbers: the tokens that patterns match.
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number)
    }
}

/// Abbreviations that take a period in Dutch and do not end a sentence.
/// Lowercase, without the final period.
const ABBREVIATIONS: &[&str] = &[
    "a.s", "aanv", "afb", "afd", "alg", "art", "bijv", "blz", "bv", "ca", "d.d", "d.m.v", "d.w.z",
    "dhr", "dr", "drs", "e.a", "e.d", "e.v", "enz", "etc", "excl", "fa", "fig", "hfd", "i.p.v",
    "i.s.m", "i.v.m", "incl", "ing", "ir", "jl", "jr", "m.b.t", "m.i", "m.u.v", "mevr", "mr", "mw",
    "n.a.v", "nl", "no", "nr", "nrs", "o.a", "o.b.v", "o.i.d", "ong", "p.p", "p.st", "resp",
    "s.v.p", "sr", "t.a.v", "t.b.v", "t.o.v", "t.w", "tel", "v.a", "vgl", "vnl", "vs", "z.g.a.n",
    "zgn",
];

/// Splits `text` into tokens with byte spans.
///
/// ```
/// use echt::tokenize::{tokenize, TokenKind};
/// let text = "Dé nr. 1 voor 100% CO2-neutrale auto's!";
/// let words: Vec<&str> = tokenize(text)
///     .iter()
///     .filter(|t| t.is_word())
///     .map(|t| t.span.slice(text))
///     .collect();
/// assert_eq!(words, ["Dé", "nr.", "1", "voor", "100%", "CO2-neutrale", "auto's"]);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    let raw = segments(text);
    merge(text, raw)
}

/// UAX #29 word segments, classified; plain spaces dropped.
fn segments(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 4 + 1);
    // True while only white space follows the last line-break token.
    let mut in_break = false;
    for (start, seg) in text.split_word_bound_indices() {
        let Some(first) = seg.chars().next() else {
            continue;
        };
        let kind = if first.is_whitespace() {
            let newlines = memchr::memchr_iter(b'\n', seg.as_bytes()).count();
            if newlines == 0 {
                continue;
            }
            if in_break && let Some(last) = out.last_mut() {
                // `\n  \n`: one paragraph break, not two line breaks.
                last.span = Span::new(last.span.start, start + seg.len());
                last.kind = TokenKind::LineBreak { blank: true };
                continue;
            }
            TokenKind::LineBreak {
                blank: newlines >= 2,
            }
        } else {
            classify(first)
        };
        in_break = matches!(kind, TokenKind::LineBreak { .. });
        out.push(Token {
            span: Span::new(start, start + seg.len()),
            kind,
        });
    }
    out
}

fn classify(first: char) -> TokenKind {
    match first {
        '„' | '“' | '‘' | '«' | '‹' => TokenKind::Quote(QuoteKind::Open),
        '”' | '’' | '»' | '›' => TokenKind::Quote(QuoteKind::Close),
        '"' | '\'' => TokenKind::Quote(QuoteKind::Either),
        c if c.is_alphabetic() => TokenKind::Word,
        c if c.is_numeric() => {
            if is_subscript_digit(c) {
                TokenKind::Symbol
            } else {
                TokenKind::Number
            }
        }
        c if c.is_ascii_punctuation() && !matches!(c, '#' | '%' | '&' | '@' | '$' | '+' | '=') => {
            TokenKind::Punct
        }
        '…' | '–' | '—' | '‐' | '‑' | '•' | '·' | '¡' | '¿' => TokenKind::Punct,
        _ => TokenKind::Symbol,
    }
}

fn is_subscript_digit(c: char) -> bool {
    ('₀'..='₉').contains(&c)
}

fn is_hyphen(s: &str) -> bool {
    matches!(s, "-" | "‐" | "‑")
}

/// Second pass: glue segments that Dutch treats as one token.
fn merge(text: &str, raw: Vec<Token>) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let mut tok = raw[i];
        i += 1;
        let adjacent = |a: &Token, b: &Token| a.span.end == b.span.start;
        let s = |t: &Token| t.span.slice(text);

        // `#1`
        if tok.kind == TokenKind::Symbol
            && s(&tok) == "#"
            && raw
                .get(i)
                .is_some_and(|n| n.kind == TokenKind::Number && adjacent(&tok, n))
        {
            tok = Token {
                span: tok.span.union(raw[i].span),
                kind: TokenKind::Number,
            };
            i += 1;
        }

        if tok.is_word() {
            while let Some(next) = raw.get(i) {
                if !adjacent(&tok, next) {
                    break;
                }
                let ns = s(next);
                // `100%`
                if tok.kind == TokenKind::Number && ns == "%" {
                    tok.span = tok.span.union(next.span);
                    i += 1;
                    continue;
                }
                // `CO₂`
                if next.kind == TokenKind::Symbol && ns.chars().all(is_subscript_digit) {
                    tok.span = tok.span.union(next.span);
                    i += 1;
                    continue;
                }
                if is_hyphen(ns) {
                    match raw.get(i + 1) {
                        // `CO2-neutraal`, `state-of-the-art`
                        Some(after) if after.is_word() && adjacent(next, after) => {
                            tok = Token {
                                span: tok.span.union(after.span),
                                kind: TokenKind::Word,
                            };
                            i += 2;
                            continue;
                        }
                        // elliptic compound: `klant- en servicegericht`
                        Some(after) if !adjacent(next, after) && tok.kind == TokenKind::Word => {
                            tok.span = tok.span.union(next.span);
                            i += 1;
                        }
                        None if tok.kind == TokenKind::Word => {
                            tok.span = tok.span.union(next.span);
                            i += 1;
                        }
                        _ => {}
                    }
                    break;
                }
                // `nr.`, `d.w.z.`, initials
                if ns == "."
                    && tok.kind == TokenKind::Word
                    && is_abbreviation(text, &tok, raw.get(i + 1))
                {
                    tok.span = tok.span.union(next.span);
                    i += 1;
                }
                break;
            }
        }

        // `...` as one punctuation token
        if tok.kind == TokenKind::Punct && s(&tok) == "." {
            while raw.get(i).is_some_and(|n| adjacent(&tok, n) && s(n) == ".") {
                tok.span = tok.span.union(raw[i].span);
                i += 1;
            }
        }
        out.push(tok);
    }
    out
}

fn is_abbreviation(text: &str, word: &Token, after_period: Option<&Token>) -> bool {
    let w = word.span.slice(text);
    if w.contains('.') {
        // UAX #29 joined `d.w.z` already.
        return true;
    }
    let lower = w.to_lowercase();
    if ABBREVIATIONS.binary_search(&lower.as_str()).is_ok() {
        return true;
    }
    // An initial: a single capital followed by a capitalised word.
    let mut chars = w.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_uppercase()
        && let Some(next) = after_period
    {
        return next.kind == TokenKind::Word
            && text[next.span.start..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::assert_tokens;

    #[test]
    fn abbreviation_list_is_sorted() {
        let mut sorted = ABBREVIATIONS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, ABBREVIATIONS);
    }

    #[test]
    fn apostrophe_plurals_stay_whole() {
        assert_tokens("auto's en foto’s", &["auto's", "en", "foto’s"]);
    }

    #[test]
    fn abbreviations_keep_their_periods() {
        assert_tokens(
            "zie nr. 3, d.w.z. blz. 4 bijv. hier.",
            &[
                "zie", "nr.", "3", ",", "d.w.z.", "blz.", "4", "bijv.", "hier", ".",
            ],
        );
    }

    #[test]
    fn initials_keep_their_period() {
        assert_tokens("J. Jansen zegt", &["J.", "Jansen", "zegt"]);
    }

    #[test]
    fn sentence_final_capital_letter_is_no_initial() {
        assert_tokens("vitamine C. daarna", &["vitamine", "C", ".", "daarna"]);
    }

    #[test]
    fn numbers_with_percent_and_decimals() {
        assert_tokens(
            "100% en 9,5 en 1.000 en 50 %",
            &["100%", "en", "9,5", "en", "1.000", "en", "50", "%"],
        );
    }

    #[test]
    fn hash_number_is_one_token() {
        assert_tokens("dé #1 van", &["dé", "#1", "van"]);
    }

    #[test]
    fn hyphenated_compounds_are_one_token() {
        assert_tokens(
            "CO2-neutraal, klant-centraal en state-of-the-art",
            &[
                "CO2-neutraal",
                ",",
                "klant-centraal",
                "en",
                "state-of-the-art",
            ],
        );
    }

    #[test]
    fn elliptic_compound_keeps_its_hyphen() {
        assert_tokens(
            "klant- en servicegericht",
            &["klant-", "en", "servicegericht"],
        );
    }

    #[test]
    fn spaced_dash_is_punctuation() {
        assert_tokens("snel - en goed", &["snel", "-", "en", "goed"]);
    }

    #[test]
    fn subscript_digits_join_the_word() {
        assert_tokens("CO₂-neutraal", &["CO₂-neutraal"]);
    }

    #[test]
    fn accented_emphasis_is_one_word() {
        assert_tokens("dé échte één", &["dé", "échte", "één"]);
    }

    #[test]
    fn all_quote_styles_are_quotes() {
        let text = "„a” “b” \"c\" 'd' ‘e’ «f»";
        let quotes: Vec<_> = tokenize(text)
            .into_iter()
            .filter(|t| matches!(t.kind, TokenKind::Quote(_)))
            .map(|t| t.span.slice(text))
            .collect();
        assert_eq!(
            quotes,
            ["„", "”", "“", "”", "\"", "\"", "'", "'", "‘", "’", "«", "»"]
        );
    }

    #[test]
    fn ellipsis_is_one_token() {
        assert_tokens("wacht... ja", &["wacht", "...", "ja"]);
    }

    #[test]
    fn line_breaks_are_kept() {
        let toks = tokenize("a\nb\n\nc");
        let kinds: Vec<_> = toks.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [
                TokenKind::Word,
                TokenKind::LineBreak { blank: false },
                TokenKind::Word,
                TokenKind::LineBreak { blank: true },
                TokenKind::Word
            ]
        );
    }
}
