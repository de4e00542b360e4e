//! Stage 0: text extraction from Markdown and HTML.
//!
//! Copy is often written in Markdown or sent as an HTML e-mail. This stage
//! turns such a file into plain prose for the rest of the pipeline.
//!
//! **It masks instead of mapping.** The extracted text has exactly the byte
//! length of the source: prose bytes are copied unchanged, every other byte
//! (markup, code, URLs, comments, front matter) becomes an ASCII space, and
//! line breaks (`\n`, `\r`) are kept everywhere. So every span the analyzer
//! reports on the extracted text is already a valid span into the original
//! file, and lines stay lines: no offset table has to be kept in sync with
//! the tokenizer, and a bug here can hide a word but never misplace a
//! finding. Line breaks may also be written *into* masked bytes to keep
//! block boundaries (headings, list items, table cells, `<p>`) sentence
//! boundaries: a blank line always ends a sentence.
//!
//! The one place where bytes move is an entity or its run: `caf&eacute;`
//! becomes `café` followed by spaces, and `&eacute;&eacute;n` becomes `één`
//! followed by spaces, so a word written with entities is still one word.
//! Such regions are remembered, and [`analyze`] widens a finding that
//! touches one to cover it whole.
//!
//! ```
//! use echt::extract::{extract, Markup};
//! let source = "# De **goedkoopste**\n\nZie `code` en https://x.nl.";
//! let extracted = extract(source, Markup::Markdown);
//! assert_eq!(extracted.text.len(), source.len());
//! assert_eq!(extracted.text, "\n\nDe   goedkoopste  \n\nZie        en             .");
//! ```

use crate::span::LineIndex;
use crate::{Analyzer, Report, Span};
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use std::path::Path;

/// The markup language of a source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Markup {
    /// Plain text: extraction copies it unchanged.
    Text,
    /// CommonMark with tables, footnotes, strikethrough and front matter.
    Markdown,
    /// HTML, including HTML e-mail.
    Html,
}

impl Markup {
    /// By file extension: `md`, `markdown`, `mdown`, `mkd` → Markdown;
    /// `html`, `htm`, `xhtml` → Html; anything else Text.
    ///
    /// ```
    /// use echt::extract::Markup;
    /// use std::path::Path;
    /// assert_eq!(Markup::from_path(Path::new("mail/nieuwsbrief.HTML")), Markup::Html);
    /// assert_eq!(Markup::from_path(Path::new("README.md")), Markup::Markdown);
    /// assert_eq!(Markup::from_path(Path::new("advertentie.txt")), Markup::Text);
    /// ```
    pub fn from_path(path: &Path) -> Markup {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("md" | "markdown" | "mdown" | "mkd") => Markup::Markdown,
            Some("html" | "htm" | "xhtml") => Markup::Html,
            _ => Markup::Text,
        }
    }
}

/// The prose of a marked-up text, byte for byte in place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    /// Same byte length as the source; non-prose bytes replaced by spaces,
    /// line breaks kept.
    pub text: String,
    /// Comments in the source (`<!-- … -->` in HTML and Markdown), with their
    /// byte spans and inner text: the CLI reads suppression directives
    /// (`echt-disable-next-line …`) from them.
    pub comments: Vec<Comment>,
    /// Sorted, disjoint regions where the text differs from the source for
    /// other reasons than masking: decoded entities and the bytes after them
    /// that moved left.
    altered: Vec<Span>,
}

impl Extracted {
    /// Widens `span` over every altered region (entity) it overlaps, so it
    /// covers whole entities in the source.
    pub fn widen(&self, span: Span) -> Span {
        let mut span = span;
        loop {
            let first = self.altered.partition_point(|r| r.end <= span.start);
            let mut widened = span;
            for region in self.altered[first..].iter() {
                if region.start >= span.end.max(span.start + 1) {
                    break;
                }
                if region.overlaps(span) || (span.is_empty() && region.contains(span)) {
                    widened = widened.union(*region);
                }
            }
            if widened == span {
                return span;
            }
            span = widened;
        }
    }
}

/// A comment in the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    /// The whole comment, `<!--` to `-->` inclusive.
    pub span: Span,
    /// The text between `<!--` and `-->`, as written.
    pub text: String,
}

/// Extracts the prose of `source`.
pub fn extract(source: &str, markup: Markup) -> Extracted {
    match markup {
        Markup::Text => Extracted {
            text: source.to_owned(),
            comments: Vec::new(),
            altered: Vec::new(),
        },
        Markup::Markdown => {
            let mut w = Writer::new(source);
            markdown(&mut w);
            w.finish()
        }
        Markup::Html => {
            let mut w = Writer::new(source);
            html(&mut w);
            w.finish()
        }
    }
}

/// Analyzes marked-up text: extracts, analyzes, and maps every finding back
/// onto `source` (span widened over any entity it touches; `text`, `line`,
/// `column`, `column_utf16` recomputed from the source with [`LineIndex`]).
///
/// ```
/// use echt::Analyzer;
/// use echt::extract::{analyze, Markup};
/// let source = "<p>Wij zijn de goedkoopste &amp; de beste</p>";
/// let report = analyze(&Analyzer::default(), source, Markup::Html);
/// let texts: Vec<_> = report.findings.iter().map(|f| f.text.as_str()).collect();
/// assert!(texts.contains(&"goedkoopste"));
/// ```
///
/// A UTF-8 byte order mark at the start is not read (so Markdown front
/// matter after it is still front matter); spans stay byte offsets into
/// `source`, and columns do not count the mark.
pub fn analyze(analyzer: &Analyzer, source: &str, markup: Markup) -> Report {
    if let Some(rest) = source.strip_prefix('\u{feff}') {
        let shift = source.len() - rest.len();
        let mut report = analyze(analyzer, rest, markup);
        for finding in &mut report.findings {
            finding.span = Span::new(finding.span.start + shift, finding.span.end + shift);
        }
        return report;
    }
    if markup == Markup::Text {
        // Plain text is its own extraction: no copy, nothing to remap.
        return analyzer.analyze(source);
    }
    let extracted = extract(source, markup);
    let mut report = analyzer.analyze(&extracted.text);
    if report.findings.is_empty() {
        return report;
    }
    let lines = LineIndex::new(source);
    // Findings are sorted by position (widening keeps the order): one cursor.
    let mut cursor = lines.cursor(source);
    for finding in &mut report.findings {
        finding.span = extracted.widen(finding.span);
        finding.text = finding.span.slice(source).to_owned();
        let pos = cursor.position(finding.span.start);
        finding.line = pos.line;
        finding.column = pos.column;
        finding.column_utf16 = pos.column_utf16;
    }
    report
}

// ---------------------------------------------------------------------------
// The writer: the masked output and everything recorded while filling it.

struct Writer<'s> {
    src: &'s str,
    out: Vec<u8>,
    /// Which output bytes are prose (copied or decoded).
    kept: Vec<bool>,
    /// Source range and decoded text of each entity, in source order.
    entities: Vec<(usize, usize, String)>,
    /// Byte positions where a sentence boundary must be, and how many line
    /// breaks it needs (2: a blank line; 1: a line break).
    boundaries: Vec<(usize, u8)>,
    comments: Vec<Comment>,
}

impl<'s> Writer<'s> {
    fn new(src: &'s str) -> Self {
        let out = src
            .bytes()
            .map(|b| if matches!(b, b'\n' | b'\r') { b } else { b' ' })
            .collect();
        Writer {
            src,
            out,
            kept: vec![false; src.len()],
            entities: Vec::new(),
            boundaries: Vec::new(),
            comments: Vec::new(),
        }
    }

    /// Copies source bytes `start..end` as prose.
    fn copy(&mut self, start: usize, end: usize) {
        let end = end.min(self.src.len());
        if start >= end {
            return;
        }
        self.out[start..end].copy_from_slice(&self.src.as_bytes()[start..end]);
        self.kept[start..end].fill(true);
    }

    /// Copies source prose `start..end`, decoding entities (and, for
    /// Markdown, dropping backslash escapes) on the way.
    fn copy_text(&mut self, start: usize, end: usize, escapes: bool) {
        let bytes = self.src.as_bytes();
        let mut i = start;
        let mut run = start;
        while i < end {
            match bytes[i] {
                b'&' => {
                    if let Some((stop, decoded)) = entity_at(self.src, i, end) {
                        self.copy(run, i);
                        self.entity(i, stop, decoded);
                        i = stop;
                        run = stop;
                        continue;
                    }
                }
                b'\\' if escapes && i + 1 < end && bytes[i + 1].is_ascii_punctuation() => {
                    self.copy(run, i);
                    run = i + 1;
                    i += 2;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        self.copy(run, end);
    }

    /// Records an entity at `start..end` decoding to `decoded`.
    fn entity(&mut self, start: usize, end: usize, decoded: String) {
        self.entities.push((start, end, decoded));
        self.kept[start..end].fill(true);
    }

    fn boundary(&mut self, pos: usize, breaks: u8) {
        self.boundaries.push((pos.min(self.src.len()), breaks));
    }

    /// Records the comment starting at `start` (at `<!--`); returns where it
    /// ends (after `-->`, or at `limit` when it is not closed).
    fn comment(&mut self, start: usize, limit: usize) -> usize {
        let inner = start + 4;
        let (inner_end, end) = match self.src.get(inner..limit).and_then(|s| s.find("-->")) {
            Some(k) => (inner + k, inner + k + 3),
            None => (limit.max(inner), limit.max(inner)),
        };
        let end = end.min(self.src.len());
        let inner_end = inner_end.min(end);
        self.comments.push(Comment {
            span: Span::new(start, end),
            text: self.src.get(inner..inner_end).unwrap_or("").to_owned(),
        });
        end
    }

    fn finish(mut self) -> Extracted {
        let altered = self.place_entities();
        self.mask_urls();
        self.place_boundaries();
        let text = match String::from_utf8(self.out) {
            Ok(text) => text,
            // Every write above is a whole character or ASCII; should that
            // ever fail, fall back to masking everything rather than panic.
            Err(_) => self
                .src
                .bytes()
                .map(|b| {
                    if matches!(b, b'\n' | b'\r') {
                        b as char
                    } else {
                        ' '
                    }
                })
                .collect(),
        };
        Extracted {
            text,
            comments: self.comments,
            altered,
        }
    }

    /// Writes each entity's decoded text in its place. Starting at an entity,
    /// the rest of its word (further entities and prose without white space)
    /// is packed to the left, so `&eacute;&eacute;n` reads `één` + padding;
    /// the padding is masked and the whole stretch is an altered region.
    fn place_entities(&mut self) -> Vec<Span> {
        let mut altered = Vec::new();
        let mut entities = std::mem::take(&mut self.entities);
        entities.sort_by_key(|e| e.0);
        let mut k = 0;
        while k < entities.len() {
            let (start, end, decoded) = &entities[k];
            let (start, end) = (*start, *end);
            if is_blank(decoded) || decoded.len() > end - start {
                // White space (`&nbsp;`) separates words; what does not fit
                // is masked.
                self.mask(start, end);
                k += 1;
                continue;
            }
            // Gather the run: entities and prose characters, no white space.
            let mut w = start;
            let mut r = start;
            loop {
                if let Some((s, e, d)) = entities.get(k) {
                    if *s == r && !is_blank(d) && d.len() <= e - s {
                        self.out[w..w + d.len()].copy_from_slice(d.as_bytes());
                        w += d.len();
                        r = *e;
                        k += 1;
                        continue;
                    }
                    if *s == r {
                        break;
                    }
                }
                let Some(c) = self.src.get(r..).and_then(|s| s.chars().next()) else {
                    break;
                };
                if !self.kept[r] || c.is_whitespace() {
                    break;
                }
                let len = c.len_utf8();
                self.out.copy_within(r..r + len, w);
                w += len;
                r += len;
            }
            self.out[w..r].fill(b' ');
            self.kept[w..r].fill(false);
            altered.push(Span::new(start, r));
        }
        altered
    }

    fn mask(&mut self, start: usize, end: usize) {
        for i in start..end {
            if !matches!(self.src.as_bytes()[i], b'\n' | b'\r') {
                self.out[i] = b' ';
            }
            self.kept[i] = false;
        }
    }

    /// Masks bare URLs (`http://…`, `https://…`, `www.…`) in the prose.
    fn mask_urls(&mut self) {
        let n = self.out.len();
        let mut i = 0;
        while i < n {
            let at_start = self.kept[i]
                && (i == 0 || !self.kept[i - 1] || !self.out[i - 1].is_ascii_alphanumeric());
            if at_start && starts_url(&self.out[i..]) {
                let mut end = i;
                while end < n
                    && self.kept[end]
                    && self.out[end].is_ascii_graphic()
                    && !matches!(self.out[end], b'<' | b'>' | b'"')
                {
                    end += 1;
                }
                while end > i
                    && matches!(
                        self.out[end - 1],
                        b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']' | b'\''
                    )
                {
                    end -= 1;
                }
                self.mask(i, end);
                i = end.max(i + 1);
            } else {
                i += 1;
            }
        }
    }

    /// Makes sure each boundary sits in a masked stretch with enough line
    /// breaks, turning masked spaces nearest to it (a `|` first) into `\n`.
    fn place_boundaries(&mut self) {
        let boundaries = std::mem::take(&mut self.boundaries);
        let n = self.out.len();
        for (pos, breaks) in boundaries {
            // The masked stretch around `pos`, looked at through a window
            // (so nested empty tags stay linear); a line break too many in
            // masked bytes is harmless.
            let mut a = pos;
            while a > 0 && !self.kept[a - 1] && pos - a < BOUNDARY_WINDOW {
                a -= 1;
            }
            let mut b = pos;
            while b < n && !self.kept[b] && b - pos < BOUNDARY_WINDOW {
                b += 1;
            }
            if a >= b {
                continue;
            }
            let have = self.out[a..b].iter().filter(|&&c| c == b'\n').count();
            let mut need = usize::from(breaks).saturating_sub(have);
            if need == 0 {
                continue;
            }
            // Candidates: masked spaces, pipes first, then by distance.
            let mut candidates: Vec<usize> = (a..b).filter(|&i| self.out[i] == b' ').collect();
            let bytes = self.src.as_bytes();
            candidates.sort_by_key(|&i| (bytes[i] != b'|', i.abs_diff(pos), i));
            let mut chosen: Vec<usize> = Vec::new();
            // A pipe with a masked neighbour gives a blank line in one place.
            if let Some(&first) = candidates.first() {
                chosen.push(first);
                need -= 1;
                if need > 0 {
                    for next in [first + 1, first.wrapping_sub(1)] {
                        if need > 0 && next < n && (a..b).contains(&next) && self.out[next] == b' '
                        {
                            chosen.push(next);
                            need -= 1;
                        }
                    }
                }
            }
            for &c in &candidates {
                if need == 0 {
                    break;
                }
                if !chosen.contains(&c) {
                    chosen.push(c);
                    need -= 1;
                }
            }
            for c in chosen {
                self.out[c] = b'\n';
            }
        }
    }
}

/// How far a sentence boundary looks for masked bytes on either side.
const BOUNDARY_WINDOW: usize = 64;

fn is_blank(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}

fn starts_url(bytes: &[u8]) -> bool {
    let has = |prefix: &[u8]| {
        bytes
            .get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
            && bytes
                .get(prefix.len())
                .is_some_and(u8::is_ascii_alphanumeric)
    };
    has(b"https://") || has(b"http://") || has(b"www.")
}

/// An HTML character reference at `i` (which holds `&`), ending before
/// `limit`: its end and decoded text. Requires the closing `;`.
fn entity_at(src: &str, i: usize, limit: usize) -> Option<(usize, String)> {
    let bytes = src.as_bytes();
    let max = limit.min(i + 40);
    let mut j = i + 1;
    if bytes.get(j) == Some(&b'#') {
        j += 1;
        if matches!(bytes.get(j), Some(b'x' | b'X')) {
            j += 1;
            while j < max && bytes[j].is_ascii_hexdigit() {
                j += 1;
            }
        } else {
            while j < max && bytes[j].is_ascii_digit() {
                j += 1;
            }
        }
    } else {
        while j < max && bytes[j].is_ascii_alphanumeric() {
            j += 1;
        }
    }
    if j >= max || bytes[j] != b';' || j == i + 1 {
        return None;
    }
    let raw = &src[i..=j];
    let decoded = html_escape::decode_html_entities(raw);
    (decoded != raw).then(|| (j + 1, decoded.into_owned()))
}

// ---------------------------------------------------------------------------
// Markdown.

fn markdown(w: &mut Writer<'_>) {
    let src = w.src;
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    // Depth of containers whose text is not prose (code, front matter,
    // HTML blocks, autolinks).
    let mut skip = 0usize;
    // For each open link: is it an autolink (text is the URL)?
    let mut links: Vec<bool> = Vec::new();
    let mut html_ranges: Vec<(usize, usize)> = Vec::new();
    for (event, range) in Parser::new_ext(src, options).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                if is_block(&tag) {
                    w.boundary(range.start, 2);
                }
                if let Tag::Link { link_type, .. } = &tag {
                    let auto = matches!(link_type, LinkType::Autolink | LinkType::Email);
                    links.push(auto);
                    skip += usize::from(auto);
                } else if skips(&tag) {
                    skip += 1;
                }
            }
            Event::End(tag) => {
                if is_block_end(tag) {
                    w.boundary(range.end, 2);
                }
                let skipped = match tag {
                    TagEnd::Link => links.pop().unwrap_or(false),
                    _ => skips_end(tag),
                };
                if skipped {
                    skip = skip.saturating_sub(1);
                }
            }
            Event::Text(text) if skip == 0 => {
                let slice = src.get(range.clone()).unwrap_or("");
                if slice == &*text {
                    w.copy(range.start, range.end);
                } else if slice.starts_with('&') && slice.ends_with(';') {
                    w.entity(range.start, range.end, text.into_string());
                } else {
                    w.copy_text(range.start, range.end, true);
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => html_ranges.push((range.start, range.end)),
            Event::Rule => w.boundary(range.start, 2),
            _ => {}
        }
    }
    // Comments: each `<!--` inside an HTML event, to its `-->`.
    let mut done = 0;
    for (start, end) in html_ranges {
        let mut i = start.max(done);
        while i < end {
            let Some(k) = src.get(i..end).and_then(|s| s.find("<!--")) else {
                break;
            };
            let at = i + k;
            i = w.comment(at, src.len());
            done = i;
        }
    }
}

fn is_block(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::BlockQuote(_)
            | Tag::CodeBlock(_)
            | Tag::HtmlBlock
            | Tag::List(_)
            | Tag::Item
            | Tag::FootnoteDefinition(_)
            | Tag::Table(_)
            | Tag::TableHead
            | Tag::TableRow
            | Tag::TableCell
            | Tag::MetadataBlock(_)
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
    )
}

fn is_block_end(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::BlockQuote(_)
            | TagEnd::CodeBlock
            | TagEnd::HtmlBlock
            | TagEnd::List(_)
            | TagEnd::Item
            | TagEnd::FootnoteDefinition
            | TagEnd::Table
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::TableCell
            | TagEnd::MetadataBlock(_)
            | TagEnd::DefinitionList
            | TagEnd::DefinitionListTitle
            | TagEnd::DefinitionListDefinition
    )
}

/// Blocks whose text is not prose (links are tracked apart: their end does
/// not say whether they were autolinks).
fn skips(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::CodeBlock(_) | Tag::MetadataBlock(_) | Tag::HtmlBlock
    )
}

fn skips_end(tag: TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::CodeBlock | TagEnd::MetadataBlock(_) | TagEnd::HtmlBlock
    )
}

// ---------------------------------------------------------------------------
// HTML.

/// Elements whose content is not prose.
const SKIPPED: &[&str] = &["code", "pre", "template", "noscript", "svg", "math"];
/// Elements whose content is raw text (no tags inside).
const RAW: &[&str] = &["script", "style"];
/// Elements that start and end a block: sentence boundaries.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "title",
    "tr",
    "ul",
];

fn html(w: &mut Writer<'_>) {
    let src = w.src;
    let bytes = src.as_bytes();
    let n = bytes.len();
    let mut skip_depth = [0usize; SKIPPED.len()];
    let mut i = 0;
    let mut text_start = 0;
    while i < n {
        let Some(k) = memchr::memchr(b'<', &bytes[i..]) else {
            break;
        };
        let lt = i + k;
        let next = bytes.get(lt + 1).copied();
        let is_markup = match next {
            Some(b'!' | b'?') => true,
            Some(b'/') => true,
            Some(c) => c.is_ascii_alphabetic(),
            None => false,
        };
        if !is_markup {
            i = lt + 1;
            continue;
        }
        // Text before the markup.
        if skip_depth.iter().all(|&d| d == 0) {
            w.copy_text(text_start, lt, false);
        }
        let end = if src[lt..].starts_with("<!--") {
            w.comment(lt, n)
        } else if matches!(next, Some(b'!' | b'?')) {
            find_from(bytes, lt, b'>').map_or(n, |e| e + 1)
        } else if next == Some(b'/') && !bytes.get(lt + 2).is_some_and(u8::is_ascii_alphabetic) {
            // `</ 3` or `</>`: a bogus comment up to `>`.
            find_from(bytes, lt, b'>').map_or(n, |e| e + 1)
        } else {
            let tag = parse_tag(src, lt);
            let name = tag.name.to_ascii_lowercase();
            if BLOCKS.contains(&name.as_str()) {
                w.boundary(lt, 2);
            } else if name == "br" {
                w.boundary(lt, 1);
            }
            if let Some(slot) = SKIPPED.iter().position(|s| *s == name) {
                if tag.closing {
                    skip_depth[slot] = skip_depth[slot].saturating_sub(1);
                } else if !tag.self_closing {
                    skip_depth[slot] += 1;
                }
            }
            if !tag.closing && skip_depth.iter().all(|&d| d == 0) {
                for (start, end) in tag.prose_attributes {
                    w.boundary(start, 2);
                    w.copy_text(start, end, false);
                    w.boundary(end, 2);
                }
            }
            if BLOCKS.contains(&name.as_str()) {
                w.boundary(tag.end, 2);
            }
            if !tag.closing && !tag.self_closing && RAW.contains(&name.as_str()) {
                // Raw text up to the matching end tag, which is then read as
                // an ordinary tag.
                raw_text_end(bytes, tag.end, &name)
            } else {
                tag.end
            }
        };
        i = end.max(lt + 1);
        text_start = i;
    }
    if skip_depth.iter().all(|&d| d == 0) {
        w.copy_text(text_start, n, false);
    }
}

fn find_from(bytes: &[u8], from: usize, needle: u8) -> Option<usize> {
    memchr::memchr(needle, bytes.get(from..)?).map(|k| from + k)
}

/// Where `</name` starts after `from` (case-insensitive), or the end.
fn raw_text_end(bytes: &[u8], from: usize, name: &str) -> usize {
    let mut i = from;
    while let Some(lt) = find_from(bytes, i, b'<') {
        let after = lt + 2;
        if bytes.get(lt + 1) == Some(&b'/')
            && bytes
                .get(after..after + name.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(name.as_bytes()))
        {
            return lt;
        }
        i = lt + 1;
    }
    bytes.len()
}

struct HtmlTag<'s> {
    name: &'s str,
    closing: bool,
    self_closing: bool,
    /// Byte ranges of `alt` and `title` attribute values.
    prose_attributes: Vec<(usize, usize)>,
    /// One past the closing `>` (or the end of the source).
    end: usize,
}

/// Parses the tag starting at `lt` (`<name` or `</name`).
fn parse_tag(src: &str, lt: usize) -> HtmlTag<'_> {
    let bytes = src.as_bytes();
    let n = bytes.len();
    let mut i = lt + 1;
    let closing = bytes.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while i < n && !bytes[i].is_ascii_whitespace() && !matches!(bytes[i], b'>' | b'/') {
        i += 1;
    }
    let name = src.get(name_start..i).unwrap_or("");
    let mut prose_attributes = Vec::new();
    let mut self_closing = false;
    loop {
        while i < n && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            self_closing = bytes[i] == b'/';
            i += 1;
        }
        if i >= n {
            break;
        }
        if bytes[i] == b'>' {
            i += 1;
            break;
        }
        self_closing = false;
        let attr_start = i;
        while i < n && !bytes[i].is_ascii_whitespace() && !matches!(bytes[i], b'>' | b'/' | b'=') {
            i += 1;
        }
        // `=` right at the start belongs to the name (HTML's rule); step on.
        if i == attr_start {
            i += 1;
            continue;
        }
        let attr = &bytes[attr_start..i];
        let mut j = i;
        while j < n && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        if bytes.get(j) != Some(&b'=') {
            continue;
        }
        j += 1;
        while j < n && bytes[j].is_ascii_whitespace() {
            j += 1;
        }
        let (value_start, value_end, after) = match bytes.get(j) {
            Some(&q @ (b'"' | b'\'')) => {
                let close = find_from(bytes, j + 1, q).unwrap_or(n);
                (j + 1, close, (close + 1).min(n))
            }
            _ => {
                let mut e = j;
                while e < n && !bytes[e].is_ascii_whitespace() && bytes[e] != b'>' {
                    e += 1;
                }
                (j, e, e)
            }
        };
        if attr.eq_ignore_ascii_case(b"alt") || attr.eq_ignore_ascii_case(b"title") {
            prose_attributes.push((value_start, value_end));
        }
        i = after;
    }
    HtmlTag {
        name,
        closing,
        self_closing,
        prose_attributes,
        end: i.min(n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn md(source: &str) -> String {
        extract(source, Markup::Markdown).text
    }

    fn html(source: &str) -> String {
        extract(source, Markup::Html).text
    }

    /// The words of the extracted text, for readable assertions.
    fn words(text: &str) -> Vec<&str> {
        text.split_whitespace().collect()
    }

    #[track_caller]
    fn assert_same_shape(source: &str, text: &str) {
        assert_eq!(text.len(), source.len(), "length differs for {source:?}");
        for (i, (s, t)) in source.bytes().zip(text.bytes()).enumerate() {
            if matches!(s, b'\n' | b'\r') {
                assert_eq!(s, t, "line break {i} lost in {source:?}");
            }
        }
    }

    #[test]
    fn markup_follows_the_file_extension() {
        assert_eq!(Markup::from_path(Path::new("a.md")), Markup::Markdown);
        assert_eq!(Markup::from_path(Path::new("a.MKD")), Markup::Markdown);
        assert_eq!(Markup::from_path(Path::new("a.mdown")), Markup::Markdown);
        assert_eq!(Markup::from_path(Path::new("a.xhtml")), Markup::Html);
        assert_eq!(Markup::from_path(Path::new("a.htm")), Markup::Html);
        assert_eq!(Markup::from_path(Path::new("a.txt")), Markup::Text);
        assert_eq!(Markup::from_path(Path::new("Makefile")), Markup::Text);
    }

    #[test]
    fn plain_text_is_copied_unchanged() {
        let source = "Wij zijn <de> `beste` & https://x.nl";
        assert_eq!(extract(source, Markup::Text).text, source);
    }

    #[test]
    fn markdown_code_is_masked() {
        let source = "Tekst `inline goedkoopste` hier.\n\n```\nde goedkoopste\n```\n\n    ingesprongen beste\n";
        let text = md(source);
        assert_same_shape(source, &text);
        assert_eq!(words(&text), ["Tekst", "hier."]);
    }

    #[test]
    fn markdown_urls_and_titles_are_masked_but_link_text_kept() {
        let source = "[de *beste* site](https://x.nl \"titel\") <https://a.nl> en www.b.nl, of https://c.nl.";
        let text = md(source);
        assert_same_shape(source, &text);
        assert_eq!(words(&text), ["de", "beste", "site", "en", ",", "of", "."]);
    }

    #[test]
    fn markdown_front_matter_is_masked() {
        let source = "---\ntitle: De goedkoopste\n---\nHallo\n";
        let text = md(source);
        assert_same_shape(source, &text);
        assert_eq!(words(&text), ["Hallo"]);
        let toml = "+++\ntitle = \"beste\"\n+++\nHallo\n";
        assert_eq!(words(&md(toml)), ["Hallo"]);
    }

    #[test]
    fn markdown_headings_items_cells_and_alt_text_are_kept() {
        let source = "# Kop\n\n- een\n- twee\n\n| a | b |\n|---|---|\n| c | d |\n\n![alt tekst](x.png)\n\n> citaat\n";
        let text = md(source);
        assert_same_shape(source, &text);
        assert_eq!(
            words(&text),
            [
                "Kop", "een", "twee", "a", "b", "c", "d", "alt", "tekst", "citaat"
            ]
        );
    }

    #[test]
    fn markdown_footnote_labels_are_masked() {
        let source = "Goedkoopst[^1].\n\n[^1]: Bron: prijspeiling.\n";
        assert_eq!(
            words(&md(source)),
            ["Goedkoopst", ".", "Bron:", "prijspeiling."]
        );
    }

    #[test]
    fn markdown_escapes_are_masked_in_place() {
        let source = "1\\. Wij \\*zijn\\* de beste";
        let text = md(source);
        assert_same_shape(source, &text);
        assert_eq!(text, "1 . Wij  *zijn * de beste");
    }

    #[test]
    fn markdown_entities_decode_in_place() {
        let source = "Caf&eacute; &amp; meer";
        let extracted = extract(source, Markup::Markdown);
        assert_same_shape(source, &extracted.text);
        assert_eq!(words(&extracted.text), ["Café", "&", "meer"]);
        // A finding on `Café` covers `Caf&eacute;`.
        assert_eq!(&extracted.text[..5], "Café");
        assert_eq!(extracted.widen(Span::new(0, 5)), Span::new(0, 11));
        assert_eq!(extracted.widen(Span::new(18, 22)), Span::new(18, 22));
    }

    #[test]
    fn markdown_html_is_masked_and_comments_recorded() {
        let source = "Tekst <b>vet</b> <!-- echt-disable-next-line price-superlative -->\n\n<div>\nblok\n</div>\n\n<!--\nblok-\ncommentaar -->\n";
        let extracted = extract(source, Markup::Markdown);
        assert_same_shape(source, &extracted.text);
        assert_eq!(words(&extracted.text), ["Tekst", "vet"]);
        let texts: Vec<_> = extracted.comments.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                " echt-disable-next-line price-superlative ",
                "\nblok-\ncommentaar "
            ]
        );
        for c in &extracted.comments {
            let raw = c.span.slice(source);
            assert!(raw.starts_with("<!--") && raw.ends_with("-->"), "{raw:?}");
        }
    }

    #[test]
    fn table_cells_become_separate_sentences() {
        let source = "| Wij zijn | de goedkoopste |\n|---|---|\n";
        let text = md(source);
        assert_same_shape(source, &text);
        let doc = Analyzer::default().document(&text);
        assert_eq!(doc.sentences().len(), 2);
        let cramped = "|a|b|\n|-|-|";
        assert_eq!(md(cramped), "\na\nb\n\n     ");
    }

    #[test]
    fn headings_and_list_items_do_not_run_on() {
        let source = "# wij zijn\n- de goedkoopste\n- klant\n- centraal\n";
        let text = md(source);
        assert_same_shape(source, &text);
        let doc = Analyzer::default().document(&text);
        assert_eq!(doc.sentences().len(), 4, "{text:?}");
    }

    #[test]
    fn claim_in_markdown_heading_and_table_cell_has_source_position() {
        let source = "# De goedkoopste\n\n| a | Klant centraal |\n|---|---|\n";
        let report = analyze(&Analyzer::default(), source, Markup::Markdown);
        let found: Vec<_> = report
            .findings
            .iter()
            .map(|f| (f.text.as_str(), f.line, f.column))
            .collect();
        assert!(found.contains(&("goedkoopste", 1, 6)), "{found:?}");
        assert!(found.contains(&("Klant centraal", 3, 7)), "{found:?}");
        for f in &report.findings {
            assert_eq!(f.span.slice(source), f.text);
        }
    }

    #[test]
    fn a_byte_order_mark_is_skipped_in_every_markup() {
        let cases = [
            (Markup::Text, "De goedkoopste.\nDe klant centraal."),
            (
                Markup::Markdown,
                "---\ntitel: de beste\n---\n# De goedkoopste\n",
            ),
            (
                Markup::Html,
                "<p>De <b>goedkoopste</b> &amp; de klant centraal.</p>",
            ),
        ];
        for (markup, text) in cases {
            let plain = analyze(&Analyzer::default(), text, markup);
            let source = format!("\u{feff}{text}");
            let marked = analyze(&Analyzer::default(), &source, markup);
            assert!(!plain.findings.is_empty(), "{markup:?}");
            assert_eq!(plain.findings.len(), marked.findings.len(), "{markup:?}");
            for (p, m) in plain.findings.iter().zip(&marked.findings) {
                assert_eq!(
                    (p.line, p.column, p.column_utf16),
                    (m.line, m.column, m.column_utf16)
                );
                assert_eq!(m.span, Span::new(p.span.start + 3, p.span.end + 3));
                assert_eq!(m.span.slice(&source), m.text);
            }
        }
    }

    #[test]
    fn html_keeps_text_and_masks_tags() {
        let source = "<html><head><title>Aanbod</title><style>p { color: red }</style></head>\n<body><p class=\"x\">Wij zijn <b>de</b> beste.</p><script>var goedkoopste = 1;</script></body></html>";
        let text = html(source);
        assert_same_shape(source, &text);
        assert_eq!(words(&text), ["Aanbod", "Wij", "zijn", "de", "beste."]);
    }

    #[test]
    fn html_skips_code_pre_template_noscript() {
        let source = "<pre>de <b>goedkoopste</b></pre><code>beste</code><template>x</template><noscript>y</noscript>Klaar";
        assert_eq!(words(&html(source)), ["Klaar"]);
    }

    #[test]
    fn html_alt_and_title_values_are_kept() {
        let source = "<img src=\"banner.png\" alt=\"De goedkoopste\"><a href=\"/x\" title='Klant centraal'>link</a>";
        let text = html(source);
        assert_same_shape(source, &text);
        assert_eq!(
            words(&text),
            ["De", "goedkoopste", "Klant", "centraal", "link"]
        );
        let report = analyze(&Analyzer::default(), source, Markup::Html);
        let at = source.find("goedkoopste").unwrap_or(0);
        assert!(
            report
                .findings
                .iter()
                .any(|f| f.text == "goedkoopste" && f.span.start == at)
        );
    }

    #[test]
    fn html_blocks_are_sentence_boundaries() {
        let source =
            "<table><tr><td>wij zijn</td><td>de goedkoopste</td></tr></table><div>klant</div>";
        let text = html(source);
        let doc = Analyzer::default().document(&text);
        assert_eq!(doc.sentences().len(), 3, "{text:?}");
    }

    #[test]
    fn html_comments_are_recorded_with_their_text() {
        let source = "<p>A</p><!-- echt-disable-next-line --><!--[if mso]><b>x</b><![endif]-->";
        let extracted = extract(source, Markup::Html);
        assert_eq!(words(&extracted.text), ["A"]);
        let texts: Vec<_> = extracted.comments.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            [" echt-disable-next-line ", "[if mso]><b>x</b><![endif]"]
        );
        assert_eq!(extracted.comments[0].span, Span::new(8, 39));
    }

    #[test]
    fn html_entities_decode_and_words_stay_whole() {
        let source = "<p>Wij zijn &eacute;&eacute;n met de klant</p>";
        let extracted = extract(source, Markup::Html);
        assert_same_shape(source, &extracted.text);
        assert_eq!(
            words(&extracted.text),
            ["Wij", "zijn", "één", "met", "de", "klant"]
        );
        let een = source.find('&').unwrap_or(0);
        assert_eq!(&extracted.text[een..een + 5], "één");
        assert_eq!(
            extracted.widen(Span::new(een, een + 5)),
            Span::new(een, een + 17)
        );
        // Positions after the entities are unchanged.
        let met = source.find("met").unwrap_or(0);
        assert_eq!(&extracted.text[met..met + 3], "met");
    }

    #[test]
    fn html_entity_claims_are_found_with_spans_into_the_source() {
        let source = "<p>De goedkoopste &amp; de beste</p>";
        let report = analyze(&Analyzer::default(), source, Markup::Html);
        let texts: Vec<_> = report.findings.iter().map(|f| f.text.as_str()).collect();
        assert!(texts.contains(&"goedkoopste"), "{texts:?}");
        assert!(texts.iter().any(|t| t.ends_with("beste")), "{texts:?}");
        for f in &report.findings {
            assert_eq!(f.span.slice(source), f.text);
            assert_eq!(f.column, f.span.start + 1);
        }
    }

    #[test]
    fn finding_over_an_entity_is_widened_to_cover_it() {
        let source = "<p>Wij zijn de allerbeste&nbsp;en de goedkoopst&eacute;</p>";
        let report = analyze(&Analyzer::default(), source, Markup::Html);
        for f in &report.findings {
            assert_eq!(f.span.slice(source), f.text);
            assert!(!f.text.ends_with("&eacute"), "{:?}", f.text);
        }
    }

    #[test]
    fn html_nbsp_separates_words() {
        assert_eq!(words(&html("de&nbsp;beste")), ["de", "beste"]);
    }

    #[test]
    fn html_literal_less_than_is_text() {
        assert_eq!(words(&html("a < b en 3<4")), ["a", "<", "b", "en", "3<4"]);
    }

    #[test]
    fn unclosed_markup_does_not_panic() {
        for source in [
            "<p",
            "<a title=\"x",
            "<!-- x",
            "<script>x",
            "&#x",
            "&eacute",
            "<",
            "</",
            "<!",
        ] {
            assert_same_shape(source, &html(source));
            assert_same_shape(source, &md(source));
        }
    }

    proptest! {
        #[test]
        fn length_is_preserved_and_line_breaks_kept(source in "(\\PC|[<>&;#!/\\-*`|\\[\\]()\"'=\\\\\n\r ]|&amp;|&eacute;|<p>|<!--|-->|```|www\\.){0,60}") {
            for markup in [Markup::Markdown, Markup::Html] {
                let extracted = extract(&source, markup);
                prop_assert_eq!(extracted.text.len(), source.len());
                for (s, t) in source.bytes().zip(extracted.text.bytes()) {
                    if matches!(s, b'\n' | b'\r') {
                        prop_assert_eq!(s, t);
                    }
                }
                for c in &extracted.comments {
                    prop_assert!(source.get(c.span.range()).is_some());
                }
                let report = analyze(&Analyzer::default(), &source, markup);
                for f in &report.findings {
                    prop_assert_eq!(f.span.slice(&source), f.text.as_str());
                }
            }
        }
    }
}
