//! Which list a file is, from its first bytes: the UN's XML by its root element, the CSL by its
//! header, and OFAC's three header-less CSVs by the shape of their first row.

use super::FileKind;
use crate::text::{decode, strip_bom};

/// How much of the start is looked at: the UN root comes after the XML declaration, and a
/// CSV's first row fits many times over.
const HEAD: usize = 64 * 1024;

/// The kind of a file, or `None` when it is none of the lists' formats. Reads only the start.
pub fn detect(bytes: &[u8]) -> Option<FileKind> {
    let head = strip_bom(&bytes[..bytes.len().min(HEAD)]);
    let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
    if head[start] == b'<' {
        return contains(head, b"<CONSOLIDATED_LIST").then_some(FileKind::UnXml);
    }
    if head
        .iter()
        .any(|b| b.is_ascii_control() && !b"\t\n\r\x1A".contains(b))
    {
        return None; // a picture, a PDF, a zip: no text file has these bytes
    }
    let text = decode(head);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let first = reader.records().next()?.ok()?;
    let field = |i: usize| first.get(i).map(str::trim).unwrap_or("");
    let number = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if number(field(0)) {
        return match first.len() {
            12 => Some(FileKind::OfacSdn),
            5 if ["aka", "fka", "nka"].contains(&field(2).to_ascii_lowercase().as_str()) => {
                Some(FileKind::OfacAlt)
            }
            6 if number(field(1)) => Some(FileKind::OfacAdd),
            _ => None,
        };
    }
    let has = |name: &str| first.iter().any(|h| h.trim().eq_ignore_ascii_case(name));
    // Not "name" itself: a CSL whose name column is missing is told as that, not as unknown.
    let csl = has("source")
        && ["entity_number", "alt_names", "programs", "ids"]
            .iter()
            .any(|h| has(h));
    csl.then_some(FileKind::UsCsl)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
