//! `echt check`: analyse files, folders or stdin and report the findings.
//!
//! Per file: the nearest `echt.toml` decides the lexicons, switched-off
//! categories and rules, severities, allowed names and `fail-on`; then the
//! suppressions written in the file are applied.

use crate::args::{CheckArgs, CheckFormat, FailOn, MarkupArg};
use crate::config::{self, Config};
use crate::i18n::Msg;
use crate::input::{self, Input};
use crate::output::{self, FileResult};
use crate::{ExitCode, report, report_error, suppress};
use echt::extract::Markup;
use echt::{Analyzer, AnalyzerBuilder, Lang};
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Builds the analyzer: the embedded lexicons plus `--lexicon` files.
/// Lexicon errors are reported in `lang`.
pub fn analyzer(
    lexicons: &[PathBuf],
    include_negated: bool,
    lang: Lang,
) -> Result<Analyzer, ExitCode> {
    if lexicons.is_empty() && !include_negated {
        return Ok(Analyzer::default());
    }
    let mut builder = AnalyzerBuilder::new()
        .with_default_lexicons()
        .include_negated(include_negated);
    for path in lexicons {
        builder = builder.lexicon_path(path).map_err(|e| {
            report(lang, &Msg::Lexicon(Box::new(e)));
            ExitCode::Error
        })?;
    }
    builder.build().map_err(|errors| {
        for e in errors.0 {
            report(lang, &Msg::Lexicon(Box::new(e)));
        }
        ExitCode::Error
    })
}

/// A configuration with the analyzer it asks for.
struct Setup {
    config: Config,
    analyzer: Analyzer,
}

/// Resolves configuration files and analyzers, each built once.
struct Setups<'a> {
    args: &'a CheckArgs,
    lang: Lang,
    by_dir: HashMap<PathBuf, Option<PathBuf>>,
    by_config: HashMap<Option<PathBuf>, Result<Arc<Setup>, Msg>>,
}

impl<'a> Setups<'a> {
    fn new(args: &'a CheckArgs, lang: Lang) -> Self {
        Setups {
            args,
            lang,
            by_dir: HashMap::new(),
            by_config: HashMap::new(),
        }
    }

    fn for_input(&mut self, input: &Input) -> Result<Arc<Setup>, Msg> {
        let config_path = if self.args.no_config {
            None
        } else {
            let dir = match input {
                Input::File(p) => p.parent().map(Path::to_path_buf).unwrap_or_default(),
                Input::Stdin => PathBuf::from("."),
            };
            let dir = std::fs::canonicalize(&dir).unwrap_or(dir);
            self.by_dir
                .entry(dir.clone())
                .or_insert_with(|| config::find(&dir))
                .clone()
        };
        if let Some(done) = self.by_config.get(&config_path) {
            return done.clone();
        }
        let built = self.build(config_path.as_deref());
        self.by_config.insert(config_path, built.clone());
        built
    }

    fn build(&self, path: Option<&Path>) -> Result<Arc<Setup>, Msg> {
        setup(
            path,
            &self.args.lexicons,
            self.args.include_negated,
            self.lang,
        )
        .map(Arc::new)
    }
}

/// Loads a configuration file (or the defaults), builds the analyzer it asks
/// for with `extra` lexicons added, and checks its rule ids against it.
/// Problems are reported as they are found; the error says which file.
fn setup(
    path: Option<&Path>,
    extra: &[PathBuf],
    include_negated: bool,
    lang: Lang,
) -> Result<Setup, Msg> {
    let invalid = || Msg::InvalidConfig(path.map(|p| p.display().to_string()).unwrap_or_default());
    let config = match path {
        Some(p) => config::load(p).map_err(|errors| {
            for e in &errors {
                report_error(lang, &e.text(lang));
            }
            invalid()
        })?,
        None => Config::default(),
    };
    let mut lexicons = config.lexicons.clone();
    lexicons.extend(extra.iter().cloned());
    let analyzer =
        analyzer(&lexicons, include_negated, lang).map_err(|_| Msg::LexiconsNotLoaded)?;
    let errors = config.check_rules(&analyzer);
    if !errors.is_empty() {
        for e in &errors {
            report_error(lang, &e.text(lang));
        }
        return Err(invalid());
    }
    Ok(Setup { config, analyzer })
}

/// An input with the setup that applies to it.
type Planned = (Input, Result<Arc<Setup>, Msg>);

/// The outcome of one file, with what its configuration asks of the exit code.
struct Checked {
    result: FileResult,
    fail_on: FailOn,
    unused: Vec<suppress::Directive>,
}

/// Runs `echt check`.
pub fn run(args: &CheckArgs, lang: echt::Lang) -> ExitCode {
    if args.paths.is_empty() && std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        report(lang, &Msg::NoCheckInput);
        return ExitCode::Error;
    }
    let mut setups = Setups::new(args, lang);
    // In input order; a path that could not be found keeps its place.
    let planned: Vec<Result<Planned, input::InputError>> =
        input::collect(&args.paths, input::is_text_file)
            .into_iter()
            .map(|entry| {
                entry.map(|i| {
                    let s = setups.for_input(&i);
                    (i, s)
                })
            })
            .collect();
    // Lexicon and configuration errors were printed; nothing can run without a
    // default analyzer either.
    // The analyzer whose rules the output lists (SARIF, references): that of
    // the first input that has one, so the choice does not depend on order
    // inside a hash map.
    let first_ok = planned
        .iter()
        .flatten()
        .find_map(|(_, s)| s.as_ref().ok())
        .map(|s| s.analyzer.clone());
    let default = match first_ok.or_else(|| setups.for_config_free()) {
        Some(a) => a,
        None => return ExitCode::Error,
    };

    let checked: Vec<Checked> = planned
        .par_iter()
        .map(|entry| match entry {
            Ok((inp, setup)) => check_one(inp, setup, markup_of(inp, args.input_format), lang),
            Err(e) => Checked {
                result: FileResult {
                    path: e.path.clone(),
                    outcome: Err(e.message.clone()),
                },
                fail_on: FailOn::Warning,
                unused: Vec::new(),
            },
        })
        .collect();

    let mut all: Vec<FileResult> = Vec::with_capacity(checked.len());
    let mut errors = Vec::new();
    let mut failing = false;
    let mut unused_count = 0;
    for c in checked {
        if let Err(message) = &c.result.outcome {
            errors.push(input::InputError {
                path: c.result.path.clone(),
                message: message.clone(),
            });
        } else if let Ok((_, report)) = &c.result.outcome {
            let fail_on = args.fail_on.unwrap_or(c.fail_on);
            if fail_on
                .threshold()
                .is_some_and(|t| report.max_severity().is_some_and(|s| s >= t))
            {
                failing = true;
            }
        }
        if args.report_unused_suppressions {
            for d in &c.unused {
                unused_count += 1;
                let message = Msg::UnusedSuppression(d.text.clone()).text(lang);
                report_error(lang, &format!("{}:{}: {message}", c.result.path, d.line));
            }
        }
        all.push(c.result);
    }
    for e in &errors {
        // The configuration's own errors were reported when it was read.
        if !matches!(e.message, Msg::InvalidConfig(_)) {
            report_error(lang, &e.text(lang));
        }
    }

    // Colour is decided here, once: plain output goes straight to stdout
    // instead of through a stream that strips escape codes again.
    let color = matches!(args.format, CheckFormat::Human)
        && anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never;
    let mut out: Box<dyn Write> = if color {
        Box::new(std::io::BufWriter::new(anstream::stdout().lock()))
    } else {
        Box::new(std::io::BufWriter::new(std::io::stdout().lock()))
    };
    let palette = output::human::Palette::new(color);
    let written = match args.format {
        CheckFormat::Human => output::human::write(&mut out, &all, &default, lang, palette),
        CheckFormat::Json => output::json::write(&mut out, &all, lang),
        CheckFormat::Sarif => output::sarif::write(&mut out, &all, &default, lang),
        CheckFormat::Github => output::github::write(&mut out, &all, lang),
    }
    .and_then(|()| out.flush());
    if let Err(e) = written
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        report(lang, &Msg::CannotWriteOutput(e.to_string()));
        return ExitCode::Error;
    }

    if !errors.is_empty() {
        ExitCode::Error
    } else if failing || unused_count > 0 {
        ExitCode::Findings
    } else {
        ExitCode::Clean
    }
}

impl Setups<'_> {
    /// The analyzer for output that lists rules when no input has one: the
    /// command-line lexicons, or the embedded ones after errors.
    fn for_config_free(&self) -> Option<Analyzer> {
        if self.by_config.is_empty() {
            return analyzer(&self.args.lexicons, self.args.include_negated, self.lang).ok();
        }
        // Every configuration failed and said why; the embedded lexicons
        // still describe the rules for the output.
        Some(Analyzer::default())
    }
}

/// The markup of an input: `--input-format`, or by extension.
fn markup_of(inp: &Input, arg: MarkupArg) -> Markup {
    match (arg, inp) {
        (MarkupArg::Text, _) | (MarkupArg::Auto, Input::Stdin) => Markup::Text,
        (MarkupArg::Markdown, _) => Markup::Markdown,
        (MarkupArg::Html, _) => Markup::Html,
        (MarkupArg::Auto, Input::File(p)) => Markup::from_path(p),
    }
}

fn check_one(
    inp: &Input,
    setup: &Result<Arc<Setup>, Msg>,
    markup: Markup,
    lang: echt::Lang,
) -> Checked {
    let path = inp.display();
    let setup = match setup {
        Ok(s) => s,
        Err(e) => {
            return Checked {
                result: FileResult {
                    path,
                    outcome: Err(e.clone()),
                },
                fail_on: FailOn::Warning,
                unused: Vec::new(),
            };
        }
    };
    let mut unused = Vec::new();
    let outcome = input::read(inp)
        .map(|text| {
            let mut report = echt::extract::analyze(&setup.analyzer, &text, markup);
            setup.config.apply(&mut report, &text);
            unused = suppress::apply(&suppress::parse(&text), &mut report.findings);
            if lang != echt::Lang::Nl {
                translate(&mut report, &setup.analyzer, lang);
            }
            (text, report)
        })
        .map_err(|e| e.message);
    Checked {
        result: FileResult { path, outcome },
        fail_on: setup.config.fail_on.unwrap_or(FailOn::Warning),
        unused,
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

/// Runs `echt config`: prints the effective configuration for a path.
pub fn show_config(path: Option<&Path>, lang: Lang) -> ExitCode {
    let path = path.unwrap_or(Path::new("."));
    if !path.exists() {
        let message = Msg::NoSuchPath.text(lang);
        report_error(lang, &format!("{}: {message}", path.display()));
        return ExitCode::Error;
    }
    let dir = if path.is_dir() {
        path.to_path_buf()
    } else {
        path.parent().map(Path::to_path_buf).unwrap_or_default()
    };
    let dir = std::fs::canonicalize(&dir).unwrap_or(dir);
    match setup(config::find(&dir).as_deref(), &[], false, lang) {
        Ok(s) => {
            print!("{}", s.config.to_toml(lang));
            ExitCode::Clean
        }
        Err(_) => ExitCode::Error,
    }
}
