//! Stage 6: context — facts about a match that change what it means.
//!
//! * [`negation`]: "wij zijn **niet** de goedkoopste" makes no claim, nor
//!   does a question about it ("Welke bank heeft de laagste kosten?");
//! * [`quotation`]: a claim inside quotation marks or reported speech
//!   ("de slogan …") is discussed, not made;
//! * [`substantiation`]: evidence in the same sentence ("volgens de
//!   prijspeiling van maart 2026") or in a footnote an asterisk points to
//!   makes the claim checkable;
//! * [`voice`]: who speaks — the advertiser ("wij", "u", "Kies …") or
//!   someone reporting ("meldde", "aldus", a consumer's "ik"); rules with
//!   `speaker = "advertiser"` stay silent in a reporting sentence;
//! * [`baseline`]: a comparative whose baseline stands in the clause or
//!   sentence before („Koper geleidt goed, maar zilver geleidt nog beter”)
//!   compares, it does not dangle;
//! * [`praise`]: a superlative of a quality no seller boasts of („de
//!   traagste trein”, „de jongste winnares”) ranks a fact, not an offer;
//! * [`names`]: a claim word inside a proper name („de Partij voor Eerlijk
//!   Bestuur”) names an organisation and claims nothing.
//!
//! Each module judges one fact from the document around the match; the
//! analyzer decides what the facts do (drop negated findings, lower the
//! severity of substantiated ones).

pub mod baseline;
pub mod names;
pub mod negation;
pub mod praise;
pub mod quotation;
pub mod substantiation;
pub mod voice;

use crate::document::Document;
use serde::{Deserialize, Serialize};

/// A narrator's verbs of saying in the past tense („‘Je bent nooit te
/// laat,’ mompelde hij”): the words before them are a character's. Shared
/// by the voice (they report, and they attribute a line) and the quotation
/// stage (they narrate direct speech).
const NARRATOR_SPEECH: &[&str] = &[
    "mompelde",
    "mompelden",
    "fluisterde",
    "fluisterden",
    "stamelde",
    "snauwde",
    "brulde",
    "gilde",
    "grinnikte",
    "verzuchtte",
    "schreeuwde",
];

/// What the context says about a finding.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Context {
    /// A negation in the same clause takes the claim back.
    pub negated: bool,
    /// The claim is quoted or reported, not made by the text itself.
    pub quoted: bool,
    /// The sentence (or a footnote) carries evidence for the claim.
    pub substantiated: bool,
}

/// Per-document context facts, each computed on first use and kept: the
/// analyzer's selection and the findings share them.
pub(crate) struct Judge<'d, 't> {
    doc: &'d Document<'t>,
    quoted_tokens: std::cell::OnceCell<Vec<bool>>,
    /// Evidence found per sentence, so a sentence is read once however many
    /// claims it holds.
    evidence: rustc_hash::FxHashMap<u32, bool>,
}

impl<'d, 't> Judge<'d, 't> {
    pub fn new(doc: &'d Document<'t>) -> Self {
        Judge {
            doc,
            quoted_tokens: std::cell::OnceCell::new(),
            evidence: rustc_hash::FxHashMap::default(),
        }
    }

    /// True if the claim starting at word `first` is quoted or reported.
    pub fn is_quoted(&self, first: usize) -> bool {
        let quoted = self
            .quoted_tokens
            .get_or_init(|| quotation::inside_quotes(self.doc));
        quotation::is_quoted(self.doc, quoted, first)
    }

    /// True if the claim starting at word `first` stands in a quoted answer
    /// to the question before it (an interview).
    pub fn answers_question(&self, first: usize) -> bool {
        let quoted = self
            .quoted_tokens
            .get_or_init(|| quotation::inside_quotes(self.doc));
        quotation::answers_question(self.doc, quoted, first)
    }

    /// True if the claim starting at word `first` stands in direct speech a
    /// story or an interview attributes to a person (see
    /// [`quotation::is_narrated_speech`]).
    pub fn is_narrated_speech(&self, first: usize) -> bool {
        let quoted = self
            .quoted_tokens
            .get_or_init(|| quotation::inside_quotes(self.doc));
        quotation::is_narrated_speech(self.doc, quoted, first)
    }

    /// Judges the match covering words `first..=last`.
    pub fn judge(&mut self, first: usize, last: usize) -> Context {
        let doc = self.doc;
        let sentence = doc.words()[first].sentence;
        let in_sentence = *self
            .evidence
            .entry(sentence)
            .or_insert_with(|| substantiation::sentence_has_evidence(doc, first));
        let quoted = self.is_quoted(first);
        Context {
            // An open question asks about the property; a quoted word in it
            // („Wat betekent ‘groen’?”) is still mentioned as a claim.
            negated: negation::is_negated(doc, first, last)
                || (!quoted && negation::is_open_question(doc, first)),
            quoted,
            substantiated: in_sentence || substantiation::footnote_has_evidence(doc, last),
        }
    }
}

/// Index range of the words in the same clause as word `i`. A clause has
/// a few words: scanning out from `i` costs less than searching the
/// document as [`sentence_words`] does.
pub(crate) fn clause_words(doc: &Document<'_>, i: usize) -> std::ops::Range<usize> {
    let words = doc.words();
    let c = words[i].clause;
    let mut start = i;
    while start > 0 && words[start - 1].clause == c {
        start -= 1;
    }
    let mut end = i + 1;
    while end < words.len() && words[end].clause == c {
        end += 1;
    }
    start..end
}

/// The source text between word `a` and word `b` (`a` before `b`): the
/// punctuation and white space that separate them, empty when `b` does not
/// follow `a`. „Prijs: laag” has a colon between, a paragraph a line break.
pub(crate) fn text_between<'t>(doc: &Document<'t>, a: usize, b: usize) -> &'t str {
    let words = doc.words();
    match (words.get(a), words.get(b)) {
        (Some(a), Some(b)) => doc.text().get(a.span.end..b.span.start).unwrap_or(""),
        _ => "",
    }
}

/// Index range of the words in the same sentence as word `i` (words are
/// ordered by sentence, so two binary searches find it).
pub(crate) fn sentence_words(doc: &Document<'_>, i: usize) -> std::ops::Range<usize> {
    let words = doc.words();
    let s = words[i].sentence;
    let start = words.partition_point(|w| w.sentence < s);
    let end = words.partition_point(|w| w.sentence <= s);
    start..end
}
