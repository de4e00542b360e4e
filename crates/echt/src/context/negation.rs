//! Negation: "wij zijn niet de goedkoopste", "geen klimaatneutraal bedrijf",
//! "in plaats van de klant centraal te stellen".
//!
//! A negation cue negates a claim when it stands in the same clause, at most
//! [`REACH`] words before the claim, or — for `niet` — right after it at the
//! end of a predicate ("de goedkoopste zijn we niet"). Its scope is the
//! clause: in "niet de goedkoopste, wel de eerlijkste" the comma ends it.
//! Not negations: `niet alleen … maar ook`, `nooit eerder`, `nooit zo`, and
//! `geen`/`niets`/`nooit` right before a comparative ("geen betere keuze",
//! "was nooit eenvoudiger" claim that nothing is better). After the claim,
//! `niet` negates when only verbs follow it in the clause ("een zorgeloze
//! vakantie kunnen we niet garanderen"). `nergens` and `niemand` are not cues either:
//! "nergens goedkoper" is itself a price claim.
//!
//! A contrast ends the scope: in "geen loze beloften maar de laagste prijs"
//! and "niet de grootste, wel de beste" the claim after `maar`/`wel`/`doch`
//! is made again, and so is a claim after „en”/„of” with a new verb
//! („geen provisie en kiezen objectief”). Degree negators negate like `niet`: "allesbehalve",
//! "allerminst", "geenszins", "verre van", "bepaald niet", before the claim
//! or closing its clause ("marktleider zijn we allesbehalve").
//!
//! A yes/no question about the claim does not assert it either: "Zijn wij
//! de goedkoopste?" and "Is dit de beste keuze?" ask what an ad would
//! otherwise claim (see [`is_questioned`]). Such claims count as negated:
//! the text does not commit to them. A question that merely carries a claim
//! ("Op zoek naar de voordeligste energie?", "Sneller online?") still makes it.

use crate::document::Document;
use crate::morphology::Degree;

/// How many words before a claim a cue may stand.
pub const REACH: usize = 6;

const CUES: &[&str] = &[
    "niet",
    "geen",
    "nooit",
    "allerminst",
    "allesbehalve",
    "geenszins",
    "noch",
];

/// Words that end a negation's scope: what follows is asserted again.
const CONTRAST: &[&str] = &["maar", "doch", "wel", "integendeel"];

/// Cues that close a clause after the claim: "de goedkoopste zijn we niet",
/// "marktleider zijn we allesbehalve".
const CLOSING_CUES: &[&str] = &["niet", "allesbehalve", "allerminst", "geenszins"];

/// True when the claim on words `first..=last` is negated, or asked about
/// in a yes/no question rather than asserted.
pub fn is_negated(doc: &Document<'_>, first: usize, last: usize) -> bool {
    is_negated_in_clause(doc, first, last) || is_questioned(doc, first)
}

fn is_negated_in_clause(doc: &Document<'_>, first: usize, last: usize) -> bool {
    let words = doc.words();
    let clause = words[first].clause;
    let norm = |i: usize| doc.norm(&words[i]);

    // Before the claim, within the clause, up to a contrast word.
    let lowest = first.saturating_sub(REACH);
    for i in (lowest..first).rev() {
        if words[i].clause != clause {
            break;
        }
        let w = norm(i);
        if CONTRAST.contains(&w) {
            break;
        }
        // "geen provisie en kiezen objectief": a coordinated new verb phrase
        // is asserted again.
        if matches!(w, "en" | "of") && i + 2 <= first && starts_verb_phrase(doc, i + 1) {
            break;
        }
        // "verre van de goedkoopste"
        if w == "van" && i >= 1 && norm(i - 1) == "verre" {
            return true;
        }
        if CUES.contains(&w) {
            let next = norm(i + 1);
            // „geen enkele andere bank is goedkoper”: a universal claim
            // over every competitor, not a negation of one.
            let not_a_negation = (w == "niet" && next == "alleen")
                || (w == "geen" && next == "enkele" && i + 2 < first && norm(i + 2) == "andere")
                || (w == "nooit" && matches!(next, "eerder" | "zo" | "meer"))
                || (matches!(w, "geen" | "niets" | "nooit")
                    && words[i + 1]
                        .graded
                        .is_some_and(|g| g.degree == Degree::Comparative));
            if !not_a_negation {
                return true;
            }
        }
        // "in plaats van"
        if w == "van" && i >= 2 && norm(i - 1) == "plaats" && norm(i - 2) == "in" {
            return true;
        }
    }

    // "De goedkoopste zijn we niet", "… kunnen we niet garanderen": `niet`
    // after the claim with at most two verb forms after it in the clause.
    let looks_verbal = |w: &str| w.ends_with("en") || w.starts_with("ge");
    let mut i = last + 1;
    while i < words.len() && i <= last + 5 && words[i].clause == clause {
        if CONTRAST.contains(&norm(i)) {
            break;
        }
        if CLOSING_CUES.contains(&norm(i)) {
            let rest: Vec<usize> = (i + 1..words.len())
                .take_while(|&j| words[j].clause == clause)
                .collect();
            return rest.len() <= 2 && rest.iter().all(|&j| looks_verbal(norm(j)));
        }
        i += 1;
    }
    false
}

/// Finite verbs that open a new verb phrase after „en” or „of”.
const FINITE: &[&str] = &[
    "is",
    "zijn",
    "heeft",
    "hebben",
    "wordt",
    "worden",
    "blijft",
    "blijven",
    "kiest",
    "werkt",
    "biedt",
    "levert",
    "geeft",
    "krijgt",
    "zorgt",
    "staat",
    "gaat",
    "doet",
    "maakt",
    "kan",
    "wil",
    "zal",
    "moet",
    "helpt",
    "denkt",
    "houdt",
    "zet",
    "zetten",
    "adviseert",
    "kijkt",
    "regelt",
];

/// True when word `i` starts a new verb phrase: a finite verb from
/// [`FINITE`], or a plural present in -en that is no adjective and no
/// participle („kiezen”, „werken”, „adviseren”).
fn starts_verb_phrase(doc: &Document<'_>, i: usize) -> bool {
    let word = &doc.words()[i];
    let w = doc.norm(word);
    FINITE.contains(&w)
        || (w.len() > 4
            && w.ends_with("en")
            && !w.starts_with("ge")
            && word.graded.is_none()
            && !NOUNS_IN_EN.contains(&w))
}

/// Frequent nouns in -en that follow „geen … en” in ad copy („geen
/// wachttijden en kosten”): not verbs.
const NOUNS_IN_EN: &[&str] = &[
    "kosten",
    "zorgen",
    "wachttijden",
    "lasten",
    "regels",
    "voorwaarden",
    "problemen",
    "vragen",
    "beloften",
    "verrassingen",
    "toeslagen",
    "boetes",
    "gegevens",
    "risicos",
    "haperingen",
];

/// Finite forms of the copulas that open a yes/no question about a
/// property: "Zijn wij …?", "Is dit …?", "Ben jij …?".
const COPULAS: &[&str] = &[
    "is", "zijn", "ben", "bent", "zijt", "was", "waren", "wordt", "worden", "blijft", "blijven",
];

/// Subjects of such a question: the speaker, the addressee or the offer
/// pointed at.
const SUBJECTS: &[&str] = &[
    "wij", "we", "jij", "je", "u", "jullie", "ge", "gij", "dit", "dat", "het", "deze", "die",
    "zij", "ze", "hij",
];

/// Words that may stand between the subject and the questioned predicate
/// (articles and modal adverbs), so the claim is the predicate itself.
const PREDICATE_LEAD: &[&str] = &[
    "de",
    "het",
    "een",
    "dé",
    "hét",
    "echt",
    "écht",
    "nu",
    "nog",
    "wel",
    "ook",
    "eigenlijk",
    "werkelijk",
    "altijd",
    "dan",
    "zo",
    "zomaar",
    "nou",
    "toch",
    "nog",
    "steeds",
];

/// True when the claim starting at word `first` is the predicate of a yes/no
/// question: the sentence ends in `?`, opens with a copula and a subject
/// ("Zijn wij de goedkoopste?", "Is dit echt de beste keuze?"), and only
/// articles and adverbs stand between the subject and the claim. So does a
/// question with a third-person subject and no advertiser's voice („Is de
/// duurste fiets ook de beste?”), one about a possibility („Kun je …?”) and
/// one that checks a fact („Klopt het dat …?”). A claim
/// further on ("Ben jij klaar voor een baan bij de meest vooruitstrevende
/// praktijk?") is presupposed, not asked, and stays a claim.
pub fn is_questioned(doc: &Document<'_>, first: usize) -> bool {
    let words = doc.words();
    let range = super::sentence_words(doc, first);
    if range.len() < 3 || first < range.start + 2 {
        return false;
    }
    let start = range.start;
    let clause = words[first].clause;
    if words[start].clause != clause || !ends_in_question_mark(doc, words[first].sentence) {
        return false;
    }
    let norm = |i: usize| doc.norm(&words[i]);
    // "Klopt het dat …?", "Kun je …?": a question about a fact or a
    // possibility, asked by someone who does not know.
    if (norm(start) == "klopt" && norm(start + 1) == "het")
        || (MODALS.contains(&norm(start)) && ASKERS.contains(&norm(start + 1)))
    {
        return true;
    }
    // "Is de duurste fiets ook de beste?": a third-person subject, no
    // advertiser speaking of itself or to the reader.
    if COPULAS.contains(&norm(start))
        && matches!(norm(start + 1), "de" | "het" | "een")
        && !range.clone().any(|i| ADDRESSED.contains(&norm(i)))
    {
        return true;
    }
    // "Zijn we als samenleving eigenlijk eerlijk?": „als” and one word may
    // stand in the lead too.
    let mut i = start + 2;
    while i < first {
        if norm(i) == "als" && i + 1 < first {
            i += 2;
        } else if PREDICATE_LEAD.contains(&norm(i)) {
            i += 1;
        } else {
            return false;
        }
    }
    COPULAS.contains(&norm(start)) && SUBJECTS.contains(&norm(start + 1))
}

/// Modal verbs that open a question about a possibility: „Kun je …?”.
const MODALS: &[&str] = &[
    "kun", "kan", "kunt", "mag", "moet", "kunnen", "mogen", "moeten",
];

/// Subjects of such a question: somebody asking for themself or in general.
const ASKERS: &[&str] = &["je", "ik", "we", "jij", "men"];

/// The advertiser speaking of itself or to the reader: a question with
/// them is rhetorical.
const ADDRESSED: &[&str] = &["wij", "we", "ons", "onze", "u", "uw", "je", "jij", "jouw"];

/// Interrogatives that open an open (wh-) question.
const INTERROGATIVES: &[&str] = &[
    "hoe", "waarom", "wanneer", "welke", "welk", "wat", "waar", "hoeveel",
];

/// Words of the advertiser speaking about itself: a question with them
/// („Waarom zijn wij de goedkoopste?”) is rhetorical and keeps its claim.
const SELF: &[&str] = &["wij", "we", "ons", "onze"];

/// True when the claim starting at word `first` stands in an open question
/// („Welke bank heeft de laagste kosten?”, „Waarom is groene stroom soms
/// goedkoper?”, „Hoe weet je of een webwinkel betrouwbaar is?”): the sentence
/// (or the claim's clause, after „Volgende vraag:”) opens with an
/// interrogative in the claim's clause, ends in `?`, and the
/// advertiser does not speak of itself in it. Such a question asks about the
/// property; it does not assert it.
pub fn is_open_question(doc: &Document<'_>, first: usize) -> bool {
    let words = doc.words();
    let range = super::sentence_words(doc, first);
    let start = range.start;
    if first <= start || !ends_in_question_mark(doc, words[first].sentence) {
        return false;
    }
    let norm = |i: usize| doc.norm(&words[i]);
    // „Volgende vraag: welke rivier is langer?”: the question opens the
    // claim's clause after an announcing one.
    let start = if INTERROGATIVES.contains(&norm(start)) || norm(start) == "wie" {
        start
    } else {
        let clause = super::clause_words(doc, first).start;
        // „Zeg nou zelf: waar vind je een eerlijkere prijs?” is an ad's
        // challenge to the reader.
        let announced = clause > start
            && !range.clone().any(|i| ADDRESSED.contains(&norm(i)))
            && super::text_between(doc, clause - 1, clause).contains(':');
        if announced { clause } else { start }
    };
    // „Wie heeft het beste recept?” asks; „Wie levert er groener?” is an
    // ad's challenge: „wie” asks only about a superlative.
    let asks_who = norm(start) == "wie"
        && words[first]
            .graded
            .is_some_and(|g| g.degree == crate::morphology::Degree::Superlative);
    (INTERROGATIVES.contains(&norm(start)) || asks_who)
        && words[start].clause == words[first].clause
        && !range.clone().any(|i| SELF.contains(&norm(i)))
}

/// True when sentence `s` ends in a question mark (closing quotes and
/// brackets aside).
fn ends_in_question_mark(doc: &Document<'_>, s: u32) -> bool {
    doc.sentences().get(s as usize).is_some_and(|sentence| {
        sentence
            .span
            .slice(doc.text())
            .trim_end_matches(|c: char| c.is_whitespace() || "\"'”’»)]".contains(c))
            .ends_with('?')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn negated(text: &str, claim: &str) -> bool {
        crate::testutil::at_word(text, claim, |doc, i| is_negated(doc, i, i))
    }

    #[test]
    fn cues_before_the_claim_negate_it() {
        assert!(negated("Wij zijn niet de goedkoopste.", "goedkoopste"));
        assert!(negated(
            "Wij zijn geen klimaatneutraal bedrijf.",
            "klimaatneutraal"
        ));
        assert!(negated("Wij zijn allesbehalve de grootste.", "grootste"));
        assert!(negated(
            "In plaats van de klant centraal te stellen, vragen wij het.",
            "klant"
        ));
    }

    #[test]
    fn the_clause_is_the_scope() {
        assert!(!negated(
            "Niet de goedkoopste, wel de eerlijkste.",
            "eerlijkste"
        ));
        assert!(negated(
            "Niet de goedkoopste, wel de eerlijkste.",
            "goedkoopste"
        ));
    }

    #[test]
    fn predicative_niet_after_the_claim() {
        assert!(negated("De goedkoopste zijn we niet.", "goedkoopste"));
        assert!(!negated(
            "De goedkoopste zijn we niet alleen in Gent.",
            "goedkoopste"
        ));
    }

    #[test]
    fn niet_before_final_verbs_negates() {
        assert!(negated(
            "Een zorgeloze vakantie kunnen we niet garanderen.",
            "zorgeloze"
        ));
        assert!(!negated(
            "De goedkoopste zijn we niet alleen in Gent.",
            "goedkoopste"
        ));
    }

    #[test]
    fn no_other_competitor_is_a_claim() {
        assert!(!negated(
            "Geen enkele andere winkel verkoopt goedkopere fietsen.",
            "goedkopere"
        ));
        assert!(negated(
            "Geen enkele winkel verkoopt goedkopere fietsen.",
            "goedkopere"
        ));
    }

    #[test]
    fn nooit_before_a_comparative_is_a_claim() {
        assert!(!negated("Tuinieren was nooit eenvoudiger.", "eenvoudiger"));
    }

    #[test]
    fn a_contrast_ends_the_scope() {
        assert!(!negated(
            "Wij beloven geen gouden bergen maar de laagste prijs.",
            "laagste"
        ));
        assert!(!negated("Niet de grootste maar de beste.", "beste"));
        assert!(negated("Niet de grootste maar de beste.", "grootste"));
        assert!(!negated(
            "Geen poespas wel de scherpste tarieven.",
            "scherpste"
        ));
        assert!(!negated(
            "De goedkoopste zijn we, maar niet de duurste.",
            "goedkoopste"
        ));
    }

    #[test]
    fn a_new_verb_after_en_ends_the_scope() {
        assert!(!negated(
            "Zij ontvangen geen provisie en kiezen objectief de polis.",
            "objectief"
        ));
        assert!(!negated(
            "Wij rekenen geen kosten en werken altijd snel.",
            "altijd"
        ));
        // Nouns and adjectives after „en” stay in the scope.
        assert!(negated(
            "Geen wachttijden en kosten of zorgeloze beloften.",
            "zorgeloze"
        ));
    }

    #[test]
    fn degree_negators_negate() {
        assert!(negated("Dat is allerminst duurzaam.", "duurzaam"));
        assert!(negated("Wij zijn verre van de goedkoopste.", "goedkoopste"));
        assert!(negated("Dat is bepaald niet de beste keuze.", "beste"));
        assert!(negated(
            "Marktleider zijn we allesbehalve, maar we nemen op.",
            "Marktleider"
        ));
        assert!(negated("Duurzaam is het geenszins.", "Duurzaam"));
    }

    #[test]
    fn a_yes_no_question_about_the_claim_asserts_nothing() {
        assert!(negated(
            "Zijn wij de goedkoopste? Dat weten we niet.",
            "goedkoopste"
        ));
        assert!(negated("Is dit echt de beste keuze?", "beste"));
        assert!(negated("Ben jij de snelste?", "snelste"));
        // A question that carries the claim still makes it.
        assert!(!negated(
            "Op zoek naar de voordeligste energie?",
            "voordeligste"
        ));
        assert!(!negated(
            "Ben jij klaar voor een baan bij de meest vooruitstrevende praktijk?",
            "vooruitstrevende"
        ));
        // Not a question: a statement with inversion.
        assert!(!negated("Is dit de beste keuze, dan kiest u hem.", "beste"));
        assert!(!negated("Wij zijn de goedkoopste.", "goedkoopste"));
        // A third-person subject, a possibility, a fact checked.
        assert!(negated("Is de duurste fiets ook de beste?", "beste"));
        assert!(negated("Is de duurste fiets ook de beste?", "duurste"));
        assert!(!negated("Is de duurste fiets bij u de beste?", "beste"));
        assert!(negated(
            "Kun je een onafhankelijk adviseur vragen?",
            "onafhankelijk"
        ));
        assert!(negated(
            "Klopt het dat de nieuwe app meer batterij vreet?",
            "meer"
        ));
        assert!(negated(
            "Zijn we als samenleving eigenlijk eerlijk?",
            "eerlijk"
        ));
    }

    #[test]
    fn an_open_question_asks_about_the_property() {
        let open =
            |text: &str, claim: &str| crate::testutil::at_word(text, claim, is_open_question);
        assert!(open("Welke bank heeft de laagste kosten?", "laagste"));
        assert!(open(
            "Volgende vraag: welke berg is hoger, de Mont Blanc of de Eiger?",
            "hoger"
        ));
        assert!(open(
            "Hoe weet je of een webwinkel betrouwbaar is?",
            "betrouwbaar"
        ));
        // „Wie” asks about a superlative; with a comparative it challenges.
        assert!(open("Wie heeft het beste recept voor appeltaart?", "beste"));
        assert!(!open("Wie levert er groener?", "groener"));
        // The advertiser asking about itself is rhetorical.
        assert!(!open("Waarom zijn wij de goedkoopste?", "goedkoopste"));
        // A statement, or a claim outside the question's clause.
        assert!(!open(
            "Welke bank de laagste kosten heeft, zie je hier.",
            "laagste"
        ));
        assert!(!open(
            "Zeg nou zelf, waar vind je een eerlijkere prijs?",
            "eerlijkere"
        ));
    }

    #[test]
    fn some_cues_are_no_negation() {
        assert!(!negated(
            "Niet alleen de goedkoopste maar ook de snelste.",
            "goedkoopste"
        ));
        assert!(!negated(
            "Nooit eerder was bellen zo voordelig.",
            "voordelig"
        ));
        assert!(!negated("Er is geen betere keuze.", "betere"));
        assert!(!negated("Nergens goedkoper dan hier.", "goedkoper"));
    }
}
