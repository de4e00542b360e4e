//! The shape of a lexicon file, as serde reads it from TOML.
//!
//! Shared with `build.rs` (through `#[path]`), which reads the embedded
//! lexicons into these types when echt is compiled and writes Rust code that
//! builds the same values, so that start-up does not parse their TOML. A
//! field added here must be added to the code generator in `build.rs` too
//! (it destructures these types, so the build fails until it is).

use crate::rule::Reference;
use serde::Deserialize;
use toml::Spanned;

/// One lexicon file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FileDef {
    pub(crate) category: Option<Spanned<String>>,
    #[serde(default, rename = "rule")]
    pub(crate) rules: Vec<RuleDef>,
}

/// One `[[rule]]` table, with the positions that error messages need.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RuleDef {
    pub(crate) id: Spanned<String>,
    pub(crate) category: Option<Spanned<String>>,
    pub(crate) severity: Spanned<String>,
    pub(crate) message: String,
    pub(crate) suggestion: String,
    pub(crate) explanation: String,
    pub(crate) message_en: Option<String>,
    pub(crate) suggestion_en: Option<String>,
    pub(crate) explanation_en: Option<String>,
    #[serde(default)]
    pub(crate) references: Vec<Reference>,
    pub(crate) patterns: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) exceptions: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) requires: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) unless: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) speaker: crate::rule::Speaker,
    #[serde(default)]
    pub(crate) examples: Vec<Spanned<String>>,
    #[serde(default)]
    pub(crate) counter_examples: Vec<String>,
    #[serde(default)]
    pub(crate) better: Vec<String>,
}
