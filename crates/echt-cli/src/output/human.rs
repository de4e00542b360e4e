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
//! Colour only where the stream supports it (anstream honours `NO_COLOR`).

use super::FileResult;
use anstyle::{AnsiColor, Style};
use echt::{Analyzer, Finding, LineIndex, Severity};
use std::io::Write;
use unicode_width::UnicodeWidthStr;

const TAB: &str = "    ";

fn severity_style(s: Severity) -> Style {
    let color = match s {
        Severity::Error => AnsiColor::Red,
        Severity::Warning => AnsiColor::Yellow,
        Severity::Info => AnsiColor::Cyan,
    };
    Style::new().fg_color(Some(color.into())).bold()
}

const GUTTER: Style = Style::new()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Blue)))
    .bold();
const BOLD: Style = Style::new().bold();

/// Writes every finding of every file, then a summary line.
pub fn write(
    out: &mut dyn Write,
    results: &[FileResult],
    analyzer: &Analyzer,
) -> std::io::Result<()> {
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
            write_finding(out, &r.path, text, &lines, f, analyzer)?;
        }
    }
    let total: usize = counts.iter().sum();
    let files = if files_ok == 1 {
        "bestand"
    } else {
        "bestanden"
    };
    if total == 0 {
        writeln!(
            out,
            "Geen holle claims gevonden in {files_ok} {files} ({words} woorden)."
        )
    } else {
        let mut parts = Vec::new();
        for (sev, n) in [
            (Severity::Error, counts[2]),
            (Severity::Warning, counts[1]),
            (Severity::Info, counts[0]),
        ] {
            if n > 0 {
                let label = match (sev, n) {
                    (Severity::Error, 1) => "fout",
                    (Severity::Error, _) => "fouten",
                    (Severity::Warning, 1) => "waarschuwing",
                    (Severity::Warning, _) => "waarschuwingen",
                    (Severity::Info, _) => "info",
                };
                parts.push(format!("{n} {label}"));
            }
        }
        let noun = if total == 1 {
            "holle claim"
        } else {
            "holle claims"
        };
        writeln!(
            out,
            "{BOLD}{total} {noun}{BOLD:#} in {files_ok} {files} ({words} woorden): {}.",
            parts.join(", ")
        )
    }
}

fn write_finding(
    out: &mut dyn Write,
    path: &str,
    text: &str,
    lines: &LineIndex,
    f: &Finding,
    analyzer: &Analyzer,
) -> std::io::Result<()> {
    let sev = severity_style(f.severity);
    let mut marks = Vec::new();
    if f.context.negated {
        marks.push("ontkend");
    }
    if f.context.quoted {
        marks.push("geciteerd");
    }
    if f.context.substantiated {
        marks.push("onderbouwd");
    }
    let marks = if marks.is_empty() {
        String::new()
    } else {
        format!(" ({})", marks.join(", "))
    };
    writeln!(
        out,
        "{sev}{}[{}]{sev:#}{BOLD}: {}{BOLD:#}{marks}",
        f.severity.label_nl(),
        f.rule,
        f.message
    )?;
    let num = f.line.to_string();
    let pad = " ".repeat(num.len());
    writeln!(
        out,
        "{pad}{GUTTER}-->{GUTTER:#} {path}:{}:{}",
        f.line, f.column
    )?;
    writeln!(out, "{pad} {GUTTER}|{GUTTER:#}")?;

    let line = lines.line_text(text, f.span.start);
    let line_start = lines.line_start(f.line).unwrap_or(0);
    let before = &line[..(f.span.start - line_start).min(line.len())];
    let claim_end = (f.span.end - line_start).min(line.len());
    let claim = &line[before.len()..claim_end];
    let shown = line.replace('\t', TAB);
    writeln!(out, "{GUTTER}{num} |{GUTTER:#} {}", shown.trim_end())?;
    let indent = before.replace('\t', TAB).width();
    let carets = claim.replace('\t', TAB).width().max(1);
    writeln!(
        out,
        "{pad} {GUTTER}|{GUTTER:#} {}{sev}{}{sev:#}",
        " ".repeat(indent),
        "^".repeat(carets)
    )?;
    writeln!(
        out,
        "{pad} {GUTTER}={GUTTER:#} {BOLD}tip{BOLD:#}: {}",
        f.suggestion
    )?;
    if let Some(reference) = analyzer.rule(&f.rule).and_then(|r| r.references.first()) {
        writeln!(
            out,
            "{pad} {GUTTER}={GUTTER:#} {BOLD}regel{BOLD:#}: {}",
            reference.title
        )?;
    }
    writeln!(out)
}
