//! A text run through the analysis stages up to (not including) matching.
//!
//! `Document::new` is the pipeline in one place:
//! [`crate::tokenize`] → [`crate::sentence`] → [`crate::normalize`] →
//! [`crate::morphology`].
//! Each stage reads what the earlier ones produced and adds its own fields;
//! nothing flows back.

use crate::Span;
use crate::forms::FormTable;
use crate::morphology::{AdjectiveForm, StemFilter};
use crate::normalize;
use crate::sentence::{self, Place, Sentence};
use crate::tokenize::{self, Token};
use std::cell::RefCell;

/// The vectors a document is built in. A dropped document hands them back
/// to its thread, and the next document built there reuses them: a warm
/// thread analysing a corpus allocates nothing per document for them.
#[derive(Default)]
struct Buffers {
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
    places: Vec<Place>,
    words: Vec<Word>,
    strings: String,
}

/// Zero bytes after the lowercase copy of the text and after the folded
/// forms, so that a form key ([`FormTable::intern`]) loads 8 or 16 bytes
/// from the start of nearly any form.
const PAD: &str = "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
const _: () = assert!(PAD.len() == 16);

/// Buffers larger than this (in elements or bytes) are not kept: one huge
/// document must not pin its memory for the rest of a run.
const KEEP_BUFFERS: usize = 1 << 20;

thread_local! {
    static SPARE: RefCell<Option<Buffers>> = const { RefCell::new(None) };
}

/// A word or number token with everything matching needs.
#[derive(Debug, Clone, Copy)]
pub struct Word {
    /// Index of the underlying token.
    pub token: u32,
    /// Byte span in the source.
    pub span: Span,
    norm: (u32, u32),
    stem: (u32, u32),
    /// The number of the folded form in the thread's form table
    /// ([`crate::forms`]; valid under [`Document::form_stamp`]).
    pub(crate) form: u32,
    /// Degree and lemma, when the word is a comparative or superlative form
    /// of a known adjective.
    pub graded: Option<AdjectiveForm>,
    /// Index of the sentence the word is in.
    pub sentence: u32,
    /// Document-wide clause number.
    pub clause: u32,
}

/// A text split into tokens, sentences and analysed words.
///
/// ```
/// use echt::Document;
/// let doc = Document::new("Dé allergoedkoopste!");
/// let norms: Vec<&str> = doc.words().iter().map(|w| doc.norm(w)).collect();
/// assert_eq!(norms, ["de", "allergoedkoopste"]);
/// assert_eq!(doc.words()[1].graded.map(|g| g.lemma), Some("goedkoop"));
/// ```
pub struct Document<'t> {
    text: &'t str,
    /// The stamp of the form table the words' form numbers come from.
    forms: u64,
    tokens: Vec<Token>,
    sentences: Vec<Sentence>,
    words: Vec<Word>,
    strings: String,
    /// Kept only to be handed back with the other buffers.
    places: Vec<Place>,
}

impl Drop for Document<'_> {
    fn drop(&mut self) {
        let small =
            self.tokens.capacity() <= KEEP_BUFFERS && self.strings.capacity() <= KEEP_BUFFERS * 4;
        if small {
            let buffers = Buffers {
                tokens: std::mem::take(&mut self.tokens),
                sentences: std::mem::take(&mut self.sentences),
                places: std::mem::take(&mut self.places),
                words: std::mem::take(&mut self.words),
                strings: std::mem::take(&mut self.strings),
            };
            // `try_with`: a document dropped while its thread shuts down
            // simply frees its buffers.
            let _ = SPARE.try_with(|spare| {
                if let Ok(mut spare) = spare.try_borrow_mut() {
                    *spare = Some(buffers);
                }
            });
        }
    }
}

impl Word {
    /// True when the word is written in ASCII only (then its folded form is
    /// its own lowercase).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        // Only non-ASCII words get their folded form appended after the text.
        self.norm.0 as usize == self.span.start
    }

    /// True when the morphology stage stemmed the word (see
    /// [`Document::stem`]).
    #[inline]
    pub(crate) fn has_stem(&self) -> bool {
        self.stem.0 != self.stem.1
    }
}

/// Offset of the first byte at or after `from` that is not ASCII (the
/// length of `bytes` when there is none), eight bytes at a time.
fn next_non_ascii(bytes: &[u8], from: usize) -> usize {
    let rest = bytes.get(from..).unwrap_or_default();
    let mut chunks = rest.chunks_exact(8);
    let mut offset = from;
    for chunk in &mut chunks {
        let word = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_ne_bytes);
        if word & 0x8080_8080_8080_8080 != 0 {
            break;
        }
        offset += 8;
    }
    bytes
        .get(offset..)
        .unwrap_or_default()
        .iter()
        .position(|&b| !b.is_ascii())
        .map_or(bytes.len(), |i| offset + i)
}

impl<'t> Document<'t> {
    /// Analyses `text` without stemming (no lexicon asked for stems).
    pub fn new(text: &'t str) -> Document<'t> {
        Document::with_stems(text, StemFilter::none())
    }

    /// Analyses `text`, stemming the words `stems` may need.
    pub fn with_stems(text: &'t str, stems: &StemFilter) -> Document<'t> {
        let Buffers {
            mut tokens,
            mut sentences,
            mut places,
            mut words,
            mut strings,
        } = SPARE.with_borrow_mut(Option::take).unwrap_or_default();
        tokenize::tokenize_into(text, &mut tokens);
        sentence::segment_into(text, &tokens, &mut sentences, &mut places);
        // The folded forms live in one buffer. It starts as an ASCII-lowercase
        // copy of the whole text (one cheap pass), so the folded form of an
        // ASCII word is simply its own span in the copy; the few other words
        // have their folded forms (and stems) appended after it.
        strings.clear();
        strings.reserve(text.len() + text.len() / 8 + 2 * PAD.len());
        strings.push_str(text);
        strings.make_ascii_lowercase();
        // Zero bytes after the copy: the form key of a word near the end
        // of the text is one 16-byte load like any other's.
        strings.push_str(PAD);
        words.clear();
        words.reserve(tokens.len());
        let bytes = text.as_bytes();
        // The first non-ASCII byte at or after the current word: a word
        // ending before it is ASCII. Tokens come in text order, so the text
        // is scanned once, however many words there are.
        let mut non_ascii = next_non_ascii(bytes, 0);
        for (i, tok) in tokens.iter().enumerate() {
            if !tok.is_word() {
                continue;
            }
            if non_ascii < tok.span.start {
                non_ascii = next_non_ascii(bytes, tok.span.start);
            }
            let norm = if tok.span.end <= non_ascii {
                (tok.span.start as u32, tok.span.end as u32)
            } else {
                let start = strings.len();
                normalize::fold_into(tok.span.slice(text), &mut strings);
                (start as u32, strings.len() as u32)
            };
            words.push(Word {
                token: i as u32,
                span: tok.span,
                norm,
                stem: (0, 0),
                form: 0,
                graded: None,
                sentence: places[i].sentence,
                clause: places[i].clause,
            });
        }
        // Each word's morphology comes from the thread's form table: one
        // hash lookup per word, the morphology itself once per form. A loop
        // of its own, so that the processor overlaps the lookups of
        // several words (each may wait on memory).
        let forms = FormTable::with(stems, |table| {
            for w in words.iter_mut() {
                let (start, end) = (w.norm.0 as usize, w.norm.1 as usize);
                let (form, info) = table.intern(strings.as_bytes(), start, end, stems);
                w.form = form;
                let Some(info) = info else { continue };
                w.graded = info.graded;
                w.stem = match info.stem.as_deref() {
                    None => (0, 0),
                    // The stem shares the norm's bytes where it is a prefix.
                    Some(s)
                        if strings
                            .as_bytes()
                            .get(start..end)
                            .is_some_and(|b| b.starts_with(s.as_bytes())) =>
                    {
                        (w.norm.0, w.norm.0 + s.len() as u32)
                    }
                    Some(s) => {
                        let st = strings.len();
                        strings.push_str(s);
                        (st as u32, strings.len() as u32)
                    }
                };
            }
            table.stamp()
        });
        strings.push_str(PAD);
        Document {
            text,
            forms,
            tokens,
            sentences,
            words,
            strings,
            places,
        }
    }

    /// The source text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// All tokens, including punctuation and line breaks.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The sentences.
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// The word and number tokens, analysed.
    pub fn words(&self) -> &[Word] {
        &self.words
    }

    /// The folded form of a word (`Dé` → `de`).
    pub fn norm(&self, word: &Word) -> &str {
        &self.strings[word.norm.0 as usize..word.norm.1 as usize]
    }

    /// The stamp of the form table this document's form numbers belong to.
    pub(crate) fn form_stamp(&self) -> u64 {
        self.forms
    }

    /// The Snowball stem of a word, or `""` when no lexicon needed it.
    pub fn stem(&self, word: &Word) -> &str {
        &self.strings[word.stem.0 as usize..word.stem.1 as usize]
    }

    /// The word as written in the source.
    pub fn surface(&self, word: &Word) -> &'t str {
        word.span.slice(self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What the word loop computes with its shortcuts (the tracked
    /// non-ASCII offset, the byte tests before any string is made), against
    /// the plain definitions.
    #[track_caller]
    fn assert_words_as_defined(text: &str) {
        let doc = Document::new(text);
        for w in doc.words() {
            let surface = doc.surface(w);
            assert_eq!(w.is_ascii(), surface.is_ascii(), "{surface:?} in {text:?}");
            assert_eq!(doc.norm(w), normalize::fold(surface), "{surface:?}");
            let norm = doc.norm(w);
            let graded = crate::morphology::may_be_graded(norm)
                .then(|| crate::morphology::Adjectives::embedded().graded(norm))
                .flatten();
            assert_eq!(w.graded, graded, "{surface:?}");
        }
        // Equal form numbers mean equal folded forms.
        for a in doc.words() {
            for b in doc.words() {
                assert_eq!(a.form == b.form, doc.norm(a) == doc.norm(b), "{text:?}");
            }
        }
    }

    #[test]
    fn words_are_folded_and_graded_as_defined() {
        assert_words_as_defined("Dé allergoedkoopste, GOEDKOPER dan ooit: ĳzersterk é");
        assert_words_as_defined("é begin, en eind é");
        assert_words_as_defined("abcdefgh ijklmnop qrstuvwx Zürich yz");
    }

    proptest! {
        #[test]
        fn words_are_as_defined_on_any_text(text in "[a-zA-Z éÉëïĳ,.!-]{0,80}") {
            assert_words_as_defined(&text);
        }
    }
}
