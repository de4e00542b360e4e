//! The embedded lexicons' patterns, parsed when echt is compiled.
//!
//! Parsing the default lexicons' 1,100-odd patterns was over half of what a
//! short `echt check` did. `build.rs` runs the same parser ([`super::pattern`],
//! included by path) on every embedded pattern and writes its linear variants
//! in the compact binary format below; start-up reads them back instead of
//! parsing. Shared with `build.rs` (through `#[path]`): the writer and the
//! reader of the format live side by side.
//!
//! Two checks need what only the library has, the tokenizer and the
//! adjective lexicon: whether a pattern word is one word, whether a `sup:`
//! lemma is an adjective. The build records the words and lemmas it could
//! not check, and start-up checks them. Whenever a record is missing, does
//! not read, or fails a check, that pattern is parsed at run time as before,
//! which reports any error with its file and line.
//!
//! ## Format
//!
//! Two parts per file: the records (bytes) and a string table (text, so
//! that its UTF-8 is checked when echt is compiled, not at start-up).
//! Numbers are LEB128 varints; a string is two numbers, its byte offset in
//! the table and its length. Per rule: the number of its patterns (patterns, exceptions,
//! requirements and vetoes, in that order), then one record per pattern:
//! its length in bytes, 0 for a pattern to parse at run time, then
//!
//! ```text
//! record  := n_words word… n_lemmas lemma… n_linears linear…
//! linear  := anchors n_elements element…      anchors: 1 clause start, 2 clause end
//! element := gap focus(0|1) n_atoms atom…
//! atom    := 'l' folded | 'x' folded exact | 'p' s | 's' s | 'a' prefix suffix
//!          | 'i' s | 't' stem | 'g' degrees lemma | 'G' degrees | '*' | 'c'
//!          | '&' n atom…
//! ```
//!
//! The length lets a reader skip a record it cannot read and stay in step.

use super::pattern::{Atom, Element, Linear};
use crate::morphology::Adjectives;

/// The writer: `build.rs` uses it, the library only in tests.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) mod write {
    use super::{Atom, Linear};

    /// Appends a varint.
    pub(crate) fn number(n: usize, out: &mut Vec<u8>) {
        let mut n = n;
        while n >= 0x80 {
            out.push((n as u8 & 0x7f) | 0x80);
            n >>= 7;
        }
        out.push(n as u8);
    }

    /// The string table, each string kept once.
    #[derive(Default)]
    pub(crate) struct Strings {
        /// The table's text.
        pub(crate) text: String,
        at: std::collections::HashMap<String, usize>,
    }

    impl Strings {
        fn write(&mut self, s: &str, out: &mut Vec<u8>) {
            let at = match self.at.get(s) {
                Some(&at) => at,
                None => {
                    let at = self.text.len();
                    self.text.push_str(s);
                    self.at.insert(s.to_string(), at);
                    at
                }
            };
            number(at, out);
            number(s.len(), out);
        }
    }

    /// Appends the record of a pattern's linear variants, with the words
    /// and lemmas still to check, to `out`.
    pub(crate) fn pattern(
        words: &[String],
        lemmas: &[String],
        linears: &[Linear],
        strings: &mut Strings,
        out: &mut Vec<u8>,
    ) {
        let mut record = Vec::new();
        for list in [words, lemmas] {
            number(list.len(), &mut record);
            for s in list {
                strings.write(s, &mut record);
            }
        }
        number(linears.len(), &mut record);
        for l in linears {
            number(
                usize::from(l.clause_start) | usize::from(l.clause_end) << 1,
                &mut record,
            );
            number(l.elements.len(), &mut record);
            for e in &l.elements {
                number(usize::from(e.gap_before), &mut record);
                number(usize::from(e.focus), &mut record);
                number(e.atoms.len(), &mut record);
                for a in &e.atoms {
                    atom(a, strings, &mut record);
                }
            }
        }
        number(record.len(), out);
        out.extend_from_slice(&record);
    }

    /// Appends the record of a pattern to parse at run time.
    pub(crate) fn unparsed(out: &mut Vec<u8>) {
        number(0, out);
    }

    fn atom(a: &Atom, strings: &mut Strings, out: &mut Vec<u8>) {
        let mut tagged = |tag: u8, parts: &[&str]| {
            out.push(tag);
            for s in parts {
                strings.write(s, out);
            }
        };
        match a {
            Atom::Literal {
                folded,
                exact: None,
            } => tagged(b'l', &[folded]),
            Atom::Literal {
                folded,
                exact: Some(exact),
            } => tagged(b'x', &[folded, exact]),
            Atom::Prefix(s) => tagged(b'p', &[s]),
            Atom::Suffix(s) => tagged(b's', &[s]),
            Atom::Affix(p, s) => tagged(b'a', &[p, s]),
            Atom::Infix(s) => tagged(b'i', &[s]),
            Atom::Stem(s) => tagged(b't', &[s]),
            Atom::Any => tagged(b'*', &[]),
            Atom::Capitalized => tagged(b'c', &[]),
            Atom::Graded {
                lemma: Some(lemma),
                degrees,
            } => {
                tagged(b'g', &[]);
                number(usize::from(*degrees), out);
                strings.write(lemma, out);
            }
            Atom::Graded {
                lemma: None,
                degrees,
            } => {
                tagged(b'G', &[]);
                number(usize::from(*degrees), out);
            }
            Atom::All(parts) => {
                tagged(b'&', &[]);
                number(parts.len(), out);
                for p in parts {
                    atom(p, strings, out);
                }
            }
        }
    }
}

/// A cursor over packed bytes; every read is `None` past the end.
#[derive(Clone, Copy)]
struct Cursor<'a> {
    bytes: &'a [u8],
    strings: &'a str,
}

impl<'a> Cursor<'a> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(b)
    }

    fn number(&mut self) -> Option<usize> {
        let mut n = 0usize;
        for shift in (0..usize::BITS).step_by(7) {
            let b = self.byte()?;
            n |= usize::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    fn small(&mut self) -> Option<u8> {
        u8::try_from(self.number()?).ok()
    }

    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (taken, rest) = self.bytes.split_at_checked(n)?;
        self.bytes = rest;
        Some(taken)
    }

    fn str(&mut self) -> Option<&'a str> {
        let at = self.number()?;
        let len = self.number()?;
        self.strings.get(at..at.checked_add(len)?)
    }

    fn string(&mut self) -> Option<String> {
        self.str().map(str::to_string)
    }

    fn atom(&mut self) -> Option<Atom> {
        Some(match self.byte()? {
            b'l' => Atom::Literal {
                folded: self.string()?,
                exact: None,
            },
            b'x' => Atom::Literal {
                folded: self.string()?,
                exact: Some(self.string()?),
            },
            b'p' => Atom::Prefix(self.string()?),
            b's' => Atom::Suffix(self.string()?),
            b'a' => Atom::Affix(self.string()?, self.string()?),
            b'i' => Atom::Infix(self.string()?),
            b't' => Atom::Stem(self.string()?),
            b'*' => Atom::Any,
            b'c' => Atom::Capitalized,
            b'g' => Atom::Graded {
                degrees: self.small()?,
                lemma: Some(self.string()?),
            },
            b'G' => Atom::Graded {
                degrees: self.small()?,
                lemma: None,
            },
            b'&' => {
                let n = self.number()?;
                let mut parts = Vec::with_capacity(n.min(16));
                for _ in 0..n {
                    parts.push(self.atom()?);
                }
                Atom::All(parts)
            }
            _ => return None,
        })
    }

    /// A whole record: the checks left for start-up, then the variants.
    fn record(&mut self, adjectives: &Adjectives) -> Option<Vec<Linear>> {
        for _ in 0..self.number()? {
            if !super::pattern::is_one_word(self.str()?) {
                return None;
            }
        }
        for _ in 0..self.number()? {
            if !adjectives.is_lemma(self.str()?) {
                return None;
            }
        }
        let n = self.number()?;
        let mut linears = Vec::with_capacity(n.min(256));
        for _ in 0..n {
            let anchors = self.number()?;
            let n_elements = self.number()?;
            let mut elements = Vec::with_capacity(n_elements.min(16));
            for _ in 0..n_elements {
                let gap_before = self.small()?;
                let focus = self.number()? != 0;
                let n_atoms = self.number()?;
                let mut atoms = Vec::with_capacity(n_atoms.min(1024));
                for _ in 0..n_atoms {
                    atoms.push(self.atom()?);
                }
                elements.push(Element {
                    atoms,
                    gap_before,
                    focus,
                });
            }
            linears.push(Linear {
                elements,
                clause_start: anchors & 1 != 0,
                clause_end: anchors & 2 != 0,
            });
        }
        self.bytes.is_empty().then_some(linears)
    }
}

/// Reads the packed patterns of one lexicon file, rule by rule.
pub(crate) struct Packed<'a> {
    cursor: Cursor<'a>,
}

impl<'a> Packed<'a> {
    /// A reader over the records and the string table `build.rs` wrote for
    /// one file.
    pub(crate) fn new((bytes, strings): (&'a [u8], &'a str)) -> Self {
        Packed {
            cursor: Cursor { bytes, strings },
        }
    }

    /// The next rule's patterns. Call it once per rule, in file order,
    /// whether or not the rule's patterns are then read.
    pub(crate) fn rule(&mut self) -> PackedRule<'a> {
        let mut records = Vec::new();
        let complete = (|| {
            let n = self.cursor.number()?;
            records.reserve(n.min(1024));
            for _ in 0..n {
                let len = self.cursor.number()?;
                records.push(self.cursor.take(len)?);
            }
            Some(())
        })();
        if complete.is_none() {
            // Out of step: nothing after this can be trusted.
            self.cursor.bytes = &[];
            records.clear();
        }
        PackedRule {
            records: records.into_iter(),
            strings: self.cursor.strings,
        }
    }
}

/// One rule's packed patterns, read in order.
pub(crate) struct PackedRule<'a> {
    records: std::vec::IntoIter<&'a [u8]>,
    strings: &'a str,
}

impl PackedRule<'_> {
    /// The next pattern's linear variants, or `None` when it must be parsed
    /// at run time. Call it once per pattern, in order.
    pub(crate) fn next(&mut self, adjectives: &Adjectives) -> Option<Vec<Linear>> {
        let bytes = self.records.next()?;
        if bytes.is_empty() {
            return None;
        }
        Cursor {
            bytes,
            strings: self.strings,
        }
        .record(adjectives)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::pattern::parse;

    fn stem(w: &str) -> String {
        rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Dutch)
            .stem(w)
            .into_owned()
    }

    fn packed(strings: &mut write::Strings, words: &[&str], lemmas: &[&str], src: &str) -> Vec<u8> {
        let linears = parse(src, Adjectives::embedded(), &stem).unwrap();
        let list = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let mut out = Vec::new();
        write::pattern(&list(words), &list(lemmas), &linears, strings, &mut out);
        out
    }

    /// One rule of the given records.
    fn rule(records: &[&[u8]]) -> Vec<u8> {
        let mut out = Vec::new();
        write::number(records.len(), &mut out);
        for r in records {
            out.extend_from_slice(r);
        }
        out
    }

    /// Every kind of atom, anchor, gap and focus reads back as written.
    #[test]
    fn patterns_read_back_as_written() {
        let adjectives = Adjectives::embedded();
        let sources = [
            "^ [dé|de] (beste|sup:goedkoop) klant* ...6 *vriendelijk $",
            "klant*centraal <...> stem:centraal *gericht*",
            "sup:*&*ste comp:* adj:* * cap:* co2-neutraal 24/7 klant",
        ];
        let mut strings = write::Strings::default();
        let records: Vec<Vec<u8>> = sources
            .iter()
            .map(|s| packed(&mut strings, &[], &[], s))
            .collect();
        let refs: Vec<&[u8]> = records.iter().map(Vec::as_slice).collect();
        let bytes = rule(&refs);
        let mut rule = Packed::new((&bytes, &strings.text)).rule();
        for src in sources {
            let expected = parse(src, adjectives, &stem).unwrap();
            assert_eq!(rule.next(adjectives), Some(expected));
        }
        assert_eq!(rule.next(adjectives), None);
        // Each string is kept once: `klant` serves all three patterns.
        assert_eq!(strings.text.matches("klant").count(), 1, "{}", strings.text);
    }

    /// A packed pattern whose words or lemmas fail the checks left for
    /// start-up, or whose record does not read, is parsed at start-up; the
    /// rule's other patterns still read.
    #[test]
    fn records_that_fail_a_check_or_do_not_read_are_parsed_again() {
        let adjectives = Adjectives::embedded();
        let mut strings = write::Strings::default();
        let mut packed =
            |words: &[&str], lemmas: &[&str], src: &str| packed(&mut strings, words, lemmas, src);
        let good = packed(&[], &[], "goedkoop");
        let mut unparsed = Vec::new();
        write::unparsed(&mut unparsed);
        let mut longer = good.clone();
        longer[0] += 1;
        longer.push(0);
        let cases: [(Vec<u8>, bool); 8] = [
            (good.clone(), true),
            (packed(&["100%"], &[], "100%"), true),
            (packed(&["co2 neutraal"], &[], "goedkoop"), false),
            (packed(&[], &["goedkoop"], "sup:goedkoop"), true),
            (packed(&[], &["goedkoopste"], "goedkoop"), false),
            (unparsed, false),
            (longer, false),
            (good.clone(), true),
        ];
        let refs: Vec<&[u8]> = cases.iter().map(|c| c.0.as_slice()).collect();
        let bytes = rule(&refs);
        let mut read = Packed::new((&bytes, &strings.text)).rule();
        for (i, (_, reads)) in cases.iter().enumerate() {
            assert_eq!(read.next(adjectives).is_some(), *reads, "case {i}");
        }
        // A string outside the table does not read.
        assert_eq!(Packed::new((&bytes, "")).rule().next(adjectives), None);
        // A rule that claims more records than there are is not read.
        let mut bytes = rule(&[&good]);
        bytes[0] = 2;
        let table = strings.text.as_str();
        assert_eq!(Packed::new((&bytes, table)).rule().next(adjectives), None);
        // Nor is one whose count does not end.
        assert_eq!(Packed::new((&[0x80], table)).rule().next(adjectives), None);
    }
}
