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
        },
    }
}
