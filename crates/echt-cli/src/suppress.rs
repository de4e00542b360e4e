//! Suppressions written in the checked text itself, in a comment where the
//! format has one (`<!-- … -->` in Markdown and HTML) or on a line of their
//! own in plain text:
//!
//! * `echt-disable-next-line [RULE…]`: the next line;
//! * `echt-disable [RULE…]` … `echt-enable [RULE…]`: a block;
//! * `echt-disable-file [RULE…]`: the whole file.
//!
//! `RULE` is a rule id or a category id; none means every rule. A directive
//! that suppresses nothing is *unused* (`--report-unused-suppressions`).

use echt::Finding;
use regex::Regex;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    NextLine,
    Disable,
    Enable,
    File,
}

/// One directive found in a text.
#[derive(Debug, Clone)]
pub struct Directive {
    /// 1-based line of the directive.
    pub line: usize,
    /// The directive as written.
    pub text: String,
    kind: Kind,
    rules: Vec<String>,
}

impl Directive {
    fn covers(&self, f: &Finding) -> bool {
        self.rules.is_empty()
            || self
                .rules
                .iter()
                .any(|r| *r == f.rule || r == f.category.id())
    }
}

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // Built from a constant: cannot fail.
        #[allow(clippy::unwrap_used)]
        Regex::new(r"echt-(disable-next-line|disable-file|disable|enable)((?:[ \t]+[a-z0-9_-]+)*)")
            .unwrap()
    })
}

/// Finds the directives in `text`.
pub fn parse(text: &str) -> Vec<Directive> {
    // Nearly every file has no directive: one substring search settles it.
    if !text.contains("echt-") {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        for caps in pattern().captures_iter(line) {
            let kind = match &caps[1] {
                "disable-next-line" => Kind::NextLine,
                "disable-file" => Kind::File,
                "disable" => Kind::Disable,
                _ => Kind::Enable,
            };
            let rules: Vec<String> = caps[2]
                .split_whitespace()
                .take_while(|w| !w.starts_with("--"))
                .map(str::to_string)
                .collect();
            // Rebuilt from its parts: the `--` of a closing `-->` is no part
            // of the directive.
            let mut text = format!("echt-{}", &caps[1]);
            for r in &rules {
                text.push(' ');
                text.push_str(r);
            }
            out.push(Directive {
                line: i + 1,
                text,
                kind,
                rules,
            });
        }
    }
    out
}

/// Drops the suppressed findings; returns the directives that suppressed nothing.
pub fn apply(directives: &[Directive], findings: &mut Vec<Finding>) -> Vec<Directive> {
    if directives.is_empty() {
        return Vec::new();
    }
    let mut used = vec![false; directives.len()];
    findings.retain(|f| {
        let mut suppressed = false;
        // Blocks: the latest disable/enable for this finding's rule before its line.
        let mut open_block: Option<usize> = None;
        for (i, d) in directives.iter().enumerate() {
            match d.kind {
                Kind::File if d.covers(f) => {
                    used[i] = true;
                    suppressed = true;
                }
                Kind::NextLine if d.line + 1 == f.line && d.covers(f) => {
                    used[i] = true;
                    suppressed = true;
                }
                Kind::Disable if d.line <= f.line && d.covers(f) => open_block = Some(i),
                Kind::Enable if d.line <= f.line && d.covers(f) => open_block = None,
                _ => {}
            }
        }
        if let Some(i) = open_block {
            used[i] = true;
            suppressed = true;
        }
        !suppressed
    });
    directives
        .iter()
        .zip(used)
        .filter(|(d, used)| !used && d.kind != Kind::Enable)
        .map(|(d, _)| d.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use echt::Analyzer;

    fn run(text: &str) -> (Vec<String>, Vec<usize>) {
        let mut report = Analyzer::default().analyze(text);
        let unused = apply(&parse(text), &mut report.findings);
        (
            report.findings.into_iter().map(|f| f.text).collect(),
            unused.into_iter().map(|d| d.line).collect(),
        )
    }

    #[test]
    fn next_line_suppresses_only_the_next_line() {
        let (kept, unused) = run(
            "<!-- echt-disable-next-line price-superlative -->\nDe goedkoopste!\nDe goedkoopste!",
        );
        assert_eq!(kept, ["goedkoopste"]);
        assert!(unused.is_empty());
    }

    #[test]
    fn blocks_and_categories() {
        let (kept, _) = run(
            "echt-disable superlative\nDe goedkoopste. De klant is koning.\necht-enable superlative\nDe beste.",
        );
        assert_eq!(kept, ["klant is koning", "beste"]);
    }

    #[test]
    fn file_switch_suppresses_everything() {
        let (kept, _) = run("De goedkoopste.\n<!-- echt-disable-file -->");
        assert!(kept.is_empty());
    }

    #[test]
    fn a_directive_is_quoted_without_the_comment_end() {
        let ds = parse("<!-- echt-disable-next-line green -->\nx\n<!-- echt-disable-file-->");
        let texts: Vec<&str> = ds.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["echt-disable-next-line green", "echt-disable-file"]);
    }

    #[test]
    fn unused_directives_are_reported() {
        let (_, unused) = run("echt-disable-next-line customer-is-king\nDe goedkoopste.");
        assert_eq!(unused, [1]);
    }
}
