//! Corpus input for `score` and `stats`: a stream of records (id + text).
//!
//! * plain text files: one record per file, id = path;
//! * JSON Lines (`.jsonl`, `.ndjson`): one record per line; the text and id
//!   come from `--text-field` / `--id-field`, dotted paths into nested objects
//!   (`meta.body`, `items.0.text`);
//! * CSV (`.csv`, `.tsv`): one record per row, `--text-column` /
//!   `--id-column` by header name or 0-based index.
//!
//! Records are read lazily, line by line or row by row: a corpus is never
//! held in memory. A bad record (invalid UTF-8, malformed JSON, a missing
//! field) becomes a record whose text is an error naming file and line, so
//! no document silently disappears.

use crate::i18n::{Io, Msg};
use crate::input::{Input, InputError};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// How to read an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// By file extension: .jsonl/.ndjson, .csv/.tsv, otherwise plain text.
    Auto,
    /// Each file is one document.
    Text,
    /// JSON Lines: one document per line.
    Jsonl,
    /// CSV with a header row: one document per row.
    Csv,
}

/// Where text and id live in structured records.
#[derive(Debug, Clone)]
pub struct Fields {
    /// Dotted path of the text in a JSON object.
    pub text_field: String,
    /// Dotted path of the id in a JSON object.
    pub id_field: Option<String>,
    /// Header name or index of the text column.
    pub text_column: String,
    /// Header name or index of the id column.
    pub id_column: Option<String>,
}

/// One document to score.
#[derive(Debug, Clone)]
pub struct Record {
    /// The document's id (from the id field, or `path` / `path:line`).
    pub id: String,
    /// `path:line` of the record, for messages.
    pub source: String,
    /// Size of the input in bytes.
    pub bytes: usize,
    /// The text, or why it could not be read.
    pub text: Result<String, Msg>,
    /// A JSON line not parsed yet: parsing happens in the parallel stage.
    json: Option<Vec<u8>>,
    /// How to read the text: Markdown and HTML files are extracted first.
    pub markup: echt::extract::Markup,
}

impl Record {
    fn ok(id: String, source: String, text: String) -> Record {
        Record {
            id,
            source,
            bytes: text.len(),
            text: Ok(text),
            json: None,
            markup: echt::extract::Markup::Text,
        }
    }

    fn error(id: String, source: String, message: Msg) -> Record {
        Record {
            id,
            source,
            bytes: 0,
            text: Err(message),
            json: None,
            markup: echt::extract::Markup::Text,
        }
    }

    /// Parses a pending JSON line (cheap for other records). Call it in the
    /// parallel stage.
    pub fn resolve(self, fields: &Fields) -> Record {
        match self.json {
            Some(line) => parse_json_line(&line, self.source, fields),
            None => self,
        }
    }
}

fn format_of(input: &Input, format: InputFormat) -> InputFormat {
    if format != InputFormat::Auto {
        return format;
    }
    let Input::File(path) = input else {
        return InputFormat::Text;
    };
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("jsonl" | "ndjson") => InputFormat::Jsonl,
        Some("csv" | "tsv") => InputFormat::Csv,
        _ => InputFormat::Text,
    }
}

fn open(input: &Input) -> std::io::Result<Box<dyn Read + Send>> {
    Ok(match input {
        Input::Stdin => Box::new(std::io::stdin()),
        Input::File(p) => Box::new(std::fs::File::open(p)?),
    })
}

/// All records of all inputs, in order; an input that could not be found
/// is one error record in its place.
pub fn stream(
    inputs: Vec<Result<Input, InputError>>,
    format: InputFormat,
    fields: Fields,
) -> impl Iterator<Item = Record> + Send {
    inputs.into_iter().flat_map(move |input| {
        let input = match input {
            Ok(input) => input,
            Err(e) => {
                let only: Box<dyn Iterator<Item = Record> + Send> = Box::new(std::iter::once(
                    Record::error(e.path.clone(), e.path, e.message),
                ));
                return only;
            }
        };
        let fields = fields.clone();
        let name = input.display();
        let iter: Box<dyn Iterator<Item = Record> + Send> = match format_of(&input, format) {
            InputFormat::Text | InputFormat::Auto => Box::new(std::iter::once(text_record(&input))),
            InputFormat::Jsonl => match open(&input) {
                Ok(r) => Box::new(JsonLines::new(name, r)),
                Err(e) => Box::new(std::iter::once(open_error(&name, &e))),
            },
            InputFormat::Csv => match open(&input) {
                Ok(r) => csv_records(name, r, &input, fields),
                Err(e) => Box::new(std::iter::once(open_error(&name, &e))),
            },
        };
        iter
    })
}

fn open_error(name: &str, e: &std::io::Error) -> Record {
    Record::error(
        name.to_string(),
        name.to_string(),
        Msg::CannotRead(Io::from(e)),
    )
}

fn text_record(input: &Input) -> Record {
    let name = input.display();
    match crate::input::read(input) {
        Ok(text) => {
            let mut r = Record::ok(name.clone(), name, text);
            if let Input::File(p) = input {
                r.markup = echt::extract::Markup::from_path(p);
            }
            r
        }
        Err(e) => Record::error(name.clone(), name, e.message),
    }
}

/// Follows a dotted path (`a.b.0.c`) into a JSON value.
#[cfg(test)]
pub fn lookup<'v>(value: &'v serde_json::Value, path: &str) -> Option<&'v serde_json::Value> {
    lookup_in(value, &path.split('.').collect::<Vec<_>>())
}

/// [`lookup`] with the path split into its components.
fn lookup_in<'v>(value: &'v serde_json::Value, path: &[&str]) -> Option<&'v serde_json::Value> {
    path.iter().try_fold(value, |v, &key| match v {
        serde_json::Value::Object(map) => map.get(key),
        serde_json::Value::Array(items) => key.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    })
}

/// The UTF-8 byte order mark some editors put at the start of a file.
const BOM: &[u8] = b"\xEF\xBB\xBF";

struct JsonLines {
    name: String,
    reader: BufReader<Box<dyn Read + Send>>,
    line: usize,
    buf: Vec<u8>,
    done: bool,
}

impl JsonLines {
    fn new(name: String, reader: Box<dyn Read + Send>) -> Self {
        JsonLines {
            name,
            reader: BufReader::with_capacity(1 << 16, reader),
            line: 0,
            buf: Vec::new(),
            done: false,
        }
    }
}

fn parse_json_line(buf: &[u8], source: String, fields: &Fields) -> Record {
    let default_id = source.clone();
    let line = match std::str::from_utf8(buf) {
        Ok(l) => l.trim(),
        Err(e) => {
            return Record::error(default_id, source, Msg::InvalidUtf8InLine(e.valid_up_to()));
        }
    };
    let text_path: Vec<&str> = fields.text_field.split('.').collect();
    let id_path: Option<Vec<&str>> = fields.id_field.as_deref().map(|f| f.split('.').collect());
    let mut paths: Vec<&[&str]> = vec![&text_path];
    if let Some(p) = &id_path {
        paths.push(p);
    }
    let mut found = [None, None];
    if let Err(e) = pick(line, &paths, &mut found) {
        return Record::error(default_id, source, Msg::InvalidJson(e.to_string()));
    }
    let [text, id_value] = found;
    let id = match &fields.id_field {
        Some(f) => match id_value {
            Some(serde_json::Value::String(s)) => s,
            Some(serde_json::Value::Null) | None => {
                return Record::error(default_id, source, Msg::MissingField(f.clone()));
            }
            Some(other) => other.to_string(),
        },
        None => default_id,
    };
    match text {
        Some(serde_json::Value::String(s)) => Record::ok(id, source, s),
        Some(_) => Record::error(id, source, Msg::FieldNotText(fields.text_field.clone())),
        None => Record::error(id, source, Msg::MissingField(fields.text_field.clone())),
    }
}

/// Parses the JSON document `line` and sets `found[i]` to what
/// [`lookup_in`] would return for `paths[i]` (at most two paths), without building the
/// whole document: only the values at the paths become
/// [`serde_json::Value`]s, everything else is parsed and dropped.
///
/// The result and the errors are those of `serde_json::from_str::<Value>`
/// followed by [`lookup_in`]: every value goes through the same parser calls
/// (`deserialize_any`, so numbers are range-checked and strings unescaped
/// as before), a repeated key takes the last value as a map would, and
/// trailing characters are an error. The test `pick_equals_value_lookup`
/// pins it.
fn pick(
    line: &str,
    paths: &[&[&str]],
    found: &mut [Option<serde_json::Value>; 2],
) -> serde_json::Result<()> {
    use serde::de::DeserializeSeed;
    let mut de = serde_json::Deserializer::from_str(line);
    let all = (1u8 << paths.len()) - 1;
    Pick {
        paths,
        active: all,
        depth: 0,
        found,
    }
    .deserialize(&mut de)?;
    de.end()
}

/// Follows the `active` paths (a bit mask over `paths`) from component
/// `depth` on, in the value being deserialized.
struct Pick<'a, 'p> {
    paths: &'a [&'p [&'p str]],
    active: u8,
    depth: usize,
    found: &'a mut [Option<serde_json::Value>; 2],
}

impl Pick<'_, '_> {
    fn each(&self) -> impl Iterator<Item = usize> + use<> {
        let active = self.active;
        (0..2).filter(move |i| active & (1 << i) != 0)
    }

    /// The active paths whose next component is `key` (as a map key, or
    /// as an array index when `index` is given).
    fn next_on(&self, key: &str) -> u8 {
        self.each()
            .filter(|&i| self.paths[i][self.depth] == key)
            .fold(0, |m, i| m | 1 << i)
    }

    fn next_at(&self, index: usize) -> u8 {
        self.each()
            .filter(|&i| self.paths[i][self.depth].parse::<usize>() == Ok(index))
            .fold(0, |m, i| m | 1 << i)
    }

    /// The value here is no container: the paths that go deeper end here.
    fn clear(&mut self) {
        for i in self.each() {
            self.found[i] = None;
        }
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for Pick<'_, '_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        let ends_here = self.each().any(|i| self.paths[i].len() == self.depth);
        if !ends_here {
            return d.deserialize_any(self);
        }
        let value = <serde_json::Value as serde::Deserialize>::deserialize(d)?;
        let ends: Vec<usize> = self.each().collect();
        if let [only] = ends[..] {
            self.found[only] = Some(value);
        } else {
            for i in ends {
                self.found[i] = lookup_in(&value, &self.paths[i][self.depth..]).cloned();
            }
        }
        Ok(())
    }
}

impl<'de> serde::de::Visitor<'de> for Pick<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any valid JSON value")
    }

    fn visit_bool<E>(mut self, _: bool) -> Result<(), E> {
        self.clear();
        Ok(())
    }

    fn visit_i64<E>(mut self, _: i64) -> Result<(), E> {
        self.clear();
        Ok(())
    }

    fn visit_u64<E>(mut self, _: u64) -> Result<(), E> {
        self.clear();
        Ok(())
    }

    fn visit_f64<E>(mut self, _: f64) -> Result<(), E> {
        self.clear();
        Ok(())
    }

    fn visit_str<E>(mut self, _: &str) -> Result<(), E> {
        self.clear();
        Ok(())
    }

    fn visit_unit<E>(mut self) -> Result<(), E> {
        self.clear();
        Ok(())
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        self.clear();
        let mut index = 0;
        loop {
            let next = self.next_at(index);
            let more = if next == 0 {
                seq.next_element_seed(Skip)?.is_some()
            } else {
                seq.next_element_seed(Pick {
                    paths: self.paths,
                    active: next,
                    depth: self.depth + 1,
                    found: self.found,
                })?
                .is_some()
            };
            if !more {
                return Ok(());
            }
            index += 1;
        }
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        self.clear();
        while let Some(next) = map.next_key_seed(KeyOn(&self))? {
            if next == 0 {
                map.next_value_seed(Skip)?;
            } else {
                // A later duplicate key replaces what an earlier one found.
                map.next_value_seed(Pick {
                    paths: self.paths,
                    active: next,
                    depth: self.depth + 1,
                    found: self.found,
                })?;
            }
        }
        Ok(())
    }
}

/// A map key, read as the mask of the paths that continue through it.
struct KeyOn<'a, 'b, 'p>(&'a Pick<'b, 'p>);

impl<'de> serde::de::DeserializeSeed<'de> for KeyOn<'_, '_, '_> {
    type Value = u8;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<u8, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> serde::de::Visitor<'de> for KeyOn<'_, '_, '_> {
    type Value = u8;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a string key")
    }

    fn visit_str<E>(self, key: &str) -> Result<u8, E> {
        Ok(self.0.next_on(key))
    }
}

/// Parses any value and drops it: the parser calls building a
/// [`serde_json::Value`] would make, without building it.
struct Skip;

impl<'de> serde::de::DeserializeSeed<'de> for Skip {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Skip {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any valid JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(Skip)?.is_some() {}
        Ok(())
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_key_seed(Skip)?.is_some() {
            map.next_value_seed(Skip)?;
        }
        Ok(())
    }
}

/// `BufRead::read_until(b'\n', buf)`, with a vectorised search for the end
/// of the line (the standard library's goes a word at a time, a visible
/// share of scoring a JSON Lines corpus).
fn read_line(reader: &mut impl BufRead, buf: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut read = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let (found, used) = match memchr::memchr(b'\n', available) {
            Some(i) => (true, i + 1),
            None => (available.is_empty(), available.len()),
        };
        buf.extend_from_slice(&available[..used]);
        reader.consume(used);
        read += used;
        if found {
            return Ok(read);
        }
    }
}

impl Iterator for JsonLines {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            self.line += 1;
            let source = format!("{}:{}", self.name, self.line);
            match read_line(&mut self.reader, &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(_) => {
                    if self.line == 1 && self.buf.starts_with(BOM) {
                        self.buf.drain(..BOM.len());
                    }
                    if self.buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(Record {
                        id: source.clone(),
                        source,
                        bytes: self.buf.len(),
                        // Replaced when the line is parsed (`resolve`).
                        text: Ok(String::new()),
                        json: Some(std::mem::take(&mut self.buf)),
                        markup: echt::extract::Markup::Text,
                    });
                }
                Err(e) => {
                    self.done = true;
                    return Some(Record::error(
                        source.clone(),
                        source,
                        Msg::CannotRead(Io::from(&e)),
                    ));
                }
            }
        }
    }
}

fn csv_records(
    name: String,
    reader: Box<dyn Read + Send>,
    input: &Input,
    fields: Fields,
) -> Box<dyn Iterator<Item = Record> + Send> {
    let tsv = matches!(input, Input::File(p) if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("tsv")));
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(if tsv { b'\t' } else { b',' })
        .flexible(true)
        .from_reader(reader);
    let headers = match rdr.byte_headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            return Box::new(std::iter::once(Record::error(
                name.clone(),
                format!("{name}:1"),
                Msg::InvalidCsvHeader(e.to_string()),
            )));
        }
    };
    let column = |wanted: &str| -> Option<usize> {
        headers
            .iter()
            .position(|h| h == wanted.as_bytes())
            .or_else(|| wanted.parse::<usize>().ok().filter(|&i| i < headers.len()))
    };
    let Some(text_col) = column(&fields.text_column) else {
        return Box::new(std::iter::once(Record::error(
            name.clone(),
            format!("{name}:1"),
            Msg::ColumnNotInHeader(fields.text_column.clone()),
        )));
    };
    let id_col = match &fields.id_column {
        Some(c) => match column(c) {
            Some(i) => Some(i),
            None => {
                return Box::new(std::iter::once(Record::error(
                    name.clone(),
                    format!("{name}:1"),
                    Msg::ColumnNotInHeader(c.clone()),
                )));
            }
        },
        None => None,
    };
    Box::new(rdr.into_byte_records().map(move |row| {
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                let source = format!("{name}:{line}");
                return Record::error(source.clone(), source, Msg::InvalidCsv(e.to_string()));
            }
        };
        let line = row.position().map_or(0, |p| p.line());
        let source = format!("{name}:{line}");
        let field = |i: usize| -> Result<String, Msg> {
            let bytes = row.get(i).ok_or(Msg::RowHasNoColumn(i))?;
            String::from_utf8(bytes.to_vec()).map_err(|e| Msg::InvalidUtf8InColumn {
                byte: e.utf8_error().valid_up_to(),
                column: i,
            })
        };
        let id = match id_col.map(field) {
            Some(Ok(id)) => id,
            Some(Err(e)) => return Record::error(source.clone(), source, e),
            None => source.clone(),
        };
        match field(text_col) {
            Ok(text) => Record::ok(id, source, text),
            Err(e) => Record::error(id, source, e),
        }
    }))
}

/// True when `path` is a corpus file the folder walk should pick up.
pub fn is_corpus_file(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["jsonl", "ndjson", "csv", "tsv"]
            .iter()
            .chain(crate::input::TEXT_EXTENSIONS)
            .any(|t| t.eq_ignore_ascii_case(e))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// `read_line` reads what `read_until` reads, however the reader's
    /// buffer cuts the lines.
    #[test]
    fn read_line_equals_read_until() {
        let text = b"{\"a\": 1}\n\n{\"b\": \"x y\"}\r\nlast line without end";
        for capacity in [1, 2, 3, 7, 64] {
            let mut ours = BufReader::with_capacity(capacity, &text[..]);
            let mut std = BufReader::with_capacity(capacity, &text[..]);
            loop {
                let (mut a, mut b) = (Vec::new(), Vec::new());
                let n = read_line(&mut ours, &mut a).unwrap_or(usize::MAX);
                assert_eq!(Some(n), std.read_until(b'\n', &mut b).ok());
                assert_eq!(a, b, "capacity {capacity}");
                if n == 0 {
                    break;
                }
            }
        }
    }

    fn fields() -> Fields {
        Fields {
            text_field: "body.text".into(),
            id_field: Some("id".into()),
            text_column: "tekst".into(),
            id_column: Some("nr".into()),
        }
    }

    fn write(name: &str, content: &[u8]) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(name);
        std::fs::write(&p, content).unwrap();
        (dir, p)
    }

    #[test]
    fn dotted_paths_reach_nested_fields() {
        let v: serde_json::Value = serde_json::json!({"a": {"b": [{"c": "x"}]}});
        assert_eq!(lookup(&v, "a.b.0.c"), Some(&serde_json::json!("x")));
        assert_eq!(lookup(&v, "a.z"), None);
    }

    #[test]
    fn jsonl_bad_lines_become_error_records() {
        let (_d, p) = write(
            "c.jsonl",
            b"{\"id\":\"a\",\"body\":{\"text\":\"De beste!\"}}\n{kapot\n\n{\"id\":\"c\"}\n\xff\n",
        );
        let recs: Vec<Record> = stream(vec![Ok(Input::File(p))], InputFormat::Auto, fields())
            .map(|r| r.resolve(&fields()))
            .collect();
        assert_eq!(recs.len(), 4);
        assert_eq!(recs[0].id, "a");
        assert_eq!(recs[0].text.as_deref(), Ok("De beste!"));
        assert!(matches!(recs[1].text, Err(Msg::InvalidJson(_))));
        assert!(recs[1].source.ends_with(":2"));
        assert_eq!(recs[2].text, Err(Msg::MissingField("body.text".into())));
        assert!(recs[2].source.ends_with(":4"));
        assert!(matches!(recs[3].text, Err(Msg::InvalidUtf8InLine(_))));
    }

    /// `pick` on two paths equals building the `Value` and looking both up,
    /// errors included, over documents with nesting, arrays, duplicate and
    /// escaped keys, nulls, numbers out of range and trailing characters.
    #[test]
    fn pick_equals_value_lookup() {
        let docs = [
            r#"{"text": "a", "id": 7}"#,
            r#"{"a": {"b": [{"c": "x"}, 2]}, "text": null}"#,
            r#"{"a": {"b": 1}, "a": {"c": "y"}}"#,
            r#"{"a": 5, "a": {"b": "z"}}"#,
            r#"{"t\u0065xt": "esc", "id": {"k": [1, 2.5, true, null]}}"#,
            r#"[{"text": "arr"}, {"a": {"b": "q"}}]"#,
            r#""text""#,
            r#"{"text": "a", "x": 1e999}"#,
            r#"{"text": "a", "x": "\ud800"}"#,
            r#"{"text": "a"} trailing"#,
            r#"{"text": "a",}"#,
            r#"{"a": {"b": {"c": {"d": "diep"}}}, "id": "i", "id": "j"}"#,
        ];
        let paths = [
            "text", "id", "a", "a.b", "a.b.0.c", "a.c", "0.text", "1.a.b", "+0.text",
        ];
        for doc in docs {
            let value: Result<serde_json::Value, _> = serde_json::from_str(doc);
            for p in paths {
                for q in paths {
                    let (p1, q1): (Vec<&str>, Vec<&str>) =
                        (p.split('.').collect(), q.split('.').collect());
                    let mut found = [None, None];
                    let got = pick(doc, &[&p1, &q1], &mut found).map(|()| found);
                    match &value {
                        Ok(v) => {
                            let want = [lookup(v, p).cloned(), lookup(v, q).cloned()];
                            assert_eq!(got.ok(), Some(want), "{doc} {p} {q}");
                        }
                        Err(e) => {
                            assert_eq!(got.map_err(|g| g.to_string()), Err(e.to_string()), "{doc}")
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn csv_columns_by_name() {
        let (_d, p) = write(
            "c.csv",
            "nr,tekst\n1,\"De beste, echt\"\n2,Gewoon\n".as_bytes(),
        );
        let recs: Vec<Record> =
            stream(vec![Ok(Input::File(p))], InputFormat::Auto, fields()).collect();
        assert_eq!(recs.len(), 2);
        assert_eq!(
            (recs[0].id.as_str(), recs[0].text.as_deref()),
            ("1", Ok("De beste, echt"))
        );
    }

    #[test]
    fn csv_missing_column_is_an_error_record() {
        let (_d, p) = write("c.csv", b"a,b\n1,2\n");
        let recs: Vec<Record> =
            stream(vec![Ok(Input::File(p))], InputFormat::Auto, fields()).collect();
        assert_eq!(recs.len(), 1);
        assert_eq!(recs[0].text, Err(Msg::ColumnNotInHeader("tekst".into())));
    }
}
