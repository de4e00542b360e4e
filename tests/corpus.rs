//! The annotated corpus (`corpus/{dev,test}/*.txt`) run as a test.
//!
//! Every markup line is a document; the analyzer's findings are scored
//! against the annotations with `echt::eval`, restricted to the categories
//! the default lexicons cover. The floors below are regression guards set
//! just under the measured figures (see the README and the issue notes); raise
//! them when the lexicons improve, never lower them to make a change pass.
//!
//! `cargo test --test corpus -- --nocapture` prints the full report.

use echt::eval::{Evaluation, GoldDocument, parse_markup};
use echt::{Analyzer, Category};
use std::path::{Path, PathBuf};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus")
}

fn load(split: &str, prefix: &str) -> Vec<GoldDocument> {
    let dir = corpus_dir().join(split);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "txt")
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(prefix))
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no {prefix}* files in {}", dir.display());
    let mut docs = Vec::new();
    for f in files {
        let content =
            std::fs::read_to_string(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        match parse_markup(&content) {
            Ok(d) => docs.extend(d),
            Err((line, msg)) => panic!("{}:{line}: {msg}", f.display()),
        }
    }
    docs
}

/// Categories the default lexicons have rules for.
fn scope(analyzer: &Analyzer) -> Vec<Category> {
    let mut cats: Vec<Category> = analyzer.rules().iter().map(|r| r.category).collect();
    cats.sort();
    cats.dedup();
    cats
}

fn evaluate(docs: &[GoldDocument], analyzer: &Analyzer, scope: &[Category]) -> Evaluation {
    let mut eval = Evaluation::default();
    for d in docs {
        let report = analyzer.analyze(&d.text);
        eval.add(d, &report.findings, scope);
    }
    eval
}

fn print(kind: &str, split: &str, eval: &Evaluation, docs: &[GoldDocument]) {
    let name = format!("{kind}/{split}");
    println!(
        "== {name}: {} documents; overlap P {:.3} R {:.3} F1 {:.3}; exact P {:.3} R {:.3} F1 {:.3}; document accuracy {:.3}",
        eval.documents,
        eval.overlap.precision(),
        eval.overlap.recall(),
        eval.overlap.f1(),
        eval.exact.precision(),
        eval.exact.recall(),
        eval.exact.f1(),
        eval.document_accuracy()
    );
    for (cat, c) in &eval.per_category {
        println!(
            "   {cat:<22} overlap P {:.3} R {:.3} F1 {:.3} (tp {}, fp {}, fn {})",
            c.overlap.precision(),
            c.overlap.recall(),
            c.overlap.f1(),
            c.overlap.true_positives,
            c.overlap.false_positives,
            c.overlap.false_negatives
        );
    }
    // The held-out split shows only its aggregates: its spans are never
    // looked at, so they cannot steer the rules.
    if split == "test" {
        return;
    }
    for m in &eval.missed {
        println!(
            "   missed {:<20} {:?} in {:?}",
            m.category.id(),
            m.text,
            docs[m.document].text
        );
    }
    for m in &eval.false_spans {
        println!(
            "   false  {:<20} {:?} ({}) in {:?}",
            m.category.id(),
            m.text,
            m.rule.as_deref().unwrap_or(""),
            docs[m.document].text
        );
    }
}

fn words(docs: &[GoldDocument], analyzer: &Analyzer) -> usize {
    docs.iter().map(|d| analyzer.analyze(&d.text).words).sum()
}

#[test]
fn ad_copy_dev_split() {
    let analyzer = Analyzer::default();
    let scope = scope(&analyzer);
    let docs = load("dev", "ads");
    let eval = evaluate(&docs, &analyzer, &scope);
    print("ads", "dev", &eval, &docs);
    // Measured 0.986 before dev/ads-10.txt and dev/ads-11.txt, written
    // blind, joined the split (their own precision 0.945 and 0.927 before the
    // fixes they prompted); 0.979 after, 0.977 with dev/ads-12.txt and
    // dev/ads-13.txt, written blind (their own precision 0.947 and 0.971),
    // 0.976 after; 0.965 with dev/ads-16.txt and dev/ads-17.txt, written
    // blind (their own precision 0.874 and 0.867 before the fixes they
    // prompted); 0.966 with dev/ads-18.txt and dev/ads-19.txt, written blind
    // (their own precision 0.935 and 0.956 before the fixes they prompted);
    // 0.963 with dev/ads-22.txt and dev/ads-23.txt, written blind (their own
    // precision 0.952 and 0.932 on first contact); 0.959 with dev/ads-26.txt
    // and dev/ads-27.txt, written blind (their own precision 0.970 and 0.956
    // on first contact, after review), 0.963 after; 0.961 with
    // dev/ads-28.txt and dev/ads-29.txt, written blind (their own precision
    // 0.948 and 0.915 on first contact, after review), 0.962 after; 0.959
    // with dev/ads-30.txt and dev/ads-31.txt, written blind (their own
    // precision 0.942 and 0.893 on first contact, after review); 0.959 with
    // dev/ads-32.txt and dev/ads-33.txt, written blind (their own precision
    // 0.957 and 0.944 on first contact, after review).
    assert!(
        eval.overlap.precision() >= 0.955,
        "precision {:.3}",
        eval.overlap.precision()
    );
    // Measured 0.959 after the dev split grew with dev/ads-6.txt, written
    // blind (0.916 before the fixes it prompted), then 0.935 with
    // dev/ads-7.txt, also written blind (its own recall 0.60 before the
    // fixes it prompted, 0.79 after); 0.868 with dev/ads-8.txt and
    // dev/ads-9.txt, written blind (their own recall 0.71 and 0.61 before the
    // fixes they prompted), 0.894 after; 0.852 with dev/ads-10.txt and
    // dev/ads-11.txt, written blind (their own recall 0.65 and 0.68 before
    // the fixes they prompted), 0.864 after; 0.838 with dev/ads-12.txt and
    // dev/ads-13.txt, written blind (their own recall 0.73 and 0.72 before
    // the fixes they prompted), 0.848 after; 0.816 with dev/ads-14.txt and
    // dev/ads-15.txt, written blind (their own recall 0.58 and 0.70 before
    // the fixes they prompted), 0.834 after; 0.808 with dev/ads-16.txt and
    // dev/ads-17.txt, written blind (their own recall 0.60 and 0.65 before
    // the fixes they prompted), 0.834 after; 0.823 with dev/ads-18.txt and
    // dev/ads-19.txt, written blind (their own recall 0.71 and 0.70 before
    // the fixes they prompted), 0.831 after (unprecedented claims, „van
    // morgen”, ranks before a noun, top- and -kampioen titles, slogan
    // imperatives); 0.828 with dev/ads-20.txt and dev/ads-21.txt, written
    // blind (their own recall 0.76 and 0.80 on first contact), 0.838 after
    // (their own recall 0.85 and 0.91: green compounds and offsetting, „bewust”
    // and „verantwoord” collocations, durability words, „altijd” with
    // product qualities, baseline-free „minder”); 0.821 with dev/ads-22.txt
    // and dev/ads-23.txt, written blind (their own recall 0.71 and 0.64 on
    // first contact, after review), 0.846 after (their own recall 0.82 and
    // 0.73: verbless „altijd/nooit/lokaal/betrokken/helder” list items,
    // measure superlatives on an offer noun, recruiting and method
    // buzzwords, honesty of origin, „onverslaanbaar in …”, recycled content,
    // „de toekomst van wonen”); 0.836 with dev/ads-24.txt and
    // dev/ads-25.txt, written blind (their own recall 0.76 and 0.67 on
    // first contact, writers' annotation), 0.837 with „nooit eerder was …
    // zo betaalbaar” read as the never-before formula and „geen enkele
    // andere …” as a claim over every competitor; 0.826 with dev/ads-26.txt
    // and dev/ads-27.txt, written blind (their own recall 0.75 and 0.69 on
    // first contact, after review), 0.834 after (English marketing words,
    // the first comparative of a list after any copula, „staat de familie
    // centraal”, green wordings with „verantwoord”, „aan het juiste
    // adres”); 0.824 with dev/ads-28.txt and dev/ads-29.txt, written blind
    // (their own recall 0.731 and 0.655 on first contact, after review),
    // 0.828 after (the „Wie … er … beter?” challenge, named tests and the
    // group they ranked as evidence); 0.820 with dev/ads-30.txt and
    // dev/ads-31.txt, written blind (their own recall 0.806 and 0.630 on
    // first contact, after review); 0.815 with dev/ads-32.txt and
    // dev/ads-33.txt, written blind (their own recall 0.826 and 0.668 on
    // first contact, after review); the floor guards that state.
    assert!(
        eval.overlap.recall() >= 0.81,
        "recall {:.3}",
        eval.overlap.recall()
    );
}

#[test]
fn ad_copy_test_split() {
    let analyzer = Analyzer::default();
    let scope = scope(&analyzer);
    let docs = load("test", "ads");
    let eval = evaluate(&docs, &analyzer, &scope);
    print("ads", "test", &eval, &docs);
    assert!(
        eval.overlap.precision() >= 0.95,
        "precision {:.3}",
        eval.overlap.precision()
    );
    // Measured 0.830 after the test split grew with material written blind
    // (test/ads-3.txt), 0.836 with the speaker signal; the floor guards that
    // state.
    assert!(
        eval.overlap.recall() >= 0.84,
        "recall {:.3}",
        eval.overlap.recall()
    );
}

#[test]
fn neutral_prose_stays_silent() {
    let analyzer = Analyzer::default();
    // Issue target: at most 1 per 10,000 words on the held-out split. These
    // floors guard the measured state until the rules get there: dev 2.70
    // once it grew with dev/neutral-6.txt, written blind (10.05 before the
    // speaker signal and the fixes it prompted), 4.34 with dev/neutral-7.txt,
    // also written blind (18 false findings in it before the fixes it
    // prompted); 12.28 with dev/neutral-8.txt and dev/neutral-9.txt, also
    // written blind, 7.31 after the fixes they prompted; 12.02 with
    // dev/neutral-10.txt and dev/neutral-11.txt, also written blind (42 and
    // 34 per 10,000 words in them before the fixes they prompted), 4.29
    // after, 1.93 after the next round; 5.48 with dev/neutral-12.txt and
    // dev/neutral-13.txt, also written blind (25 and 27 per 10,000 words in
    // them before the fixes they prompted), 4.20 after; 8.55 with
    // dev/neutral-14.txt and dev/neutral-15.txt, also written blind (25 and
    // 47 per 10,000 words in them before the fixes they prompted), 6.18
    // after; 10.32 with dev/neutral-16.txt and dev/neutral-17.txt, also
    // written blind (59 and 25 per 10,000 words in them before the fixes
    // they prompted), 5.86 after (the public and third persons report,
    // lessons, families, advice and authorities, a company talked about),
    // 5.72 with a perfect tense and an infinitive read as what they are;
    // 6.55 with dev/neutral-18.txt and dev/neutral-19.txt, also written
    // blind (11 and 31 per 10,000 words in them before the fixes they
    // prompted), 5.50 after (a past tense beside „nooit” narrates without
    // „zo” or a comparative, „mijn” is a consumer's, a perfect tense or a
    // reported vow takes „nooit meer” back, a quoted answer to an
    // interviewer's question speaks for no seller); 6.19 with
    // dev/neutral-20.txt and dev/neutral-21.txt, also written blind (21 and
    // 11 per 10,000 words in them on first contact), 5.71 after (a ranking
    // inside a named group, a part of a work, durable people rather than
    // products); 8.60 with dev/neutral-22.txt and dev/neutral-23.txt, also
    // written blind (38 and 37 per 10,000 words in them on first contact:
    // critics' reviews, obituaries, club news, novels, fairy tales, diaries),
    // 8.16 with a character's or an interviewee's direct speech read as theirs,
    // 7.83 with complaints, prizes awarded and „de duurste” as no praise,
    // 7.61 with a story's past tenses („scheen”, „keek”, „lachten”), 7.06
    // with a past perfect beside „nooit”, a past expectation as a baseline,
    // comparisons among all animals and the best time of the year to visit,
    // 6.07 with a prize named, a work from an artist's period, a season's
    // reach, a sports role, a unique chance to see a play, an independent
    // mind, „het eerlijkste antwoord” and an instruction's comparatives;
    // then with this round's context and lexicon work (a third party's
    // role, a room described, physical transparency, a ranking inside a set
    // the sentence names, a condition or one's own past as the measure,
    // praise of the addressee, saving instructions and a later step after
    // „en”, the „je” and „u” of reported speech after a past report, a
    // pluperfect beside „nooit” as a story, a farm's past switch to
    // organic, a time window as the measure, the hedge of a general rule)
    // 4.30; 6.58 with dev/neutral-24.txt and dev/neutral-25.txt, also
    // written blind (45 and 35 per 10,000 words in them on first contact),
    // 5.77 after (one's own past as the measure without „ik”, advice „het
    // snelste is om”, an elliptic answer after „maar”, groups in need, a
    // person against all one wished for, what stands out about a named
    // thing, a named price as the outcome), 5.37 with a third party's own
    // uniqueness, a named independent institution, a time of day as the
    // measure and a reported argument („betoogt”, „pleit”); 6.84 with
    // dev/neutral-26.txt and dev/neutral-27.txt, also written blind (28 and
    // 17 per 10,000 words in them on first contact, after review), 4.39
    // after (greetings to family, hedged and scenario superlatives, a time
    // or a place inside a named whole as the measure, a narrator's speech
    // verbs, recipes and physics, a polite request), 3.92 with a welcome
    // between people, a new thing measured against the one it replaces and
    // a „wie is de …ste” question; 6.42 with dev/neutral-28.txt and
    // dev/neutral-29.txt, also written blind (19 and 54 per 10,000 words in
    // them on first contact, after review: spoken Dutch, transcripts, group
    // chats), 3.47 after (a comparative whose baseline stands in the
    // discourse, qualities no seller boasts of, a newsroom's „wij”, „bewust”
    // as „on purpose”, a ranking measured by a count, a tester as evidence),
    // 2.78 with spoken Dutch (speech particles, tag questions, hedges on
    // one's own judgement), a „wij” that wishes, tries or judges what it
    // had, an opinion passed on and mathematical laws; 3.65 with
    // dev/neutral-30.txt and dev/neutral-31.txt, also written blind (11.7
    // and 18.3 per 10,000 words in them on first contact, after review),
    // 3.00 after (a cited term only within its clause, „sterker nog”,
    // indirect speech after a past verb of saying, travel information, a
    // club's welcome); 5.69 with dev/neutral-32.txt and dev/neutral-33.txt,
    // also written blind (47.0 and 29.7 per 10,000 words in them on first
    // contact, after review: fiction, fairy tales, Flemish speech; critics,
    // consumer tests, minutes and rulings); test 8.11 (14.60 eight rounds ago, 10.54 seven rounds ago, 8.92 four
    // rounds ago, unmoved by the last three).
    for (split, floor) in [("dev", 5.8), ("test", 8.2)] {
        let docs = load(split, "neutral");
        let total_words = words(&docs, &analyzer);
        let eval = evaluate(&docs, &analyzer, &Category::ALL);
        print("neutral", split, &eval, &docs);
        let per_10k = eval.overlap.false_positives as f64 * 10_000.0 / total_words as f64;
        println!("   {total_words} words, {per_10k:.2} findings per 10,000 words");
        assert!(
            per_10k <= floor,
            "{split}: {per_10k:.2} findings per 10,000 words"
        );
    }
}
