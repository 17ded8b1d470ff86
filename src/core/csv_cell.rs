//! CSV cells a spreadsheet program reads as text. Its own module, so that the register's CSV
//! (`register_export`) does not depend on the assessment's reports (`report`), which take their
//! text from `i18n`.

/// A spreadsheet program must never run a cell as a formula: cells that start with `=`, `+`,
/// `-`, `@`, a tab or a carriage return get a leading apostrophe, which shows as text.
pub fn csv_cell(s: &str) -> String {
    match s.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{s}"),
        _ => s.to_owned(),
    }
}
