//! The lexicon pattern language.
//!
//! A pattern is a sequence of words separated by spaces, written so that a
//! copywriter can read it:
//!
//! | syntax | matches |
//! |---|---|
//! | `goedkoopste` | that word form; case and accents are ignored (`Goedkoopste`, `góedkoopste`) |
//! | `dé` | a word written with the accent: marks in a pattern are required |
//! | `klant*` | a word starting with `klant` (`klantgericht`, `klantvriendelijke`) |
//! | `*vriendelijk` | a word ending in `vriendelijk` |
//! | `klant*centraal` | a word starting with `klant` and ending in `centraal` |
//! | `stem:centraal` | any word with the same Snowball stem (`centraal`, `centrale`) |
//! | `sup:goedkoop` | a superlative of the adjective (`goedkoopst`, `goedkoopste`, `allergoedkoopste`) |
//! | `sup:*` | any superlative of any adjective in the adjective lexicon |
//! | `comp:goed`, `comp:*` | a comparative (`beter`, `betere`) |
//! | `adj:betrouwbaar`, `adj:*` | any form of the adjective, any degree |
//! | `*` | any one word |
//! | `cap:*` | any word written with a capital (`Jan`, `Voltara`) |
//! | `sup:*&*ste` | a word matching both sides of `&` (an inflected superlative) |
//! | `a\|b\|c` | one of the alternatives |
//! | `(bij ons)?` | optional words |
//! | `(wij stellen\|bij ons staat)` | alternative word sequences: inside `( )` a bar separates whole alternatives |
//! | `...` / `...6` | up to 4 (or 6) other words in between, same clause |
//! | `<...>` / `<...6>` | the same gap, and the parts before and after it may swap places |
//! | `[ … ]` | the part reported as the finding's span (default: everything) |
//! | `^ …`, `… $` | the match starts (ends) where its clause starts (ends): a verbless fragment such as the list items of „krachtiger, stiller, lichter” |
//!
//! A pattern never reaches across a clause boundary (a comma, semicolon,
//! colon, bracket or dash) or a sentence boundary.

use crate::morphology::{Adjectives, Degree};
use crate::normalize;

/// Default number of words a bare `...` may skip.
pub const DEFAULT_GAP: u8 = 4;
/// Largest gap a pattern may ask for.
pub const MAX_GAP: u8 = 12;
/// Most linear variants one pattern may expand to.
const MAX_VARIANTS: usize = 256;
/// Most elements in one linear variant.
pub const MAX_ELEMENTS: usize = 16;

/// One way a single word can match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Atom {
    /// A folded word form; `exact` holds the lowercase form with marks when
    /// the pattern wrote accents that must be present.
    Literal {
        /// Folded form.
        folded: String,
        /// Lowercase form with its accents, when required.
        exact: Option<String>,
    },
    /// Folded word starting with this.
    Prefix(String),
    /// Folded word ending with this.
    Suffix(String),
    /// Folded word starting with the first and ending with the second.
    Affix(String, String),
    /// Folded word containing this.
    Infix(String),
    /// Snowball stem equal to this.
    Stem(String),
    /// Any word.
    Any,
    /// A word whose first letter is a capital.
    Capitalized,
    /// A word matching every atom.
    All(Vec<Atom>),
    /// Adjective form of a degree (bit mask) and optionally a lemma.
    Graded {
        /// Folded lemma, or any adjective when `None`.
        lemma: Option<String>,
        /// Degrees allowed, one bit per [`Degree`]: positive 1,
        /// comparative 2, superlative 4.
        degrees: u8,
    },
}

/// A position in a linear pattern: alternatives for one word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// The word matches when any atom matches.
    pub atoms: Vec<Atom>,
    /// How many words may stand between the previous element and this one.
    pub gap_before: u8,
    /// True when this element is part of the reported span.
    pub focus: bool,
}

/// A pattern without alternatives, options or swaps: the unit the matcher runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Linear {
    /// The elements in order.
    pub elements: Vec<Element>,
    /// The first element must be the first word of its clause (`^`).
    pub clause_start: bool,
    /// The last element must be the last word of its clause (`$`).
    pub clause_end: bool,
}

impl Linear {
    /// One element and no clause anchor: the pattern matches single words,
    /// whatever their neighbours.
    pub fn is_one_word(&self) -> bool {
        self.elements.len() == 1 && !self.clause_start && !self.clause_end
    }
}

/// A pattern that does not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternError {
    /// Byte offset in the pattern text.
    pub offset: usize,
    /// What is wrong, in English (lexicons are developer-facing).
    pub message: String,
}

impl PatternError {
    fn at(offset: usize, message: impl Into<String>) -> Self {
        PatternError {
            offset,
            message: message.into(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Lexeme<'s> {
    Word(&'s str),
    Open,
    Close,
    OpenFocus,
    CloseFocus,
    Bar,
    Optional,
    Gap { max: u8, either: bool },
}

fn lex(src: &str) -> Result<Vec<(usize, Lexeme<'_>)>, PatternError> {
    let mut out = Vec::with_capacity(src.len() / 4 + 1);
    let mut chars = src.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        match c {
            c if c.is_whitespace() => {
                chars.next();
            }
            '(' | ')' | '[' | ']' | '|' | '?' => {
                chars.next();
                out.push((
                    i,
                    match c {
                        '(' => Lexeme::Open,
                        ')' => Lexeme::Close,
                        '[' => Lexeme::OpenFocus,
                        ']' => Lexeme::CloseFocus,
                        '|' => Lexeme::Bar,
                        _ => Lexeme::Optional,
                    },
                ));
            }
            '<' | '.' if src[i..].starts_with("<...") || src[i..].starts_with("...") => {
                let either = c == '<';
                let body_start = i + if either { 4 } else { 3 };
                let digits: String = src[body_start..]
                    .chars()
                    .take_while(char::is_ascii_digit)
                    .collect();
                let mut end = body_start + digits.len();
                if either {
                    if !src[end..].starts_with('>') {
                        return Err(PatternError::at(i, "`<...` must be closed with `>`"));
                    }
                    end += 1;
                }
                let max = if digits.is_empty() {
                    DEFAULT_GAP
                } else {
                    match digits.parse::<u8>() {
                        Ok(n) if n <= MAX_GAP => n,
                        _ => {
                            return Err(PatternError::at(
                                i,
                                format!("a gap may skip at most {MAX_GAP} words"),
                            ));
                        }
                    }
                };
                out.push((i, Lexeme::Gap { max, either }));
                while chars.peek().is_some_and(|&(j, _)| j < end) {
                    chars.next();
                }
            }
            _ => {
                let mut end = src.len();
                while let Some(&(j, c)) = chars.peek() {
                    if c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']' | '|' | '?') {
                        end = j;
                        break;
                    }
                    chars.next();
                }
                out.push((i, Lexeme::Word(&src[i..end])));
            }
        }
    }
    Ok(out)
}

/// Pattern syntax tree.
#[derive(Debug, Clone)]
enum Node {
    Word(Vec<Atom>),
    Seq(Vec<Node>),
    Alt(Vec<Node>),
    Opt(Box<Node>),
    Focus(Box<Node>),
    Gap { max: u8, either: bool },
}

struct Parser<'a> {
    lexemes: Vec<(usize, Lexeme<'a>)>,
    pos: usize,
    src_len: usize,
    adjectives: &'a Adjectives,
    stem: &'a dyn Fn(&str) -> String,
    focus_seen: bool,
    /// Open `(` and `[` around the current position, innermost last.
    nesting: Vec<Lexeme<'a>>,
}

impl<'a> Parser<'a> {
    fn offset(&self) -> usize {
        self.lexemes.get(self.pos).map_or(self.src_len, |l| l.0)
    }

    fn peek(&self) -> Option<Lexeme<'a>> {
        self.lexemes.get(self.pos).map(|l| l.1)
    }

    /// seq := unit*, ending before `)`, `]`, `|` or the end.
    fn seq(&mut self) -> Result<Node, PatternError> {
        let mut items = Vec::new();
        while let Some(lx) = self.peek() {
            let offset = self.offset();
            let node = match lx {
                Lexeme::Close | Lexeme::CloseFocus | Lexeme::Bar => break,
                Lexeme::Optional => {
                    return Err(PatternError::at(
                        offset,
                        "`?` must follow a word or a group",
                    ));
                }
                Lexeme::Gap { max, either } => {
                    self.pos += 1;
                    items.push(Node::Gap { max, either });
                    continue;
                }
                Lexeme::Open => {
                    self.pos += 1;
                    self.nesting.push(Lexeme::Open);
                    let mut alts = vec![self.seq()?];
                    while self.peek() == Some(Lexeme::Bar) {
                        self.pos += 1;
                        alts.push(self.seq()?);
                    }
                    self.nesting.pop();
                    if self.peek() != Some(Lexeme::Close) {
                        return Err(PatternError::at(offset, "`(` is not closed"));
                    }
                    self.pos += 1;
                    simplify_alternatives(alts)
                }
                Lexeme::OpenFocus => {
                    if self.focus_seen {
                        return Err(PatternError::at(offset, "only one `[…]` per pattern"));
                    }
                    self.focus_seen = true;
                    self.pos += 1;
                    self.nesting.push(Lexeme::OpenFocus);
                    let inner = self.seq()?;
                    self.nesting.pop();
                    if self.peek() != Some(Lexeme::CloseFocus) {
                        return Err(PatternError::at(offset, "`[` is not closed"));
                    }
                    self.pos += 1;
                    Node::Focus(Box::new(inner))
                }
                Lexeme::Word(_) => {
                    let mut atoms = Vec::new();
                    loop {
                        let Some(Lexeme::Word(w)) = self.peek() else {
                            return Err(PatternError::at(
                                self.offset(),
                                "expected a word after `|`",
                            ));
                        };
                        let at = self.offset();
                        self.pos += 1;
                        atoms.push(self.atom(w, at)?);
                        // Inside `( … )` a bar separates the group's alternatives;
                        // elsewhere it joins single words: `de|het beste`.
                        if self.peek() == Some(Lexeme::Bar)
                            && matches!(self.lexemes.get(self.pos + 1), Some((_, Lexeme::Word(_))))
                            && self.nesting.last() != Some(&Lexeme::Open)
                        {
                            self.pos += 1;
                            continue;
                        }
                        break;
                    }
                    Node::Word(atoms)
                }
            };
            if self.peek() == Some(Lexeme::Optional) {
                self.pos += 1;
                items.push(Node::Opt(Box::new(node)));
            } else {
                items.push(node);
            }
        }
        Ok(Node::Seq(items))
    }

    fn atom(&self, w: &str, at: usize) -> Result<Atom, PatternError> {
        // One pass over the bytes instead of a search per special character
        // (this runs for every pattern word at start-up).
        let (mut amp, mut colon, mut stars) = (false, false, 0usize);
        for b in w.bytes() {
            match b {
                b'&' => amp = true,
                b':' => colon = true,
                b'*' => stars += 1,
                _ => {}
            }
        }
        if amp {
            let parts = w
                .split('&')
                .map(|part| {
                    if part.is_empty() || part.contains('&') {
                        Err(PatternError::at(
                            at,
                            "`&` joins two word conditions: `sup:*&*ste`",
                        ))
                    } else {
                        self.atom(part, at)
                    }
                })
                .collect::<Result<Vec<_>, _>>()?;
            return Ok(Atom::All(parts));
        }
        if w == "*" {
            return Ok(Atom::Any);
        }
        if w == "cap:*" {
            return Ok(Atom::Capitalized);
        }
        if let Some((kind, rest)) = w.split_once(':').filter(|_| colon)
            && !kind.is_empty()
            && kind.chars().all(|c| c.is_ascii_lowercase())
        {
            let rest = normalize::fold(rest);
            if rest.is_empty() {
                return Err(PatternError::at(at, format!("`{kind}:` needs a word")));
            }
            let degrees = match kind {
                "stem" => {
                    check_one_word(&rest, at)?;
                    return Ok(Atom::Stem((self.stem)(&rest)));
                }
                "sup" => Degree::Superlative.bit(),
                "comp" => Degree::Comparative.bit(),
                "adj" => {
                    Degree::Positive.bit() | Degree::Comparative.bit() | Degree::Superlative.bit()
                }
                other => {
                    return Err(PatternError::at(
                        at,
                        format!(
                            "unknown prefix `{other}:` (known: stem:, sup:, comp:, adj:, cap:*)"
                        ),
                    ));
                }
            };
            if rest == "*" {
                return Ok(Atom::Graded {
                    lemma: None,
                    degrees,
                });
            }
            if !self.adjectives.is_lemma(&rest) {
                return Err(PatternError::at(
                    at,
                    format!("`{rest}` is not an adjective lemma in the adjective lexicon"),
                ));
            }
            return Ok(Atom::Graded {
                lemma: Some(rest),
                degrees,
            });
        }
        let folded = normalize::fold(w);
        // Folding keeps every ASCII character: the stars are still there.
        if stars == 0 {
            check_one_word(&folded, at)?;
            // An ASCII word folds to its lowercase form: no marks.
            let exact = if w.is_ascii() {
                None
            } else {
                let lower = w.to_lowercase();
                (lower != folded).then_some(lower)
            };
            return Ok(Atom::Literal { folded, exact });
        }
        let bare = folded.replace('*', "");
        if bare.is_empty() {
            return Err(PatternError::at(
                at,
                "a wildcard needs letters: `klant*`, `*vriendelijk`",
            ));
        }
        check_one_word(&bare, at)?;
        let starts = folded.starts_with('*');
        let ends = folded.ends_with('*');
        match (stars, starts, ends) {
            (1, false, true) => Ok(Atom::Prefix(bare)),
            (1, true, false) => Ok(Atom::Suffix(bare)),
            (1, false, false) => {
                let (p, s) = folded.split_once('*').unwrap_or_default();
                Ok(Atom::Affix(p.to_string(), s.to_string()))
            }
            (2, true, true) => Ok(Atom::Infix(bare)),
            _ => Err(PatternError::at(
                at,
                "use `*` at the start, the end, both ends, or once in the middle of a word",
            )),
        }
    }
}

/// A pattern word must be one token as the tokenizer sees it.
fn check_one_word(folded: &str, at: usize) -> Result<(), PatternError> {
    if is_one_word(folded) {
        Ok(())
    } else {
        Err(PatternError::at(
            at,
            format!(
                "`{folded}` is not one word for the tokenizer; write its parts as separate words"
            ),
        ))
    }
}

/// True when the tokenizer reads `folded` as one word.
pub(crate) fn is_one_word(folded: &str) -> bool {
    // Plain lowercase letters are always one word: skip the tokenizer (this
    // runs for every pattern word at start-up).
    if folded.bytes().all(|b| b.is_ascii_lowercase()) && !folded.is_empty() {
        return true;
    }
    let tokens = crate::tokenize::tokenize(folded);
    tokens.len() == 1 && tokens[0].is_word()
}

/// `(a|b|c)` with one-word alternatives becomes a single word node.
fn simplify_alternatives(alts: Vec<Node>) -> Node {
    let single = |n: &Node| match n {
        Node::Seq(items) if items.len() == 1 => matches!(items[0], Node::Word(_)),
        _ => false,
    };
    if alts.len() > 1 && alts.iter().all(single) {
        let atoms = alts
            .into_iter()
            .flat_map(|n| match n {
                Node::Seq(mut items) => match items.pop() {
                    Some(Node::Word(atoms)) => atoms,
                    _ => Vec::new(),
                },
                _ => Vec::new(),
            })
            .collect();
        Node::Word(atoms)
    } else if alts.len() == 1 {
        alts.into_iter().next().unwrap_or(Node::Seq(Vec::new()))
    } else {
        Node::Alt(alts)
    }
}

#[derive(Debug, Clone)]
enum Item {
    // Shared: expansion clones items for every variant, the atoms only once.
    Word {
        atoms: std::rc::Rc<Vec<Atom>>,
        focus: bool,
    },
    Gap {
        max: u8,
        either: bool,
    },
}

/// Appends every variant of `node` to every variant in `acc`, in order: for
/// each variant of `acc`, each variant of `node`. A word or gap extends the
/// variants in place; only options and alternatives multiply them.
fn expand(node: Node, focus: bool, mut acc: Vec<Vec<Item>>) -> Result<Vec<Vec<Item>>, String> {
    let item = match node {
        Node::Word(atoms) => Item::Word {
            atoms: std::rc::Rc::new(atoms),
            focus,
        },
        Node::Gap { max, either } => Item::Gap { max, either },
        Node::Focus(inner) => return expand(*inner, true, acc),
        Node::Seq(items) => {
            for item in items {
                acc = expand(item, focus, acc)?;
            }
            return Ok(acc);
        }
        Node::Opt(inner) => {
            let mut parts = expand(*inner, focus, vec![Vec::new()])?;
            parts.push(Vec::new());
            return cross(acc, &parts);
        }
        Node::Alt(alts) => {
            let mut parts = Vec::new();
            for a in alts {
                parts.extend(expand(a, focus, vec![Vec::new()])?);
            }
            return cross(acc, &parts);
        }
    };
    for variant in &mut acc {
        variant.push(item.clone());
    }
    Ok(acc)
}

/// Every variant of `acc` followed by every one of `parts`.
fn cross(acc: Vec<Vec<Item>>, parts: &[Vec<Item>]) -> Result<Vec<Vec<Item>>, String> {
    if acc.len() * parts.len() > MAX_VARIANTS {
        return Err(format!(
            "the pattern expands to more than {MAX_VARIANTS} variants; split it"
        ));
    }
    let mut next = Vec::with_capacity(acc.len() * parts.len());
    for a in &acc {
        for p in parts {
            let mut v = Vec::with_capacity(a.len() + p.len());
            v.extend(a.iter().cloned());
            v.extend(p.iter().cloned());
            next.push(v);
        }
    }
    Ok(next)
}

/// Turns a flat item list into linear patterns (two when it has a `<...>`).
fn linearize(items: Vec<Item>, any_focus: bool) -> Result<Vec<Linear>, String> {
    let swaps = items
        .iter()
        .filter(|i| matches!(i, Item::Gap { either: true, .. }))
        .count();
    if swaps > 1 {
        return Err("only one `<...>` per pattern".to_string());
    }
    let orders: Vec<Vec<Item>> = if swaps == 1 {
        let at = items
            .iter()
            .position(|i| matches!(i, Item::Gap { either: true, .. }))
            .unwrap_or(0);
        let left = &items[..at];
        let right = &items[at + 1..];
        let gap = items[at].clone();
        let forward: Vec<Item> = left
            .iter()
            .cloned()
            .chain([gap.clone()])
            .chain(right.iter().cloned())
            .collect();
        let backward: Vec<Item> = right
            .iter()
            .cloned()
            .chain([gap])
            .chain(left.iter().cloned())
            .collect();
        vec![forward, backward]
    } else {
        vec![items]
    };
    let mut out = Vec::new();
    for order in orders {
        let mut elements: Vec<Element> = Vec::new();
        let mut pending_gap = 0u8;
        for item in order {
            match item {
                Item::Gap { max, .. } => pending_gap = pending_gap.max(max),
                Item::Word { atoms, focus } => {
                    elements.push(Element {
                        atoms: std::rc::Rc::unwrap_or_clone(atoms),
                        gap_before: if elements.is_empty() { 0 } else { pending_gap },
                        focus: focus || !any_focus,
                    });
                    pending_gap = 0;
                }
            }
        }
        if elements.is_empty() {
            continue;
        }
        if elements.len() > MAX_ELEMENTS {
            return Err(format!("a pattern may have at most {MAX_ELEMENTS} words"));
        }
        if !elements.iter().any(|e| e.focus) {
            // The focus part was optional and left out: report everything.
            for e in &mut elements {
                e.focus = true;
            }
        }
        out.push(Linear {
            elements,
            clause_start: false,
            clause_end: false,
        });
    }
    Ok(out)
}

/// Parses a pattern into its linear variants.
///
/// `stem` stems a folded word (the Snowball stemmer in practice).
pub fn parse(
    src: &str,
    adjectives: &Adjectives,
    stem: &dyn Fn(&str) -> String,
) -> Result<Vec<Linear>, PatternError> {
    let mut lexemes = lex(src)?;
    // Clause anchors: `^` first, `$` last, nowhere else.
    let anchor =
        |l: Option<&(usize, Lexeme)>, a: &str| matches!(l, Some((_, Lexeme::Word(w))) if *w == a);
    let clause_start = anchor(lexemes.first(), "^");
    if clause_start {
        lexemes.remove(0);
    }
    let clause_end = anchor(lexemes.last(), "$");
    if clause_end {
        lexemes.pop();
    }
    if let Some((at, _)) = lexemes
        .iter()
        .find(|(_, l)| matches!(l, Lexeme::Word(w) if *w == "^" || *w == "$"))
    {
        return Err(PatternError::at(
            *at,
            "`^` may only start a pattern and `$` only end it",
        ));
    }
    let mut parser = Parser {
        lexemes,
        pos: 0,
        src_len: src.len(),
        adjectives,
        stem,
        focus_seen: false,
        nesting: Vec::new(),
    };
    let tree = parser.seq()?;
    if parser.pos < parser.lexemes.len() {
        let what = match parser.peek() {
            Some(Lexeme::Close) => "`)` without `(`",
            Some(Lexeme::CloseFocus) => "`]` without `[`",
            _ => "`|` outside a group: write `(a b|c d)` or `a|b`",
        };
        return Err(PatternError::at(parser.offset(), what));
    }
    let any_focus = parser.focus_seen;
    let variants = expand(tree, false, vec![Vec::new()]).map_err(|m| PatternError::at(0, m))?;
    let mut out = Vec::new();
    for v in variants {
        for mut linear in linearize(v, any_focus).map_err(|m| PatternError::at(0, m))? {
            linear.clause_start = clause_start;
            linear.clause_end = clause_end;
            out.push(linear);
        }
    }
    out.dedup();
    if out.is_empty() {
        return Err(PatternError::at(0, "the pattern matches no words"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(src: &str) -> Result<Vec<Linear>, PatternError> {
        parse(src, Adjectives::embedded(), &|w| {
            rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Dutch)
                .stem(w)
                .into_owned()
        })
    }

    fn shape(src: &str) -> Vec<String> {
        p(src)
            .unwrap()
            .iter()
            .map(|l| {
                l.elements
                    .iter()
                    .map(|e| {
                        let atoms: Vec<String> = e.atoms.iter().map(|a| format!("{a:?}")).collect();
                        let w = atoms.join("|");
                        let w = if e.focus { format!("[{w}]") } else { w };
                        if e.gap_before > 0 {
                            format!("~{} {w}", e.gap_before)
                        } else {
                            w
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn plain_words_are_literals() {
        let l = p("de Goedkoopste").unwrap();
        assert_eq!(l.len(), 1);
        assert_eq!(
            l[0].elements[1].atoms,
            [Atom::Literal {
                folded: "goedkoopste".into(),
                exact: None
            }]
        );
    }

    #[test]
    fn accents_in_patterns_are_required() {
        let l = p("dé").unwrap();
        assert_eq!(
            l[0].elements[0].atoms,
            [Atom::Literal {
                folded: "de".into(),
                exact: Some("dé".into())
            }]
        );
    }

    #[test]
    fn optional_groups_expand() {
        assert_eq!(p("de klant (bij ons)? centraal").unwrap().len(), 2);
    }

    #[test]
    fn single_word_alternatives_stay_one_element() {
        let l = p("(de|het) beste").unwrap();
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].elements[0].atoms.len(), 2);
        let l = p("de|het beste").unwrap();
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].elements[0].atoms.len(), 2);
    }

    #[test]
    fn sequence_alternatives_expand() {
        assert_eq!(p("(wij stellen|bij ons staat) de klant").unwrap().len(), 2);
    }

    #[test]
    fn bars_in_groups_separate_sequences() {
        // (alles) | (het) | (het allemaal) | (alles bij ons)
        let l = p("draait (alles|het|het allemaal|alles bij ons) om u").unwrap();
        let lens: Vec<usize> = l.iter().map(|l| l.elements.len()).collect();
        assert_eq!(lens, [4, 4, 5, 6]);
        // A single-word group still collapses into one element.
        assert_eq!(p("(de|het|een) beste").unwrap().len(), 1);
    }

    #[test]
    fn either_order_gap_gives_both_orders() {
        let s = shape("klant <...3> centraal");
        assert_eq!(s.len(), 2);
        assert!(s[0].starts_with("[Literal { folded: \"klant\""));
        assert!(s[1].starts_with("[Literal { folded: \"centraal\""));
        assert!(s[1].contains("~3"));
    }

    #[test]
    fn bare_gap_uses_the_default() {
        let l = p("klant ... centraal").unwrap();
        assert_eq!(l[0].elements[1].gap_before, DEFAULT_GAP);
    }

    #[test]
    fn focus_marks_the_reported_part() {
        let l = p("de [goedkoopste]").unwrap();
        assert!(!l[0].elements[0].focus);
        assert!(l[0].elements[1].focus);
    }

    #[test]
    fn wildcards_become_affixes() {
        let l = p("klant* *vriendelijk klant*centraal *groen*").unwrap();
        let atoms: Vec<_> = l[0].elements.iter().map(|e| e.atoms[0].clone()).collect();
        assert_eq!(
            atoms,
            [
                Atom::Prefix("klant".into()),
                Atom::Suffix("vriendelijk".into()),
                Atom::Affix("klant".into(), "centraal".into()),
                Atom::Infix("groen".into()),
            ]
        );
    }

    #[test]
    fn morphology_classes_parse() {
        let l = p("sup:goedkoop sup:* comp:goed stem:centraal").unwrap();
        let atoms: Vec<_> = l[0].elements.iter().map(|e| e.atoms[0].clone()).collect();
        assert_eq!(
            atoms[0],
            Atom::Graded {
                lemma: Some("goedkoop".into()),
                degrees: 4
            }
        );
        assert_eq!(
            atoms[1],
            Atom::Graded {
                lemma: None,
                degrees: 4
            }
        );
        assert_eq!(
            atoms[2],
            Atom::Graded {
                lemma: Some("goed".into()),
                degrees: 2
            }
        );
        assert_eq!(atoms[3], Atom::Stem("central".into()));
    }

    #[test]
    fn any_capitalized_and_conjunction_parse() {
        let l = p("beste cap:* * sup:*&*ste").unwrap();
        let atoms: Vec<_> = l[0].elements.iter().map(|e| e.atoms[0].clone()).collect();
        assert_eq!(atoms[1], Atom::Capitalized);
        assert_eq!(atoms[2], Atom::Any);
        assert_eq!(
            atoms[3],
            Atom::All(vec![
                Atom::Graded {
                    lemma: None,
                    degrees: 4
                },
                Atom::Suffix("ste".into())
            ])
        );
        assert!(p("a&").is_err());
    }

    #[test]
    fn abbreviations_and_numbers_are_words() {
        assert!(p("nr. 1").is_ok());
        assert!(p("#1").is_ok());
        assert!(p("100% CO2-neutraal").is_ok());
    }

    #[test]
    fn errors_point_at_the_problem() {
        let e = p("de (klant centraal").unwrap_err();
        assert_eq!(e.offset, 3);
        let e = p("sup:goedkop").unwrap_err();
        assert!(e.message.contains("goedkop"), "{}", e.message);
        assert!(p("klant ...99 centraal").is_err());
        assert!(p("foo: bar").is_err());
        assert!(p("a <...> b <...> c").is_err());
        assert!(p("klant!").is_err());
        assert!(p("?").is_err());
        assert!(p("a)").is_err());
    }

    #[test]
    fn clause_anchors_start_and_end_a_pattern_only() {
        let l = &p("^ nog [comp:*] $").unwrap()[0];
        assert!(l.clause_start && l.clause_end);
        assert_eq!(l.elements.len(), 2);
        let l = &p("nog comp:*").unwrap()[0];
        assert!(!l.clause_start && !l.clause_end);
        assert!(p("nog ^ comp:*").is_err());
        assert!(p("$ comp:*").is_err());
    }
}
