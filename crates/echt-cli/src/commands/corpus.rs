//! The corpus runner shared by `score` and `stats`: records are read in
//! bounded batches, each batch is analysed in parallel (rayon) and handed
//! to the sink in input order. Memory stays flat however large the corpus;
//! the output does not depend on the number of threads.

use crate::args::CorpusArgs;
use crate::i18n::Msg;
use crate::input;
use crate::records::{self, Fields, Record};
use crate::{report, report_error};
use echt::score::Scores;
use echt::{Analyzer, Report};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::io::IsTerminal;
use std::time::Instant;

/// Most records in one batch.
const BATCH_RECORDS: usize = 1024;
/// Most text bytes in one batch.
const BATCH_BYTES: usize = 8 << 20;

/// One analysed record.
pub struct Scored {
    /// The record (its text dropped after analysis).
    pub id: String,
    /// `path:line`.
    pub source: String,
    /// The report and scores, or why the record could not be read.
    pub outcome: Result<(Report, Scores), Msg>,
}

/// What the run saw.
#[derive(Debug, Default)]
pub struct Totals {
    /// Records analysed or failed.
    pub records: usize,
    /// Records that failed.
    pub errors: usize,
    /// Whether output stopped because the reader closed the pipe.
    pub closed: bool,
}

/// What a corpus run needs: the analyzer and the thread pool it runs on.
pub struct Prepared {
    /// The analyzer built from the embedded and `--lexicon` rules.
    pub analyzer: Analyzer,
    /// A pool of `--threads` threads (default: one per core), owned by this
    /// run instead of installed globally: a failure to build it is reported,
    /// and no earlier pool in the process can override the count.
    pool: rayon::ThreadPool,
    /// The language of the messages.
    pub lang: echt::Lang,
}

/// A thread pool of `threads` threads (`None`: one per core).
fn pool(threads: Option<usize>) -> Result<rayon::ThreadPool, rayon::ThreadPoolBuildError> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = threads {
        builder = builder.num_threads(n.max(1));
    }
    builder.build()
}

/// Sets up the analyzer and the thread pool from the arguments.
pub fn prepare(args: &CorpusArgs, lang: echt::Lang) -> Result<Prepared, crate::ExitCode> {
    let pool = pool(args.threads).map_err(|e| {
        report(lang, &Msg::CannotStartThreads(e.to_string()));
        crate::ExitCode::Error
    })?;
    let analyzer = super::check::analyzer(&args.lexicons, false, lang)?;
    Ok(Prepared {
        analyzer,
        pool,
        lang,
    })
}

/// Runs the corpus through the analyzer. `map` turns each analysed record
/// into the sink's input and runs in parallel (formatting output there keeps
/// the sequential part small); `sink` is called per record in input order.
///
/// Three stages joined by bounded channels: a reader thread fills batches
/// ahead, an analysing thread runs each batch on the pool, and this thread
/// writes finished batches in order. Reading, analysis and writing overlap,
/// and at most a few batches are in memory.
pub fn run<T: Send>(
    args: &CorpusArgs,
    prepared: &Prepared,
    map: impl Fn(Scored) -> T + Sync,
    mut sink: impl FnMut(T) -> std::io::Result<()>,
) -> std::io::Result<Totals> {
    let (analyzer, lang) = (&prepared.analyzer, prepared.lang);
    let mut totals = Totals::default();
    if args.paths.is_empty() && std::io::stdin().is_terminal() {
        report(lang, &Msg::NoCorpusInput);
        totals.errors += 1;
        return Ok(totals);
    }
    // Paths that do not exist become error records in their place: nothing
    // silently disappears, and the output keeps the input order.
    let inputs = input::collect(&args.paths, records::is_corpus_file);
    let fields = Fields {
        text_field: args.text_field.clone(),
        id_field: args.id_field.clone(),
        text_column: args.text_column.clone(),
        id_column: args.id_column.clone(),
    };
    let progress = progress_bar(args.quiet, lang);
    let started = Instant::now();
    let mut bytes_done = 0usize;

    let (tx, rx) = std::sync::mpsc::sync_channel::<(Vec<Record>, usize)>(2);
    let format = args.input_format;
    let reader_fields = fields.clone();
    let reader = std::thread::spawn(move || {
        let mut stream = records::stream(inputs, format, reader_fields);
        loop {
            let mut batch = Vec::with_capacity(BATCH_RECORDS);
            let mut bytes = 0;
            while batch.len() < BATCH_RECORDS && bytes < BATCH_BYTES {
                let Some(r) = stream.next() else { break };
                bytes += r.bytes;
                batch.push(r);
            }
            if batch.is_empty() || tx.send((batch, bytes)).is_err() {
                return;
            }
        }
    });

    // The pool analyses batch N + 1 while this thread writes batch N: the
    // sequential part (writing, in input order) no longer stalls the
    // workers at every batch boundary.
    let (done_tx, done_rx) = std::sync::mpsc::sync_channel::<(Vec<(Option<String>, T)>, usize)>(1);
    let map = &map;
    let fields = &fields;
    let result = std::thread::scope(|scope| {
        scope.spawn(move || {
            for (batch, bytes) in rx {
                let done: Vec<(Option<String>, T)> = prepared.pool.install(|| {
                    batch
                        .into_par_iter()
                        .map(|r| analyze_record(analyzer, lang, fields, r, map))
                        .collect()
                });
                if done_tx.send((done, bytes)).is_err() {
                    // The writer stopped: dropping `rx` stops the reader.
                    return;
                }
            }
        });
        let mut result = Ok(());
        'batches: for (done, bytes) in done_rx {
            for (error, value) in done {
                totals.records += 1;
                if let Some(e) = error {
                    totals.errors += 1;
                    report_error(lang, &e);
                }
                if let Err(e) = sink(value) {
                    if e.kind() == std::io::ErrorKind::BrokenPipe {
                        totals.closed = true;
                    } else {
                        result = Err(e);
                    }
                    break 'batches;
                }
            }
            bytes_done += bytes;
            let secs = started.elapsed().as_secs_f64().max(1e-9);
            progress.set_position(totals.records as u64);
            progress.set_message(format!(
                "{:.0} docs/s, {:.1} MB/s",
                totals.records as f64 / secs,
                bytes_done as f64 / 1e6 / secs
            ));
        }
        // Leaving the loop drops `done_rx`: the analysing thread stops at
        // its next send, and the reader after it.
        result
    });
    // The reader has stopped: at the end of its input, or at its next send
    // after the analysing thread dropped `rx`.
    let _ = reader.join();
    progress.finish_and_clear();
    result.map(|()| totals)
}

/// Parses (for JSON Lines), analyses and scores one record, and maps it to
/// the sink's input; runs on the pool.
fn analyze_record<T>(
    analyzer: &Analyzer,
    lang: echt::Lang,
    fields: &Fields,
    r: Record,
    map: &(impl Fn(Scored) -> T + Sync),
) -> (Option<String>, T) {
    let r = r.resolve(fields);
    let markup = r.markup;
    let outcome = r.text.map(|text| {
        let report = echt::extract::analyze(analyzer, &text, markup);
        let scores = echt::score::score(&report);
        (report, scores)
    });
    let error = outcome
        .as_ref()
        .err()
        .map(|e| format!("{}: {}", r.source, e.text(lang)));
    let scored = Scored {
        id: r.id,
        source: r.source,
        outcome,
    };
    (error, map(scored))
}

fn progress_bar(quiet: bool, lang: echt::Lang) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template(match lang {
            echt::Lang::Nl => "{spinner} {pos} documenten · {msg} · {elapsed}",
            echt::Lang::En => "{spinner} {pos} documents · {msg} · {elapsed}",
        })
        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_run_gets_the_thread_count_it_asks_for() {
        // A global pool can be installed once per process; a later run
        // would silently keep the first count. Local pools cannot clash.
        let one = pool(Some(1)).expect("a pool of one thread");
        let three = pool(Some(3)).expect("a pool of three threads");
        assert_eq!(one.current_num_threads(), 1);
        assert_eq!(three.current_num_threads(), 3);
        assert_eq!(pool(Some(0)).map(|p| p.current_num_threads()).ok(), Some(1));
    }
}
