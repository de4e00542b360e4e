//! `echt stats`: corpus totals — per category, the most frequent rules and
//! the most frequent matched phrases.

use super::corpus;
use crate::ExitCode;
use crate::args::{Format, StatsArgs};
use crate::i18n::Msg;
use crate::report;
use echt::Category;
use serde_json::json;
use std::collections::HashMap;
use std::io::Write;

#[derive(Default)]
struct Tally {
    documents: usize,
    errors: usize,
    words: usize,
    sentences: usize,
    counts: [usize; 9],
    rules: HashMap<String, usize>,
    phrases: HashMap<(Category, String), usize>,
}

/// Most frequent first, then alphabetical: a stable order.
fn top<K: Ord + Clone>(map: &HashMap<K, usize>, n: usize) -> Vec<(K, usize)> {
    let mut v: Vec<(K, usize)> = map.iter().map(|(k, c)| (k.clone(), *c)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v.truncate(n);
    v
}

fn rate(n: usize, words: usize) -> f64 {
    if words == 0 {
        0.0
    } else {
        (n as f64 * 1000.0 / words as f64 * 1000.0).round() / 1000.0
    }
}

/// Runs `echt stats`.
pub fn run(args: &StatsArgs, lang: echt::Lang) -> ExitCode {
    let prepared = match corpus::prepare(&args.corpus, lang) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let analyzer = &prepared.analyzer;
    let mut t = Tally::default();
    let run = corpus::run(
        &args.corpus,
        &prepared,
        |s| s,
        |s| {
            match &s.outcome {
                Ok((report, scores)) => {
                    t.documents += 1;
                    t.words += scores.words;
                    t.sentences += scores.sentences;
                    for (i, n) in scores.counts.iter().enumerate() {
                        t.counts[i] += n;
                    }
                    for f in &report.findings {
                        *t.rules.entry(f.rule.clone()).or_default() += 1;
                        *t.phrases
                            .entry((f.category, f.text.to_lowercase()))
                            .or_default() += 1;
                    }
                }
                Err(_) => t.errors += 1,
            }
            Ok(())
        },
    );
    if let Err(e) = run {
        report(lang, &Msg::CannotWriteOutput(e.to_string()));
        return ExitCode::Error;
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let written = match args.format {
        Format::Json => write_json(&mut out, &t, args.top, analyzer),
        Format::Human => write_human(&mut out, &t, args.top, analyzer, lang),
    };
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            report(lang, &Msg::CannotWriteOutput(e.to_string()));
            ExitCode::Error
        }
        _ if t.errors > 0 => ExitCode::Error,
        _ => ExitCode::Clean,
    }
}

fn write_json(
    out: &mut dyn Write,
    t: &Tally,
    n: usize,
    analyzer: &echt::Analyzer,
) -> std::io::Result<()> {
    let categories: Vec<_> = Category::ALL
        .iter()
        .enumerate()
        .map(|(i, c)| json!({"category": c, "count": t.counts[i], "rate": rate(t.counts[i], t.words)}))
        .collect();
    let rules: Vec<_> = top(&t.rules, n)
        .into_iter()
        .map(|(r, c)| json!({"rule": r, "count": c}))
        .collect();
    let phrases: Vec<_> = top(&t.phrases, n)
        .into_iter()
        .map(|((cat, text), c)| json!({"text": text, "category": cat, "count": c}))
        .collect();
    let v = json!({
        "meta": super::score::meta(analyzer),
        "documents": t.documents,
        "errors": t.errors,
        "words": t.words,
        "sentences": t.sentences,
        "findings": t.counts.iter().sum::<usize>(),
        "categories": categories,
        "rules": rules,
        "phrases": phrases,
    });
    serde_json::to_writer_pretty(&mut *out, &v)?;
    writeln!(out)
}

fn write_human(
    out: &mut dyn Write,
    t: &Tally,
    n: usize,
    analyzer: &echt::Analyzer,
    lang: echt::Lang,
) -> std::io::Result<()> {
    let total: usize = t.counts.iter().sum();
    writeln!(
        out,
        "echt {} · lexicon {} · {} documenten · {} woorden · {} zinnen · {} holle claims ({:.2} per 1.000 woorden)",
        env!("CARGO_PKG_VERSION"),
        analyzer.lexicon_fingerprint(),
        t.documents,
        t.words,
        t.sentences,
        total,
        rate(total, t.words)
    )?;
    if t.errors > 0 {
        writeln!(out, "{}", crate::i18n::unreadable_records(lang, t.errors))?;
    }
    writeln!(
        out,
        "\n{:<24} {:>10} {:>18}",
        "categorie", "aantal", "per 1.000 woorden"
    )?;
    for (i, c) in Category::ALL.iter().enumerate() {
        writeln!(
            out,
            "{:<24} {:>10} {:>18.3}",
            c.id(),
            t.counts[i],
            rate(t.counts[i], t.words)
        )?;
    }
    writeln!(out, "\nvaakst gevonden regels:")?;
    for (rule, c) in top(&t.rules, n) {
        writeln!(out, "  {c:>8}  {rule}")?;
    }
    writeln!(out, "\nvaakst gevonden claims:")?;
    for ((cat, text), c) in top(&t.phrases, n) {
        writeln!(out, "  {c:>8}  „{text}” ({})", cat.id())?;
    }
    Ok(())
}
