//! Project configuration: `echt.toml` (or `.echt.toml`), found by walking up
//! from each checked file, like `.editorconfig` or `ruff.toml`.
//!
//! ```toml
//! fail-on = "error"                       # info | warning | error | never
//! lexicons = ["regels/merk.toml"]         # extra rule files, relative to this file
//! allow = ["Het Goedkoopste Huis"]        # names, not claims (case-insensitive)
//!
//! [categories]
//! buzzword = false                        # switch a category off
//!
//! [rules]
//! quality-superlative = false             # switch a rule off
//! price-superlative = "warning"           # or change its severity
//! ```
//!
//! Unknown keys, categories, rule ids and severities are errors naming the
//! file, line and column.

use crate::args::FailOn;
use crate::i18n::{Io, Msg};
use echt::{Analyzer, Category, Report, Severity};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// Names the configuration file may have, in order of preference.
pub const FILE_NAMES: [&str; 2] = ["echt.toml", ".echt.toml"];

/// What a `[rules]` entry says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleSetting {
    /// `true` / `false`.
    Enabled(bool),
    /// A severity override.
    Severity(Severity),
}

/// An effective configuration.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The file it came from (`None`: defaults).
    pub path: Option<PathBuf>,
    /// `fail-on`.
    pub fail_on: Option<FailOn>,
    /// Extra lexicon files, resolved against the config file's folder.
    pub lexicons: Vec<PathBuf>,
    /// Phrases that are names, not claims.
    pub allow: Vec<String>,
    /// Categories switched on or off.
    pub categories: BTreeMap<Category, bool>,
    /// Rules switched off or given another severity.
    pub rules: BTreeMap<String, RuleSetting>,
    allow_regex: Option<regex::Regex>,
    /// Byte offset of each `[rules]` key in the file, to check the ids later.
    rule_offsets: Vec<(String, usize)>,
}

/// A problem in a configuration file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// `file:line:column`, or the file alone when it cannot be read.
    pub place: String,
    /// What is wrong.
    pub message: Msg,
}

impl ConfigError {
    /// `file:line:column: message` in `lang`.
    pub fn text(&self, lang: echt::Lang) -> String {
        format!("{}: {}", self.place, self.message.text(lang))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Raw {
    fail_on: Option<Spanned<String>>,
    #[serde(default)]
    lexicons: Vec<String>,
    #[serde(default)]
    allow: Vec<String>,
    #[serde(default)]
    categories: BTreeMap<Spanned<String>, bool>,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
}

/// The configuration file governing `dir`, if any: the nearest one walking up.
pub fn find(dir: &Path) -> Option<PathBuf> {
    let mut dir = Some(dir);
    while let Some(d) = dir {
        for name in FILE_NAMES {
            let candidate = d.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
        dir = d.parent();
    }
    None
}

fn at(path: &Path, content: &str, offset: usize, message: Msg) -> ConfigError {
    let lines = echt::LineIndex::new(content);
    let p = lines.position(content, offset);
    ConfigError {
        place: format!("{}:{}:{}", path.display(), p.line, p.column),
        message,
    }
}

/// Reads and checks a configuration file. Rule ids are checked later, against
/// the analyzer built with the file's lexicons ([`Config::check_rules`]).
pub fn load(path: &Path) -> Result<Config, Vec<ConfigError>> {
    let content = std::fs::read_to_string(path).map_err(|e| {
        vec![ConfigError {
            place: path.display().to_string(),
            message: Msg::CannotRead(Io::from(&e)),
        }]
    })?;
    let raw: Raw = toml::from_str(&content).map_err(|e| {
        vec![at(
            path,
            &content,
            e.span().map_or(0, |s| s.start),
            Msg::ConfigSyntax(e.message().to_string()),
        )]
    })?;
    let mut errors = Vec::new();
    let mut config = Config {
        path: Some(path.to_path_buf()),
        ..Config::default()
    };
    if let Some(f) = raw.fail_on {
        config.fail_on = match f.get_ref().as_str() {
            "info" => Some(FailOn::Info),
            "warning" => Some(FailOn::Warning),
            "error" => Some(FailOn::Error),
            "never" => Some(FailOn::Never),
            other => {
                errors.push(at(
                    path,
                    &content,
                    f.span().start,
                    Msg::UnknownFailOn(other.to_string()),
                ));
                None
            }
        };
    }
    let base = path.parent().unwrap_or(Path::new("."));
    config.lexicons = raw.lexicons.iter().map(|l| base.join(l)).collect();
    for (name, on) in raw.categories {
        match name.get_ref().parse::<Category>() {
            Ok(c) => {
                config.categories.insert(c, on);
            }
            Err(_) => errors.push(at(
                path,
                &content,
                name.span().start,
                Msg::UnknownCategory(name.get_ref().clone()),
            )),
        }
    }
    for (id, value) in raw.rules {
        let setting = match value.get_ref() {
            toml::Value::Boolean(b) => Some(RuleSetting::Enabled(*b)),
            toml::Value::String(s) => match s.parse::<Severity>() {
                Ok(sev) => Some(RuleSetting::Severity(sev)),
                Err(_) => {
                    let message = Msg::UnknownSeverity(s.clone());
                    errors.push(at(path, &content, value.span().start, message));
                    None
                }
            },
            _ => {
                errors.push(at(
                    path,
                    &content,
                    value.span().start,
                    Msg::ExpectedRuleSetting,
                ));
                None
            }
        };
        if let Some(s) = setting {
            config
                .rule_offsets
                .push((id.get_ref().clone(), id.span().start));
            config.rules.insert(id.into_inner(), s);
        }
    }
    config.allow = raw.allow;
    if !config.allow.is_empty() {
        let alternatives: Vec<String> = config.allow.iter().map(|a| regex::escape(a)).collect();
        config.allow_regex = regex::Regex::new(&format!("(?i){}", alternatives.join("|"))).ok();
    }
    if errors.is_empty() {
        Ok(config)
    } else {
        Err(errors)
    }
}

impl Config {
    /// Checks that every rule id in `[rules]` exists in `analyzer`.
    pub fn check_rules(&self, analyzer: &Analyzer) -> Vec<ConfigError> {
        let Some(path) = &self.path else {
            return Vec::new();
        };
        let content = std::fs::read_to_string(path).unwrap_or_default();
        self.rule_offsets
            .iter()
            .filter(|(id, _)| analyzer.rule(id).is_none())
            .map(|(id, offset)| at(path, &content, *offset, Msg::UnknownConfigRule(id.clone())))
            .collect()
    }

    /// Applies the configuration to a report on `text`: drops switched-off
    /// categories and rules and allowed phrases, and overrides severities.
    pub fn apply(&self, report: &mut Report, text: &str) {
        let allowed: Vec<echt::Span> = self
            .allow_regex
            .as_ref()
            .map(|re| {
                re.find_iter(text)
                    .map(|m| echt::Span::new(m.start(), m.end()))
                    .collect()
            })
            .unwrap_or_default();
        report.findings.retain_mut(|f| {
            if self.categories.get(&f.category) == Some(&false) {
                return false;
            }
            if allowed.iter().any(|a| a.overlaps(f.span)) {
                return false;
            }
            match self.rules.get(&f.rule) {
                Some(RuleSetting::Enabled(false)) => false,
                Some(RuleSetting::Severity(s)) => {
                    // Evidence still lowers the severity.
                    if !f.context.substantiated {
                        f.severity = *s;
                    }
                    true
                }
                _ => true,
            }
        });
    }

    /// The configuration as TOML, for `echt config`.
    pub fn to_toml(&self, lang: echt::Lang) -> String {
        let mut s = String::new();
        match &self.path {
            Some(p) => s.push_str(&format!("# {}\n", p.display())),
            None => {
                s.push_str(crate::i18n::words(lang).no_config);
                s.push('\n');
            }
        }
        let fail_on = match self.fail_on {
            Some(FailOn::Info) => "info",
            Some(FailOn::Error) => "error",
            Some(FailOn::Never) => "never",
            Some(FailOn::Warning) | None => "warning",
        };
        s.push_str(&format!("fail-on = {fail_on:?}\n"));
        let list = |v: Vec<String>| {
            v.iter()
                .map(|x| format!("{x:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        s.push_str(&format!(
            "lexicons = [{}]\n",
            list(
                self.lexicons
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect()
            )
        ));
        s.push_str(&format!("allow = [{}]\n", list(self.allow.clone())));
        s.push_str("\n[categories]\n");
        for c in Category::ALL {
            s.push_str(&format!(
                "{} = {}\n",
                c.id(),
                self.categories.get(&c).copied().unwrap_or(true)
            ));
        }
        s.push_str("\n[rules]\n");
        for (id, setting) in &self.rules {
            match setting {
                RuleSetting::Enabled(b) => s.push_str(&format!("{id} = {b}\n")),
                RuleSetting::Severity(sev) => s.push_str(&format!("{id} = {:?}\n", sev.id())),
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(content: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("echt.toml");
        std::fs::write(&p, content).unwrap();
        (dir, p)
    }

    #[test]
    fn unknown_keys_name_file_and_line() {
        let (_d, p) = write("fail-on = \"error\"\nfial-on = \"x\"\n");
        let e = load(&p).unwrap_err();
        let nl = e[0].text(echt::Lang::Nl);
        assert!(
            nl.contains("echt.toml:2:1: ongeldige configuratie:"),
            "{nl}"
        );
        assert!(nl.contains("fial-on"), "{nl}");
        let en = e[0].text(echt::Lang::En);
        assert!(en.contains("echt.toml:2:1: invalid configuration:"), "{en}");
    }

    #[test]
    fn bad_values_name_their_line() {
        let (_d, p) = write("[categories]\nvaag = false\n[rules]\nx = \"luid\"\n");
        let e = load(&p).unwrap_err();
        assert_eq!(e.len(), 2);
        assert!(e[0].place.ends_with("echt.toml:2:1"), "{e:?}");
        assert_eq!(e[0].message, Msg::UnknownCategory("vaag".into()));
        assert!(e[1].place.ends_with("echt.toml:4:5"), "{e:?}");
        assert_eq!(e[1].message, Msg::UnknownSeverity("luid".into()));
        assert!(
            e[1].text(echt::Lang::En)
                .ends_with(":4:5: unknown severity `luid` (expected one of: info, warning, error)")
        );
    }

    #[test]
    fn found_by_walking_up() {
        let (d, p) = write("");
        let sub = d.path().join("a/b");
        std::fs::create_dir_all(&sub).unwrap();
        assert_eq!(find(&sub), Some(p));
    }
}
