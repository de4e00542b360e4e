//! FNV-1a, 64 bits: a hash that stays the same across builds, platforms and
//! Rust versions, unlike the standard library's. Shared with `build.rs`
//! (through `#[path]`), which hashes at build time what the library hashes
//! at run time.

/// The state before any byte.
pub(crate) const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

const PRIME: u64 = 0x0000_0100_0000_01b3;

/// `state` continued over `bytes`.
pub(crate) fn extend(state: u64, bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(state, |h, &b| (h ^ u64::from(b)).wrapping_mul(PRIME))
}

/// `state` continued over one lexicon source as the lexicon fingerprint
/// hashes it: the name, a 0, the content, a 0.
#[allow(dead_code)] // not every includer needs it
pub(crate) fn extend_source(state: u64, name: &[u8], content: &[u8]) -> u64 {
    let state = extend(extend(state, name), &[0]);
    extend(extend(state, content), &[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        // Reference values of FNV-1a 64.
        assert_eq!(extend(OFFSET, b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(extend(OFFSET, b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(extend(OFFSET, b"foobar"), 0x8594_4171_f739_67e8);
        assert_eq!(
            extend(extend(OFFSET, b"foo"), b"bar"),
            extend(OFFSET, b"foobar")
        );
    }
}
