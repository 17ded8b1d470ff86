//! Reads the official lists from the bytes a user loads: which format a file is (from its
//! content, never its name), and one [`List`] from one file or from OFAC's `sdn.csv` with its
//! `alt.csv` and `add.csv`. Every failure is a [`ListError`] naming the file, line or element,
//! for a message in the user's language; a parser's own English is kept only as `detail`.

mod csl;
mod detect;
mod ofac;
mod remarks;
mod text;
mod un;

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{List, Source};

pub use detect::detect;

/// The kind of one file, as [`detect`] reads it from its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    /// The UN Security Council Consolidated List (XML, root `CONSOLIDATED_LIST`).
    UnXml,
    /// OFAC's `sdn.csv`: 12 fields, no header.
    OfacSdn,
    /// OFAC's `alt.csv` (aliases): 5 fields, the third `aka`, `fka` or `nka`.
    OfacAlt,
    /// OFAC's `add.csv` (addresses): 6 fields.
    OfacAdd,
    /// The US Consolidated Screening List (CSV with a header).
    UsCsl,
}

impl FileKind {
    /// The list a file of this kind belongs to.
    pub fn source(self) -> Source {
        match self {
            FileKind::UnXml => Source::Un,
            FileKind::OfacSdn | FileKind::OfacAlt | FileKind::OfacAdd => Source::OfacSdn,
            FileKind::UsCsl => Source::UsCsl,
        }
    }
}

/// Why a set of files could not be read as a list. Lines are 1-based, as an editor shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum ListError {
    /// No file, or the file at `index` holds nothing: no bytes, only blanks, or no entry.
    Empty { index: usize },
    /// The file at `index` is none of the lists' formats (a picture, another CSV, other XML).
    UnknownFormat { index: usize },
    /// The UN file stops being well-formed XML (or UTF-8) here.
    NotXml {
        line: u64,
        column: Option<u64>,
        detail: String,
    },
    /// The UN file ends before `element`, opened on `line`, is closed: a download cut short.
    Truncated { element: String, line: u64 },
    /// An element every UN entry needs (`REFERENCE_NUMBER`, a name) is missing or empty in the
    /// entry that starts on `line`; or the root `CONSOLIDATED_LIST` is not the root.
    MissingElement { element: String, line: u64 },
    /// A CSV row that is not what its file's format has there.
    Csv {
        file: FileKind,
        line: u64,
        reason: CsvReason,
    },
    /// A field the format requires is empty on `line`, or (line 1 of the CSL) not in the header.
    MissingField {
        file: FileKind,
        line: u64,
        field: String,
    },
    /// Files of two different lists loaded together.
    Mixed { first: FileKind, other: FileKind },
    /// The same kind of file twice (two `sdn.csv`, two UN lists).
    Duplicate { kind: FileKind },
    /// OFAC's `alt.csv` or `add.csv` (`given`) without the `sdn.csv` whose entries they belong to.
    AltWithoutSdn { given: FileKind },
}

/// What is wrong with a CSV row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum CsvReason {
    /// The row has `found` fields where the format has `expected`.
    FieldCount { expected: usize, found: usize },
    /// `field` (OFAC's `ent_num`) is not a whole number.
    NotANumber { field: String, value: String },
    /// The CSV reader's own complaint.
    Syntax { detail: String },
}

/// Reads one list: a UN XML file, a CSL file, or OFAC's `sdn.csv` with, optionally, its
/// `alt.csv` and `add.csv` in any order. Never panics, whatever the bytes. Only the UN file
/// states when it was generated: OFAC's legacy CSVs and the CSL give `generated: None`.
pub fn read(files: &[&[u8]]) -> Result<List, ListError> {
    if files.is_empty() {
        return Err(ListError::Empty { index: 0 });
    }
    let mut kinds = Vec::with_capacity(files.len());
    for (index, bytes) in files.iter().enumerate() {
        if text::is_blank(bytes) {
            return Err(ListError::Empty { index });
        }
        kinds.push(detect(bytes).ok_or(ListError::UnknownFormat { index })?);
    }
    let first = kinds[0];
    if let Some(&other) = kinds.iter().find(|k| k.source() != first.source()) {
        return Err(ListError::Mixed { first, other });
    }
    for (i, kind) in kinds.iter().enumerate() {
        if kinds[..i].contains(kind) {
            return Err(ListError::Duplicate { kind: *kind });
        }
    }
    let of = |kind: FileKind| kinds.iter().position(|k| *k == kind).map(|i| files[i]);
    let list = match first.source() {
        Source::Un => un::read(files[0])?,
        Source::UsCsl => csl::read(&text::decode(files[0]))?,
        Source::OfacSdn => {
            let sdn = of(FileKind::OfacSdn).ok_or(ListError::AltWithoutSdn { given: first })?;
            let alt = of(FileKind::OfacAlt).map(text::decode);
            let add = of(FileKind::OfacAdd).map(text::decode);
            ofac::read(&text::decode(sdn), alt.as_deref(), add.as_deref())?
        }
    };
    if list.entries.is_empty() {
        return Err(ListError::Empty { index: 0 });
    }
    Ok(list)
}

impl fmt::Display for ListError {
    /// English, for logs and developers; the widget words each case in the user's language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ListError::Empty { index } => write!(f, "file {} is empty", index + 1),
            ListError::UnknownFormat { index } => {
                write!(f, "file {} is not a list format this reads", index + 1)
            }
            ListError::NotXml {
                line,
                column,
                detail,
            } => match column {
                Some(column) => write!(f, "not XML at line {line}, column {column}: {detail}"),
                None => write!(f, "not XML at line {line}: {detail}"),
            },
            ListError::Truncated { element, line } => {
                write!(f, "the file ends inside <{element}> opened on line {line}")
            }
            ListError::MissingElement { element, line } => {
                write!(f, "no {element} in the entry on line {line}")
            }
            ListError::Csv { file, line, reason } => match reason {
                CsvReason::FieldCount { expected, found } => write!(
                    f,
                    "{file:?} line {line}: {found} fields where {expected} are expected"
                ),
                CsvReason::NotANumber { field, value } => {
                    write!(f, "{file:?} line {line}: {field} {value:?} is not a number")
                }
                CsvReason::Syntax { detail } => write!(f, "{file:?} line {line}: {detail}"),
            },
            ListError::MissingField { file, line, field } => {
                write!(f, "{file:?} line {line}: no {field}")
            }
            ListError::Mixed { first, other } => {
                write!(f, "{first:?} and {other:?} belong to different lists")
            }
            ListError::Duplicate { kind } => write!(f, "two {kind:?} files"),
            ListError::AltWithoutSdn { given } => write!(f, "{given:?} without its sdn.csv"),
        }
    }
}

impl std::error::Error for ListError {}

/// The `YYYY-MM-DD` at the start of a date or date-time, if it is one.
fn date_part(value: &str) -> Option<String> {
    let date = value.trim().get(..10)?;
    let b = date.as_bytes();
    let shaped = b.iter().enumerate().all(|(i, c)| match i {
        4 | 7 => *c == b'-',
        _ => c.is_ascii_digit(),
    });
    shaped.then(|| date.to_string())
}

/// Adds a country (or any text) once, keeping the list's order.
fn push_unique(into: &mut Vec<String>, value: &str) {
    let value = value.trim();
    if !value.is_empty() && !into.iter().any(|v| v == value) {
        into.push(value.to_string());
    }
}

/// Runs of whitespace (line breaks inside an element, doubled spaces) as one space, trimmed.
fn collapse(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Each row of a CSV file with its line (1-based, where the row starts). Blank rows and the
/// Ctrl-Z OFAC ends its files with are skipped.
fn csv_rows(
    text: &str,
    file: FileKind,
    mut each: impl FnMut(u64, &csv::StringRecord) -> Result<(), ListError>,
) -> Result<(), ListError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut row = csv::StringRecord::new();
    loop {
        let line = reader.position().line();
        match reader.read_record(&mut row) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(e) => {
                return Err(ListError::Csv {
                    file,
                    line: e.position().map_or(line, |p| p.line()),
                    reason: CsvReason::Syntax {
                        detail: e.to_string(),
                    },
                })
            }
        }
        let blank = |f: &str| {
            f.trim_matches(|c: char| c.is_whitespace() || c == '\u{1A}')
                .is_empty()
        };
        if !row.iter().all(blank) {
            each(row.position().map_or(line, |p| p.line()), &row)?;
        }
    }
}

fn field_count(
    file: FileKind,
    line: u64,
    row: &csv::StringRecord,
    expected: usize,
) -> Result<(), ListError> {
    if row.len() == expected {
        return Ok(());
    }
    Err(ListError::Csv {
        file,
        line,
        reason: CsvReason::FieldCount {
            expected,
            found: row.len(),
        },
    })
}
