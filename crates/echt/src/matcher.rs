//! Stage 5: matching compiled patterns against a document's words.
//!
//! All linear patterns of all rules are compiled into
//! one index, keyed on one *anchor* element per pattern: the most selective
//! word in it (a rare literal beats a stem, which beats an affix, which beats
//! a function word). A single pass over the words looks each word up in the
//! index — one hash lookup per key kind — and only the patterns anchored on
//! that word are verified, outward from the anchor, honouring gaps and
//! staying inside the anchor's clause. No rule scans the text on its own.
//!
//! Cheap per word, because every word is looked at:
//!
//! * every literal of every pattern (anchor or not) gets a number, so each
//!   literal comparison during verification is an integer comparison;
//! * what the index yields for a word depends on its folded form alone
//!   (literal number, candidates by literal, affix, stem-free degree), so a
//!   per-thread memo of word types ([`TypeMemo`]) answers it with one hash
//!   lookup for a form seen before; only the stem, accent marks and a
//!   capital are looked at per word;
//! * the affix indexes sit behind a bitmap of their keys' first two bytes,
//!   so computing a new type skips most hash lookups.
//!
//! Cheap per candidate, because many candidates fail on their neighbours:
//!
//! * an index entry records whether finding the word under it already
//!   proves the anchor element matches (a literal without marks, a whole
//!   prefix or suffix, a stem, a capital); verification then starts at the
//!   neighbours instead of testing the anchor again;
//! * when the word right before or after the anchor must be one of a few
//!   literals or a comparative or superlative, that is tested before
//!   verification starts;
//! * an element of literals only (the common case) is decided inline by
//!   the word's literal number; other elements take the general test.
//!
//! Exceptions and `requires` patterns live in matchers of their own, which
//! the analyzer runs only where a rule that needs them matched, and only for
//! the rules that matched there ([`Matcher::find_in`]). Exceptions of one
//! word have a matcher of their own too: such an exception can cancel only a
//! match whose focus is that word, so it is tested at that word alone
//! ([`Matcher::with_word_test`]).
//!
//! `find_without_shortcuts` (tests only) is the same search without the
//! memo and these shortcuts; the tests pin both to the same matches.

use crate::Span;
use crate::document::{Document, Word};
use crate::lexicon::pattern::{Atom, Element, Linear};
use crate::morphology::{Adjectives, Degree};
use rustc_hash::FxHashMap;
use std::cell::RefCell;

/// Whose pattern it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Owner {
    /// A pattern of the rule with this index.
    Rule(u32),
    /// An exception of the rule with this index.
    Exception(u32),
    /// A requirement of the rule with this index (`requires`).
    Requirement(u32),
    /// A veto of the rule with this index (`unless`).
    Unless(u32),
}

impl Owner {
    /// The index of the rule the pattern belongs to.
    pub fn rule(self) -> u32 {
        match self {
            Owner::Rule(r) | Owner::Exception(r) | Owner::Requirement(r) | Owner::Unless(r) => r,
        }
    }
}

/// A set of rules by index, for [`Matcher::find_in`]. The first
/// [`RuleSet::INLINE`] rules (all of the default lexicons') need no
/// allocation: the analyzer makes a set for every clause it checks.
#[derive(Debug, Clone, Default)]
pub(crate) struct RuleSet {
    low: [u64; 4],
    /// Bit words for the rules from [`RuleSet::INLINE`] on.
    high: Vec<u64>,
}

impl RuleSet {
    /// How many rules the set holds without allocating.
    const INLINE: usize = 4 * 64;

    /// The set of these rules.
    pub fn of(rules: impl IntoIterator<Item = u32>) -> RuleSet {
        let mut set = RuleSet::default();
        for r in rules {
            let word = r as usize / 64;
            let bit = 1 << (r % 64);
            if let Some(w) = set.low.get_mut(word) {
                *w |= bit;
            } else {
                let word = word - Self::INLINE / 64;
                if word >= set.high.len() {
                    set.high.resize(word + 1, 0);
                }
                set.high[word] |= bit;
            }
        }
        set
    }

    /// Is rule `r` in the set?
    #[inline]
    pub fn contains(&self, r: u32) -> bool {
        let word = r as usize / 64;
        let bits = match self.low.get(word) {
            Some(&w) => w,
            None => self
                .high
                .get(word - Self::INLINE / 64)
                .copied()
                .unwrap_or(0),
        };
        bits & (1 << (r % 64)) != 0
    }

    /// The set folded onto 64 bits: bit `r % 64` for each rule `r` (see
    /// [`rule_bit`]). Two sets whose folds share no bit share no rule.
    fn folded(&self) -> u64 {
        self.low.iter().chain(&self.high).fold(0, |f, &w| f | w)
    }
}

/// Bit `r % 64` of rule `r`, as in [`RuleSet::folded`].
#[inline]
fn rule_bit(r: u32) -> u64 {
    1 << (r % 64)
}

/// One match of one linear pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawMatch {
    pub owner: Owner,
    /// The reported part.
    pub focus: Span,
    /// Everything the pattern matched.
    pub full: Span,
    /// Index of the first and last matched word (of the focus).
    pub focus_words: (u32, u32),
}

struct Compiled {
    owner: Owner,
    elements: Vec<Element>,
    /// Clause anchors (`^`, `$`): the match must start (end) its clause.
    clause_start: bool,
    clause_end: bool,
    /// Place gapped elements farthest first: an exception cancels the
    /// matches it contains, so it should reach as far as it can
    /// („elk jaar worden de telefoons dunner en sneller”).
    widest: bool,
    /// The elements' atoms in the form verification tests them.
    tests: Vec<ElementTest>,
    anchor: usize,
}

/// What can reject a candidate before its pattern is looked at: checked
/// for every candidate, so the gates of all patterns sit together in one
/// small array ([`Matcher::gates`]) instead of in the patterns.
#[derive(Debug, Clone, Copy)]
struct Gate {
    /// The index of the rule the pattern belongs to (what
    /// [`Matcher::find_in`] filters on before anything else).
    rule: u32,
    /// When the word right after the anchor must be one of a few literals
    /// (the next element is adjacent and made of literals only): bit
    /// `n % 64` of each such literal number `n`. All ones otherwise. A
    /// clear bit rejects the candidate; a set bit leaves the decision to
    /// verification.
    next: u64,
    /// The same for the word right before the anchor.
    prev: u64,
    /// When the word right after the anchor must be a comparative or
    /// superlative (the next element is adjacent and made of literals and
    /// degree atoms that exclude the positive): the degrees it may have, as
    /// a [`Degree::bit`] mask; such a word passes whatever its literal bit.
    /// 0 otherwise.
    next_degrees: u8,
    /// The same for the word right before the anchor.
    prev_degrees: u8,
    /// With `^`: how many words the elements before the anchor span at
    /// most (one word each, plus their gaps), so the clause must start
    /// within that many words before the anchor. [`NO_REACH`] without `^`.
    reach_left: u32,
    /// The same for the elements after the anchor and `$`.
    reach_right: u32,
    /// When another element is made of literals only: the gate bit
    /// ([`Matcher::gate_bit`]) of
    /// each of its literals (of the element with the fewest), one of which
    /// some word of the anchor's clause must have. All ones otherwise.
    clause_literals: u64,
    /// When another element is made of degree atoms that exclude the
    /// positive (`sup:*`, `comp:goed`): the degrees it accepts, one of which
    /// some word of the anchor's clause must have. 0 otherwise.
    clause_degrees: u8,
}

/// [`Gate::reach_left`] and [`Gate::reach_right`] of a pattern without `^`
/// (`$`): any clause fits.
const NO_REACH: u32 = u32::MAX;

/// The words around an anchor as its candidates' [`Gate`]s see them
/// ([`Words::neighbourhood`]).
#[derive(Debug, Clone, Copy)]
struct Neighbourhood {
    /// The gate bit ([`Matcher::gate_bit`]) of the word right before the
    /// anchor, 0 when it is no
    /// literal or not in the anchor's clause.
    prev_bits: u64,
    /// The same for the word right after the anchor.
    next_bits: u64,
    /// [`Degree::bit`] of the word right before the anchor, 0 when it is not
    /// graded or not in the anchor's clause.
    prev_degree: u8,
    /// The same for the word right after the anchor.
    next_degree: u8,
    /// Words of the anchor's clause before the anchor.
    left: u32,
    /// Words of the anchor's clause after the anchor.
    right: u32,
}

impl Gate {
    /// A gate that every neighbourhood failing all of `gates` fails too
    /// (and fails everything when `gates` is empty): bits and degrees joined, the
    /// widest reaches. Only [`Gate::passes`] reads it.
    fn union<'g>(gates: impl Iterator<Item = &'g Gate>) -> Gate {
        gates.fold(
            Gate {
                rule: u32::MAX,
                next: 0,
                prev: 0,
                next_degrees: 0,
                prev_degrees: 0,
                reach_left: 0,
                reach_right: 0,
                clause_literals: u64::MAX,
                clause_degrees: 0,
            },
            |u, g| Gate {
                next: u.next | g.next,
                prev: u.prev | g.prev,
                next_degrees: u.next_degrees | g.next_degrees,
                prev_degrees: u.prev_degrees | g.prev_degrees,
                reach_left: u.reach_left.max(g.reach_left),
                reach_right: u.reach_right.max(g.reach_right),
                ..u
            },
        )
    }

    /// False when the anchor certainly fails the pattern: the word right
    /// before or after it is neither one of the literals nor of the degrees
    /// the adjacent element needs, or the clause reaches farther before or
    /// after the anchor than a pattern anchored at its start (`^`) or end
    /// (`$`) can (most clauses are longer than such slogans). See also
    /// [`Gate::clause_passes`].
    #[inline]
    fn passes(&self, n: &Neighbourhood) -> bool {
        let fits = |bits: u64, degrees: u8, word_bits: u64, word_degree: u8| {
            bits == u64::MAX || bits & word_bits != 0 || degrees & word_degree != 0
        };
        n.left <= self.reach_left
            && n.right <= self.reach_right
            && fits(self.next, self.next_degrees, n.next_bits, n.next_degree)
            && fits(self.prev, self.prev_degrees, n.prev_bits, n.prev_degree)
    }

    /// Does the pattern ask its anchor's clause for a literal or a degree?
    #[inline]
    fn asks_clause(&self) -> bool {
        self.clause_literals != u64::MAX || self.clause_degrees != 0
    }

    /// False when no word of the clause, with these [`Words::kinds`], can
    /// be the literal or have the degree another element needs („de
    /// grootste … van het jaar” in a clause without a superlative).
    #[inline]
    fn clause_passes(&self, (literals, degrees): (u64, u8)) -> bool {
        (self.clause_literals == u64::MAX || self.clause_literals & literals != 0)
            && (self.clause_degrees == 0 || self.clause_degrees & degrees != 0)
    }
}

/// An element's atoms, split for a cheap test: an element matches when the
/// word's literal number is one of `literals`, or it matches one of
/// `graded`, or any of `others` matches.
struct ElementTest {
    /// Numbers of the literals that require no marks, sorted.
    literals: Box<[u32]>,
    /// The adjective-degree atoms (`sup:goedkoop`, `comp:*`, `adj:*`) as
    /// lemma and degree mask; long alternations of these are common.
    graded: Box<[(Option<Box<str>>, u8)]>,
    /// True when one of `graded` accepts the positive degree: only then can
    /// a word the morphology stage did not grade match one of them.
    graded_positive: bool,
    /// All other atoms, with the literal number of those that are literals.
    others: Box<[(Atom, u32)]>,
    /// True when `graded` and `others` are empty: then only a word that is
    /// a literal can match, which [`element_matches`] decides inline.
    literals_only: bool,
}

/// The literal number of a word that is no literal of any pattern, and of an
/// atom that is no literal.
const NOT_LITERAL: u32 = u32::MAX;

/// Words shorter than this key length go to the short lists.
const KEY: usize = 3;

#[derive(Default)]
struct AffixIndex {
    by_key: FxHashMap<[u8; KEY], Vec<(Box<str>, Candidate)>>,
    /// One bit per possible first two bytes of a key in `by_key` (empty when
    /// `by_key` is).
    key_heads: Vec<u64>,
    short: Vec<(Box<str>, Candidate)>,
}

/// Bit index of the first two bytes of a key in [`AffixIndex::key_heads`].
fn key_head(key: [u8; KEY]) -> usize {
    (usize::from(key[0]) << 8) | usize::from(key[1])
}

impl AffixIndex {
    fn insert(&mut self, affix: &str, pattern: Candidate, suffix: bool) {
        let b = affix.as_bytes();
        if b.len() < KEY {
            self.short.push((affix.into(), pattern));
        } else {
            let key = key_of(b, suffix);
            if self.key_heads.is_empty() {
                self.key_heads = vec![0; (1 << 16) / 64];
            }
            let bit = key_head(key);
            self.key_heads[bit / 64] |= 1 << (bit % 64);
            self.by_key
                .entry(key)
                .or_default()
                .push((affix.into(), pattern));
        }
    }

    /// Adds the patterns whose affix `norm` starts (or ends) with. Inlined
    /// with the cheap rejections up front: this runs twice for every word.
    #[inline]
    fn add_candidates(&self, norm: &str, suffix: bool, out: &mut Vec<Candidate>) {
        let b = norm.as_bytes();
        if b.len() >= KEY {
            let key = key_of(b, suffix);
            if self.has_key_head(key) {
                self.add_keyed(b, key, suffix, out);
            }
        }
        for (a, p) in &self.short {
            if affix_of(b, a.as_bytes(), suffix) {
                out.push(*p);
            }
        }
    }

    #[inline]
    fn has_key_head(&self, key: [u8; KEY]) -> bool {
        let bit = key_head(key);
        self.key_heads
            .get(bit / 64)
            .is_some_and(|head| head & (1 << (bit % 64)) != 0)
    }

    #[inline(never)]
    fn add_keyed(&self, b: &[u8], key: [u8; KEY], suffix: bool, out: &mut Vec<Candidate>) {
        if let Some(keyed) = self.by_key.get(&key) {
            for (a, p) in keyed {
                if affix_of(b, a.as_bytes(), suffix) {
                    out.push(*p);
                }
            }
        }
    }
}

/// Does `word` end (`suffix`) or start with `affix`? A byte loop: affixes
/// are short, and a `memcmp` call costs more than comparing them.
#[inline]
fn affix_of(word: &[u8], affix: &[u8], suffix: bool) -> bool {
    if word.len() < affix.len() {
        return false;
    }
    let part = if suffix {
        &word[word.len() - affix.len()..]
    } else {
        &word[..affix.len()]
    };
    part.iter().zip(affix).all(|(x, y)| x == y)
}

fn key_of(b: &[u8], suffix: bool) -> [u8; KEY] {
    let s = if suffix {
        &b[b.len() - KEY..]
    } else {
        &b[..KEY]
    };
    [s[0], s[1], s[2]]
}

/// The rule matches of `raw` that no exception of the same rule cancels (an
/// exception cancels a match when its full span contains the match's focus),
/// in their original order.
///
/// Equivalent to testing every match against every exception, in
/// `O(n log n)`: exceptions are sorted by rule and start, and each rule's
/// running maximum end tells at once whether any exception starting at or
/// before the match's focus also ends at or after it.
pub(crate) fn without_cancelled(raw: Vec<RawMatch>) -> Vec<RawMatch> {
    let mut exceptions: Vec<(u32, usize, usize)> = raw
        .iter()
        .filter_map(|m| match m.owner {
            Owner::Exception(r) => Some((r, m.full.start, m.full.end)),
            Owner::Rule(_) | Owner::Requirement(_) | Owner::Unless(_) => None,
        })
        .collect();
    exceptions.sort_unstable();
    // `reach[i]`: the largest end among exceptions `..=i` of the same rule.
    let mut reach: Vec<usize> = Vec::with_capacity(exceptions.len());
    for (i, &(r, _, end)) in exceptions.iter().enumerate() {
        let before = i
            .checked_sub(1)
            .filter(|&j| exceptions[j].0 == r)
            .map_or(0, |j| reach[j]);
        reach.push(before.max(end));
    }
    let cancelled = |r: u32, focus: Span| {
        let n = exceptions.partition_point(|&(er, start, _)| (er, start) <= (r, focus.start));
        n > 0 && exceptions[n - 1].0 == r && reach[n - 1] >= focus.end
    };
    raw.into_iter()
        .filter(|m| match m.owner {
            Owner::Rule(r) => !cancelled(r, m.focus),
            Owner::Exception(_) => false,
            // The analyzer reads requirement and veto matches per sentence.
            Owner::Requirement(_) | Owner::Unless(_) => true,
        })
        .collect()
}

/// Function words: the poorest literals by [`kind_rank`]. None is longer
/// than four bytes.
const FUNCTION_WORDS: &[&str] = &[
    "aan", "al", "als", "bij", "dat", "de", "die", "dit", "een", "en", "er", "het", "hij", "ik",
    "in", "is", "je", "jij", "met", "na", "niet", "nog", "of", "om", "onze", "ons", "op", "te",
    "tot", "u", "uw", "van", "voor", "wat", "we", "wij", "zijn", "ze", "zij",
];

/// [`FUNCTION_WORDS`] as sorted [`pack`] keys: compared as integers at
/// start-up, where every pattern word is ranked.
const FUNCTION_KEYS: [u64; FUNCTION_WORDS.len()] = {
    let mut keys = [0; FUNCTION_WORDS.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = const_pack(FUNCTION_WORDS[i]);
        let mut k = i;
        while k > 0 && keys[k - 1] > keys[k] {
            (keys[k - 1], keys[k]) = (keys[k], keys[k - 1]);
            k -= 1;
        }
        i += 1;
    }
    keys
};

/// How selective an element is by the kind of its words (a literal beats a
/// stem, which beats an affix, which beats a function word; 0 for an
/// element that cannot anchor): what picks the block of words a pattern
/// with gaps is anchored in ([`Matcher::anchor`]).
fn kind_rank(e: &Element) -> u32 {
    fn atom(a: &Atom) -> u32 {
        match a {
            Atom::Literal { folded, .. } => {
                // Every function word is short: most literals skip the list.
                let function = folded.len() <= 4
                    && pack(folded.as_bytes())
                        .is_some_and(|k| FUNCTION_KEYS.binary_search(&k).is_ok());
                if function { 20 } else { 100 }
            }
            Atom::Stem(_) => 80,
            Atom::Graded {
                lemma: Some(_),
                degrees,
            } if degrees & Degree::Positive.bit() == 0 => 70,
            Atom::Prefix(a) | Atom::Suffix(a) | Atom::Affix(a, _) => {
                if a.len() >= 4 {
                    60
                } else {
                    30
                }
            }
            Atom::Graded {
                lemma: None,
                degrees,
            } if degrees & Degree::Positive.bit() == 0 => 10,
            Atom::Infix(a) if a.len() >= 4 => 5,
            Atom::All(parts) => parts.iter().map(atom).max().unwrap_or(0),
            // A cheap check, but true for many words: a last resort.
            Atom::Capitalized => 2,
            _ => 0,
        }
    }
    e.atoms.iter().map(atom).min().unwrap_or(0)
}

/// Frequent word forms of ordinary Dutch prose by a rough frequency per
/// million words: poor anchors, because every occurrence is a candidate to
/// look at. Rounded from general Dutch frequency lists; only the order of
/// magnitude matters to [`atom_cost`]. None is longer than seven bytes, so
/// each is one [`pack`] key.
#[rustfmt::skip]
const FREQUENT: &[(u32, &[&str])] = &[
    (60_000, &["de"]),
    (30_000, &["het", "een", "van", "en"]),
    (20_000, &["in", "is"]),
    (10_000, &["op", "dat", "te", "die", "met", "voor", "niet", "zijn", "ik", "je"]),
    (6_000, &["was", "maar", "aan", "er", "als", "bij", "om", "ook", "hij", "ze"]),
    (3_000, &[
        "dan", "door", "naar", "uit", "of", "over", "zij", "we", "wij", "nog", "al", "tot", "na",
        "worden", "wordt", "werd", "heeft", "hebben", "had", "kan", "moet", "zal", "zou", "deze",
        "dit", "wat", "meer", "geen", "jaar", "u", "uw", "hun", "haar", "ons", "onze", "mijn",
        "nu", "wel", "zo", "veel", "hem", "waren", "kunnen",
    ]),
    (1_000, &[
        "gaat", "staat", "twee", "alle", "hoe", "waar", "wie", "zich", "mee", "tegen", "onder",
        "sinds", "omdat", "ben", "bent", "heb", "hebt", "kunt", "moeten", "zullen", "wil", "daar",
        "hier", "toen", "dus", "alleen", "weer", "nieuwe", "goed", "eerste", "iets", "elke", "per",
        "zonder", "altijd", "nooit", "ooit", "tijd", "dag", "week", "mensen", "andere", "groot",
        "grote", "zeer", "heel", "erg", "vaak", "gaan", "komt",
    ]),
];

/// How many words [`FREQUENT`] lists.
const N_FREQUENT: usize = {
    let mut n = 0;
    let mut t = 0;
    while t < FREQUENT.len() {
        n += FREQUENT[t].1.len();
        t += 1;
    }
    n
};

/// [`FREQUENT`] as [`pack`] keys with their frequencies, sorted by key for
/// a binary search: compared as integers at start-up, where every pattern
/// word of an anchor's block is costed.
const FREQUENT_KEYS: [(u64, u32); N_FREQUENT] = {
    let mut keys = [(0, 0); N_FREQUENT];
    let mut n = 0;
    let mut t = 0;
    while t < FREQUENT.len() {
        let (frequency, words) = FREQUENT[t];
        let mut w = 0;
        while w < words.len() {
            keys[n] = (const_pack(words[w]), frequency);
            let mut k = n;
            while k > 0 && keys[k - 1].0 > keys[k].0 {
                (keys[k - 1], keys[k]) = (keys[k], keys[k - 1]);
                k -= 1;
            }
            n += 1;
            w += 1;
        }
        t += 1;
    }
    keys
};

/// [`pack`] for the tables above, at compile time (a word of up to seven
/// bytes; the tests pin the two equal).
const fn const_pack(word: &str) -> u64 {
    let b = word.as_bytes();
    let mut key = (b.len() as u64) << 56;
    let mut j = 0;
    while j < b.len() {
        key |= (b[j] as u64) << (8 * j);
        j += 1;
    }
    key
}

/// How often a word of ordinary prose is expected to match an element, per
/// million words: the sum over its alternatives. The matcher anchors each
/// pattern on its cheapest element, since every occurrence of an anchor
/// word is a candidate to look at. `None` for an element that cannot be an
/// anchor (any word, or any adjective).
fn element_cost(e: &Element) -> Option<u32> {
    e.atoms
        .iter()
        .try_fold(0u32, |sum, a| Some(sum.saturating_add(atom_cost(a)?)))
}

/// [`element_cost`] of one atom: a rough expected frequency per million
/// words. A literal outside [`FREQUENT`] is rare; a stem covers a few forms;
/// an affix, a degree or a capital matches whole classes of words.
fn atom_cost(a: &Atom) -> Option<u32> {
    /// Any comparative, any superlative. Not their frequency (about 5,000
    /// and 1,500 per million): every word of the degree is a candidate for
    /// all patterns anchored on it at once, and measured on ordinary prose
    /// such anchors cost more than the commonest function words.
    const DEGREES: [(Degree, u32); 2] =
        [(Degree::Comparative, 50_000), (Degree::Superlative, 15_000)];
    let graded = |degrees: u8| -> u32 {
        DEGREES
            .iter()
            .filter(|(d, _)| degrees & d.bit() != 0)
            .map(|&(_, cost)| cost)
            .sum()
    };
    Some(match a {
        Atom::Literal { folded, .. } => pack(folded.as_bytes())
            .and_then(|k| FREQUENT_KEYS.binary_search_by_key(&k, |&(key, _)| key).ok())
            .and_then(|i| FREQUENT_KEYS.get(i))
            .map_or(20, |&(_, frequency)| frequency),
        Atom::Stem(_) => 60,
        Atom::Graded {
            lemma: Some(_),
            degrees,
        } if degrees & Degree::Positive.bit() == 0 => 40,
        Atom::Prefix(a) | Atom::Suffix(a) | Atom::Affix(a, _) => {
            if a.len() >= 4 {
                500
            } else {
                5_000
            }
        }
        Atom::Graded {
            lemma: None,
            degrees,
        } if degrees & Degree::Positive.bit() == 0 => graded(*degrees),
        Atom::Infix(a) if a.len() >= 4 => 20_000,
        Atom::All(parts) => parts.iter().filter_map(atom_cost).min()?,
        // A cheap check, but true for many words: a last resort.
        Atom::Capitalized => 100_000,
        _ => return None,
    })
}

/// The part of an atom the index stores: for `a&b`, the more selective side.
fn index_part(a: &Atom) -> &Atom {
    match a {
        Atom::All(parts) => parts
            .iter()
            .min_by_key(|p| atom_cost(p).unwrap_or(u32::MAX))
            .map_or(a, index_part),
        _ => a,
    }
}

/// Folded forms to literal numbers, tuned for the question asked of every
/// word: "is this a literal at all?" (usually not).
#[derive(Default)]
struct Literals {
    /// Forms of up to seven bytes, keyed by [`pack`].
    short: FxHashMap<u64, u32>,
    /// All other forms.
    long: FxHashMap<Box<str>, u32>,
    /// One bit per [`filter_bit`] of every form: a clear bit means no form.
    filter: Vec<u64>,
}

/// Bits in [`Literals::filter`].
const FILTER_BITS: usize = 1 << 16;

/// A form of seven bytes or fewer as one integer: its bytes, and its length
/// in the top byte (so distinct forms give distinct integers).
#[inline]
fn pack(b: &[u8]) -> Option<u64> {
    if b.len() > 7 {
        return None;
    }
    // Shifted in registers: copying into a stack buffer and loading it as
    // a `u64` stalls on store forwarding, and this runs for every word.
    let mut key = (b.len() as u64) << 56;
    for (i, &byte) in b.iter().enumerate() {
        key |= u64::from(byte) << (8 * i);
    }
    Some(key)
}

/// A hash of a form's length, first and last byte.
fn filter_bit(b: &[u8]) -> usize {
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return 0;
    };
    let h = u32::from(first) | (u32::from(last) << 8) | ((b.len() as u32 & 0xff) << 16);
    (h.wrapping_mul(0x9e37_79b1) >> 16) as usize % FILTER_BITS
}

impl Literals {
    fn insert(&mut self, form: &str, n: u32) {
        let b = form.as_bytes();
        if self.filter.is_empty() {
            self.filter = vec![0; FILTER_BITS / 64];
        }
        let bit = filter_bit(b);
        self.filter[bit / 64] |= 1 << (bit % 64);
        match pack(b) {
            Some(key) => self.short.insert(key, n),
            None => self.long.insert(form.into(), n),
        };
    }

    /// The number of `form`, or [`NOT_LITERAL`].
    #[inline]
    fn get(&self, form: &str) -> u32 {
        let b = form.as_bytes();
        let bit = filter_bit(b);
        match self.filter.get(bit / 64) {
            Some(word) if word & (1 << (bit % 64)) != 0 => {}
            _ => return NOT_LITERAL,
        }
        let n = match pack(b) {
            Some(key) => self.short.get(&key),
            None => self.long.get(form),
        };
        n.copied().unwrap_or(NOT_LITERAL)
    }
}

/// The compiled, immutable matcher shared by all analyses.
#[derive(Default)]
pub(crate) struct Matcher {
    /// Identifies the matcher to the per-thread [`TypeMemo`]s.
    id: MatcherId,
    patterns: Vec<Compiled>,
    /// The gate of each pattern, by pattern number.
    gates: Vec<Gate>,
    /// The number of every literal any pattern uses.
    literal_numbers: Literals,
    /// The gate bit of each literal, by literal number ([`Matcher::gate_bit`]).
    gate_bits: Vec<u64>,
    /// How many gate bits were given out.
    gate_bits_given: u32,
    /// The patterns anchored on each literal, by literal number.
    literal: Vec<Vec<Candidate>>,
    /// The patterns anchored on a literal with non-ASCII marks (`dé`), by
    /// literal number: candidates only for words that are not ASCII.
    marked: Vec<Vec<Candidate>>,
    prefix: AffixIndex,
    suffix: AffixIndex,
    stem: FxHashMap<Box<str>, Vec<Candidate>>,
    /// The patterns anchored on a degree of a lemma, by lemma and then
    /// [`degree_slot`].
    graded_lemma: FxHashMap<Box<str>, [Vec<Candidate>; 2]>,
    /// The patterns anchored on a degree of any adjective, by
    /// [`degree_slot`].
    graded_any: [Vec<Candidate>; 2],
    /// Patterns anchored on [`Atom::Capitalized`]: candidates for every
    /// word that starts with a capital, and only for those.
    capitalized: Vec<Candidate>,
    scan: Vec<Candidate>,
}

/// An index entry: a pattern, and whether finding the word under this entry
/// already proves that the pattern's anchor element matches the word (so
/// verification need not test it again). Packed as `pattern << 1 | proven`,
/// so sorting orders by pattern first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Candidate(u32);

impl Candidate {
    fn new(pattern: u32, proven: bool) -> Candidate {
        Candidate((pattern << 1) | u32::from(proven))
    }

    fn pattern(self) -> u32 {
        self.0 >> 1
    }

    fn proven(self) -> bool {
        self.0 & 1 != 0
    }
}

/// Does a word found in the index under `part` (the [`index_part`] of the
/// anchor element's atom `atom`) certainly match `atom`, and so the anchor
/// element? True when the lookup tests exactly what [`atom_matches`] does:
/// a literal without marks (equal literal numbers), a whole prefix or
/// suffix, a stem, a capital. Not for `a&b` (only one side was looked up),
/// literals with marks, `pre*suf` and adjective degrees.
fn proves_anchor(atom: &Atom, part: &Atom) -> bool {
    std::ptr::eq(atom, part)
        && matches!(
            atom,
            Atom::Literal { exact: None, .. }
                | Atom::Prefix(_)
                | Atom::Suffix(_)
                | Atom::Stem(_)
                | Atom::Capitalized
        )
}

/// Where the index keeps patterns anchored on a degree: comparatives and
/// superlatives apart, so that a word is a candidate only for the patterns
/// of its own degree. `None` for the positive, which no anchor has.
fn degree_slot(d: Degree) -> Option<usize> {
    match d {
        Degree::Positive => None,
        Degree::Comparative => Some(0),
        Degree::Superlative => Some(1),
    }
}

/// Files `entry` under each degree of `degrees` that has a slot.
fn push_by_degree(slots: &mut [Vec<Candidate>; 2], degrees: u8, entry: Candidate) {
    for d in [Degree::Comparative, Degree::Superlative] {
        if degrees & d.bit() != 0
            && let Some(slot) = degree_slot(d)
        {
            slots[slot].push(entry);
        }
    }
}

/// Sorts a word's candidates by pattern, unproven before proven, and keeps
/// one per pattern: a pattern found twice keeps its unproven entry, which
/// re-tests the anchor.
fn sort_candidates(cands: &mut Vec<Candidate>) {
    if cands.len() > 1 {
        cands.sort_unstable();
        cands.dedup_by(|later, first| later.pattern() == first.pattern());
    }
}

/// A process-wide unique number for each matcher.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct MatcherId(u64);

impl Default for MatcherId {
    fn default() -> Self {
        MatcherId(crate::per_thread::unique())
    }
}

/// What the index yields for a word's folded form ([`Matcher::type_of`]),
/// as the memo keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Type {
    /// The literal number ([`NOT_LITERAL`] for most words).
    literal: u32,
    /// The first of the candidates in [`TypeMemo::pool`].
    start: u32,
    /// How many candidates.
    len: u32,
    /// The union of the candidates' gates and their rules in
    /// [`TypeMemo::unions`] (unused without candidates).
    union: u32,
    /// The literal's gate bit ([`Matcher::gate_bit`]).
    bits: u64,
}

/// A word type no call has computed yet ([`TypeMemo::by_form`]).
const UNKNOWN: Type = Type {
    literal: NOT_LITERAL,
    start: u32::MAX,
    len: 0,
    union: u32::MAX,
    bits: 0,
};

/// A per-thread memo of word types: what the index yields for a folded word
/// form (see [`Matcher::type_of`]) is the same every time the form occurs,
/// and in a corpus most words are forms already seen. The document numbers
/// each word's form ([`crate::forms`]), so the memo is an array indexed by
/// form number: no hashing at all replaces the literal lookup, two affix
/// probes and the degree lookups. It is valid for the documents of one
/// form-table stamp and starts afresh for another. Also holds the per-call
/// scratch vectors, so a warm thread allocates nothing per document but
/// its matches.
#[derive(Default)]
struct TypeMemo {
    matcher: Option<MatcherId>,
    /// The form-table stamp `by_form` is valid for.
    stamp: u64,
    /// Form number → its type, or [`UNKNOWN`].
    by_form: Vec<Type>,
    /// The candidates of all types.
    pool: Vec<Candidate>,
    /// For each type, the union of its candidates' gates ([`Gate::union`])
    /// and the [`rule_bit`]s of their rules.
    unions: Vec<(Gate, u64)>,
    /// Scratch: the type of each word of one call.
    words: Vec<Type>,
    /// Scratch: the words of one call that may anchor a candidate, in
    /// order ([`Matcher::find_with`]).
    live: Vec<u32>,
}

impl TypeMemo {
    /// The memo for `id` among a thread's memos (a few matchers run per
    /// analysis: rules, exceptions, requirements); the least recently
    /// used one is recycled for a new matcher.
    fn for_matcher(memos: &mut Vec<TypeMemo>, id: MatcherId) -> &mut TypeMemo {
        const MATCHERS: usize = 4;
        crate::per_thread::most_recent(
            memos,
            MATCHERS,
            |m| m.matcher == Some(id),
            || TypeMemo {
                matcher: Some(id),
                ..TypeMemo::default()
            },
        )
    }

    /// Makes the memo valid for documents of form-table stamp `stamp`.
    fn use_stamp(&mut self, stamp: u64) {
        if self.stamp != stamp {
            self.clear();
            self.stamp = stamp;
        }
    }

    /// The type of `w`'s folded form, computed by `compute` when not
    /// memoised yet.
    #[inline]
    fn lookup(
        &mut self,
        w: &Word,
        compute: impl FnOnce() -> ((u32, u64), Vec<Candidate>, (Gate, u64)),
    ) -> Type {
        let f = w.form as usize;
        // Only [`UNKNOWN`] starts at `u32::MAX` (a pool never grows that
        // long): one comparison instead of the whole type's.
        if let Some(&t) = self.by_form.get(f)
            && t.start != UNKNOWN.start
        {
            return t;
        }
        let t = self.add(compute());
        if f >= self.by_form.len() {
            self.by_form.resize(f + 1, UNKNOWN);
        }
        self.by_form[f] = t;
        t
    }

    /// Keeps a computed type: its candidates in the pool, their union gate
    /// among the unions.
    fn add(
        &mut self,
        ((literal, bits), cands, union): ((u32, u64), Vec<Candidate>, (Gate, u64)),
    ) -> Type {
        let t = Type {
            literal,
            bits,
            start: self.pool.len() as u32,
            len: cands.len() as u32,
            union: self.unions.len() as u32,
        };
        self.pool.extend_from_slice(&cands);
        self.unions.push(union);
        t
    }

    fn clear(&mut self) {
        self.by_form.clear();
        self.pool.clear();
        self.unions.clear();
    }
}

thread_local! {
    static MEMOS: RefCell<Vec<TypeMemo>> = const { RefCell::new(Vec::new()) };
}

/// A pattern the matcher cannot use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unanchored;

impl Matcher {
    /// The element to anchor `linear` on, or `None` when no element can be
    /// an anchor.
    ///
    /// Verification places the elements beyond a gap nearest first, seen
    /// from the anchor, so where a pattern with gaps matches depends on the
    /// block of gap-free elements its anchor lies in. That block is the one
    /// with the element of the most selective kind ([`kind_rank`], the
    /// first on a tie), the rule the lexicons' spans were written against.
    /// Inside the block every element gives the same matches, and the one
    /// expected least often in prose ([`element_cost`]) is the anchor: each
    /// of its occurrences costs a look.
    fn anchor(linear: &Linear) -> Option<usize> {
        let elements = &linear.elements;
        let (by_kind, rank) = elements
            .iter()
            .enumerate()
            .map(|(i, e)| (i, kind_rank(e)))
            .max_by_key(|&(i, r)| (r, std::cmp::Reverse(i)))?;
        if rank == 0 {
            return None;
        }
        let mut first = by_kind;
        while first > 0 && elements[first].gap_before == 0 {
            first -= 1;
        }
        let mut last = by_kind;
        while elements.get(last + 1).is_some_and(|e| e.gap_before == 0) {
            last += 1;
        }
        if first == last {
            return Some(by_kind);
        }
        (first..=last)
            .filter_map(|i| Some((element_cost(&elements[i])?, i)))
            .min()
            .map(|(_, i)| i)
    }

    /// Adds one linear pattern.
    pub fn add(&mut self, owner: Owner, linear: Linear) -> Result<(), Unanchored> {
        let anchor = Self::anchor(&linear).ok_or(Unanchored)?;
        let id = self.patterns.len() as u32;
        // The literal number of each anchor atom that is a literal.
        let mut anchor_numbers = Vec::new();
        let tests: Vec<ElementTest> = linear
            .elements
            .iter()
            .enumerate()
            .map(|(k, e)| {
                // Sized exactly, so that boxing them does not reallocate.
                let (mut n_literals, mut n_graded) = (0, 0);
                for a in &e.atoms {
                    match a {
                        Atom::Graded { .. } => n_graded += 1,
                        Atom::Literal { exact: None, .. } => n_literals += 1,
                        _ => {}
                    }
                }
                let mut literals = Vec::with_capacity(n_literals);
                let mut graded = Vec::with_capacity(n_graded);
                let mut others = Vec::with_capacity(e.atoms.len() - n_literals - n_graded);
                for a in &e.atoms {
                    let number = match a {
                        Atom::Literal { folded, .. } => self.literal_number(folded),
                        _ => NOT_LITERAL,
                    };
                    if k == anchor {
                        anchor_numbers.push(number);
                    }
                    match a {
                        Atom::Graded { lemma, degrees } => {
                            graded.push((lemma.as_deref().map(Box::from), *degrees));
                        }
                        Atom::Literal { exact: None, .. } => literals.push(number),
                        _ => others.push((a.clone(), number)),
                    }
                }
                literals.sort_unstable();
                ElementTest {
                    literals_only: graded.is_empty() && others.is_empty(),
                    literals: literals.into(),
                    graded_positive: graded.iter().any(|&(_, d)| d & Degree::Positive.bit() != 0),
                    graded: graded.into(),
                    others: others.into(),
                }
            })
            .collect();
        for (atom, &number) in linear.elements[anchor].atoms.iter().zip(&anchor_numbers) {
            let part = index_part(atom);
            let entry = Candidate::new(id, proves_anchor(atom, part));
            match part {
                Atom::Literal { folded, exact } => {
                    let n = if std::ptr::eq(part, atom) {
                        number
                    } else {
                        self.literal_number(folded)
                    } as usize;
                    if exact.as_deref().is_some_and(|e| !e.is_ascii()) {
                        self.marked[n].push(entry);
                    } else {
                        self.literal[n].push(entry);
                    }
                }
                Atom::Prefix(a) | Atom::Affix(a, _) => self.prefix.insert(a, entry, false),
                Atom::Suffix(a) => self.suffix.insert(a, entry, true),
                Atom::Stem(s) => self.stem.entry(s.as_str().into()).or_default().push(entry),
                Atom::Graded {
                    lemma: Some(l),
                    degrees,
                } => {
                    let slots = self.graded_lemma.entry(l.as_str().into()).or_default();
                    push_by_degree(slots, *degrees, entry);
                }
                Atom::Graded {
                    lemma: None,
                    degrees,
                } => push_by_degree(&mut self.graded_any, *degrees, entry),
                Atom::Capitalized => self.capitalized.push(entry),
                Atom::Infix(_) | Atom::Any | Atom::All(_) => self.scan.push(entry),
            }
        }
        // The literals (as gate bits) and the degrees the word next to the
        // anchor must be: an element of literals and of degree atoms that
        // exclude the positive (an ungraded word matches none of those).
        let adjacent = |k: usize| -> Option<(&[u32], u8)> {
            match tests.get(k) {
                Some(test)
                    if linear.elements[k.max(anchor)].gap_before == 0
                        && test.others.is_empty()
                        && !test.graded_positive =>
                {
                    let degrees = test.graded.iter().fold(0, |d, &(_, m)| d | m);
                    Some((&test.literals[..], degrees))
                }
                _ => None,
            }
        };
        let (next, next_degrees) =
            adjacent(anchor + 1).map_or((u64::MAX, 0), |(lits, d)| (self.gate_bits_of(lits), d));
        let (prev, prev_degrees) = anchor
            .checked_sub(1)
            .and_then(adjacent)
            .map_or((u64::MAX, 0), |(lits, d)| (self.gate_bits_of(lits), d));
        // Element `i` lies at most `1 + gap_before` words after element
        // `i - 1`.
        let span = |r: std::ops::Range<usize>| -> u32 {
            linear.elements[r]
                .iter()
                .map(|e| 1 + u32::from(e.gap_before))
                .sum()
        };
        // The other element of literals only with the fewest literals, and
        // another element of degree atoms without the positive.
        let clause_literals = tests
            .iter()
            .enumerate()
            .filter(|&(k, t)| k != anchor && t.literals_only)
            .min_by_key(|(_, t)| t.literals.len())
            .map(|(_, t)| t.literals.clone());
        let clause_literals = clause_literals.map_or(u64::MAX, |l| self.gate_bits_of(&l));
        let clause_degrees = tests
            .iter()
            .enumerate()
            .find(|&(k, t)| {
                k != anchor
                    && t.literals.is_empty()
                    && t.others.is_empty()
                    && !t.graded.is_empty()
                    && !t.graded_positive
            })
            .map_or(0, |(_, t)| t.graded.iter().fold(0, |d, &(_, m)| d | m));
        self.gates.push(Gate {
            rule: owner.rule(),
            clause_literals,
            clause_degrees,
            next,
            prev,
            next_degrees,
            prev_degrees,
            reach_left: if linear.clause_start {
                span(1..anchor + 1)
            } else {
                NO_REACH
            },
            reach_right: if linear.clause_end {
                span(anchor + 1..linear.elements.len())
            } else {
                NO_REACH
            },
        });
        self.patterns.push(Compiled {
            owner,
            clause_start: linear.clause_start,
            widest: matches!(owner, Owner::Exception(_)),
            clause_end: linear.clause_end,
            elements: linear.elements,
            tests,
            anchor,
        });
        Ok(())
    }

    /// The number of a literal, numbering it when new.
    /// The bit of literal number `n` in gates ([`Gate::next`],
    /// [`Gate::prev`], [`Gate::clause_literals`]): given out in turn to the
    /// literals gates name as they first do, so that up to 64 such
    /// literals share no bit, and a literal no gate names (most: the
    /// anchors) has none and fails every gate that asks for literals.
    fn gate_bit(&mut self, n: u32) -> u64 {
        let n = n as usize;
        if n >= self.gate_bits.len() {
            self.gate_bits.resize(n + 1, 0);
        }
        if self.gate_bits[n] == 0 {
            self.gate_bits[n] = 1 << (self.gate_bits_given % 64);
            self.gate_bits_given += 1;
        }
        self.gate_bits[n]
    }

    /// The gate bits of `literals`, together.
    fn gate_bits_of(&mut self, literals: &[u32]) -> u64 {
        literals.iter().fold(0, |bits, &n| bits | self.gate_bit(n))
    }

    fn literal_number(&mut self, folded: &str) -> u32 {
        let n = self.literal_numbers.get(folded);
        if n != NOT_LITERAL {
            return n;
        }
        let n = self.literal.len() as u32;
        self.literal.push(Vec::new());
        self.marked.push(Vec::new());
        self.literal_numbers.insert(folded, n);
        n
    }

    /// Every stem any pattern compares against (for the stemming stage).
    pub fn stems(&self) -> impl Iterator<Item = &str> {
        self.patterns
            .iter()
            .flat_map(|p| &p.elements)
            .flat_map(|e| &e.atoms)
            .filter_map(|a| match a {
                Atom::Stem(s) => Some(s.as_str()),
                _ => None,
            })
    }

    /// Finds all matches of all patterns in `doc`.
    pub fn find(&self, doc: &Document<'_>) -> Vec<RawMatch> {
        let mut out = Vec::new();
        self.find_with::<true>(doc, 0..doc.words().len(), None, &mut out);
        out
    }

    /// Finds the matches anchored on the words in `range` (their indexes) of
    /// the patterns of the rules in `rules` (of all rules: `None`). A
    /// pattern never leaves its anchor's clause, so for a range of whole
    /// clauses these are exactly the matches of those rules
    /// [`Matcher::find`] finds inside them.
    ///
    /// The matches are appended to `out` (the analyzer collects the
    /// matches of many clauses in one vector).
    pub fn find_in(
        &self,
        doc: &Document<'_>,
        range: std::ops::Range<usize>,
        rules: Option<&RuleSet>,
        out: &mut Vec<RawMatch>,
    ) {
        self.find_with::<true>(doc, range, rules, out);
    }

    /// [`Matcher::find`] without its shortcuts (an anchor the index lookup
    /// proved is not tested again; elements of literals only and the
    /// neighbours of the anchor are decided inline; the memo; a capital
    /// decided on the first byte; no stem lookup for unstemmed words): the
    /// reference the tests compare `find` with.
    #[cfg(test)]
    pub fn find_without_shortcuts(&self, doc: &Document<'_>) -> Vec<RawMatch> {
        let mut out = Vec::new();
        self.find_with::<false>(doc, 0..doc.words().len(), None, &mut out);
        out
    }

    fn find_with<const SHORTCUTS: bool>(
        &self,
        doc: &Document<'_>,
        range: std::ops::Range<usize>,
        rules: Option<&RuleSet>,
        out: &mut Vec<RawMatch>,
    ) {
        let words = doc.words();
        let range = range.start.min(words.len())..range.end.min(words.len());
        // Verification never leaves the anchor's clause: number the words of
        // the clauses the range touches.
        let clause_of = |i: usize| words[i].clause;
        let mut lo = range.start;
        while lo > 0 && lo < range.end && clause_of(lo - 1) == clause_of(range.start) {
            lo -= 1;
        }
        let mut hi = range.end;
        while hi > range.start && hi < words.len() && clause_of(hi) == clause_of(range.end - 1) {
            hi += 1;
        }
        MEMOS.with_borrow_mut(|memos| {
            let memo = TypeMemo::for_matcher(memos, self.id);
            // First pass: each word's type from the memo (its literal number
            // and the candidates its folded form alone yields).
            // Filled out of the memo, so the memo can be borrowed inside.
            memo.use_stamp(doc.form_stamp());
            let mut types = std::mem::take(&mut memo.words);
            let mut live = std::mem::take(&mut memo.live);
            types.clear();
            live.clear();
            // Most words have no candidates by their form, and none of the
            // extras of [`Matcher::candidates`] can apply to them (no
            // capital, stem or marks to look at): the verification loop
            // visits only the others.
            let plain = self.capitalized.is_empty();
            let unstemmed = self.stem.is_empty();
            for (i, w) in words[lo..hi].iter().enumerate() {
                let t = if SHORTCUTS {
                    memo.lookup(w, || self.type_of(doc, w))
                } else {
                    memo.add(self.type_of(doc, w))
                };
                let idle = SHORTCUTS
                    && t.len == 0
                    && w.is_ascii()
                    && plain
                    && (unstemmed || !w.has_stem());
                if !idle && (range.start..range.end).contains(&(lo + i)) {
                    live.push((lo + i) as u32);
                }
                types.push(t);
            }
            memo.words = types;
            self.verify_all::<SHORTCUTS>(doc, &live, lo, memo, rules, out);
            memo.live = live;
            if !SHORTCUTS {
                memo.clear();
            }
        })
    }

    /// What the index yields for a word by its folded form alone: its literal
    /// number and its gate bit, the candidates anchored on the literal, its affixes, its
    /// stem, its adjective degree, and the scanning patterns; sorted by
    /// pattern, unproven before proven, one per pattern.
    fn type_of(&self, doc: &Document<'_>, w: &Word) -> ((u32, u64), Vec<Candidate>, (Gate, u64)) {
        let norm = doc.norm(w);
        let literal = self.literal_numbers.get(norm);
        let mut cands = Vec::new();
        if let Some(ps) = self.literal.get(literal as usize) {
            cands.extend_from_slice(ps);
        }
        self.prefix.add_candidates(norm, false, &mut cands);
        self.suffix.add_candidates(norm, true, &mut cands);
        if let Some(g) = w.graded
            && let Some(slot) = degree_slot(g.degree)
        {
            if let Some(ps) = self.graded_lemma.get(g.lemma) {
                cands.extend_from_slice(&ps[slot]);
            }
            cands.extend_from_slice(&self.graded_any[slot]);
        }
        cands.extend_from_slice(&self.scan);
        sort_candidates(&mut cands);
        let gates = || {
            cands
                .iter()
                .filter_map(|c| self.gates.get(c.pattern() as usize))
        };
        let union = Gate::union(gates());
        let rules = gates().fold(0, |bits, g| bits | rule_bit(g.rule));
        let bits = self.gate_bits.get(literal as usize).copied().unwrap_or(0);
        ((literal, bits), cands, (union, rules))
    }

    /// The candidates anchored on word `w`: `typed`, what its folded form
    /// yields (see [`Matcher::type_of`]), and those that depend on more than
    /// the folded form: the stem (only where the morphology stage stemmed),
    /// marks, a capital. Without shortcuts (`S`), as the reference tests
    /// want, on the stem and the surface themselves. Sorted as `typed` is;
    /// `extra` is scratch.
    #[inline(always)]
    fn candidates<'a, const S: bool>(
        &self,
        doc: &Document<'_>,
        w: &Word,
        literal: u32,
        typed: &'a [Candidate],
        extra: &'a mut Vec<Candidate>,
    ) -> &'a [Candidate] {
        let stemmed = if S && (self.stem.is_empty() || !w.has_stem()) {
            None
        } else {
            let stem = doc.stem(w);
            if stem.is_empty() {
                None
            } else {
                self.stem.get(stem)
            }
        };
        let marked = if w.is_ascii() {
            None
        } else {
            self.marked.get(literal as usize).filter(|m| !m.is_empty())
        };
        let capital = !self.capitalized.is_empty()
            && if S {
                word_capitalized(doc, w)
            } else {
                starts_capitalized(doc.surface(w))
            };
        if stemmed.is_none() && marked.is_none() && !capital {
            return typed;
        }
        extra.clear();
        extra.extend_from_slice(typed);
        extra.extend(stemmed.into_iter().flatten());
        extra.extend(marked.into_iter().flatten());
        if capital {
            extra.extend_from_slice(&self.capitalized);
        }
        sort_candidates(extra);
        extra
    }

    /// Calls `f` with a test „does a pattern of rule `rule` match word `wi`
    /// alone?” for the words of `doc`. For a matcher of one-word patterns
    /// ([`Linear::is_one_word`]): the test answers what [`Matcher::find_in`]
    /// would find at `wi` for that rule, without typing the rest of the
    /// clause, and one memo serves all the questions `f` asks.
    pub fn with_word_test<R>(
        &self,
        doc: &Document<'_>,
        f: impl FnOnce(&mut dyn FnMut(usize, u32) -> bool) -> R,
    ) -> R {
        MEMOS.with_borrow_mut(|memos| {
            let memo = TypeMemo::for_matcher(memos, self.id);
            memo.use_stamp(doc.form_stamp());
            let mut extra = Vec::new();
            f(&mut |wi, rule| self.matches_word(doc, memo, wi, rule, &mut extra))
        })
    }

    fn matches_word(
        &self,
        doc: &Document<'_>,
        memo: &mut TypeMemo,
        wi: usize,
        rule: u32,
        extra: &mut Vec<Candidate>,
    ) -> bool {
        let Some(w) = doc.words().get(wi) else {
            return false;
        };
        let t = memo.lookup(w, || self.type_of(doc, w));
        let types = [t];
        let view = Words {
            doc,
            words: doc.words(),
            types: &types,
            offset: wi,
        };
        let typed = &memo.pool[t.start as usize..(t.start + t.len) as usize];
        self.candidates::<true>(doc, w, t.literal, typed, extra)
            .iter()
            .any(|&c| {
                self.gates
                    .get(c.pattern() as usize)
                    .is_some_and(|g| g.rule == rule)
                    && self.patterns.get(c.pattern() as usize).is_some_and(|pat| {
                        pat.elements.len() == 1
                            && (c.proven() || element_matches::<true>(&view, wi, pat, 0))
                    })
            })
    }

    /// Second pass: verifies the candidates of the words `live` (indexes
    /// into the document, in order; the others have none).
    fn verify_all<const SHORTCUTS: bool>(
        &self,
        doc: &Document<'_>,
        live: &[u32],
        lo: usize,
        memo: &mut TypeMemo,
        rules: Option<&RuleSet>,
        out: &mut Vec<RawMatch>,
    ) {
        let words = doc.words();
        let view = Words {
            doc,
            words,
            types: &memo.words,
            offset: lo,
        };
        let mut extra: Vec<Candidate> = Vec::new();
        let mut positions = [0u32; crate::lexicon::pattern::MAX_ELEMENTS];
        // The first and past the last word of the clause of the latest
        // anchor with candidates.
        let mut clause_words = (0, 0);
        // The literal bits and degrees of that clause's words, once a gate
        // asks for them.
        let mut clause_kinds: Option<(u64, u8)> = None;
        // The rules wanted, folded ([`RuleSet::folded`]).
        let wanted = rules.map_or(u64::MAX, RuleSet::folded);
        for &wi in live {
            let wi = wi as usize;
            let w = &words[wi];
            let Type {
                literal,
                start,
                len,
                union,
                ..
            } = memo.words[wi - lo];
            let typed = &memo.pool[start as usize..(start + len) as usize];
            let cands = self.candidates::<SHORTCUTS>(doc, w, literal, typed, &mut extra);
            // What all the candidates of the word's type need (when no
            // extra candidates joined them): in a pass for a few rules,
            // most words have candidates of other rules only, and most
            // anchors of frequent words („en”, „dan”) fail every candidate's
            // gate. One test of each rejects them all.
            let union = match memo.unions.get(union as usize) {
                Some((gate, rules)) if SHORTCUTS && std::ptr::eq(cands, typed) => {
                    if rules & wanted == 0 {
                        continue;
                    }
                    Some(gate)
                }
                _ => None,
            };
            // The anchor's clause: words come in order, so each clause is
            // looked for once, and it starts after the one before.
            if wi >= clause_words.1 {
                let clause = words[wi].clause;
                let mut start = wi;
                while start > clause_words.1 && words[start - 1].clause == clause {
                    start -= 1;
                }
                let mut end = wi + 1;
                while words.get(end).is_some_and(|w| w.clause == clause) {
                    end += 1;
                }
                clause_words = (start, end);
                clause_kinds = None;
            }
            let around = SHORTCUTS.then(|| view.neighbourhood(wi, clause_words));
            if let (Some(u), Some(n)) = (union, &around)
                && !u.passes(n)
            {
                continue;
            }
            for &c in cands {
                let Some(gate) = self.gates.get(c.pattern() as usize) else {
                    continue;
                };
                if rules.is_some_and(|r| !r.contains(gate.rule))
                    || around.as_ref().is_some_and(|n| !gate.passes(n))
                {
                    continue;
                }
                if SHORTCUTS && gate.asks_clause() {
                    let kinds = *clause_kinds
                        .get_or_insert_with(|| view.kinds(clause_words.0..clause_words.1));
                    if !gate.clause_passes(kinds) {
                        continue;
                    }
                }
                let pat = &self.patterns[c.pattern() as usize];
                if self.try_at::<SHORTCUTS>(
                    &view,
                    pat,
                    wi,
                    c.proven(),
                    clause_words,
                    &mut positions,
                ) {
                    let n = pat.elements.len();
                    let first_focus = pat.elements.iter().position(|e| e.focus).unwrap_or(0);
                    let last_focus = pat.elements.iter().rposition(|e| e.focus).unwrap_or(n - 1);
                    let span_of = |a: usize, b: usize| {
                        words[positions[a] as usize]
                            .span
                            .union(words[positions[b] as usize].span)
                    };
                    out.push(RawMatch {
                        owner: pat.owner,
                        focus: span_of(first_focus, last_focus),
                        full: span_of(0, n - 1),
                        focus_words: (positions[first_focus], positions[last_focus]),
                    });
                }
            }
        }
    }

    /// Does `pat` match with its anchor at word `wi`? `clause` holds the
    /// first and past the last word of the anchor's clause, which the
    /// match cannot leave.
    fn try_at<const S: bool>(
        &self,
        doc: &Words<'_, '_>,
        pat: &Compiled,
        wi: usize,
        proven: bool,
        clause: (usize, usize),
        pos: &mut [u32],
    ) -> bool {
        if !((S && proven) || element_matches::<S>(doc, wi, pat, pat.anchor)) {
            return false;
        }
        pos[pat.anchor] = wi as u32;
        self.right::<S>(doc, pat, pat.anchor + 1, wi, clause.1, pos)
            && self.left::<S>(doc, pat, pat.anchor as isize - 1, clause.0, pos)
    }

    /// Places elements `k..` after word `prev`, nearest first, before word
    /// `clause_end` (past the clause's last word).
    fn right<const S: bool>(
        &self,
        doc: &Words<'_, '_>,
        pat: &Compiled,
        k: usize,
        prev: usize,
        clause_end: usize,
        pos: &mut [u32],
    ) -> bool {
        if k == pat.elements.len() {
            // `$`: the last element ends its clause.
            return !pat.clause_end || prev + 1 == clause_end;
        }
        let gap = pat.elements[k].gap_before as usize;
        // The reach of the gap, cut at the clause's end (exclusive).
        let last = (prev + 2 + gap).min(clause_end);
        let try_at = |p: usize, pos: &mut [u32]| {
            element_matches::<S>(doc, p, pat, k) && {
                pos[k] = p as u32;
                self.right::<S>(doc, pat, k + 1, p, clause_end, pos)
            }
        };
        if pat.widest {
            (prev + 1..last).rev().any(|p| try_at(p, pos))
        } else {
            (prev + 1..last).any(|p| try_at(p, pos))
        }
    }

    /// Places elements `..=k` before the element at `k + 1`, nearest first,
    /// from word `clause_start` (the clause's first) on.
    fn left<const S: bool>(
        &self,
        doc: &Words<'_, '_>,
        pat: &Compiled,
        k: isize,
        clause_start: usize,
        pos: &mut [u32],
    ) -> bool {
        if k < 0 {
            // `^`: the first element starts its clause.
            return !pat.clause_start || pos[0] as usize == clause_start;
        }
        let k = k as usize;
        let next = pos[k + 1] as usize;
        let gap = pat.elements[k + 1].gap_before as usize;
        // The reach of the gap, cut at the clause's start.
        let lowest = next.saturating_sub(1 + gap).max(clause_start);
        let try_at = |p: usize, pos: &mut [u32]| {
            element_matches::<S>(doc, p, pat, k) && {
                pos[k] = p as u32;
                self.left::<S>(doc, pat, k as isize - 1, clause_start, pos)
            }
        };
        if pat.widest {
            (lowest..next).any(|p| try_at(p, pos))
        } else {
            (lowest..next).rev().any(|p| try_at(p, pos))
        }
    }
}

/// A document's words with their literal numbers.
struct Words<'d, 't> {
    doc: &'d Document<'t>,
    words: &'d [Word],
    /// The type of each word from `offset` on; first its literal number
    /// ([`NOT_LITERAL`] for most).
    types: &'d [Type],
    offset: usize,
}

impl Words<'_, '_> {
    /// What the gates of the candidates anchored on word `wi` look at,
    /// read once for all of them.
    /// `clause_words` holds the indexes of the first and past the last word
    /// of the anchor's clause.
    #[inline]
    fn neighbourhood(&self, wi: usize, clause_words: (usize, usize)) -> Neighbourhood {
        let clause = self.words[wi].clause;
        // Word `i`, when it exists and lies in the anchor's clause.
        let inside = |i: Option<usize>| {
            i.and_then(|i| self.words.get(i).map(|w| (i, w)))
                .filter(|(_, w)| w.clause == clause)
        };
        let class = |i: Option<usize>| {
            inside(i).map_or((0, 0), |(i, w)| {
                (self.gate_bit(i), w.graded.map_or(0, |g| g.degree.bit()))
            })
        };
        let (prev_bits, prev_degree) = class(wi.checked_sub(1));
        let (next_bits, next_degree) = class(wi.checked_add(1));
        Neighbourhood {
            prev_bits,
            next_bits,
            prev_degree,
            next_degree,
            left: (wi - clause_words.0) as u32,
            right: (clause_words.1 - wi - 1) as u32,
        }
    }

    /// The gate bits of the literals among words `range` (a clause), and
    /// [`Degree::bit`] of every graded one.
    fn kinds(&self, range: std::ops::Range<usize>) -> (u64, u8) {
        range.fold((0, 0), |(bits, degrees), i| {
            (
                bits | self.gate_bit(i),
                degrees | self.words[i].graded.map_or(0, |g| g.degree.bit()),
            )
        })
    }

    /// The gate bit of word `wi`'s literal (0 for [`NOT_LITERAL`] and the
    /// literals no gate names).
    #[inline]
    fn gate_bit(&self, wi: usize) -> u64 {
        self.types[wi - self.offset].bits
    }

    /// The literal number of word `wi`.
    #[inline]
    fn literal(&self, wi: usize) -> u32 {
        self.types[wi - self.offset].literal
    }
}

/// Does word `wi` match element `k` of `pat`? With `S` (shortcuts), the
/// common element of literals only is decided inline (most words are no
/// literal at all); the rest is [`element_matches_slow`].
#[inline]
fn element_matches<const S: bool>(
    doc: &Words<'_, '_>,
    wi: usize,
    pat: &Compiled,
    k: usize,
) -> bool {
    let test = &pat.tests[k];
    let n = doc.literal(wi);
    if S && test.literals_only {
        return n != NOT_LITERAL && contains_sorted(&test.literals, n);
    }
    element_matches_slow(doc, wi, test, n)
}

#[inline(never)]
fn element_matches_slow(doc: &Words<'_, '_>, wi: usize, test: &ElementTest, n: u32) -> bool {
    let w = &doc.words[wi];
    // Equal numbers mean equal folded forms.
    (n != NOT_LITERAL && contains_sorted(&test.literals, n))
        || (!test.graded.is_empty()
            && (w.graded.is_some() || test.graded_positive)
            && graded_matches(doc.doc, w, &test.graded))
        || test.others.iter().any(|(a, lit)| match a {
            Atom::Literal { exact, .. } => n == *lit && exact_matches(doc.doc, w, exact.as_deref()),
            _ => atom_matches(doc.doc, w, a),
        })
}

/// Is `n` in the sorted `list`? Elements can list dozens of alternatives.
#[inline]
fn contains_sorted(list: &[u32], n: u32) -> bool {
    if list.len() <= 8 {
        list.contains(&n)
    } else {
        list.binary_search(&n).is_ok()
    }
}

/// Does `w` match any of these [`Atom::Graded`] atoms (lemma, degrees)?
/// A word the morphology stage left ungraded is looked up (once) only for
/// atoms that accept the positive degree, as [`atom_matches`] does.
fn graded_matches(doc: &Document<'_>, w: &Word, atoms: &[(Option<Box<str>>, u8)]) -> bool {
    let mut looked_up = None;
    atoms.iter().any(|(lemma, degrees)| {
        let form = match w.graded {
            Some(g) => Some(g),
            None if degrees & 1 != 0 => {
                *looked_up.get_or_insert_with(|| Adjectives::embedded().lookup(doc.norm(w)))
            }
            None => None,
        };
        form.is_some_and(|f| {
            f.degree.bit() & degrees != 0 && lemma.as_deref().is_none_or(|l| l == f.lemma)
        })
    })
}

/// A literal written with marks (`dé`) also needs them in the source.
fn exact_matches(doc: &Document<'_>, w: &Word, exact: Option<&str>) -> bool {
    exact.is_none_or(|e| {
        let surface = doc.surface(w);
        // The lowercase of ASCII is ASCII: `de` is never `dé`.
        if surface.is_ascii() && !e.is_ascii() {
            return false;
        }
        surface.chars().flat_map(char::to_lowercase).eq(e.chars())
    })
}

/// What [`Atom::Capitalized`] tests: the first letter is a capital.
#[inline]
fn starts_capitalized(surface: &str) -> bool {
    surface.chars().next().is_some_and(char::is_uppercase)
}

/// [`starts_capitalized`] for a word, deciding an ASCII first byte without
/// slicing the text (`char::is_uppercase` agrees with
/// `u8::is_ascii_uppercase` on ASCII).
#[inline]
fn word_capitalized(doc: &Document<'_>, w: &Word) -> bool {
    match doc.text().as_bytes().get(w.span.start) {
        Some(&b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => starts_capitalized(doc.surface(w)),
    }
}

fn atom_matches(doc: &Document<'_>, w: &Word, atom: &Atom) -> bool {
    let norm = doc.norm(w);
    match atom {
        Atom::Literal { folded, exact } => {
            norm == folded && exact_matches(doc, w, exact.as_deref())
        }
        Atom::Any => true,
        Atom::Capitalized => starts_capitalized(doc.surface(w)),
        Atom::All(parts) => parts.iter().all(|p| atom_matches(doc, w, p)),
        Atom::Prefix(p) => norm.starts_with(p.as_str()),
        Atom::Suffix(s) => norm.ends_with(s.as_str()),
        Atom::Affix(p, s) => {
            norm.len() >= p.len() + s.len()
                && norm.starts_with(p.as_str())
                && norm.ends_with(s.as_str())
        }
        Atom::Infix(s) => norm.contains(s.as_str()),
        Atom::Stem(s) => doc.stem(w) == s,
        Atom::Graded { lemma, degrees } => {
            let form = match w.graded {
                Some(g) => Some(g),
                None if degrees & 1 != 0 => Adjectives::embedded().lookup(norm),
                None => None,
            };
            form.is_some_and(|f| {
                f.degree.bit() & degrees != 0 && lemma.as_ref().is_none_or(|l| l == f.lemma)
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn rule_sets_hold_rules_past_the_inline_ones() {
        let rules = [0, 5, 63, 64, 255, 256, 300, 1000];
        let set = RuleSet::of(rules);
        for r in 0..1100 {
            assert_eq!(set.contains(r), rules.contains(&r), "{r}");
        }
        assert!(!RuleSet::default().contains(7));
    }

    #[test]
    fn word_tables_are_packed_and_sorted() {
        assert!(FUNCTION_KEYS.windows(2).all(|w| w[0] < w[1]));
        assert!(FREQUENT_KEYS.windows(2).all(|w| w[0].0 < w[1].0));
        for w in FUNCTION_WORDS {
            assert!(w.len() <= 4, "{w}");
            assert_eq!(pack(w.as_bytes()), Some(const_pack(w)), "{w}");
            assert!(FUNCTION_KEYS.contains(&const_pack(w)), "{w}");
        }
        for &(frequency, words) in FREQUENT {
            for w in words {
                assert_eq!(pack(w.as_bytes()), Some(const_pack(w)), "{w}");
                assert!(FREQUENT_KEYS.contains(&(const_pack(w), frequency)), "{w}");
            }
        }
    }

    /// The anchor is the cheapest element of the block the most selective
    /// kind picks; a pattern with gaps keeps that block.
    #[test]
    fn anchors_are_the_rarest_word_of_the_block() {
        let anchor = |pattern: &str| {
            let linear =
                crate::lexicon::pattern::parse(pattern, Adjectives::embedded(), &|w| w.to_string())
                    .ok()
                    .and_then(|mut v| v.pop());
            linear.as_ref().and_then(Matcher::anchor)
        };
        // Gap-free: the first literal by kind („staat”, frequent) gives
        // way to a rarer one.
        assert_eq!(anchor("staat|staan de klant"), Some(2));
        assert_eq!(anchor("nog beter"), Some(1));
        // „dan” is rarer than any comparative, and „ooit” than „dan”.
        assert_eq!(anchor("comp:* dan"), Some(1));
        assert_eq!(anchor("comp:* dan ooit"), Some(2));
        // With a gap, the block of the most selective kind stays: „staat”
        // (a literal) before the gap, not the rarer „centraal” after it.
        assert_eq!(anchor("staat ...3 klant ...4 centraal"), Some(0));
        // Nothing to anchor on.
        assert_eq!(anchor("*"), None);
    }

    /// The definition: test every match against every exception.
    fn naive(raw: Vec<RawMatch>) -> Vec<RawMatch> {
        let (exceptions, mut matches): (Vec<RawMatch>, Vec<RawMatch>) = raw
            .into_iter()
            .partition(|m| matches!(m.owner, Owner::Exception(_)));
        matches.retain(|m| {
            let Owner::Rule(r) = m.owner else {
                return false;
            };
            !exceptions
                .iter()
                .any(|e| e.owner == Owner::Exception(r) && e.full.contains(m.focus))
        });
        matches
    }

    fn raw_match() -> impl Strategy<Value = RawMatch> {
        (
            any::<bool>(),
            0u32..3,
            0usize..30,
            0usize..8,
            0usize..4,
            0usize..4,
        )
            .prop_map(|(exception, r, start, len, before, after)| {
                let focus = Span::new(start, start + len);
                RawMatch {
                    owner: if exception {
                        Owner::Exception(r)
                    } else {
                        Owner::Rule(r)
                    },
                    focus,
                    full: Span::new(start.saturating_sub(before), focus.end + after),
                    focus_words: (0, 0),
                }
            })
    }

    proptest! {
        #[test]
        fn without_cancelled_equals_the_definition(
            raw in prop::collection::vec(raw_match(), 0..40)
        ) {
            prop_assert_eq!(without_cancelled(raw.clone()), naive(raw));
        }

    }
}
