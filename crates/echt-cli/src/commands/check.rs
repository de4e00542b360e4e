//! `echt check`: analyse files, folders or stdin and report the findings.

use crate::args::{CheckArgs, CheckFormat};
use crate::input;
use crate::output::{self, FileResult};
use crate::{ExitCode, report_error};
use echt::{Analyzer, AnalyzerBuilder};
use rayon::prelude::*;
use std::io::Write;

/// Builds the analyzer: the embedded lexicons plus `--lexicon` files.
pub fn analyzer(
    lexicons: &[std::path::PathBuf],
    include_negated: bool,
) -> Result<Analyzer, ExitCode> {
    if lexicons.is_empty() && !include_negated {
        return Ok(Analyzer::default());
    }
    let mut builder = AnalyzerBuilder::new()
        .with_default_lexicons()
        .include_negated(include_negated);
    for path in lexicons {
        builder = builder.lexicon_path(path).map_err(|e| {
            report_error(&format!("lexicon: {e}"));
            ExitCode::Error
        })?;
    }
    builder.build().map_err(|errors| {
        for e in &errors.0 {
            report_error(&format!("lexicon: {e}"));
        }
        ExitCode::Error
    })
}

/// Runs `echt check`.
pub fn run(args: &CheckArgs, lang: echt::Lang) -> ExitCode {
    let analyzer = match analyzer(&args.lexicons, args.include_negated) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let (inputs, mut errors) = input::collect(&args.paths, input::is_text_file);
    if args.paths.is_empty() && std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        report_error(
            "geen invoer: geef een bestand of map, of stuur tekst via standaardinvoer (echt check --help)",
        );
        return ExitCode::Error;
    }

    let results: Vec<FileResult> = inputs
        .par_iter()
        .map(|inp| {
            let outcome = input::read(inp).map(|text| {
                let mut report = analyzer.analyze(&text);
                if lang != echt::Lang::Nl {
                    translate(&mut report, &analyzer, lang);
                }
                (text, report)
            });
            FileResult {
                path: inp.display(),
                outcome: outcome.map_err(|e| e.message),
            }
        })
        .collect();

    for r in &results {
        if let Err(message) = &r.outcome {
            errors.push(input::InputError {
                path: r.path.clone(),
                message: message.clone(),
            });
        }
    }
    // Paths that did not exist still appear in JSON output, as errors.
    let mut all = results;
    for e in &errors {
        if !all.iter().any(|r| r.path == e.path) {
            all.push(FileResult {
                path: e.path.clone(),
                outcome: Err(e.message.clone()),
            });
        }
    }
    for e in &errors {
        report_error(&e.to_string());
    }

    let stdout = anstream::stdout();
    let mut out = stdout.lock();
    let written = match args.format {
        CheckFormat::Human => output::human::write(&mut out, &all, &analyzer, lang),
        CheckFormat::Json => output::json::write(&mut out, &all),
        CheckFormat::Sarif => output::sarif::write(&mut out, &all, &analyzer, lang),
        CheckFormat::Github => output::github::write(&mut out, &all),
    }
    .and_then(|()| out.flush());
    if let Err(e) = written
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        report_error(&format!("kan uitvoer niet schrijven: {e}"));
        return ExitCode::Error;
    }

    if !errors.is_empty() {
        return ExitCode::Error;
    }
    let failing = args.fail_on.threshold().is_some_and(|threshold| {
        all.iter().any(|r| {
            r.outcome
                .as_ref()
                .is_ok_and(|(_, rep)| rep.max_severity().is_some_and(|s| s >= threshold))
        })
    });
    if failing {
        ExitCode::Findings
    } else {
        ExitCode::Clean
    }
}

/// Replaces the Dutch rule texts of the findings with those in `lang`.
fn translate(report: &mut echt::Report, analyzer: &Analyzer, lang: echt::Lang) {
    for f in &mut report.findings {
        if let Some(rule) = analyzer.rule(&f.rule) {
            f.message = rule.message_in(lang).to_string();
            f.suggestion = rule.suggestion_in(lang).to_string();
        }
    }
}
