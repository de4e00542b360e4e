//! Embeds every `lexicons/nl/*.toml` file: dropping a lexicon file into that
//! folder is all it takes to ship it in the binary. Reads them as the
//! library would (`src/lexicon/def.rs`) and writes Rust code that builds the
//! same values, so that start-up does not parse their TOML. Also turns
//! `lexicons/nl/adjectives.tsv` into the table the morphology stage reads in
//! place (layout: `src/adjective_table.rs`), so that nothing is parsed at
//! start-up.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

#[path = "src/adjective_table.rs"]
mod adjective_table;
#[path = "src/lexicon/def.rs"]
#[allow(dead_code)]
mod def;
#[path = "src/fnv.rs"]
mod fnv;
#[path = "src/normalize.rs"]
#[allow(dead_code)]
mod normalize;
#[path = "src/lexicon/packed.rs"]
#[allow(dead_code)]
mod packed;
#[path = "src/lexicon/pattern.rs"]
#[allow(dead_code)]
mod pattern;

/// What the pattern parser needs of the library's `morphology` module. The
/// adjective lexicon is not at hand here: each lemma asked about is taken as
/// one and kept in [`CHECKS`] for start-up to check.
mod morphology {
    /// A mirror of the library's `morphology::Degree`, with the same bits.
    #[derive(Debug, Clone, Copy)]
    pub enum Degree {
        Positive,
        Comparative,
        Superlative,
    }

    impl Degree {
        pub fn bit(self) -> u8 {
            match self {
                Degree::Positive => 1,
                Degree::Comparative => 2,
                Degree::Superlative => 4,
            }
        }
    }

    pub struct Adjectives;

    impl Adjectives {
        pub fn is_lemma(&self, lemma: &str) -> bool {
            super::CHECKS.with(|c| c.borrow_mut().1.push(lemma.to_string()));
            true
        }
    }
}

/// What the pattern parser needs of the library's tokenizer, which is not
/// at hand here: each word asked about is taken as one word and kept in
/// [`CHECKS`] for start-up to check.
mod tokenize {
    pub struct Token;

    impl Token {
        pub fn is_word(&self) -> bool {
            true
        }
    }

    pub fn tokenize(word: &str) -> Vec<Token> {
        super::CHECKS.with(|c| c.borrow_mut().0.push(word.to_string()));
        vec![Token]
    }
}

thread_local! {
    /// The words and lemmas the parser asked about while parsing one
    /// pattern (see `src/lexicon/packed.rs`).
    static CHECKS: std::cell::RefCell<(Vec<String>, Vec<String>)> = Default::default();
}

/// What `src/lexicon/def.rs` needs of the library's `rule` module.
mod rule {
    /// A mirror of the library's `rule::Reference`: the generated code
    /// builds the library's own, so the two must keep the same fields.
    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Reference {
        pub title: String,
        pub url: String,
    }

    /// A mirror of the library's `rule::Speaker`; `rule_code` names
    /// every variant, so one added there must be added here too.
    #[derive(Debug, Default, serde::Deserialize)]
    #[serde(rename_all = "lowercase")]
    pub enum Speaker {
        #[default]
        Anyone,
        Advertiser,
        Mentioned,
    }
}

fn main() {
    // Read when the script runs, not when it was compiled (`env!`): a build
    // script binary reused from another checkout must still embed this
    // checkout's lexicons.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let dir = Path::new(&manifest).join("../../lexicons/nl");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect(),
        Err(e) => panic!("cannot read the default lexicons in {}: {e}", dir.display()),
    };
    if files.is_empty() {
        panic!("no default lexicons (*.toml) in {}", dir.display());
    }
    files.sort();
    let mut code = String::from("&[\n");
    // The lexicon fingerprint's state after the embedded sources, in the
    // order below (see `fingerprint` in src/analyzer.rs): FNV-1a over each
    // name, a 0, the content, a 0.
    let mut hash = fnv::OFFSET;
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let name = f
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let _ = writeln!(
            code,
            "    ({name:?}, include_str!({:?})),",
            f.display().to_string()
        );
        let content = std::fs::read(f)
            .unwrap_or_else(|e| panic!("cannot read the lexicon {}: {e}", f.display()));
        hash = fnv::extend_source(hash, name.as_bytes(), &content);
    }
    code.push(']');
    let out_dir = std::env::var("OUT_DIR").unwrap_or_default();
    let mut defs =
        String::from("pub(super) fn file(i: usize) -> Option<FileDef> {\n    match i {\n");
    let mut packed = String::from(
        "pub(super) fn packed(i: usize) -> Option<(&'static [u8], &'static str)> {\n    match i {\n",
    );
    let mut bodies = String::new();
    for (i, f) in files.iter().enumerate() {
        // A file that does not read is parsed at run time, which reports
        // the error with its file and line: the build does not fail on it.
        let content = std::fs::read_to_string(f).unwrap_or_default();
        let Ok(file) = toml::from_str::<def::FileDef>(&content) else {
            continue;
        };
        let _ = writeln!(defs, "        {i} => Some(file_{i}()),");
        let _ = writeln!(
            bodies,
            "fn file_{i}() -> FileDef {{\n    {}\n}}",
            file_code(&file)
        );
        let (records, strings) = packed_patterns(&file);
        let mut paths = Vec::new();
        for (ext, bytes) in [("bin", records.as_slice()), ("txt", strings.as_bytes())] {
            let out = Path::new(&out_dir).join(format!("packed_{i}.{ext}"));
            if let Err(e) = std::fs::write(&out, bytes) {
                panic!("cannot write {}: {e}", out.display());
            }
            paths.push(out.display().to_string());
        }
        let _ = writeln!(
            packed,
            "        {i} => Some((include_bytes!({:?}), include_str!({:?}))),",
            paths[0], paths[1]
        );
    }
    for code in [&mut defs, &mut packed] {
        code.push_str("        _ => None,\n    }\n}\n");
    }
    defs.push_str(&bodies);
    defs.push_str(&packed);
    let out = Path::new(&out_dir).join("embedded_defs.rs");
    if let Err(e) = std::fs::write(&out, defs) {
        panic!("cannot write {}: {e}", out.display());
    }
    let out = Path::new(&out_dir).join("embedded_lexicons.rs");
    if let Err(e) = std::fs::write(&out, code) {
        println!("cargo:warning=cannot write {}: {e}", out.display());
    }
    let out = Path::new(&out_dir).join("embedded_fingerprint.rs");
    if let Err(e) = std::fs::write(&out, format!("{hash:#x}")) {
        panic!("cannot write {}: {e}", out.display());
    }
    adjectives(&dir.join("adjectives.tsv"), Path::new(&out_dir));
}

/// The patterns of `file`, parsed, in the format of `src/lexicon/packed.rs`:
/// the records and the string table.
fn packed_patterns(file: &def::FileDef) -> (Vec<u8>, String) {
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Dutch);
    let stem = |w: &str| stemmer.stem(w).into_owned();
    let mut out = Vec::new();
    let mut strings = packed::write::Strings::default();
    for rule in &file.rules {
        let lists = [
            &rule.patterns,
            &rule.exceptions,
            &rule.requires,
            &rule.unless,
        ];
        packed::write::number(lists.iter().map(|l| l.len()).sum(), &mut out);
        for p in lists.into_iter().flatten() {
            CHECKS.with(|c| *c.borrow_mut() = Default::default());
            match pattern::parse(p.get_ref(), &morphology::Adjectives, &stem) {
                Ok(linears) => {
                    let (words, lemmas) = CHECKS.with(|c| c.take());
                    packed::write::pattern(&words, &lemmas, &linears, &mut strings, &mut out);
                }
                // Parsed at start-up, which reports the error.
                Err(_) => packed::write::unparsed(&mut out),
            }
        }
    }
    (out, strings.text)
}

/// Rust code for a `String` with the text `s`.
fn string(s: &str) -> String {
    format!("String::from({s:?})")
}

/// Rust code for a spanned string.
fn spanned(s: &toml::Spanned<String>) -> String {
    let span = s.span();
    format!(
        "Spanned::new({}..{}, {})",
        span.start,
        span.end,
        string(s.get_ref())
    )
}

/// Rust code for a list, each item written by `item`.
fn list<T>(items: &[T], item: impl Fn(&T) -> String) -> String {
    let items: Vec<String> = items.iter().map(item).collect();
    format!("vec![{}]", items.join(", "))
}

/// Rust code for an optional value.
fn option<T>(value: &Option<T>, item: impl Fn(&T) -> String) -> String {
    value
        .as_ref()
        .map_or("None".into(), |v| format!("Some({})", item(v)))
}

/// Rust code that builds `file`.
fn file_code(file: &def::FileDef) -> String {
    let def::FileDef { category, rules } = file;
    format!(
        "FileDef {{ category: {}, rules: {} }}",
        option(category, spanned),
        list(rules, rule_code)
    )
}

/// Rust code that builds `rule`; it names every field, so a field added to
/// `RuleDef` stops the build here until it is written too.
fn rule_code(rule: &def::RuleDef) -> String {
    let def::RuleDef {
        id,
        category,
        severity,
        message,
        suggestion,
        explanation,
        message_en,
        suggestion_en,
        explanation_en,
        references,
        patterns,
        exceptions,
        requires,
        unless,
        speaker,
        examples,
        counter_examples,
        better,
    } = rule;
    let speaker = match speaker {
        rule::Speaker::Anyone => "crate::rule::Speaker::Anyone",
        rule::Speaker::Advertiser => "crate::rule::Speaker::Advertiser",
        rule::Speaker::Mentioned => "crate::rule::Speaker::Mentioned",
    };
    let reference = |r: &rule::Reference| {
        let rule::Reference { title, url } = r;
        format!(
            "Reference {{ title: {}, url: {} }}",
            string(title),
            string(url)
        )
    };
    let text = |s: &String| string(s);
    format!(
        "RuleDef {{ id: {}, category: {}, severity: {}, message: {}, suggestion: {}, \
         explanation: {}, message_en: {}, suggestion_en: {}, explanation_en: {}, \
         references: {}, patterns: {}, exceptions: {}, requires: {}, unless: {}, \
         speaker: {speaker}, examples: {}, counter_examples: {}, better: {} }}",
        spanned(id),
        option(category, spanned),
        spanned(severity),
        string(message),
        string(suggestion),
        string(explanation),
        option(message_en, text),
        option(suggestion_en, text),
        option(explanation_en, text),
        list(references, reference),
        list(patterns, spanned),
        list(exceptions, spanned),
        list(requires, spanned),
        list(unless, spanned),
        list(examples, spanned),
        list(counter_examples, text),
        list(better, text),
    )
}

/// Writes the adjective table (see `src/adjective_table.rs`) for the
/// `FORM<TAB>LEMMA<TAB>DEGREE` lines of `tsv` into `out_dir`.
fn adjectives(tsv: &Path, out_dir: &Path) {
    println!("cargo:rerun-if-changed={}", tsv.display());
    let data = std::fs::read_to_string(tsv)
        .unwrap_or_else(|e| panic!("cannot read the adjective lexicon {}: {e}", tsv.display()));
    // Per form, the first line with the highest degree.
    let mut best: BTreeMap<&str, (&str, u8)> = BTreeMap::new();
    for (n, line) in data.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = line.split('\t');
        let (Some(form), Some(lemma), Some(tag)) = (fields.next(), fields.next(), fields.next())
        else {
            panic!(
                "{}:{}: expected FORM<TAB>LEMMA<TAB>DEGREE",
                tsv.display(),
                n + 1
            );
        };
        let degree = match tag {
            "pos" => 0,
            "comp" => 1,
            "sup" => 2,
            _ => panic!("{}:{}: unknown degree `{tag}`", tsv.display(), n + 1),
        };
        assert!(
            form.len() < 256 && lemma.len() < 256,
            "{}:{}: word too long",
            tsv.display(),
            n + 1
        );
        best.entry(form)
            .and_modify(|b| {
                if degree > b.1 {
                    *b = (lemma, degree);
                }
            })
            .or_insert((lemma, degree));
    }
    let mut strings = String::new();
    let mut offsets: BTreeMap<&str, u32> = BTreeMap::new();
    for form in best.keys() {
        offsets.insert(form, strings.len() as u32);
        strings.push_str(form);
    }
    for (lemma, _) in best.values() {
        if !offsets.contains_key(lemma) {
            offsets.insert(lemma, strings.len() as u32);
            strings.push_str(lemma);
        }
    }
    let mut entries = Vec::with_capacity(best.len() * adjective_table::ENTRY_SIZE);
    for (form, (lemma, degree)) in &best {
        entries.extend_from_slice(&offsets[form].to_le_bytes());
        entries.extend_from_slice(&offsets[lemma].to_le_bytes());
        entries.extend_from_slice(&[form.len() as u8, lemma.len() as u8, *degree, 0]);
    }
    let slots_len = (best.len() * 2).next_power_of_two();
    let mut slots = vec![0u32; slots_len];
    for (i, form) in best.keys().enumerate() {
        let mut s = adjective_table::hash(form.as_bytes()) as usize & (slots_len - 1);
        while slots[s] != 0 {
            s = (s + 1) & (slots_len - 1);
        }
        slots[s] = i as u32 + 1;
    }
    let slots: Vec<u8> = slots.iter().flat_map(|s| s.to_le_bytes()).collect();
    for (name, bytes) in [
        ("adjectives.strings", strings.as_bytes()),
        ("adjectives.entries", &entries),
        ("adjectives.slots", &slots),
    ] {
        let path = out_dir.join(name);
        if let Err(e) = std::fs::write(&path, bytes) {
            panic!("cannot write {}: {e}", path.display());
        }
    }
}
