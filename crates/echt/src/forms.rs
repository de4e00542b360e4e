//! Stage 4's memory: each distinct folded word form, numbered once per
//! thread, with its morphology computed once.
//!
//! In a corpus nearly every word is a form seen before. The first time a
//! form occurs, [`FormTable::intern`] asks the morphology stage for its
//! adjective degree and its stem and gives it the next *form number*; every
//! later occurrence costs one hash lookup. The document records each word's
//! form number, so the later stages key their own per-form memos on it with
//! a plain array index instead of hashing the word again (the matcher's word
//! types, [`crate::matcher`]).
//!
//! Form numbers mean something only together with the table's *stamp*: a
//! process-wide unique number the table takes when it is created and again
//! whenever it starts afresh (after [`FORMS`] forms, so a long run's memory
//! stays flat). A document carries the stamp it was built under, and a memo
//! keyed on form numbers is valid only for documents of its own stamp.

use crate::morphology::{AdjectiveForm, Adjectives, StemFilter, may_be_graded};
use crate::per_thread::{most_recent, unique};
use rustc_hash::FxHashMap;
use std::cell::RefCell;

/// Forms a table holds before it starts afresh (checked between
/// documents, so one document's forms always share a stamp).
#[cfg(not(test))]
const FORMS: usize = 1 << 17;
/// Small in tests, so that they reach the fresh start.
#[cfg(test)]
const FORMS: usize = 64;

/// Stem filters and their tables a thread keeps (an analyzer has one
/// filter; a test or a program may use a few).
const TABLES: usize = 4;

/// What the morphology stage says about one folded form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FormInfo {
    /// The comparative or superlative reading ([`Adjectives::graded`]),
    /// looked up only for forms [`may_be_graded`] admits.
    pub graded: Option<AdjectiveForm>,
    /// The Snowball stem, when the stem filter asks for one.
    pub stem: Option<Box<str>>,
}

impl FormInfo {
    /// The morphology of `norm` under `stems`, as the stages define it.
    pub fn of(norm: &str, stems: &StemFilter) -> FormInfo {
        let graded = if may_be_graded(norm) {
            Adjectives::embedded().graded(norm)
        } else {
            None
        };
        FormInfo {
            graded,
            stem: stems.stem_if_needed(norm).map(|s| s.into()),
        }
    }
}

/// One thread's forms under one stem filter.
///
/// Looked up for every word, so kept small: forms of up to seven bytes
/// (most words) sit in a table of 16-byte buckets, longer ones in tables of
/// their own; a bucket holds the form number and, for the few forms with any
/// morphology (a degree or a stem), the index of their [`FormInfo`] plus
/// one, else 0. A word whose form has none costs one bucket load.
pub(crate) struct FormTable {
    filter: u64,
    stamp: u64,
    short: FxHashMap<u64, (u32, u32)>,
    medium: FxHashMap<u128, (u32, u32)>,
    long: FxHashMap<Box<str>, (u32, u32)>,
    infos: Vec<FormInfo>,
}

thread_local! {
    static TABLES_OF_THREAD: RefCell<Vec<FormTable>> = const { RefCell::new(Vec::new()) };
}

impl FormTable {
    fn new(filter: u64) -> FormTable {
        FormTable {
            filter,
            stamp: unique(),
            short: FxHashMap::default(),
            medium: FxHashMap::default(),
            long: FxHashMap::default(),
            infos: Vec::new(),
        }
    }

    /// Runs `f` with this thread's table for `stems`, after starting it
    /// afresh when it is full. The least recently used table makes room for
    /// a new filter's.
    pub fn with<R>(stems: &StemFilter, f: impl FnOnce(&mut FormTable) -> R) -> R {
        TABLES_OF_THREAD.with_borrow_mut(|tables| {
            let table = most_recent(
                tables,
                TABLES,
                |t| t.filter == stems.id(),
                || FormTable::new(stems.id()),
            );
            if table.len() >= FORMS {
                table.short.clear();
                table.medium.clear();
                table.long.clear();
                table.infos.clear();
                table.stamp = unique();
            }
            f(table)
        })
    }

    /// How many forms the table has numbered.
    fn len(&self) -> usize {
        self.short.len() + self.medium.len() + self.long.len()
    }

    /// The stamp the table's form numbers are valid under.
    pub fn stamp(&self) -> u64 {
        self.stamp
    }

    /// The number and morphology (`None`: no degree, no stem) of the
    /// folded form `bytes[start..end]` (UTF-8 on character boundaries). A
    /// form of up to seven bytes is one 8-byte load where eight bytes
    /// follow `start` (a document pads its forms), one of up to fifteen one
    /// 16-byte load ([`short_key`]); the form is read as text only the
    /// first time it comes up, or when it is longer.
    #[inline]
    pub fn intern(
        &mut self,
        bytes: &[u8],
        start: usize,
        end: usize,
        stems: &StemFilter,
    ) -> (u32, Option<&FormInfo>) {
        let len = end.saturating_sub(start);
        // One dispatch on the length per word; a new form takes the one
        // path out of line.
        let found = if len <= 7 {
            // The form in the low seven bytes, its length in the top one.
            let k = load_u64(bytes, start) & KEY_MASKS[len] as u64 | (len as u64) << 56;
            self.short.get(&k).copied().ok_or(Key::Short(k))
        } else if let Some(k) = short_key(bytes, start, end) {
            self.medium.get(&k).copied().ok_or(Key::Medium(k))
        } else {
            let k = form_text(bytes, start, end);
            self.long.get(k).copied().ok_or(Key::Long(k))
        };
        let (n, info) = match found {
            Ok(found) => found,
            Err(key) => self.insert_new(key, bytes, start, end, stems),
        };
        let info = if info == 0 {
            None
        } else {
            self.infos.get(info as usize - 1)
        };
        (n, info)
    }

    /// Numbers a form the table does not hold yet, under `key`: its number
    /// and info index (plus one; 0: no morphology).
    #[inline(never)]
    fn insert_new(
        &mut self,
        key: Key<'_>,
        bytes: &[u8],
        start: usize,
        end: usize,
        stems: &StemFilter,
    ) -> (u32, u32) {
        let n = self.len() as u32;
        let info = FormInfo::of(form_text(bytes, start, end), stems);
        let index = if info.graded.is_none() && info.stem.is_none() {
            0
        } else {
            self.infos.push(info);
            self.infos.len() as u32
        };
        let entry = (n, index);
        match key {
            Key::Short(k) => self.short.insert(k, entry),
            Key::Medium(k) => self.medium.insert(k, entry),
            Key::Long(k) => self.long.insert(k.into(), entry),
        };
        entry
    }
}

/// The key of a form in one of a [`FormTable`]'s maps, by its length.
#[derive(Clone, Copy)]
enum Key<'a> {
    /// Up to seven bytes: the bytes, and the length in the top byte.
    Short(u64),
    /// Up to fifteen bytes: [`short_key`].
    Medium(u128),
    /// Longer: the form itself.
    Long(&'a str),
}

/// `bytes[start..end]` as text (empty if it is not UTF-8, which a
/// document's folded forms always are).
fn form_text(bytes: &[u8], start: usize, end: usize) -> &str {
    bytes
        .get(start..end)
        .and_then(|b| std::str::from_utf8(b).ok())
        .unwrap_or_default()
}

/// The eight bytes from `start` as a little-endian integer (zeros past the
/// end of `bytes`).
#[inline]
fn load_u64(bytes: &[u8], start: usize) -> u64 {
    match bytes.get(start..start + 8) {
        Some(b) => <[u8; 8]>::try_from(b).map_or(0, u64::from_le_bytes),
        None => {
            let mut buf = [0u8; 8];
            let rest = bytes.get(start..).unwrap_or_default();
            buf[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(buf)
        }
    }
}

/// `KEY_MASKS[n]` keeps the low `n` bytes of a `u128`.
static KEY_MASKS: [u128; 16] = {
    let mut masks = [0u128; 16];
    let mut n = 1;
    while n < 16 {
        masks[n] = (1u128 << (8 * n)) - 1;
        n += 1;
    }
    masks
};

/// The form `bytes[start..end]` of up to 15 bytes as one integer: its bytes
/// in little-endian order and its length in the top byte (`None` for
/// longer forms), so equal keys mean equal forms. Where 16 bytes follow
/// `start` in `bytes`, one load and one mask; otherwise a copy.
#[inline]
pub(crate) fn short_key(bytes: &[u8], start: usize, end: usize) -> Option<u128> {
    let len = end.checked_sub(start)?;
    if len > 15 {
        return None;
    }
    let loaded = match bytes.get(start..start + 16) {
        Some(b) => <[u8; 16]>::try_from(b).map_or(0, u128::from_le_bytes),
        None => {
            let mut buf = [0u8; 16];
            let form = bytes.get(start..end).unwrap_or_default();
            buf[..form.len()].copy_from_slice(form);
            u128::from_le_bytes(buf)
        }
    };
    let mask = KEY_MASKS.get(len).copied().unwrap_or(0);
    Some((loaded & mask) | ((len as u128) << 120))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The definition of [`short_key`].
    fn pack(form: &[u8]) -> Option<u128> {
        (form.len() <= 15).then(|| {
            let mut buf = [0u8; 16];
            buf[..form.len()].copy_from_slice(form);
            buf[15] = form.len() as u8;
            u128::from_le_bytes(buf)
        })
    }

    #[test]
    fn keys_are_packed_forms_whatever_follows() {
        let text = b"de allergoedkoopste prijs van nederland";
        for (start, end) in [(0, 2), (3, 19), (20, 25), (34, 39), (3, 39), (39, 39)] {
            assert_eq!(short_key(text, start, end), pack(&text[start..end]));
        }
    }

    #[test]
    fn a_full_table_starts_afresh_with_a_new_stamp() {
        let stems = StemFilter::new(["klant"]);
        let first = FormTable::with(&stems, |t| {
            for i in 0..FORMS {
                let form = format!("w{i}");
                t.intern(form.as_bytes(), 0, form.len(), &stems);
            }
            t.stamp()
        });
        let (second, n) = FormTable::with(&stems, |t| {
            let (n, _) = t.intern(b"klanten", 0, 7, &stems);
            (t.stamp(), n)
        });
        assert_ne!(first, second);
        assert_eq!(n, 0);
    }

    #[test]
    fn interned_forms_keep_their_number_and_morphology() {
        let stems = StemFilter::new(["klant"]);
        FormTable::with(&stems, |t| {
            let mut numbers = Vec::new();
            // Short, medium and long forms, with and without morphology.
            let forms = [
                "de",
                "klanten",
                "goedkoopste",
                "allergoedkoopste",
                "klantvriendelijkheidsgarantie",
                "dienst",
                "beter",
            ];
            for form in forms {
                let (n, info) = t.intern(form.as_bytes(), 0, form.len(), &stems);
                let expected = FormInfo::of(form, &stems);
                let plain = expected.graded.is_none() && expected.stem.is_none();
                assert_eq!(info.cloned(), (!plain).then_some(expected), "{form}");
                numbers.push(n);
            }
            for (form, &n) in forms.iter().zip(&numbers) {
                assert_eq!(
                    t.intern(form.as_bytes(), 0, form.len(), &stems).0,
                    n,
                    "{form}"
                );
            }
            let mut distinct = numbers.clone();
            distinct.sort_unstable();
            distinct.dedup();
            assert_eq!(distinct.len(), numbers.len());
        });
    }

    proptest! {
        /// A form read from inside a longer text (the 8- and 16-byte loads)
        /// and the same form alone (the copying fallback) are one form.
        #[test]
        fn a_form_in_context_is_the_form_alone(text in "[a-zé ]{1,40}", a in 0usize..40, b in 0usize..40) {
            let bytes = text.as_bytes();
            let (start, end) = (a.min(b).min(bytes.len()), a.max(b).min(bytes.len()));
            prop_assume!(text.is_char_boundary(start) && text.is_char_boundary(end));
            let stems = StemFilter::new(["klant"]);
            FormTable::with(&stems, |t| {
                let form = &bytes[start..end];
                let (alone, _) = t.intern(form, 0, form.len(), &stems);
                let (inside, _) = t.intern(bytes, start, end, &stems);
                prop_assert_eq!(alone, inside);
                Ok(())
            })?;
        }

        #[test]
        fn keys_equal_packing(text in "[a-z é]{0,40}", a in 0usize..40, b in 0usize..40) {
            let bytes = text.as_bytes();
            let (start, end) = (a.min(b).min(bytes.len()), a.max(b).min(bytes.len()));
            prop_assert_eq!(short_key(bytes, start, end), pack(&bytes[start..end]));
        }
    }
}
