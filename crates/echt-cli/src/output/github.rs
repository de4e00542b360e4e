//! `--format github`: GitHub Actions workflow commands, so that findings
//! show inline in pull requests:
//! `::warning file=a.md,line=3,col=12,endLine=3,endColumn=23,title=echt price-superlative::…`.
//! An input that could not be checked is an error on its file (on its line
//! and column when known, as for invalid UTF-8):
//! `::error file=a.md,line=2,col=5,title=echt::ongeldige UTF-8 …`.

use super::FileResult;
use echt::{Lang, LineIndex, Severity};
use std::io::Write;

/// Escapes a property value (`%`, CR, LF, `:` and `,`).
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Escapes a message (`%`, CR, LF).
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Writes one workflow command per finding, and one per file that could not
/// be checked; errors are worded in `lang`.
pub fn write(out: &mut dyn Write, results: &[FileResult], lang: Lang) -> std::io::Result<()> {
    for r in results {
        let (text, report) = match &r.outcome {
            Ok(ok) => ok,
            Err(e) => {
                let at = e
                    .at()
                    .map(|at| format!(",line={},col={}", at.line, at.column))
                    .unwrap_or_default();
                writeln!(
                    out,
                    "::error file={}{at},title=echt::{}",
                    property(&r.path),
                    data(&e.text(lang))
                )?;
                continue;
            }
        };
        let lines = LineIndex::new(text);
        for f in &report.findings {
            let level = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let end = lines.position(text, f.span.end);
            writeln!(
                out,
                "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{} — {}",
                property(&r.path),
                f.line,
                f.column,
                end.line,
                end.column,
                property(&format!("echt {}", f.rule)),
                data(&f.message),
                data(&f.suggestion)
            )?;
        }
    }
    Ok(())
}
