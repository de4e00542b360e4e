//! The [`Analyzer`]: lexicons compiled once, applied to any number of texts.

use crate::context::voice::{self, Voice};
use crate::context::{Context, Judge};
use crate::document::Document;
use crate::finding::{Finding, Report};
use crate::fnv;
use crate::lexicon::{self, LexiconError, LexiconErrors, Source};
use crate::matcher::{Matcher, Owner, RawMatch, RuleSet};
use crate::morphology::StemFilter;
use crate::rule::Rule;
use crate::rule::{Severity, Speaker};
use crate::span::{LineIndex, PositionCursor};
use rustc_hash::FxHashSet;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};

/// Finds hollow claims in Dutch text.
///
/// Build it once (it compiles every rule into one matcher) and share it:
/// it is `Send + Sync` and cloning is cheap.
///
/// ```
/// use echt::{Analyzer, Category};
/// let report = Analyzer::default().analyze("Wij zijn de goedkoopste van Nederland.");
/// let f = &report.findings[0];
/// assert_eq!(f.category, Category::Superlative);
/// assert_eq!(f.text, "goedkoopste");
/// assert_eq!((f.span.start, f.span.end), (12, 23));
/// assert_eq!((f.line, f.column), (1, 13));
/// ```
#[derive(Clone)]
pub struct Analyzer {
    inner: Arc<Inner>,
}

struct Inner {
    rules: Vec<Rule>,
    matcher: Matcher,
    word_exceptions: Matcher,
    exceptions: Matcher,
    requirements: Matcher,
    stems: StemFilter,
    include_negated: bool,
    fingerprint: String,
}

impl Default for Analyzer {
    /// The analyzer with the embedded default lexicons.
    fn default() -> Self {
        static DEFAULT: OnceLock<Analyzer> = OnceLock::new();
        DEFAULT
            .get_or_init(|| {
                // The embedded lexicons are part of the build and compiled by
                // a test (`embedded_lexicons_compile`); they cannot fail here.
                #[allow(clippy::expect_used)]
                AnalyzerBuilder::new()
                    .with_default_lexicons()
                    .build()
                    .expect("the embedded lexicons compile")
            })
            .clone()
    }
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer")
            .field("rules", &self.inner.rules.len())
            .finish()
    }
}

impl Analyzer {
    /// A builder, to add or replace lexicon files.
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::new()
    }

    /// All rules, in lexicon order.
    pub fn rules(&self) -> &[Rule] {
        &self.inner.rules
    }

    /// A stable fingerprint of the lexicons this analyzer was built from
    /// (FNV-1a, 64 bits, over every source's name and content, in order):
    /// research output prints it so a paper can cite what produced the
    /// numbers.
    pub fn lexicon_fingerprint(&self) -> &str {
        &self.inner.fingerprint
    }

    /// The rule with this id.
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.inner.rules.iter().find(|r| r.id == id)
    }

    /// Runs the text stages (tokens, sentences, norms, morphology) the way
    /// this analyzer's rules need them.
    pub fn document<'t>(&self, text: &'t str) -> Document<'t> {
        Document::with_stems(text, &self.inner.stems)
    }

    /// Finds the hollow claims in `text`.
    pub fn analyze(&self, text: &str) -> Report {
        self.analyze_document(&self.document(text))
    }

    /// Finds the hollow claims in an already analysed document.
    pub fn analyze_document(&self, doc: &Document<'_>) -> Report {
        let mut raw = self.inner.matcher.find(doc);
        self.drop_cancelled_at_their_word(&mut raw, doc);
        let exceptions = self.exception_matches(&raw, doc);
        raw.extend(exceptions);
        let mut judge = Judge::new(doc);
        let selected = self.select(raw, doc, &judge);
        let findings = if selected.is_empty() {
            Vec::new()
        } else {
            let lines = LineIndex::new(doc.text());
            // Selected matches are sorted by position: one cursor walks them.
            let mut cursor = lines.cursor(doc.text());
            selected
                .into_iter()
                .filter_map(|m| {
                    let (first, last) = m.focus_words;
                    let context = judge.judge(first as usize, last as usize);
                    (self.inner.include_negated || !context.negated)
                        .then(|| self.finding(doc.text(), &mut cursor, m, context))
                })
                .collect()
        };
        Report {
            words: doc.words().len(),
            sentences: doc.sentences().len(),
            findings,
        }
    }

    /// Drops the rule matches cancelled by a one-word exception of their
    /// rule. Such an exception contains a match's focus only when the focus
    /// is that word, so it is tested there alone instead of in a pass over
    /// the clause (most superlatives in ordinary prose end here: „de
    /// grootste stad”, „het oudste gebouw”).
    fn drop_cancelled_at_their_word(&self, raw: &mut Vec<RawMatch>, doc: &Document<'_>) {
        if raw.is_empty() {
            return;
        }
        self.inner
            .word_exceptions
            .with_word_test(doc, |matches_word| {
                raw.retain(|m| {
                    let (first, last) = m.focus_words;
                    first != last || !matches_word(first as usize, m.owner.rule())
                });
            });
    }

    /// The matches of the exceptions of the rules in `rule_matches`, in the
    /// clauses where those rules matched: the only exception matches that
    /// can cancel anything (an exception stays inside one clause, and
    /// cancels a match of its own rule whose focus it contains).
    fn exception_matches(&self, rule_matches: &[RawMatch], doc: &Document<'_>) -> Vec<RawMatch> {
        let words = doc.words();
        // (clause, first word of the focus, rule), grouped by clause.
        let mut wanted: Vec<(u32, u32, u32)> = rule_matches
            .iter()
            .map(|m| {
                let first = m.focus_words.0;
                (words[first as usize].clause, first, m.owner.rule())
            })
            .collect();
        wanted.sort_unstable();
        let mut out = Vec::new();
        for group in wanted.chunk_by(|a, b| a.0 == b.0) {
            let rules = RuleSet::of(group.iter().map(|g| g.2));
            let clause = crate::context::clause_words(doc, group[0].1 as usize);
            self.inner
                .exceptions
                .find_in(doc, clause, Some(&rules), &mut out);
        }
        out
    }

    /// The requirement and veto matches of the rules that `needs` them, in
    /// the sentences where such a rule matched: the only ones
    /// [`Analyzer::select`] reads (it keys them by rule and sentence). A
    /// pattern stays inside its clause, and a clause inside its sentence, so
    /// running the requirements of those rules on those sentences alone
    /// finds exactly what running all of them on the whole document finds
    /// for those rules there.
    fn requirement_matches(
        &self,
        rule_matches: &[RawMatch],
        doc: &Document<'_>,
        needs: &dyn Fn(&RawMatch) -> bool,
    ) -> Vec<RawMatch> {
        let words = doc.words();
        // (sentence, first word of the focus, rule), grouped by sentence.
        let mut wanted: Vec<(u32, usize, u32)> = rule_matches
            .iter()
            .filter(|m| needs(m))
            .map(|m| {
                let first = m.focus_words.0 as usize;
                (words[first].sentence, first, m.owner.rule())
            })
            .collect();
        wanted.sort_unstable();
        let mut out = Vec::new();
        for group in wanted.chunk_by(|a, b| a.0 == b.0) {
            let range = crate::context::sentence_words(doc, group[0].1);
            let rules = RuleSet::of(group.iter().map(|g| g.2));
            self.inner
                .requirements
                .find_in(doc, range, Some(&rules), &mut out);
        }
        out
    }

    /// Drops matches cancelled by exceptions (an exception match of the same
    /// rule that contains the reported span) and matches whose rule
    /// `requires` something the sentence lacks, and keeps the best of
    /// overlapping matches within a category: higher severity, then longer,
    /// then the rule listed first.
    fn select(
        &self,
        raw: Vec<RawMatch>,
        doc: &Document<'_>,
        judge: &Judge<'_, '_>,
    ) -> Vec<RawMatch> {
        let words = doc.words();
        let mut matches = crate::matcher::without_cancelled(raw);
        // Rules with `requires` fire only in a sentence where a requirement
        // matched too, or in a slogan-short sentence. The requirement patterns
        // run only when such a rule matched at all.
        // Rules with `unless` are silent in a sentence where a veto matched.
        let needs = |m: &RawMatch| {
            let rule = &self.inner.rules[m.owner.rule() as usize];
            !rule.requires.is_empty() || !rule.unless.is_empty()
        };
        let mut satisfied: FxHashSet<(u32, u32)> = FxHashSet::default();
        let mut vetoed: FxHashSet<(u32, u32)> = FxHashSet::default();
        if matches.iter().any(needs) {
            for m in self.requirement_matches(&matches, doc, &needs) {
                let key = (m.owner.rule(), words[m.focus_words.0 as usize].sentence);
                if matches!(m.owner, Owner::Unless(_)) {
                    vetoed.insert(key);
                } else {
                    satisfied.insert(key);
                }
            }
        }
        // Rules for the advertiser's voice are silent in a sentence that
        // only reports; each sentence's voice is read once.
        // A disclosure tag („#ad”, „#samenwerking”) makes every sentence of
        // the post the advertiser's, the influencer's „ik” included.
        let disclosed = std::cell::OnceCell::new();
        let disclosed = || *disclosed.get_or_init(|| voice::discloses_advertising(doc));
        let mut voices = PerSentence::default();
        let mut voice_of = |i: usize| {
            voices.get(doc, i, |range| match voice::sentence_voice(doc, range) {
                Voice::Advertiser => Voice::Advertiser,
                _ if disclosed() => Voice::Advertiser,
                v => v,
            })
        };
        let in_quotes = |m: &RawMatch| judge.is_quoted(m.focus_words.0 as usize);
        let mut lessons = PerSentence::default();
        let mut dated_tests = PerSentence::default();
        matches.retain(|m| {
            let r = m.owner.rule();
            let rule = &self.inner.rules[r as usize];
            let first = m.focus_words.0 as usize;
            let sentence = words[first].sentence;
            if vetoed.contains(&(r, sentence)) {
                return false;
            }
            // „de Partij voor Eerlijk Bestuur”: a name, not a claim.
            if crate::context::names::in_proper_name(doc, first) {
                return false;
            }
            // „Koper geleidt goed, maar zilver geleidt nog beter”: the
            // comparison's baseline stands in the discourse before it.
            if rule.category == crate::Category::DanglingComparative
                && crate::context::baseline::has_discourse_baseline(
                    doc,
                    first,
                    m.focus_words.1 as usize,
                )
            {
                return false;
            }
            // „de traagste trein van het land”: no seller boasts of that.
            if rule.category == crate::Category::Superlative
                && crate::context::praise::ranks_no_merit(doc, first, m.focus_words.1 as usize)
            {
                return false;
            }
            // „groen” is a colour; „„groen”” is a claim discussed.
            if rule.speaker == Speaker::Mentioned
                && !crate::context::quotation::is_mention(doc, first, m.focus_words.1 as usize)
            {
                return false;
            }
            // A grammar or etymology lesson cites words as words, quoted
            // or not („‘meest beste’ is dubbelop”).
            if rule.speaker != Speaker::Anyone
                && lessons.get(doc, first, |range| voice::teaches_language(doc, range))
            {
                return false;
            }
            // An interviewee answering the question before the quote
            // („Hebt u ooit spijt gehad? „Nooit. …””) speaks for no seller.
            // So does a character in a story or a person in an interview
            // („‘Het mooiste wat me overkwam,’ fluisterde hij”).
            if rule.speaker == Speaker::Advertiser
                && (judge.answers_question(first) || judge.is_narrated_speech(first))
                && voice_of(first) != Voice::Advertiser
            {
                return false;
            }
            // Inside quotation marks or reported speech somebody else
            // speaks: the quote keeps its claim (marked `quoted` later).
            // A sentence that reports its own dated test („scoorde in de
            // test van mei 2026 het hoogst”) still makes the claim: it is
            // kept, and reported at `info` as substantiated.
            rule.speaker != Speaker::Advertiser
                || voice_of(first) != Voice::Reporting
                || in_quotes(m)
                || dated_tests.get(doc, first, |_| {
                    crate::context::substantiation::sentence_reports_dated_test(doc, first)
                })
        });
        // A sentence that already makes a claim no context has to license
        // („CO2-neutraal door compensatie”, „verantwoord gehouden kippen”)
        // is ad copy: it licenses the claims that need the advertiser's
        // voice too („transparant, eerlijk en CO2-neutraal”).
        let claiming: FxHashSet<u32> = matches
            .iter()
            .filter(|m| {
                self.inner.rules[m.owner.rule() as usize]
                    .requires
                    .is_empty()
            })
            .map(|m| words[m.focus_words.0 as usize].sentence)
            .collect();
        matches.retain(|m| {
            let r = m.owner.rule();
            let rule = &self.inner.rules[r as usize];
            let first = m.focus_words.0 as usize;
            let sentence = words[first].sentence;
            // A quoted claim word is mentioned as a claim („noemen zich
            // ‘groen’”): the quote itself is the advertiser's voice.
            rule.requires.is_empty()
                || satisfied.contains(&(r, sentence))
                || claiming.contains(&sentence)
                || crate::context::sentence_words(doc, first).len() <= SLOGAN_WORDS
                || in_quotes(m)
                || voice::carries_advertiser_voice(doc, first, &mut voice_of)
        });
        let rule = |m: &RawMatch| &self.inner.rules[m.owner.rule() as usize];
        let index = |m: &RawMatch| m.owner.rule();
        matches.sort_by(|a, b| {
            rule(b)
                .severity
                .cmp(&rule(a).severity)
                .then(b.focus.len().cmp(&a.focus.len()))
                .then(index(a).cmp(&index(b)))
                .then(a.focus.cmp(&b.focus))
        });
        // Kept spans never overlap within a category, so the kept span with
        // the largest start before a candidate's end is the only one that can
        // overlap it: O(n log n) however many matches a text has.
        let mut taken: BTreeMap<(crate::Category, usize), usize> = BTreeMap::new();
        let mut kept: Vec<RawMatch> = Vec::with_capacity(matches.len());
        for m in matches {
            let cat = rule(&m).category;
            let clash = taken
                .range((cat, 0)..(cat, m.focus.end))
                .next_back()
                .is_some_and(|(_, &end)| end > m.focus.start);
            if !clash {
                taken.insert((cat, m.focus.start), m.focus.end);
                kept.push(m);
            }
        }
        kept.sort_by(|a, b| a.focus.cmp(&b.focus).then(index(a).cmp(&index(b))));
        kept
    }

    fn finding(
        &self,
        text: &str,
        cursor: &mut PositionCursor<'_>,
        m: RawMatch,
        context: Context,
    ) -> Finding {
        let rule = &self.inner.rules[m.owner.rule() as usize];
        let pos = cursor.position(m.focus.start);
        Finding {
            rule: rule.id.clone(),
            category: rule.category,
            // Evidence makes the claim checkable: worth a look, no more.
            severity: if context.substantiated {
                Severity::Info
            } else {
                rule.severity
            },
            span: m.focus,
            line: pos.line,
            column: pos.column,
            column_utf16: pos.column_utf16,
            text: m.focus.slice(text).to_string(),
            message: rule.message.clone(),
            suggestion: rule.suggestion.clone(),
            context,
        }
    }

    /// Runs every rule's own examples and counter-examples, and returns one
    /// line per failure (empty when all pass). Useful to test a lexicon file.
    pub fn verify_examples(&self) -> Vec<String> {
        let mut failures = Vec::new();
        for rule in self.rules() {
            let at = format!(
                "{}:{} (rule `{}`)",
                rule.origin.file, rule.origin.line, rule.id
            );
            for ex in &rule.examples {
                let Some((text, expected)) = crate::eval::parse_marked(ex) else {
                    failures.push(format!("{at}: example without one `[…]`: {ex}"));
                    continue;
                };
                let report = self.analyze(&text);
                let hit = report
                    .findings
                    .iter()
                    .any(|f| f.rule == rule.id && f.span == expected);
                if !hit {
                    let got: Vec<String> = report
                        .findings
                        .iter()
                        .map(|f| format!("{} `{}`", f.rule, f.text))
                        .collect();
                    failures.push(format!(
                        "{at}: example should flag `{}` in {text:?}; found [{}]",
                        expected.slice(&text),
                        got.join(", ")
                    ));
                }
            }
            for ex in &rule.counter_examples {
                let report = self.analyze(ex);
                if let Some(f) = report.findings.iter().find(|f| f.rule == rule.id) {
                    failures.push(format!(
                        "{at}: counter-example should stay silent but flags `{}`: {ex:?}",
                        f.text
                    ));
                }
            }
        }
        failures
    }
}

/// Builds an [`Analyzer`] from lexicon files.
///
/// ```
/// use echt::Analyzer;
/// let brand = r#"
/// category = "superlative"
/// [[rule]]
/// id = "brand-cheapest-village"
/// severity = "error"
/// message = "Prijsclaim zonder bewijs."
/// suggestion = "Noem de vergelijking."
/// explanation = "Niemand kan dit controleren."
/// patterns = ["goedkoopste van het dorp"]
/// "#;
/// let analyzer = Analyzer::builder()
///     .with_default_lexicons()
///     .lexicon_str("brand", brand)
///     .build()
///     .unwrap();
/// assert!(analyzer.rule("brand-cheapest-village").is_some());
/// ```
#[derive(Debug, Clone, Default)]
pub struct AnalyzerBuilder {
    sources: Vec<Source>,
    include_negated: bool,
}

impl AnalyzerBuilder {
    /// A builder with no lexicons.
    pub fn new() -> Self {
        AnalyzerBuilder::default()
    }

    /// Adds the embedded default lexicons.
    pub fn with_default_lexicons(mut self) -> Self {
        self.sources.extend(Source::embedded());
        self
    }

    /// Adds a lexicon from a string; it replaces an earlier one with the
    /// same `name` (e.g. `superlative` replaces the default superlative file).
    pub fn lexicon_str(mut self, name: &str, content: &str) -> Self {
        self.sources.push(Source {
            name: name.to_string(),
            display: format!("{name}.toml"),
            content: content.to_string(),
        });
        self
    }

    /// Adds a lexicon file, or every `.toml` file in a directory. A file
    /// replaces an earlier lexicon with the same file stem.
    pub fn lexicon_path(mut self, path: &Path) -> Result<Self, LexiconError> {
        self.sources.extend(Source::from_path(path)?);
        Ok(self)
    }

    /// Also report negated claims ("wij zijn niet de goedkoopste"), marked
    /// `negated`. Off by default: a negated claim is no claim.
    pub fn include_negated(mut self, yes: bool) -> Self {
        self.include_negated = yes;
        self
    }

    /// Compiles all lexicons, reporting every problem at once.
    pub fn build(self) -> Result<Analyzer, LexiconErrors> {
        let compiled = lexicon::compile(&self.sources)?;
        let fingerprint = fingerprint(&self.sources);
        let stems = StemFilter::new(
            compiled
                .matcher
                .stems()
                .chain(compiled.word_exceptions.stems())
                .chain(compiled.exceptions.stems())
                .chain(compiled.requirements.stems()),
        );
        Ok(Analyzer {
            inner: Arc::new(Inner {
                rules: compiled.rules,
                matcher: compiled.matcher,
                word_exceptions: compiled.word_exceptions,
                exceptions: compiled.exceptions,
                requirements: compiled.requirements,
                stems,
                include_negated: self.include_negated,
                fingerprint,
            }),
        })
    }
}

/// Sentences of at most this many words are slogans or headlines: a rule's
/// `requires` does not apply to them ("Eerlijk. Transparant.").
const SLOGAN_WORDS: usize = 4;

/// What a context function says of a sentence, kept by sentence number so
/// that each sentence is read once however many matches it holds.
struct PerSentence<T>(rustc_hash::FxHashMap<u32, T>);

impl<T> Default for PerSentence<T> {
    fn default() -> Self {
        PerSentence(rustc_hash::FxHashMap::default())
    }
}

impl<T: Copy> PerSentence<T> {
    /// The answer for the sentence of word `i`: `read(its words)` the first
    /// time.
    fn get(
        &mut self,
        doc: &Document<'_>,
        i: usize,
        read: impl FnOnce(std::ops::Range<usize>) -> T,
    ) -> T {
        *self
            .0
            .entry(doc.words()[i].sentence)
            .or_insert_with(|| read(crate::context::sentence_words(doc, i)))
    }
}

/// FNV-1a over the sources: stable across platforms and Rust versions.
fn fingerprint(sources: &[Source]) -> String {
    // Sources that start with the embedded ones continue from their state,
    // computed at build time.
    let embedded = lexicon::EMBEDDED;
    let (mut hash, rest) = match sources.split_at_checked(embedded.len()) {
        Some((head, rest))
            if head
                .iter()
                .zip(embedded)
                .all(|(s, (name, content))| s.name == *name && s.content == *content) =>
        {
            (lexicon::EMBEDDED_FINGERPRINT, rest)
        }
        _ => (fnv::OFFSET, sources),
    };
    for s in rest {
        hash = fnv::extend_source(hash, s.name.as_bytes(), s.content.as_bytes());
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Words that anchor or continue many patterns, and filler.
    const VOCABULARY: &[&str] = &[
        "de",
        "het",
        "een",
        "beste",
        "Beste",
        "goedkoopste",
        "allerbeste",
        "meest",
        "duurzame",
        "duurzaam",
        "groener",
        "dan",
        "ooit",
        "nu",
        "100%",
        "klimaatneutraal",
        "CO2-neutraal",
        "uniek",
        "unieke",
        "nummer",
        "1",
        "#1",
        "van",
        "Nederland",
        "altijd",
        "nooit",
        "zonder",
        "garantie",
        "gratis",
        "klant",
        "centraal",
        "klantgericht",
        "innovatief",
        "wereldwijd",
        "niet",
        "geen",
        "volgens",
        "onderzoek",
        "Dé",
        "dé",
        "sneller",
        "beter",
        "goedkoper",
        "meer",
        "minder",
        "tot",
        "wel",
        "en",
        "of",
        "nog",
        "ook",
        ",",
        ".",
        "!",
        "\n",
        "ons",
        "wij",
        "zijn",
        "is",
        "groenste",
        "echt",
        "natuurlijk",
        "bewezen",
        "revolutionair",
        "state-of-the-art",
    ];

    /// The fingerprint hashes every source, embedded or not, the same way.
    #[test]
    fn a_disclosed_post_speaks_for_the_brand_and_an_interviewee_for_no_one() {
        use crate::testutil::{assert_finds, assert_silent};
        // The influencer's „ik” reports, unless the post discloses the ad.
        assert_silent("Ik vind dit de zachtste trui die ik ken.");
        assert_finds(
            "Ik vind dit de zachtste trui die ik ken #samenwerking",
            "own-dimension-superlative",
            "zachtste",
        );
        // A quoted answer to an interviewer's question.
        assert_silent("Hoe loopt de winkel nu? „Beter. De klanten komen terug.”");
        assert_finds(
            "Hoe loopt de winkel nu? Beter.",
            "dangling-comparative",
            "Beter",
        );
    }

    #[test]
    fn fingerprint_of_embedded_sources_equals_hashing_them() {
        let plain = |sources: &[Source]| {
            let hash = sources.iter().fold(fnv::OFFSET, |h, s| {
                fnv::extend_source(h, s.name.as_bytes(), s.content.as_bytes())
            });
            format!("{hash:016x}")
        };
        let mut sources = Source::embedded();
        assert_eq!(fingerprint(&sources), plain(&sources));
        sources.push(Source {
            name: "merk".into(),
            display: "merk.toml".into(),
            content: "category = \"superlative\"".into(),
        });
        assert_eq!(fingerprint(&sources), plain(&sources));
        sources.remove(0);
        assert_eq!(fingerprint(&sources), plain(&sources));
        assert_eq!(fingerprint(&[]), plain(&[]));
    }

    #[test]
    fn matcher_shortcuts_change_nothing_on_the_corpus() {
        let analyzer = Analyzer::default();
        for text in crate::testutil::corpus_texts() {
            let doc = analyzer.document(&text);
            let inner = &analyzer.inner;
            for matcher in [
                &inner.matcher,
                &inner.word_exceptions,
                &inner.exceptions,
                &inner.requirements,
            ] {
                assert_eq!(matcher.find(&doc), matcher.find_without_shortcuts(&doc));
            }
        }
    }

    /// Form numbers are valid only under their table's stamp: a document
    /// kept while later documents fill the thread's form table (it starts
    /// afresh, see `forms::FORMS`), or built by another analyzer, is still
    /// matched exactly, in any order of analysis.
    #[test]
    fn documents_of_an_older_form_table_match_exactly() {
        let analyzer = Analyzer::default();
        let other = AnalyzerBuilder::new()
            .with_default_lexicons()
            .build()
            .unwrap_or_else(|e| panic!("{e}"));
        let texts: Vec<String> = crate::testutil::corpus_texts().collect();
        let old = analyzer.document(&texts[0]);
        let foreign = other.document(&texts[1]);
        let stamp = old.form_stamp();
        let later: Vec<_> = texts[2..].iter().map(|t| analyzer.document(t)).collect();
        assert_ne!(later.last().map(Document::form_stamp), Some(stamp));
        let inner = &analyzer.inner;
        for _ in 0..2 {
            for doc in [
                &old,
                &foreign,
                &later[0],
                &old,
                later.last().unwrap_or(&old),
            ] {
                for matcher in [
                    &inner.matcher,
                    &inner.word_exceptions,
                    &inner.exceptions,
                    &inner.requirements,
                ] {
                    assert_eq!(matcher.find(doc), matcher.find_without_shortcuts(doc));
                }
            }
        }
        assert_eq!(analyzer.analyze_document(&old), analyzer.analyze(&texts[0]));
    }

    /// Running the requirements of a rule only in the sentences where it
    /// matched finds exactly what running all requirements everywhere finds
    /// for that rule in those sentences.
    #[test]
    fn lazy_requirements_find_what_all_requirements_find_where_needed() {
        let analyzer = Analyzer::default();
        let inner = &analyzer.inner;
        let needs = |m: &RawMatch| {
            let rule = &inner.rules[m.owner.rule() as usize];
            !rule.requires.is_empty() || !rule.unless.is_empty()
        };
        let mut compared = 0;
        for text in crate::testutil::corpus_texts() {
            let doc = analyzer.document(&text);
            let words = doc.words();
            // Sentences are made of whole clauses.
            for pair in words.windows(2) {
                assert!(pair[0].sentence == pair[1].sentence || pair[0].clause != pair[1].clause);
            }
            let rules = inner.matcher.find(&doc);
            let wanted: FxHashSet<(u32, u32)> = rules
                .iter()
                .filter(|m| needs(m))
                .map(|m| (words[m.focus_words.0 as usize].sentence, m.owner.rule()))
                .collect();
            let mut lazy = analyzer.requirement_matches(&rules, &doc, &needs);
            let mut all: Vec<RawMatch> = inner
                .requirements
                .find(&doc)
                .into_iter()
                .filter(|m| {
                    wanted.contains(&(words[m.focus_words.0 as usize].sentence, m.owner.rule()))
                })
                .collect();
            let key = |m: &RawMatch| (m.full.start, m.full.end, m.focus.start, m.owner);
            lazy.sort_by_key(key);
            all.sort_by_key(key);
            compared += all.len();
            assert_eq!(lazy, all, "{text}");
        }
        assert!(compared > 0);
    }

    /// Running exceptions only where their rule matched, and one-word
    /// exceptions only at the focus they could cancel, cancels exactly what
    /// running all exceptions everywhere cancels.
    #[test]
    fn lazy_exceptions_cancel_what_all_exceptions_cancel() {
        let analyzer = Analyzer::default();
        let inner = &analyzer.inner;
        let mut lazy_total = 0;
        let mut all_total = 0;
        for text in crate::testutil::corpus_texts() {
            let doc = analyzer.document(&text);
            let rules = inner.matcher.find(&doc);
            let mut survivors = rules.clone();
            analyzer.drop_cancelled_at_their_word(&mut survivors, &doc);
            let lazy = analyzer.exception_matches(&survivors, &doc);
            let mut all = inner.word_exceptions.find(&doc);
            all.extend(inner.exceptions.find(&doc));
            lazy_total += lazy.len();
            all_total += all.len();
            let kept = |rules: &[RawMatch], exceptions: Vec<RawMatch>| {
                let mut raw = rules.to_vec();
                raw.extend(exceptions);
                crate::matcher::without_cancelled(raw)
            };
            assert_eq!(kept(&survivors, lazy), kept(&rules, all), "{text}");
        }
        // The point of running them lazily: far fewer matches to make.
        assert!(
            lazy_total > 0 && lazy_total < all_total,
            "{lazy_total} / {all_total}"
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// The matcher's shortcuts change no match, nor the order of matches.
        #[test]
        fn matcher_shortcuts_change_nothing(
            picks in prop::collection::vec(0..VOCABULARY.len(), 0..40)
        ) {
            let text = picks
                .iter()
                .map(|&i| VOCABULARY[i])
                .collect::<Vec<_>>()
                .join(" ");
            let analyzer = Analyzer::default();
            let doc = analyzer.document(&text);
            let inner = &analyzer.inner;
            for matcher in [
                &inner.matcher,
                &inner.word_exceptions,
                &inner.exceptions,
                &inner.requirements,
            ] {
                prop_assert_eq!(matcher.find(&doc), matcher.find_without_shortcuts(&doc));
            }
        }
    }

    #[test]
    fn embedded_lexicons_compile() {
        if let Err(e) = AnalyzerBuilder::new().with_default_lexicons().build() {
            panic!("{e}");
        }
    }

    #[test]
    fn every_rule_passes_its_own_examples() {
        let failures = Analyzer::default().verify_examples();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn every_rule_has_examples_and_references() {
        for rule in Analyzer::default().rules() {
            assert!(!rule.examples.is_empty(), "{} has no examples", rule.id);
            assert!(
                !rule.counter_examples.is_empty(),
                "{} has no counter-examples",
                rule.id
            );
            assert!(!rule.references.is_empty(), "{} cites nothing", rule.id);
        }
    }

    use crate::testutil::{assert_finds, assert_silent};

    #[test]
    fn detects_customer_centric_in_every_word_order() {
        assert_finds(
            "Wij stellen de klant centraal.",
            "customer-at-the-centre",
            "klant centraal",
        );
        assert_finds(
            "De klant staat bij ons centraal.",
            "customer-at-the-centre",
            "klant staat bij ons centraal",
        );
        assert_finds(
            "Centraal staat de klant.",
            "customer-at-the-centre",
            "Centraal staat de klant",
        );
        assert_finds(
            "Omdat wij de klant centraal stellen, …",
            "customer-at-the-centre",
            "klant centraal",
        );
        assert_finds(
            "Klant centraal!",
            "customer-at-the-centre",
            "Klant centraal",
        );
        assert_finds(
            "Wij zijn klant-centraal.",
            "customer-at-the-centre",
            "klant-centraal",
        );
    }

    #[test]
    fn detects_customer_centric_compounds() {
        assert_finds(
            "Onze klantgerichtheid is groot.",
            "customer-oriented",
            "klantgerichtheid",
        );
        assert_finds(
            "Klantvriendelijke tarieven.",
            "customer-oriented",
            "Klantvriendelijke",
        );
    }

    #[test]
    fn gaps_do_not_cross_clauses() {
        assert_silent("De klant belt, en de centrale wacht.");
        assert_silent("Voor de klant: centraal station, spoor 4.");
    }

    #[test]
    fn detects_superlative_morphology() {
        assert_finds(
            "De allergoedkoopste deal.",
            "price-superlative",
            "allergoedkoopste",
        );
        assert_finds(
            "Hier tankt u het goedkoopst.",
            "price-superlative",
            "goedkoopst",
        );
        assert_finds(
            "De meest betrouwbare bank.",
            "quality-superlative",
            "meest betrouwbare",
        );
        assert_finds(
            "Dé nummer 1 in traplifts.",
            "number-one-claim",
            "Dé nummer 1",
        );
        assert_finds(
            "Marktleider sinds 1990.",
            "market-leader-claim",
            "Marktleider",
        );
    }

    #[test]
    fn does_not_flag_neutral_superlatives_or_words_in_st() {
        assert_silent("De goedkoopste optie is de trein.");
        assert_silent("Klik op de beste resolutie.");
        assert_silent("De dienst begint in de herfst; de lijst met kunst volgt later.");
        assert_silent("De eerste en de laatste trein rijden niet op zondag.");
        assert_silent("Koning Willem-Alexander opende het Centraal Station.");
    }

    #[test]
    fn emphasis_needs_the_accent() {
        assert_finds(
            "Dé specialist in zonnepanelen.",
            "number-one-claim",
            "Dé specialist",
        );
        assert_silent("De specialist komt dinsdag langs.");
    }

    #[test]
    fn negated_claims_are_dropped_unless_asked_for() {
        assert_silent("Wij zijn niet de goedkoopste.");
        let all = Analyzer::builder()
            .with_default_lexicons()
            .include_negated(true)
            .build()
            .unwrap();
        let f = &all.analyze("Wij zijn niet de goedkoopste.").findings[0];
        assert!(f.context.negated);
    }

    #[test]
    fn substantiated_claims_drop_to_info() {
        let r = Analyzer::default()
            .analyze("De goedkoopste volgens de prijspeiling van de Consumentenbond, maart 2026.");
        assert_eq!(r.findings[0].severity, Severity::Info);
        assert!(r.findings[0].context.substantiated);
    }

    #[test]
    fn quoted_claims_are_marked() {
        let r = Analyzer::default().analyze("De folder roept „wij stellen de klant centraal”.");
        assert!(r.findings[0].context.quoted);
    }

    #[test]
    fn many_findings_stay_fast_and_disjoint() {
        let text = "De goedkoopste, de beste en de klant centraal. ".repeat(5_000);
        let r = Analyzer::default().analyze(&text);
        assert!(r.findings.len() >= 15_000);
        for pair in r.findings.windows(2) {
            assert!(
                pair[0].category != pair[1].category || pair[0].span.end <= pair[1].span.start,
                "{pair:?}"
            );
        }
    }

    /// A one-rule analyzer from lexicon lines (patterns and friends).
    fn one_rule(body: &str) -> Analyzer {
        let lexicon = format!(
            "category = \"dangling_comparative\"\n[[rule]]\nid = \"test-rule\"\nseverity = \"warning\"\nmessage = \"m\"\nsuggestion = \"s\"\nexplanation = \"e\"\n{body}\n"
        );
        Analyzer::builder()
            .lexicon_str("test", &lexicon)
            .build()
            .unwrap()
    }

    fn texts(a: &Analyzer, text: &str) -> Vec<String> {
        a.analyze(text)
            .findings
            .into_iter()
            .map(|f| f.text)
            .collect()
    }

    #[test]
    fn clause_anchors_match_whole_clauses_only() {
        let a = one_rule(r#"patterns = ["^ [comp:*] $"]"#);
        assert_eq!(
            texts(&a, "De Stofvrij: krachtiger, stiller, lichter."),
            ["krachtiger", "stiller", "lichter"]
        );
        assert!(texts(&a, "Hij werd krachtiger na de operatie.").is_empty());
        let start = one_rule(r#"patterns = ["^ [comp:*]"]"#);
        assert_eq!(
            texts(&start, "Sneller klaar, zei hij sneller."),
            ["Sneller"]
        );
        let end = one_rule(r#"patterns = ["[comp:*] $"]"#);
        assert_eq!(texts(&end, "Sneller klaar, zei hij sneller."), ["sneller"]);
    }

    #[test]
    fn unless_silences_a_rule_in_the_sentence() {
        let a = one_rule(
            r#"patterns = ["^ [comp:*] $"]
unless = ["ik"]"#,
        );
        assert_eq!(
            texts(&a, "Nieuw: lichter, sterker."),
            ["lichter", "sterker"]
        );
        assert!(texts(&a, "Ik paste het recept aan: zoeter, zachter.").is_empty());
        // Only in its own sentence.
        assert_eq!(texts(&a, "Ik weet het. Nieuw: lichter."), ["lichter"]);
    }

    /// An exception reaches as far as its gaps allow, so it cancels a match
    /// beyond a nearer word that fits too.
    #[test]
    fn exceptions_take_their_widest_placement() {
        let a = one_rule(
            r#"patterns = ["worden ...4 [comp:*]"]
exceptions = ["elk jaar ...6 comp:*"]"#,
        );
        assert!(texts(&a, "Elk jaar worden de telefoons dunner en sneller.").is_empty());
        assert_eq!(
            texts(&a, "De telefoons worden dunner en sneller."),
            ["dunner"]
        );
    }

    #[test]
    fn advertiser_rules_are_silent_in_a_report() {
        assert_silent("De grootste bank van het land meldde een hogere winst.");
        assert_silent("Op de markt kochten we de lekkerste olijven.");
        assert_finds(
            "Wij zijn de grootste bank van het land.",
            "size-superlative",
            "grootste bank",
        );
        // A headline without a pronoun keeps its claim.
        assert_finds(
            "De grootste fietsenwinkel van het land.",
            "size-superlative",
            "grootste fietsenwinkel",
        );
        // A quoted claim keeps it too, however the sentence reports.
        let r =
            Analyzer::default().analyze("De makers beloofden „de meest realistische game ooit”.");
        assert!(r.findings.iter().any(|f| f.context.quoted));
    }

    #[test]
    fn requirements_are_met_by_a_claim_in_the_same_sentence_or_a_quote() {
        assert_finds(
            "Private lease van deze tijd: transparant, eerlijk en CO2-neutraal door compensatie.",
            "transparency-claim",
            "transparant",
        );
        assert_finds(
            "Het vakblad vroeg waarom elk adviesbureau zich tegenwoordig ‘onafhankelijk’ noemt.",
            "independence-claim",
            "onafhankelijk",
        );
        assert_silent("De scheidsrechter in Gent floot de hele wedstrijd eerlijk.");
    }

    #[test]
    fn analyzer_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Analyzer>();
    }
}
