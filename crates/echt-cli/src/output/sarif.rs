//! `--format sarif`: SARIF 2.1.0 through the typed `serde-sarif` crate, so
//! the structure is right by construction. Every rule of the analyzer is
//! listed in the tool's driver with its explanation and references; each
//! finding is a result with a byte- and line/column-accurate region. The run
//! has one invocation: `executionSuccessful` is false when an input could not
//! be checked, and each such input is a tool execution notification (level
//! `error`, the message, the file and, for invalid UTF-8, the position).

use super::FileResult;
use crate::i18n::Msg;
use echt::{Analyzer, Lang, LineIndex, Severity};
use serde_sarif::sarif;
use std::io::Write;

/// Builds the SARIF log.
pub fn build(results: &[FileResult], analyzer: &Analyzer, lang: Lang) -> sarif::Sarif {
    let rules: Vec<sarif::ReportingDescriptor> = analyzer
        .rules()
        .iter()
        .map(|r| {
            let help = r
                .references
                .iter()
                .map(|x| format!("{} ({})", x.title, x.url))
                .collect::<Vec<_>>()
                .join("\n");
            let descriptor = sarif::ReportingDescriptor::builder()
                .id(&r.id)
                .short_description(&r.message_in(lang).to_string())
                .full_description(&r.explanation_in(lang).to_string())
                .help(&format!("{}\n\n{help}", r.suggestion_in(lang)));
            match r.references.first() {
                Some(first) => descriptor.help_uri(&first.url).build(),
                None => descriptor.build(),
            }
        })
        .collect();
    let index_of = |id: &str| analyzer.rules().iter().position(|r| r.id == id);

    let mut out = Vec::new();
    let mut notifications = Vec::new();
    for r in results {
        let (text, report) = match &r.outcome {
            Ok(ok) => ok,
            Err(e) => {
                notifications.push(notification(&r.path, e, lang));
                continue;
            }
        };
        let lines = LineIndex::new(text);
        for f in &report.findings {
            let end = lines.position(text, f.span.end);
            let region = sarif::Region::builder()
                .byte_offset(f.span.start as i64)
                .byte_length(f.span.len() as i64)
                .start_line(f.line as i64)
                .start_column(f.column as i64)
                .end_line(end.line as i64)
                .end_column(end.column as i64)
                .snippet(sarif::ArtifactContent::builder().text(&f.text).build())
                .build();
            let location = sarif::Location::builder()
                .physical_location(
                    sarif::PhysicalLocation::builder()
                        .artifact_location(sarif::ArtifactLocation::builder().uri(&r.path).build())
                        .region(region)
                        .build(),
                )
                .build();
            let level = match f.severity {
                Severity::Error => sarif::ResultLevel::Error,
                Severity::Warning => sarif::ResultLevel::Warning,
                Severity::Info => sarif::ResultLevel::Note,
            };
            let message = sarif::Message::builder()
                .text(format!("{} {}", f.message, f.suggestion))
                .build();
            let result = sarif::Result::builder()
                .rule_id(&f.rule)
                .message(message)
                .locations(vec![location])
                .level(level);
            out.push(match index_of(&f.rule) {
                Some(i) => result.rule_index(i as i64).build(),
                None => result.build(),
            });
        }
    }
    let driver = sarif::ToolComponent::builder()
        .name("echt")
        .version(env!("CARGO_PKG_VERSION"))
        .rules(rules)
        .build();
    let invocation = sarif::Invocation::builder().execution_successful(notifications.is_empty());
    let invocation = if notifications.is_empty() {
        invocation.build()
    } else {
        invocation
            .tool_execution_notifications(notifications)
            .build()
    };
    let run = sarif::Run::builder()
        .tool(sarif::Tool::builder().driver(driver).build())
        .invocations(vec![invocation])
        .results(out)
        .build();
    sarif::Sarif::builder()
        .version(sarif::Version::V2_1_0.to_string())
        .schema(sarif::SCHEMA_URL)
        .runs(vec![run])
        .build()
}

/// An input that could not be checked, as a tool execution notification.
fn notification(path: &str, message: &Msg, lang: Lang) -> sarif::Notification {
    let artifact = sarif::ArtifactLocation::builder().uri(path).build();
    let physical = sarif::PhysicalLocation::builder().artifact_location(artifact);
    let physical = match message.at() {
        Some(at) => physical
            .region(
                sarif::Region::builder()
                    .byte_offset(at.byte as i64)
                    .start_line(at.line as i64)
                    .start_column(at.column as i64)
                    .build(),
            )
            .build(),
        None => physical.build(),
    };
    let location = sarif::Location::builder()
        .physical_location(physical)
        .build();
    sarif::Notification::builder()
        .level(serde_json::Value::String(
            sarif::NotificationLevel::Error.to_string(),
        ))
        .message(sarif::Message::builder().text(message.text(lang)).build())
        .locations(vec![location])
        .build()
}

/// Writes the SARIF log as JSON.
pub fn write(
    out: &mut dyn Write,
    results: &[FileResult],
    analyzer: &Analyzer,
    lang: Lang,
) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &build(results, analyzer, lang))?;
    writeln!(out)
}
