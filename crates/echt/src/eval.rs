//! Evaluation against gold annotations: precision, recall and F1.
//!
//! Gold documents are JSON Lines, one `{"text": …, "spans": [{"start": B,
//! "end": B, "category": "…"}]}` per line with UTF-8 byte offsets, or the
//! readable inline markup the project's own corpus uses: one item per line,
//! `[claim words]{category}` or `[claim words]{category|flag}` around each
//! claim, `#` comment lines. [`parse_markup_line`] converts the markup.
//!
//! A prediction counts as correct *exactly* when start, end and category
//! equal a gold span's, and by *overlap* when the category is equal and the
//! spans share a byte. Each gold span is matched at most once.

use crate::rule::Category;
use crate::{Finding, Span};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One annotated claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldSpan {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Claim category.
    pub category: Category,
    /// Annotated as quoted or discussed rather than claimed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub quoted: bool,
    /// Annotated as carrying its evidence.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub substantiated: bool,
}

/// One annotated text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldDocument {
    /// The text.
    pub text: String,
    /// The claims in it.
    pub spans: Vec<GoldSpan>,
}

/// Removes the single `[…]` marker from a rule example: returns the plain
/// text and the marked span, or `None` unless there is exactly one marker.
///
/// ```
/// let (text, span) = echt::eval::parse_marked("de [beste] koffie").unwrap();
/// assert_eq!((text.as_str(), span.slice(&text)), ("de beste koffie", "beste"));
/// ```
pub fn parse_marked(s: &str) -> Option<(String, Span)> {
    let open = s.find('[')?;
    let close = open + s[open..].find(']')?;
    let rest = &s[close + 1..];
    if rest.contains('[') || rest.contains(']') || s[open + 1..close].contains('[') {
        return None;
    }
    let text = format!("{}{}{}", &s[..open], &s[open + 1..close], rest);
    Some((text, Span::new(open, close - 1)))
}

/// Parses one line of inline markup (`Wij zijn de [goedkoopste]{superlative}.`).
///
/// ```
/// let doc = echt::eval::parse_markup_line("de [klant centraal]{customer_centric|quoted}").unwrap();
/// assert_eq!(doc.text, "de klant centraal");
/// assert_eq!((doc.spans[0].start, doc.spans[0].end, doc.spans[0].quoted), (3, 17, true));
/// ```
pub fn parse_markup_line(line: &str) -> Result<GoldDocument, String> {
    let mut text = String::with_capacity(line.len());
    let mut spans = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        text.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find("]{").ok_or_else(|| {
            format!(
                "`[` at byte {} has no `]{{category}}`",
                line.len() - rest.len() + open
            )
        })?;
        let claim = &after[..close];
        if claim.contains('[') || claim.contains(']') {
            return Err(format!("nested or unbalanced brackets in `{claim}`"));
        }
        let label_start = &after[close + 2..];
        let label_end = label_start
            .find('}')
            .ok_or_else(|| format!("`{{` after `{claim}` is not closed"))?;
        let label = &label_start[..label_end];
        let mut parts = label.split('|');
        let category: Category = parts
            .next()
            .unwrap_or("")
            .parse()
            .map_err(|e: crate::rule::UnknownName| e.to_string())?;
        let (mut quoted, mut substantiated) = (false, false);
        for flag in parts {
            match flag {
                "quoted" => quoted = true,
                "substantiated" => substantiated = true,
                other => {
                    return Err(format!(
                        "unknown flag `{other}` (known: quoted, substantiated)"
                    ));
                }
            }
        }
        let start = text.len();
        text.push_str(claim);
        spans.push(GoldSpan {
            start,
            end: text.len(),
            category,
            quoted,
            substantiated,
        });
        rest = &label_start[label_end + 1..];
    }
    if rest.contains(']') || rest.contains('{') || rest.contains('}') {
        return Err("stray `]`, `{` or `}`".to_string());
    }
    text.push_str(rest);
    Ok(GoldDocument { text, spans })
}

/// Parses a markup file: one document per non-empty, non-`#` line. Errors
/// carry the 1-based line number.
pub fn parse_markup(content: &str) -> Result<Vec<GoldDocument>, (usize, String)> {
    content
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|(i, l)| parse_markup_line(l.trim_end()).map_err(|e| (i + 1, e)))
        .collect()
}

/// True/false positives and false negatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Predictions that match a gold span.
    pub true_positives: usize,
    /// Predictions that match none.
    pub false_positives: usize,
    /// Gold spans no prediction matched.
    pub false_negatives: usize,
}

impl Counts {
    /// Precision (1.0 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }
    /// Recall (1.0 when there was nothing to find).
    pub fn recall(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Counts) {
        self.true_positives += o.true_positives;
        self.false_positives += o.false_positives;
        self.false_negatives += o.false_negatives;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// A span that was missed or wrongly found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Miss {
    /// Index of the document.
    pub document: usize,
    /// The span.
    pub start: usize,
    /// End of the span.
    pub end: usize,
    /// Its category.
    pub category: Category,
    /// The text of the span.
    pub text: String,
    /// Rule that produced it (false positives only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
}

/// Results of one evaluation.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Evaluation {
    /// Number of documents.
    pub documents: usize,
    /// Counts with exact span matching, overall.
    pub exact: Counts,
    /// Counts with overlap matching, overall.
    pub overlap: Counts,
    /// Overlap counts per category.
    pub per_category: BTreeMap<Category, CategoryCounts>,
    /// Documents where "has a claim" was predicted correctly.
    pub documents_correct: usize,
    /// Gold spans no prediction overlapped.
    pub missed: Vec<Miss>,
    /// Predictions that overlapped no gold span.
    pub false_spans: Vec<Miss>,
}

/// Counts for one category.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct CategoryCounts {
    /// Exact-span counts.
    pub exact: Counts,
    /// Overlap counts.
    pub overlap: Counts,
}

impl Evaluation {
    /// Share of documents whose claim/no-claim status was predicted right.
    pub fn document_accuracy(&self) -> f64 {
        ratio(self.documents_correct, self.documents)
    }

    /// Adds one document's gold spans and predictions. Only categories in
    /// `scope` count (pass [`Category::ALL`] for all).
    pub fn add(&mut self, gold_doc: &GoldDocument, predicted: &[Finding], scope: &[Category]) {
        let doc = self.documents;
        self.documents += 1;
        let gold: Vec<&GoldSpan> = gold_doc
            .spans
            .iter()
            .filter(|g| scope.contains(&g.category))
            .collect();
        let predicted: Vec<&Finding> = predicted
            .iter()
            .filter(|f| scope.contains(&f.category))
            .collect();
        if gold.is_empty() == predicted.is_empty() {
            self.documents_correct += 1;
        }
        for exact in [true, false] {
            let mut used = vec![false; gold.len()];
            for p in &predicted {
                let hit = gold.iter().enumerate().position(|(i, g)| {
                    !used[i]
                        && g.category == p.category
                        && if exact {
                            g.start == p.span.start && g.end == p.span.end
                        } else {
                            Span::new(g.start, g.end).overlaps(p.span)
                        }
                });
                let mut c = Counts::default();
                match hit {
                    Some(i) => {
                        used[i] = true;
                        c.true_positives = 1;
                    }
                    None => {
                        c.false_positives = 1;
                        if !exact {
                            self.false_spans.push(Miss {
                                document: doc,
                                start: p.span.start,
                                end: p.span.end,
                                category: p.category,
                                text: p.text.clone(),
                                rule: Some(p.rule.clone()),
                            });
                        }
                    }
                }
                self.record(p.category, exact, c);
            }
            for (i, g) in gold.iter().enumerate() {
                if !used[i] {
                    let c = Counts {
                        false_negatives: 1,
                        ..Counts::default()
                    };
                    self.record(g.category, exact, c);
                    if !exact {
                        self.missed.push(Miss {
                            document: doc,
                            start: g.start,
                            end: g.end,
                            category: g.category,
                            text: Span::new(g.start, g.end).slice(&gold_doc.text).to_string(),
                            rule: None,
                        });
                    }
                }
            }
        }
    }

    fn record(&mut self, category: Category, exact: bool, c: Counts) {
        let entry = self.per_category.entry(category).or_default();
        if exact {
            entry.exact.add(c);
            self.exact.add(c);
        } else {
            entry.overlap.add(c);
            self.overlap.add(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rule::Severity;

    fn finding(start: usize, end: usize, category: Category) -> Finding {
        Finding {
            rule: "r".into(),
            category,
            severity: Severity::Warning,
            span: Span::new(start, end),
            line: 1,
            column: 1,
            column_utf16: 1,
            text: String::new(),
            message: String::new(),
            suggestion: String::new(),
            context: Default::default(),
        }
    }

    #[test]
    fn markup_errors_are_reported() {
        assert!(parse_markup_line("de [beste koffie").is_err());
        assert!(parse_markup_line("de [beste]{vague}").is_err());
        assert!(parse_markup_line("de [beste]{superlative|loud}").is_err());
        assert!(parse_markup_line("de beste] koffie").is_err());
    }

    #[test]
    fn markup_keeps_multibyte_offsets() {
        let d = parse_markup_line("„[dé]{superlative}” [één]{absolute}").unwrap();
        assert_eq!(
            Span::new(d.spans[0].start, d.spans[0].end).slice(&d.text),
            "dé"
        );
        assert_eq!(
            Span::new(d.spans[1].start, d.spans[1].end).slice(&d.text),
            "één"
        );
    }

    #[test]
    fn markup_file_errors_carry_line_numbers() {
        let e = parse_markup("# kop\n\nok\nkapot [x\n").unwrap_err();
        assert_eq!(e.0, 4);
    }

    #[test]
    fn exact_and_overlap_differ() {
        let gold = parse_markup_line("wij zijn de [goedkoopste]{superlative}").unwrap();
        let mut e = Evaluation::default();
        // "de goedkoopste": overlaps but is not exact
        e.add(
            &gold,
            &[finding(9, 23, Category::Superlative)],
            &Category::ALL,
        );
        assert_eq!(e.overlap.true_positives, 1);
        assert_eq!(e.exact.true_positives, 0);
        assert_eq!(e.exact.false_positives, 1);
        assert_eq!(e.exact.false_negatives, 1);
        assert_eq!(e.document_accuracy(), 1.0);
    }

    #[test]
    fn category_must_agree() {
        let gold = parse_markup_line("[duurzaam]{green}").unwrap();
        let mut e = Evaluation::default();
        e.add(&gold, &[finding(0, 9, Category::Honesty)], &Category::ALL);
        assert_eq!(e.overlap.true_positives, 0);
        assert_eq!(e.overlap.precision(), 0.0);
        assert_eq!(e.overlap.recall(), 0.0);
    }

    #[test]
    fn scope_filters_categories() {
        let gold = parse_markup_line("[duurzaam]{green} en [beste]{superlative}").unwrap();
        let mut e = Evaluation::default();
        e.add(&gold, &[], &[Category::Superlative]);
        assert_eq!(e.overlap.false_negatives, 1);
    }
}
