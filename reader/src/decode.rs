//! Bytes to text (which encoding a batch file is in) and which delimiter separates its fields.

use std::borrow::Cow;

use crate::{Delimiter, Encoding, ReadError};

/// How much of the start of a file the guesses below look at: enough for a header and some
/// rows, little enough to stay cheap on a 64 MB file.
const SAMPLE: usize = 64 * 1024;

/// Decodes a batch file: a byte-order mark first (UTF-8, UTF-16 LE or BE); else UTF-16 without
/// a mark if NUL bytes say so; else UTF-8 if the bytes are valid UTF-8; else Windows-1252,
/// which maps every byte. Bytes that are clearly not text (a picture, a PDF, a
/// compressed file) are refused rather than shown as a mapping of garbage.
pub fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, Encoding), ReadError> {
    if let Some((found, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let body = &bytes[bom..];
        return Ok(if found == encoding_rs::UTF_8 {
            (String::from_utf8_lossy(body), Encoding::Utf8Bom)
        } else if found == encoding_rs::UTF_16LE {
            (found.decode_without_bom_handling(body).0, Encoding::Utf16Le)
        } else {
            (found.decode_without_bom_handling(body).0, Encoding::Utf16Be)
        });
    }
    if has_nul(bytes) {
        // ASCII in UTF-16 is valid UTF-8 too (NUL is a character): look for UTF-16 first.
        let (found, encoding) = utf16_without_bom(bytes).ok_or(ReadError::NotText)?;
        return found
            .decode_without_bom_handling_and_without_replacement(bytes)
            .map(|text| (text, encoding))
            .ok_or(ReadError::NotText);
    }
    if looks_binary(bytes) {
        return Err(ReadError::NotText);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => return Ok((Cow::Borrowed(text), Encoding::Utf8)),
        // Valid but for a character cut at the very end (a file cut short): still UTF-8.
        Err(e) if e.error_len().is_none() => {
            return Ok((String::from_utf8_lossy(bytes), Encoding::Utf8));
        }
        Err(_) => {}
    }
    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    Ok((text, Encoding::Windows1252))
}

fn sample(bytes: &[u8]) -> &[u8] {
    &bytes[..bytes.len().min(SAMPLE)]
}

fn has_nul(bytes: &[u8]) -> bool {
    sample(bytes).contains(&0)
}

/// UTF-16 without a byte-order mark: headers and most cells are ASCII, so one byte of nearly
/// every pair is NUL, on the same side. Text in a single-byte encoding has no NUL at all.
fn utf16_without_bom(bytes: &[u8]) -> Option<(&'static encoding_rs::Encoding, Encoding)> {
    let pairs = sample(bytes).chunks_exact(2);
    let total = pairs.len();
    if total < 2 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let (mut low_nul, mut high_nul) = (0, 0);
    for pair in pairs {
        low_nul += usize::from(pair[0] == 0);
        high_nul += usize::from(pair[1] == 0);
    }
    // At least half the units ASCII, and never a NUL on the other side.
    if high_nul * 2 >= total && low_nul == 0 {
        Some((encoding_rs::UTF_16LE, Encoding::Utf16Le))
    } else if low_nul * 2 >= total && high_nul == 0 {
        Some((encoding_rs::UTF_16BE, Encoding::Utf16Be))
    } else {
        None
    }
}

/// A file format's signature, or many control bytes, which no text file holds. A stray
/// vertical tab or form feed, which some exports put in cells, is not enough.
fn looks_binary(bytes: &[u8]) -> bool {
    const SIGNATURES: [&[u8]; 7] = [
        b"%PDF-",
        b"\x89PNG",
        b"\xFF\xD8\xFF",
        b"GIF8",
        b"\x1F\x8B",
        b"Rar!",
        b"7z\xBC\xAF",
    ];
    if SIGNATURES.iter().any(|s| bytes.starts_with(s)) {
        return true;
    }
    let sample = sample(bytes);
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0B | 0x0C))
        .count();
    controls * 20 > sample.len()
}

/// The delimiter a CSV text most likely uses: an Excel `sep=` first line if there is one;
/// else the one found the same number of times (more than zero) on every one of the first
/// lines, outside quotes. Ties go to the comma, then the semicolon.
pub fn sniff_delimiter(text: &str) -> Delimiter {
    sniff(text, false)
}

/// `prefer_tab`: UTF-16 text (Excel's "Unicode text" is tab-separated) breaks ties for the tab.
pub(crate) fn sniff(text: &str, prefer_tab: bool) -> Delimiter {
    let text = text.trim_start_matches('\u{feff}');
    let body = match excel_sep(text) {
        Some((Some(delimiter), _)) => return delimiter,
        Some((None, rest)) => rest,
        None => text,
    };
    let lines = sample_lines(body);
    let Some(first) = lines.first() else {
        return if prefer_tab {
            Delimiter::Tab
        } else {
            Delimiter::Comma
        };
    };
    let order = if prefer_tab {
        [Delimiter::Tab, Delimiter::Comma, Delimiter::Semicolon]
    } else {
        [Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab]
    };
    // Score: how many lines have the header's count (a header without the delimiter scores
    // nothing); a bad row or two lowers a delimiter's score without ruling it out.
    let score = |i: usize| -> usize {
        if first[i] == 0 {
            0
        } else {
            lines.iter().filter(|l| l[i] == first[i]).count()
        }
    };
    let index = |d: Delimiter| Delimiter::ALL.iter().position(|&x| x == d).unwrap_or(0);
    let mut best = order[0];
    let mut best_score = score(index(best));
    for &d in &order[1..] {
        let s = score(index(d));
        if s > best_score {
            best = d;
            best_score = s;
        }
    }
    best
}

/// An Excel `sep=X` first line: the delimiter it names (if one this reader knows) and the text
/// after that line.
pub(crate) fn excel_sep(text: &str) -> Option<(Option<Delimiter>, &str)> {
    // Some tools quote the line: `"sep=;"`.
    let rest = text
        .strip_prefix("sep=")
        .or_else(|| text.strip_prefix("\"sep="))?;
    let end = rest.find(['\r', '\n']).unwrap_or(rest.len());
    let delimiter = match rest[..end].trim_end_matches([' ', '"']) {
        "," => Some(Delimiter::Comma),
        ";" => Some(Delimiter::Semicolon),
        "\t" => Some(Delimiter::Tab),
        _ => None,
    };
    let after = &rest[end..];
    let after = after
        .strip_prefix("\r\n")
        .or_else(|| after.strip_prefix(['\r', '\n']))
        .unwrap_or(after);
    Some((delimiter, after))
}

/// Counts of comma, semicolon and tab outside quotes (in `Delimiter::ALL` order) on each of
/// the first non-blank lines; a quoted field spanning lines belongs to its row. Quotes count as
/// the CSV reader takes them: opening a field only at its start (`5" pipe` is text), `""`
/// inside a quoted field being one quote.
fn sample_lines(text: &str) -> Vec<[usize; 3]> {
    const LINES: usize = 20;
    let bytes = sample(text.as_bytes());
    let mut lines = Vec::new();
    let mut counts = [0usize; 3];
    let (mut quoted, mut blank, mut field_start) = (false, true, true);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        if quoted {
            if b == b'"' {
                if bytes.get(i) == Some(&b'"') {
                    i += 1;
                } else {
                    quoted = false;
                }
            }
            continue;
        }
        match b {
            b'\r' | b'\n' => {
                if !blank {
                    lines.push(counts);
                    if lines.len() == LINES {
                        return lines;
                    }
                }
                counts = [0; 3];
                (blank, field_start) = (true, true);
                continue;
            }
            b',' | b';' | b'\t' => {
                counts[usize::from(b == b';') + 2 * usize::from(b == b'\t')] += 1;
                (blank, field_start) = (false, true);
                continue;
            }
            b'"' if field_start => quoted = true,
            _ => {}
        }
        (blank, field_start) = (false, false);
    }
    // The last line, unless the sample cut it short (its counts would be too low).
    if !blank && (text.len() <= SAMPLE || lines.is_empty()) {
        lines.push(counts);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str, bom: bool) -> Vec<u8> {
        let mut v = if bom { vec![0xFF, 0xFE] } else { vec![] };
        v.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        v
    }

    fn utf16be(s: &str) -> Vec<u8> {
        let mut v = vec![0xFE, 0xFF];
        v.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
        v
    }

    #[test]
    fn each_encoding_is_recognised_and_named() {
        let cases: Vec<(Vec<u8>, &str, Encoding)> = vec![
            (b"a,b\n".to_vec(), "a,b\n", Encoding::Utf8),
            ("Lomé".as_bytes().to_vec(), "Lomé", Encoding::Utf8),
            (
                b"\xEF\xBB\xBFLom\xC3\xA9".to_vec(),
                "Lomé",
                Encoding::Utf8Bom,
            ),
            (
                utf16le("Москва\t上海", true),
                "Москва\t上海",
                Encoding::Utf16Le,
            ),
            (utf16be("الرباط"), "الرباط", Encoding::Utf16Be),
            (
                utf16le("reference\tdate\r\n", false),
                "reference\tdate\r\n",
                Encoding::Utf16Le,
            ),
            (
                b"Soci\xE9t\xE9 G\xE9n\xE9rale \x80 12 000 \x93q\x94".to_vec(),
                "Société Générale € 12 000 \u{201c}q\u{201d}",
                Encoding::Windows1252,
            ),
        ];
        for (bytes, text, encoding) in cases {
            let (got, enc) = decode(&bytes).expect("text");
            assert_eq!((got.as_ref(), enc), (text, encoding), "{bytes:?}");
        }
    }

    #[test]
    fn binary_files_are_not_text() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe".to_vec();
        let pdf = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
        let nul_in_utf8 = b"a,b\n\0\0\0\0c,d".to_vec();
        let noise: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
        for bytes in [png, pdf, nul_in_utf8, noise] {
            assert_eq!(decode(&bytes), Err(ReadError::NotText), "{bytes:?}");
        }
    }

    #[test]
    fn utf8_cut_short_mid_character_is_still_utf8() {
        let (text, enc) =
            decode("ref\nLomé".as_bytes().split_last().expect("bytes").1).expect("text");
        assert_eq!((text.as_ref(), enc), ("ref\nLom\u{fffd}", Encoding::Utf8));
    }

    #[test]
    fn a_stray_control_character_is_still_text() {
        let (text, enc) = decode(b"ref,note\nBK-1,caf\xE9\x0Bbar\n").expect("text");
        assert_eq!(enc, Encoding::Windows1252);
        assert!(text.contains("café\u{b}bar"));
    }

    fn check(text: &str, expected: Delimiter) {
        assert_eq!(sniff_delimiter(text), expected, "{text:?}");
    }

    #[test]
    fn the_delimiter_on_every_line_wins() {
        check("a,b,c\n1,2,3\n", Delimiter::Comma);
        check("a;b;c\r\n1;2,50;3\r\n4;5,25;6\r\n", Delimiter::Semicolon);
        check("a\tb\n1\t2\n", Delimiter::Tab);
        // Commas only inside quotes do not count.
        check("a;b\n\"x, y\";2\n\"p, q\";3\n", Delimiter::Semicolon);
        // A quoted field spanning lines belongs to its row.
        check("a;b\n\"x\ny, z\";2\n", Delimiter::Semicolon);
        // An inch mark is text; a doubled quote inside quotes is one quote.
        check(
            "a;b\n5\" pipe;2\n\"say \"\"hi, there\"\"\";3\n7;8\n",
            Delimiter::Semicolon,
        );
        // One bad row does not hide the delimiter.
        check("a;b;c\n1;2;3\n1;2\n4;5;6\n", Delimiter::Semicolon);
    }

    #[test]
    fn excel_sep_line_names_the_delimiter() {
        check("sep=;\na,b\n1,2\n", Delimiter::Semicolon);
        check("sep=\t\r\na,b\n", Delimiter::Tab);
        check("\u{feff}sep=,\na;b\n", Delimiter::Comma);
        // An unknown separator: sniffed from the rest.
        check("sep=|\na;b\n1;2\n", Delimiter::Semicolon);
    }

    #[test]
    fn ties_and_single_columns() {
        check("reference\nBK-1\n", Delimiter::Comma);
        check("", Delimiter::Comma);
        check("a,b;c\n1,2;3\n", Delimiter::Comma);
        assert_eq!(sniff("a,b\tc\n1,2\t3\n", true), Delimiter::Tab);
        assert_eq!(sniff("reference\n", true), Delimiter::Tab);
    }
}
