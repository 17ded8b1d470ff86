//! The US Consolidated Screening List (trade.gov CSV): one row an entry of one of its source
//! lists, columns read by their header name (trade.gov has added and moved columns over the
//! years). The file states no date of generation, so `generated` is `None`.

use std::collections::HashMap;

use csv::StringRecord;

use super::{collapse, csv_rows, date_part, field_count, push_unique, FileKind, ListError};
use crate::{Entry, Identifier, List, Name, NameKind, PartyKind, Source};

const FILE: FileKind = FileKind::UsCsl;

pub(super) fn read(text: &str) -> Result<List, ListError> {
    let mut columns: Option<Columns> = None;
    let mut entries = Vec::new();
    csv_rows(text, FILE, |line, row| {
        let Some(columns) = &columns else {
            columns = Some(Columns::new(line, row)?);
            return Ok(());
        };
        field_count(FILE, line, row, columns.count)?;
        entries.push(columns.entry(line, row)?);
        Ok(())
    })?;
    Ok(List {
        source: Source::UsCsl,
        generated: None,
        entries,
    })
}

struct Columns {
    count: usize,
    index: HashMap<String, usize>,
}

impl Columns {
    fn new(line: u64, header: &StringRecord) -> Result<Columns, ListError> {
        let index: HashMap<String, usize> = header
            .iter()
            .enumerate()
            .map(|(i, h)| (h.trim().to_ascii_lowercase(), i))
            .collect();
        if !index.contains_key("name") {
            return Err(ListError::MissingField {
                file: FILE,
                line,
                field: "name".into(),
            });
        }
        Ok(Columns {
            count: header.len(),
            index,
        })
    }

    /// A column's value in `row`, trimmed; empty when the file has no such column.
    fn get<'r>(&self, row: &'r StringRecord, column: &str) -> &'r str {
        let value = self.index.get(column).and_then(|i| row.get(*i));
        value.map(str::trim).unwrap_or("")
    }

    fn entry(&self, line: u64, row: &StringRecord) -> Result<Entry, ListError> {
        let get = |column: &str| self.get(row, column);
        let name = collapse(get("name"));
        if name.is_empty() {
            return Err(ListError::MissingField {
                file: FILE,
                line,
                field: "name".into(),
            });
        }
        let source = get("source");
        let mut names = vec![Name {
            text: name.clone(),
            kind: NameKind::Primary,
        }];
        names.extend(split(get("alt_names")).map(|alias| Name {
            text: collapse(alias),
            kind: NameKind::Alias { weak: false },
        }));
        let mut identifiers: Vec<Identifier> = split(get("ids")).filter_map(identifier).collect();
        if !get("call_sign").is_empty() {
            identifiers.push(Identifier {
                kind: "Call Sign".into(),
                value: get("call_sign").into(),
            });
        }
        let mut countries = Vec::new();
        for country in split(get("nationalities")).chain(split(get("citizenships"))) {
            push_unique(&mut countries, country);
        }
        // An address ends with its country's ISO code ("80 SW 8th Street, Miami, FL, US"),
        // except on the lists that leave it out for the United States (a ZIP code there).
        for address in split(get("addresses")) {
            let last = address.rsplit(',').next().unwrap_or("").trim();
            if last.len() == 2 && last.bytes().all(|b| b.is_ascii_uppercase()) {
                push_unique(&mut countries, last);
            }
        }
        push_unique(&mut countries, get("vessel_flag"));
        Ok(Entry {
            reference: reference(get("entity_number"), get("_id"), get("id"), source, &name),
            kind: match get("type").to_ascii_lowercase().as_str() {
                "individual" => PartyKind::Individual,
                "entity" => PartyKind::Entity,
                "vessel" => PartyKind::Vessel,
                "aircraft" => PartyKind::Aircraft,
                _ => PartyKind::Unknown,
            },
            names,
            programmes: split(get("programs")).map(str::to_string).collect(),
            listed_on: date_part(get("start_date")),
            identifiers,
            countries,
            sub_list: (!source.is_empty()).then(|| source.to_string()),
            linked_to: Vec::new(),
        })
    }
}

/// The row's `entity_number`, else its `_id` or `id`. Rows of the BIS and State lists have
/// neither: then the sub-list's short name and the name ("DPL: ADRIAN MANUEL HERNANDEZ"),
/// which stays the same from one download to the next as a row number would not.
fn reference(number: &str, id: &str, other_id: &str, source: &str, name: &str) -> String {
    if let Some(found) = [number, id, other_id].into_iter().find(|r| !r.is_empty()) {
        return found.to_string();
    }
    // "Denied Persons List (DPL) - Bureau of Industry and Security" → "DPL".
    let short = source
        .split_once('(')
        .and_then(|(_, rest)| rest.split_once(')'))
        .map_or(source, |(short, _)| short);
    format!("{}: {name}", if short.is_empty() { "CSL" } else { short })
}

/// The CSL's `;`-separated lists, each item trimmed, empty items left out.
fn split(field: &str) -> impl Iterator<Item = &str> {
    field.split(';').map(str::trim).filter(|s| !s.is_empty())
}

/// One of the CSL's `ids`: "[country, ]number, type" ("CO, 811038291-3, NIT #", "IMO 8898831,
/// Vessel Registration Identification"), or "type, number". Parts that are sanctions notes or
/// contact details, not identifiers, are left out.
fn identifier(id: &str) -> Option<Identifier> {
    let parts: Vec<&str> = id.split(',').map(str::trim).collect();
    let has_digit = |s: &str| s.bytes().any(|b| b.is_ascii_digit());
    let (kind, value) = match parts.as_slice() {
        [.., kind, value] if has_digit(value) && !has_digit(kind) => (*kind, *value),
        [.., value, kind] => (*kind, *value),
        _ => return None,
    };
    let note = kind.ends_with('-') || kind.ends_with(':');
    let contact = ["Website", "Email Address", "Phone Number", "Fax"].contains(&kind);
    if note || contact || !has_digit(value) || kind.contains("Vessel Flag") {
        return None;
    }
    match value.strip_prefix("IMO ") {
        Some(imo) => Some(Identifier {
            kind: "IMO".into(),
            value: imo.trim().into(),
        }),
        None => Some(Identifier {
            kind: kind.into(),
            value: value.into(),
        }),
    }
}
