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

/// True when the claim on words `first..=last` is negated.
pub fn is_negated(doc: &Document<'_>, first: usize, last: usize) -> bool {
    let words = doc.words();
    let clause = words[first].clause;
    let norm = |i: usize| doc.norm(&words[i]);

    // Before the claim, within the clause.
    let lowest = first.saturating_sub(REACH);
    for i in (lowest..first).rev() {
        if words[i].clause != clause {
            break;
        }
        let w = norm(i);
        if CUES.contains(&w) {
            let next = norm(i + 1);
            let not_a_negation = (w == "niet" && next == "alleen")
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
        if norm(i) == "niet" {
            let rest: Vec<usize> = (i + 1..words.len())
                .take_while(|&j| words[j].clause == clause)
                .collect();
            return rest.len() <= 2 && rest.iter().all(|&j| looks_verbal(norm(j)));
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn negated(text: &str, claim: &str) -> bool {
        let doc = Document::new(text);
        let i = crate::testutil::word_at(&doc, claim);
        is_negated(&doc, i, i)
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
    fn nooit_before_a_comparative_is_a_claim() {
        assert!(!negated("Tuinieren was nooit eenvoudiger.", "eenvoudiger"));
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
