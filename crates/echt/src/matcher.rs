//! Stage 5: matching compiled patterns against a document's words.
//!
//! All linear patterns of all rules (and their exceptions) are compiled into
//! one index, keyed on one *anchor* element per pattern: the most selective
//! word in it (a rare literal beats a stem, which beats an affix, which beats
//! a function word). A single pass over the words looks each word up in the
//! index — one hash lookup per key kind — and only the patterns anchored on
//! that word are verified, outward from the anchor, honouring gaps and
//! staying inside the anchor's clause. No rule scans the text on its own.

use crate::Span;
use crate::document::{Document, Word};
use crate::lexicon::pattern::{Atom, Element, Linear};
use crate::morphology::Adjectives;
use rustc_hash::FxHashMap;

/// Whose pattern it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Owner {
    /// A pattern of the rule with this index.
    Rule(u32),
    /// An exception of the rule with this index.
    Exception(u32),
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
    anchor: usize,
}

/// Words shorter than this key length go to the short lists.
const KEY: usize = 3;

#[derive(Default)]
struct AffixIndex {
    by_key: FxHashMap<[u8; KEY], Vec<(Box<str>, u32)>>,
    short: Vec<(Box<str>, u32)>,
}

impl AffixIndex {
    fn insert(&mut self, affix: &str, pattern: u32, suffix: bool) {
        let b = affix.as_bytes();
        if b.len() < KEY {
            self.short.push((affix.into(), pattern));
        } else {
            let key = key_of(b, suffix);
            self.by_key
                .entry(key)
                .or_default()
                .push((affix.into(), pattern));
        }
    }

    fn candidates<'a>(&'a self, norm: &'a str, suffix: bool) -> impl Iterator<Item = u32> + 'a {
        let b = norm.as_bytes();
        let keyed = (b.len() >= KEY)
            .then(|| self.by_key.get(&key_of(b, suffix)))
            .flatten()
            .into_iter()
            .flatten();
        keyed.chain(self.short.iter()).filter_map(move |(a, p)| {
            let hit = if suffix {
                norm.ends_with(&**a)
            } else {
                norm.starts_with(&**a)
            };
            hit.then_some(*p)
        })
    }
}

fn key_of(b: &[u8], suffix: bool) -> [u8; KEY] {
    let s = if suffix {
        &b[b.len() - KEY..]
    } else {
        &b[..KEY]
    };
    [s[0], s[1], s[2]]
}

/// Function words: poor anchors because they occur everywhere.
const FUNCTION_WORDS: &[&str] = &[
    "aan", "al", "als", "bij", "dat", "de", "die", "dit", "een", "en", "er", "het", "hij", "ik",
    "in", "is", "je", "jij", "met", "na", "niet", "nog", "of", "om", "onze", "ons", "op", "te",
    "tot", "u", "uw", "van", "voor", "wat", "we", "wij", "zijn", "ze", "zij",
];

fn anchor_score(e: &Element) -> u32 {
    e.atoms.iter().map(atom_score).min().unwrap_or(0)
}

fn atom_score(a: &Atom) -> u32 {
    match a {
        Atom::Literal { folded, .. } => {
            if FUNCTION_WORDS.contains(&folded.as_str()) {
                20
            } else {
                100
            }
        }
        Atom::Stem(_) => 80,
        Atom::Graded {
            lemma: Some(_),
            degrees,
        } if degrees & 1 == 0 => 70,
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
        } if degrees & 1 == 0 => 10,
        Atom::Infix(a) if a.len() >= 4 => 5,
        Atom::All(parts) => parts.iter().map(atom_score).max().unwrap_or(0),
        _ => 0,
    }
}

/// The part of an atom the index stores: for `a&b`, the more selective side.
fn index_part(a: &Atom) -> &Atom {
    match a {
        Atom::All(parts) => parts
            .iter()
            .max_by_key(|p| atom_score(p))
            .map_or(a, index_part),
        _ => a,
    }
}

/// The compiled, immutable matcher shared by all analyses.
#[derive(Default)]
pub(crate) struct Matcher {
    patterns: Vec<Compiled>,
    literal: FxHashMap<Box<str>, Vec<u32>>,
    prefix: AffixIndex,
    suffix: AffixIndex,
    stem: FxHashMap<Box<str>, Vec<u32>>,
    graded_lemma: FxHashMap<Box<str>, Vec<u32>>,
    graded_any: Vec<u32>,
    scan: Vec<u32>,
}

/// A pattern the matcher cannot use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unanchored;

impl Matcher {
    /// Adds one linear pattern.
    pub fn add(&mut self, owner: Owner, linear: Linear) -> Result<(), Unanchored> {
        let (anchor, score) = linear
            .elements
            .iter()
            .enumerate()
            .map(|(i, e)| (i, anchor_score(e)))
            .max_by_key(|&(i, s)| (s, std::cmp::Reverse(i)))
            .ok_or(Unanchored)?;
        if score == 0 {
            return Err(Unanchored);
        }
        let id = self.patterns.len() as u32;
        for atom in &linear.elements[anchor].atoms {
            match index_part(atom) {
                Atom::Literal { folded, .. } => self
                    .literal
                    .entry(folded.as_str().into())
                    .or_default()
                    .push(id),
                Atom::Prefix(a) | Atom::Affix(a, _) => self.prefix.insert(a, id, false),
                Atom::Suffix(a) => self.suffix.insert(a, id, true),
                Atom::Stem(s) => self.stem.entry(s.as_str().into()).or_default().push(id),
                Atom::Graded { lemma: Some(l), .. } => self
                    .graded_lemma
                    .entry(l.as_str().into())
                    .or_default()
                    .push(id),
                Atom::Graded { lemma: None, .. } => self.graded_any.push(id),
                Atom::Infix(_) | Atom::Any | Atom::Capitalized | Atom::All(_) => self.scan.push(id),
            }
        }
        self.patterns.push(Compiled {
            owner,
            elements: linear.elements,
            anchor,
        });
        Ok(())
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
        let mut cands: Vec<u32> = Vec::new();
        let mut positions = [0u32; crate::lexicon::pattern::MAX_ELEMENTS];
        for (wi, w) in doc.words().iter().enumerate() {
            let norm = doc.norm(w);
            cands.clear();
            if let Some(ps) = self.literal.get(norm) {
                cands.extend_from_slice(ps);
            }
            cands.extend(self.prefix.candidates(norm, false));
            cands.extend(self.suffix.candidates(norm, true));
            let stem = doc.stem(w);
            if !stem.is_empty()
                && let Some(ps) = self.stem.get(stem)
            {
                cands.extend_from_slice(ps);
            }
            if let Some(g) = w.graded {
                if let Some(ps) = self.graded_lemma.get(g.lemma) {
                    cands.extend_from_slice(ps);
                }
                cands.extend_from_slice(&self.graded_any);
            }
            cands.extend_from_slice(&self.scan);
            if cands.is_empty() {
                continue;
            }
            cands.sort_unstable();
            cands.dedup();
            for &p in &cands {
                let pat = &self.patterns[p as usize];
                if self.try_at(doc, pat, wi, &mut positions) {
                    let n = pat.elements.len();
                    let first_focus = pat.elements.iter().position(|e| e.focus).unwrap_or(0);
                    let last_focus = pat.elements.iter().rposition(|e| e.focus).unwrap_or(n - 1);
                    let words = doc.words();
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
        out
    }

    fn try_at(&self, doc: &Document<'_>, pat: &Compiled, wi: usize, pos: &mut [u32]) -> bool {
        let words = doc.words();
        if !element_matches(doc, &words[wi], &pat.elements[pat.anchor]) {
            return false;
        }
        pos[pat.anchor] = wi as u32;
        let clause = words[wi].clause;
        self.right(doc, pat, pat.anchor + 1, wi, clause, pos)
            && self.left(doc, pat, pat.anchor as isize - 1, clause, pos)
    }

    /// Places elements `k..` after word `prev`, nearest first.
    fn right(
        &self,
        doc: &Document<'_>,
        pat: &Compiled,
        k: usize,
        prev: usize,
        clause: u32,
        pos: &mut [u32],
    ) -> bool {
        if k == pat.elements.len() {
            return true;
        }
        let words = doc.words();
        let gap = pat.elements[k].gap_before as usize;
        let last = (prev + 1 + gap).min(words.len().saturating_sub(1));
        for (p, word) in words.iter().enumerate().take(last + 1).skip(prev + 1) {
            if word.clause != clause {
                break;
            }
            if element_matches(doc, word, &pat.elements[k]) {
                pos[k] = p as u32;
                if self.right(doc, pat, k + 1, p, clause, pos) {
                    return true;
                }
            }
        }
        false
    }

    /// Places elements `..=k` before the element at `k + 1`, nearest first.
    fn left(
        &self,
        doc: &Document<'_>,
        pat: &Compiled,
        k: isize,
        clause: u32,
        pos: &mut [u32],
    ) -> bool {
        if k < 0 {
            return true;
        }
        let k = k as usize;
        let words = doc.words();
        let next = pos[k + 1] as usize;
        let gap = pat.elements[k + 1].gap_before as usize;
        let lowest = next.saturating_sub(1 + gap);
        let mut p = next;
        while p > lowest {
            p -= 1;
            if words[p].clause != clause {
                break;
            }
            if element_matches(doc, &words[p], &pat.elements[k]) {
                pos[k] = p as u32;
                if self.left(doc, pat, k as isize - 1, clause, pos) {
                    return true;
                }
            }
        }
        false
    }
}

fn element_matches(doc: &Document<'_>, w: &Word, e: &Element) -> bool {
    e.atoms.iter().any(|a| atom_matches(doc, w, a))
}

fn atom_matches(doc: &Document<'_>, w: &Word, atom: &Atom) -> bool {
    let norm = doc.norm(w);
    match atom {
        Atom::Literal { folded, exact } => {
            norm == folded
                && exact.as_ref().is_none_or(|e| {
                    doc.surface(w)
                        .chars()
                        .flat_map(char::to_lowercase)
                        .eq(e.chars())
                })
        }
        Atom::Any => true,
        Atom::Capitalized => doc
            .surface(w)
            .chars()
            .next()
            .is_some_and(char::is_uppercase),
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
