//! Stage 1: text to tokens.
//!
//! Splits text on Unicode word boundaries (UAX #29, via `unicode-segmentation`)
//! and then merges the pieces that Dutch writes as one unit:
//!
//! * hyphenated compounds: `CO2-neutraal`, `klant-centraal`, `state-of-the-art`,
//!   and the elliptic `klant-` in "klant- en servicegericht";
//! * percentages and rankings: `100%`, `#1`;
//! * digits joined by slashes: `24/7`, `1/2`, `12/03/2026` (not `24 / 7`,
//!   `24/`, `a/b` or `1,5/2`);
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
//!
//! Speed: ASCII stretches of the text are segmented by a byte loop that
//! implements the ASCII subset of UAX #29; only pieces holding other
//! characters go through `unicode-segmentation` (see [`tokenize`]'s helper
//! `segments`, and the tests that pin the two to the same result). Its
//! common case, a word of letters followed by a space (or by a comma or
//! period and a space), is tested before the general dispatch on the byte's
//! class.
//!
//! The merge pass then rewrites the segment vector in place. It only has to
//! look at the few tokens around joints (`#`, `%`, periods, hyphens,
//! subscript digits, a slash between two digits), which the segmenter lists as it emits them; between
//! joints, tokens are moved as blocks. A period after a word the byte loop
//! knows to be no abbreviation is left off that list. Both stages are pinned
//! to the plain one-round-per-token merge over UAX #29 segments by
//! `tokens_equal_reference_on_any_text`.

use crate::Span;
use unicode_segmentation::UnicodeSegmentation;

/// What kind of text a token covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A word, possibly a hyphenated compound or an abbreviation with periods.
    Word,
    /// A number, with decimals, `%` or a leading `#`, or digits joined by
    /// slashes (`24/7`, `1/2`).
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
/// let text = "Dé nr. 1 voor 100% CO2-neutrale auto's, 24/7!";
/// let words: Vec<&str> = tokenize(text)
///     .iter()
///     .filter(|t| t.is_word())
///     .map(|t| t.span.slice(text))
///     .collect();
/// assert_eq!(
///     words,
///     ["Dé", "nr.", "1", "voor", "100%", "CO2-neutrale", "auto's", "24/7"]
/// );
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    // Prose averages about six bytes per token; pages never written are
    // never touched, so erring high costs address space only.
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    tokenize_into(text, &mut tokens);
    tokens
}

/// [`tokenize`] into a vector the caller reuses (it is cleared first).
pub fn tokenize_into(text: &str, tokens: &mut Vec<Token>) {
    tokens.clear();
    let joints = segments(text, tokens);
    merge::<true>(text, tokens, &joints);
}

/// Receives word-boundary segments in text order, classifies them and keeps
/// the line-break state: plain white space is dropped, white space with line
/// breaks becomes one [`TokenKind::LineBreak`] (merged with the one before
/// when only white space lies between them: `\n  \n` is one paragraph break).
///
/// It also notes which tokens [`merge`] has to look at: the joints
/// ([`is_joint`]), less periods the byte loop already knows to be inert.
struct Sink<'v> {
    out: &'v mut Vec<Token>,
    /// The text.
    bytes: &'v [u8],
    /// True while only white space follows the last line-break token.
    in_break: bool,
    /// Indices into `out` of the tokens [`merge`] must look at, ascending.
    joints: Vec<usize>,
}

impl<'v> Sink<'v> {
    fn new(out: &'v mut Vec<Token>, bytes: &'v [u8]) -> Self {
        Sink {
            out,
            bytes,
            in_break: false,
            joints: Vec::new(),
        }
    }

    /// A token, noted as a joint when it is one.
    #[inline]
    fn token(&mut self, start: usize, end: usize, kind: TokenKind) {
        if matches!(kind, TokenKind::Punct | TokenKind::Symbol)
            && is_joint(
                self.bytes,
                &Token {
                    span: Span { start, end },
                    kind,
                },
            )
        {
            self.joints.push(self.out.len());
        }
        self.plain(start, end, kind);
    }

    /// A token the caller knows [`merge`] need not look at.
    #[inline]
    fn plain(&mut self, start: usize, end: usize, kind: TokenKind) {
        self.in_break = false;
        debug_assert!(start <= end);
        self.out.push(Token {
            // Callers pass `start <= end`: no need for `Span::new`'s check.
            span: Span { start, end },
            kind,
        });
    }

    /// A white-space segment containing `newlines` line feeds.
    #[inline]
    fn white(&mut self, start: usize, end: usize, newlines: usize) {
        if newlines == 0 {
            return;
        }
        if self.in_break
            && let Some(last) = self.out.last_mut()
        {
            last.span = Span::new(last.span.start, end);
            last.kind = TokenKind::LineBreak { blank: true };
            return;
        }
        self.in_break = true;
        self.out.push(Token {
            span: Span::new(start, end),
            kind: TokenKind::LineBreak {
                blank: newlines >= 2,
            },
        });
    }

    /// One UAX #29 segment starting at byte `start`.
    fn segment(&mut self, start: usize, seg: &str) {
        let Some(first) = seg.chars().next() else {
            return;
        };
        if first.is_whitespace() {
            let newlines = memchr::memchr_iter(b'\n', seg.as_bytes()).count();
            self.white(start, start + seg.len(), newlines);
        } else {
            self.token(start, start + seg.len(), classify(first));
        }
    }
}

/// Word-boundary segments, classified; plain spaces dropped.
///
/// The result is exactly that of running UAX #29 ([`uax_segments`]) over the
/// whole text, but most of the text never goes through the general Unicode
/// algorithm. The text is cut at points where UAX #29 always breaks *and*
/// where no rule looks across the cut: after a line feed (rule WB3a), and
/// after an ASCII space followed by an ASCII character other than a space
/// (no rule joins a space to what follows, and the context rules WB6, WB7,
/// WB11 and WB12 need a letter, digit or mid-word mark next to the cut, never
/// a space). Pieces between cuts that are pure ASCII go through
/// [`ascii_segments`], a byte loop implementing the ASCII subset of UAX #29;
/// a piece holding any other character goes through `unicode-segmentation`.
/// In Dutch prose that is one piece per accented word or typographic quote.
/// `fast_segments_equal_uax` pins the equivalence.
///
/// Returns the joints for [`merge`] (see [`Sink`]).
fn segments(text: &str, out: &mut Vec<Token>) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut sink = Sink::new(out, bytes);
    let mut cur = 0;
    while let Some(q) = next_non_ascii(bytes, cur) {
        let piece_start = (cur + 1..=q)
            .rev()
            .find(|&p| is_cut(bytes, p))
            .unwrap_or(cur);
        let piece_end = (q + 1..bytes.len())
            .find(|&p| is_cut(bytes, p))
            .unwrap_or(bytes.len());
        ascii_segments(bytes, cur, piece_start, &mut sink);
        // Cuts lie on ASCII bytes, hence on char boundaries.
        let piece = text.get(piece_start..piece_end).unwrap_or("");
        for (start, seg) in piece.split_word_bound_indices() {
            sink.segment(piece_start + start, seg);
        }
        cur = piece_end;
    }
    ascii_segments(bytes, cur, bytes.len(), &mut sink);
    sink.joints
}

/// Is byte offset `p` (`0 < p < len`) a cut for [`segments`]?
#[inline]
fn is_cut(bytes: &[u8], p: usize) -> bool {
    let before = bytes[p - 1];
    before == b'\n' || (before == b' ' && bytes[p] != b' ' && bytes[p].is_ascii())
}

/// Offset of the first byte at or after `from` that is not ASCII.
#[inline]
fn next_non_ascii(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    // Prose has a non-ASCII character every thousand bytes or so: skip
    // 32-byte blocks (the standard library tests each a word at a time),
    // then eight bytes at a time, then single bytes.
    let blocks = rest
        .chunks_exact(32)
        .take_while(|block| block.is_ascii())
        .count();
    let mut offset = from + 32 * blocks;
    let mut chunks = bytes[offset..].chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        if u64::from_le_bytes(word) & 0x8080_8080_8080_8080 != 0 {
            break;
        }
        offset += 8;
    }
    bytes[offset..]
        .iter()
        .position(|&b| !b.is_ascii())
        .map(|i| offset + i)
}

/// UAX #29 word-break classes of ASCII characters (the ones that matter).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// ALetter: `A-Z a-z`.
    Letter,
    /// Numeric: `0-9`.
    Digit,
    /// ExtendNumLet: `_`.
    Underscore,
    /// MidLetter: `:` (joins letters only).
    MidLetter,
    /// MidNumLet and Single_Quote: `.` `'` (join letters or digits).
    MidNumLet,
    /// MidNum: `,` `;` (join digits only).
    MidNum,
    /// WSegSpace: ` ` (a run of spaces is one segment).
    Space,
    /// LF.
    LineFeed,
    /// CR (joins a following LF).
    CarriageReturn,
    /// Tab, vertical tab, form feed: white space without a line feed.
    OtherWhite,
    /// Anything else: a segment of its own.
    Other,
}

const fn class_of(b: u8) -> Class {
    match b {
        b'A'..=b'Z' | b'a'..=b'z' => Class::Letter,
        b'0'..=b'9' => Class::Digit,
        b'_' => Class::Underscore,
        b':' => Class::MidLetter,
        b'.' | b'\'' => Class::MidNumLet,
        b',' | b';' => Class::MidNum,
        b' ' => Class::Space,
        b'\n' => Class::LineFeed,
        b'\r' => Class::CarriageReturn,
        b'\t' | 0x0b | 0x0c => Class::OtherWhite,
        _ => Class::Other,
    }
}

static ASCII_CLASS: [Class; 128] = {
    let mut table = [Class::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = class_of(b as u8);
        b += 1;
    }
    table
};

/// The end of the run of ASCII letters starting at `j` in the ASCII bytes
/// `bytes`: eight bytes at a time while eight remain (a byte `b` below 0x80
/// is a letter when `b | 0x20` lies in `a..=z`; the sums below stay under
/// 0x100, so no byte carries into the next), then stops at the first byte
/// that is no letter. Shorter tails are left to the caller's byte loop.
#[inline]
fn letters_end(bytes: &[u8], mut j: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(j..j + 8) {
        let word = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes) | (0x20 * ONES);
        // High bit of each byte: at least `a`, and at least `{` (past `z`).
        let from_a = word + (0x80 - u64::from(b'a')) * ONES;
        let past_z = word + (0x80 - u64::from(b'{')) * ONES;
        let not_letter = !(from_a & !past_z) & HIGH;
        if not_letter != 0 {
            return j + (not_letter.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    j
}

/// True for the ASCII bytes of word runs: letters, digits and `_`.
static IS_WORD: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = matches!(
            class_of(b as u8),
            Class::Letter | Class::Digit | Class::Underscore
        );
        b += 1;
    }
    table
};

#[inline]
fn class_at(bytes: &[u8], i: usize) -> Option<Class> {
    bytes
        .get(i)
        .and_then(|&b| ASCII_CLASS.get(b as usize))
        .copied()
}

/// UAX #29 on the pure-ASCII range `from..to` of `bytes`.
///
/// ASCII needs only these rules: CR × LF (WB3), breaks around line breaks
/// (WB3a, WB3b), space × space (WB3d), letters, digits and `_` join each
/// other (WB5, WB8–WB10, WB13a, WB13b), and a single mid-word mark joins two
/// letters (`:` `.` `'`, WB6–WB7) or two digits (`,` `;` `.` `'`,
/// WB11–WB12). Everything else is a segment of one byte (WB999).
fn ascii_segments(bytes: &[u8], from: usize, to: usize, sink: &mut Sink<'_>) {
    let bytes = &bytes[..to];
    let mut i = from;
    while i < to {
        let b = bytes[i];
        // The common case first, tested before the class dispatch (an
        // indirect jump the processor often mispredicts): a word of letters
        // followed by a space. A space ends every word run and joins nothing.
        let mut j = i + 1;
        if (b | 0x20).wrapping_sub(b'a') < 26 {
            j = letters_end(bytes, j);
            let space = match bytes.get(j) {
                Some(b' ') => {
                    sink.plain(i, j, TokenKind::Word);
                    j
                }
                // A comma or period before a space joins nothing (WB6, WB7,
                // WB11 and WB12 need a letter or digit after it).
                Some(b',') if bytes.get(j + 1) == Some(&b' ') => {
                    sink.plain(i, j, TokenKind::Word);
                    sink.plain(j, j + 1, TokenKind::Punct);
                    j + 1
                }
                Some(b'.') if bytes.get(j + 1) == Some(&b' ') => {
                    sink.plain(i, j, TokenKind::Word);
                    // Unless the word is a listed abbreviation or a single
                    // letter (a possible initial), the period merges with
                    // nothing in the word's own round, and a space follows,
                    // so it starts no ellipsis: it need not be a joint. (If
                    // an earlier token took the word in, that token's round
                    // looks at the period anyway.)
                    if j - i > 1 && !in_abbreviations_ascii(&bytes[i..j]) {
                        sink.plain(j, j + 1, TokenKind::Punct);
                    } else {
                        sink.token(j, j + 1, TokenKind::Punct);
                    }
                    j + 1
                }
                _ => usize::MAX,
            };
            if space != usize::MAX {
                // One space before the next word is skipped here; a run of
                // spaces is left to its own round.
                i = if bytes.get(space + 1) == Some(&b' ') {
                    space
                } else {
                    space + 1
                };
                continue;
            }
        }
        let class = ASCII_CLASS[b as usize & 0x7f];
        match class {
            Class::Letter | Class::Digit | Class::Underscore => {
                loop {
                    // The common case first: a run of letters, eight bytes
                    // at a time, then digits and `_` one at a time.
                    j = letters_end(bytes, j);
                    while j < to && IS_WORD[bytes[j] as usize & 0x7f] {
                        j += 1;
                        j = letters_end(bytes, j);
                    }
                    let Some(c) = class_at(bytes, j) else { break };
                    if !matches!(c, Class::MidLetter | Class::MidNumLet | Class::MidNum) {
                        break;
                    }
                    let last = ASCII_CLASS[bytes[j - 1] as usize & 0x7f];
                    let after = class_at(bytes, j + 1);
                    let joins = match last {
                        Class::Letter => c != Class::MidNum && after == Some(Class::Letter),
                        Class::Digit => c != Class::MidLetter && after == Some(Class::Digit),
                        _ => false,
                    };
                    if !joins {
                        break;
                    }
                    j += 2;
                }
                let kind = match class {
                    Class::Letter => TokenKind::Word,
                    Class::Digit => TokenKind::Number,
                    _ => TokenKind::Punct,
                };
                sink.token(i, j, kind);
                i = j;
                // Most words are followed by one space and the next word:
                // skip that space here rather than in a round of its own.
                if bytes.get(i) == Some(&b' ') && bytes.get(i + 1) != Some(&b' ') {
                    i += 1;
                }
            }
            Class::Space => {
                i += 1;
                while bytes.get(i) == Some(&b' ') {
                    i += 1;
                }
            }
            Class::LineFeed => {
                sink.white(i, i + 1, 1);
                i += 1;
            }
            Class::CarriageReturn => {
                if bytes.get(i + 1) == Some(&b'\n') {
                    sink.white(i, i + 2, 1);
                    i += 2;
                } else {
                    i += 1;
                }
            }
            Class::OtherWhite => i += 1,
            Class::MidLetter | Class::MidNumLet | Class::MidNum | Class::Other => {
                sink.token(i, i + 1, ASCII_KIND[b as usize & 0x7f]);
                i += 1;
            }
        }
    }
}

/// The reference: UAX #29 word segments of the whole text, classified.
#[cfg(test)]
fn uax_segments(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut sink = Sink::new(&mut out, text.as_bytes());
    for (start, seg) in text.split_word_bound_indices() {
        sink.segment(start, seg);
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

/// [`classify`] for an ASCII character, usable in a constant.
const fn ascii_kind(b: u8) -> TokenKind {
    match b {
        b'"' | b'\'' => TokenKind::Quote(QuoteKind::Either),
        b'A'..=b'Z' | b'a'..=b'z' => TokenKind::Word,
        b'0'..=b'9' => TokenKind::Number,
        b'#' | b'%' | b'&' | b'@' | b'$' | b'+' | b'=' => TokenKind::Symbol,
        _ if b.is_ascii_punctuation() => TokenKind::Punct,
        _ => TokenKind::Symbol,
    }
}

/// [`ascii_kind`] of every ASCII byte: one load instead of a call to
/// [`classify`] for each punctuation mark.
static ASCII_KIND: [TokenKind; 128] = {
    let mut table = [TokenKind::Symbol; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = ascii_kind(b as u8);
        b += 1;
    }
    table
};

fn is_subscript_digit(c: char) -> bool {
    ('₀'..='₉').contains(&c)
}

fn is_hyphen(s: &[u8]) -> bool {
    // `-`, U+2010 and U+2011 as slice patterns: no `memcmp` call.
    matches!(s, [b'-'] | [0xe2, 0x80, 0x90 | 0x91])
}

/// Second pass: glue segments that Dutch treats as one token.
///
/// Works in place: the token written at `w` is always built from tokens at
/// `w` or later, so the segments are compacted into their own vector. With
/// `SKIP`, a token that is already in its place is not written again; the
/// tests compare that with writing every token. `joints` are the indices of
/// the tokens a merge can start from or take in first, ascending (see
/// [`Sink`]); rounds for tokens away from them are skipped.
fn merge<const SKIP: bool>(text: &str, toks: &mut Vec<Token>, joints: &[usize]) {
    let bytes = text.as_bytes();
    let s = |t: &Token| bytes.get(t.span.start..t.span.end).unwrap_or_default();
    let adjacent = |a: &Token, b: &Token| a.span.end == b.span.start;
    let mut w = 0;
    let mut i = 0;
    // Cursor into `joints`.
    let mut c = 0;
    while i < toks.len() {
        // Every merge involves a joint ([`is_joint`]: `#`, `%`, `.`, a
        // hyphen, subscript digits, a slash between digits) as the token itself or the one after
        // it; `joints` lists them all but periods known to be inert. A
        // round for a token where neither is one changes nothing, so the
        // run of such rounds is one block move (or, with `SKIP` and no merge
        // yet, nothing at all).
        while joints.get(c).is_some_and(|&k| k < i) {
            c += 1;
        }
        let next_joint = joints.get(c).copied().unwrap_or(toks.len());
        if next_joint > i {
            // The token before the joint (or the last token) still takes its
            // round below.
            let run_end = next_joint - 1;
            if run_end > i {
                if !SKIP || w != i {
                    toks.copy_within(i..run_end, w);
                }
                w += run_end - i;
                i = run_end;
            }
        }
        let from = i;
        let mut tok = toks[i];
        i += 1;

        // `#1`
        if matches!(tok.kind, TokenKind::Symbol)
            && matches!(s(&tok), [b'#'])
            && toks
                .get(i)
                .is_some_and(|n| matches!(n.kind, TokenKind::Number) && adjacent(&tok, n))
        {
            tok = Token {
                span: tok.span.union(toks[i].span),
                kind: TokenKind::Number,
            };
            i += 1;
        }

        if tok.is_word() {
            while let Some(&next) = toks.get(i) {
                if !adjacent(&tok, &next) {
                    break;
                }
                let ns = s(&next);
                // `100%`
                if matches!(tok.kind, TokenKind::Number) && matches!(ns, [b'%']) {
                    tok.span = tok.span.union(next.span);
                    i += 1;
                    continue;
                }
                // `24/7`, `1/2`, `12/03/2026`
                if is_fraction_joint(bytes, &tok, ns, toks.get(i + 1)) {
                    tok.span = tok.span.union(toks[i + 1].span);
                    i += 2;
                    continue;
                }
                // `CO₂`
                if matches!(next.kind, TokenKind::Symbol) && is_subscript_digits(ns) {
                    tok.span = tok.span.union(next.span);
                    i += 1;
                    continue;
                }
                if is_hyphen(ns) {
                    match toks.get(i + 1) {
                        // `CO2-neutraal`, `state-of-the-art`
                        Some(after) if after.is_word() && adjacent(&next, after) => {
                            tok = Token {
                                span: tok.span.union(after.span),
                                kind: TokenKind::Word,
                            };
                            i += 2;
                            continue;
                        }
                        // elliptic compound: `klant- en servicegericht`
                        Some(after)
                            if !adjacent(&next, after) && matches!(tok.kind, TokenKind::Word) =>
                        {
                            tok.span = tok.span.union(next.span);
                            i += 1;
                        }
                        None if matches!(tok.kind, TokenKind::Word) => {
                            tok.span = tok.span.union(next.span);
                            i += 1;
                        }
                        _ => {}
                    }
                    break;
                }
                // `nr.`, `d.w.z.`, initials
                if matches!(ns, [b'.'])
                    && matches!(tok.kind, TokenKind::Word)
                    && is_abbreviation(text, &tok, toks.get(i + 1))
                {
                    tok.span = tok.span.union(next.span);
                    i += 1;
                }
                break;
            }
        }

        // `...` as one punctuation token
        if matches!(tok.kind, TokenKind::Punct) && matches!(s(&tok), [b'.']) {
            while toks
                .get(i)
                .is_some_and(|n| adjacent(&tok, n) && matches!(s(n), [b'.']))
            {
                tok.span = tok.span.union(toks[i].span);
                i += 1;
            }
        }
        // A token changes only by taking in the ones after it; until the
        // first merge, an unchanged token is already in its place.
        if !SKIP || w != from || i != from + 1 {
            toks[w] = tok;
        }
        w += 1;
    }
    toks.truncate(w);
}

/// The only tokens a merge can start from or take in first (see [`merge`]):
/// symbols (`#`, `%`, subscript digits) and punctuation that starts with a
/// period or a hyphen (`-`, or a three-byte character such as U+2010 whose
/// first byte is 0xE2), and a slash with a digit on either side. Commas,
/// brackets and the like never merge.
#[inline]
fn is_joint(bytes: &[u8], t: &Token) -> bool {
    match t.kind {
        TokenKind::Symbol => true,
        TokenKind::Punct => match bytes.get(t.span.start) {
            Some(b'.' | b'-' | 0xe2) => true,
            // A slash only between two digits: `24/7`.
            Some(b'/') => {
                t.span
                    .start
                    .checked_sub(1)
                    .and_then(|p| bytes.get(p))
                    .is_some_and(u8::is_ascii_digit)
                    && bytes.get(t.span.end).is_some_and(u8::is_ascii_digit)
            }
            _ => false,
        },
        _ => false,
    }
}

/// True when `tok` (digits, or digits already joined by slashes), the slash
/// `slash` after it and the token `after` form one number such as `24/7`,
/// `1/2` or `12/03/2026`: every piece is ASCII digits and nothing lies
/// between them.
#[inline]
fn is_fraction_joint(bytes: &[u8], tok: &Token, slash: &[u8], after: Option<&Token>) -> bool {
    let digits = |span: Span| {
        bytes
            .get(span.start..span.end)
            .is_some_and(|s| !s.is_empty() && s.iter().all(u8::is_ascii_digit))
    };
    matches!(tok.kind, TokenKind::Number)
        && matches!(slash, [b'/'])
        && bytes
            .get(tok.span.start..tok.span.end)
            .is_some_and(|s| s.iter().all(|b| b.is_ascii_digit() || *b == b'/'))
        && after.is_some_and(|a| {
            matches!(a.kind, TokenKind::Number)
                && a.span.start == tok.span.end + 1
                && digits(a.span)
        })
}

/// True when `s` is one or more subscript digits (`₀`–`₉`: E2 82 80–89).
fn is_subscript_digits(s: &[u8]) -> bool {
    !s.is_empty()
        && s.len() % 3 == 0
        && s.chunks_exact(3)
            .all(|c| c[0] == 0xe2 && c[1] == 0x82 && (0x80..=0x89).contains(&c[2]))
}

fn is_abbreviation(text: &str, word: &Token, after_period: Option<&Token>) -> bool {
    let w = word.span.slice(text);
    // A byte loop: words are short, a `memchr` call costs more.
    if w.bytes().any(|b| b == b'.') {
        // UAX #29 joined `d.w.z` already.
        return true;
    }
    if in_abbreviations(w) {
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

/// An ASCII word of up to seven bytes, lowercased, as one integer: its bytes
/// and its length in the top byte (so distinct words give distinct keys).
const fn abbreviation_key(w: &[u8]) -> Option<u64> {
    if w.len() > 7 {
        return None;
    }
    let mut key = (w.len() as u64) << 56;
    let mut i = 0;
    while i < w.len() {
        key |= (w[i].to_ascii_lowercase() as u64) << (8 * i);
        i += 1;
    }
    Some(key)
}

/// The keys of [`ABBREVIATIONS`] ([`abbreviation_key`]), sorted: a word is
/// looked up by integer comparisons instead of string comparisons.
static ABBREVIATION_KEYS: [u64; ABBREVIATIONS.len()] = {
    let mut keys = [0u64; ABBREVIATIONS.len()];
    let mut n = 0;
    while n < ABBREVIATIONS.len() {
        // Every abbreviation fits (`abbreviations_have_keys`).
        let key = match abbreviation_key(ABBREVIATIONS[n].as_bytes()) {
            Some(key) => key,
            None => u64::MAX,
        };
        // Insertion sort: the list is short and sorted once, at compile time.
        let mut at = n;
        while at > 0 && keys[at - 1] > key {
            keys[at] = keys[at - 1];
            at -= 1;
        }
        keys[at] = key;
        n += 1;
    }
    keys
};

/// [`in_abbreviations`] for an ASCII word.
fn in_abbreviations_ascii(w: &[u8]) -> bool {
    abbreviation_key(w).is_some_and(|key| ABBREVIATION_KEYS.binary_search(&key).is_ok())
}

/// Is the lowercase form of `w` in [`ABBREVIATIONS`]? ASCII words are
/// compared by [`abbreviation_key`]; only other words pay for
/// `to_lowercase`.
fn in_abbreviations(w: &str) -> bool {
    if w.is_ascii() {
        return in_abbreviations_ascii(w.as_bytes());
    }
    let lower = w.to_lowercase();
    ABBREVIATIONS.binary_search(&lower.as_str()).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::assert_tokens;
    use proptest::prelude::*;

    /// The byte patterns of [`is_hyphen`] are the three hyphens it means.
    #[test]
    fn is_hyphen_as_its_characters() {
        for h in ["-", "\u{2010}", "\u{2011}"] {
            assert!(is_hyphen(h.as_bytes()), "{h:?}");
        }
        for other in [
            "", "--", "\u{2012}", "\u{2013}", "\u{2212}", "_", "\u{00ad}",
        ] {
            assert!(!is_hyphen(other.as_bytes()), "{other:?}");
        }
    }

    #[test]
    fn next_non_ascii_finds_the_first_one() {
        for len in [0usize, 1, 7, 8, 9, 31, 32, 33, 40, 64, 65, 100] {
            for at in 0..=len {
                let mut text = "a".repeat(len);
                if at < len {
                    text.replace_range(at..=at, "\u{e9}");
                }
                let bytes = text.as_bytes();
                for from in 0..=bytes.len() + 1 {
                    let expected = bytes
                        .get(from..)
                        .and_then(|rest| rest.iter().position(|b| !b.is_ascii()))
                        .map(|i| from + i);
                    assert_eq!(next_non_ascii(bytes, from), expected, "{len} {at} {from}");
                }
            }
        }
    }

    #[test]
    fn ascii_kinds_as_classified() {
        for b in 0u8..128 {
            assert_eq!(
                ASCII_KIND[usize::from(b)],
                classify(char::from(b)),
                "{b:#x}"
            );
        }
    }

    #[test]
    fn abbreviation_list_is_sorted() {
        let mut sorted = ABBREVIATIONS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, ABBREVIATIONS);
    }

    #[test]
    fn abbreviations_have_keys() {
        assert!(
            ABBREVIATIONS
                .iter()
                .all(|a| a.is_ascii() && abbreviation_key(a.as_bytes()).is_some())
        );
    }

    /// The packed lookup against the list itself.
    #[track_caller]
    fn assert_abbreviation_as_listed(w: &str) {
        let listed = ABBREVIATIONS.contains(&w.to_lowercase().as_str());
        assert_eq!(in_abbreviations(w), listed, "{w:?}");
    }

    #[test]
    fn abbreviations_are_found_as_listed() {
        for a in ABBREVIATIONS {
            assert_abbreviation_as_listed(a);
            assert_abbreviation_as_listed(&a.to_uppercase());
            assert_abbreviation_as_listed(&format!("{a}x"));
            assert_abbreviation_as_listed(&a[1..]);
        }
        for w in [
            "", "Nr", "NRS", "Bijv", "z.g.a.nx", "Dr", "de", "\u{212a}", "ĳ",
        ] {
            assert_abbreviation_as_listed(w);
        }
    }

    /// The merge pass as first written: one round per token, every token
    /// written. [`merge`] and the fused paths are pinned to it.
    fn merge_reference(text: &str, toks: &mut Vec<Token>) {
        let bytes = text.as_bytes();
        let s = |t: &Token| bytes.get(t.span.start..t.span.end).unwrap_or_default();
        let adjacent = |a: &Token, b: &Token| a.span.end == b.span.start;
        let mut w = 0;
        let mut i = 0;
        while i < toks.len() {
            let mut tok = toks[i];
            i += 1;

            // `#1`
            if matches!(tok.kind, TokenKind::Symbol)
                && matches!(s(&tok), [b'#'])
                && toks
                    .get(i)
                    .is_some_and(|n| matches!(n.kind, TokenKind::Number) && adjacent(&tok, n))
            {
                tok = Token {
                    span: tok.span.union(toks[i].span),
                    kind: TokenKind::Number,
                };
                i += 1;
            }

            if tok.is_word() {
                while let Some(&next) = toks.get(i) {
                    if !adjacent(&tok, &next) {
                        break;
                    }
                    let ns = s(&next);
                    // `100%`
                    if matches!(tok.kind, TokenKind::Number) && matches!(ns, [b'%']) {
                        tok.span = tok.span.union(next.span);
                        i += 1;
                        continue;
                    }
                    // `24/7`, `1/2`, `12/03/2026`
                    if matches!(tok.kind, TokenKind::Number)
                        && matches!(ns, [b'/'])
                        && s(&tok).iter().all(|b| b.is_ascii_digit() || *b == b'/')
                        && let Some(&after) = toks.get(i + 1)
                        && matches!(after.kind, TokenKind::Number)
                        && adjacent(&next, &after)
                        && s(&after).iter().all(u8::is_ascii_digit)
                    {
                        tok.span = tok.span.union(after.span);
                        i += 2;
                        continue;
                    }
                    // `CO₂`
                    if matches!(next.kind, TokenKind::Symbol) && is_subscript_digits(ns) {
                        tok.span = tok.span.union(next.span);
                        i += 1;
                        continue;
                    }
                    if is_hyphen(ns) {
                        match toks.get(i + 1) {
                            // `CO2-neutraal`, `state-of-the-art`
                            Some(after) if after.is_word() && adjacent(&next, after) => {
                                tok = Token {
                                    span: tok.span.union(after.span),
                                    kind: TokenKind::Word,
                                };
                                i += 2;
                                continue;
                            }
                            // elliptic compound: `klant- en servicegericht`
                            Some(after)
                                if !adjacent(&next, after)
                                    && matches!(tok.kind, TokenKind::Word) =>
                            {
                                tok.span = tok.span.union(next.span);
                                i += 1;
                            }
                            None if matches!(tok.kind, TokenKind::Word) => {
                                tok.span = tok.span.union(next.span);
                                i += 1;
                            }
                            _ => {}
                        }
                        break;
                    }
                    // `nr.`, `d.w.z.`, initials
                    if matches!(ns, [b'.'])
                        && matches!(tok.kind, TokenKind::Word)
                        && is_abbreviation(text, &tok, toks.get(i + 1))
                    {
                        tok.span = tok.span.union(next.span);
                        i += 1;
                    }
                    break;
                }
            }

            // `...` as one punctuation token
            if matches!(tok.kind, TokenKind::Punct) && matches!(s(&tok), [b'.']) {
                while toks
                    .get(i)
                    .is_some_and(|n| adjacent(&tok, n) && matches!(s(n), [b'.']))
                {
                    tok.span = tok.span.union(toks[i].span);
                    i += 1;
                }
            }
            // A token changes only by taking in the ones after it; until the
            // first merge, an unchanged token is already in its place.
            toks[w] = tok;
            w += 1;
        }
        toks.truncate(w);
    }

    /// The whole tokenizer as reference: UAX #29 segments of the whole text,
    /// then the reference merge.
    fn reference_tokens(text: &str) -> Vec<Token> {
        let mut toks = uax_segments(text);
        merge_reference(text, &mut toks);
        toks
    }

    #[track_caller]
    fn assert_tokens_as_reference(text: &str) {
        assert_eq!(tokenize(text), reference_tokens(text), "tokens of {text:?}");
    }

    #[test]
    fn tokens_agree_with_reference() {
        for text in [
            "Dé nr. 1 voor 100% CO2-neutrale auto's, klant- en servicegericht...",
            "#1 d.w.z. J. Jansen: state-of-the-art CO₂-arm ... en dan",
            "a-\nb a-\r\nb a- b a-\tb 1- 2 1-2 ## #a #1% 5%% ..a a.. J.\nJan J. Émile J. émile",
            "x\r\ny\rz\n\n \n\t\x0b\x0c  end   a.b. bijv.. Nr. NR. c.q.  e.a.",
            "„zo” ‘n’ “klant-centraal” 'top-' \"#2\" (nr. 3) -a- --a-- \u{2010}x a\u{2011}b",
            "",
            "-",
            ".",
            "a.",
            "A. B",
            "d.w-zz. a.b-cd. d.w-z. x-nr. y #nr. z 1-bijv. en. x.nr. Nr. NR. a. B. ab. \nnr. \rnr. ",
            "x-y. a-b-c. CO2-neutraal. #1. 100%. ₂a. ‐nr. ’nr. \u{2010}bijv. ",
            "24/7 1/2% 12/03/2026 24 / 7 24/ /7 a/b 1a/2 2/b #1/2 1,5/2 2/1,5 24/7-service x-1/2 ٣/٣ 1//2",
        ] {
            assert_tokens_as_reference(text);
            assert_joints_listed(text);
        }
    }

    #[test]
    fn corpus_tokens_agree_with_reference() {
        for text in crate::testutil::corpus_texts() {
            assert_tokens_as_reference(&text);
        }
    }

    fn fast(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        segments(text, &mut out);
        out
    }

    /// Every joint the byte loop leaves out is a period after a word.
    #[track_caller]
    fn assert_joints_listed(text: &str) {
        let mut out = Vec::new();
        let joints = segments(text, &mut out);
        let bytes = text.as_bytes();
        assert!(joints.windows(2).all(|w| w[0] < w[1]), "{text:?}");
        for (k, t) in out.iter().enumerate() {
            let listed = joints.contains(&k);
            assert!(!listed || is_joint(bytes, t), "{text:?} {k}");
            if is_joint(bytes, t) && !listed {
                assert_eq!(t.span.slice(text), ".", "{text:?} {k}");
                assert!(k > 0 && out[k - 1].kind == TokenKind::Word, "{text:?} {k}");
            }
        }
    }

    /// [`merge`] with its skip of tokens already in place, against writing
    /// every token.
    #[track_caller]
    fn assert_merge_as_without_skip(text: &str) {
        let mut segments = Vec::new();
        let joints = super::segments(text, &mut segments);
        let mut skipping = segments.clone();
        merge::<true>(text, &mut skipping, &joints);
        let mut writing = segments;
        merge::<false>(text, &mut writing, &joints);
        assert_eq!(skipping, writing, "tokens of {text:?}");
    }

    #[test]
    fn merge_skips_nothing_it_must_write() {
        assert_merge_as_without_skip(
            "Dé nr. 1 voor 100% CO2-neutrale auto's, klant- en servicegericht...",
        );
        assert_merge_as_without_skip("#1 d.w.z. J. Jansen: state-of-the-art CO₂-arm ... en dan");
        assert_merge_as_without_skip("");
        assert_merge_as_without_skip("wij zijn er 24/7, ook op 12/03/2026 en 1/2 uur");
    }

    /// The fast path must give exactly the UAX #29 segments.
    #[track_caller]
    fn assert_same_segments(text: &str) {
        assert_eq!(fast(text), uax_segments(text), "segments of {text:?}");
    }

    #[test]
    fn ascii_rules_agree_with_uax29() {
        for text in [
            "auto's a'b a''b 'a a' 9,5 1.000 1,a a,1 a.1 1.a a:b 1:2 a;b 1;2",
            "d.w.z. www.voorbeeld.nl info@x.nl a_b __ _a a_ 1_2 v2.0 3.5.6 a..b",
            "x\r\ny\rz\n\n \n\t\x0b\x0c\x00\x7f  end   ",
            "CO2-neutraal #1 100% \"c\" (a) [b] {c} a/b a-b a--b ...",
            "",
            " ",
            "\n",
            "a",
            "'",
            ".",
            "a.",
            ".a",
            "1.",
            "a'",
            "a:",
        ] {
            assert_same_segments(text);
        }
    }

    #[test]
    fn mixed_text_agrees_with_uax29() {
        for text in [
            "dé échte één café, naïef „zo” ‘n’ auto’s CO₂-neutraal € 5 😀 ĳs",
            "a \u{301}b \u{301} a\u{200d} x \u{200b}y a\u{200b}.b 🇳🇱🇳🇱🇳🇱 x",
            "é\n\u{301}a\r\n„b\u{2028}c\u{85}d e\u{a0}f g\u{2009} h 日本語 テスト",
            "a.é é.a é'a 1,٣ a:é Σ. Ω'x",
        ] {
            assert_same_segments(text);
        }
    }

    #[test]
    fn every_ascii_pair_and_triple_agrees_with_uax29() {
        // Every context the ASCII rules look at is at most three characters.
        let alphabet: Vec<char> = (0u8..128).map(char::from).chain(['é', '’']).collect();
        let mut text = String::new();
        for &a in &alphabet {
            for &b in &alphabet {
                text.clear();
                text.extend([a, b]);
                assert_same_segments(&text);
                for c in ['a', '1', '.', ' ', '\n', 'é'] {
                    text.clear();
                    text.extend([a, b, c]);
                    assert_same_segments(&text);
                    text.clear();
                    text.extend([c, a, b]);
                    assert_same_segments(&text);
                }
            }
        }
    }

    #[test]
    fn corpus_agrees_with_uax29() {
        for text in crate::testutil::corpus_texts() {
            assert_same_segments(&text);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn merge_skips_nothing_it_must_write_on_any_text(
            text in "[a-zA-Z0-9 #%.,'₂\u{2010}/-]{0,40}"
        ) {
            assert_merge_as_without_skip(&text);
        }

        #[test]
        fn tokens_equal_reference_on_any_text(
            pieces in prop::collection::vec(
                prop_oneof![
                    "[a-zA-Z0-9_.,;:'\" \n\r\t%#/-]{1,5}",
                    prop::sample::select(vec![
                        "24/7", "/", "1/", "/2", "nr", "Nr", "bijv", ". ", "ab. ", "J. ", "nr. ", "a.b-", "d.w.z", "J", "A", "CO2", "...", " - ", "-\n",
                        "\r\n", "\n\n", "100", "#", "%", "é", "É", "’", "„", "”", "\u{301}",
                        "\u{2010}", "\u{2011}", "₂", "€", "\u{a0}", "ĳ", "😀",
                    ]).prop_map(String::from),
                    any::<char>().prop_map(String::from),
                ],
                0..40,
            )
        ) {
            let text = pieces.concat();
            prop_assert_eq!(tokenize(&text), reference_tokens(&text));
            assert_joints_listed(&text);
        }

        #[test]
        fn abbreviations_are_found_as_listed_on_any_word(w in "[a-zA-Z.\u{212a}]{0,9}") {
            assert_abbreviation_as_listed(&w);
        }

        #[test]
        fn fast_segments_equal_uax(
            pieces in prop::collection::vec(
                prop_oneof![
                    "[a-zA-Z0-9_.,;:'\" \n\r\t%#/-]{1,4}",
                    prop::sample::select(vec![
                        "é", "ë", "’", "„", "”", "\u{301}", "\u{200d}", "\u{200b}",
                        "😀", "🇳🇱", "₂", "€", "\u{a0}", "\u{2028}", "ĳ", "٣", "日",
                    ]).prop_map(String::from),
                    any::<char>().prop_map(String::from),
                ],
                0..40,
            )
        ) {
            let text = pieces.concat();
            prop_assert_eq!(fast(&text), uax_segments(&text));
        }
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
    fn digits_joined_by_slashes_are_one_number() {
        let text = "24/7 open, 1/2 uur, op 12/03/2026";
        let toks = tokenize(text);
        let numbers: Vec<_> = toks
            .iter()
            .filter(|t| t.kind == TokenKind::Number)
            .map(|t| t.span.slice(text))
            .collect();
        assert_eq!(numbers, ["24/7", "1/2", "12/03/2026"]);
        assert_tokens("24/7 open, 1/2 uur", &["24/7", "open", ",", "1/2", "uur"]);
    }

    #[test]
    fn slash_without_digits_on_both_sides_stays_apart() {
        assert_tokens("24 / 7", &["24", "/", "7"]);
        assert_tokens("24/ en", &["24", "/", "en"]);
        assert_tokens("en/of", &["en", "/", "of"]);
        assert_tokens("a/b", &["a", "/", "b"]);
        assert_tokens("1,5/2", &["1,5", "/", "2"]);
        assert_tokens("#1/2", &["#1", "/", "2"]);
        assert_tokens("1//2", &["1", "/", "/", "2"]);
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
