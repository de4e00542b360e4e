//! `echt eval`: score the analyzer against gold annotations.
//!
//! Gold files are JSON Lines (`{"text": …, "spans": [{"start": B, "end": B,
//! "category": "…"}]}`, UTF-8 byte offsets) or, for any other extension, the
//! inline markup of `corpus/` (`[claim]{category}`). A malformed line is
//! reported with file and line and skipped; the rest is still scored and the
//! exit code is 2.

use crate::args::{EvalArgs, Format};
use crate::i18n::{Io, Msg};
use crate::{ExitCode, report, report_error};
use echt::Category;
use echt::eval::{Evaluation, GoldDocument, Miss, parse_markup_line};
use serde::Serialize;
use std::io::Write;
use std::path::Path;

/// Where a gold document came from.
struct Origin {
    file: String,
    line: usize,
}

fn load(
    path: &Path,
    docs: &mut Vec<GoldDocument>,
    origins: &mut Vec<Origin>,
    lang: echt::Lang,
) -> usize {
    let name = path.display().to_string();
    let content = match std::fs::read(path) {
        Ok(bytes) => match crate::input::decode(&name, bytes) {
            Ok(text) => text,
            Err(e) => {
                report_error(lang, &e.text(lang));
                return 1;
            }
        },
        Err(e) => {
            let message = Msg::CannotRead(Io::from(&e)).text(lang);
            report_error(lang, &format!("{name}: {message}"));
            return 1;
        }
    };
    // Editors on Windows like to start files with a byte order mark.
    let content = content.strip_prefix('\u{feff}').unwrap_or(&content);
    let jsonl = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["jsonl", "ndjson", "json"]
            .iter()
            .any(|x| x.eq_ignore_ascii_case(e))
    });
    let mut errors = 0;
    for (i, line) in content.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() || (!jsonl && trimmed.starts_with('#')) {
            continue;
        }
        let parsed = if jsonl {
            serde_json::from_str::<GoldDocument>(trimmed)
                .map_err(|e| Msg::InvalidGoldLine(e.to_string()))
                .and_then(validate)
        } else {
            parse_markup_line(line.trim_end()).map_err(Msg::InvalidGoldMarkup)
        };
        match parsed {
            Ok(doc) => {
                docs.push(doc);
                origins.push(Origin {
                    file: name.clone(),
                    line: i + 1,
                });
            }
            Err(e) => {
                report_error(lang, &format!("{name}:{}: {}", i + 1, e.text(lang)));
                errors += 1;
            }
        }
    }
    errors
}

/// Spans must fit the text and fall on character boundaries.
fn validate(doc: GoldDocument) -> Result<GoldDocument, Msg> {
    for s in &doc.spans {
        if s.start > s.end
            || s.end > doc.text.len()
            || !doc.text.is_char_boundary(s.start)
            || !doc.text.is_char_boundary(s.end)
        {
            return Err(Msg::SpanDoesNotFit {
                start: s.start,
                end: s.end,
                len: doc.text.len(),
            });
        }
    }
    Ok(doc)
}

#[derive(Serialize)]
struct JsonReport<'a> {
    version: &'static str,
    documents: usize,
    overlap: Scores,
    exact: Scores,
    document_accuracy: f64,
    categories: Vec<JsonCategory>,
    missed: Vec<JsonMiss<'a>>,
    false_spans: Vec<JsonMiss<'a>>,
}

#[derive(Serialize)]
struct Scores {
    precision: f64,
    recall: f64,
    f1: f64,
    true_positives: usize,
    false_positives: usize,
    false_negatives: usize,
}

impl From<echt::eval::Counts> for Scores {
    fn from(c: echt::eval::Counts) -> Self {
        Scores {
            precision: c.precision(),
            recall: c.recall(),
            f1: c.f1(),
            true_positives: c.true_positives,
            false_positives: c.false_positives,
            false_negatives: c.false_negatives,
        }
    }
}

#[derive(Serialize)]
struct JsonCategory {
    category: Category,
    overlap: Scores,
    exact: Scores,
}

#[derive(Serialize)]
struct JsonMiss<'a> {
    file: &'a str,
    line: usize,
    #[serde(flatten)]
    miss: &'a Miss,
}

/// Runs `echt eval`.
pub fn run(args: &EvalArgs, lang: echt::Lang) -> ExitCode {
    let mut scope = Vec::new();
    for c in &args.categories {
        match c.parse::<Category>() {
            Ok(c) => scope.push(c),
            Err(_) => {
                report(lang, &Msg::UnknownCategory(c.clone()));
                return ExitCode::Error;
            }
        }
    }
    if scope.is_empty() {
        scope = Category::ALL.to_vec();
    }
    let analyzer = match super::check::analyzer(&args.lexicons, false, lang) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let mut docs = Vec::new();
    let mut origins = Vec::new();
    let mut errors = 0;
    for path in &args.gold {
        errors += load(path, &mut docs, &mut origins, lang);
    }
    if docs.is_empty() {
        report(lang, &Msg::NoGoldDocuments);
        return ExitCode::Error;
    }
    let mut eval = Evaluation::default();
    for d in &docs {
        let report = analyzer.analyze(&d.text);
        eval.add(d, &report.findings, &scope);
    }

    let stdout = anstream::stdout();
    let mut out = stdout.lock();
    let written = match args.format {
        Format::Json => write_json(&mut out, &eval, &origins, args.summary),
        Format::Human => write_human(&mut out, &eval, &docs, &origins, args.summary),
    };
    if let Err(e) = written
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        report(lang, &Msg::CannotWriteOutput(e.to_string()));
        return ExitCode::Error;
    }
    if errors > 0 {
        ExitCode::Error
    } else {
        ExitCode::Clean
    }
}

fn write_json(
    out: &mut dyn Write,
    eval: &Evaluation,
    origins: &[Origin],
    summary: bool,
) -> std::io::Result<()> {
    let report = JsonReport {
        version: env!("CARGO_PKG_VERSION"),
        documents: eval.documents,
        overlap: eval.overlap.into(),
        exact: eval.exact.into(),
        document_accuracy: eval.document_accuracy(),
        categories: eval
            .per_category
            .iter()
            .map(|(c, counts)| JsonCategory {
                category: *c,
                overlap: counts.overlap.into(),
                exact: counts.exact.into(),
            })
            .collect(),
        missed: misses(&eval.missed, origins, summary),
        false_spans: misses(&eval.false_spans, origins, summary),
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    writeln!(out)
}

fn misses<'a>(list: &'a [Miss], origins: &'a [Origin], summary: bool) -> Vec<JsonMiss<'a>> {
    if summary {
        return Vec::new();
    }
    list.iter()
        .map(|m| JsonMiss {
            file: &origins[m.document].file,
            line: origins[m.document].line,
            miss: m,
        })
        .collect()
}

fn write_human(
    out: &mut dyn Write,
    eval: &Evaluation,
    docs: &[GoldDocument],
    origins: &[Origin],
    summary: bool,
) -> std::io::Result<()> {
    writeln!(
        out,
        "{} documenten (echt {})",
        eval.documents,
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(
        out,
        "{:<22} {:-^20}   {:-^20}   {:-^17}",
        "", " overlap ", " exact ", " overlap "
    )?;
    writeln!(
        out,
        "{:<22} {:>6} {:>6} {:>6}   {:>6} {:>6} {:>6}   {:>5} {:>5} {:>5}",
        "categorie", "P", "R", "F1", "P", "R", "F1", "tp", "fp", "fn"
    )?;
    let row = |out: &mut dyn Write, name: &str, o: echt::eval::Counts, e: echt::eval::Counts| {
        writeln!(
            out,
            "{name:<22} {:>6.3} {:>6.3} {:>6.3}   {:>6.3} {:>6.3} {:>6.3}   {:>5} {:>5} {:>5}",
            o.precision(),
            o.recall(),
            o.f1(),
            e.precision(),
            e.recall(),
            e.f1(),
            o.true_positives,
            o.false_positives,
            o.false_negatives
        )
    };
    for (c, counts) in &eval.per_category {
        row(out, c.id(), counts.overlap, counts.exact)?;
    }
    row(out, "totaal", eval.overlap, eval.exact)?;
    writeln!(
        out,
        "documentnauwkeurigheid (claim ja/nee): {:.3}",
        eval.document_accuracy()
    )?;
    if summary {
        return Ok(());
    }
    for (title, list) in [
        ("Gemist", &eval.missed),
        ("Onterecht gevonden", &eval.false_spans),
    ] {
        if list.is_empty() {
            continue;
        }
        writeln!(out, "\n{title} ({}):", list.len())?;
        for m in list.iter() {
            let o = &origins[m.document];
            let rule = m
                .rule
                .as_deref()
                .map(|r| format!(" [{r}]"))
                .unwrap_or_default();
            writeln!(
                out,
                "  {}:{}  {:<20} „{}”{rule}  in: {}",
                o.file,
                o.line,
                m.category.id(),
                m.text,
                docs[m.document].text
            )?;
        }
    }
    Ok(())
}
