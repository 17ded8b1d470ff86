//! The time, from the browser (the core has no clock).

/// Now, as ISO 8601 in UTC to the second, e.g. `2026-11-27T21:55:04Z`.
pub fn now_iso() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    // `toISOString` gives milliseconds; seconds are precise enough for a record and stable
    // to read.
    match iso.split_once('.') {
        Some((seconds, _)) => format!("{seconds}Z"),
        None => iso,
    }
}
