//! Criterion benchmarks of the analysis pipeline.
//!
//! * `ad_2kb`: one 2 KB ad (the `echt check` case);
//! * `prose_1mb`: 1 MB of ordinary Dutch prose (the corpus-scoring case),
//!   built by repeating the neutral corpus;
//! * `document_1mb`: the text stages alone (tokens, sentences, norms,
//!   morphology), to separate their cost from matching.
//!
//! Run: `cargo bench -p echt --bench analyze`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use echt::Analyzer;
use std::hint::black_box;
use std::path::Path;

fn corpus(split: &str, file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../corpus")
        .join(split)
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            // Drop the annotation markup: `[x]{cat}` → `x`.
            match echt::eval::parse_markup_line(l) {
                Ok(doc) => doc.text,
                Err(_) => l.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn sized(source: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + source.len());
    while out.len() < bytes {
        out.push_str(source);
        out.push('\n');
    }
    let mut end = bytes.min(out.len());
    while !out.is_char_boundary(end) {
        end -= 1;
    }
    out.truncate(end);
    out
}

fn benches(c: &mut Criterion) {
    let analyzer = Analyzer::default();
    let ad = sized(&corpus("dev", "ads-1.txt"), 2 * 1024);
    let prose = sized(&corpus("dev", "neutral.txt"), 1024 * 1024);

    let mut g = c.benchmark_group("analyze");
    g.throughput(Throughput::Bytes(ad.len() as u64));
    g.bench_function("ad_2kb", |b| b.iter(|| analyzer.analyze(black_box(&ad))));
    g.throughput(Throughput::Bytes(prose.len() as u64));
    g.sample_size(20);
    g.bench_function("prose_1mb", |b| {
        b.iter(|| analyzer.analyze(black_box(&prose)))
    });
    g.bench_function("document_1mb", |b| {
        b.iter(|| analyzer.document(black_box(&prose)).words().len())
    });
    g.finish();
}

criterion_group!(analyze, benches);
criterion_main!(analyze);
