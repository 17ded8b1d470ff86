//! A CSV batch file: decoded, its delimiter sniffed (or the user's), split into rows, each with
//! the line a person sees it on.

use crate::decode::{decode, excel_sep, sniff};
use crate::{Delimiter, Encoding, Fault, Format, ReadError, Row, RowFault, Table};

pub(crate) fn read(bytes: &[u8], delimiter: Option<Delimiter>) -> Result<Table, ReadError> {
    let (text, encoding) = decode(bytes)?;
    // A second mark (a file converted twice) would end up in the first header.
    let text = text.trim_start_matches('\u{feff}');
    // An Excel `sep=` line is line 1; the header is the row after it.
    let (named, body) = match excel_sep(text) {
        Some((named, rest)) => (named, text.len() - rest.len()),
        None => (None, 0),
    };
    let utf16 = matches!(encoding, Encoding::Utf16Le | Encoding::Utf16Be);
    let (delimiter, chosen) = match delimiter {
        Some(d) => (d, true),
        None => (named.unwrap_or_else(|| sniff(&text[body..], utf16)), false),
    };

    // Not flexible: a row whose field count differs from the header's is an error, reported
    // by line, and the reader goes on with the next row. The default terminator takes CRLF,
    // LF and CR alone; lines are counted here (the reader's own count knows only LF).
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(false)
        .delimiter(delimiter.byte())
        .from_reader(&text.as_bytes()[body..]);
    let mut lines = Lines::new(text.as_bytes());
    let mut record = csv::StringRecord::new();
    let mut headers: Option<Vec<String>> = None;
    let (mut rows, mut faults) = (Vec::new(), Vec::new());
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) if headers.is_none() => {
                let mut first: Vec<String> = record.iter().map(str::to_owned).collect();
                if let Some(cell) = first.first_mut() {
                    if let Some(rest) = cell.strip_prefix('\u{feff}') {
                        *cell = rest.to_owned();
                    }
                }
                headers = Some(first);
            }
            Ok(true) => {
                let start = record.position().map_or(0, |p| p.byte());
                rows.push(Row {
                    line: lines.at(body + start as usize),
                    cells: record.iter().map(str::to_owned).collect(),
                });
            }
            Err(e) => match e.kind() {
                csv::ErrorKind::UnequalLengths {
                    pos,
                    expected_len,
                    len,
                } => {
                    let start = pos.as_ref().map_or(0, |p| p.byte());
                    faults.push(Fault {
                        line: lines.at(body + start as usize),
                        fault: RowFault::FieldCount {
                            expected: *expected_len as usize,
                            found: *len as usize,
                        },
                    });
                }
                // The input is a `&str` in memory: no I/O or UTF-8 error can occur, and no
                // other kind belongs to reading records.
                _ => break,
            },
        }
    }
    let headers = headers.ok_or(ReadError::Empty)?;
    if rows.is_empty() && faults.is_empty() {
        return Err(ReadError::NoRows);
    }
    Ok(Table {
        format: Format::Csv {
            encoding,
            delimiter,
            chosen,
        },
        headers,
        rows,
        faults,
    })
}

/// Line numbers by byte offset, as an editor counts them: CRLF, LF and CR alone each end a
/// line, inside quoted fields too. Offsets come in increasing order, so the whole file is
/// scanned once.
struct Lines<'t> {
    text: &'t [u8],
    pos: usize,
    line: u64,
}

impl<'t> Lines<'t> {
    fn new(text: &'t [u8]) -> Self {
        Lines {
            text,
            pos: 0,
            line: 1,
        }
    }

    /// The line of the record that starts at `start`. The reader's position can be at the
    /// end of the previous line or before blank lines it skipped: a record never starts with
    /// a line break, so those are passed over.
    fn at(&mut self, mut start: usize) -> u64 {
        let text = self.text;
        while matches!(text.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        let start = start.min(text.len());
        if start < self.pos {
            (self.pos, self.line) = (0, 1);
        }
        for (i, &b) in text[self.pos..start].iter().enumerate() {
            let ends = b == b'\n' || (b == b'\r' && text.get(self.pos + i + 1) != Some(&b'\n'));
            self.line += u64::from(ends);
        }
        self.pos = start;
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(text: &str) -> Vec<u64> {
        let table = read(text.as_bytes(), None).expect("a table");
        table.rows.iter().map(|r| r.line).collect()
    }

    #[test]
    fn lines_in_every_line_end_convention() {
        assert_eq!(lines_of("a,b\n1,2\n3,4\n"), [2, 3]);
        assert_eq!(lines_of("a,b\r\n1,2\r\n3,4\r\n"), [2, 3]);
        assert_eq!(lines_of("a,b\r1,2\r3,4\r"), [2, 3]);
        assert_eq!(lines_of("a,b\r\n1,2\r3,4\n5,6"), [2, 3, 4]);
        // Blank lines are skipped but counted.
        assert_eq!(lines_of("a,b\r\n\r\n1,2\r\r3,4\n\n\n5,6\n"), [3, 5, 8]);
    }

    #[test]
    fn a_quoted_field_spanning_lines_keeps_the_following_lines_right() {
        let text = "a,b\r\n1,\"one\r\ntwo\rthree\"\r\n2,x\r\n";
        let table = read(text.as_bytes(), None).expect("a table");
        assert_eq!(table.rows[0].cells, ["1", "one\r\ntwo\rthree"]);
        assert_eq!(table.rows[1].line, 5);
    }

    #[test]
    fn excel_sep_line_is_line_one_and_not_the_header() {
        let table = read(b"sep=;\r\nreference;value\r\nBK-1;1234,50\r\n", None).expect("table");
        assert_eq!(table.headers, ["reference", "value"]);
        assert_eq!(table.rows[0].line, 3);
        assert_eq!(table.rows[0].cells, ["BK-1", "1234,50"]);
        let Format::Csv {
            delimiter, chosen, ..
        } = table.format
        else {
            panic!("a CSV format");
        };
        assert_eq!((delimiter, chosen), (Delimiter::Semicolon, false));
    }

    #[test]
    fn a_chosen_delimiter_is_used_and_said_to_be_chosen() {
        let table = read(b"a;b,c\n1;2,3\n", Some(Delimiter::Semicolon)).expect("table");
        assert_eq!(table.headers, ["a", "b,c"]);
        assert!(matches!(table.format, Format::Csv { chosen: true, .. }));
    }

    #[test]
    fn wrong_field_counts_are_faults_and_the_rest_is_read() {
        let table = read(b"a,b\r\n1,2\r\n1,2,3\r\n\r\n4\r\n5,6\r\n", None).expect("table");
        assert_eq!(lines_of_table(&table), [2, 6]);
        let faults: Vec<(u64, RowFault)> = table
            .faults
            .iter()
            .map(|f| (f.line, f.fault.clone()))
            .collect();
        assert_eq!(
            faults,
            [
                (
                    3,
                    RowFault::FieldCount {
                        expected: 2,
                        found: 3
                    }
                ),
                (
                    5,
                    RowFault::FieldCount {
                        expected: 2,
                        found: 1
                    }
                ),
            ]
        );
    }

    fn lines_of_table(table: &Table) -> Vec<u64> {
        table.rows.iter().map(|r| r.line).collect()
    }

    #[test]
    fn cells_keep_their_text_and_a_doubled_mark_goes() {
        let table = read(
            "\u{feff}\u{feff}ref, note \n BK-1 ,  x  \n".as_bytes(),
            None,
        )
        .expect("table");
        assert_eq!(table.headers, ["ref", " note "]);
        assert_eq!(table.rows[0].cells, [" BK-1 ", "  x  "]);
    }

    #[test]
    fn empty_and_header_only_files() {
        for empty in ["", "\r\n\n\r", "\u{feff}", "sep=;\r\n"] {
            assert_eq!(
                read(empty.as_bytes(), None),
                Err(ReadError::Empty),
                "{empty:?}"
            );
        }
        for header_only in [
            "reference,date",
            "reference,date\r\n\r\n",
            "sep=,\nreference\n",
        ] {
            assert_eq!(read(header_only.as_bytes(), None), Err(ReadError::NoRows));
        }
    }
}
