//! Rule lexicons: loading, validating and compiling rule files.
//!
//! A lexicon file is TOML (`lexicons/nl/<category>.toml`): a file-level
//! `category` and a list of `[[rule]]` tables. See `lexicons/README.md` for
//! the format and [`pattern`] for the pattern language. Loading reports
//! *every* problem at once, each with the file, line and column, and the rule
//! id when there is one; it never panics on a bad file.
//!
//! The default lexicons are embedded in the binary ([`EMBEDDED`]); a file
//! added later with the same name (file stem) replaces the embedded one.

mod def;
mod packed;
pub mod pattern;

/// The [`EMBEDDED`] lexicons as `build.rs` read them from their TOML: a
/// function per file that builds its [`FileDef`], or `None` for a file that
/// did not read (its TOML is parsed at run time, which reports the error);
/// and per file its patterns, parsed (see [`packed`]).
mod embedded {
    #[allow(unused_imports)]
    use super::def::{FileDef, RuleDef};
    #[allow(unused_imports)]
    use crate::rule::Reference;
    #[allow(unused_imports)]
    use toml::Spanned;
    include!(concat!(env!("OUT_DIR"), "/embedded_defs.rs"));
}

use crate::matcher::{Matcher, Owner};
use crate::morphology::Adjectives;
use crate::rule::{Category, Lang, Origin, Rule, Severity};
use crate::span::LineIndex;
use def::FileDef;
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashMap;
use std::fmt;
use std::path::Path;
use toml::Spanned;

/// The default lexicon files (every `lexicons/nl/*.toml`, sorted by name),
/// embedded at build time by `build.rs`: `(name, content)`.
pub const EMBEDDED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/embedded_lexicons.rs"));

/// The state of the lexicon fingerprint (FNV-1a, see
/// [`crate::Analyzer::lexicon_fingerprint`]) after every [`EMBEDDED`] source,
/// computed by `build.rs`: building the default analyzer does not hash them.
pub(crate) const EMBEDDED_FINGERPRINT: u64 =
    include!(concat!(env!("OUT_DIR"), "/embedded_fingerprint.rs"));

/// One lexicon file to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// Name that identifies the file for replacement (its file stem).
    pub name: String,
    /// How errors name the file (a path, or `<embedded>/name.toml`).
    pub display: String,
    /// The TOML text.
    pub content: String,
}

impl Source {
    /// The embedded default lexicons.
    pub fn embedded() -> Vec<Source> {
        EMBEDDED
            .iter()
            .map(|(name, content)| Source {
                name: (*name).to_string(),
                display: format!("lexicons/nl/{name}.toml"),
                content: (*content).to_string(),
            })
            .collect()
    }

    /// Reads one `.toml` file.
    pub fn from_file(path: &Path) -> Result<Source, LexiconError> {
        let content = std::fs::read_to_string(path).map_err(|e| LexiconError {
            file: path.display().to_string(),
            line: 0,
            column: 0,
            rule: None,
            kind: LexiconErrorKind::Unreadable(e.to_string()),
        })?;
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(Source {
            name,
            display: path.display().to_string(),
            content,
        })
    }

    /// Reads a `.toml` file, or every `.toml` file in a directory (sorted).
    pub fn from_path(path: &Path) -> Result<Vec<Source>, LexiconError> {
        if !path.is_dir() {
            return Ok(vec![Source::from_file(path)?]);
        }
        let err = |e: std::io::Error| LexiconError {
            file: path.display().to_string(),
            line: 0,
            column: 0,
            rule: None,
            kind: LexiconErrorKind::UnreadableDirectory(e.to_string()),
        };
        let mut files: Vec<_> = std::fs::read_dir(path)
            .map_err(err)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        files.iter().map(|p| Source::from_file(p)).collect()
    }
}

/// A problem in a lexicon file.
///
/// `Display` writes it in English; [`LexiconError::to_string_in`] in any
/// [`Lang`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconError {
    /// The file, as given.
    pub file: String,
    /// 1-based line (0 when the whole file is concerned).
    pub line: usize,
    /// 1-based column (0 when unknown).
    pub column: usize,
    /// The rule concerned, when known.
    pub rule: Option<String>,
    /// What is wrong.
    pub kind: LexiconErrorKind,
}

/// What is wrong in a lexicon file. Details that come from elsewhere (the
/// operating system, the TOML parser, the [`pattern`] parser) are kept in
/// their own words, which are English.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LexiconErrorKind {
    /// The file cannot be read; the operating system's reason.
    Unreadable(String),
    /// The folder cannot be listed; the operating system's reason.
    UnreadableDirectory(String),
    /// Not valid TOML, or a field the format does not have; the TOML
    /// parser's words.
    Toml(String),
    /// A `category` that does not exist (as written).
    UnknownCategory(String),
    /// A `severity` that does not exist (as written).
    UnknownSeverity(String),
    /// The file defines no `[[rule]]`.
    NoRules,
    /// The id is not kebab-case.
    IdNotKebabCase,
    /// The id was defined before.
    DuplicateId {
        /// The file of the first definition.
        file: String,
        /// The line of the first definition.
        line: usize,
    },
    /// Neither the rule nor the file sets a `category`.
    NoCategory,
    /// A required text field (`message`, `suggestion`, `explanation`) is empty.
    EmptyField(&'static str),
    /// `patterns` is empty.
    NoPatterns,
    /// An example does not mark its expected finding with exactly one `[…]`.
    ExampleMarker,
    /// A pattern has no word the matcher can anchor on.
    NoAnchor {
        /// The pattern as written.
        pattern: String,
    },
    /// A pattern does not parse.
    Pattern {
        /// The pattern as written.
        pattern: String,
        /// The pattern parser's words.
        detail: String,
    },
}

impl LexiconErrorKind {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        use LexiconErrorKind as K;
        let categories = || Category::ALL.map(Category::id).join(", ");
        match (self, lang) {
            (K::Unreadable(e), Lang::Nl) => format!("kan het lexicon niet lezen: {e}"),
            (K::Unreadable(e), Lang::En) => format!("cannot read the lexicon: {e}"),
            (K::UnreadableDirectory(e), Lang::Nl) => format!("kan de lexiconmap niet lezen: {e}"),
            (K::UnreadableDirectory(e), Lang::En) => {
                format!("cannot read the lexicon directory: {e}")
            }
            (K::Toml(e), Lang::Nl) => format!("ongeldig lexicon: {e}"),
            (K::Toml(e), Lang::En) => e.clone(),
            (K::UnknownCategory(c), Lang::Nl) => {
                format!("onbekende categorie `{c}` (mogelijk: {})", categories())
            }
            (K::UnknownCategory(c), Lang::En) => {
                format!("unknown category `{c}` (expected one of: {})", categories())
            }
            (K::UnknownSeverity(s), Lang::Nl) => {
                format!("onbekende ernst `{s}` (mogelijk: info, warning, error)")
            }
            (K::UnknownSeverity(s), Lang::En) => {
                format!("unknown severity `{s}` (expected one of: info, warning, error)")
            }
            (K::NoRules, Lang::Nl) => "het bestand definieert geen `[[rule]]`".into(),
            (K::NoRules, Lang::En) => "the file defines no `[[rule]]`".into(),
            (K::IdNotKebabCase, Lang::Nl) => {
                "ids zijn kebab-case: kleine letters, cijfers en `-`".into()
            }
            (K::IdNotKebabCase, Lang::En) => {
                "ids are kebab-case: lowercase letters, digits and `-`".into()
            }
            (K::DuplicateId { file, line }, Lang::Nl) => {
                format!("dubbele id: al gedefinieerd in {file}:{line}")
            }
            (K::DuplicateId { file, line }, Lang::En) => {
                format!("duplicate id: already defined at {file}:{line}")
            }
            (K::NoCategory, Lang::Nl) => {
                "geen `category`, niet bij de regel en niet bovenaan het bestand".into()
            }
            (K::NoCategory, Lang::En) => {
                "no `category`, neither on the rule nor at the top of the file".into()
            }
            (K::EmptyField(field), Lang::Nl) => format!("`{field}` is leeg"),
            (K::EmptyField(field), Lang::En) => format!("`{field}` is empty"),
            (K::NoPatterns, Lang::Nl) => "`patterns` is leeg".into(),
            (K::NoPatterns, Lang::En) => "`patterns` is empty".into(),
            (K::ExampleMarker, Lang::Nl) => {
                "een voorbeeld markeert de verwachte vondst met precies één `[…]`".into()
            }
            (K::ExampleMarker, Lang::En) => {
                "an example marks its expected finding with exactly one `[…]`".into()
            }
            (K::NoAnchor { pattern }, Lang::Nl) => format!(
                "patroon `{pattern}` heeft geen woord om op te ankeren: voeg een letterlijk woord, een stam of een voor- of achtervoegsel toe"
            ),
            (K::NoAnchor { pattern }, Lang::En) => format!(
                "pattern `{pattern}` has no word to anchor on: add a literal word, a stem or an affix"
            ),
            (K::Pattern { pattern, detail }, Lang::Nl) => format!("patroon `{pattern}`: {detail}"),
            (K::Pattern { pattern, detail }, Lang::En) => format!("pattern `{pattern}`: {detail}"),
        }
    }
}

impl LexiconError {
    /// What is wrong, in `lang` (without file, position or rule).
    pub fn message(&self, lang: Lang) -> String {
        self.kind.message(lang)
    }

    /// The whole error in `lang`: `file:line:column: rule `id`: message`.
    ///
    /// ```
    /// use echt::{AnalyzerBuilder, Lang};
    /// let toml = "category = \"superlative\"\n[[rule]]\nid = \"x\"\nseverity = \"hard\"\n\
    ///             message = \"m\"\nsuggestion = \"s\"\nexplanation = \"e\"\npatterns = [\"a\"]\n";
    /// let errors = AnalyzerBuilder::new().lexicon_str("merk", toml).build().unwrap_err();
    /// assert_eq!(
    ///     errors.0[0].to_string_in(Lang::Nl),
    ///     "merk.toml:4:12: regel `x`: onbekende ernst `hard` (mogelijk: info, warning, error)"
    /// );
    /// assert!(errors.0[0].to_string_in(Lang::En).starts_with("merk.toml:4:12: rule `x`: unknown severity"));
    /// ```
    pub fn to_string_in(&self, lang: Lang) -> String {
        let mut s = self.file.clone();
        if self.line > 0 {
            s.push_str(&format!(":{}", self.line));
            if self.column > 0 {
                s.push_str(&format!(":{}", self.column));
            }
        }
        s.push_str(": ");
        if let Some(rule) = &self.rule {
            let word = match lang {
                Lang::Nl => "regel",
                Lang::En => "rule",
            };
            s.push_str(&format!("{word} `{rule}`: "));
        }
        s.push_str(&self.message(lang));
        s
    }
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_string_in(Lang::En))
    }
}

impl std::error::Error for LexiconError {}

/// All problems found while loading lexicons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexiconErrors(pub Vec<LexiconError>);

impl LexiconErrors {
    /// Every error in `lang`, one per line.
    pub fn to_string_in(&self, lang: Lang) -> String {
        let lines: Vec<String> = self.0.iter().map(|e| e.to_string_in(lang)).collect();
        lines.join("\n")
    }
}

impl fmt::Display for LexiconErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_string_in(Lang::En))
    }
}

impl std::error::Error for LexiconErrors {}

/// Loaded and compiled lexicons: the rule registry and its matcher.
pub(crate) struct Compiled {
    pub rules: Vec<Rule>,
    pub matcher: Matcher,
    /// The rules' exceptions of one word (one element, no `^` or `$`),
    /// kept apart: such an exception can only cancel a match whose focus is
    /// that very word, so it is tested at that word alone.
    pub word_exceptions: Matcher,
    /// The rules' other exceptions, kept apart: they run only in the
    /// clauses where a pattern of their rule matched.
    pub exceptions: Matcher,
    /// The rules' `requires` patterns, kept apart: they run only for texts
    /// where a rule that needs them matched. The rules' `unless` patterns
    /// run with them.
    pub requirements: Matcher,
}

struct Ctx<'a> {
    src: &'a Source,
    lines: LineIndex,
    errors: &'a mut Vec<LexiconError>,
}

impl Ctx<'_> {
    fn error(&mut self, offset: usize, rule: Option<&str>, kind: LexiconErrorKind) {
        let pos = self.lines.position(&self.src.content, offset);
        self.errors.push(LexiconError {
            file: self.src.display.clone(),
            line: pos.line,
            column: pos.column,
            rule: rule.map(str::to_string),
            kind,
        });
    }
}

fn valid_id(id: &str) -> bool {
    let mut parts = id.split('-');
    parts.clone().all(|p| {
        !p.is_empty()
            && p.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    }) && parts
        .next()
        .is_some_and(|p| p.as_bytes()[0].is_ascii_lowercase())
}

/// The number of the [`EMBEDDED`] file with the name and the very content of
/// `src`, whose definition and patterns were read at build time.
fn embedded_index(src: &Source) -> Option<usize> {
    EMBEDDED
        .iter()
        .position(|(name, content)| *name == src.name && *content == src.content)
}

/// Parses, validates and compiles lexicon sources. Later sources with the
/// same name replace earlier ones.
pub(crate) fn compile(sources: &[Source]) -> Result<Compiled, LexiconErrors> {
    // Later sources replace earlier ones of the same name.
    let mut chosen: Vec<&Source> = Vec::new();
    for s in sources {
        if let Some(slot) = chosen.iter_mut().find(|c| c.name == s.name) {
            *slot = s;
        } else {
            chosen.push(s);
        }
    }

    let stemmer = Stemmer::create(Algorithm::Dutch);
    let stem = |w: &str| stemmer.stem(w).into_owned();
    let adjectives = Adjectives::embedded();
    let mut errors = Vec::new();
    let mut rules: Vec<Rule> = Vec::new();
    let mut matcher = Matcher::default();
    let mut exceptions = Matcher::default();
    let mut word_exceptions = Matcher::default();
    let mut requirements = Matcher::default();
    let mut seen: HashMap<String, Origin> = HashMap::new();

    for src in chosen {
        let mut ctx = Ctx {
            src,
            lines: LineIndex::new(&src.content),
            errors: &mut errors,
        };
        let built = embedded_index(src);
        let parsed = match built.and_then(embedded::file) {
            Some(file) => Ok(file),
            None => toml::from_str(&src.content),
        };
        let mut packed = built.and_then(embedded::packed).map(packed::Packed::new);
        let file: FileDef = match parsed {
            Ok(f) => f,
            Err(e) => {
                let offset = e.span().map_or(0, |s| s.start);
                ctx.error(
                    offset,
                    None,
                    LexiconErrorKind::Toml(e.message().to_string()),
                );
                continue;
            }
        };
        let file_category = match &file.category {
            Some(c) => match c.get_ref().parse::<Category>() {
                Ok(cat) => Some(cat),
                Err(_) => {
                    let kind = LexiconErrorKind::UnknownCategory(c.get_ref().clone());
                    ctx.error(c.span().start, None, kind);
                    continue;
                }
            },
            None => None,
        };
        if file.rules.is_empty() {
            ctx.error(0, None, LexiconErrorKind::NoRules);
        }
        for def in file.rules {
            let mut packed = packed.as_mut().map(packed::Packed::rule);
            let id = def.id.get_ref().clone();
            let id_at = def.id.span().start;
            let rid = Some(id.as_str());
            if !valid_id(&id) {
                ctx.error(id_at, rid, LexiconErrorKind::IdNotKebabCase);
            }
            let origin = Origin {
                file: src.display.clone(),
                line: ctx.lines.position(&src.content, id_at).line,
            };
            if let Some(first) = seen.get(&id) {
                let kind = LexiconErrorKind::DuplicateId {
                    file: first.file.clone(),
                    line: first.line,
                };
                ctx.error(id_at, rid, kind);
                continue;
            }
            seen.insert(id.clone(), origin.clone());
            let category = match (&def.category, file_category) {
                (Some(c), _) => match c.get_ref().parse::<Category>() {
                    Ok(cat) => cat,
                    Err(_) => {
                        let kind = LexiconErrorKind::UnknownCategory(c.get_ref().clone());
                        ctx.error(c.span().start, rid, kind);
                        continue;
                    }
                },
                (None, Some(c)) => c,
                (None, None) => {
                    ctx.error(id_at, rid, LexiconErrorKind::NoCategory);
                    continue;
                }
            };
            let severity = match def.severity.get_ref().parse::<Severity>() {
                Ok(s) => s,
                Err(_) => {
                    let kind = LexiconErrorKind::UnknownSeverity(def.severity.get_ref().clone());
                    ctx.error(def.severity.span().start, rid, kind);
                    continue;
                }
            };
            for (field, value) in [
                ("message", &def.message),
                ("suggestion", &def.suggestion),
                ("explanation", &def.explanation),
            ] {
                if value.trim().is_empty() {
                    ctx.error(id_at, rid, LexiconErrorKind::EmptyField(field));
                }
            }
            if def.patterns.is_empty() {
                ctx.error(id_at, rid, LexiconErrorKind::NoPatterns);
            }
            for ex in &def.examples {
                if crate::eval::parse_marked(ex.get_ref()).is_none() {
                    ctx.error(ex.span().start, rid, LexiconErrorKind::ExampleMarker);
                }
            }
            let index = rules.len() as u32;
            let lists = [
                (&def.patterns, Owner::Rule(index)),
                (&def.exceptions, Owner::Exception(index)),
                (&def.requires, Owner::Requirement(index)),
                (&def.unless, Owner::Unless(index)),
            ];
            for (list, owner) in lists {
                for p in list {
                    // +1 skips the opening quote of the TOML string.
                    let at = p.span().start + 1;
                    let built = packed.as_mut().and_then(|r| r.next(adjectives));
                    let parsed = match built {
                        Some(linears) => Ok(linears),
                        None => pattern::parse(p.get_ref(), adjectives, &stem),
                    };
                    match parsed {
                        Ok(linears) => {
                            for l in linears {
                                let target = match owner {
                                    Owner::Rule(_) => &mut matcher,
                                    Owner::Exception(_) if l.is_one_word() => &mut word_exceptions,
                                    Owner::Exception(_) => &mut exceptions,
                                    Owner::Requirement(_) | Owner::Unless(_) => &mut requirements,
                                };
                                if target.add(owner, l).is_err() {
                                    let kind = LexiconErrorKind::NoAnchor {
                                        pattern: p.get_ref().clone(),
                                    };
                                    ctx.error(at, rid, kind);
                                    break;
                                }
                            }
                        }
                        Err(e) => {
                            let kind = LexiconErrorKind::Pattern {
                                pattern: p.get_ref().clone(),
                                detail: e.message,
                            };
                            ctx.error(at + e.offset, rid, kind);
                        }
                    }
                }
            }
            rules.push(Rule {
                id,
                category,
                severity,
                message: def.message.trim().to_string(),
                suggestion: def.suggestion.trim().to_string(),
                explanation: def.explanation.trim().to_string(),
                message_en: def.message_en.map(|s| s.trim().to_string()),
                suggestion_en: def.suggestion_en.map(|s| s.trim().to_string()),
                explanation_en: def.explanation_en.map(|s| s.trim().to_string()),
                references: def.references,
                patterns: def.patterns.into_iter().map(Spanned::into_inner).collect(),
                exceptions: def
                    .exceptions
                    .into_iter()
                    .map(Spanned::into_inner)
                    .collect(),
                requires: def.requires.into_iter().map(Spanned::into_inner).collect(),
                unless: def.unless.into_iter().map(Spanned::into_inner).collect(),
                speaker: def.speaker,
                examples: def.examples.into_iter().map(Spanned::into_inner).collect(),
                counter_examples: def.counter_examples,
                better: def.better,
                origin,
            });
        }
    }
    if errors.is_empty() {
        Ok(Compiled {
            rules,
            matcher,
            word_exceptions,
            exceptions,
            requirements,
        })
    } else {
        Err(LexiconErrors(errors))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(content: &str) -> Source {
        Source {
            name: "brand".into(),
            display: "brand.toml".into(),
            content: content.into(),
        }
    }

    const GOOD: &str = r#"
category = "superlative"

[[rule]]
id = "brand-best"
severity = "warning"
message = "m"
suggestion = "s"
explanation = "e"
patterns = ["allerbeste"]
examples = ["de [allerbeste] koffie"]
"#;

    fn errors(content: &str) -> Vec<String> {
        errors_of(&[src(content)])
    }

    fn errors_of(sources: &[Source]) -> Vec<String> {
        match compile(sources) {
            Ok(_) => Vec::new(),
            Err(e) => e.0.iter().map(ToString::to_string).collect(),
        }
    }

    /// The definitions build.rs wrote for the embedded lexicons are what
    /// reading their TOML gives, spans included.
    #[test]
    fn embedded_definitions_equal_the_parsed_toml() {
        for (i, (name, content)) in EMBEDDED.iter().enumerate() {
            let generated = embedded::file(i);
            assert!(generated.is_some(), "{name} was not read at build time");
            let parsed: FileDef = toml::from_str(content).unwrap();
            assert_eq!(
                format!("{generated:?}"),
                format!("{:?}", Some(parsed)),
                "{name}"
            );
        }
    }

    /// The patterns build.rs parsed for the embedded lexicons are what
    /// parsing them at start-up gives, for every pattern of every rule,
    /// and none of them is left to parse at start-up.
    #[test]
    fn packed_patterns_equal_the_parsed_patterns() {
        let stemmer = Stemmer::create(Algorithm::Dutch);
        let stem = |w: &str| stemmer.stem(w).into_owned();
        let adjectives = Adjectives::embedded();
        let mut checked = 0;
        for (i, (name, _)) in EMBEDDED.iter().enumerate() {
            let file = embedded::file(i).unwrap();
            let mut packed = packed::Packed::new(embedded::packed(i).unwrap());
            for rule in &file.rules {
                let mut packed = packed.rule();
                let lists = [
                    &rule.patterns,
                    &rule.exceptions,
                    &rule.requires,
                    &rule.unless,
                ];
                for p in lists.into_iter().flatten() {
                    let built = packed.next(adjectives);
                    let parsed = pattern::parse(p.get_ref(), adjectives, &stem).unwrap();
                    assert_eq!(built.as_ref(), Some(&parsed), "{name}: {}", p.get_ref());
                    checked += 1;
                }
                assert_eq!(packed.next(adjectives), None, "{name}: a line too many");
            }
        }
        assert!(checked > 1000, "{checked} patterns");
    }

    /// A source with an embedded file's name but other content is read
    /// from its own TOML.
    #[test]
    fn changed_embedded_files_are_read_from_their_toml() {
        let (name, content) = EMBEDDED[0];
        let mut changed = Source {
            name: name.into(),
            display: "x.toml".into(),
            content: content.into(),
        };
        assert_eq!(embedded_index(&changed), Some(0));
        changed.content.push('\n');
        assert_eq!(embedded_index(&changed), None);
        changed.content = "category = \"vague\"\n".into();
        assert!(errors_of(&[changed])[0].contains("unknown category"));
    }

    #[test]
    fn a_good_file_compiles() {
        let c = compile(&[src(GOOD)]).unwrap();
        assert_eq!(c.rules.len(), 1);
        assert_eq!(c.rules[0].origin.line, 5);
    }

    #[test]
    fn toml_syntax_errors_name_file_and_line() {
        let e = errors("category = \"superlative\"\n[[rule]\n");
        assert_eq!(e.len(), 1);
        assert!(e[0].starts_with("brand.toml:2:"), "{e:?}");
    }

    #[test]
    fn unknown_fields_are_errors() {
        let e = errors(&GOOD.replace("message = \"m\"", "message = \"m\"\nmesage = \"x\""));
        assert!(e[0].contains("mesage"), "{e:?}");
        assert!(e[0].starts_with("brand.toml:"), "{e:?}");
    }

    #[test]
    fn bad_pattern_names_rule_and_line() {
        let e = errors(&GOOD.replace("[\"allerbeste\"]", "[\"(allerbeste\"]"));
        assert_eq!(e.len(), 1);
        assert!(e[0].starts_with("brand.toml:10:"), "{e:?}");
        assert!(e[0].contains("rule `brand-best`"), "{e:?}");
    }

    #[test]
    fn duplicate_ids_are_errors() {
        let twice = format!("{GOOD}\n{}", &GOOD[GOOD.find("[[rule]]").unwrap()..]);
        let e = errors(&twice);
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(e[0].contains("duplicate id"), "{e:?}");
    }

    #[test]
    fn bad_severity_and_category_are_errors() {
        assert!(errors(&GOOD.replace("\"warning\"", "\"loud\""))[0].contains("unknown severity"));
        assert!(
            errors(&GOOD.replace("\"superlative\"", "\"vague\""))[0].contains("unknown category")
        );
    }

    #[test]
    fn ids_must_be_kebab_case() {
        assert!(errors(&GOOD.replace("brand-best", "Brand_Best"))[0].contains("kebab-case"));
    }

    #[test]
    fn examples_need_one_marked_span() {
        assert!(
            errors(&GOOD.replace("[allerbeste] koffie", "allerbeste koffie"))[0]
                .contains("exactly one")
        );
    }

    #[test]
    fn later_sources_replace_earlier_ones() {
        let mut replaced = src(&GOOD.replace("brand-best", "brand-top"));
        replaced.display = "other.toml".into();
        let c = compile(&[src(GOOD), replaced]).unwrap();
        assert_eq!(c.rules.len(), 1);
        assert_eq!(c.rules[0].id, "brand-top");
    }

    #[test]
    fn missing_file_is_an_error_not_a_panic() {
        let e = Source::from_file(Path::new("/nonexistent/x.toml")).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("/nonexistent/x.toml: cannot read")
        );
    }

    #[test]
    fn errors_read_in_dutch_and_in_english() {
        let Err(e) = compile(&[src(&GOOD.replace("\"warning\"", "\"loud\""))]) else {
            panic!("a bad severity is an error");
        };
        assert_eq!(e.0.len(), 1);
        assert_eq!(
            e.0[0].to_string_in(Lang::Nl),
            "brand.toml:6:12: regel `brand-best`: onbekende ernst `loud` (mogelijk: info, warning, error)"
        );
        assert_eq!(
            e.0[0].to_string_in(Lang::En),
            "brand.toml:6:12: rule `brand-best`: unknown severity `loud` (expected one of: info, warning, error)"
        );
        assert_eq!(e.0[0].to_string(), e.0[0].to_string_in(Lang::En));
        assert_eq!(e.to_string_in(Lang::Nl), e.0[0].to_string_in(Lang::Nl));
    }

    #[test]
    fn every_kind_has_a_dutch_and_an_english_message() {
        use LexiconErrorKind as K;
        let kinds = [
            K::Unreadable("x".into()),
            K::UnreadableDirectory("x".into()),
            K::Toml("x".into()),
            K::UnknownCategory("x".into()),
            K::UnknownSeverity("x".into()),
            K::NoRules,
            K::IdNotKebabCase,
            K::DuplicateId {
                file: "a.toml".into(),
                line: 3,
            },
            K::NoCategory,
            K::EmptyField("message"),
            K::NoPatterns,
            K::ExampleMarker,
            K::NoAnchor {
                pattern: "*".into(),
            },
            K::Pattern {
                pattern: "(".into(),
                detail: "x".into(),
            },
        ];
        for kind in kinds {
            let (nl, en) = (kind.message(Lang::Nl), kind.message(Lang::En));
            assert!(!nl.is_empty() && !en.is_empty(), "{kind:?}");
            assert_ne!(nl, en, "{kind:?}");
        }
    }

    #[test]
    fn a_missing_file_has_no_position_in_either_language() {
        let e = Source::from_file(Path::new("/nonexistent/x.toml")).unwrap_err();
        assert!(
            e.to_string_in(Lang::Nl)
                .starts_with("/nonexistent/x.toml: kan het lexicon niet lezen: ")
        );
    }
}
