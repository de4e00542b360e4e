//! Rules and their classification: [`Category`], [`Severity`], [`Rule`].
//!
//! Rules are data: each comes from an entry in a lexicon file
//! (`lexicons/nl/*.toml`) with its id, texts, references, patterns and the
//! examples that document and test it. Rule ids are stable kebab-case names
//! of what they flag; an id is never reused for another rule.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The kind of hollow claim. The snake_case ids are stable: lexicons, JSON
/// output and statistics use them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// An unverifiable top position: "de goedkoopste", "marktleider".
    Superlative,
    /// A promise without limits: "altijd", "gegarandeerd", "100%".
    Absolute,
    /// The company says it puts the customer first: "klant centraal".
    CustomerCentric,
    /// Claims of virtue: "eerlijk", "transparant".
    Honesty,
    /// Generic environmental claims: "duurzaam", "klimaatneutraal".
    Green,
    /// Claims of impartiality: "onafhankelijk", "objectief".
    Independence,
    /// Claims of being modern: "innovatief", "anno nu".
    Timeliness,
    /// Empty business language: "ontzorgen", "totaaloplossing".
    Buzzword,
    /// A comparison without a baseline: "beter", "sneller".
    DanglingComparative,
}

impl Category {
    /// Every category, in a fixed order.
    pub const ALL: [Category; 9] = [
        Category::Superlative,
        Category::Absolute,
        Category::CustomerCentric,
        Category::Honesty,
        Category::Green,
        Category::Independence,
        Category::Timeliness,
        Category::Buzzword,
        Category::DanglingComparative,
    ];

    /// The stable id, as in lexicons and JSON (`customer_centric`).
    pub fn id(self) -> &'static str {
        match self {
            Category::Superlative => "superlative",
            Category::Absolute => "absolute",
            Category::CustomerCentric => "customer_centric",
            Category::Honesty => "honesty",
            Category::Green => "green",
            Category::Independence => "independence",
            Category::Timeliness => "timeliness",
            Category::Buzzword => "buzzword",
            Category::DanglingComparative => "dangling_comparative",
        }
    }

    /// A short Dutch name for people.
    pub fn label_nl(self) -> &'static str {
        match self {
            Category::Superlative => "overtreffende trap",
            Category::Absolute => "absolute belofte",
            Category::CustomerCentric => "klant centraal",
            Category::Honesty => "deugdclaim",
            Category::Green => "groene claim",
            Category::Independence => "onafhankelijkheidsclaim",
            Category::Timeliness => "modern-claim",
            Category::Buzzword => "holle bedrijfstaal",
            Category::DanglingComparative => "vergelijking zonder ijkpunt",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Error for an unknown category or severity name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} `{given}` (expected one of: {expected})")]
pub struct UnknownName {
    what: &'static str,
    given: String,
    expected: String,
}

impl FromStr for Category {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Category::ALL
            .into_iter()
            .find(|c| c.id() == s)
            .ok_or_else(|| UnknownName {
                what: "category",
                given: s.to_string(),
                expected: Category::ALL.map(Category::id).join(", "),
            })
    }
}

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look; often puffery the reader will discount.
    Info,
    /// A claim a reader may take as fact and nobody can check.
    Warning,
    /// A claim that regulators treat as misleading unless proven.
    Error,
}

impl Severity {
    /// Every severity, lowest first.
    pub const ALL: [Severity; 3] = [Severity::Info, Severity::Warning, Severity::Error];

    /// The stable id (`info`, `warning`, `error`).
    pub fn id(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// The Dutch label shown to people.
    pub fn label_nl(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "waarschuwing",
            Severity::Error => "fout",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for Severity {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Severity::ALL
            .into_iter()
            .find(|c| c.id() == s)
            .ok_or_else(|| UnknownName {
                what: "severity",
                given: s.to_string(),
                expected: "info, warning, error".to_string(),
            })
    }
}

/// Whose voice a rule's claim words need to be a claim.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Speaker {
    /// Any sentence: the words are claims whoever writes them.
    #[default]
    Anyone,
    /// Not in a sentence that only reports (a news item, a review in the
    /// first person, a story in the past tense): there the words describe
    /// rather than promise.
    Advertiser,
    /// Only where the words are mentioned as a term: the whole of a
    /// quotation („groen”), after a noun that cites them („de term
    /// duurzaam”), or in reported speech („noemt zich groen”). For words
    /// that are everyday words elsewhere (the colour „groen”, „puur
    /// genieten”) but claims when discussed as labels.
    Mentioned,
}

impl Speaker {
    /// True for the default, [`Speaker::Anyone`].
    pub fn is_anyone(&self) -> bool {
        *self == Speaker::Anyone
    }
}

/// A regulation, code or guideline a rule relies on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// Name and article: "Nederlandse Reclame Code, art. 8.2".
    pub title: String,
    /// Where to read it.
    pub url: String,
}

/// One rule: what it flags, why, and how to do better.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// Stable kebab-case id, e.g. `price-superlative`.
    pub id: String,
    /// The claim category.
    pub category: Category,
    /// Default severity of its findings.
    pub severity: Severity,
    /// One-line Dutch message: what is wrong.
    pub message: String,
    /// Dutch rewrite hint: how to make the claim concrete.
    pub suggestion: String,
    /// Longer Dutch explanation: why the claim is hollow.
    pub explanation: String,
    /// English message, when the lexicon provides one.
    pub message_en: Option<String>,
    /// English rewrite hint, when the lexicon provides one.
    pub suggestion_en: Option<String>,
    /// English explanation, when the lexicon provides one.
    pub explanation_en: Option<String>,
    /// Regulations and guidelines behind the rule.
    pub references: Vec<Reference>,
    /// Patterns in the lexicon pattern language.
    pub patterns: Vec<String>,
    /// Patterns that cancel a match they contain.
    pub exceptions: Vec<String>,
    /// Patterns of which one must match in the same sentence (unless the
    /// sentence is slogan-short); empty means no requirement.
    pub requires: Vec<String>,
    /// Patterns of which none may match in the same sentence: a voice that
    /// is not the advertiser's (a consumer's „ik”); empty means no veto.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unless: Vec<String>,
    /// Whose voice the rule needs: [`Speaker::Advertiser`] keeps it silent
    /// in a sentence that only reports (see [`crate::context::voice`]).
    #[serde(skip_serializing_if = "Speaker::is_anyone")]
    pub speaker: Speaker,
    /// Texts that must produce this rule; `[…]` marks the expected span.
    pub examples: Vec<String>,
    /// Texts that must not produce this rule.
    pub counter_examples: Vec<String>,
    /// Concrete rewrites of the examples: what to write instead.
    pub better: Vec<String>,
    /// Lexicon file the rule came from, and the line of its `id`.
    pub origin: Origin,
}

/// A language for user-facing texts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Dutch, the default.
    #[default]
    Nl,
    /// English.
    En,
}

impl Rule {
    /// The message in `lang` (Dutch when the lexicon has no translation).
    pub fn message_in(&self, lang: Lang) -> &str {
        match (lang, &self.message_en) {
            (Lang::En, Some(m)) => m,
            _ => &self.message,
        }
    }

    /// The rewrite hint in `lang` (Dutch when the lexicon has no translation).
    pub fn suggestion_in(&self, lang: Lang) -> &str {
        match (lang, &self.suggestion_en) {
            (Lang::En, Some(m)) => m,
            _ => &self.suggestion,
        }
    }

    /// The explanation in `lang` (Dutch when the lexicon has no translation).
    pub fn explanation_in(&self, lang: Lang) -> &str {
        match (lang, &self.explanation_en) {
            (Lang::En, Some(m)) => m,
            _ => &self.explanation,
        }
    }
}

/// Where a rule was defined.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Origin {
    /// Lexicon file name or path.
    pub file: String,
    /// 1-based line of the rule's `id`.
    pub line: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_ids_round_trip() {
        for c in Category::ALL {
            assert_eq!(c.id().parse::<Category>(), Ok(c));
            assert_eq!(
                serde_json::to_string(&c).unwrap(),
                format!("\"{}\"", c.id())
            );
        }
    }

    #[test]
    fn severities_are_ordered() {
        assert!(Severity::Info < Severity::Warning && Severity::Warning < Severity::Error);
        assert!("fatal".parse::<Severity>().is_err());
    }
}
