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
use crate::i18n;
use anstyle::{AnsiColor, Style};
use echt::{Analyzer, Finding, Lang, LineIndex, Severity};
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
    lang: Lang,
) -> std::io::Result<()> {
    let w = i18n::words(lang);
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
            write_finding(out, &r.path, text, &lines, f, analyzer, lang)?;
        }
    }
    let total: usize = counts.iter().sum();
    let plural =
        |(one, many): (&'static str, &'static str), n: usize| if n == 1 { one } else { many };
    let files = plural(w.file, files_ok);
    if total == 0 {
        writeln!(
            out,
            "{} {files_ok} {files} ({words} {}).",
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
            "{BOLD}{total} {noun}{BOLD:#} in {files_ok} {files} ({words} {}): {}.",
            w.words,
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
    lang: Lang,
) -> std::io::Result<()> {
    let w = i18n::words(lang);
    let sev = severity_style(f.severity);
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
        "{sev}{}[{}]{sev:#}{BOLD}: {}{BOLD:#}{marks}",
        i18n::severity(lang, f.severity),
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
        "{pad} {GUTTER}={GUTTER:#} {BOLD}{}{BOLD:#}: {}",
        w.tip, f.suggestion
    )?;
    if let Some(reference) = analyzer.rule(&f.rule).and_then(|r| r.references.first()) {
        writeln!(
            out,
            "{pad} {GUTTER}={GUTTER:#} {BOLD}{}{BOLD:#}: {}",
            w.rule, reference.title
        )?;
    }
    writeln!(out)
}
