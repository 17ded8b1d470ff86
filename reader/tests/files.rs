//! Each committed batch fixture (`tests/fixtures/batch/`, described in its README) read as a
//! person would expect: the encoding and delimiter found, the cells with their accents, the
//! line each row is on, the rows that could not be split. Then files that must be refused.

use std::io::Write;

use att_reader::{read, Delimiter, Encoding, Fault, Format, ReadError, RowFault, Table};

const HEADERS: [&str; 17] = [
    "reference",
    "date",
    "mode",
    "consignor",
    "consignee",
    "end_user",
    "end_use",
    "destination",
    "transit",
    "category",
    "description",
    "quantity",
    "value",
    "end_user_certificate",
    "export_licence",
    "transport_documents",
    "exemption",
];

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../tests/fixtures/batch/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn open(name: &str) -> Table {
    read(&fixture(name), None).unwrap_or_else(|e| panic!("{name}: {e:?}"))
}

fn lines(table: &Table) -> Vec<u64> {
    table.rows.iter().map(|r| r.line).collect()
}

/// The row on `line`.
fn row(table: &Table, line: u64) -> &[String] {
    let found = table.rows.iter().find(|r| r.line == line);
    &found
        .unwrap_or_else(|| panic!("no row on line {line}"))
        .cells
}

fn csv(encoding: Encoding, delimiter: Delimiter) -> Format {
    Format::Csv {
        encoding,
        delimiter,
        chosen: false,
    }
}

#[test]
fn windows_1252_keeps_its_accents_euro_signs_and_smart_quotes() {
    let t = open("windows-1252.csv");
    assert_eq!(t.format, csv(Encoding::Windows1252, Delimiter::Comma));
    assert_eq!(t.headers, HEADERS);
    assert_eq!(lines(&t), [2, 3, 4, 5, 6]);
    assert_eq!(row(&t, 2)[3], "Société Générale d'Équipement");
    assert_eq!(row(&t, 2)[8], "Lomé;Tema");
    assert_eq!(row(&t, 2)[12], "€ 12 000");
    assert_eq!(row(&t, 3)[3], "Müller GmbH");
    assert_eq!(row(&t, 3)[10], "Pistolen „P8“ mit Zubehör");
    assert_eq!(row(&t, 3)[12], "€ 84 500,00");
    assert_eq!(row(&t, 4)[6], "“Formation” des équipes");
    assert_eq!(row(&t, 4)[10], "Cartouches 9 mm – lot n° 4471…");
    assert_eq!(row(&t, 5)[10], "‘Hélices’ de repuesto");
    assert!(t.faults.is_empty());
}

#[test]
fn semicolons_with_a_bom_and_decimal_commas() {
    let t = open("semicolon.csv");
    assert_eq!(t.format, csv(Encoding::Utf8Bom, Delimiter::Semicolon));
    // The mark is not part of the first header.
    assert_eq!(t.headers, HEADERS);
    assert_eq!(lines(&t), [2, 3, 4, 5]);
    assert_eq!(
        row(&t, 2),
        [
            "BK-2026-0201",
            "2026-11-02",
            "sea",
            "Société Générale",
            "Transitaire Rapide SARL",
            "Ministère de la Défense",
            "Sécurité des frontières",
            "Togo",
            "Lomé;Tema",
            "parts_components",
            "Boîtes de vitesses",
            "40",
            "1234,50",
            "verified",
            "seen",
            "seen",
            "",
        ]
    );
    assert_eq!(row(&t, 3)[4], "Spedition Weber, Frankfurt");
    assert_eq!(row(&t, 3)[10], "Munition 5,56 mm; Los 7");
    assert_eq!(row(&t, 4)[3], "Ñandú Logística S.A.");
    assert_eq!(row(&t, 4)[10], "Repuestos \"tipo B\"");
    assert_eq!(row(&t, 5)[4], "B.P. 1234, Lomé");
    assert!(t.faults.is_empty());
}

#[test]
fn excel_unicode_text_is_utf16_with_tabs() {
    let t = open("utf16-tab.txt");
    assert_eq!(t.format, csv(Encoding::Utf16Le, Delimiter::Tab));
    assert_eq!(t.headers, HEADERS);
    assert_eq!(lines(&t), [2, 3, 4, 5]);
    assert_eq!(
        row(&t, 2)[3..5],
        ["华东精密机械有限公司", "上海物流有限公司"]
    );
    assert_eq!(row(&t, 3)[3], "شركة الخليج للتجارة");
    assert_eq!(row(&t, 3)[8], "ص.ب 1234، دبي");
    assert_eq!(row(&t, 4)[3], "ООО «Северный экспедитор»");
    assert_eq!(row(&t, 4)[4], "а/я 12, Алматы");
    assert_eq!(row(&t, 5)[8], "Lomé;Tema");
    assert!(t.faults.is_empty());
}

#[test]
fn crlf_lines_after_a_description_on_three_lines_and_a_bad_row() {
    let t = open("crlf.csv");
    assert_eq!(t.format, csv(Encoding::Utf8, Delimiter::Comma));
    assert_eq!(t.headers, HEADERS);
    // Row 0402 spans lines 3-5; 0403 (line 6) has a value "1,200" without quotes.
    assert_eq!(lines(&t), [2, 3, 7, 8]);
    assert_eq!(
        row(&t, 3)[10],
        "Gearbox assemblies\r\nSerial nos. 1-40\r\nPacked in 4 crates"
    );
    assert_eq!(row(&t, 7)[0], "BK-2026-0404");
    assert_eq!(row(&t, 8)[0], "BK-2026-0405");
    assert_eq!(
        t.faults,
        [Fault {
            line: 6,
            fault: RowFault::FieldCount {
                expected: 17,
                found: 18
            }
        }]
    );
}

#[test]
fn cr_only_lines_are_lines() {
    let t = open("cr.csv");
    assert_eq!(t.format, csv(Encoding::Utf8, Delimiter::Comma));
    assert_eq!(t.headers, HEADERS);
    // Line 5 is blank.
    assert_eq!(lines(&t), [2, 3, 4, 6]);
    assert_eq!(row(&t, 4)[10], "Pistols, holsters");
    assert_eq!(row(&t, 6)[0], "BK-2026-0504");
}

#[test]
fn a_workbook_reads_its_first_sheet_by_sheet_row() {
    let t = open("shipments.xlsx");
    assert_eq!(
        t.format,
        Format::Xlsx {
            sheet: "Shipments".into(),
            sheets: 2
        }
    );
    // The title in B1 is not the header; the table starts in column B, row 3.
    assert_eq!(t.headers, HEADERS);
    // Row 6 is empty.
    assert_eq!(lines(&t), [4, 5, 7, 8]);
    assert_eq!(
        row(&t, 4),
        [
            "BK-2026-0601",
            "2026-11-27",
            "sea",
            "Société Générale",
            "Transitaire Rapide SARL",
            "Ministère de la Défense",
            "Sécurité des frontières",
            "Togo",
            "Lomé;Tema",
            "parts_components",
            "Boîtes de vitesses",
            "40",
            "120000.5",
            "verified",
            "seen",
            "seen",
            "",
        ]
    );
    // A date shown as 28/11/2026 is read as ISO; a formula's 3703.6800000000003 as Excel
    // shows it.
    assert_eq!(row(&t, 5)[1], "2026-11-28");
    assert_eq!(row(&t, 5)[3], "华东精密机械有限公司");
    assert_eq!(row(&t, 5)[12], "3703.68");
    // A date typed as text, a quantity typed as text, a line break in a cell.
    assert_eq!(row(&t, 7)[1], "2026-12-01");
    assert_eq!(row(&t, 7)[10], "Pistolets\nétuis");
    assert_eq!(row(&t, 7)[11], "1 200");
    assert_eq!(row(&t, 8)[1], "");
    assert_eq!(row(&t, 8)[3], "ООО «Северный экспедитор»");
    // The note in column T, beside the table, has no column.
    assert!(t.rows.iter().all(|r| r.cells.len() == HEADERS.len()));
    assert!(t.faults.is_empty());
}

#[test]
fn the_users_delimiter_replaces_the_sniffed_one() {
    let t = read(&fixture("semicolon.csv"), Some(Delimiter::Comma)).expect("a table");
    assert_eq!(
        t.format,
        Format::Csv {
            encoding: Encoding::Utf8Bom,
            delimiter: Delimiter::Comma,
            chosen: true
        }
    );
    assert_eq!(t.headers.len(), 1);
    // Every data row has a decimal comma, so none splits like the header.
    assert!(t.rows.is_empty());
    assert_eq!(t.faults.len(), 4);
}

#[test]
fn office_files_that_are_not_batches_are_refused_by_kind() {
    let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
    assert_eq!(read(&ole, None), Err(ReadError::OldOrProtectedWorkbook));
    let document = zip(&[("word/document.xml", "<document/>")]);
    assert!(matches!(
        read(&document, None),
        Err(ReadError::NotWorkbook { .. })
    ));
    // A download cut short.
    let xlsx = fixture("shipments.xlsx");
    for len in (4..xlsx.len()).step_by(97) {
        assert!(
            matches!(read(&xlsx[..len], None), Err(ReadError::NotWorkbook { .. })),
            "{len}"
        );
    }
}

const SHEET_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/// A workbook of one sheet holding `cells` (`<row>` elements), in the given date system; the
/// style `s="1"` is a date.
fn workbook(cells: &str, date1904: bool) -> Vec<u8> {
    sheet_workbook("", cells, date1904)
}

/// `head`: the sheet's elements before its cells.
fn sheet_workbook(head: &str, cells: &str, date1904: bool) -> Vec<u8> {
    let book = format!(
        r#"<workbook xmlns="{SHEET_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="{}"/><sheets><sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        u8::from(date1904)
    );
    let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#;
    let styles = format!(
        r#"<styleSheet xmlns="{SHEET_NS}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>"#
    );
    let sheet = format!(
        r#"<worksheet xmlns="{SHEET_NS}">{head}<sheetData>{cells}</sheetData></worksheet>"#
    );
    zip(&[
        ("xl/workbook.xml", &book),
        ("xl/_rels/workbook.xml.rels", rels),
        ("xl/styles.xml", &styles),
        ("xl/worksheets/sheet1.xml", &sheet),
    ])
}

fn zip(files: &[(&str, &str)]) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, text) in files {
        z.start_file(*name, stored).expect("a zip entry");
        z.write_all(text.as_bytes()).expect("written");
    }
    z.finish().expect("a zip").into_inner()
}

fn text(r: &str, t: &str) -> String {
    format!(r#"<c r="{r}" t="inlineStr"><is><t>{t}</t></is></c>"#)
}

#[test]
fn workbook_cells_as_text() {
    let cells = [
        format!("<row r=\"1\">{}{}{}{}</row>", text("A1", "reference"), text("B1", "date"), text("C1", "value"), text("D1", "ok")),
        format!(
            r#"<row r="2">{}<c r="B2" s="1"><v>46353</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" t="b"><v>1</v></c></row>"#,
            text("A2", "BK-1")
        ),
        // A date with a time; cells out of order.
        format!(r#"<row r="3"><c r="C3"><v>-12.5</v></c>{}<c r="B3" s="1"><v>46353.75</v></c></row>"#, text("A3", "BK-2")),
    ]
    .concat();
    let t = read(&workbook(&cells, false), None).expect("a table");
    assert_eq!(t.headers, ["reference", "date", "value", "ok"]);
    assert_eq!(t.rows[0].cells, ["BK-1", "2026-11-27", "", "true"]);
    assert_eq!(
        t.rows[1].cells,
        ["BK-2", "2026-11-27T18:00:00", "-12.5", ""]
    );
    // The 1904 date system (older Mac workbooks) counts from 1904-01-01.
    let mac = format!(
        "<row r=\"1\">{}{}</row><row r=\"2\">{}<c r=\"B2\" s=\"1\"><v>44891</v></c></row>",
        text("A1", "reference"),
        text("B1", "date"),
        text("A2", "BK-1")
    );
    let t = read(&workbook(&mac, true), None).expect("a table");
    assert_eq!(t.rows[0].cells, ["BK-1", "2026-11-27"]);
}

#[test]
fn empty_sheets_and_a_header_alone() {
    assert_eq!(read(&workbook("", false), None), Err(ReadError::NoSheet));
    let header = format!(
        "<row r=\"5\">{}{}</row>",
        text("C5", "reference"),
        text("D5", "date")
    );
    assert_eq!(
        read(&workbook(&header, false), None),
        Err(ReadError::NoRows)
    );
    for empty in [&b""[..], b"\xEF\xBB\xBF", b"\r\n\r\n", b"\xFF\xFE"] {
        assert_eq!(read(empty, None), Err(ReadError::Empty), "{empty:?}");
    }
    assert_eq!(read(b"reference,date\r\n", None), Err(ReadError::NoRows));
}

#[test]
fn a_sheet_that_would_fill_memory_is_refused() {
    // One header cell in Excel's last column makes every row 16,384 cells wide.
    let mut cells = format!(
        "<row r=\"1\">{}{}</row>",
        text("A1", "reference"),
        text("XFD1", "far")
    );
    for r in 2..1300 {
        cells.push_str(&format!(
            "<row r=\"{r}\">{}</row>",
            text(&format!("A{r}"), "BK")
        ));
    }
    assert!(matches!(
        read(&workbook(&cells, false), None),
        Err(ReadError::TooManyCells { .. })
    ));
}

#[test]
fn a_reversed_sheet_dimension_is_no_panic() {
    // Allowed by the format, and found by fuzzing: calamine subtracts its corners unchecked.
    let cells = format!(
        r#"<row r="1">{}{}</row><row r="2">{}</row>"#,
        text("A1", "reference"),
        text("B1", "date"),
        text("A2", "BK-1")
    );
    let book = sheet_workbook(r#"<dimension ref="D3:A1"/>"#, &cells, false);
    let t = read(&book, None).expect("a table");
    assert_eq!(t.rows[0].cells, ["BK-1", ""]);
}

/// A small deterministic generator (xorshift), so a failure can be replayed.
fn noise(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

#[test]
fn arbitrary_bytes_are_refused_or_read_never_a_panic() {
    let prefixes: [&[u8]; 7] = [
        b"",
        b"PK\x03\x04",
        b"sep=;\n",
        b"\xFF\xFE",
        b"\xFE\xFF",
        b"\xEF\xBB\xBF",
        b"a,\"b\r",
    ];
    for seed in 0..400 {
        for prefix in prefixes {
            let mut bytes = prefix.to_vec();
            bytes.extend(noise(seed, (seed as usize * 37) % 3000));
            for delimiter in [None, Some(Delimiter::Tab)] {
                let _ = read(&bytes, delimiter);
            }
        }
    }
    // The workbook with bytes changed here and there.
    let xlsx = fixture("shipments.xlsx");
    for seed in 0..300 {
        let mut bytes = xlsx.clone();
        for (i, b) in noise(seed, 8).into_iter().enumerate() {
            let at = (seed as usize * 7919 + i * 104_729) % bytes.len();
            bytes[at] = b;
        }
        let _ = read(&bytes, None);
    }
}
