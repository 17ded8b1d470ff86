//! Reads a batch file of shipments as offices write them: CSV in UTF-8 (with or without a BOM),
//! UTF-16 with a BOM (Excel's "Unicode text") or Windows-1252, separated by commas, semicolons
//! or tabs, with any line ends; or the first sheet of an `.xlsx` workbook. The result is a
//! [`Table`] of text cells, each row with the line (or sheet row) a person sees it on; the
//! widget maps its columns to shipment fields (`core::batch`).
//!
//! The readers (feature `read`) run in a web worker of their own (`src/main.rs`), fetched when a
//! user picks a batch file: encoding_rs links every encoding's tables (~180 KB) and calamine a
//! zip and XML reader, none of which belongs in the widget's first download. The widget depends
//! on this crate without the feature, for the types it receives from the worker.

use serde::{Deserialize, Serialize};

/// The character encoding a CSV file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    Utf8,
    /// UTF-8 with a byte-order mark (Excel's "CSV UTF-8").
    Utf8Bom,
    /// UTF-16 little-endian with a byte-order mark (Excel's "Unicode text").
    Utf16Le,
    Utf16Be,
    /// The fallback when the bytes are not UTF-8: older Excel and ERP exports in Western
    /// Europe. (Latin-1 files read the same, except for the rarely used C1 controls.)
    Windows1252,
}

/// What separates the fields of a CSV file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Delimiter {
    Comma,
    /// Excel's CSV where the decimal sign is a comma (most of Europe).
    Semicolon,
    Tab,
}

impl Delimiter {
    pub const ALL: [Delimiter; 3] = [Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab];

    pub fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Semicolon => b';',
            Delimiter::Tab => b'\t',
        }
    }
}

/// What kind of file was read, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Format {
    Csv {
        encoding: Encoding,
        delimiter: Delimiter,
        /// The delimiter was chosen by the user, not detected.
        chosen: bool,
    },
    Xlsx {
        /// The sheet read (the first one).
        sheet: String,
        /// How many sheets the workbook has (the others are not read).
        sheets: usize,
    },
}

/// One data row: its cells as text, and where a person finds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    /// CSV: the 1-based line the row starts on, counted in any line-end convention (CRLF, LF
    /// or CR alone), so a row after a quoted field spanning lines has the line an editor
    /// shows. XLSX: the sheet's row number.
    pub line: u64,
    pub cells: Vec<String>,
}

/// A row that could not be split into fields as the header says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RowFault {
    /// The row has `found` fields where the header has `expected`.
    FieldCount { expected: usize, found: usize },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fault {
    pub line: u64,
    pub fault: RowFault,
}

/// A batch file read as text cells.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub format: Format,
    /// The first row (CSV: after an Excel `sep=` line, if any).
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
    /// Rows not read, by line; the others are read.
    pub faults: Vec<Fault>,
}

/// Why a file could not be read at all. `detail` is the underlying reader's own (English)
/// text, for a collapsed "details" part only: the interface names the reason in the user's
/// language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ReadError {
    /// Nothing in the file (or only blank lines).
    Empty,
    /// A header row and no data rows.
    NoRows,
    /// A zip file that is not a readable workbook (damaged, or another kind of zip).
    NotWorkbook { detail: String },
    /// A workbook with no sheet, or whose first sheet is empty.
    NoSheet,
    /// An Excel 97-2003 `.xls` file, or a password-protected workbook (both are OLE
    /// containers): it must be saved as `.xlsx` or CSV first.
    OldOrProtectedWorkbook,
    /// Bytes that are not text in any encoding this reader knows (e.g. an image or a PDF).
    NotText,
    /// A sheet of more than `limit` cells (counting the empty cells a row needs to reach its
    /// table's last column): a workbook's cells are not bounded by its file's size.
    TooManyCells { limit: u64 },
}

#[cfg(feature = "read")]
mod csv_file;
#[cfg(feature = "read")]
mod decode;
#[cfg(feature = "read")]
mod xlsx_file;

#[cfg(feature = "read")]
pub use decode::{decode, sniff_delimiter};

/// Reads a batch file: an `.xlsx` workbook (recognised by its bytes, whatever its name) or CSV.
/// `delimiter`: the user's choice; `None`: detected.
#[cfg(feature = "read")]
pub fn read(bytes: &[u8], delimiter: Option<Delimiter>) -> Result<Table, ReadError> {
    const ZIP: &[u8] = b"PK\x03\x04";
    const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    if bytes.starts_with(ZIP) {
        xlsx_file::read(bytes)
    } else if bytes.starts_with(OLE) {
        Err(ReadError::OldOrProtectedWorkbook)
    } else {
        csv_file::read(bytes, delimiter)
    }
}

/// What the widget posts to the worker besides the file's bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    pub delimiter: Option<Delimiter>,
}

/// What the worker answers.
pub type Reply = Result<Table, ReadError>;
