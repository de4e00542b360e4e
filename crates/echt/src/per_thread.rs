//! Small helpers for the per-thread caches: the form tables
//! ([`crate::forms`]), the matcher's word-type memos and the context
//! stage's per-form flags ([`FormFlags`]).

use std::sync::atomic::{AtomicU64, Ordering};

/// A process-wide unique number: identifies a stem filter or a matcher to
/// the caches, and stamps a form table each time it starts afresh.
pub(crate) fn unique() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// The entry of `list` for which `is` holds, made by `make` when there is
/// none. The list holds at most `capacity` entries, most recently used
/// last; a new entry replaces the least recently used one.
pub(crate) fn most_recent<T>(
    list: &mut Vec<T>,
    capacity: usize,
    is: impl Fn(&T) -> bool,
    make: impl FnOnce() -> T,
) -> &mut T {
    let i = match list.iter().position(is) {
        Some(i) => i,
        None => {
            if list.len() >= capacity.max(1) {
                list.remove(0);
            }
            list.push(make());
            list.len() - 1
        }
    };
    list[i..].rotate_left(1);
    let last = list.len() - 1;
    &mut list[last]
}

/// Flags a stage computes from a word's folded form and morphology, kept by
/// form number ([`crate::forms`]) for the documents of one form-table stamp:
/// a word costs an array read instead of list scans or a hash lookup. A
/// stage keeps one in a `thread_local!`; the flags must not be all ones
/// ([`FlagWord::UNKNOWN`]).
pub(crate) struct FormFlags<T: FlagWord = u32> {
    /// The form-table stamp `by_form` is valid for (0: none yet; stamps
    /// start at 1).
    stamp: u64,
    /// Form number → flags, or [`FlagWord::UNKNOWN`].
    by_form: Vec<T>,
}

/// The integer a [`FormFlags`] keeps per form: `u32`, or `u64` for a stage
/// with more than 32 lists.
pub(crate) trait FlagWord: Copy + Eq {
    /// A form whose flags have not been computed yet.
    const UNKNOWN: Self;
}

impl FlagWord for u32 {
    const UNKNOWN: Self = u32::MAX;
}

impl FlagWord for u64 {
    const UNKNOWN: Self = u64::MAX;
}

impl<T: FlagWord> FormFlags<T> {
    /// An empty memo.
    pub const fn new() -> FormFlags<T> {
        FormFlags {
            stamp: 0,
            by_form: Vec::new(),
        }
    }

    /// The flags of word `w` of `doc`: `compute(norm, w)` the first time
    /// its form comes up.
    #[inline]
    pub fn get(
        &mut self,
        doc: &crate::Document<'_>,
        w: &crate::document::Word,
        compute: impl FnOnce(&str, &crate::document::Word) -> T,
    ) -> T {
        if self.stamp != doc.form_stamp() {
            self.by_form.clear();
            self.stamp = doc.form_stamp();
        }
        let f = w.form as usize;
        if let Some(&flags) = self.by_form.get(f)
            && flags != T::UNKNOWN
        {
            return flags;
        }
        let flags = compute(doc.norm(w), w);
        debug_assert!(flags != T::UNKNOWN);
        if f >= self.by_form.len() {
            self.by_form.resize(f + 1, T::UNKNOWN);
        }
        self.by_form[f] = flags;
        flags
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_keeps_the_most_recent_entries() {
        let mut list: Vec<u32> = Vec::new();
        for n in [1, 2, 3, 1, 4] {
            assert_eq!(*most_recent(&mut list, 3, |&x| x == n, || n), n);
        }
        // 2 was the least recently used when 4 came.
        assert_eq!(list.len(), 3);
        assert!(!list.contains(&2) && list.contains(&1) && list.contains(&3));
        assert_eq!(list.last(), Some(&4));
        assert_ne!(unique(), unique());
    }
}
