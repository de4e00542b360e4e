//! `echt rules`: every rule with its id, category, severity and message.

use crate::args::{Format, RulesArgs};
use crate::i18n::{self, Msg};
use crate::{ExitCode, report};
use echt::{Category, Lang, Rule, Severity};
use serde_json::json;
use std::io::Write;

/// Runs `echt rules`.
pub fn run(args: &RulesArgs, lang: Lang) -> ExitCode {
    let analyzer = match super::check::analyzer(&args.lexicons, false, lang) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let category = match args.category.as_deref().map(str::parse::<Category>) {
        Some(Err(_)) => {
            let given = args.category.clone().unwrap_or_default();
            report(lang, &Msg::UnknownCategory(given));
            return ExitCode::Error;
        }
        Some(Ok(c)) => Some(c),
        None => None,
    };
    let severity: Option<Severity> = args.severity.map(Into::into);
    let rules: Vec<&Rule> = analyzer
        .rules()
        .iter()
        .filter(|r| category.is_none_or(|c| r.category == c))
        .filter(|r| severity.is_none_or(|s| r.severity == s))
        .collect();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let written = match args.format {
        Format::Json => {
            let list: Vec<_> = rules
                .iter()
                .map(|r| {
                    json!({
                        "id": r.id,
                        "category": r.category,
                        "severity": r.severity,
                        "message": r.message_in(lang),
                    })
                })
                .collect();
            serde_json::to_writer_pretty(&mut out, &list)
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
        }
        Format::Human => rules.iter().try_for_each(|r| {
            writeln!(
                out,
                "{:<32} {:<22} {:<13} {}",
                r.id,
                r.category.id(),
                i18n::severity(lang, r.severity),
                r.message_in(lang)
            )
        }),
    };
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            report(lang, &Msg::CannotWriteOutput(e.to_string()));
            ExitCode::Error
        }
        _ => ExitCode::Clean,
    }
}
