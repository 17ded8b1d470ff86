//! Reads the official lists from the bytes a user loads: which format a file is (from its
//! content, never its name), and one [`List`] from one file or from OFAC's `sdn.csv` with its
//! `alt.csv` and `add.csv`. Every failure is a [`ListError`] naming the file, line or element,
//! for a message in the user's language; a parser's own English is kept only as `detail`.

mod csl;
mod detect;
mod ofac;
mod remarks;
mod un;

use crate::text;

pub use crate::error::{CsvReason, FileKind, ListError};
use crate::{List, Source};

pub use detect::detect;

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
