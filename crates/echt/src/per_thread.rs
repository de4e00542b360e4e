//! Small helpers for the per-thread caches: the form tables
//! ([`crate::forms`]) and the matcher's word-type memos.

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
