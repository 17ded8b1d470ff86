//! Batch files as offices write them, from the bytes to screened rows: each fixture in
//! `tests/fixtures/batch/` is read as the reader worker reads it, mapped, and parsed; and every
//! message about a batch file is written for a person, in each language.

use att_diligence::core::batch::{
    self, auto_map, Delimiter, Encoding, Format, ReadError, RowProblem, Table,
};
use att_diligence::core::i18n::{text, Count, Msg};
use att_diligence::core::question_set::Lang;

/// Wording of parsers and byte counts that must never reach a user.
const RESIDUE: [&str; 10] = [
    "EOF",
    "variant",
    "line:",
    "byte:",
    "record ",
    "CSV error",
    "bytes >",
    "found record",
    "Utf8Error",
    "invalid type",
];

fn assert_for_people(msg: &Msg) {
    for lang in Lang::ALL {
        let t = text(lang, msg);
        assert!(!t.trim().is_empty(), "{lang:?}: {msg:?} is empty");
        for word in RESIDUE {
            assert!(!t.contains(word), "{lang:?}: {t:?} contains {word:?}");
        }
        assert!(!t.contains("(s)"), "{lang:?}: {t:?} dodges its plural");
    }
}

#[test]
fn every_batch_file_error_names_its_reason_in_each_language() {
    let errors = [
        ReadError::Empty,
        ReadError::NoRows,
        ReadError::NotWorkbook {
            detail: "invalid Zip archive: EOF in central directory".into(),
        },
        ReadError::NoSheet,
        ReadError::OldOrProtectedWorkbook,
        ReadError::NotText,
        ReadError::TooManyCells { limit: 5_000_000 },
    ];
    for e in &errors {
        assert_for_people(&Msg::BatchUnreadable(e.clone()));
    }
    // Each reason is its own sentence, not one message for all.
    for lang in Lang::ALL {
        let texts: std::collections::HashSet<String> = errors
            .iter()
            .map(|e| text(lang, &Msg::BatchUnreadable(e.clone())))
            .collect();
        assert_eq!(texts.len(), errors.len(), "{lang:?}");
    }
    let failed = Msg::BatchWorkerFailed("NetworkError: Failed to load worker script".into());
    assert_for_people(&failed);
    assert_eq!(
        att_diligence::core::i18n::detail(&failed).as_deref(),
        Some("NetworkError: Failed to load worker script"),
        "the browser's words go in the collapsed details"
    );
    let damaged = Msg::BatchUnreadable(ReadError::NotWorkbook {
        detail: "invalid Zip archive".into(),
    });
    assert_eq!(
        att_diligence::core::i18n::detail(&damaged).as_deref(),
        Some("invalid Zip archive")
    );
}

#[test]
fn a_file_too_large_says_both_sizes_with_units() {
    let msg = Msg::BatchTooLarge {
        bytes: 148_861_288,
        limit: 64 * 1024 * 1024,
    };
    assert_for_people(&msg);
    let en = text(Lang::En, &msg);
    assert!(
        en.contains("149\u{a0}MB") && en.contains("67\u{a0}MB"),
        "{en}"
    );
    assert!(!en.contains("148861288"), "{en}");
    let fr = text(Lang::Fr, &msg);
    assert!(
        fr.contains("149\u{a0}Mo") && fr.contains("67\u{a0}Mo"),
        "{fr}"
    );
}

#[test]
fn how_a_file_was_read_is_said_in_each_language() {
    for encoding in [
        Encoding::Utf8,
        Encoding::Utf8Bom,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
        Encoding::Windows1252,
    ] {
        for delimiter in Delimiter::ALL {
            assert_for_people(&Msg::BatchFormat(Format::Csv {
                encoding,
                delimiter,
                chosen: false,
            }));
            assert_for_people(&Msg::DelimiterName(delimiter));
        }
    }
    let en = text(
        Lang::En,
        &Msg::BatchFormat(Format::Csv {
            encoding: Encoding::Windows1252,
            delimiter: Delimiter::Semicolon,
            chosen: false,
        }),
    );
    assert!(
        en.contains("Windows-1252") && en.contains("semicolons"),
        "{en}"
    );
    let one = Msg::BatchFormat(Format::Xlsx {
        sheet: "Bookings".into(),
        sheets: 1,
    });
    let three = Msg::BatchFormat(Format::Xlsx {
        sheet: "Bookings".into(),
        sheets: 3,
    });
    assert_for_people(&one);
    assert_for_people(&three);
    for lang in Lang::ALL {
        assert!(text(lang, &one).contains("Bookings"));
        assert!(
            text(lang, &three).contains('3'),
            "{lang:?}: the other sheets are mentioned"
        );
        assert!(
            !text(lang, &one).contains('1'),
            "{lang:?}: no count for one sheet"
        );
    }
}

#[test]
fn every_row_problem_names_the_line_or_row_and_the_reason() {
    let problems = [
        RowProblem::FieldCount {
            expected: 16,
            found: 6,
        },
        RowProblem::MissingReference,
        RowProblem::MissingDestination,
        RowProblem::BadMode("boat".into()),
        RowProblem::BadCategory("lasers".into()),
        RowProblem::BadDate("31/12/2026".into()),
        RowProblem::BadDocument {
            column: "end_user_certificate",
            value: "maybe".into(),
        },
    ];
    for problem in problems {
        for sheet in [false, true] {
            let msg = Msg::RowError {
                line: 4127,
                problem: problem.clone(),
                sheet,
            };
            assert_for_people(&msg);
            for lang in Lang::ALL {
                assert!(text(lang, &msg).contains("4127"), "{lang:?}: {msg:?}");
            }
        }
    }
    let count = text(
        Lang::En,
        &Msg::RowError {
            line: 9,
            problem: RowProblem::FieldCount {
                expected: 16,
                found: 6,
            },
            sheet: false,
        },
    );
    assert!(count.starts_with("Line 9:") && count.contains("6") && count.contains("16"));
    let row = text(
        Lang::En,
        &Msg::RowError {
            line: 9,
            problem: RowProblem::MissingReference,
            sheet: true,
        },
    );
    assert!(row.starts_with("Row 9:"), "{row}");
}

#[test]
fn the_batch_result_counts_in_the_singular_and_the_plural() {
    let result = |screened, rejected| {
        text(
            Lang::En,
            &Msg::BatchResult {
                screened: Count::new(Lang::En, screened),
                rejected: Count::new(Lang::En, rejected),
            },
        )
    };
    assert!(
        result(1, 0).starts_with("1 row screened"),
        "{}",
        result(1, 0)
    );
    assert!(result(1, 1).contains("; 1 row not screened"));
    assert!(result(12_000, 2).starts_with("12,000 rows screened"));
    for lang in Lang::ALL {
        assert_for_people(&Msg::BatchResult {
            screened: Count::new(lang, 1),
            rejected: Count::new(lang, 2),
        });
    }
}

/// Reads a fixture as the worker does.
fn fixture(name: &str) -> Table {
    let path = format!("{}/tests/fixtures/batch/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    att_reader::read(&bytes, None).unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

/// (line, reference) of each screened row, and (line, problem) of each row not screened.
type Parsed = (Vec<(u64, String)>, Vec<(u64, RowProblem)>);

fn parsed(table: &Table) -> Parsed {
    let b = batch::parse(table, &auto_map(&table.headers));
    (
        b.rows
            .iter()
            .map(|(l, s)| (*l, s.reference.clone()))
            .collect(),
        b.errors
            .iter()
            .map(|e| (e.line, e.problem.clone()))
            .collect(),
    )
}

fn references(rows: &[(u64, &str)]) -> Vec<(u64, String)> {
    rows.iter().map(|(l, r)| (*l, r.to_string())).collect()
}

#[test]
fn a_windows_1252_csv_keeps_its_accents_and_says_how_it_was_read() {
    let t = fixture("windows-1252.csv");
    assert_eq!(
        t.format,
        Format::Csv {
            encoding: Encoding::Windows1252,
            delimiter: Delimiter::Comma,
            chosen: false
        }
    );
    let b = batch::parse(&t, &auto_map(&t.headers));
    assert!(b.errors.is_empty(), "{:?}", b.errors);
    let first = &b.rows[0].1;
    assert_eq!(first.consignor, "Société Générale d'Équipement");
    assert_eq!(first.transit, ["Lomé", "Tema"]);
    assert_eq!(b.rows[1].1.consignor, "Müller GmbH");
    // Windows-1252's own characters, where Latin-1 has control codes: the euro sign, quotes.
    assert_eq!(b.rows[4].1.value, "€ 4 200");
    assert!(b
        .rows
        .iter()
        .all(|(_, s)| !s.consignor.contains('\u{fffd}')));
}

#[test]
fn a_semicolon_csv_with_decimal_commas_maps_every_column() {
    let t = fixture("semicolon.csv");
    assert_eq!(
        t.format,
        Format::Csv {
            encoding: Encoding::Utf8Bom,
            delimiter: Delimiter::Semicolon,
            chosen: false
        }
    );
    assert!(auto_map(&t.headers).iter().all(Option::is_some));
    let (good, bad) = parsed(&t);
    assert_eq!(good.len(), 4);
    assert!(bad.is_empty(), "{bad:?}");
    let b = batch::parse(&t, &auto_map(&t.headers));
    assert_eq!(b.rows[0].1.value, "1234,50");
    assert_eq!(
        b.rows[0].1.transit,
        ["Lomé", "Tema"],
        "a quoted ; stays in its field"
    );
    assert_eq!(b.rows[1].1.description, "Munition 5,56 mm; Los 7");
}

#[test]
fn excel_unicode_text_is_utf16_and_tab_separated() {
    let t = fixture("utf16-tab.txt");
    assert_eq!(
        t.format,
        Format::Csv {
            encoding: Encoding::Utf16Le,
            delimiter: Delimiter::Tab,
            chosen: false
        }
    );
    let b = batch::parse(&t, &auto_map(&t.headers));
    assert!(b.errors.is_empty(), "{:?}", b.errors);
    assert_eq!(b.rows[0].1.consignee, "上海物流有限公司");
    assert_eq!(b.rows[1].1.consignee, "وكيل شحن الإمارات");
    assert_eq!(b.rows[2].1.consignee, "а/я 12, Алматы");
}

#[test]
fn crlf_lines_are_counted_as_an_editor_shows_them() {
    let t = fixture("crlf.csv");
    let (good, bad) = parsed(&t);
    // Row 3 holds a description over three lines: the rows after it start on lines 6, 7, 8.
    assert_eq!(
        good,
        references(&[
            (2, "BK-2026-0401"),
            (3, "BK-2026-0402"),
            (7, "BK-2026-0404"),
            (8, "BK-2026-0405")
        ])
    );
    assert_eq!(
        bad,
        [(
            6,
            RowProblem::FieldCount {
                expected: 17,
                found: 18
            }
        )]
    );
    let b = batch::parse(&t, &auto_map(&t.headers));
    assert_eq!(
        b.rows[1].1.description.lines().collect::<Vec<_>>(),
        [
            "Gearbox assemblies",
            "Serial nos. 1-40",
            "Packed in 4 crates"
        ],
        "a field over several lines keeps them"
    );
}

#[test]
fn cr_only_lines_are_lines_too() {
    let t = fixture("cr.csv");
    let (good, bad) = parsed(&t);
    // Line 5 is blank: skipped, but counted.
    assert_eq!(
        good,
        references(&[
            (2, "BK-2026-0501"),
            (3, "BK-2026-0502"),
            (4, "BK-2026-0503"),
            (6, "BK-2026-0504")
        ])
    );
    assert!(bad.is_empty(), "{bad:?}");
}

#[test]
fn an_xlsx_batch_reads_its_first_sheet_by_sheet_row() {
    let t = fixture("shipments.xlsx");
    assert_eq!(
        t.format,
        Format::Xlsx {
            sheet: "Shipments".into(),
            sheets: 2
        }
    );
    let (good, bad) = parsed(&t);
    // A title row and a blank row above the header (row 3); a blank row 6 between shipments.
    assert_eq!(
        good,
        references(&[
            (4, "BK-2026-0601"),
            (5, "BK-2026-0602"),
            (7, "BK-2026-0603"),
            (8, "BK-2026-0604")
        ])
    );
    assert!(bad.is_empty(), "{bad:?}");
    let b = batch::parse(&t, &auto_map(&t.headers));
    let first = &b.rows[0].1;
    assert_eq!(first.consignor, "Société Générale");
    assert_eq!(first.date, "2026-11-27", "a date cell becomes an ISO date");
    assert_eq!(first.value, "120000.5");
}
