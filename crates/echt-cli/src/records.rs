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

use crate::input::Input;
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
    pub text: Result<String, String>,
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

    fn error(id: String, source: String, message: String) -> Record {
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

/// All records of all inputs, in order.
pub fn stream(
    inputs: Vec<Input>,
    format: InputFormat,
    fields: Fields,
) -> impl Iterator<Item = Record> + Send {
    inputs.into_iter().flat_map(move |input| {
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
        format!("kan niet lezen: {}", crate::input::io_message(e)),
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
pub fn lookup<'v>(value: &'v serde_json::Value, path: &str) -> Option<&'v serde_json::Value> {
    path.split('.').try_fold(value, |v, key| match v {
        serde_json::Value::Object(map) => map.get(key),
        serde_json::Value::Array(items) => key.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    })
}

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
            return Record::error(
                default_id,
                source,
                format!("ongeldige UTF-8 op byte {} van de regel", e.valid_up_to()),
            );
        }
    };
    let value: serde_json::Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return Record::error(default_id, source, format!("geen geldige JSON: {e}")),
    };
    let id = match &fields.id_field {
        Some(f) => match lookup(&value, f) {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Null) | None => {
                return Record::error(default_id, source, format!("veld `{f}` ontbreekt"));
            }
            Some(other) => other.to_string(),
        },
        None => default_id,
    };
    match lookup(&value, &fields.text_field) {
        Some(serde_json::Value::String(s)) => Record::ok(id, source, s.clone()),
        Some(_) => Record::error(
            id,
            source,
            format!("veld `{}` is geen tekst", fields.text_field),
        ),
        None => Record::error(
            id,
            source,
            format!("veld `{}` ontbreekt", fields.text_field),
        ),
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
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(_) => {
                    if self.buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    return Some(Record {
                        id: source.clone(),
                        source,
                        bytes: self.buf.len(),
                        text: Err(String::new()),
                        json: Some(std::mem::take(&mut self.buf)),
                        markup: echt::extract::Markup::Text,
                    });
                }
                Err(e) => {
                    self.done = true;
                    return Some(Record::error(
                        source.clone(),
                        source,
                        format!("kan niet lezen: {}", crate::input::io_message(&e)),
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
                format!("geen geldige CSV-kop: {e}"),
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
            format!("kolom `{}` staat niet in de kop", fields.text_column),
        )));
    };
    let id_col = match &fields.id_column {
        Some(c) => match column(c) {
            Some(i) => Some(i),
            None => {
                return Box::new(std::iter::once(Record::error(
                    name.clone(),
                    format!("{name}:1"),
                    format!("kolom `{c}` staat niet in de kop"),
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
                return Record::error(source.clone(), source, format!("ongeldige CSV: {e}"));
            }
        };
        let line = row.position().map_or(0, |p| p.line());
        let source = format!("{name}:{line}");
        let field = |i: usize| -> Result<String, String> {
            let bytes = row
                .get(i)
                .ok_or_else(|| format!("rij heeft geen kolom {i}"))?;
            String::from_utf8(bytes.to_vec()).map_err(|e| {
                format!(
                    "ongeldige UTF-8 op byte {} van kolom {i}",
                    e.utf8_error().valid_up_to()
                )
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
        let recs: Vec<Record> = stream(vec![Input::File(p)], InputFormat::Auto, fields())
            .map(|r| r.resolve(&fields()))
            .collect();
        assert_eq!(recs.len(), 4);
        assert_eq!(recs[0].id, "a");
        assert_eq!(recs[0].text.as_deref(), Ok("De beste!"));
        assert!(
            recs[1]
                .text
                .as_ref()
                .unwrap_err()
                .contains("geen geldige JSON")
        );
        assert!(recs[1].source.ends_with(":2"));
        assert!(recs[2].text.as_ref().unwrap_err().contains("body.text"));
        assert!(recs[2].source.ends_with(":4"));
        assert!(recs[3].text.as_ref().unwrap_err().contains("UTF-8"));
    }

    #[test]
    fn csv_columns_by_name() {
        let (_d, p) = write(
            "c.csv",
            "nr,tekst\n1,\"De beste, echt\"\n2,Gewoon\n".as_bytes(),
        );
        let recs: Vec<Record> = stream(vec![Input::File(p)], InputFormat::Auto, fields()).collect();
        assert_eq!(recs.len(), 2);
        assert_eq!(
            (recs[0].id.as_str(), recs[0].text.as_deref()),
            ("1", Ok("De beste, echt"))
        );
    }

    #[test]
    fn csv_missing_column_is_an_error_record() {
        let (_d, p) = write("c.csv", b"a,b\n1,2\n");
        let recs: Vec<Record> = stream(vec![Input::File(p)], InputFormat::Auto, fields()).collect();
        assert_eq!(recs.len(), 1);
        assert!(recs[0].text.as_ref().unwrap_err().contains("tekst"));
    }
}
