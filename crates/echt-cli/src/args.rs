//! Command-line arguments (clap derive). Parsing only: no I/O here.

use clap::{Args, Parser, Subcommand, ValueEnum};
use echt::Severity;
use std::path::PathBuf;

/// echt vindt holle marketingclaims in Nederlandse tekst en legt uit hoe het
/// concreter kan.
#[derive(Debug, Parser)]
#[command(name = "echt", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// Taal van meldingen en uitleg: nl (standaard) of en.
    #[arg(long, global = true, value_enum, default_value_t = Lang::Nl)]
    pub lang: Lang,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Language of user-facing texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    /// Nederlands.
    Nl,
    /// English.
    En,
}

impl From<Lang> for echt::Lang {
    fn from(l: Lang) -> Self {
        match l {
            Lang::Nl => echt::Lang::Nl,
            Lang::En => echt::Lang::En,
        }
    }
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Controleer teksten op holle claims (bestanden, mappen of standaardinvoer).
    Check(CheckArgs),
    /// Meet precisie, recall en F1 tegen een geannoteerde goudstandaard
    /// (JSON Lines: {"text", "spans": [{"start", "end", "category"}]}, of de
    /// inline-opmaak van corpus/).
    Eval(EvalArgs),
    /// Scoor een corpus per document (tekstbestanden, JSON Lines, CSV): aantallen
    /// en frequenties per categorie en een holheidsscore, als JSONL of CSV.
    Score(ScoreArgs),
    /// Totalen van een corpus: per categorie, de vaakst gevonden regels en claims.
    Stats(StatsArgs),
    /// Alle regels: id, categorie, ernst en korte melding.
    Rules(RulesArgs),
    /// De geldende configuratie (echt.toml) voor een pad.
    Config {
        /// Bestand of map (standaard: de huidige map).
        #[arg(value_name = "PAD")]
        path: Option<PathBuf>,
    },
    /// De volledige uitleg van een regel: waarom de claim hol is, de regelgeving,
    /// een slecht en een goed voorbeeld, en hoe het beter kan.
    Explain(ExplainArgs),
    /// Shell-aanvulling (bash, zsh, fish, elvish, powershell) naar standaarduitvoer.
    Completions {
        /// De shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// De man-pagina (roff) naar standaarduitvoer.
    Man,
}

/// Arguments of `echt rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Alleen regels van deze categorie.
    #[arg(long, value_name = "CATEGORIE")]
    pub category: Option<String>,

    /// Alleen regels met deze ernst.
    #[arg(long, value_enum, value_name = "ERNST")]
    pub severity: Option<SeverityArg>,

    /// Uitvoerformaat.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Extra lexiconbestand of -map (.toml), zoals bij `check`.
    #[arg(long = "lexicon", value_name = "PAD")]
    pub lexicons: Vec<PathBuf>,
}

/// A severity on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SeverityArg {
    /// info
    Info,
    /// warning
    Warning,
    /// error
    Error,
}

impl From<SeverityArg> for Severity {
    fn from(s: SeverityArg) -> Self {
        match s {
            SeverityArg::Info => Severity::Info,
            SeverityArg::Warning => Severity::Warning,
            SeverityArg::Error => Severity::Error,
        }
    }
}

/// Arguments of `echt explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// Het id van de regel (zie `echt rules`).
    #[arg(value_name = "REGEL", required_unless_present = "all")]
    pub rule: Option<String>,

    /// Alle regels (met `--format markdown` is dat docs/rules.md).
    #[arg(long, conflicts_with = "rule")]
    pub all: bool,

    /// Uitvoerformaat.
    #[arg(long, value_enum, default_value_t = ExplainFormat::Human)]
    pub format: ExplainFormat,

    /// Extra lexiconbestand of -map (.toml), zoals bij `check`.
    #[arg(long = "lexicon", value_name = "PAD")]
    pub lexicons: Vec<PathBuf>,
}

/// Output formats of `explain`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExplainFormat {
    /// Leesbare tekst.
    Human,
    /// JSON.
    Json,
    /// Markdown (de bron van docs/rules.md).
    Markdown,
}

/// Input options shared by `score` and `stats`.
#[derive(Debug, Args)]
pub struct CorpusArgs {
    /// Bestanden of mappen (recursief: .txt .md .html .jsonl .ndjson .csv .tsv);
    /// `-` of geen pad leest standaardinvoer.
    #[arg(value_name = "PAD")]
    pub paths: Vec<PathBuf>,

    /// Invoerformaat; `auto` kiest op extensie (standaardinvoer: tekst).
    #[arg(long, value_enum, default_value_t = crate::records::InputFormat::Auto)]
    pub input_format: crate::records::InputFormat,

    /// JSON Lines: pad naar de tekst, met punten voor geneste velden (`meta.body`).
    #[arg(long, default_value = "text", value_name = "VELD")]
    pub text_field: String,

    /// JSON Lines: pad naar het document-id (standaard: bestand:regel).
    #[arg(long, value_name = "VELD")]
    pub id_field: Option<String>,

    /// CSV: kolom met de tekst (naam uit de kop, of nummer vanaf 0).
    #[arg(long, default_value = "text", value_name = "KOLOM")]
    pub text_column: String,

    /// CSV: kolom met het document-id (standaard: bestand:regel).
    #[arg(long, value_name = "KOLOM")]
    pub id_column: Option<String>,

    /// Extra lexiconbestand of -map (.toml), zoals bij `check`.
    #[arg(long = "lexicon", value_name = "PAD")]
    pub lexicons: Vec<PathBuf>,

    /// Aantal threads (standaard: alle kernen). De uitvoer is voor elk aantal gelijk.
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,

    /// Geen voortgangsbalk.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Arguments of `echt score`.
#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// Input.
    #[command(flatten)]
    pub corpus: CorpusArgs,

    /// Uitvoerformaat: één JSON-regel per document (eerste regel: metadata), of
    /// CSV met een rij per document zoals LIWC.
    #[arg(long, value_enum, default_value_t = ScoreFormat::Jsonl)]
    pub format: ScoreFormat,

    /// Neem de bevindingen per document op (JSONL; in het schema van `check`).
    #[arg(long)]
    pub findings: bool,
}

/// Output formats of `score`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScoreFormat {
    /// JSON Lines.
    Jsonl,
    /// CSV.
    Csv,
}

/// Arguments of `echt stats`.
#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Input.
    #[command(flatten)]
    pub corpus: CorpusArgs,

    /// Uitvoerformaat.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Hoeveel regels en claims in de toplijsten.
    #[arg(long, default_value_t = 20, value_name = "N")]
    pub top: usize,
}

/// Arguments of `echt eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Goudstandaardbestanden: .jsonl, of .txt met `[claim]{categorie}`-opmaak.
    #[arg(value_name = "GOUD", required = true)]
    pub gold: Vec<PathBuf>,

    /// Uitvoerformaat.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Tel alleen deze categorieën (komma's ertussen); standaard alle.
    #[arg(long, value_delimiter = ',', value_name = "CATEGORIE")]
    pub categories: Vec<String>,

    /// Extra lexiconbestand of -map (.toml), zoals bij `check`.
    #[arg(long = "lexicon", value_name = "PAD")]
    pub lexicons: Vec<PathBuf>,

    /// Toon niet elke gemiste en onterechte span.
    #[arg(long)]
    pub summary: bool,
}

/// Arguments of `echt check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Bestanden of mappen (mappen worden recursief doorzocht naar .txt, .md
    /// en .html); `-` of geen pad leest standaardinvoer.
    #[arg(value_name = "PAD")]
    pub paths: Vec<PathBuf>,

    /// Uitvoerformaat: human, json, sarif (SARIF 2.1.0) of github (GitHub
    /// Actions-annotaties).
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,

    /// Sluit af met code 1 als er een bevinding van deze ernst of hoger is
    /// (standaard: `fail-on` uit echt.toml, anders warning).
    #[arg(long, value_enum, value_name = "ERNST")]
    pub fail_on: Option<FailOn>,

    /// Invoerformaat: auto kiest op extensie (.md → markdown, .html → html,
    /// anders tekst); markdown en html negeren opmaak, code en URL's.
    #[arg(long, value_enum, default_value_t = MarkupArg::Auto)]
    pub input_format: MarkupArg,

    /// Meld onderdrukkingen (`echt-disable…`) die niets onderdrukken.
    #[arg(long)]
    pub report_unused_suppressions: bool,

    /// Gebruik geen echt.toml.
    #[arg(long)]
    pub no_config: bool,

    /// Extra lexiconbestand of -map (.toml); een bestand met dezelfde naam als
    /// een standaardlexicon vervangt dat. Mag vaker.
    #[arg(long = "lexicon", value_name = "PAD")]
    pub lexicons: Vec<PathBuf>,

    /// Toon ook ontkende claims („wij zijn niet de goedkoopste”), gemarkeerd
    /// als `negated`.
    #[arg(long)]
    pub include_negated: bool,

    /// Kleur in de uitvoer: auto (alleen op een terminal, niet met NO_COLOR),
    /// always of never.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
}

/// Output formats of `eval`, `stats` and `rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Leesbaar.
    Human,
    /// JSON.
    Json,
}

/// How `check` reads a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MarkupArg {
    /// Op extensie.
    Auto,
    /// Platte tekst.
    Text,
    /// Markdown.
    Markdown,
    /// HTML.
    Html,
}

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Leesbaar, zoals rustc en clippy.
    Human,
    /// Eén JSON-document (zie README).
    Json,
    /// SARIF 2.1.0, voor code-scanning en editors.
    Sarif,
    /// GitHub Actions-workflowcommando's: bevindingen inline in pull requests.
    Github,
}

/// Threshold for exit code 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Elke bevinding.
    Info,
    /// Waarschuwingen en fouten.
    Warning,
    /// Alleen fouten.
    Error,
    /// Nooit: altijd code 0 als alles gelezen kon worden.
    Never,
}

impl FailOn {
    /// The lowest severity that fails the run, if any.
    pub fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Info => Some(Severity::Info),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Error => Some(Severity::Error),
            FailOn::Never => None,
        }
    }
}

/// Colour choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// Kleur op een terminal, tenzij NO_COLOR gezet is.
    Auto,
    /// Altijd kleur.
    Always,
    /// Nooit kleur.
    Never,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn fail_on_defaults_to_warning() {
        let cli = Cli::parse_from(["echt", "check", "a.txt"]);
        let Command::Check(args) = cli.command else {
            panic!("parsed as another subcommand");
        };
        assert_eq!(args.fail_on, None);
        assert_eq!(args.format, CheckFormat::Human);
    }
}
