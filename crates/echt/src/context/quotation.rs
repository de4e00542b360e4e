//! Quotation: a claim inside quotation marks („…”, “…”, "…", ‘…’, '…') or
//! introduced as somebody else's words ("de slogan …", "zij noemen zich …")
//! is discussed rather than made. It is still reported, marked `quoted`, so
//! researchers can tell claims made from claims discussed.

use crate::document::Document;
use crate::per_thread::FormFlags;
use crate::tokenize::{QuoteKind, TokenKind};

/// Words that introduce a quoted or reported claim earlier in the sentence.
const REPORTING: &[&str] = &[
    "slogan",
    "slogans",
    "reclameslogan",
    "motto",
    "leus",
    "leuze",
    "kreet",
    "kreten",
    "zogenaamd",
    "zogenaamde",
    "zogeheten",
    "beweert",
    "beweren",
    "beweerde",
    "pretendeert",
    "pretenderen",
    // A promise or advertisement reported: „de makers beloofden de meest
    // realistische game ooit”, „de bank adverteerde met …”.
    "belooft",
    "beloven",
    "beloofde",
    "beloofden",
    "adverteert",
    "adverteren",
    "adverteerde",
    "adverteerden",
    "claimt",
    "claimen",
    "claimde",
    "claimden",
];

/// How many words before a claim a reporting word may stand.
const LOOK_BACK: usize = 25;

/// Marks every token that stands inside quotation marks.
///
/// Opening and closing marks pair up; `"` and `'` open after a space or at
/// the start and close otherwise. The Dutch elisions `'s`, `'t`, `'n` are no
/// quotes. An empty line closes everything still open. A text without a
/// quotation mark gets an empty table: read a missing entry as false.
pub fn inside_quotes(doc: &Document<'_>) -> Vec<bool> {
    let text = doc.text();
    let tokens = doc.tokens();
    // Before the first quotation mark nothing is quoted; a text without
    // one (most) needs no table: a missing entry reads as „not quoted”.
    let Some(first) = tokens
        .iter()
        .position(|t| matches!(t.kind, TokenKind::Quote(_)))
    else {
        return Vec::new();
    };
    let mut inside = vec![false; tokens.len()];
    let mut open: Vec<&str> = Vec::new();
    for (i, t) in tokens.iter().enumerate().skip(first) {
        match t.kind {
            TokenKind::LineBreak { blank: true } => open.clear(),
            TokenKind::Quote(kind) => {
                let mark = t.span.slice(text);
                let next = tokens.get(i + 1);
                let is_elision = matches!(mark, "'" | "’")
                    && next.is_some_and(|n| {
                        n.span.start == t.span.end && matches!(n.span.slice(text), "s" | "t" | "n")
                    });
                if is_elision {
                    inside[i] = !open.is_empty();
                    continue;
                }
                let opens = match kind {
                    QuoteKind::Open => true,
                    QuoteKind::Close => false,
                    QuoteKind::Either => {
                        if open.last() == Some(&mark) {
                            false
                        } else {
                            // Opens when preceded by nothing or white space.
                            t.span.start == 0
                                || text[..t.span.start]
                                    .chars()
                                    .next_back()
                                    .is_some_and(|c| c.is_whitespace() || "([{—–-:".contains(c))
                        }
                    }
                };
                if opens {
                    open.push(mark);
                } else {
                    open.pop();
                }
            }
            _ => inside[i] = !open.is_empty(),
        }
    }
    inside
}

/// True when the claim starting at word `first` is quoted or reported.
pub fn is_quoted(doc: &Document<'_>, quoted_tokens: &[bool], first: usize) -> bool {
    let words = doc.words();
    quoted_tokens
        .get(words[first].token as usize)
        .copied()
        .unwrap_or(false)
        || is_reported(doc, first)
        || after_term(doc, first)
}

/// True when word `i` stands inside quotation marks.
fn is_quoted_word(doc: &Document<'_>, quoted_tokens: &[bool], i: usize) -> bool {
    doc.words()
        .get(i)
        .and_then(|w| quoted_tokens.get(w.token as usize))
        .copied()
        .unwrap_or(false)
}

/// The first word of the quotation that holds word `first`, or `None`
/// when `first` is not quoted.
fn quotation_start(doc: &Document<'_>, quoted_tokens: &[bool], first: usize) -> Option<usize> {
    if !is_quoted_word(doc, quoted_tokens, first) {
        return None;
    }
    let mut open = first;
    while open > 0 && is_quoted_word(doc, quoted_tokens, open - 1) {
        open -= 1;
    }
    Some(open)
}

/// True when the claim starting at word `first` stands in a quotation that
/// answers the question just before it, as in an interview: „Hebt u ooit
/// spijt gehad? „Nooit. …”” The interviewee speaks, not a seller. A
/// question in the company's voice („Wat zeggen onze klanten? „…””) quotes
/// a testimonial instead, and does not count.
pub fn answers_question(doc: &Document<'_>, quoted_tokens: &[bool], first: usize) -> bool {
    let words = doc.words();
    // The first word of the quotation holding the claim.
    let Some(open) = quotation_start(doc, quoted_tokens, first) else {
        return false;
    };
    let Some(before) = open.checked_sub(1) else {
        return false;
    };
    if words[before].sentence == words[open].sentence {
        return false;
    }
    let question = super::sentence_words(doc, before);
    let asks = doc
        .sentences()
        .get(words[before].sentence as usize)
        .is_some_and(|s| s.span.slice(doc.text()).trim_end().ends_with('?'));
    asks && !question
        .into_iter()
        .any(|i| matches!(doc.norm(&words[i]), "wij" | "we" | "ons" | "onze"))
}

/// Verbs of saying in the past tense besides [`super::NARRATOR_SPEECH`]: a
/// narrator attributing a character's words („Zij zei: „…””).
const NARRATING: &[&str] = &[
    "zei",
    "zeiden",
    "vroeg",
    "vroegen",
    "riep",
    "riepen",
    "antwoordde",
    "antwoordden",
    "zuchtte",
    "jubelde",
    "lachte",
    "sprak",
    "dacht",
];

/// On [`NARRATING`] or [`super::NARRATOR_SPEECH`].
fn narrates(w: &str) -> bool {
    NARRATING.contains(&w) || super::NARRATOR_SPEECH.contains(&w)
}

/// Verbs of saying in the present tense, as in an interview („…, zegt de
/// schrijfster”): a person's words only when they speak of themselves.
const QUOTING: &[&str] = &["zegt", "zeggen", "vertelt", "vertellen", "lacht", "vindt"];

/// Who speaks for a business („zei de directeur”, „zegt de woordvoerder”):
/// their quoted words are a claim reported, not a character's.
const BUSINESS_SPEAKERS: &[&str] = &[
    "directeur",
    "directrice",
    "woordvoerder",
    "woordvoerster",
    "topman",
    "topvrouw",
    "ceo",
    "eigenaar",
    "eigenares",
    "oprichter",
    "oprichtster",
    "verkoper",
    "verkoopster",
    "bakker",
    "slager",
    "winkelier",
    "handelaar",
    "fabrikant",
    "bedrijf",
    "firma",
    "bank",
    "merk",
    "makelaar",
    "leverancier",
    "bestuursvoorzitter",
    "marketeer",
    "reclamemaker",
    "verkoopleider",
    "manager",
];

/// True when the claim starting at word `first` stands in direct speech
/// that the text attributes to a person as a story or an interview does:
/// after the quotation a verb of saying in the past tense („‘Het mooiste
/// wat me overkwam,’ fluisterde hij”), or in the present tense when the
/// speaker talks about themselves („‘Voor mij is dat het beste,’ zegt
/// ze”); before it, a past verb of saying and a colon („Hij zei: „…””).
/// A character or an interviewee speaks, not a seller. Words spoken for a
/// business stay a claim reported: a quotation in a company's voice („wij”,
/// „onze”), or one attributed to a director, a spokesperson or a seller
/// („zei de directeur”, „zei Jansen van Prijsbank”). Unquoted, the claim
/// may stand in a character's indirect speech (see [`is_narrated_report`]).
pub fn is_narrated_speech(doc: &Document<'_>, quoted_tokens: &[bool], first: usize) -> bool {
    let words = doc.words();
    let quoted = |i: usize| is_quoted_word(doc, quoted_tokens, i);
    // The first word of the quotation holding the claim.
    let Some(open) = quotation_start(doc, quoted_tokens, first) else {
        return is_narrated_report(doc, first);
    };
    let mut close = first + 1;
    while close < words.len() && quoted(close) {
        close += 1;
    }
    let norm = |i: usize| doc.norm(&words[i]);
    let inside = open..close;
    if inside
        .clone()
        .any(|i| matches!(norm(i), "wij" | "we" | "ons" | "onze"))
    {
        return false;
    }
    let speaks_for_business = |from: usize| {
        (from..(from + 4).min(words.len())).any(|i| {
            BUSINESS_SPEAKERS.contains(&norm(i))
                || (norm(i) == "van"
                    && words
                        .get(i + 1)
                        .is_some_and(|w| w.span.slice(doc.text()).starts_with(char::is_uppercase)))
        })
    };
    // After the quotation: „…,’ zei hij”.
    if close < words.len() && !speaks_for_business(close + 1) {
        let verb = norm(close);
        if narrates(verb) {
            return true;
        }
        if QUOTING.contains(&verb)
            && inside
                .clone()
                .any(|i| matches!(norm(i), "ik" | "mij" | "me" | "mijn" | "m'n"))
        {
            return true;
        }
    }
    // Before it: „Hij zei: „…””, the colon right before the opening mark.
    let Some(before) = open.checked_sub(1) else {
        return false;
    };
    let tokens = doc.tokens();
    let colon = (words[before].token as usize + 1..words[open].token as usize).any(|t| {
        tokens
            .get(t)
            .is_some_and(|t| t.span.slice(doc.text()) == ":")
    });
    colon
        && (before.saturating_sub(3)..=before)
            .any(|i| words[i].sentence == words[before].sentence && narrates(norm(i)))
        && !speaks_for_business(before.saturating_sub(3))
}

/// Past verbs of saying or believing that open a character's indirect
/// speech in a narrative („De generaal beweerde dat …”, „De ezel dacht
/// dat …”).
const NARRATED_REPORTING: &[&str] = &[
    "beweerde",
    "beweerden",
    "pochte",
    "pochten",
    "snoefde",
    "snoefden",
    "zei",
    "zeiden",
    "dacht",
    "dachten",
    "geloofde",
    "geloofden",
    "meende",
    "meenden",
];

/// Who sells besides [`BUSINESS_SPEAKERS`]: a shop or an advertisement
/// reported in indirect speech makes a claim reported, not a story.
const TRADERS: &[&str] = &[
    "winkel",
    "winkels",
    "webwinkel",
    "webshop",
    "reclame",
    "advertentie",
    "adverteerder",
    "aanbieder",
];

/// True when the claim starting at word `first` stands in a character's
/// indirect speech, told in the past tense: a past verb of saying or
/// believing, „dat”, and the reported clause backshifted to „was”/„waren”
/// („De oude magiër beweerde dat zijn spreuken de krachtigste van het rijk
/// waren”). The sequence of tenses marks a narrator retelling what a
/// character once said or believed; no seller speaks. A sentence that names
/// a business or a seller before the claim („een winkel die zei dat hij de
/// goedkoopste was”, „de verkoper beloofde me dat …”) keeps its claim.
fn is_narrated_report(doc: &Document<'_>, first: usize) -> bool {
    let words = doc.words();
    let range = super::sentence_words(doc, first);
    let norm = |i: usize| doc.norm(&words[i]);
    let before = range.start.max(first.saturating_sub(LOOK_BACK))..first;
    let Some(verb) = before
        .clone()
        .rev()
        .find(|&i| NARRATED_REPORTING.contains(&norm(i)))
    else {
        return false;
    };
    if !(verb + 1..first).any(|i| norm(i) == "dat") {
        return false;
    }
    if (range.start..first).any(|i| {
        let w = norm(i);
        BUSINESS_SPEAKERS.contains(&w) || TRADERS.contains(&w)
    }) {
        return false;
    }
    let clause = words[first].clause;
    (first + 1..range.end)
        .take_while(|&i| words[i].clause == clause)
        .any(|i| matches!(norm(i), "was" | "waren"))
}

/// Nouns that cite a word as a term: „de term duurzaam”, „woorden als
/// groen”, „de aanduiding CO2-neutraal”.
const TERMS: &[&str] = &[
    "term",
    "termen",
    "woord",
    "woorden",
    "begrip",
    "begrippen",
    "claim",
    "claims",
    "aanduiding",
    "aanduidingen",
    "predicaat",
    "etiket",
];

/// True when the claim starting at word `first` follows a noun that cites
/// it as a term („de term duurzaam”, „woorden als eerlijk”).
fn after_term(doc: &Document<'_>, first: usize) -> bool {
    let words = doc.words();
    let sentence = words[first].sentence;
    let norm = |i: usize| {
        words
            .get(i)
            .filter(|w| w.sentence == sentence)
            .map_or("", |w| doc.norm(w))
    };
    let cites = |p: usize| {
        TERMS.contains(&norm(p)) || (norm(p) == "als" && p > 0 && TERMS.contains(&norm(p - 1)))
    };
    // „woorden als duurzaam, bewust en verantwoord”: every item of the
    // list is cited, so step back over earlier items (one word each,
    // after „en”/„of” or a comma) to the citing noun.
    let mut item = first;
    for _ in 0..MAX_LISTED {
        let Some(prev) = item.checked_sub(1) else {
            return false;
        };
        // The citing noun and the first cited item share a clause or are
        // joined by a colon („één woord: groen”): in „15.000 woorden,
        // exclusief bijlagen” the comma closes the noun phrase and
        // „exclusief” is a preposition, not a cited term.
        if cites(prev)
            && (words[prev].clause == words[item].clause
                || super::text_between(doc, prev, item).contains(':'))
        {
            return true;
        }
        item = match norm(prev) {
            "en" | "of" => match prev.checked_sub(1) {
                Some(p) => p,
                None => return false,
            },
            "" => return false,
            _ if words[prev].clause != words[item].clause => prev,
            _ => return false,
        };
    }
    false
}

/// How many earlier list items [`after_term`] steps over.
const MAX_LISTED: usize = 6;

/// True when the claim on words `first..=last` is mentioned as a term
/// rather than used: it is the whole of a quotation („groen”, ‘altijd
/// open’), follows a noun that cites it („de term duurzaam”), or stands in
/// reported speech („noemt zich groen”). Rules with `speaker = "mentioned"`
/// fire only there: „groen” is a colour, „„groen”” a claim discussed.
pub fn is_mention(doc: &Document<'_>, first: usize, last: usize) -> bool {
    let words = doc.words();
    let (Some(a), Some(b)) = (words.get(first), words.get(last)) else {
        return false;
    };
    let text = doc.text();
    let opens = text[..a.span.start]
        .chars()
        .next_back()
        .is_some_and(|c| "„“\"‘'‚«".contains(c));
    let closes = text[b.span.end..]
        .chars()
        .next()
        .is_some_and(|c| "”\"’'‘»“".contains(c));
    // In reported speech the word is predicated („beweert dat de reizen
    // groen zijn”, „noemt zich groen, en …”), not an attribute before a
    // noun („beloofde een nieuw onderzoek”).
    let predicated = words
        .get(last + 1)
        .filter(|w| w.clause == b.clause)
        .is_none_or(|w| {
            matches!(
                doc.norm(w),
                "en" | "of" | "is" | "zijn" | "was" | "waren" | "te" | "wordt" | "worden"
            )
        });
    (opens && closes) || after_term(doc, first) || (predicated && is_reported(doc, first))
}

/// True when a reporting word („slogan”, „beweert”, „noemt zich”) stands
/// before the claim starting at word `first` in its sentence.
fn is_reported(doc: &Document<'_>, first: usize) -> bool {
    let words = doc.words();
    // Reporting words stand near the claim; a bounded look-back keeps long
    // sentences with many claims linear.
    let range = super::sentence_words(doc, first);
    let before = range.start.max(first.saturating_sub(LOOK_BACK))..first;
    REPORTING_FLAGS.with_borrow_mut(|memo| {
        let mut previous = 0;
        before.into_iter().any(|i| {
            let f = memo.get(doc, &words[i], |norm, _| reporting_flags(norm));
            let naming = previous & NAMES_F != 0 && f & ZICH_F != 0;
            previous = f;
            naming || f & REPORTING_F != 0
        })
    })
}

thread_local! {
    /// Each form's [`reporting_flags`], by form number.
    static REPORTING_FLAGS: std::cell::RefCell<FormFlags> =
        const { std::cell::RefCell::new(FormFlags::new()) };
}

// What a word is to [`is_reported`].
/// On [`REPORTING`].
const REPORTING_F: u32 = 1;
/// „noemt”, „noemen”, „noemde”, „noemden” (before „zich…”).
const NAMES_F: u32 = 1 << 1;
/// „zich”, „zichzelf”.
const ZICH_F: u32 = 1 << 2;

/// The [`is_reported`] flags of a folded form.
fn reporting_flags(w: &str) -> u32 {
    let is = |cond: bool, flag: u32| if cond { flag } else { 0 };
    is(REPORTING.contains(&w), REPORTING_F)
        | is(
            matches!(w, "noemt" | "noemen" | "noemde" | "noemden"),
            NAMES_F,
        )
        | is(w.starts_with("zich"), ZICH_F)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`is_reported`] as first written, scanning the list for every word:
    /// the reference the flags must agree with.
    fn is_reported_reference(doc: &Document<'_>, first: usize) -> bool {
        let words = doc.words();
        let range = super::super::sentence_words(doc, first);
        let before = range.start.max(first.saturating_sub(LOOK_BACK))..first;
        let mut previous = "";
        before.into_iter().any(|i| {
            let w = doc.norm(&words[i]);
            let naming = matches!(previous, "noemt" | "noemen" | "noemde" | "noemden")
                && w.starts_with("zich");
            previous = w;
            naming || REPORTING.contains(&w)
        })
    }

    #[test]
    fn the_flags_agree_with_the_list_on_the_corpus() {
        crate::testutil::for_each_corpus_sentence(|doc, range, sentence| {
            for first in range {
                assert_eq!(
                    is_reported(doc, first),
                    is_reported_reference(doc, first),
                    "{sentence}"
                );
            }
        });
    }

    fn quoted(text: &str, claim: &str) -> bool {
        crate::testutil::at_word(text, claim, |doc, i| is_quoted(doc, &inside_quotes(doc), i))
    }

    #[test]
    fn all_quote_styles_quote() {
        assert!(quoted(
            "De folder zegt „wij zijn de goedkoopste” en meer niet.",
            "goedkoopste"
        ));
        assert!(quoted("Het bord: “klant centraal”.", "klant"));
        assert!(quoted("Ze riepen \"de beste\" door de zaal.", "beste"));
        assert!(quoted("Het heet ‘groen’ maar is het niet.", "groen"));
        assert!(quoted("Het heet 'groen' maar is het niet.", "groen"));
    }

    #[test]
    fn text_after_the_quote_is_not_quoted() {
        assert!(!quoted(
            "Hij zei „ja”. Wij zijn de goedkoopste.",
            "goedkoopste"
        ));
    }

    #[test]
    fn elisions_are_not_quotes() {
        assert!(!quoted("'s Avonds zijn wij de goedkoopste.", "goedkoopste"));
        assert!(!quoted("Het is zo'n beetje de goedkoopste.", "goedkoopste"));
    }

    #[test]
    fn reporting_words_quote() {
        assert!(quoted("De slogan klant centraal zegt niets.", "klant"));
        assert!(quoted(
            "Zij noemen zich de goedkoopste van het land.",
            "goedkoopste"
        ));
        assert!(!quoted(
            "Wij zijn de goedkoopste van het land.",
            "goedkoopste"
        ));
        assert!(quoted(
            "De makers beloofden de meest realistische game ooit.",
            "meest"
        ));
        assert!(quoted("De term duurzaam zegt niets.", "duurzaam"));
        assert!(quoted("Vage woorden als groen helpen niet.", "groen"));
        assert!(quoted("Het ging om één woord: duurzaam.", "duurzaam"));
        assert!(!quoted(
            "Het verslag telt 9.000 woorden, exclusief de bronnenlijst.",
            "exclusief"
        ));
    }

    fn answer(text: &str, claim: &str) -> bool {
        crate::testutil::at_word(text, claim, |doc, i| {
            answers_question(doc, &inside_quotes(doc), i)
        })
    }

    #[test]
    fn a_quotation_after_a_question_answers_it() {
        assert!(answer(
            "Mist u het veld weleens? „Altijd. Maar mijn knieën willen niet meer.”",
            "Altijd"
        ));
        assert!(answer(
            "Hoe bevalt de nieuwe baan? \"Beter dan verwacht, eerlijk gezegd.\"",
            "Beter"
        ));
        // A testimonial the company asks for, a quote without a question,
        // and a question that is itself quoted answer nothing.
        assert!(!answer(
            "Wat zeggen onze klanten? „De snelste service van het land.”",
            "snelste"
        ));
        assert!(!answer(
            "Het was druk. „Nooit meer wachten”, zei de bakker.",
            "Nooit"
        ));
        assert!(!answer("„Beter? Altijd.”", "Altijd"));
    }

    fn narrated(text: &str, claim: &str) -> bool {
        crate::testutil::at_word(text, claim, |doc, i| {
            is_narrated_speech(doc, &inside_quotes(doc), i)
        })
    }

    #[test]
    fn a_character_speaking_in_a_story_or_an_interview_sells_nothing() {
        assert!(narrated(
            "‘Dit is het mooiste wat me ooit overkwam,’ fluisterde hij.",
            "mooiste"
        ));
        assert!(narrated(
            "'Wie is de mooiste van het land?' vroeg de koningin.",
            "mooiste"
        ));
        assert!(narrated(
            "Zij zei: „Het is de fijnste dag van mijn leven.”",
            "fijnste"
        ));
        assert!(narrated(
            "„Eerlijk zijn is voor mij het belangrijkste,” zegt de schrijfster.",
            "Eerlijk"
        ));
        // Words spoken for a business stay a claim reported.
        assert!(!narrated(
            "„Wij zijn de goedkoopste van het land,” zei ze.",
            "goedkoopste"
        ));
        assert!(!narrated(
            "„De beste koffie van de stad,” zei de eigenaar trots.",
            "beste"
        ));
        assert!(!narrated(
            "„Het snelste netwerk,” zei Jansen van Belnet.",
            "snelste"
        ));
        // An interview quote without the speaker's own „ik”, and a quote no
        // verb of saying attributes.
        assert!(!narrated(
            "„De beste prijs van Nederland,” zegt de woordvoerder.",
            "beste"
        ));
        assert!(!narrated(
            "Op de verpakking staat „de lekkerste van het land”.",
            "lekkerste"
        ));
    }

    #[test]
    fn a_characters_indirect_speech_in_the_past_sells_nothing() {
        // A legend, a fable and a war memoir retell what someone once said
        // or believed, backshifted to „was”/„waren”.
        assert!(narrated(
            "De reus pochte dat zijn knuppel de zwaarste van het hele dal was, en niemand durfde hem tegen te spreken.",
            "zwaarste"
        ));
        assert!(narrated(
            "De kraai dacht dat haar veren mooier waren dan die van de pauw.",
            "mooier"
        ));
        assert!(narrated(
            "Mijn vader zei dat de winter van 1963 de koudste was die hij meemaakte.",
            "koudste"
        ));
        // A shop or a seller reported stays a claim; so does a present
        // tense report and a report without „dat”.
        assert!(!narrated(
            "De winkel beweerde dat zijn matrassen de beste van de stad waren.",
            "beste"
        ));
        assert!(!narrated(
            "De verkoper zei dat deze fiets de lichtste was.",
            "lichtste"
        ));
        assert!(!narrated(
            "De reus pocht dat zijn knuppel de zwaarste van het dal is.",
            "zwaarste"
        ));
        assert!(!narrated("Hij zei: de beste koffie was op.", "beste"));
    }

    fn mention(text: &str, claim: &str) -> bool {
        crate::testutil::at_word(text, claim, |doc, i| is_mention(doc, i, i))
    }

    #[test]
    fn a_whole_quotation_or_a_cited_term_is_a_mention() {
        assert!(mention("Termen als „groen” zeggen weinig.", "groen"));
        assert!(mention("Het etiket zegt ‘puur’.", "puur"));
        assert!(mention("Het bedrijf noemt zich groen.", "groen"));
        assert!(mention("De term circulair is populair.", "circulair"));
        // Every item of a cited list.
        for item in ["duurzaam", "bewust", "verantwoord"] {
            assert!(mention(
                "Woorden als duurzaam, bewust en verantwoord zeggen weinig.",
                item
            ));
        }
        assert!(!mention("Het woord is groen, en de appel is rijp.", "rijp"));
        assert!(!mention("Een groen blaadje op het pak.", "groen"));
        assert!(!mention("„Puur genieten”, zei ze.", "Puur"));
        assert!(!mention(
            "De wethouder beloofde een nieuw onderzoek.",
            "nieuw"
        ));
    }
}
