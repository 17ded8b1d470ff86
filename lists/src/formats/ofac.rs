//! OFAC's legacy SDN CSVs: `sdn.csv` (one row an entry), `alt.csv` (aliases) and `add.csv`
//! (addresses), joined on `ent_num`. No header; `-0-` means empty. The legacy files state no
//! date of generation, so the list's `generated` is `None`: the user knows it from where and
//! when they downloaded the file.

use std::collections::HashMap;

use csv::StringRecord;

use super::{
    collapse, csv_rows, field_count, push_unique, remarks, CsvReason, FileKind, ListError,
};
use crate::{Entry, Identifier, List, Name, NameKind, PartyKind, Source};

pub(super) fn read(sdn: &str, alt: Option<&str>, add: Option<&str>) -> Result<List, ListError> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut by_number: HashMap<String, usize> = HashMap::new();
    csv_rows(sdn, FileKind::OfacSdn, |line, row| {
        field_count(FileKind::OfacSdn, line, row, 12)?;
        let entry = sdn_entry(line, row)?;
        by_number
            .entry(entry.reference.clone())
            .or_insert(entries.len());
        entries.push(entry);
        Ok(())
    })?;
    // Rows for an ent_num the sdn.csv does not have are left out: they belong to no entry.
    if let Some(alt) = alt {
        csv_rows(alt, FileKind::OfacAlt, |line, row| {
            field_count(FileKind::OfacAlt, line, row, 5)?;
            let number = ent_num(FileKind::OfacAlt, line, row)?;
            let name = collapse(cell(row, 3));
            let Some(&i) = by_number.get(&number) else {
                return Ok(());
            };
            if !name.is_empty() {
                let kind = match cell(row, 2).to_ascii_lowercase().as_str() {
                    "fka" => NameKind::Former,
                    // "now known as" is a name in use today, not a former one.
                    _ => NameKind::Alias {
                        weak: cell(row, 4).to_ascii_lowercase().contains("weak"),
                    },
                };
                entries[i].names.push(Name { text: name, kind });
            }
            Ok(())
        })?;
    }
    if let Some(add) = add {
        csv_rows(add, FileKind::OfacAdd, |line, row| {
            field_count(FileKind::OfacAdd, line, row, 6)?;
            let number = ent_num(FileKind::OfacAdd, line, row)?;
            if let Some(&i) = by_number.get(&number) {
                push_unique(&mut entries[i].countries, cell(row, 4));
            }
            Ok(())
        })?;
    }
    Ok(List {
        source: Source::OfacSdn,
        generated: None,
        entries,
    })
}

/// `ent_num, name, type, programs, title, call_sign, vessel_type, tonnage, grt, vessel_flag,
/// vessel_owner, remarks`.
fn sdn_entry(line: u64, row: &StringRecord) -> Result<Entry, ListError> {
    let reference = ent_num(FileKind::OfacSdn, line, row)?;
    // As written ("SURNAME, Given"): the matcher normalises.
    let name = collapse(cell(row, 1));
    if name.is_empty() {
        return Err(ListError::MissingField {
            file: FileKind::OfacSdn,
            line,
            field: "name".into(),
        });
    }
    let kind = match cell(row, 2).to_ascii_lowercase().as_str() {
        "" => PartyKind::Entity,
        "individual" => PartyKind::Individual,
        "vessel" => PartyKind::Vessel,
        "aircraft" => PartyKind::Aircraft,
        _ => PartyKind::Unknown,
    };
    let found = remarks::read(cell(row, 11));
    let mut identifiers = found.identifiers;
    let call_sign = cell(row, 5);
    if !call_sign.is_empty() {
        identifiers.push(Identifier {
            kind: "Call Sign".into(),
            value: call_sign.into(),
        });
    }
    let mut countries = found.countries;
    push_unique(&mut countries, cell(row, 9)); // the vessel's flag
    let mut names = vec![Name {
        text: name,
        kind: NameKind::Primary,
    }];
    names.extend(found.names);
    Ok(Entry {
        reference,
        kind,
        names,
        programmes: programmes(cell(row, 3)),
        listed_on: None,
        identifiers,
        countries,
        sub_list: None,
        linked_to: found.linked_to,
    })
}

/// "SDGT] [IRGC" (the file drops the outer brackets), "[SDGT] [IRGC]" or "SDGT; IRGC".
fn programmes(field: &str) -> Vec<String> {
    let mut out = Vec::new();
    for p in field.split([';', '[', ']']) {
        push_unique(&mut out, p);
    }
    out
}

/// A field trimmed, with OFAC's `-0-` for "nothing" read as empty.
fn cell(row: &StringRecord, i: usize) -> &str {
    match row.get(i).map(str::trim) {
        Some("-0-") | None => "",
        Some(value) => value,
    }
}

fn ent_num(file: FileKind, line: u64, row: &StringRecord) -> Result<String, ListError> {
    let value = cell(row, 0);
    if value.is_empty() {
        return Err(ListError::MissingField {
            file,
            line,
            field: "ent_num".into(),
        });
    }
    if !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ListError::Csv {
            file,
            line,
            reason: CsvReason::NotANumber {
                field: "ent_num".into(),
                value: value.into(),
            },
        });
    }
    Ok(value.into())
}
