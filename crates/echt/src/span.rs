//! Byte spans into the original text.
//!
//! Every stage of the pipeline reports positions as [`Span`]s: half-open byte
//! ranges into the text the user gave, always on `char` boundaries. Filters
//! (normalisation, stemming) rewrite token *text*, never spans, so a span can
//! always be used to slice the source and underline exactly what was matched.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A half-open byte range `start..end` into a source text.
///
/// ```
/// use echt::Span;
/// let text = "de goedkoopste";
/// let span = Span::new(3, 14);
/// assert_eq!(span.slice(text), "goedkoopste");
/// assert_eq!(span.len(), 11);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span. `start` must not be greater than `end`.
    ///
    /// # Panics
    /// When `start > end`: that is a bug in the caller, never a property of
    /// the user's input.
    pub fn new(start: usize, end: usize) -> Self {
        assert!(start <= end, "span start {start} > end {end}");
        Span { start, end }
    }

    /// The text this span covers. Returns `""` when the span does not fit the
    /// text or does not fall on character boundaries.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies completely inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn union(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The span as a `Range<usize>`.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// A position in a text as editors show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// Line number, starting at 1.
    pub line: usize,
    /// Column in Unicode scalar values, starting at 1.
    pub column: usize,
    /// Column in UTF-16 code units, starting at 1 (what LSP editors count).
    pub column_utf16: usize,
}

/// Maps byte offsets to lines and columns.
///
/// Built once per text in `O(n)`; each lookup is a binary search plus a scan
/// of one line.
///
/// ```
/// use echt::LineIndex;
/// let text = "eerste regel\nde beste ü";
/// let index = LineIndex::new(text);
/// let pos = index.position(text, 16);
/// assert_eq!((pos.line, pos.column), (2, 4));
/// ```
///
/// A UTF-8 byte order mark at the start of the text is not part of the first
/// line: byte offsets still count it (they index the text as it is), columns
/// do not, as in editors.
///
/// ```
/// use echt::LineIndex;
/// let text = "\u{feff}de beste";
/// let pos = LineIndex::new(text).position(text, 6);
/// assert_eq!((pos.line, pos.column), (1, 4));
/// ```
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset of each line's first character (after a byte order mark
    /// for the first line).
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let first = if text.starts_with('\u{feff}') {
            '\u{feff}'.len_utf8()
        } else {
            0
        };
        let mut starts = vec![first];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// Byte offset where line `line` (1-based) starts; for the first line,
    /// after a byte order mark.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line.checked_sub(1)?).copied()
    }

    /// The 0-based line of byte `offset` (a byte order mark is on line 0).
    fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// The 1-based line and columns of byte `offset` in `text` (the text this
    /// index was built from). Offsets past the end clamp to the end.
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = offset.min(text.len());
        let line_idx = self.line_of(offset);
        let start = self.starts[line_idx].min(offset);
        let (chars, utf16) = count_columns(&text.as_bytes()[start..offset]);
        Position {
            line: line_idx + 1,
            column: 1 + chars,
            column_utf16: 1 + utf16,
        }
    }

    /// A cursor that computes positions for increasing offsets in time
    /// proportional to the distance walked, not to the line length: use it
    /// for many positions on long lines.
    pub fn cursor<'a>(&'a self, text: &'a str) -> PositionCursor<'a> {
        PositionCursor {
            index: self,
            text,
            offset: self.starts[0].min(text.len()),
            pos: Position {
                line: 1,
                column: 1,
                column_utf16: 1,
            },
        }
    }

    /// The text of the line containing byte `offset`, without its line break
    /// (and, for the first line, without a byte order mark).
    pub fn line_text<'t>(&self, text: &'t str, offset: usize) -> &'t str {
        let offset = offset.min(text.len());
        let line_idx = self.line_of(offset);
        let start = self.starts[line_idx];
        let end = self
            .starts
            .get(line_idx + 1)
            .map_or(text.len(), |&next| next - 1);
        text.get(start..end).unwrap_or("").trim_end_matches('\r')
    }
}

/// The characters that start in `bytes` (a slice of UTF-8 text that starts
/// on a character boundary), and their length in UTF-16 code units: every
/// byte that is no continuation byte starts a character, and the four-byte
/// ones (lead byte `0xF0` and up) take two UTF-16 units. A byte loop instead
/// of decoding characters, eight bytes at a time (a continuation byte has
/// its top bits `10`, a four-byte lead byte `1111`);
/// `count_columns_equals_char_walk` pins it.
#[inline]
fn count_columns(bytes: &[u8]) -> (usize, usize) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let (mut continuations, mut astral) = (0, 0);
    for chunk in chunks.by_ref() {
        let w = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or_default());
        // Bit 7 of each byte, moved under it: bit 7 of `w << k` is bit
        // `7 - k` of the same byte.
        continuations += (w & !(w << 1) & HIGH).count_ones() as usize;
        astral += (w & (w << 1) & (w << 2) & (w << 3) & HIGH).count_ones() as usize;
    }
    let rest = chunks.remainder();
    continuations += rest.iter().filter(|&&b| b & 0xC0 == 0x80).count();
    astral += rest.iter().filter(|&&b| b >= 0xF0).count();
    let chars = bytes.len() - continuations;
    (chars, chars + astral)
}

/// Positions for increasing offsets; see [`LineIndex::cursor`].
#[derive(Debug, Clone)]
pub struct PositionCursor<'a> {
    index: &'a LineIndex,
    text: &'a str,
    offset: usize,
    pos: Position,
}

impl PositionCursor<'_> {
    /// The position of `offset`. Offsets before the previous one fall back
    /// to [`LineIndex::position`].
    pub fn position(&mut self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line_idx = self.index.line_of(offset);
        if offset < self.offset || line_idx + 1 != self.pos.line {
            self.pos = self.index.position(self.text, offset);
        } else {
            // From the line's start at the earliest: a byte order mark
            // before it is no column.
            let from = self.offset.max(self.index.starts[line_idx]).min(offset);
            let (chars, utf16) = count_columns(&self.text.as_bytes()[from..offset]);
            self.pos.column += chars;
            self.pos.column_utf16 += utf16;
        }
        self.offset = offset;
        self.pos
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_out_of_bounds_is_empty() {
        assert_eq!(Span::new(2, 40).slice("kort"), "");
    }

    #[test]
    fn overlap_is_half_open() {
        assert!(!Span::new(0, 3).overlaps(Span::new(3, 5)));
        assert!(Span::new(0, 4).overlaps(Span::new(3, 5)));
    }

    #[test]
    fn positions_count_chars_and_utf16_units() {
        let text = "a\n„é😀 x";
        let idx = LineIndex::new(text);
        let x = text.find('x').unwrap();
        let p = idx.position(text, x);
        assert_eq!(p.line, 2);
        assert_eq!(p.column, 5); // „ é 😀 space x
        assert_eq!(p.column_utf16, 6); // emoji is two UTF-16 units
        assert_eq!(idx.line_text(text, x), "„é😀 x");
    }

    /// The cursor gives the same position as `position` at every char;
    /// returns the cursor, now at the end.
    fn assert_cursor_agrees<'a>(text: &'a str, idx: &'a LineIndex) -> PositionCursor<'a> {
        let mut cursor = idx.cursor(text);
        for (offset, _) in text.char_indices() {
            assert_eq!(
                cursor.position(offset),
                idx.position(text, offset),
                "{offset}"
            );
        }
        cursor
    }

    #[test]
    fn cursor_agrees_with_position() {
        let text = "ab „é😀 cd\nxy é z\n\nq";
        let idx = LineIndex::new(text);
        let mut cursor = assert_cursor_agrees(text, &idx);
        assert_eq!(cursor.position(0), idx.position(text, 0));
    }

    /// The definition: walk the characters that start before `offset`.
    fn char_walk(text: &str, offset: usize) -> (usize, usize) {
        text.char_indices()
            .take_while(|&(i, _)| i < offset)
            .fold((0, 0), |(n, u), (_, c)| (n + 1, u + c.len_utf16()))
    }

    proptest::proptest! {
        #[test]
        fn count_columns_equals_char_walk(text in "[a-zé„😀\u{10FFFF}\u{800} ]{0,120}", cut in 0usize..500) {
            let offset = cut.min(text.len());
            proptest::prop_assert_eq!(count_columns(&text.as_bytes()[..offset]), char_walk(&text, offset));
        }
    }

    #[test]
    fn first_position_is_one_one() {
        let idx = LineIndex::new("abc");
        let p = idx.position("abc", 0);
        assert_eq!((p.line, p.column, p.column_utf16), (1, 1, 1));
    }

    #[test]
    fn crlf_lines_are_trimmed() {
        let text = "een\r\ntwee";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_text(text, 0), "een");
        assert_eq!(idx.position(text, 5).line, 2);
    }

    #[test]
    fn a_byte_order_mark_is_not_a_column() {
        let text = "\u{feff}De 😀 beste\nnog een";
        let idx = LineIndex::new(text);
        let beste = text.find("beste").unwrap();
        let p = idx.position(text, beste);
        assert_eq!((p.line, p.column, p.column_utf16), (1, 6, 7));
        assert_eq!(idx.position(text, 0).column, 1);
        assert_eq!(idx.position(text, 3).column, 1);
        assert_eq!(idx.line_start(1), Some(3));
        assert_eq!(idx.line_text(text, beste), "De 😀 beste");
        assert_eq!(idx.line_text(text, 0), "De 😀 beste");
        let _ = assert_cursor_agrees(text, &idx);
        // Only a mark at the very start is skipped.
        let inner = "a\u{feff}b";
        assert_eq!(LineIndex::new(inner).position(inner, 4).column, 3);
    }

    #[test]
    fn a_text_that_is_only_a_byte_order_mark() {
        let text = "\u{feff}";
        let idx = LineIndex::new(text);
        assert_eq!(idx.position(text, 3).column, 1);
        assert_eq!(idx.line_text(text, 0), "");
        assert_eq!(idx.cursor(text).position(3).column, 1);
    }
}
