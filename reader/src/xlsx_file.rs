//! The first sheet of an `.xlsx` workbook, as text cells with the sheet's row numbers.

use std::io::Cursor;

use calamine::{DataRef, ExcelDateTime, ExcelDateTimeType, Reader, SheetType, SheetVisible, Xlsx};

use crate::{Format, ReadError, Row, Table};

/// Excel's last column (XFD): a cell beyond it is not from Excel, and is not read.
const MAX_COLUMNS: u32 = 16_384;

/// A workbook expands far beyond its file size, and one cell far to the right makes every row
/// that wide: past this many cells (read, or in the table), it is refused rather than left to
/// exhaust the worker's memory. 100,000 shipments of 20 columns are 2 million.
pub(crate) const MAX_CELLS: u64 = 20_000_000;

pub(crate) fn read(bytes: &[u8]) -> Result<Table, ReadError> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(refused)?;
    let worksheets: Vec<(String, bool)> = book
        .sheets_metadata()
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet)
        .map(|s| (s.name.clone(), s.visible == SheetVisible::Visible))
        .collect();
    // The first sheet a person sees: hidden ones are skipped unless all are hidden.
    let sheet = worksheets
        .iter()
        .find(|(_, visible)| *visible)
        .or(worksheets.first())
        .map(|(name, _)| name.clone())
        .ok_or(ReadError::NoSheet)?;

    let mut reader = book.worksheet_cells_reader(&sheet).map_err(refused)?;
    let mut cells: Vec<(u32, u32, String)> = Vec::new();
    while let Some(cell) = reader.next_cell().map_err(refused)? {
        let (row, column) = cell.get_position();
        let text = text(cell.get_value());
        if text.is_empty() || column >= MAX_COLUMNS {
            continue;
        }
        if cells.len() as u64 >= MAX_CELLS {
            return Err(ReadError::TooManyCells { limit: MAX_CELLS });
        }
        cells.push((row, column, text));
    }
    // Cells usually come in order; the sort is stable, so of two cells at one place the later
    // one wins, as in a grid.
    cells.sort_by_key(|&(row, column, _)| (row, column));
    let rows = group(cells);

    let (header_at, header) = header(&rows).ok_or(ReadError::NoSheet)?;
    // Columns from the header's first to its last: a note beside the table has no column to
    // be mapped to.
    let first = header.first().map_or(0, |c| c.0);
    let last = header.last().map_or(0, |c| c.0);
    let width = (last - first + 1) as usize;
    let data = &rows[header_at + 1..];
    if (data.len() as u64).saturating_mul(width as u64) > MAX_CELLS {
        return Err(ReadError::TooManyCells { limit: MAX_CELLS });
    }
    let spread = |cells: &[(u32, String)]| {
        let mut v = vec![String::new(); width];
        for (column, text) in cells {
            if let Some(slot) = column
                .checked_sub(first)
                .and_then(|c| v.get_mut(c as usize))
            {
                slot.clone_from(text);
            }
        }
        v
    };
    let headers = spread(header);
    let rows: Vec<Row> = data
        .iter()
        .map(|(row, cells)| Row {
            line: u64::from(*row) + 1,
            cells: spread(cells),
        })
        .filter(|r| r.cells.iter().any(|c| !c.is_empty()))
        .collect();
    if rows.is_empty() {
        return Err(ReadError::NoRows);
    }
    Ok(Table {
        format: Format::Xlsx {
            sheet,
            sheets: worksheets.len(),
        },
        headers,
        rows,
        faults: Vec::new(),
    })
}

type SheetRow = (u32, Vec<(u32, String)>);

/// Sorted cells into rows (0-based row, then its cells by column); a later duplicate replaces.
fn group(cells: Vec<(u32, u32, String)>) -> Vec<SheetRow> {
    let mut rows: Vec<SheetRow> = Vec::new();
    for (row, column, text) in cells {
        match rows.last_mut() {
            Some((r, cells)) if *r == row => match cells.last_mut() {
                Some((c, t)) if *c == column => *t = text,
                _ => cells.push((column, text)),
            },
            _ => rows.push((row, vec![(column, text)])),
        }
    }
    rows
}

/// The header row: the first non-empty one, unless it is a title (one cell, with a row of
/// several cells below it), as offices often put above a table.
fn header(rows: &[SheetRow]) -> Option<(usize, &[(u32, String)])> {
    let at = rows
        .iter()
        .position(|(_, cells)| cells.len() > 1)
        .filter(|&i| rows[..i].iter().all(|(_, cells)| cells.len() == 1) && i <= 3)
        .unwrap_or(0);
    rows.get(at).map(|(_, cells)| (at, cells.as_slice()))
}

fn refused(e: calamine::XlsxError) -> ReadError {
    match e {
        calamine::XlsxError::Password => ReadError::OldOrProtectedWorkbook,
        calamine::XlsxError::NotAWorksheet(_) => ReadError::NoSheet,
        e => ReadError::NotWorkbook {
            detail: e.to_string(),
        },
    }
}

/// A cell as the text a person reads in it.
fn text(value: &DataRef<'_>) -> String {
    match value {
        DataRef::String(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => number(*f),
        DataRef::Bool(b) => b.to_string(),
        DataRef::DateTime(d) => date_time(d),
        DataRef::DateTimeIso(s) => iso_date_time(s),
        DataRef::Error(_) | DataRef::Empty => String::new(),
    }
}

/// A number as Excel shows it in a general cell: 15 significant digits, a whole number without
/// decimals ("40"), otherwise the shortest form.
pub(crate) fn number(f: f64) -> String {
    if !f.is_finite() {
        return String::new();
    }
    let rounded: f64 = format!("{f:.14e}").parse().unwrap_or(f);
    let magnitude = rounded.abs();
    if rounded == 0.0 {
        "0".to_owned()
    } else if !(1e-7..1e21).contains(&magnitude) {
        format!("{rounded:e}")
    } else {
        format!("{rounded}")
    }
}

/// Days from 1970-01-01 of Excel's day zero in each date system.
const EPOCH_1900: i64 = -25_569; // 1899-12-30: day 61 is 1900-03-01, past the missing 29 February
const EPOCH_1904: i64 = -24_107; // 1904-01-01

/// Excel's last day, 9999-12-31, in the 1900 system.
const LAST_SERIAL: f64 = 2_958_466.0;

/// An Excel serial date as ISO 8601: the date alone at midnight, else with the time; a time
/// alone (day 0) as the time. Excel counts 29 February 1900, which did not exist (serial 60):
/// it is shown as Excel shows it.
pub(crate) fn date_time(d: &ExcelDateTime) -> String {
    let serial = d.as_f64();
    if d.is_duration() {
        return duration(serial);
    }
    if !(0.0..LAST_SERIAL).contains(&serial) {
        return number(serial);
    }
    // calamine keeps the workbook's date system to itself; equality reveals it.
    let is_1904 = *d == ExcelDateTime::new(serial, ExcelDateTimeType::DateTime, true);
    let seconds = (serial * 86_400.0).round() as i64;
    let (days, time) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    let clock = format!("{:02}:{:02}:{:02}", time / 3600, time / 60 % 60, time % 60);
    if days == 0 {
        return clock;
    }
    let date = if is_1904 {
        civil(EPOCH_1904 + days)
    } else if days == 60 {
        (1900, 2, 29)
    } else if days < 60 {
        civil(EPOCH_1900 + 1 + days)
    } else {
        civil(EPOCH_1900 + days)
    };
    let date = format!("{:04}-{:02}-{:02}", date.0, date.1, date.2);
    if time == 0 {
        date
    } else {
        format!("{date}T{clock}")
    }
}

/// A duration cell (`[h]:mm:ss`) as hours, minutes and seconds.
fn duration(days: f64) -> String {
    if !days.is_finite() || days.abs() >= 1e9 {
        return number(days);
    }
    let seconds = (days * 86_400.0).round() as i64;
    let sign = if seconds < 0 { "-" } else { "" };
    let s = seconds.unsigned_abs();
    format!("{sign}{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

/// An ISO date-time cell (`t="d"`): midnight is dropped, as for serial dates.
fn iso_date_time(s: &str) -> String {
    match s.split_once('T') {
        Some((date, time)) if time.bytes().all(|b| matches!(b, b'0' | b':' | b'.' | b'Z')) => {
            date.to_owned()
        }
        _ => s.to_owned(),
    }
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian calendar (Howard
/// Hinnant's `civil_from_days`).
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(serial: f64) -> String {
        date_time(&ExcelDateTime::new(
            serial,
            ExcelDateTimeType::DateTime,
            false,
        ))
    }

    #[test]
    fn serial_dates_as_iso() {
        assert_eq!(date(1.0), "1900-01-01");
        assert_eq!(date(59.0), "1900-02-28");
        assert_eq!(date(60.0), "1900-02-29");
        assert_eq!(date(61.0), "1900-03-01");
        assert_eq!(date(25_569.0), "1970-01-01");
        assert_eq!(date(46_353.0), "2026-11-27");
        assert_eq!(date(46_353.5), "2026-11-27T12:00:00");
        // A time a hair before midnight rounds to the next day, not to 24:00:00.
        assert_eq!(date(46_353.999_999_99), "2026-11-28");
        assert_eq!(date(0.75), "18:00:00");
        assert_eq!(date(2_958_465.0), "9999-12-31");
        let mac = ExcelDateTime::new(0.0 + 45_000.0 - 1462.0, ExcelDateTimeType::DateTime, true);
        assert_eq!(date_time(&mac), date(45_000.0));
    }

    #[test]
    fn out_of_range_dates_and_durations_stay_numbers() {
        assert_eq!(date(-1.0), "-1");
        assert_eq!(date(3e6), "3000000");
        assert_eq!(date(f64::NAN), "");
        let long = ExcelDateTime::new(1.5, ExcelDateTimeType::TimeDelta, false);
        assert_eq!(date_time(&long), "36:00:00");
    }

    #[test]
    fn numbers_as_excel_shows_them() {
        let cases = [
            (40.0, "40"),
            (-0.0, "0"),
            (120_000.0, "120000"),
            (1234.5, "1234.5"),
            (0.1 + 0.2, "0.3"),
            (1e21, "1e21"),
            (1.5e-8, "1.5e-8"),
            (f64::INFINITY, ""),
        ];
        for (f, text) in cases {
            assert_eq!(number(f), text, "{f}");
        }
    }

    #[test]
    fn iso_cells_drop_midnight() {
        assert_eq!(iso_date_time("2026-11-27T00:00:00"), "2026-11-27");
        assert_eq!(iso_date_time("2026-11-27T00:00:00.000Z"), "2026-11-27");
        assert_eq!(iso_date_time("2026-11-27T08:30:00"), "2026-11-27T08:30:00");
        assert_eq!(iso_date_time("2026-11-27"), "2026-11-27");
    }

    fn rows(cells: &[(u32, u32, &str)]) -> Vec<SheetRow> {
        group(
            cells
                .iter()
                .map(|&(r, c, t)| (r, c, t.to_owned()))
                .collect(),
        )
    }

    #[test]
    fn a_title_above_the_table_is_not_the_header() {
        let titled = rows(&[
            (0, 0, "Shipments"),
            (2, 0, "reference"),
            (2, 1, "date"),
            (3, 0, "BK-1"),
        ]);
        assert_eq!(header(&titled).map(|h| h.0), Some(1));
        // A single-column sheet keeps its first row as the header.
        let single = rows(&[(0, 0, "reference"), (1, 0, "BK-1")]);
        assert_eq!(header(&single).map(|h| h.0), Some(0));
    }
}
