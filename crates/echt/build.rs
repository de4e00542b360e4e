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
    let mut bodies = String::new();
    for (i, f) in files.iter().enumerate() {
        // A file that does not read is parsed at run time, which reports
        // the error with its file and line: the build does not fail on it.
        let content = std::fs::read_to_string(f).unwrap_or_default();
        if let Ok(file) = toml::from_str::<def::FileDef>(&content) {
            let _ = writeln!(defs, "        {i} => Some(file_{i}()),");
            let _ = writeln!(
                bodies,
                "fn file_{i}() -> FileDef {{\n    {}\n}}",
                file_code(&file)
            );
        }
    }
    defs.push_str("        _ => None,\n    }\n}\n");
    defs.push_str(&bodies);
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
