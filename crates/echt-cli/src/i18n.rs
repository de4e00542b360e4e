//! The CLI's own words in Dutch and English (rule texts come from the
//! lexicons, which carry both languages).

use echt::{Lang, Severity};

/// Label of a severity.
pub fn severity(lang: Lang, s: Severity) -> &'static str {
    match lang {
        Lang::Nl => s.label_nl(),
        Lang::En => s.id(),
    }
}

/// Fixed words of the human output.
pub struct Words {
    /// Before the suggestion.
    pub tip: &'static str,
    /// Before the regulation.
    pub rule: &'static str,
    /// Context marks.
    pub negated: &'static str,
    /// Context marks.
    pub quoted: &'static str,
    /// Context marks.
    pub substantiated: &'static str,
    /// "file" / "files".
    pub file: (&'static str, &'static str),
    /// "hollow claim" / "hollow claims".
    pub claim: (&'static str, &'static str),
    /// "words".
    pub words: &'static str,
    /// Summary when nothing was found.
    pub none_found: &'static str,
    /// "error"/"errors", "warning"/"warnings", "info".
    pub counts: [(&'static str, &'static str); 3],
    /// `echt config` when no configuration file applies (a TOML comment).
    pub no_config: &'static str,
}

/// The words in `lang`.
pub fn words(lang: Lang) -> Words {
    match lang {
        Lang::Nl => Words {
            tip: "tip",
            rule: "regel",
            negated: "ontkend",
            quoted: "geciteerd",
            substantiated: "onderbouwd",
            file: ("bestand", "bestanden"),
            claim: ("holle claim", "holle claims"),
            words: "woorden",
            none_found: "Geen holle claims gevonden in",
            counts: [
                ("info", "info"),
                ("waarschuwing", "waarschuwingen"),
                ("fout", "fouten"),
            ],
            no_config: "# geen echt.toml gevonden: standaardinstellingen",
        },
        Lang::En => Words {
            tip: "help",
            rule: "rule",
            negated: "negated",
            quoted: "quoted",
            substantiated: "substantiated",
            file: ("file", "files"),
            claim: ("hollow claim", "hollow claims"),
            words: "words",
            none_found: "No hollow claims found in",
            counts: [
                ("info", "info"),
                ("warning", "warnings"),
                ("error", "errors"),
            ],
            no_config: "# no echt.toml found: defaults",
        },
    }
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Io {
    /// It does not exist (any more).
    NotFound,
    /// No permission to read it.
    PermissionDenied,
    /// It is a folder.
    IsADirectory,
    /// Anything else, in the operating system's words.
    Other(String),
}

impl From<&std::io::Error> for Io {
    fn from(e: &std::io::Error) -> Self {
        match e.kind() {
            std::io::ErrorKind::NotFound => Io::NotFound,
            std::io::ErrorKind::PermissionDenied => Io::PermissionDenied,
            std::io::ErrorKind::IsADirectory => Io::IsADirectory,
            _ => Io::Other(e.to_string()),
        }
    }
}

impl Io {
    fn text(&self, lang: Lang) -> String {
        let (nl, en) = match self {
            Io::NotFound => ("bestand niet gevonden", "file not found"),
            Io::PermissionDenied => ("geen leesrechten", "permission denied"),
            Io::IsADirectory => ("dit is een map", "this is a folder"),
            Io::Other(e) => return e.clone(),
        };
        pick(lang, nl, en).to_string()
    }
}

fn pick<T>(lang: Lang, nl: T, en: T) -> T {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// A message of the CLI's own (an error or a warning), kept as data until it
/// is shown: [`Msg::text`] words it in Dutch or English. Details that come
/// from elsewhere (the operating system, the JSON, CSV and TOML parsers) are
/// kept in their own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    /// A command-line path that does not exist.
    NoSuchPath,
    /// A folder without any file of a format that is read.
    NoFilesInFolder,
    /// Walking a folder failed.
    CannotWalk(String),
    /// A file could not be read.
    CannotRead(Io),
    /// A file is not UTF-8; where the first bad byte is.
    InvalidUtf8 {
        /// Byte offset.
        byte: usize,
        /// 1-based line.
        line: usize,
        /// 1-based column (characters).
        column: usize,
    },
    /// A JSON line is not UTF-8 at this byte of the line.
    InvalidUtf8InLine(usize),
    /// A CSV field is not UTF-8 at this byte.
    InvalidUtf8InColumn {
        /// Byte offset in the field.
        byte: usize,
        /// 0-based column.
        column: usize,
    },
    /// A JSON line does not parse.
    InvalidJson(String),
    /// A field (dotted path) is missing from a JSON record.
    MissingField(String),
    /// A field holds something other than a string.
    FieldNotText(String),
    /// The CSV header row does not parse.
    InvalidCsvHeader(String),
    /// A column asked for is not in the CSV header.
    ColumnNotInHeader(String),
    /// A CSV row does not parse.
    InvalidCsv(String),
    /// A CSV row is shorter than the column asked for.
    RowHasNoColumn(usize),
    /// `check` without paths on a terminal.
    NoCheckInput,
    /// `score` or `stats` without paths on a terminal.
    NoCorpusInput,
    /// Writing to stdout failed.
    CannotWriteOutput(String),
    /// The man page could not be rendered.
    CannotMakeManPage(String),
    /// The thread pool could not be started.
    CannotStartThreads(String),
    /// The configuration file at this path has errors (reported above).
    InvalidConfig(String),
    /// The lexicons have errors (reported above).
    LexiconsNotLoaded,
    /// A lexicon error (boxed: it is large and rare).
    Lexicon(Box<echt::LexiconError>),
    /// A suppression directive that suppresses nothing, as written.
    UnusedSuppression(String),
    /// `explain` of a rule that does not exist, with ids that look alike.
    UnknownRuleExplain {
        /// The id asked for.
        id: String,
        /// Existing ids that contain it or that it contains.
        close: Vec<String>,
    },
    /// A `[rules]` key in `echt.toml` that is no rule id.
    UnknownConfigRule(String),
    /// An unknown `fail-on` value.
    UnknownFailOn(String),
    /// A `[rules]` value that is no boolean or severity.
    ExpectedRuleSetting,
    /// An unknown category name.
    UnknownCategory(String),
    /// An unknown severity name.
    UnknownSeverity(String),
    /// A configuration file that is no valid TOML or has an unknown key, in
    /// the TOML parser's words.
    ConfigSyntax(String),
    /// A gold JSON line that does not parse.
    InvalidGoldLine(String),
    /// A gold line in corpus markup that does not parse, in the parser's words.
    InvalidGoldMarkup(String),
    /// A gold span outside the text or off a character boundary.
    SpanDoesNotFit {
        /// Start byte.
        start: usize,
        /// End byte.
        end: usize,
        /// The text's length in bytes.
        len: usize,
    },
    /// `eval` read no gold document at all.
    NoGoldDocuments,
}

/// Where in a file a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct At {
    /// Byte offset.
    pub byte: usize,
    /// 1-based line.
    pub line: usize,
    /// 1-based column (characters).
    pub column: usize,
}

impl Msg {
    /// Where in the file the problem is, when the message knows it.
    pub fn at(&self) -> Option<At> {
        match *self {
            Msg::InvalidUtf8 { byte, line, column } => Some(At { byte, line, column }),
            _ => None,
        }
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let categories = || echt::Category::ALL.map(echt::Category::id).join(", ");
        let (nl, en) = match self {
            Msg::NoSuchPath => (
                "bestand of map bestaat niet".into(),
                "file or folder does not exist".into(),
            ),
            Msg::NoFilesInFolder => (
                "geen bestanden gevonden om te lezen in deze map".into(),
                "no files to read found in this folder".into(),
            ),
            Msg::CannotWalk(e) => (
                format!("kan map niet doorzoeken: {e}"),
                format!("cannot walk the folder: {e}"),
            ),
            Msg::CannotRead(io) => (
                format!("kan niet lezen: {}", io.text(Lang::Nl)),
                format!("cannot read: {}", io.text(Lang::En)),
            ),
            Msg::InvalidUtf8 { byte, line, column } => (
                format!(
                    "ongeldige UTF-8 op byte {byte} (regel {line}, kolom {column}); sla het bestand op als UTF-8"
                ),
                format!(
                    "invalid UTF-8 at byte {byte} (line {line}, column {column}); save the file as UTF-8"
                ),
            ),
            Msg::InvalidUtf8InLine(byte) => (
                format!("ongeldige UTF-8 op byte {byte} van de regel"),
                format!("invalid UTF-8 at byte {byte} of the line"),
            ),
            Msg::InvalidUtf8InColumn { byte, column } => (
                format!("ongeldige UTF-8 op byte {byte} van kolom {column}"),
                format!("invalid UTF-8 at byte {byte} of column {column}"),
            ),
            Msg::InvalidJson(e) => (
                format!("geen geldige JSON: {e}"),
                format!("not valid JSON: {e}"),
            ),
            Msg::MissingField(f) => (
                format!("veld `{f}` ontbreekt"),
                format!("field `{f}` is missing"),
            ),
            Msg::FieldNotText(f) => (
                format!("veld `{f}` is geen tekst"),
                format!("field `{f}` is not text"),
            ),
            Msg::InvalidCsvHeader(e) => (
                format!("geen geldige CSV-kop: {e}"),
                format!("not a valid CSV header: {e}"),
            ),
            Msg::ColumnNotInHeader(c) => (
                format!("kolom `{c}` staat niet in de kop"),
                format!("column `{c}` is not in the header"),
            ),
            Msg::InvalidCsv(e) => (
                format!("ongeldige CSV: {e}"),
                format!("invalid CSV: {e}"),
            ),
            Msg::RowHasNoColumn(i) => (
                format!("rij heeft geen kolom {i}"),
                format!("the row has no column {i}"),
            ),
            Msg::NoCheckInput => (
                "geen invoer: geef een bestand of map, of stuur tekst via standaardinvoer (echt check --help)".into(),
                "no input: give a file or folder, or send text to standard input (echt check --help)".into(),
            ),
            Msg::NoCorpusInput => (
                "geen invoer: geef bestanden of mappen, of stuur tekst via standaardinvoer".into(),
                "no input: give files or folders, or send text to standard input".into(),
            ),
            Msg::CannotWriteOutput(e) => (
                format!("kan uitvoer niet schrijven: {e}"),
                format!("cannot write output: {e}"),
            ),
            Msg::CannotMakeManPage(e) => (
                format!("kan de man-pagina niet maken: {e}"),
                format!("cannot make the man page: {e}"),
            ),
            Msg::CannotStartThreads(e) => (
                format!("kan de threads niet starten: {e}"),
                format!("cannot start the threads: {e}"),
            ),
            Msg::InvalidConfig(path) => (
                format!("ongeldige configuratie in {path}"),
                format!("invalid configuration in {path}"),
            ),
            Msg::LexiconsNotLoaded => (
                "de lexicons konden niet geladen worden".into(),
                "the lexicons could not be loaded".into(),
            ),
            Msg::Lexicon(e) => (
                format!("lexicon: {}", e.to_string_in(Lang::Nl)),
                format!("lexicon: {}", e.to_string_in(Lang::En)),
            ),
            Msg::UnusedSuppression(text) => (
                format!("onderdrukking onderdrukt niets: `{text}`"),
                format!("suppression suppresses nothing: `{text}`"),
            ),
            Msg::UnknownRuleExplain { id, close } if close.is_empty() => (
                format!("onbekende regel `{id}`: zie `echt rules`"),
                format!("unknown rule `{id}`: see `echt rules`"),
            ),
            Msg::UnknownRuleExplain { id, close } => (
                format!("onbekende regel `{id}`: bedoelt u {}?", close.join(", ")),
                format!("unknown rule `{id}`: did you mean {}?", close.join(", ")),
            ),
            Msg::UnknownConfigRule(id) => (
                format!("onbekende regel `{id}` (zie `echt rules`)"),
                format!("unknown rule `{id}` (see `echt rules`)"),
            ),
            Msg::UnknownFailOn(v) => (
                format!("onbekende waarde `{v}` voor fail-on (info, warning, error, never)"),
                format!("unknown value `{v}` for fail-on (info, warning, error, never)"),
            ),
            Msg::ExpectedRuleSetting => (
                "verwacht true, false of een ernst (info, warning, error)".into(),
                "expected true, false or a severity (info, warning, error)".into(),
            ),
            Msg::UnknownCategory(c) => (
                format!("onbekende categorie `{c}` (mogelijk: {})", categories()),
                format!("unknown category `{c}` (expected one of: {})", categories()),
            ),
            Msg::UnknownSeverity(s) => (
                format!("onbekende ernst `{s}` (mogelijk: info, warning, error)"),
                format!("unknown severity `{s}` (expected one of: info, warning, error)"),
            ),
            Msg::ConfigSyntax(e) => (
                format!("ongeldige configuratie: {e}"),
                format!("invalid configuration: {e}"),
            ),
            Msg::InvalidGoldLine(e) => (
                format!("geen geldige goudregel: {e}"),
                format!("not a valid gold line: {e}"),
            ),
            Msg::InvalidGoldMarkup(e) => (
                format!("ongeldige markering: {e}"),
                format!("invalid markup: {e}"),
            ),
            Msg::SpanDoesNotFit { start, end, len } => (
                format!(
                    "span {start}..{end} past niet op de tekst ({len} bytes, of niet op een tekengrens)"
                ),
                format!(
                    "span {start}..{end} does not fit the text ({len} bytes, or not on a character boundary)"
                ),
            ),
            Msg::NoGoldDocuments => (
                "geen gouddocumenten gelezen: niets om te evalueren".into(),
                "no gold documents read: nothing to evaluate".into(),
            ),
        };
        pick(lang, nl, en)
    }
}

/// `echt: fout:` / `echt: error:`, the prefix of every message on stderr.
pub fn error_prefix(lang: Lang) -> &'static str {
    pick(lang, "echt: fout:", "echt: error:")
}

/// The summary's note on files that could not be checked (empty for none),
/// with a leading space.
pub fn unreadable(lang: Lang, n: usize) -> String {
    match (n, lang) {
        (0, _) => String::new(),
        (1, Lang::Nl) => " 1 bestand kon niet gelezen worden.".to_string(),
        (n, Lang::Nl) => format!(" {n} bestanden konden niet gelezen worden."),
        (1, Lang::En) => " 1 file could not be read.".to_string(),
        (n, Lang::En) => format!(" {n} files could not be read."),
    }
}

/// `stats`: how many records could not be read.
pub fn unreadable_records(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => "1 record kon niet gelezen worden (zie de melding hierboven)".into(),
        (Lang::Nl, n) => {
            format!("{n} records konden niet gelezen worden (zie de meldingen hierboven)")
        }
        (Lang::En, 1) => "1 record could not be read (see the message above)".into(),
        (Lang::En, n) => format!("{n} records could not be read (see the messages above)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_a_dutch_and_an_english_text() {
        let lexicon = echt::AnalyzerBuilder::new()
            .lexicon_str("x", "")
            .build()
            .err()
            .map(|e| e.0[0].clone());
        let mut all = vec![
            Msg::NoSuchPath,
            Msg::NoFilesInFolder,
            Msg::CannotWalk("x".into()),
            Msg::CannotRead(Io::NotFound),
            Msg::CannotRead(Io::PermissionDenied),
            Msg::CannotRead(Io::IsADirectory),
            Msg::InvalidUtf8 {
                byte: 1,
                line: 1,
                column: 1,
            },
            Msg::InvalidUtf8InLine(1),
            Msg::InvalidUtf8InColumn { byte: 1, column: 1 },
            Msg::InvalidJson("x".into()),
            Msg::MissingField("x".into()),
            Msg::FieldNotText("x".into()),
            Msg::InvalidCsvHeader("x".into()),
            Msg::ColumnNotInHeader("x".into()),
            Msg::InvalidCsv("x".into()),
            Msg::RowHasNoColumn(1),
            Msg::NoCheckInput,
            Msg::NoCorpusInput,
            Msg::CannotWriteOutput("x".into()),
            Msg::CannotMakeManPage("x".into()),
            Msg::CannotStartThreads("x".into()),
            Msg::InvalidConfig("x".into()),
            Msg::LexiconsNotLoaded,
            Msg::UnusedSuppression("x".into()),
            Msg::UnknownRuleExplain {
                id: "x".into(),
                close: Vec::new(),
            },
            Msg::UnknownRuleExplain {
                id: "x".into(),
                close: vec!["x-y".into()],
            },
            Msg::UnknownConfigRule("x".into()),
            Msg::UnknownFailOn("x".into()),
            Msg::ExpectedRuleSetting,
            Msg::UnknownCategory("x".into()),
            Msg::UnknownSeverity("x".into()),
            Msg::ConfigSyntax("x".into()),
            Msg::InvalidGoldLine("x".into()),
            Msg::InvalidGoldMarkup("x".into()),
            Msg::SpanDoesNotFit {
                start: 1,
                end: 2,
                len: 0,
            },
            Msg::NoGoldDocuments,
        ];
        all.extend(lexicon.map(|e| Msg::Lexicon(Box::new(e))));
        for m in &all {
            let (nl, en) = (m.text(Lang::Nl), m.text(Lang::En));
            assert!(!nl.is_empty() && !en.is_empty(), "{m:?}");
            assert_ne!(nl, en, "{m:?}");
        }
        assert_eq!(Io::Other("os".into()).text(Lang::Nl), "os");
    }
}
