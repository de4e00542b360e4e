//! Criterion benchmarks of start-up: what `echt check` pays before it reads
//! its first file.
//!
//! * `default_analyzer`: building the analyzer from the embedded lexicons
//!   (their TOML is read and their patterns are parsed at build time;
//!   start-up reads the packed patterns back and indexes them);
//! * `user_lexicon`: the same with one lexicon given as TOML at run time
//!   (a copy of an embedded file with a changed comment, so that it is
//!   parsed from its text, patterns and all, as every user lexicon is);
//! * `check_2kb`: building the analyzer and analysing one 2 KB ad, as one
//!   `echt check` run does.
//!
//! Run: `cargo bench -p echt --bench startup`.

use criterion::{Criterion, criterion_group, criterion_main};
use echt::AnalyzerBuilder;
use echt::lexicon::EMBEDDED;
use std::hint::black_box;

fn benches(c: &mut Criterion) {
    let mut g = c.benchmark_group("startup");
    g.bench_function("default_analyzer", |b| {
        b.iter(|| {
            AnalyzerBuilder::new()
                .with_default_lexicons()
                .build()
                .map(|a| a.rules().len())
        })
    });
    let (name, content) = EMBEDDED[EMBEDDED.len() - 1];
    let user = format!("# a user's copy\n{content}");
    g.bench_function("user_lexicon", |b| {
        b.iter(|| {
            AnalyzerBuilder::new()
                .with_default_lexicons()
                .lexicon_str(name, black_box(&user))
                .build()
                .map(|a| a.rules().len())
        })
    });
    let ad = "Wij zijn de goedkoopste van Nederland. ".repeat(50);
    g.bench_function("check_2kb", |b| {
        b.iter(|| {
            AnalyzerBuilder::new()
                .with_default_lexicons()
                .build()
                .map(|a| a.analyze(black_box(&ad)).findings.len())
        })
    });
    g.finish();
}

criterion_group!(startup, benches);
criterion_main!(startup);
