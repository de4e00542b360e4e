//! `--format json`: one JSON document, a public contract (see the README).
//!
//! ```json
//! {"version": "0.1.0", "files": [{"path": "a.txt", "words": 12, "findings": [
//!   {"rule": "…", "category": "…", "severity": "…", "start": 0, "end": 5,
//!    "line": 1, "column": 1, "column_utf16": 1, "text": "…", "message": "…",
//!    "suggestion": "…"}]}]}
//! ```
//! A file that could not be checked has `"error"` and no findings.

use super::FileResult;
use echt::{Finding, Lang};
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
struct Document<'a> {
    version: &'static str,
    files: Vec<File<'a>>,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    words: usize,
    findings: &'a [Finding],
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// Writes all results as one JSON document; errors are worded in `lang`.
pub fn write(out: &mut dyn Write, results: &[FileResult], lang: Lang) -> std::io::Result<()> {
    let files = results
        .iter()
        .map(|r| match &r.outcome {
            Ok((_, report)) => File {
                path: &r.path,
                words: report.words,
                findings: &report.findings,
                error: None,
            },
            Err(e) => File {
                path: &r.path,
                words: 0,
                findings: &[],
                error: Some(e.text(lang)),
            },
        })
        .collect();
    let doc = Document {
        version: env!("CARGO_PKG_VERSION"),
        files,
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}
