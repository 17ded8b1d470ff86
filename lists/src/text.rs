//! Bytes to text for the CSV lists: UTF-8 (the CSL; a byte-order mark dropped) or, when the
//! bytes are not UTF-8, Windows-1252 (OFAC's legacy CSVs, which OFAC calls Latin-1).
//!
//! Windows-1252 is decoded here by hand: it differs from Latin-1 only in 0x80–0x9F, and a
//! 32-entry table keeps an encoding library's tables for every encoding out of the worker.

use std::borrow::Cow;

const BOM: &[u8] = b"\xEF\xBB\xBF";

pub(crate) fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(BOM).unwrap_or(bytes)
}

/// No bytes, or only blanks (and the Ctrl-Z OFAC ends its files with).
#[cfg(feature = "read")]
pub(crate) fn is_blank(bytes: &[u8]) -> bool {
    strip_bom(bytes)
        .iter()
        .all(|b| b.is_ascii_whitespace() || *b == 0x1A)
}

/// A list file's text as the parsers read it: UTF-8 (a byte-order mark dropped), or
/// Windows-1252 when the bytes are not UTF-8. The widget keeps loaded lists as this text.
pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
    let bytes = strip_bom(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => Cow::Owned(bytes.iter().map(|b| windows_1252(*b)).collect()),
    }
}

/// The WHATWG Windows-1252 index: 0x80–0x9F as below (the five unassigned bytes as the C1
/// controls of the same value), every other byte as U+00XX.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '\u{20AC}', '\u{81}', '\u{201A}', '\u{192}', '\u{201E}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{2C6}', '\u{2030}', '\u{160}', '\u{2039}', '\u{152}', '\u{8D}', '\u{17D}',
        '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}',
        '\u{2014}', '\u{2DC}', '\u{2122}', '\u{161}', '\u{203A}', '\u{153}', '\u{9D}', '\u{17E}',
        '\u{178}',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn latin1_and_windows_1252_bytes_read_as_their_letters() {
        assert_eq!(decode(b"MU\xD1OZ \xC9\x92s \x80"), "MUÑOZ É’s €");
        assert_eq!(decode("MUÑOZ".as_bytes()), "MUÑOZ");
        assert_eq!(decode(b"\xEF\xBB\xBFsource"), "source");
    }
}
