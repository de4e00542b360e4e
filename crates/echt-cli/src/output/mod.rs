//! Output formats: the only code that writes findings. One file per format.

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use crate::i18n::Msg;
use echt::Report;

/// The outcome for one input, in input order.
pub struct FileResult {
    /// The input's display name.
    pub path: String,
    /// The text and its report, or why it could not be checked.
    pub outcome: Result<(String, Report), Msg>,
}
