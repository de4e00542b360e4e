//! `echt score`: per-document numbers for corpus research, as JSON Lines or
//! LIWC-style CSV. See `echt::score` for the score's formula.

use super::corpus::{self, Scored};
use crate::ExitCode;
use crate::args::{ScoreArgs, ScoreFormat};
use crate::i18n::Msg;
use crate::report;
use echt::score::{SCORE_FORMULA, columns};
use echt::{Analyzer, Category};
use serde_json::{Value, json};
use std::io::Write;

/// The metadata a paper needs to cite the numbers.
pub fn meta(analyzer: &Analyzer) -> Value {
    json!({
        "tool": "echt",
        "version": env!("CARGO_PKG_VERSION"),
        "lexicon": analyzer.lexicon_fingerprint(),
        "rules": analyzer.rules().len(),
        "score_formula": SCORE_FORMULA,
        "categories": columns(),
    })
}

/// Runs `echt score`.
pub fn run(args: &ScoreArgs, lang: echt::Lang) -> ExitCode {
    let prepared = match corpus::prepare(&args.corpus, lang) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let analyzer = &prepared.analyzer;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let result = match args.format {
        ScoreFormat::Jsonl => {
            let header = writeln!(out, "{}", json!({ "meta": meta(analyzer) }));
            header.and_then(|()| {
                corpus::run(
                    &args.corpus,
                    &prepared,
                    |s| jsonl_record(&s, args.findings, lang),
                    |line| out.write_all(&line),
                )
            })
        }
        ScoreFormat::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            let mut header = vec![
                "id".to_string(),
                "WC".to_string(),
                "sentences".to_string(),
                "score".to_string(),
            ];
            for c in columns() {
                header.push(c.to_string());
                header.push(format!("{c}_rate"));
            }
            header.push("error".to_string());
            let written = w.write_record(&header).map_err(csv_io);
            let r = written.and_then(|()| {
                corpus::run(
                    &args.corpus,
                    &prepared,
                    |s| csv_row(&s, lang),
                    |row| w.write_record(row).map_err(csv_io),
                )
            });
            r.and_then(|t| w.flush().map(|()| t))
        }
    };
    let flushed = result.and_then(|t| out.flush().map(|()| t));
    match flushed {
        Ok(totals) if totals.errors > 0 => ExitCode::Error,
        Ok(_) => ExitCode::Clean,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::Clean,
        Err(e) => {
            report(lang, &Msg::CannotWriteOutput(e.to_string()));
            ExitCode::Error
        }
    }
}

fn csv_io(e: csv::Error) -> std::io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => std::io::Error::other(format!("{other:?}")),
    }
}

/// One JSON line per record, written straight into bytes: the same bytes as
/// serialising a `serde_json::Value` with the keys in this order, without
/// building the value (that cost as much as a sixth of a prose run).
fn jsonl_record(s: &Scored, with_findings: bool, lang: echt::Lang) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::with_capacity(512);
    match &s.outcome {
        Ok((report, scores)) => {
            // Written by hand (no `format!`): this runs once per document.
            let mut num = itoa::Buffer::new();
            out.extend_from_slice(b"{\"id\":");
            json(&mut out, &s.id);
            out.extend_from_slice(b",\"words\":");
            out.extend_from_slice(num.format(scores.words).as_bytes());
            out.extend_from_slice(b",\"sentences\":");
            out.extend_from_slice(num.format(scores.sentences).as_bytes());
            out.extend_from_slice(b",\"counts\":{");
            for (i, c) in Category::ALL.iter().enumerate() {
                key(&mut out, i, c.id());
                out.extend_from_slice(num.format(scores.counts[i]).as_bytes());
            }
            out.extend_from_slice(b"},\"rates\":{");
            for (i, c) in Category::ALL.iter().enumerate() {
                key(&mut out, i, c.id());
                if scores.rates[i] == 0.0 {
                    out.extend_from_slice(b"0.0");
                } else {
                    json(&mut out, &scores.rates[i]);
                }
            }
            out.extend_from_slice(b"},\"score\":");
            json(&mut out, &scores.score);
            if with_findings {
                out.extend_from_slice(b",\"findings\":");
                json(&mut out, &report.findings);
            }
            out.push(b'}');
        }
        Err(e) => {
            out.extend_from_slice(b"{\"id\":");
            json(&mut out, &s.id);
            out.extend_from_slice(b",\"source\":");
            json(&mut out, &s.source);
            out.extend_from_slice(b",\"error\":");
            json(&mut out, &e.text(lang));
            out.push(b'}');
        }
    }
    out.push(b'\n');
    out
}

/// Appends `"id":` for the `i`th key of an object (a comma before all but
/// the first). Category ids need no escaping.
fn key(out: &mut Vec<u8>, i: usize, id: &str) {
    if i > 0 {
        out.push(b',');
    }
    out.push(b'"');
    out.extend_from_slice(id.as_bytes());
    out.extend_from_slice(b"\":");
}

/// Appends `value` as JSON. Writing into a `Vec` cannot fail, and serde_json
/// only fails on maps with non-string keys, which these values do not have.
fn json<T: serde::Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    let _ = serde_json::to_writer(out, value);
}

fn csv_row(s: &Scored, lang: echt::Lang) -> Vec<String> {
    match &s.outcome {
        Ok((_, scores)) => {
            let mut row = vec![
                s.id.clone(),
                scores.words.to_string(),
                scores.sentences.to_string(),
                scores.score.to_string(),
            ];
            for i in 0..Category::ALL.len() {
                row.push(scores.counts[i].to_string());
                row.push(scores.rates[i].to_string());
            }
            row.push(String::new());
            row
        }
        Err(e) => {
            let mut row = vec![s.id.clone()];
            row.extend(std::iter::repeat_n(
                String::new(),
                3 + 2 * Category::ALL.len(),
            ));
            row.push(format!("{}: {}", s.source, e.text(lang)));
            row
        }
    }
}
