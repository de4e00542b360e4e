//! Input: which files to read, and reading them as UTF-8 text.
//!
//! Folders are walked recursively with the `ignore` crate (hidden files and
//! `.gitignore`d paths are skipped, as in ripgrep) and yield the text formats
//! echt reads. A file that cannot be read or is not valid UTF-8 becomes an
//! [`InputError`] naming the file and position; the other files still run.

use crate::i18n::{Io, Msg};
use std::io::Read;
use std::path::{Path, PathBuf};

/// File extensions picked up when walking a folder.
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "html", "htm"];

/// Where a text comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Standard input.
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Input {
    /// How output names this input.
    pub fn display(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }
}

/// A problem with one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The input's name.
    pub path: String,
    /// What went wrong.
    pub message: Msg,
}

impl InputError {
    /// `path: message` in `lang`.
    pub fn text(&self, lang: echt::Lang) -> String {
        format!("{}: {}", self.path, self.message.text(lang))
    }
}

/// Expands the command-line paths into inputs, in a stable order: the order
/// given, and sorted paths within each folder. A path that does not exist
/// (or a folder that cannot be walked) is an error in its place in that
/// order; it does not stop the others.
pub fn collect(paths: &[PathBuf], accept: fn(&Path) -> bool) -> Vec<Result<Input, InputError>> {
    let mut entries = Vec::new();
    if paths.is_empty() {
        entries.push(Ok(Input::Stdin));
    }
    for path in paths {
        if path.as_os_str() == "-" {
            entries.push(Ok(Input::Stdin));
        } else if path.is_dir() {
            let mut found = Vec::new();
            let mut errors = Vec::new();
            for entry in ignore::WalkBuilder::new(path).build() {
                match entry {
                    Ok(e) if e.file_type().is_some_and(|t| t.is_file()) && accept(e.path()) => {
                        found.push(e.into_path());
                    }
                    Ok(_) => {}
                    Err(err) => errors.push(InputError {
                        path: path.display().to_string(),
                        message: Msg::CannotWalk(err.to_string()),
                    }),
                }
            }
            if found.is_empty() {
                // A CI step pointed at the wrong folder must not pass silently.
                errors.push(InputError {
                    path: path.display().to_string(),
                    message: Msg::NoFilesInFolder,
                });
            }
            found.sort();
            entries.extend(found.into_iter().map(|p| Ok(Input::File(p))));
            entries.extend(errors.into_iter().map(Err));
        } else if path.exists() {
            entries.push(Ok(Input::File(path.clone())));
        } else {
            entries.push(Err(InputError {
                path: path.display().to_string(),
                message: Msg::NoSuchPath,
            }));
        }
    }
    entries
}

/// True for the text formats `check` reads.
pub fn is_text_file(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| TEXT_EXTENSIONS.iter().any(|t| t.eq_ignore_ascii_case(e)))
}

/// Reads an input completely as UTF-8 text.
pub fn read(input: &Input) -> Result<String, InputError> {
    let name = input.display();
    let bytes = match input {
        Input::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf).map(|_| buf)
        }
        Input::File(p) => std::fs::read(p),
    }
    .map_err(|e| InputError {
        path: name.clone(),
        message: Msg::CannotRead(Io::from(&e)),
    })?;
    decode(&name, bytes)
}

/// Decodes UTF-8, naming the first bad byte by offset, line and column.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, InputError> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.into_bytes();
        // The prefix is valid UTF-8 by definition of `valid_up_to`.
        let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or("");
        // A byte order mark is no column (as in `echt::LineIndex`).
        let prefix = prefix.strip_prefix('\u{feff}').unwrap_or(prefix);
        let line = prefix.matches('\n').count() + 1;
        let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        InputError {
            path: name.to_string(),
            message: Msg::InvalidUtf8 {
                byte: valid,
                line,
                column,
            },
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_byte_line_and_column() {
        let e = decode("x.txt", b"goed\nfo\xffut".to_vec()).unwrap_err();
        assert_eq!(e.path, "x.txt");
        assert_eq!(
            e.message,
            Msg::InvalidUtf8 {
                byte: 7,
                line: 2,
                column: 3
            }
        );
        assert!(e.text(echt::Lang::Nl).contains("byte 7 (regel 2, kolom 3)"));
        assert!(e.text(echt::Lang::En).contains("byte 7 (line 2, column 3)"));
    }

    #[test]
    fn invalid_utf8_after_a_byte_order_mark_counts_no_column_for_it() {
        let e = decode("x.txt", b"\xEF\xBB\xBFfo\xffut".to_vec()).unwrap_err();
        assert_eq!(
            e.message,
            Msg::InvalidUtf8 {
                byte: 5,
                line: 1,
                column: 3
            }
        );
    }

    #[test]
    fn missing_paths_are_errors_not_panics() {
        let entries = collect(&[PathBuf::from("/bestaat/niet.txt")], is_text_file);
        assert_eq!(entries.len(), 1);
        assert!(entries[0].is_err());
    }

    #[test]
    fn no_paths_means_stdin() {
        assert_eq!(collect(&[], is_text_file), [Ok(Input::Stdin)]);
    }

    #[test]
    fn errors_keep_their_place_among_the_inputs() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let file = dir.path().join("a.txt");
        std::fs::write(&file, "tekst").expect("writable");
        let missing = dir.path().join("weg.txt");
        let paths = [missing.clone(), file.clone(), missing, PathBuf::from("-")];
        let entries = collect(&paths, is_text_file);
        let shape: Vec<Option<Input>> = entries.into_iter().map(Result::ok).collect();
        assert_eq!(
            shape,
            [None, Some(Input::File(file)), None, Some(Input::Stdin)]
        );
    }
}
