//! Arbitrary bytes as a batch file read as CSV, in whatever encoding and with whatever
//! delimiter they suggest, or the one a user would choose: refused by kind, never a panic.
#![no_main]

use att_reader::{read, Delimiter};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the user's delimiter (or none: sniffed); the rest is the file.
    let Some((&choice, bytes)) = data.split_first() else {
        return;
    };
    let delimiter = match choice % 4 {
        0 => None,
        n => Some(Delimiter::ALL[usize::from(n - 1)]),
    };
    // A zip signature would send the bytes to the workbook reader (its own target).
    if let Ok(table) = read(bytes, delimiter) {
        // A row is as wide as the header, or a fault.
        assert!(table
            .rows
            .iter()
            .all(|r| r.cells.len() == table.headers.len()));
        assert!(table.rows.windows(2).all(|w| w[0].line < w[1].line));
    }
});
