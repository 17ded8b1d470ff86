//! Why a set of files could not be read as a list, and which kind each file is: plain types,
//! so the widget can name the problem in the user's language without the parsers.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::Source;

/// The kind of one file, as `formats::detect` reads it from its content.
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
