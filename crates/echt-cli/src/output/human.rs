//! Human output in the style of rustc and clippy, in Dutch:
//!
//! ```text
//! waarschuwing[customer-at-the-centre]: „De klant centraal” zegt iedereen: …
//!   --> advertentie.txt:3:22
//!    |
//!  3 | Bij Voltara staat de klant centraal.
//!    |                      ^^^^^^^^^^^^^^
//!    = tip: Zeg wat de klant concreet krijgt: …
//!    = regel: Nederlandse Reclame Code, art. 7 …
//! ```
//!
//! Colour only where the stream supports it: the caller decides once (anstream
//! honours `NO_COLOR` and `--color`) and passes a [`Palette`]; plain output has
//! no escape codes to strip.

use super::FileResult;
use crate::i18n;
use anstyle::{AnsiColor, Style};
use echt::{Analyzer, Finding, Lang, LineIndex, Severity};
use std::io::Write;
use unicode_width::UnicodeWidthStr;

const TAB: &str = "    ";

/// Characters of context shown on either side of a claim.
const CONTEXT_CHARS: usize = 60;

/// The last `n` characters of `s`.
fn tail_chars(s: &str, n: usize) -> &str {
    if n == 0 {
        return "";
    }
    // Walks back at most `n` characters, however long `s` is.
    match s.char_indices().rev().nth(n - 1) {
        Some((i, _)) => &s[i..],
        None => s,
    }
}

/// The first `n` characters of `s`.
fn head_chars(s: &str, n: usize) -> &str {
    let end = s.char_indices().nth(n).map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// The styles of the output: coloured, or all plain when the stream gets no
/// colour (then nothing needs stripping on the way out).
#[derive(Clone, Copy)]
pub struct Palette {
    color: bool,
    gutter: Style,
    bold: Style,
}

impl Palette {
    /// Colours when `color`, plain text otherwise.
    pub fn new(color: bool) -> Palette {
        let (gutter, bold) = if color {
            (
                Style::new()
                    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Blue)))
                    .bold(),
                Style::new().bold(),
            )
        } else {
            (Style::new(), Style::new())
        };
        Palette {
            color,
            gutter,
            bold,
        }
    }

    fn severity(self, s: Severity) -> Style {
        if !self.color {
            return Style::new();
        }
        let color = match s {
            Severity::Error => AnsiColor::Red,
            Severity::Warning => AnsiColor::Yellow,
            Severity::Info => AnsiColor::Cyan,
        };
        Style::new().fg_color(Some(color.into())).bold()
    }
}

/// Writes every finding of every file, then a summary line.
pub fn write(
    out: &mut dyn Write,
    results: &[FileResult],
    analyzer: &Analyzer,
    lang: Lang,
    palette: Palette,
) -> std::io::Result<()> {
    let w = i18n::words(lang);
    let bold = palette.bold;
    let mut counts = [0usize; 3];
    let mut files_ok = 0;
    let mut words = 0;
    for r in results {
        let Ok((text, report)) = &r.outcome else {
            continue;
        };
        files_ok += 1;
        words += report.words;
        if report.findings.is_empty() {
            continue;
        }
        let lines = LineIndex::new(text);
        for f in &report.findings {
            counts[f.severity as usize] += 1;
            let how = How {
                analyzer,
                lang,
                palette,
            };
            write_finding(out, &r.path, text, &lines, f, &how)?;
        }
    }
    let total: usize = counts.iter().sum();
    let failed = results.iter().filter(|r| r.outcome.is_err()).count();
    let unreadable = i18n::unreadable(lang, failed);
    let plural =
        |(one, many): (&'static str, &'static str), n: usize| if n == 1 { one } else { many };
    let files = plural(w.file, files_ok);
    if total == 0 {
        writeln!(
            out,
            "{} {files_ok} {files} ({words} {}).{unreadable}",
            w.none_found, w.words
        )
    } else {
        let parts: Vec<String> = [2, 1, 0]
            .iter()
            .filter(|&&i| counts[i] > 0)
            .map(|&i| format!("{} {}", counts[i], plural(w.counts[i], counts[i])))
            .collect();
        let noun = plural(w.claim, total);
        writeln!(
            out,
            "{bold}{total} {noun}{bold:#} in {files_ok} {files} ({words} {}): {}.{unreadable}",
            w.words,
            parts.join(", ")
        )
    }
}

/// What every finding is written with.
struct How<'a> {
    analyzer: &'a Analyzer,
    lang: Lang,
    palette: Palette,
}

fn write_finding(
    out: &mut dyn Write,
    path: &str,
    text: &str,
    lines: &LineIndex,
    f: &Finding,
    how: &How<'_>,
) -> std::io::Result<()> {
    let &How {
        analyzer,
        lang,
        palette,
    } = how;
    let w = i18n::words(lang);
    let sev = palette.severity(f.severity);
    let (gutter, bold) = (palette.gutter, palette.bold);
    let mut marks = Vec::new();
    if f.context.negated {
        marks.push(w.negated);
    }
    if f.context.quoted {
        marks.push(w.quoted);
    }
    if f.context.substantiated {
        marks.push(w.substantiated);
    }
    let marks = if marks.is_empty() {
        String::new()
    } else {
        format!(" ({})", marks.join(", "))
    };
    writeln!(
        out,
        "{sev}{}[{}]{sev:#}{bold}: {}{bold:#}{marks}",
        i18n::severity(lang, f.severity),
        f.rule,
        f.message
    )?;
    let num = f.line.to_string();
    let pad = " ".repeat(num.len());
    writeln!(
        out,
        "{pad}{gutter}-->{gutter:#} {path}:{}:{}",
        f.line, f.column
    )?;
    writeln!(out, "{pad} {gutter}|{gutter:#}")?;

    let line = lines.line_text(text, f.span.start).trim_end_matches('\r');
    let line_start = lines.line_start(f.line).unwrap_or(0);
    let full_before = &line[..(f.span.start - line_start).min(line.len())];
    let claim_end = (f.span.end - line_start).min(line.len());
    let claim = &line[full_before.len()..claim_end];
    // Long lines (a whole paragraph, minified HTML) are shown as a window
    // around the claim, so output stays proportional to the findings.
    let before = tail_chars(full_before, CONTEXT_CHARS);
    let after = head_chars(&line[claim_end..], CONTEXT_CHARS);
    let lead = if before.len() < full_before.len() {
        "…"
    } else {
        ""
    };
    let trail = if after.len() < line.len() - claim_end {
        "…"
    } else {
        ""
    };
    let shown = format!("{lead}{before}{claim}{after}{trail}").replace('\t', TAB);
    writeln!(out, "{gutter}{num} |{gutter:#} {}", shown.trim_end())?;
    let indent = format!("{lead}{before}").replace('\t', TAB).width();
    let carets = claim.replace('\t', TAB).width().max(1);
    writeln!(
        out,
        "{pad} {gutter}|{gutter:#} {}{sev}{}{sev:#}",
        " ".repeat(indent),
        "^".repeat(carets)
    )?;
    writeln!(
        out,
        "{pad} {gutter}={gutter:#} {bold}{}{bold:#}: {}",
        w.tip, f.suggestion
    )?;
    if let Some(reference) = analyzer.rule(&f.rule).and_then(|r| r.references.first()) {
        writeln!(
            out,
            "{pad} {gutter}={gutter:#} {bold}{}{bold:#}: {}",
            w.rule, reference.title
        )?;
    }
    writeln!(out)
}
