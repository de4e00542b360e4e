//! The layout of the adjective table that `build.rs` generates from
//! `lexicons/nl/adjectives.tsv`, shared by the build script (which writes it)
//! and [`crate::morphology`] (which reads it), so the two cannot disagree.
//!
//! The table is a map from folded form to the lemma and degree that the
//! lexicon gives it (the first line with the highest degree), stored as
//! three blobs embedded in the binary and read in place, without parsing:
//!
//! * `adjectives.strings`: every form and lemma, concatenated (UTF-8);
//! * `adjectives.entries`: one [`ENTRY_SIZE`]-byte record per distinct form,
//!   in byte order of the form: form offset (`u32` LE), lemma offset (`u32`
//!   LE), form length, lemma length, degree (0 positive, 1 comparative,
//!   2 superlative), one byte of padding;
//! * `adjectives.slots`: an open-addressing hash table (linear probing, a
//!   power of two of slots, at most half full) of `u32` LE entry numbers plus
//!   one; 0 marks an empty slot.

/// Size in bytes of one entry record.
pub(crate) const ENTRY_SIZE: usize = 12;

/// The hash of a form (FNV-1a, 64 bits, folded to 32): stable across builds
/// and platforms, unlike the standard library's hasher.
pub(crate) fn hash(form: &[u8]) -> u32 {
    let h = crate::fnv::extend(crate::fnv::OFFSET, form);
    (h ^ (h >> 32)) as u32
}
