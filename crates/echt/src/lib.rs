//! # echt
//!
//! Finds *hollow marketing claims* in Dutch text — "de goedkoopste", "wij
//! stellen de klant centraal", "100% duurzaam" — and explains why each one is
//! empty and how to make it concrete.
//!
//! ```
//! use echt::{Analyzer, Category, Severity};
//!
//! let analyzer = Analyzer::default();
//! let report = analyzer.analyze("Bij ons staat de klant centraal.");
//! assert_eq!(report.findings.len(), 1);
//! let finding = &report.findings[0];
//! assert_eq!(finding.category, Category::CustomerCentric);
//! assert_eq!(finding.text, "klant centraal");
//! assert!(finding.severity >= Severity::Info);
//! ```
//!
//! ## The pipeline
//!
//! Each stage has one module and data flows one way:
//!
//! 0. [`extract`]: Markdown and HTML → prose, masked in place (optional);
//! 1. [`tokenize`]: text → tokens with byte spans (Dutch-aware merging);
//! 2. [`sentence`]: sentence and clause boundaries;
//! 3. [`normalize`]: folded forms for matching (spans untouched);
//! 4. [`morphology`]: Snowball stems, adjective degree and lemma, computed
//!    once per distinct word form and thread (a private form table numbers
//!    the forms; later stages key their own memos on those numbers);
//! 5. `matcher`: all rules' patterns in one index, one pass over the words;
//! 6. [`context`]: negation, quotation, substantiation;
//! 7. [`Analyzer`]: exceptions, overlap resolution, [`Finding`]s in a [`Report`];
//! 8. [`score`]: counts, rates and the hollowness score for research.
//!
//! Rules are data: [`lexicon`] loads the TOML rule files (the defaults are
//! embedded) and compiles their [patterns](lexicon::pattern).

#![warn(missing_docs)]

mod adjective_table;
mod analyzer;
pub mod context;
pub mod document;
pub mod eval;
pub mod extract;
mod finding;
mod fnv;
mod forms;
pub mod lexicon;
mod matcher;
pub mod morphology;
pub mod normalize;
mod per_thread;
pub mod rule;
pub mod score;
pub mod sentence;
mod span;
#[cfg(test)]
mod testutil;
pub mod tokenize;

pub use analyzer::{Analyzer, AnalyzerBuilder};
pub use context::Context;
pub use document::Document;
pub use finding::{Finding, Report};
pub use lexicon::{LexiconError, LexiconErrorKind, LexiconErrors};
pub use rule::{Category, Lang, Rule, Severity, Speaker};
pub use span::{LineIndex, Position, PositionCursor, Span};
