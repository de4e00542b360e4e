//! `echt explain RULE`: the full documentation of a rule, from its lexicon
//! entry — why the claim is hollow, the regulation behind it, a bad and a
//! good example, and how to rewrite. `echt explain --all --format markdown`
//! generates `docs/rules.md` (a test fails when that file is stale).

use crate::args::{ExplainArgs, ExplainFormat};
use crate::i18n::{self, Msg};
use crate::{ExitCode, report};
use echt::rule::Reference;
use echt::{Analyzer, Category, Lang, Rule};
use std::fmt::Write as _;
use std::io::Write;

struct Headings {
    why: &'static str,
    rules: &'static str,
    bad: &'static str,
    good: &'static str,
    how: &'static str,
    category: &'static str,
    severity: &'static str,
    source: &'static str,
}

fn headings(lang: Lang) -> Headings {
    match lang {
        Lang::Nl => Headings {
            why: "Waarom is dit hol?",
            rules: "Regelgeving en richtlijnen",
            bad: "Zo niet",
            good: "Zo wel",
            how: "Zo maakt u het concreet",
            category: "categorie",
            severity: "ernst",
            source: "bron",
        },
        Lang::En => Headings {
            why: "Why is this hollow?",
            rules: "Regulations and guidelines",
            bad: "Not like this",
            good: "Like this",
            how: "How to make it concrete",
            category: "category",
            severity: "severity",
            source: "source",
        },
    }
}

/// Removes the `[…]` marker of an example.
fn plain(example: &str) -> String {
    echt::eval::parse_marked(example).map_or_else(|| example.to_string(), |(t, _)| t)
}

/// What a section of a rule's documentation holds.
enum Body<'r> {
    /// Running text.
    Paragraph(&'r str),
    /// The regulations and guidelines behind the rule.
    References(&'r [Reference]),
    /// Example sentences, each marked with `mark` (✗ or ✓).
    Examples(char, Vec<String>),
}

/// One headed section of a rule's documentation.
struct Section<'r> {
    heading: &'static str,
    body: Body<'r>,
}

/// The sections of a rule's documentation, in order; both renderers walk
/// this one list.
fn sections(rule: &Rule, lang: Lang) -> Vec<Section<'_>> {
    let h = headings(lang);
    let mut list = vec![
        Section {
            heading: h.why,
            body: Body::Paragraph(rule.explanation_in(lang)),
        },
        Section {
            heading: h.rules,
            body: Body::References(&rule.references),
        },
        Section {
            heading: h.bad,
            body: Body::Examples(
                '✗',
                rule.examples.iter().take(3).map(|e| plain(e)).collect(),
            ),
        },
    ];
    if !rule.better.is_empty() {
        list.push(Section {
            heading: h.good,
            body: Body::Examples('✓', rule.better.clone()),
        });
    }
    list.push(Section {
        heading: h.how,
        body: Body::Paragraph(rule.suggestion_in(lang)),
    });
    list
}

/// The text form of one rule.
pub fn text(rule: &Rule, lang: Lang) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} · {} · {}\n\n{}",
        rule.id,
        rule.category.id(),
        i18n::severity(lang, rule.severity),
        rule.message_in(lang),
    );
    for section in sections(rule, lang) {
        let _ = writeln!(s, "\n{}", section.heading);
        match section.body {
            Body::Paragraph(p) => {
                for line in p.lines() {
                    let _ = writeln!(s, "  {line}");
                }
            }
            Body::References(refs) => {
                for r in refs {
                    let _ = writeln!(s, "  - {} — {}", r.title, r.url);
                }
            }
            Body::Examples(mark, examples) => {
                for e in examples {
                    let _ = writeln!(s, "  {mark} {e}");
                }
            }
        }
    }
    s
}

/// The Markdown form of one rule: a `###` section of `docs/rules.md`.
fn markdown_rule(s: &mut String, rule: &Rule, lang: Lang) {
    let h = headings(lang);
    let _ = writeln!(
        s,
        "\n### {}\n\n{}: `{}` · {}: `{}` · {}: `{}:{}`\n\n**{}**",
        rule.id,
        h.category,
        rule.category.id(),
        h.severity,
        rule.severity.id(),
        h.source,
        rule.origin.file,
        rule.origin.line,
        rule.message_in(lang),
    );
    for section in sections(rule, lang) {
        let _ = writeln!(s, "\n#### {}\n", section.heading);
        match section.body {
            Body::Paragraph(p) => {
                let _ = writeln!(s, "{p}");
            }
            Body::References(refs) => {
                for r in refs {
                    let _ = writeln!(s, "- [{}]({})", r.title, r.url);
                }
            }
            Body::Examples(mark, examples) => {
                for e in examples {
                    let _ = writeln!(s, "- {mark} {e}");
                }
            }
        }
    }
}

/// The Markdown reference of all rules (`docs/rules.md`).
pub fn markdown(analyzer: &Analyzer, lang: Lang) -> String {
    let h = headings(lang);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# Rules\n\n<!-- Generated by `echt explain --all --format markdown > docs/rules.md`; do not edit. -->\n"
    );
    let _ = writeln!(
        s,
        "| id | {} | {} | |\n|---|---|---|---|",
        h.category, h.severity
    );
    for r in analyzer.rules() {
        let _ = writeln!(
            s,
            "| [`{}`](#{}) | {} | {} | {} |",
            r.id,
            r.id,
            r.category.id(),
            r.severity.id(),
            r.message_in(lang).replace('|', "\\|")
        );
    }
    for category in Category::ALL {
        let mut rules = analyzer
            .rules()
            .iter()
            .filter(|r| r.category == category)
            .peekable();
        if rules.peek().is_none() {
            continue;
        }
        let _ = writeln!(s, "\n## `{}`: {}", category.id(), category.label_nl());
        for r in rules {
            markdown_rule(&mut s, r, lang);
        }
    }
    s
}

/// Runs `echt explain`.
pub fn run(args: &ExplainArgs, lang: Lang) -> ExitCode {
    let analyzer = match super::check::analyzer(&args.lexicons, false, lang) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let rules: Vec<&Rule> = if args.all {
        analyzer.rules().iter().collect()
    } else {
        let id = args.rule.as_deref().unwrap_or_default();
        match analyzer.rule(id) {
            Some(r) => vec![r],
            None => {
                let close = analyzer
                    .rules()
                    .iter()
                    .map(|r| r.id.clone())
                    .filter(|r| r.contains(id) || id.contains(r.as_str()))
                    .collect();
                let id = id.to_string();
                report(lang, &Msg::UnknownRuleExplain { id, close });
                return ExitCode::Error;
            }
        }
    };
    let output = match args.format {
        ExplainFormat::Markdown if args.all => markdown(&analyzer, lang),
        ExplainFormat::Markdown => {
            let mut one = String::new();
            markdown_rule(&mut one, rules[0], lang);
            one.trim().to_string() + "\n"
        }
        ExplainFormat::Json => {
            let value = if args.all {
                serde_json::to_string_pretty(&rules)
            } else {
                serde_json::to_string_pretty(&rules[0])
            };
            value.unwrap_or_default() + "\n"
        }
        ExplainFormat::Human => rules
            .iter()
            .map(|r| text(r, lang))
            .collect::<Vec<_>>()
            .join("\n────────\n\n"),
    };
    match std::io::stdout().lock().write_all(output.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            report(lang, &Msg::CannotWriteOutput(e.to_string()));
            ExitCode::Error
        }
        _ => ExitCode::Clean,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_markdown_render_the_same_sections() {
        let analyzer = Analyzer::default();
        for lang in [Lang::Nl, Lang::En] {
            for rule in analyzer.rules() {
                let text = text(rule, lang);
                let mut md = String::new();
                markdown_rule(&mut md, rule, lang);
                for section in sections(rule, lang) {
                    assert!(text.contains(&format!("\n{}\n", section.heading)));
                    assert!(md.contains(&format!("\n#### {}\n", section.heading)));
                    if let Body::Examples(mark, examples) = section.body {
                        for e in examples {
                            assert!(text.contains(&format!("  {mark} {e}\n")), "{text}");
                            assert!(md.contains(&format!("- {mark} {e}\n")), "{md}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_reference_is_made_of_the_rule_sections() {
        let analyzer = Analyzer::default();
        let all = markdown(&analyzer, Lang::Nl);
        for rule in analyzer.rules() {
            let mut one = String::new();
            markdown_rule(&mut one, rule, Lang::Nl);
            assert!(all.contains(&one), "{}", rule.id);
        }
    }
}
