//! Voice: who speaks in a sentence — the advertiser, or someone reporting.
//!
//! Many claim words are claims only in the advertiser's own voice. „De
//! grootste bank van het land” is a claim in the bank's ad and a fact in a
//! news report; „de beste pizza” is a claim on a menu and an opinion in a
//! review. One signal per sentence tells them apart:
//!
//! * the **advertiser's voice** addresses the reader or speaks as a company:
//!   first person plural and second person (wij, ons, onze, u, uw, je, jouw,
//!   jullie, ge; „je” not beside a consumer's „ik”), a call to action opening the sentence (Kies, Bestel,
//!   Ontdek …), an exclamation mark;
//! * a **reporting voice** tells about others or about the past: a consumer's
//!   first person singular (ik, mij), a reporting or news verb (meldt, aldus,
//!   zei, schrapt, eist …), a public actor of the news (de gemeente, de
//!   rechter, de minister …), a time in the past (gisteren, vorige week), a
//!   finite verb in the past tense (was, werden, stegen, adverteerde …) in a
//!   main clause — not in a relative or subordinate clause, where an ad uses
//!   it too („het beste toestel dat ooit op de markt kwam”), nor in the
//!   never-before formula („nog nooit was verzekeren zo makkelijk”);
//! * a sentence with neither is **unmarked**: headlines and slogans
//!   („Topkwaliteit voor een eerlijke prijs.”) usually have no pronoun at
//!   all, so an unmarked sentence keeps its claims.
//!
//! When both voices are present the advertiser's wins: „Wij waren de eerste
//! en zijn nog steeds de goedkoopste” is an ad. Pronouns alone do not win
//! over a story, though: a main-clause past tense without a present-tense
//! verb („op de markt kochten we de lekkerste olijven”) narrates, whoever
//! „we” are; a call to action or an exclamation mark still wins. Rules opt in with
//! `speaker = "advertiser"` in their lexicon: they stay silent in a sentence
//! that speaks only in a reporting voice.

use crate::document::Document;
use crate::morphology::Degree;
use crate::per_thread::FormFlags;
use crate::tokenize::{QuoteKind, TokenKind};

/// Who speaks in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// The advertiser addresses the reader or speaks as a company.
    Advertiser,
    /// Someone reports: a consumer, a journalist, a narrator in the past.
    Reporting,
    /// Neither: a headline, a slogan, a plain statement.
    Unmarked,
}

/// Pronouns of the advertiser's voice: the company (wij) speaking to the
/// reader (u, je, ge).
pub(super) const ADDRESS: &[&str] = &[
    "wij", "we", "ons", "onze", "onszelf", "u", "uw", "uzelf", "je", "jij", "jou", "jouw",
    "jezelf", "jullie", "ge", "gij", "uwe",
];

/// The informal second person: the advertiser's „je”, but also the generic
/// „je” of a consumer telling a story („ik ben al twintig jaar klant en je
/// staat steeds langer in de wacht”). With a consumer's „ik” and without
/// the company's „wij” or the formal „u”, it does not make the sentence the
/// advertiser's.
const INFORMAL: &[&str] = &["je", "jij", "jou", "jouw", "jezelf", "jullie"];

/// Calls to action that open an ad sentence in the imperative.
const CALLS: &[&str] = &[
    "kies",
    "bestel",
    "ontdek",
    "probeer",
    "koop",
    "profiteer",
    "bespaar",
    "boek",
    "bel",
    "bezoek",
    "geniet",
    "ervaar",
    "shop",
    "reserveer",
    "vergelijk",
    "sluit",
    "check",
    "scoor",
    "stap",
    "regel",
    "vraag",
    "word",
    "kom",
    "maak",
    "neem",
    "swipe",
    "claim",
    "pak",
    "haal",
    "start",
    "switch",
    "volg",
    "download",
    "ontvang",
    "win",
    "proef",
    "beleef",
    "test",
    "vind",
    "ga",
    "zie",
    "kijk",
    "lees",
    "meld",
    "schrijf",
    "doe",
    "geef",
    "gun",
    "trakteer",
    "verras",
    "upgrade",
    "vernieuw",
    "investeer",
    "beleg",
    "spaar",
    "leen",
    "huur",
    "rijd",
    "slaap",
    "eet",
    "drink",
    "reis",
    "vlieg",
    "werk",
    "solliciteer",
    "woon",
    "bouw",
];

/// A consumer or narrator speaking for themself, or chatting („Haha, dit
/// is echt het beste filmpje ooit”, „Omg dit is de beste dag ooit”, „Ja
/// joh, …”).
const FIRST_SINGULAR: &[&str] = &[
    "ik", "mij", "me", "mijn", "haha", "hahaha", "hihi", "lol", "pff", "pfff", "jeetje", "tja",
    "bro", "omg", "wtf", "lmao", "xd", "joh", "jemig", "gossie", "tsja",
];

/// Verbs and markers of reported speech, and verbs of the news ("de bank
/// schrapt 800 banen", "de bond eist", "het bedrijf fuseert"); and the
/// hedges of a general rule („meestal”, „doorgaans”): a manual or a
/// textbook states what usually holds, a seller does not hedge.
const REPORTING: &[&str] = &[
    "meestal",
    "doorgaans",
    "gewoonlijk",
    "normaliter",
    "aldus",
    "meldt",
    "meldde",
    "meldden",
    "zegt",
    "zei",
    "zeiden",
    "schrijft",
    "schreef",
    "schreven",
    "verklaart",
    "verklaarde",
    "verklaarden",
    "bericht",
    "berichtte",
    "berichtten",
    "concludeert",
    "concludeerde",
    "oordeelt",
    "oordeelde",
    "oordeelden",
    "onderzoekt",
    "waarschuwt",
    "rapporteert",
    "constateert",
    "vertelt",
    "vertelde",
    "vertelden",
    "stelde",
    "stelden",
    "schrapt",
    "schrappen",
    "ontslaat",
    "dreigt",
    "dreigen",
    "overweegt",
    "overwegen",
    "fuseert",
    "fuseren",
    "eist",
    "eisen",
    "kondigt",
    "kondigde",
    "grapte",
    "lachte",
    "zuchtte",
    "antwoordde",
    "benadrukte",
    "erkende",
    "reageerde",
    "kampt",
    "kampen",
    "beschrijft",
    "beschreef",
    "beschreven",
    "beschrijven",
    // An argument reported: „betoogt de filosoof”, „pleitte de raad voor …”.
    "betoogt",
    "betoogde",
    "betoogden",
    "pleit",
    "pleitte",
    "pleitten",
    // A result measured against a record is a fact of sport or science:
    // „het snelste rondje ooit, twee tienden onder het oude record”.
    "record",
    "records",
    "wereldrecord",
    "baanrecord",
    "parcoursrecord",
    "clubrecord",
];

/// Words before "was" that make it the noun (the laundry).
const LAUNDRY: &[&str] = &[
    "de",
    "een",
    "bonte",
    "witte",
    "fijne",
    "donkere",
    "natte",
    "vuile",
    "schone",
    "hele",
    "gekleurde",
];

/// Present-tense finite verbs that keep a sentence with a past tense in
/// the present ("wij waren de eerste en zijn nog steeds de goedkoopste").
const PRESENT: &[&str] = &[
    "is", "zijn", "ben", "bent", "zijt", "heeft", "hebben", "heb", "wordt", "worden", "word",
    "kan", "kunnen", "kun", "kunt", "moet", "moeten", "zal", "zullen", "wil", "wilt", "willen",
    "mag", "mogen", "blijft", "blijven", "biedt", "bieden", "krijgt", "krijg", "krijgen", "staat",
    "staan", "gaat", "gaan", "doet", "doen", "maakt", "maken", "levert", "leveren",
];

/// Adverbs of past time.
const PAST_TIMES: &[&str] = &[
    "gisteren",
    "gister",
    "eergisteren",
    "destijds",
    "vroeger",
    "gisteravond",
];

/// Periods after "vorige", "vorig", "afgelopen".
const PERIODS: &[&str] = &[
    "week",
    "maand",
    "jaar",
    "weekend",
    "eeuw",
    "seizoen",
    "zomer",
    "winter",
    "keer",
    "decennium",
    "kwartaal",
    "nacht",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

/// Words that open a relative or subordinate clause.
const SUBORDINATORS: &[&str] = &[
    "die", "dat", "wat", "waar", "waarin", "waarmee", "waarop", "toen", "omdat", "nadat", "sinds",
    "zodat", "als", "wanneer",
];

/// Public actors whose doings the news reports: a sentence about them is a
/// report, not an offer ("de ACM onderzoekt of de drie grootste
/// supermarktketens …").
const INSTITUTIONS: &[&str] = &[
    "kabinet",
    "minister",
    "ministerie",
    "staatssecretaris",
    "gemeente",
    "gemeenteraad",
    "wethouder",
    "burgemeester",
    "rechter",
    "rechtbank",
    "politie",
    "regering",
    "parlement",
    "kamerleden",
    "commissie",
    "toezichthouder",
    "rekenkamer",
    "ombudsman",
    "acm",
    "cbs",
    "kadaster",
    "rivm",
    "knmi",
    "onderzoekers",
    "wetenschappers",
    "economen",
    "analisten",
    "vakbond",
    "vakbonden",
    "marktonderzoeker",
    "marktonderzoekers",
    "woordvoerder",
    "woordvoerders",
    "woordvoerster",
    "deskundigen",
    "ingewijden",
    "kenners",
    "onderzoeksbureau",
];

/// Quantifiers before a group of people whose opinion or habit a sentence
/// reports („veel reizigers”, „de meeste mensen”), and „volgens” before
/// such a group („volgens kenners”): a crowd speaks, not the seller.
const CROWD_QUANTIFIERS: &[&str] = &[
    "veel", "vele", "sommige", "meeste", "weinig", "talloze", "menig", "volgens",
];

/// Groups of people who judge as the public does: readers, travellers,
/// critics. Customers and users are not among them: „volgens klanten de
/// beste” is an advertiser's claim.
const CROWD: &[&str] = &[
    "mensen",
    "nederlanders",
    "belgen",
    "vlamingen",
    "reizigers",
    "lezers",
    "kijkers",
    "luisteraars",
    "bezoekers",
    "ouders",
    "studenten",
    "inwoners",
    "critici",
    "recensenten",
    "fans",
    "liefhebbers",
    "kenners",
    "wandelaars",
    "fietsers",
    "toeristen",
    "deskundigen",
    "experts",
    // A person's own opinion: „zij vindt dit volgens haar het mooiste
    // liedje”, „volgens hem de zwaarste rit”.
    "haar",
    "hem",
    "recensent",
    "criticus",
];

/// The third person of a story or a report („Daar hebben ze de verste
/// eieren”, „Sinds de nieuwe trainer spelen ze sneller”): the sentence
/// tells about others; an advertiser speaks as „wij” to „u” or „je”.
const THIRD_PERSON: &[&str] = &["ze", "zij", "velen"];

/// Words of a grammar or etymology lesson („‘meest beste’ is dubbelop”,
/// „bij lange bijvoeglijke naamwoorden”, „komt van het Middelnederlandse
/// …”): a sentence with them cites words as words ([`teaches_language`]).
const LESSON: &[&str] = &[
    "dubbelop",
    "naamwoord",
    "naamwoorden",
    "bijvoeglijk",
    "bijvoeglijke",
    "etymologie",
    "etymologisch",
    "etymologische",
    "middelnederlands",
    "middelnederlandse",
    "taalfout",
    "taalfouten",
    "spelfout",
    "spelfouten",
    "woordsoort",
    "woordsoorten",
    "lettergreep",
    "lettergrepen",
    "onregelmatig",
    "onregelmatige",
    "latijn",
    "latijnse",
    "hoofdletter",
    "hoofdletters",
    "koppelteken",
    "trema",
    // The degrees of comparison: „de vergrotende trap van goed is beter”.
    "vergrotende",
    "overtreffende",
    "vergelijkingstrap",
    "vergelijkingstrappen",
];

/// Verbs of advice („Wij raden aan altijd de nieuwste versie te
/// installeren”, „We raden de Kalm 2 aan als beste koop”): a tester, a
/// manual or a helpdesk advises; a seller calls to buy. And the verdict
/// of a past experience („wij vonden het eerlijke kost”, „van alle
/// eilanden vonden wij Terschelling het rustigst”): guests, travellers or
/// testers judge what they had; a seller says what it offers now. „Een
/// aanrader” is a reviewer's recommendation („Dit hotel is een aanrader:
/// wij kregen de mooiste kamer”).
const ADVICE: &[&str] = &[
    "raden",
    "raadt",
    "aanraden",
    "aangeraden",
    "vonden",
    "aanrader",
    "aanraders",
];

/// Public authorities whose letters and leaflets address the reader („De
/// Belastingdienst stuurt u nooit een e-mail …”, „De gemeente vervangt de
/// riolering in uw straat”): opening a sentence, they speak, not a seller.
const AUTHORITIES: &[&str] = &[
    "gemeente",
    "belastingdienst",
    "uwv",
    "svb",
    "duo",
    "waterschap",
    "provincie",
    "overheid",
    "rijksoverheid",
    "ministerie",
    "politie",
    "rechtbank",
    "ggd",
    "rdw",
    "brandweer",
];

/// A company or its head named in the third person after „de”/„het” („het
/// bedrijf is de grootste werkgever in de regio”, „de topman zei …”): a
/// journalist writes about it; an advertiser says „wij”.
const COMPANY_TALKED_ABOUT: &[&str] = &[
    "bedrijf",
    "onderneming",
    "concern",
    "multinational",
    "fabrikant",
    "webwinkel",
    "winkelketen",
    "supermarktketen",
    "keten",
    "adverteerder",
    "producent",
    "moederbedrijf",
    "topman",
    "topvrouw",
    "directeur",
    "ceo",
];

/// Relatives after „onze”/„ons” („onze lieve moeder”, „onze buren”): the
/// „wij” of the sentence is a family or a household, not a company. So are
/// the critics and reporters of a newspaper („volgens onze recensent de
/// lekkerste appeltaart”, „onze verslaggever ter plaatse”): the „wij” is a
/// newsroom whose critic judges, not a seller praising its own offer.
const FAMILY: &[&str] = &[
    "recensent",
    "recensente",
    "recensenten",
    "criticus",
    "critica",
    "verslaggever",
    "verslaggeefster",
    "verslaggevers",
    "correspondent",
    "correspondenten",
    "redacteur",
    "redacteuren",
    "redactie",
    "columnist",
    "restaurantcriticus",
    "filmcriticus",
    "moeder",
    "vader",
    "oma",
    "opa",
    "zoon",
    "dochter",
    "zoons",
    "dochters",
    "broer",
    "zus",
    "buren",
    "buurvrouw",
    "buurman",
    "kinderen",
    "kleinkinderen",
    "ouders",
    "grootouders",
    "hond",
    "kat",
];

/// Finite past-tense forms that mark a narrative or a report.
const PAST: &[&str] = &[
    "was",
    "waren",
    "werd",
    "werden",
    "had",
    "hadden",
    "bleek",
    "bleken",
    "kwam",
    "kwamen",
    "ging",
    "gingen",
    "stond",
    "stonden",
    "lag",
    "zat",
    "zaten",
    "kreeg",
    "kregen",
    "gaf",
    "nam",
    "vond",
    "vonden",
    "zag",
    "zagen",
    "liep",
    "liepen",
    "bleef",
    "bleven",
    "steeg",
    "stegen",
    "daalde",
    "daalden",
    "won",
    "wonnen",
    "verloor",
    "hield",
    "hielden",
    "sprak",
    "spraken",
    "deed",
    "deden",
    "kocht",
    "kochten",
    "dacht",
    "dachten",
    "bracht",
    "brachten",
    "zocht",
    "zochten",
    "moest",
    "moesten",
    "kon",
    "konden",
    "wilden",
    "mocht",
    "mochten",
    "heette",
    "groeide",
    "groeiden",
    "opende",
    "openden",
    "begon",
    "begonnen",
    "eindigde",
    "eindigden",
    "leek",
    "leken",
    "trok",
    "trokken",
    "viel",
    "vielen",
    "reed",
    "vloog",
    "vlogen",
    "koos",
    "kozen",
    "liet",
    "lieten",
    "noemde",
    "noemden",
    "maakte",
    "maakten",
    "haalde",
    "haalden",
    "speelde",
    "speelden",
    "scoorde",
    "scoorden",
    "woonde",
    "woonden",
    "werkte",
    "werkten",
    "kostte",
    "kostten",
    "betaalden",
    "ontdekte",
    "ontdekten",
    "gebeurde",
    "overleed",
    "droeg",
    "aten",
    "sliep",
    "rende",
    "wachtte",
    "wachtten",
    "beloofde",
    "beloofden",
    "gebruikten",
    "leverde",
    "leverden",
    "verdienden",
    "zette",
    "legde",
    "legden",
    "raadde",
    "raadden",
    "bestelde",
    "bestelden",
    "huurde",
    "huurden",
    "boekte",
    "boekten",
    "zwom",
    "zwommen",
    "behaalde",
    "behaalden",
    "dronk",
    "floot",
    "floten",
    "schoot",
    "schoten",
    "sloeg",
    "sloegen",
    "stierf",
    "stierven",
    "vocht",
    "vochten",
    "riep",
    "riepen",
    "sprong",
    "sprongen",
    "zong",
    "zongen",
    "hing",
    "hingen",
    "ving",
    "vingen",
    "greep",
    "grepen",
    "hielp",
    "hielpen",
    "zweeg",
    "bezocht",
    "bezochten",
    "verscheen",
    "verschenen",
    "vertrok",
    "bood",
    "boden",
    "lazen",
    "wierp",
    "wierpen",
    "trad",
    "traden",
    "stak",
    "sneed",
    "testte",
    "testten",
    "verbruikte",
    "verbruikten",
    "at",
    "namen",
    // A story's strong and weak past tenses: „de zon scheen feller dan ooit”
    // (not „wist”: „Wist u dat …?” is an ad's question).
    "scheen",
    "schenen",
    "straalde",
    "straalden",
    "schreef",
    "schreven",
    "las",
    "dronken",
    "keek",
    "keken",
    "kende",
    "kenden",
    "brak",
    "braken",
    "verdween",
    "verdwenen",
    "ontstond",
    "ontstonden",
    "reden",
    "sliepen",
    "droegen",
    "lachte",
    "lachten",
    "huilde",
    "huilden",
    "blies",
    "bliezen",
    "kroop",
    "kropen",
    "klom",
    "klommen",
    "hoorde",
    "hoorden",
];

/// The voice of the sentence made of words `range` (the word indices of one
/// sentence, in order).
pub fn sentence_voice(doc: &Document<'_>, range: std::ops::Range<usize>) -> Voice {
    FLAGS_BY_FORM.with_borrow_mut(|memo| sentence_voice_with(doc, range, memo))
}

thread_local! {
    /// Each form's [`form_flags`], by form number: a sentence's words cost
    /// an array read each instead of a hash lookup.
    static FLAGS_BY_FORM: std::cell::RefCell<FormFlags<u64>> =
        const { std::cell::RefCell::new(FormFlags::new()) };
}

/// What a folded form is to [`sentence_voice`]: its [`word_flags`], plus
/// [`WEAK_PAST_F`] when [`is_weak_past`] holds.
fn form_flags(norm: &str, degree: Option<Degree>) -> u64 {
    word_flags(norm)
        | if is_weak_past(norm, degree) {
            WEAK_PAST_F
        } else {
            0
        }
}

fn sentence_voice_with(
    doc: &Document<'_>,
    range: std::ops::Range<usize>,
    memo: &mut FormFlags<u64>,
) -> Voice {
    let words = doc.words();
    let mut flags = |i: usize| {
        words.get(i).map_or(0, |w| {
            memo.get(doc, w, |norm, w| {
                form_flags(norm, w.graded.map(|g| g.degree))
            })
        })
    };
    let mut reporting = false;
    let mut addressed = false;
    let mut informal = false;
    let mut consumer = false;
    let mut narrative = false;
    let mut present = false;
    let mut family = false;
    let mut advised = false;
    // A word [`TALK_F`] marks: the private speaker's scans below are worth
    // running.
    let mut talk = false;
    // A report in the past tense or a reporting verb in the main clause
    // („De apotheker legde uit …”), and then the „dat” that opens the
    // reported speech: the „je” and „u” after it are the reported
    // speaker's, not the advertiser's.
    let mut framer = false;
    let mut framed = false;
    // A main-clause past tense beside „nooit”/„ooit” (the never-before
    // formula, if the sentence measures).
    let mut beside_never = false;
    // The flags of the word two before the current one.
    let mut before_last = 0;
    // The clause a subordinator opened, if any: its past tense is embedded.
    let mut subordinate: Option<u32> = None;
    // Each word's flags, and those of the next two (the lookahead below).
    let mut ahead = [flags(range.start), flags(range.start + 1)];
    let mut before = range.start.checked_sub(1).map_or(0, &mut flags);
    // The union of the sentence's flags: the scans in [`decide`] run only
    // if a word they look for is there.
    let mut seen = 0;
    for i in range.clone() {
        let f = ahead[0];
        let f1 = if range.contains(&(i + 1)) {
            ahead[1]
        } else {
            0
        };
        let next = flags(i + 2);
        let f2 = if range.contains(&(i + 2)) { next } else { 0 };
        ahead = [ahead[1], next];
        let f0 = if i > range.start { before } else { 0 };
        before = f;
        // A word of no list (most nouns and adjectives) changes no signal
        // below: each needs a flag of the word itself.
        if f == 0 {
            before_last = f0;
            continue;
        }
        seen |= f;
        if framed {
            // Pronouns inside reported speech are the reported speaker's.
        } else if f & INFORMAL_F != 0 {
            informal = true;
        } else if f & ADDRESS_F != 0 {
            addressed = true;
        }
        advised = advised || f & ADVICE_F != 0;
        talk = talk || f & TALK_F != 0;
        // „onze (lieve) moeder”, „onze buren”: a family speaks.
        family = family || (f & FAMILY_F != 0 && (f0 & OUR_F != 0 || before_last & OUR_F != 0));
        before_last = f0;
        consumer = consumer || f & FIRST_SINGULAR_F != 0;
        if f & SUBORDINATOR_F != 0 {
            // „De apotheker legde uit dat je …”: after a report in the
            // past, „dat” opens reported speech.
            framed = framed || (framer && !addressed && !informal && doc.norm(&words[i]) == "dat");
            subordinate = Some(words[i].clause);
        }
        let embedded = subordinate == Some(words[i].clause);
        // "de bonte was", "uw was": the noun, not the past tense.
        let laundry = f & WAS_F != 0 && f0 & LAUNDRY_F != 0;
        framer = framer
            || (!embedded
                && !laundry
                && (f & (PAST_F | REPORTING_F) != 0 || f & !SCAN_GATES == WEAK_PAST_F));
        // "nooit was … zo makkelijk", "was nog nooit eenvoudiger": the
        // never-before formula speaks of now, not of the past. Whether the
        // sentence measures („zo”, a comparative) is read once at the end,
        // and only if a past tense stood beside „nooit” or „ooit”.
        // „Nooit eerder was reizen zo comfortabel”: „nooit” two words
        // back, and „zo” after a short subject („Nooit eerder won een ploeg
        // …”, „Nooit eerder was een debuut over … zo persoonlijk
        // geschreven” narrate).
        let formula = (f0 | f1 | f2) & NEVER_F != 0
            || (f & WAS_F != 0
                && i >= range.start + 2
                && matches!(doc.norm(&words[i - 1]), "eerder" | "tevoren" | "voorheen")
                && matches!(doc.norm(&words[i - 2]), "nooit" | "ooit")
                && (i + 2..(i + 5).min(range.end)).any(|j| doc.norm(&words[j]) == "zo"));
        // "gisteren", "vorige week", "afgelopen jaar": a time in the past.
        let then = f & PAST_TIME_F != 0 || (f & LAST_F != 0 && f1 & PERIOD_F != 0);
        let finite_past =
            !embedded && !laundry && (f & PAST_F != 0 || f & !SCAN_GATES == WEAK_PAST_F);
        beside_never = beside_never || (finite_past && formula);
        // „We hadden nooit verwacht …”: a pluperfect narrates, even
        // beside „nooit”.
        let past = then
            || (finite_past
                && (!formula || (f & PAST_F != 0 && pluperfect(doc, i, range.clone()))));
        // „we hebben … gezeten”: a perfect tense tells the past.
        let perfect = !embedded && f & PRESENT_F != 0 && perfect_tense(doc, i, range.clone());
        narrative = narrative || past || perfect;
        present = present
            || (!embedded && f & PRESENT_F != 0 && !perfect && !infinitive(doc, i, range.clone()));
        // "Uit onderzoek blijkt dat …", "het onderzoek laat zien dat …"
        // report a finding; "blijkt uit de test van …" is an ad's evidence.
        let finding = f & BLIJKT_F != 0 && f1 & SUBORDINATOR_F != 0;
        // „veel reizigers”, „volgens kenners”: the public judges; „het
        // bedrijf”, „de topman”: a company talked about.
        let crowd = f & CROWD_QUANTIFIER_F != 0 && f1 & CROWD_F != 0
            || f & ARTICLE_F != 0 && f1 & COMPANY_F != 0;
        // „Daar hebben ze …”, „spelen ze sneller”: a third person after
        // the sentence's first word (an opening „Ze zijn …” may go on
        // about the advertiser's people of the sentence before).
        let third = i > range.start && f & THIRD_PERSON_F != 0;
        reporting = reporting
            || third
            || f & (FIRST_SINGULAR_F | REPORTING_F | INSTITUTION_F) != 0
            || past
            || perfect
            || finding
            || crowd;
    }
    // „wij hopen …”, „we proberen altijd …”: a wish or an attempt.
    // („wij”, „we”: pronouns of address.)
    advised = advised
        || (talk
            && seen & WISH_F != 0
            && range
                .clone()
                .any(|i| flags(i) & ADDRESS_F != 0 && hopes(doc, i, range.clone())));
    // „Gewoon een kabel, eerlijk, dat is het snelst”: a private speaker's
    // „honestly” (it can change nothing once a consumer speaks).
    if !consumer
        && talk
        && ((seen & HONEST_F != 0 && honestly(doc, range.clone()))
            || (seen & CHAT_F != 0 && chats(doc, range.clone())))
    {
        consumer = true;
        reporting = true;
    }
    // „Dit jaar wonnen wij nooit”: without „zo” or a comparative, a past
    // tense beside „nooit” narrates after all.
    if beside_never && !never_before_formula(doc, range.clone()) {
        narrative = true;
        reporting = true;
    }
    let opens_with_call = !range.is_empty() && flags(range.start) & CALL_F != 0;
    // „De Belastingdienst stuurt u …”: an authority opens the sentence.
    let authority = range.len() > 2
        && flags(range.start) & ARTICLE_F != 0
        && flags(range.start + 1) & AUTHORITY_F != 0;
    decide(
        doc,
        range,
        Signals {
            opens_with_call,
            family,
            advised,
            authority,
            addressed,
            informal,
            consumer,
            narrative,
            present,
            reporting,
            talk,
            seen,
        },
    )
}

/// Words that open a clause of one's own opinion after a sentence adverb
/// („Eerlijk, ik wist het niet”, „…, eerlijk, dat is nog altijd …”).
const OPINION_OPENERS: &[&str] = &[
    "ik", "dat", "dit", "het", "die", "je", "er", "zo", "maar", "echt", "daar",
];

/// True when „eerlijk” stands as a clause of its own, as the sentence
/// adverb „honestly”, before a clause of opinion („Eerlijk, ik wist het
/// niet”, „Gewoon een kabel, eerlijk, dat is nog altijd het snelst”): a
/// private speaker vouches for what they say. An ad's list („Eerlijk, vers
/// en lokaal”) goes on with another adjective. Only one-word clauses are
/// read, so a sentence costs a comparison per word.
fn honestly(doc: &Document<'_>, range: std::ops::Range<usize>) -> bool {
    let words = doc.words();
    // A sentence of one clause has no clause of one word before another.
    if range.len() < 2 || words[range.start].clause == words[range.end - 1].clause {
        return false;
    }
    range.clone().any(|i| {
        let alone = (i == range.start || words[i - 1].clause != words[i].clause)
            && i + 1 < range.end
            && words[i + 1].clause != words[i].clause;
        alone
            && doc.norm(&words[i]) == "eerlijk"
            && OPINION_OPENERS.contains(&doc.norm(&words[i + 1]))
    })
}

/// Verbs of a third person's opinion or word, in the singular
/// ([`opinion_of_another`]).
const OPINION_VERBS: &[&str] = &["vindt", "zegt", "denkt", "meent", "vond", "zei"];

/// True when the sentence gives the opinion or the words of a third person
/// as the subject of a verb of opinion („zij vindt dit het mooiste liedje”,
/// „hij zegt zelf dat hij zich nog nooit zo jong heeft gevoeld”) or after
/// „volgens haar/hem”: a host, an interviewer or a narrator passes on what
/// someone else thinks, even in a sentence with „we” or „ons”. Only the
/// order subject–verb counts: „je vindt ze op de eerste verdieping” and
/// „al zegt hij dat zelf nooit” (a concession after a claim) do not.
fn opinion_of_another(doc: &Document<'_>, range: std::ops::Range<usize>) -> bool {
    let words = doc.words();
    range.clone().skip(1).any(|i| {
        let prev = doc.norm(&words[i - 1]);
        let here = doc.norm(&words[i]);
        (matches!(prev, "hij" | "zij" | "ze") && OPINION_VERBS.contains(&here))
            || (prev == "volgens" && matches!(here, "haar" | "hem"))
    })
}

/// Verbs of a wish or an attempt beside „wij”/„we” ([`hopes`]).
const WISHES: &[&str] = &["hopen", "proberen", "pogen", "wensen"];

/// True when word `i`, a pronoun of address, is the „wij” or „we” of a
/// wish or an attempt right beside it („wij hopen op een snelle
/// afhandeling”, „Wij wensen je een mooie tijd toe”, „we proberen altijd
/// samen te eten”): a family or a customer wishes or tries; a seller
/// promises. The noun „uw wensen” has no „wij” beside it; „hopen” and
/// „proberen”, verbs only, may also follow a few words on, coordinated with
/// the first verb („wij hebben nooit iets gemeld en hopen op …”).
fn hopes(doc: &Document<'_>, i: usize, range: std::ops::Range<usize>) -> bool {
    let words = doc.words();
    if !matches!(doc.norm(&words[i]), "wij" | "we") {
        return false;
    }
    let wish = |j: usize| range.contains(&j) && WISHES.contains(&doc.norm(&words[j]));
    wish(i + 1)
        || (i > range.start && wish(i - 1))
        || (i + 2..(i + 14).min(range.end)).any(|j| {
            matches!(doc.norm(&words[j]), "hopen" | "proberen" | "pogen")
                && doc.norm(&words[j - 1]) == "en"
        })
}

/// Particles of speech that stand as a clause of their own („Ja joh, …”,
/// „Tja, …”, „…, hoor.”, „…, hè?”): talk among people, not copy.
const SPOKEN_PARTICLES: &[&str] = &[
    "joh", "tja", "goh", "hè", "he", "hoor", "jeetje", "ehm", "eh", "uh", "och", "toch",
];

/// Words that may stand beside a [`SPOKEN_PARTICLES`] word in its clause
/// („ja joh”, „nee hoor”, „nou ja”).
const PARTICLE_COMPANIONS: &[&str] = &["ja", "nee", "nou", "ach", "och"];

/// Hedges of one's own judgement: „wellicht”, „waarschijnlijk”: a seller
/// does not doubt its own claim; a speaker weighing an opinion does.
const HEDGES: &[&str] = &["wellicht", "waarschijnlijk", "vermoedelijk"];

/// True when the sentence speaks as people talk, not as copy is written:
/// a clause of one or two words made of a particle of speech („Ja joh,
/// dat is echt de beste plek”, „Dat is toch de mooiste tijd, hè?”, „…,
/// hoor”), or a hedge on one's own judgement („dit is misschien wel de
/// mooiste plek”, „waarschijnlijk de beste wedstrijd van het seizoen”).
/// A transcript, a chat or a talk show says such things; an ad that
/// claims does not hedge or chat. „Misschien niet de goedkoopste, maar
/// wel …” is not a hedge (no „wel” after „misschien”).
fn chats(doc: &Document<'_>, range: std::ops::Range<usize>) -> bool {
    let words = doc.words();
    let mut i = range.start;
    while i < range.end {
        let norm = doc.norm(&words[i]);
        if HEDGES.contains(&norm)
            || (norm == "misschien" && i + 1 < range.end && doc.norm(&words[i + 1]) == "wel")
        {
            return true;
        }
        // The clause starting at `i`, if `i` opens one.
        if i == range.start || words[i - 1].clause != words[i].clause {
            let clause = words[i].clause;
            let end = (i..range.end)
                .find(|&j| words[j].clause != clause)
                .unwrap_or(range.end);
            let spoken = end - i <= 2
                && end - i < range.len()
                && (i..end).any(|j| SPOKEN_PARTICLES.contains(&doc.norm(&words[j])))
                && (i..end).all(|j| {
                    let n = doc.norm(&words[j]);
                    SPOKEN_PARTICLES.contains(&n) || PARTICLE_COMPANIONS.contains(&n)
                });
            if spoken {
                return true;
            }
        }
        i += 1;
    }
    false
}

/// True when a sentence with a past tense beside „nooit” or „ooit” is the
/// never-before formula: it measures now against all of the past with „zo”
/// or a comparative („nooit was verzekeren zo makkelijk”, „was nog nooit
/// eenvoudiger”). Without one („Dit jaar wonnen wij nooit”) it narrates.
fn never_before_formula(doc: &Document<'_>, range: std::ops::Range<usize>) -> bool {
    let words = doc.words();
    range.into_iter().any(|i| {
        words[i]
            .graded
            .is_some_and(|g| g.degree == Degree::Comparative)
            || matches!(doc.norm(&words[i]), "zo" | "zó" | "eerder")
    })
}

/// What the words of a sentence say about its speaker
/// ([`sentence_voice`]).
struct Signals {
    opens_with_call: bool,
    /// „onze moeder”, „onze buren”: the „wij” is a family.
    family: bool,
    /// „wij raden aan …”: advice, not an offer.
    advised: bool,
    /// „De Belastingdienst stuurt u …”: a public authority speaks.
    authority: bool,
    addressed: bool,
    informal: bool,
    consumer: bool,
    narrative: bool,
    present: bool,
    reporting: bool,
    /// A word that [`opinion_of_another`] looks for is in the sentence.
    talk: bool,
    /// The union of the flags of the sentence's words: [`attributed`] needs
    /// an [`ATTRIBUTION_F`] word, [`instructs`] an [`INSTRUCTION_F`] one,
    /// [`opinion_of_another`] an [`OPINION_F`] one.
    seen: u64,
}

/// The voice of the sentence `range` from its [`Signals`].
fn decide(doc: &Document<'_>, range: std::ops::Range<usize>, s: Signals) -> Voice {
    // A consumer's „ik … je” speaks to a friend or to anyone, not as a
    // company: „je” addresses the reader only without „ik”.
    let addressed = (s.addressed && !s.family) || (s.informal && !s.consumer);
    // "we" and "je" tell a story too ("op de markt kochten we de lekkerste
    // olijven"): with a main-clause past tense and no present-tense verb,
    // the sentence narrates.
    let story = s.narrative && !s.present;
    if !s.opens_with_call
        && ((s.seen & ATTRIBUTION_F != 0 && attributed(doc, range.clone()))
            || (s.talk && s.seen & OPINION_F != 0 && opinion_of_another(doc, range.clone())))
    {
        Voice::Reporting
    } else if (s.seen & INSTRUCTION_F != 0 && instructs(doc, range.clone()))
        || asks(doc, range.clone())
        || ((s.advised || s.authority) && !s.opens_with_call)
    {
        // A manual or a recipe instructs („Houd de accu … geladen; zo gaat
        // hij langer mee”); a forum asks („Weet iemand of …?”); a tester
        // advises („wij raden aan …”); an authority writes to the reader
        // („De Belastingdienst stuurt u …”): none speaks for a seller.
        Voice::Reporting
    } else if s.opens_with_call || ends_in_exclamation(doc, range) || (addressed && !story) {
        Voice::Advertiser
    } else if s.reporting || s.family {
        Voice::Reporting
    } else {
        Voice::Unmarked
    }
}

// What a word is to [`sentence_voice`]: one bit per word list it is on.
const ADDRESS_F: u64 = 1;
const CALL_F: u64 = 1 << 1;
const FIRST_SINGULAR_F: u64 = 1 << 2;
const REPORTING_F: u64 = 1 << 3;
const LAUNDRY_F: u64 = 1 << 4;
const PRESENT_F: u64 = 1 << 5;
const PAST_TIME_F: u64 = 1 << 6;
const PERIOD_F: u64 = 1 << 7;
const SUBORDINATOR_F: u64 = 1 << 8;
const INSTITUTION_F: u64 = 1 << 9;
const PAST_F: u64 = 1 << 10;
/// "nooit", "ooit" (the never-before formula).
const NEVER_F: u64 = 1 << 11;
/// "vorige", "vorig", "afgelopen" (before a period).
const LAST_F: u64 = 1 << 12;
/// "was" (the past tense, or the laundry).
const WAS_F: u64 = 1 << 13;
const INFORMAL_F: u64 = 1 << 14;
/// A weak past tense by its form ([`is_weak_past`]); not from a list.
const WEAK_PAST_F: u64 = 1 << 16;
/// "blijkt", "bleek", "(laat) zien" (before "dat": a finding reported).
const BLIJKT_F: u64 = 1 << 15;
const CROWD_QUANTIFIER_F: u64 = 1 << 17;
const CROWD_F: u64 = 1 << 18;
const THIRD_PERSON_F: u64 = 1 << 19;
const LESSON_F: u64 = 1 << 20;
const FAMILY_F: u64 = 1 << 21;
/// „onze”, „ons” (before a relative: [`FAMILY`]).
const OUR_F: u64 = 1 << 22;
/// „woord”, „woorden” (an etymology: „het woord … komt van”).
const WORD_F: u64 = 1 << 23;
/// „komt”, „kwam” (before „van”/„uit”: a word's origin).
const COMES_F: u64 = 1 << 24;
/// „van”, „uit”.
const FROM_F: u64 = 1 << 25;
/// „schrijf”, „schrijft”, „schrijven”, „geschreven” (spelling: „schrijf je
/// aan elkaar”).
const WRITE_F: u64 = 1 << 26;
/// „elkaar” (after a verb of writing: spelling).
const TOGETHER_F: u64 = 1 << 27;
const ADVICE_F: u64 = 1 << 28;
const AUTHORITY_F: u64 = 1 << 29;
/// „de”, „het” (before an authority opening the sentence, or a company
/// talked about).
const ARTICLE_F: u64 = 1 << 30;
const COMPANY_F: u64 = 1 << 31;
/// The words [`honestly`], [`chats`], [`hopes`] and [`opinion_of_another`]
/// look for: a sentence without one needs none of those scans.
const TALK_F: u64 = 1 << 32;
/// On [`ATTRIBUTION`] or [`super::NARRATOR_SPEECH`] ([`is_attribution`]).
const ATTRIBUTION_F: u64 = 1 << 33;
/// On [`INSTRUCTIONS`], or „werk”, „zorg” (the words [`instructs`] opens
/// with).
const INSTRUCTION_F: u64 = 1 << 34;
/// „eerlijk” (the word [`honestly`] looks for).
const HONEST_F: u64 = 1 << 35;
/// On [`HEDGES`] or [`SPOKEN_PARTICLES`], or „misschien” (the words
/// [`chats`] needs).
const CHAT_F: u64 = 1 << 36;
/// On [`WISHES`] (the words [`hopes`] needs).
const WISH_F: u64 = 1 << 37;
/// On [`OPINION_VERBS`], or „volgens” (the words [`opinion_of_another`]
/// needs).
const OPINION_F: u64 = 1 << 38;
/// The bits that only gate [`decide`]'s scans: a weak past tense on no
/// list is one whose other bits are these at most.
const SCAN_GATES: u64 = ATTRIBUTION_F | INSTRUCTION_F;

/// The lists' bits of a folded word: one hash lookup instead of a scan of
/// every list (most words are on none).
fn word_flags(word: &str) -> u64 {
    static TABLE: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, u64>> =
        std::sync::LazyLock::new(|| {
            let mut table = rustc_hash::FxHashMap::default();
            let lists: [(&[&'static str], u64); 48] = [
                (ADDRESS, ADDRESS_F),
                (super::NARRATOR_SPEECH, REPORTING_F),
                (CALLS, CALL_F),
                (FIRST_SINGULAR, FIRST_SINGULAR_F),
                (REPORTING, REPORTING_F),
                (LAUNDRY, LAUNDRY_F),
                (PRESENT, PRESENT_F),
                (PAST_TIMES, PAST_TIME_F),
                (PERIODS, PERIOD_F),
                (SUBORDINATORS, SUBORDINATOR_F),
                (INSTITUTIONS, INSTITUTION_F),
                (PAST, PAST_F),
                (&["nooit", "ooit"], NEVER_F),
                (&["vorige", "vorig", "afgelopen"], LAST_F),
                (&["was"], WAS_F),
                (INFORMAL, INFORMAL_F),
                (&["blijkt", "bleek", "zien"], BLIJKT_F),
                (CROWD_QUANTIFIERS, CROWD_QUANTIFIER_F),
                (CROWD, CROWD_F),
                (THIRD_PERSON, THIRD_PERSON_F),
                (LESSON, LESSON_F),
                (FAMILY, FAMILY_F),
                (&["onze", "ons"], OUR_F),
                (&["woord", "woorden"], WORD_F),
                (&["komt", "kwam"], COMES_F),
                (&["van", "uit"], FROM_F),
                (&["schrijf", "schrijft", "schrijven", "geschreven"], WRITE_F),
                (&["elkaar"], TOGETHER_F),
                (ADVICE, ADVICE_F),
                (AUTHORITIES, AUTHORITY_F),
                (&["de", "het"], ARTICLE_F),
                (COMPANY_TALKED_ABOUT, COMPANY_F),
                (HEDGES, TALK_F),
                (SPOKEN_PARTICLES, TALK_F),
                (OPINION_VERBS, TALK_F),
                (WISHES, TALK_F),
                (&["misschien", "eerlijk", "volgens"], TALK_F),
                (ATTRIBUTION, ATTRIBUTION_F),
                (super::NARRATOR_SPEECH, ATTRIBUTION_F),
                (INSTRUCTIONS, INSTRUCTION_F),
                (&["werk", "zorg"], INSTRUCTION_F),
                (&["eerlijk"], HONEST_F),
                (HEDGES, CHAT_F),
                (SPOKEN_PARTICLES, CHAT_F),
                (&["misschien"], CHAT_F),
                (WISHES, WISH_F),
                (OPINION_VERBS, OPINION_F),
                (&["volgens"], OPINION_F),
            ];
            for (list, bit) in lists {
                for &word in list {
                    *table.entry(word).or_insert(0) |= bit;
                }
            }
            table
        });
    TABLE.get(word).copied().unwrap_or(0)
}

/// True when the sentence made of words `range` teaches language: a grammar
/// or etymology lesson („‘meest beste’ is dubbelop”, „bij lange
/// bijvoeglijke naamwoorden gebruik je ‘meest’”, „het woord komt van het
/// Middelnederlandse …”). Its claim words are examples of words, not
/// claims, even inside quotation marks.
pub fn teaches_language(doc: &Document<'_>, range: std::ops::Range<usize>) -> bool {
    FLAGS_BY_FORM.with_borrow_mut(|memo| {
        let words = doc.words();
        let mut seen = 0;
        let mut previous = 0;
        for i in range {
            let Some(w) = words.get(i) else {
                break;
            };
            let f = memo.get(doc, w, |norm, w| {
                form_flags(norm, w.graded.map(|g| g.degree))
            });
            // A word of no list (most words) is none of the signs below.
            if f == 0 {
                previous = 0;
                continue;
            }
            // „het woord … komt van/uit …”: an etymology; „schrijf je …
            // aan elkaar”: spelling.
            let origin = seen & WORD_F != 0 && previous & COMES_F != 0 && f & FROM_F != 0;
            let spelling = seen & WRITE_F != 0 && f & TOGETHER_F != 0;
            // „Welk woord hoort niet in het rijtje: …”: a word quiz; „de
            // trappen van vergelijking”: the degrees named as grammar.
            let norm = |j: usize| words.get(j).map_or("", |w| doc.norm(w));
            let quiz = f & WORD_F != 0 && matches!(norm(i.wrapping_sub(1)), "welk" | "welke");
            let degrees = f & FROM_F != 0
                && norm(i + 1) == "vergelijking"
                && matches!(norm(i.wrapping_sub(1)), "trap" | "trappen");
            if f & LESSON_F != 0 || origin || spelling || quiz || degrees {
                return true;
            }
            seen |= f;
            previous = f;
        }
        false
    })
}

/// True when the sentence of word `first` carries on in the advertiser's
/// voice of the sentence before it: „Wij geloven in eerlijke mode.
/// Transparant van katoen tot kast.” The earlier sentence, in the same line
/// or paragraph, speaks as the advertiser (wij/u, a call to action, an
/// exclamation) and this one is unmarked, like a headline or slogan.
///
/// `voice_of(i)` gives the voice of the sentence of word `i` (the analyzer
/// passes its per-document cache, so no sentence is read twice).
pub fn carries_advertiser_voice(
    doc: &Document<'_>,
    first: usize,
    voice_of: &mut impl FnMut(usize) -> Voice,
) -> bool {
    let range = super::sentence_words(doc, first);
    if range.start == 0 || voice_of(first) != Voice::Unmarked {
        return false;
    }
    // A line break between the two sentences starts a new item.
    !super::text_between(doc, range.start - 1, range.start).contains('\n')
        && voice_of(range.start - 1) == Voice::Advertiser
}

/// Hashtags that disclose paid content on social media („#ad”,
/// „#samenwerking”), as the Reclamecode Social Media & Influencer Marketing
/// asks: whatever voice the post speaks in, it is advertising.
const DISCLOSURES: &[&str] = &[
    "ad",
    "ads",
    "advertentie",
    "advertorial",
    "reclame",
    "sponsored",
    "gesponsord",
    "gesponsorde",
    "spon",
    "samenwerking",
    "betaaldesamenwerking",
    "partnership",
    "paidpartnership",
];

/// True when the document carries a disclosure hashtag (`DISCLOSURES`):
/// an influencer's „ik” then speaks for the brand that pays.
pub fn discloses_advertising(doc: &Document<'_>) -> bool {
    let text = doc.text();
    let mut rest = text;
    // '#' is ASCII: its byte offset is a char boundary.
    while let Some(at) = memchr::memchr(b'#', rest.as_bytes()) {
        let after = &rest[at + 1..];
        let end = after
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(after.len());
        let tag = &after[..end];
        if tag.len() <= 24 && DISCLOSURES.iter().any(|d| d.eq_ignore_ascii_case(tag)) {
            return true;
        }
        rest = after;
    }
    false
}

/// On [`REPORTING`] or [`super::NARRATOR_SPEECH`] (what the flag `REPORTING_F` means).
#[cfg(test)]
fn is_reporting(w: &str) -> bool {
    REPORTING.contains(&w) || super::NARRATOR_SPEECH.contains(&w)
}

/// On [`ATTRIBUTION`] or [`super::NARRATOR_SPEECH`].
fn is_attribution(w: &str) -> bool {
    ATTRIBUTION.contains(&w) || super::NARRATOR_SPEECH.contains(&w)
}

/// Verbs of an attribution that closes a sentence: „…, vonden wij.”
const ATTRIBUTION: &[&str] = &[
    "vond", "vonden", "dacht", "dachten", "zei", "zeiden", "zegt", "zeggen", "aldus", "schreef",
    "schrijft", "meldt", "meldde",
];

/// True when the sentence ends in a clause of its own that attributes it
/// to a speaker („Het mooiste uitzicht heb je vanaf de heuvel, vonden
/// wij.”, „…, zei de woordvoerder.”): an opinion or a quote reported.
fn attributed(doc: &Document<'_>, range: std::ops::Range<usize>) -> bool {
    let words = doc.words();
    let Some(last) = range.clone().last() else {
        return false;
    };
    let clause = words[last].clause;
    let first = range
        .clone()
        .rev()
        .take_while(|&i| words[i].clause == clause)
        .last()
        .unwrap_or(last);
    if first > range.start && last - first < 4 && is_attribution(doc.norm(&words[first])) {
        return true;
    }
    // „„Je bent nooit te laat,” mompelde hij, meer tegen zichzelf …”: the
    // attribution right after the closing quote, an afterthought behind it.
    let tokens = doc.tokens();
    range.clone().skip(1).any(|i| {
        words[i].clause != words[i - 1].clause
            && is_attribution(doc.norm(&words[i]))
            && range
                .clone()
                .skip_while(|&j| j <= i)
                .take_while(|&j| words[j].clause == words[i].clause)
                .count()
                < 3
            && (words[i - 1].token as usize + 1..words[i].token as usize).any(|t| {
                tokens.get(t).is_some_and(|t| {
                    matches!(
                        t.kind,
                        TokenKind::Quote(QuoteKind::Close | QuoteKind::Either)
                    )
                })
            })
    })
}

/// "adverteerde", "investeerden", "concludeerde": the weak past tense of a
/// verb in -eren, which no adjective shares (participles start with ge-).
/// True if word `i` of the sentence `range` is a form of „hebben” that
/// makes a perfect tense with a past participle closing its clause („we
/// hebben uren aan het strand gezeten”, „we hebben het er nooit meer over
/// gehad”): the sentence tells what happened, not what is on offer. The
/// participle must end the clause or stand before a preposition opening an
/// afterthought („gezeten zonder iets te doen”); „wij hebben gegarandeerd
/// de laagste prijs” has an adverb there, not a participle. Only called on
/// a present-tense verb, so the norms are read for few words.
fn perfect_tense(doc: &Document<'_>, i: usize, range: std::ops::Range<usize>) -> bool {
    let words = doc.words();
    // „we zijn naar zee gegaan”: a verb of motion takes „zijn”; a passive
    // („onze jassen zijn getest”) or a state kept („zijn we de goedkoopste
    // gebleven”) does not tell a trip.
    let motion = match doc.norm(&words[i]) {
        "heb" | "heeft" | "hebben" => false,
        "ben" | "is" | "zijn" => true,
        _ => return false,
    };
    // „heb jij je zaken sneller geregeld”: a perfect the reader gets is a
    // promise of a result, not a story.
    let reader = |j: usize| {
        range.contains(&j) && matches!(doc.norm(&words[j]), "je" | "jij" | "u" | "jullie")
    };
    if reader(i.wrapping_sub(1)) || reader(i + 1) {
        return false;
    }
    let clause = words[i].clause;
    (i + 1..range.end)
        .take_while(|&j| words[j].clause == clause)
        .any(|j| {
            let last = j + 1 == range.end || words[j + 1].clause != clause;
            let w = doc.norm(&words[j]);
            // A trip goes on with a coordinated clause („… gegaan en dat
            // was …”).
            let next = if last { "" } else { doc.norm(&words[j + 1]) };
            (last
                || AFTERTHOUGHT.contains(&next)
                || (motion && matches!(next, "en" | "maar" | "want" | "dus")))
                && if motion {
                    MOTION_PARTICIPLES.contains(&w)
                } else {
                    is_participle(w, words[j].graded.is_some())
                }
        })
}

/// Past participles of verbs of motion, which make their perfect with
/// „zijn” („we zijn met de klas naar Parijs gegaan”, „ze is gisteren
/// aangekomen”): a trip told ([`perfect_tense`]).
const MOTION_PARTICIPLES: &[&str] = &[
    "gegaan",
    "gekomen",
    "gereisd",
    "gevaren",
    "gevlogen",
    "gelopen",
    "gewandeld",
    "gefietst",
    "gereden",
    "vertrokken",
    "aangekomen",
    "teruggekomen",
    "teruggegaan",
    "verhuisd",
];

/// True if word `i` of the sentence `range` is „had” or „hadden” near the
/// start of its clause with a past participle later in the clause: a
/// pluperfect („We hadden nooit verwacht …”, „Ze hadden nog nooit zo hard
/// gelachen”) tells a story even beside „nooit”. The never-before formula
/// of an ad uses „was” or the present („nog nooit was sparen zo
/// makkelijk”), and a „had” late in the clause compares instead („lekkerder
/// dan je ooit had gedacht”). Only called on a past tense beside „nooit”
/// or „ooit”, so the norms are read for few words.
fn pluperfect(doc: &Document<'_>, i: usize, range: std::ops::Range<usize>) -> bool {
    let words = doc.words();
    if !matches!(doc.norm(&words[i]), "had" | "hadden") {
        return false;
    }
    let clause = words[i].clause;
    let opening = (range.start..i)
        .rev()
        .take_while(|&j| words[j].clause == clause)
        .count();
    opening <= 2
        && (i + 1..range.end)
            .take_while(|&j| words[j].clause == clause)
            .any(|j| {
                let w = doc.norm(&words[j]);
                let graded = words[j].graded.is_some();
                is_participle(w, graded)
                    || (!graded
                        && w.len() >= 6
                        && ["ver", "be", "ont", "her"].iter().any(|p| w.starts_with(p))
                        && (w.ends_with('t') || w.ends_with('d') || w.ends_with("en")))
            })
}

/// True if word `i` follows „te”: an infinitive („zonder iets te doen”),
/// not a finite present tense.
fn infinitive(doc: &Document<'_>, i: usize, range: std::ops::Range<usize>) -> bool {
    i > range.start && doc.norm(&doc.words()[i - 1]) == "te"
}

/// Prepositions that may follow the participle closing a perfect tense.
const AFTERTHOUGHT: &[&str] = &[
    "aan", "bij", "door", "in", "met", "na", "naar", "om", "op", "tot", "voor", "zonder",
];

/// A past participle with „ge-” by its form: „gezeten”, „gehad”,
/// „gehoord”, „gereden”, „gedaan” (not „geen”, „gewoon”, nor a graded adjective).
fn is_participle(w: &str, graded: bool) -> bool {
    !graded
        && w.len() >= 5
        && w.starts_with("ge")
        && (w.ends_with('d') || w.ends_with('t') || w.ends_with("en") || w.ends_with("aan"))
        && !matches!(w, "geleden" | "gezond" | "gemiddeld" | "gedurende")
}

fn is_weak_past(w: &str, degree: Option<Degree>) -> bool {
    degree.is_none()
        && !w.starts_with("ge")
        && (w.ends_with("eerde") || w.ends_with("eerden"))
        && w.len() > 8
}

/// Imperatives of handling, cooking and maintenance („Sla … op”, „Vergeet
/// niet …”; „Lees” and „Neem” are calls, [`CALLS`]): the opening of an
/// instruction in a manual or a recipe, not a call to buy („Kies”, „Bestel”
/// are [`CALLS`]). Sorted, for a binary search.
const INSTRUCTIONS: &[&str] = &[
    "bak",
    "bewaar",
    "boor",
    "breng",
    "controleer",
    "dep",
    "draai",
    "droog",
    "druk",
    "gebruik",
    "giet",
    "houd",
    "installeer",
    "klik",
    "klop",
    "kneed",
    "knip",
    "kook",
    "laad",
    "leg",
    "let",
    "lijm",
    "meng",
    "monteer",
    "ontkalk",
    "ontvet",
    "plaats",
    "reinig",
    "roer",
    "schakel",
    "schil",
    "schroef",
    "schuur",
    "sla",
    "smeer",
    "snijd",
    "spoel",
    "stel",
    "strooi",
    "trek",
    "vergeet",
    "vermijd",
    "vervang",
    "verwarm",
    "verwijder",
    "voeg",
    "vul",
    "wacht",
    "zaag",
    "zeef",
    "zet",
];

/// True when the sentence opens with an instruction, or takes one after
/// „en” („Proef de soep en voeg zout toe”) („Stel de helderheid
/// lager in …”, „Klop de eiwitten stijf …; een druppel citroensap maakt het
/// schuim steviger”) and no company speaks in it: no „wij/ons/onze”, no
/// brand as the object („Installeer Klusmaat”), no exclamation mark.
fn instructs(doc: &Document<'_>, range: std::ops::Range<usize>) -> bool {
    let words = doc.words();
    if range.len() < 3 || words.get(range.start).is_none() {
        return false;
    }
    // „Zorg dat …”, „Zorg ervoor dat …”: the imperative, not the noun of
    // „Zorg op maat”.
    let instruction = |i: usize| {
        let w = doc.norm(&words[i]);
        INSTRUCTIONS.binary_search(&w).is_ok()
            // „Werk de software bij”: the separable „bijwerken”, not the
            // call „Werk bij ons”.
            || (w == "werk"
                && (i..range.end)
                    .take_while(|&j| words[j].clause == words[i].clause)
                    .last()
                    .is_some_and(|j| j > i + 1 && doc.norm(&words[j]) == "bij"))
            || (w == "zorg"
                && words
                    .get(i + 1)
                    .is_some_and(|n| matches!(doc.norm(n), "dat" | "ervoor")))
    };
    // The first step, or a later one after „en” in a sentence of steps
    // („Proef de soep en voeg naar smaak zout toe”).
    let opens = instruction(range.start)
        || (range.start + 2..range.end).any(|i| {
            doc.norm(&words[i - 1]) == "en"
                && instruction(i)
                && words.get(i + 1).is_some_and(|w| doc.norm(w) != "van")
        });
    if !opens {
        return false;
    }
    let capitalised = |i: usize| {
        doc.text()
            .get(words[i].span.start..words[i].span.end)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    };
    !capitalised(range.start + 1)
        && !range
            .clone()
            .any(|i| matches!(doc.norm(&words[i]), "wij" | "we" | "ons" | "onze"))
        && !ends_in(doc, range, '!')
}

/// True when the sentence is a question that really asks: it asks anyone
/// („Weet iemand of …?”) or offers alternatives („Is duurder altijd beter,
/// of betaal je vooral voor de naam?”). An ad's rhetorical question („Wie
/// levert er groener?”) asks neither way. A tag question asks the listener
/// to agree („Dat was de mooiste goal van de avond, niet?”, „…, ja?”, „…,
/// niet dan?”): the speaker offers an opinion in conversation.
fn asks(doc: &Document<'_>, range: std::ops::Range<usize>) -> bool {
    if !ends_in(doc, range.clone(), '?') {
        return false;
    }
    let words = doc.words();
    let tagged = range.len() > 2 && {
        let last = range.end - 1;
        let tail = |j: usize| words[j].clause == words[last].clause;
        let one = !tail(last - 1) && matches!(doc.norm(&words[last]), "niet" | "ja" | "nietwaar");
        let two = !tail(last - 2)
            && tail(last - 1)
            && doc.norm(&words[last - 1]) == "niet"
            && matches!(doc.norm(&words[last]), "dan" | "waar");
        one || two
    };
    tagged
        || range.clone().any(|i| match doc.norm(&words[i]) {
            "iemand" => true,
            "of" => i > range.start && words[i - 1].clause != words[i].clause,
            _ => false,
        })
}

/// True when the sentence ends in an exclamation mark (closing quotes,
/// brackets and emoji aside).
fn ends_in_exclamation(doc: &Document<'_>, range: std::ops::Range<usize>) -> bool {
    ends_in(doc, range, '!')
}

/// True when the sentence ends in `mark` (closing quotes, brackets and
/// emoji aside).
fn ends_in(doc: &Document<'_>, range: std::ops::Range<usize>, mark: char) -> bool {
    let Some(last) = range.clone().last() else {
        return false;
    };
    let words = doc.words();
    let sentence = words[last].sentence as usize;
    doc.sentences().get(sentence).is_some_and(|s| {
        let text = s.span.slice(doc.text());
        text.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '!' && c != '.' && c != '?')
            .ends_with(mark)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`sentence_voice`] as first written, scanning every list for every
    /// word: the reference the table lookup must agree with.
    fn sentence_voice_reference(doc: &Document<'_>, range: std::ops::Range<usize>) -> Voice {
        let words = doc.words();
        let mut reporting = false;
        let mut addressed = false;
        let mut informal = false;
        let mut consumer = false;
        let mut narrative = false;
        let mut present = false;
        let mut family = false;
        let mut advised = false;
        // The clause a subordinator opened, if any: its past tense is embedded.
        let mut subordinate: Option<u32> = None;
        let mut framer = false;
        let mut framed = false;
        for i in range.clone() {
            let w = doc.norm(&words[i]);
            if framed {
            } else if INFORMAL.contains(&w) {
                informal = true;
            } else if ADDRESS.contains(&w) {
                addressed = true;
            }
            consumer = consumer || FIRST_SINGULAR.contains(&w);
            advised = advised
                || ADVICE.contains(&w)
                || (ADDRESS.contains(&w) && hopes(doc, i, range.clone()));
            let ours = |j: usize| {
                j >= range.start && j < i && matches!(doc.norm(&words[j]), "onze" | "ons")
            };
            family = family
                || (FAMILY.contains(&w) && (ours(i.wrapping_sub(1)) || ours(i.wrapping_sub(2))));
            if SUBORDINATORS.contains(&w) {
                framed = framed || (framer && !addressed && !informal && w == "dat");
                subordinate = Some(words[i].clause);
            }
            let embedded = subordinate == Some(words[i].clause);
            // "de bonte was", "uw was": the noun, not the past tense.
            let laundry =
                w == "was" && i > range.start && LAUNDRY.contains(&doc.norm(&words[i - 1]));
            framer = framer
                || (!embedded
                    && !laundry
                    && (PAST.contains(&w)
                        || is_reporting(w)
                        || is_weak_past(w, words[i].graded.map(|g| g.degree))));
            // "nooit was … zo makkelijk", "was nog nooit eenvoudiger": the
            // never-before formula speaks of now, not of the past.
            let never =
                |j: usize| range.contains(&j) && matches!(doc.norm(&words[j]), "nooit" | "ooit");
            // „Nooit eerder was reizen zo comfortabel”.
            let never_before_was = w == "was"
                && i >= range.start + 2
                && matches!(doc.norm(&words[i - 1]), "eerder" | "tevoren" | "voorheen")
                && never(i - 2)
                && (i + 2..(i + 5).min(range.end)).any(|j| doc.norm(&words[j]) == "zo");
            let formula =
                (never(i.wrapping_sub(1)) || never(i + 1) || never(i + 2) || never_before_was)
                    && never_before_formula(doc, range.clone());
            // "gisteren", "vorige week", "afgelopen jaar": a time in the past.
            let then = PAST_TIMES.contains(&w)
                || (matches!(w, "vorige" | "vorig" | "afgelopen")
                    && range.contains(&(i + 1))
                    && PERIODS.contains(&doc.norm(&words[i + 1])));
            let past = then
                || (!embedded
                    && !laundry
                    && (!formula || (PAST.contains(&w) && pluperfect(doc, i, range.clone())))
                    && (PAST.contains(&w) || is_weak_past(w, words[i].graded.map(|g| g.degree))));
            let perfect = !embedded && PRESENT.contains(&w) && perfect_tense(doc, i, range.clone());
            narrative = narrative || past || perfect;
            // „te doen”: an infinitive, not a present tense.
            let to = i > range.start && doc.norm(&words[i - 1]) == "te";
            present = present || (!embedded && PRESENT.contains(&w) && !perfect && !to);
            let finding = matches!(w, "blijkt" | "bleek" | "zien")
                && range.contains(&(i + 1))
                && SUBORDINATORS.contains(&doc.norm(&words[i + 1]));
            let next =
                |list: &[&str]| range.contains(&(i + 1)) && list.contains(&doc.norm(&words[i + 1]));
            let crowd = CROWD_QUANTIFIERS.contains(&w) && next(CROWD)
                || matches!(w, "de" | "het") && next(COMPANY_TALKED_ABOUT);
            reporting = reporting
                || FIRST_SINGULAR.contains(&w)
                || is_reporting(w)
                || INSTITUTIONS.contains(&w)
                || (i > range.start && THIRD_PERSON.contains(&w))
                || past
                || perfect
                || finding
                || crowd;
        }
        if !consumer && (honestly(doc, range.clone()) || chats(doc, range.clone())) {
            consumer = true;
            reporting = true;
        }
        let opens_with_call = range
            .clone()
            .next()
            .is_some_and(|i| CALLS.contains(&doc.norm(&words[i])));
        let authority = range.len() > 2
            && matches!(doc.norm(&words[range.start]), "de" | "het")
            && AUTHORITIES.contains(&doc.norm(&words[range.start + 1]));
        decide(
            doc,
            range,
            Signals {
                opens_with_call,
                family,
                advised,
                authority,
                addressed,
                informal,
                consumer,
                narrative,
                present,
                reporting,
                // The reference reads every sentence in full.
                talk: true,
                seen: u64::MAX,
            },
        )
    }

    #[test]
    fn the_flag_table_agrees_with_the_lists_on_the_corpus() {
        crate::testutil::for_each_corpus_sentence(|doc, range, sentence| {
            assert_eq!(
                sentence_voice(doc, range.clone()),
                sentence_voice_reference(doc, range),
                "{sentence}"
            );
        });
    }

    #[test]
    fn the_instruction_list_is_sorted() {
        assert!(INSTRUCTIONS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn instructions_and_real_questions_do_not_speak_for_a_seller() {
        each_is(
            &[
                "Stel de helderheid lager in als het scherm te fel is; de batterij gaat dan ook langer mee.",
                "Klop de eiwitten stijf; een druppel citroensap maakt het schuim steviger.",
                "Weet iemand of je met een dynamisch contract echt goedkoper uit bent?",
                "Is duurder altijd beter bij winterbanden, of betaal je vooral voor de naam?",
                "Sla de foto's altijd eerst op een tweede schijf op voordat u de oude wist.",
                "Vergeet bij vertrek nooit de gaskraan dicht te draaien.",
                "Proef de saus en voeg wat azijn toe; dan smaakt hij frisser.",
            ],
            Voice::Reporting,
        );
        none_is(
            &[
                "Installeer Klusmaat en klus slimmer.",
                "Gebruik onze app en betaal minder.",
                "Wie levert er groener dan wij?",
                "Zoek je de beste matras?",
            ],
            Voice::Reporting,
        );
    }

    #[test]
    fn spoken_particles_tags_and_hedges_are_talk_not_copy() {
        each_is(
            &[
                "Ja joh, dat is echt de beste plek van de stad om te zitten.",
                "Omg dit is letterlijk de beste dag van het jaar 😭",
                "Jemig, wat een mooiste-avond-ooit-gevoel, de beste band van het festival.",
                "Tja, het blijft de snelste weg naar huis in de spits.",
                "Dit is toch de mooiste tijd van het jaar, hè?",
                "Dat was de spannendste finale in jaren, hoor.",
                "Dat was de mooiste goal van de avond, niet?",
                "Het is de drukste dag van het jaar, niet dan?",
                "Wat een beelden, dit is misschien wel de mooiste plek van Drenthe.",
                "Het wordt waarschijnlijk de warmste week van de zomer.",
            ],
            Voice::Reporting,
        );
        none_is(
            &[
                "Misschien niet de goedkoopste, maar wel de vriendelijkste bakker van Zwolle.",
                "Ja, ook bij ons betaalt u de laagste prijs.",
                "Zeg nou zelf: waar vind je een betere prijs dan bij ons?",
                "Wie bakt er lekkerder brood dan wij?",
            ],
            Voice::Reporting,
        );
    }

    #[test]
    fn a_verdict_on_a_past_experience_is_a_guests_not_a_sellers() {
        each_is(
            &[
                "De soep wordt elke dag vers gemaakt; wij vonden het de lekkerste van de reis.",
                "Van alle campings aan de kust vonden we deze het rustigst.",
                "Deze pizzeria is een aanrader: wij kregen de lekkerste pizza van de week.",
            ],
            Voice::Reporting,
        );
        none_is(
            &["Wij vinden dat u recht hebt op de laagste prijs."],
            Voice::Reporting,
        );
    }

    #[test]
    fn a_wish_or_an_attempt_of_a_we_promises_nothing() {
        each_is(
            &[
                "Wij hebben nooit eerder een schade bij uw maatschappij gemeld en hopen op een snelle afhandeling.",
                "We proberen altijd op zondag samen te wandelen, ook als het regent.",
                "Wij wensen jullie de mooiste reis van je leven toe.",
            ],
            Voice::Reporting,
        );
        none_is(
            &[
                "Uw wensen staan bij ons altijd voorop.",
                "Wij leveren altijd op tijd, daar hoeft u niet op te hopen.",
            ],
            Voice::Reporting,
        );
    }

    #[test]
    fn a_third_persons_opinion_is_passed_on_not_claimed() {
        each_is(
            &[
                "Een luisteraar belde ons net: zij vindt dit het mooiste nummer van de zomer.",
                "We feliciteren Jan, hij zegt zelf dat hij zich nog nooit zo fit heeft gevoeld.",
                "We spraken een bezoeker die volgens hem de lekkerste oliebollen van de stad had gegeten.",
            ],
            Voice::Reporting,
        );
        none_is(
            &[
                "Onze kok is de allerbeste van de stad, al zegt hij dat zelf nooit.",
                "Bordspellen en puzzels: je vindt ze bij ons op de eerste verdieping.",
            ],
            Voice::Reporting,
        );
    }

    #[test]
    fn a_trip_in_the_perfect_with_zijn_is_told() {
        each_is(
            &["We zijn met de klas naar Leiden gegaan en dat was de leukste dag van het jaar."],
            Voice::Reporting,
        );
        none_is(
            &[
                "Onze jassen zijn getest en wij zijn de goedkoopste van het land.",
                "Wij zijn de goedkoopste gebleven, ook na de prijsstijgingen.",
            ],
            Voice::Reporting,
        );
    }

    #[test]
    fn a_general_rule_is_hedged_and_sells_nothing() {
        each_is(
            &["Doorgaans is de kortste route over de dijk ook de snelste."],
            Voice::Reporting,
        );
        none_is(
            &["Meestal betaalt u bij ons het minst voor uw stroom."],
            Voice::Reporting,
        );
    }

    #[test]
    fn pronouns_in_reported_speech_are_the_reported_speakers() {
        each_is(
            &[
                "De monteur legde uit dat je de ketel beter elk jaar laat nakijken.",
                "De docent vertelde dat u bij twijfel altijd de langere route neemt.",
            ],
            Voice::Reporting,
        );
        none_is(
            &[
                "Wij zorgen ervoor dat u nooit meer hoeft te wachten.",
                "Wist je dat onze jassen de warmste van de markt zijn?",
            ],
            Voice::Reporting,
        );
    }

    fn voice(text: &str) -> Voice {
        let doc = Document::new(text);
        sentence_voice(&doc, super::super::sentence_words(&doc, 0))
    }

    /// Asserts that each of `texts` is in the voice `want`.
    fn each_is(texts: &[&str], want: Voice) {
        for text in texts {
            assert_eq!(voice(text), want, "{text}");
        }
    }

    /// Asserts that none of `texts` is in the voice `not`.
    fn none_is(texts: &[&str], not: Voice) {
        for text in texts {
            assert_ne!(voice(text), not, "{text}");
        }
    }

    #[test]
    fn a_past_tense_beside_never_narrates_unless_it_measures() {
        each_is(
            &[
                "Dit seizoen scoorden wij nooit.",
                "Op de camping was het ooit drie weken nat.",
                "We hadden nog nooit zo lang op een perron gestaan als die avond.",
                "Zij hadden nooit gedacht dat het dorp zo snel zou groeien.",
            ],
            Voice::Reporting,
        );
        none_is(
            &[
                "Nooit was sparen zo eenvoudig als bij ons.",
                "Overstappen was nog nooit makkelijker.",
                "Nog nooit was uw hypotheek zo snel geregeld.",
                "Nu met een smaak die voller is dan je ooit had gedacht.",
            ],
            Voice::Reporting,
        );
    }

    #[test]
    fn a_possessive_first_person_is_a_consumer() {
        assert_eq!(
            voice("Gisteren mijn snelste tijd op de tien kilometer gelopen."),
            Voice::Reporting
        );
        assert_eq!(
            voice("Mijn fiets is de snelste van de straat."),
            Voice::Reporting
        );
    }

    #[test]
    fn a_disclosure_tag_marks_the_post_as_advertising() {
        let yes = |text: &str| discloses_advertising(&crate::Document::new(text));
        assert!(yes("mijn nieuwe favoriete thee, zo lekker 😍 #ad"));
        assert!(yes(
            "Dit is de fijnste jas die ik heb (#Samenwerking met Jassie)"
        ));
        assert!(!yes("#adviesgesprek: zo bereid je je voor"));
        assert!(!yes("Op nummer #1 staat de adder."));
        assert!(!yes("Geen hashtag hier."));
    }

    #[test]
    fn a_perfect_tense_tells_a_story_unless_the_reader_gets_the_result() {
        assert_eq!(
            voice(
                "Vorige zomer was het erg warm: we hebben dagen in het park gelegen zonder iets te doen."
            ),
            Voice::Reporting
        );
        assert_eq!(
            voice("We hebben het daarna nooit meer over die buren gehad."),
            Voice::Reporting
        );
        assert_eq!(
            voice("Met onze app heb je je aangifte sneller geregeld."),
            Voice::Advertiser
        );
        assert_eq!(voice("Wij hebben de laagste prijzen."), Voice::Advertiser);
    }

    #[test]
    fn the_advertiser_addresses_the_reader() {
        assert_eq!(voice("Wij zijn de goedkoopste."), Voice::Advertiser);
        assert_eq!(voice("Bij Voltara betaal je minder."), Voice::Advertiser);
        assert_eq!(voice("Kies de snelste bezorger."), Voice::Advertiser);
        assert_eq!(voice("Nu nog voordeliger!"), Voice::Advertiser);
        // The advertiser's voice wins over a past tense in a sentence that
        // also speaks in the present.
        assert_eq!(
            voice("Wij waren de eerste en zijn nog steeds de goedkoopste."),
            Voice::Advertiser
        );
    }

    /// A character's line in a story, closed by a narrator's verb of
    /// saying: its „je” and „u” address another character.
    #[test]
    fn a_muttered_or_whispered_line_is_narrated() {
        each_is(
            &[
                "„Je komt altijd te laat,” mompelde de oude visser.",
                "„U krijgt nooit meer een tweede kans,” fluisterde de heks.",
                "„Jij bent de sterkste van het dorp,” grinnikte de smid.",
                "„Je bent nooit te oud,” zei ze, zonder op te kijken van haar breiwerk.",
            ],
            Voice::Reporting,
        );
    }

    /// Sentences where somebody other than the advertiser speaks, and
    /// sentences of the same build where the advertiser does.
    #[test]
    fn the_public_third_persons_families_and_authorities_report() {
        let reporting = [
            // The public judging, and a third person after the start.
            "Volgens veel reizigers is het een van de mooiste spoorlijnen van Europa.",
            "Veel mensen vinden de herfst het mooiste seizoen van het jaar.",
            "Daar hebben ze de verste eieren van de hele markt.",
            "Sinds de nieuwe trainer spelen ze sneller en compacter.",
            "Het bedrijf is inmiddels de grootste werkgever in de regio.",
            // „wij” and „onze” of a family or a household.
            "Met groot verdriet nemen wij afscheid van onze lieve moeder, die altijd klaarstond voor iedereen.",
            "Onze buren zijn echt de aardigste mensen die we kennen.",
            // „onze” of a newsroom: its critic judges.
            "Volgens onze recensent bakt de patisserie de lekkerste appeltaart van de stad.",
            "Onze verslaggever noemt het de drukste markt van het land.",
            // Advice and an authority's letter address the reader
            // without selling.
            "Wij raden aan altijd de nieuwste versie te installeren.",
            "De Belastingdienst stuurt u nooit een e-mail met een betaallink.",
        ];
        each_is(&reporting, Voice::Reporting);
        // Customers are not the public, and an opening „Ze” may go on
        // about the advertiser's own people.
        none_is(
            &[
                "Volgens klanten de beste bakker van Delft.",
                "Ze zijn betrokken, deskundig en persoonlijk.",
            ],
            Voice::Reporting,
        );
        each_is(
            &[
                "Onze bakkers bakken het lekkerste brood.",
                "Bij ons krijgt u altijd de laagste prijs.",
            ],
            Voice::Advertiser,
        );
    }

    #[test]
    fn a_grammar_lesson_teaches_language() {
        let lesson = |text: &str| {
            let doc = Document::new(text);
            teaches_language(&doc, super::super::sentence_words(&doc, 0))
        };
        assert!(lesson(
            "‘Meest beste’ is dubbelop, want ‘beste’ is al een overtreffende trap."
        ));
        assert!(lesson(
            "Bij lange bijvoeglijke naamwoorden gebruik je ‘meest’."
        ));
        assert!(lesson(
            "Het woord 'gratis' komt uit het Latijn en betekent 'uit gunst'."
        ));
        assert!(lesson("Het woord 'eerlijk' komt van 'eer'."));
        assert!(lesson("Let op: je schrijft 'allerbeste' aan elkaar."));
        assert!(lesson(
            "Welk woord past niet in de reeks: mooier, groter, stoel?"
        ));
        assert!(lesson(
            "De trappen van vergelijking zijn: klein, kleiner, kleinst."
        ));
        assert!(lesson("De vergrotende trap van veel is meer."));
        assert!(!lesson("Welke fiets is het lichtst van de drie?"));
        assert!(!lesson("Wij zijn de goedkoopste van het land."));
        assert!(!lesson("Het woord duurzaam zegt niets over de fabriek."));
    }

    #[test]
    fn reports_and_consumers_are_not_the_advertiser() {
        assert_eq!(
            voice("De grootste bank van het land meldde een winst."),
            Voice::Reporting
        );
        assert_eq!(
            voice("In Groningen stegen de prijzen het snelst, aldus het kadaster."),
            Voice::Reporting
        );
        assert_eq!(voice("Ik vond het de beste pizza."), Voice::Reporting);
        assert_eq!(
            voice("Gewoon een kabel, eerlijk, dat is nog altijd het snelst."),
            Voice::Reporting
        );
        assert_eq!(
            voice("Eerlijk, het is de mooiste plek die er is."),
            Voice::Reporting
        );
        assert_ne!(voice("Eerlijk, vers en lokaal."), Voice::Reporting);
        assert_eq!(
            voice("Vanaf de top heb je het mooiste uitzicht, vonden wij."),
            Voice::Reporting
        );
        // A consumer's „ik … je” is not the advertiser addressing the reader.
        assert_eq!(
            voice("Ik ben al jaren klant en je wacht steeds langer."),
            Voice::Reporting
        );
        assert_eq!(
            voice("Supermarkt Kar is volgens marktonderzoeker Panelwijs de grootste."),
            Voice::Reporting
        );
        assert_eq!(
            voice("De grootste bank van het land schrapt 800 banen."),
            Voice::Reporting
        );
        assert_eq!(
            voice("Vorige week opende de grootste bakkerij van de stad."),
            Voice::Reporting
        );
        assert_eq!(voice("De scheidsrechter floot eerlijk."), Voice::Reporting);
        assert_eq!(
            voice("Gisteren maakten we de langste wandeling."),
            Voice::Reporting
        );
        assert_eq!(
            voice("De transparante tarieven die de Europese Commissie eist."),
            Voice::Reporting
        );
        // "we" telling a story in the past tense.
        assert_eq!(
            voice("Op de markt kochten we de lekkerste olijven."),
            Voice::Reporting
        );
        assert_eq!(
            voice("Een zuivelbedrijf adverteerde met de meest natuurlijke melk."),
            Voice::Reporting
        );
    }

    #[test]
    fn a_past_tense_in_a_relative_clause_is_embedded() {
        assert_eq!(
            voice("Het beste toestel dat ooit op de markt kwam."),
            Voice::Unmarked
        );
        assert_eq!(
            voice("Het hof stelde dat hij eerlijk was."),
            Voice::Reporting
        );
    }

    #[test]
    fn a_slogan_after_an_advertiser_sentence_carries_its_voice() {
        let carries = |text: &str, word: &str| {
            let doc = Document::new(text);
            carries_advertiser_voice(&doc, crate::testutil::word_at(&doc, word), &mut |i| {
                sentence_voice(&doc, super::super::sentence_words(&doc, i))
            })
        };
        assert!(carries(
            "Wij geloven in eerlijke mode. Transparant van katoen tot kast.",
            "Transparant"
        ));
        assert!(!carries(
            "Wij geloven in eerlijke mode.\nTransparant van katoen tot kast.",
            "Transparant"
        ));
        assert!(!carries(
            "De bank meldde verlies. Transparant van katoen tot kast.",
            "Transparant"
        ));
    }

    #[test]
    fn headlines_are_unmarked() {
        assert_eq!(
            voice("Topkwaliteit voor een eerlijke prijs."),
            Voice::Unmarked
        );
        assert_eq!(
            voice("De goedkoopste energie van Nederland."),
            Voice::Unmarked
        );
        // An adjective in -erde is no past tense.
        assert_eq!(voice("De meest gewaardeerde bakker."), Voice::Unmarked);
        assert_eq!(
            voice("Witter dan wit, ook voor de bonte was."),
            Voice::Unmarked
        );
        assert_eq!(
            voice("Nog nooit was verzekeren zo makkelijk."),
            Voice::Unmarked
        );
        assert_eq!(voice("Tuinieren was nooit eenvoudiger."), Voice::Unmarked);
    }
}
