//! Arbitrary bytes as an `.xlsx` batch (a zip, so the workbook reader and calamine's zip and
//! XML parsers take them): refused by kind, never a panic. Seed the corpus with
//! `tests/fixtures/batch/shipments.xlsx` so mutations reach the sheet's XML.
#![no_main]

use att_reader::read;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut bytes = data.to_vec();
    if !bytes.starts_with(b"PK\x03\x04") {
        let mut zip = b"PK\x03\x04".to_vec();
        zip.extend_from_slice(data);
        bytes = zip;
    }
    if let Ok(table) = read(&bytes, None) {
        assert!(table
            .rows
            .iter()
            .all(|r| r.cells.len() == table.headers.len()));
        assert!(table.rows.windows(2).all(|w| w[0].line < w[1].line));
    }
});
