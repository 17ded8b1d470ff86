//! The UN Security Council Consolidated List (`sc-sanctions.xsd`), read as a stream of XML
//! events (the whole list is about 2 MB): `INDIVIDUALS/INDIVIDUAL` and `ENTITIES/ENTITY`, each
//! with its reference, regime, listing date, name parts, aliases by quality, documents and the
//! countries of its nationality and addresses.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::{collapse, date_part, push_unique, ListError};
use crate::{Entry, Identifier, List, Name, NameKind, PartyKind, Source};

const ROOT: &str = "CONSOLIDATED_LIST";

pub(super) fn read(bytes: &[u8]) -> Result<List, ListError> {
    let bytes = crate::text::strip_bom(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| ListError::NotXml {
        line: line_at(bytes, e.valid_up_to()),
        column: Some(column_at(bytes, e.valid_up_to())),
        detail: e.to_string(),
    })?;
    let mut reader = Reader::from_str(text);
    reader.config_mut().expand_empty_elements = true;
    // Where quick-xml saw its error, or (for the checks here) where the event began.
    let not_xml = |at: u64, detail: String| {
        let at = usize::try_from(at).unwrap_or(usize::MAX).min(bytes.len());
        ListError::NotXml {
            line: line_at(bytes, at),
            column: Some(column_at(bytes, at)),
            detail,
        }
    };

    let mut list = List {
        source: Source::Un,
        generated: None,
        entries: Vec::new(),
    };
    // Open elements with the byte offset of their start tag (for the lines errors name).
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut content = String::new();
    let mut draft: Option<Draft> = None;
    loop {
        let start_at = reader.buffer_position();
        let at = usize::try_from(start_at).unwrap_or(usize::MAX);
        let event = match reader.read_event() {
            Ok(event) => event,
            Err(e) => return Err(not_xml(reader.error_position(), e.to_string())),
        };
        match event {
            Event::Start(start) => {
                let name = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
                let parent = open.last().map(|(p, _)| p.as_str());
                match (parent, name.as_str()) {
                    (None, ROOT) => list.generated = generated(&start),
                    (None, _) => {
                        return Err(ListError::MissingElement {
                            element: ROOT.into(),
                            line: line_at(bytes, at),
                        })
                    }
                    (Some("INDIVIDUALS"), "INDIVIDUAL") => {
                        draft = Some(Draft::new(PartyKind::Individual, at))
                    }
                    (Some("ENTITIES"), "ENTITY") => draft = Some(Draft::new(PartyKind::Entity, at)),
                    _ => {}
                }
                open.push((name, at));
                content.clear();
            }
            Event::End(_) => {
                let Some((name, _)) = open.pop() else { break };
                let parent = open.last().map(|(p, _)| p.as_str()).unwrap_or("");
                let value = collapse(&content);
                content.clear();
                let Some(d) = draft.as_mut() else { continue };
                if d.take(parent, &name, value) {
                    if let Some(d) = draft.take() {
                        list.entries.push(d.finish(bytes)?);
                    }
                }
            }
            Event::Text(t) => {
                content.push_str(&t.decode().map_err(|e| not_xml(start_at, e.to_string()))?)
            }
            Event::CData(t) => {
                content.push_str(&t.decode().map_err(|e| not_xml(start_at, e.to_string()))?)
            }
            Event::GeneralRef(r) => {
                let name = r.decode().map_err(|e| not_xml(start_at, e.to_string()))?;
                match r.resolve_char_ref() {
                    Ok(Some(c)) => content.push(c),
                    Ok(None) => match quick_xml::escape::resolve_predefined_entity(&name) {
                        Some(s) => content.push_str(s),
                        None => return Err(not_xml(start_at, format!("unknown entity &{name};"))),
                    },
                    Err(e) => return Err(not_xml(start_at, e.to_string())),
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if let Some((element, at)) = open.pop() {
        return Err(ListError::Truncated {
            element,
            line: line_at(bytes, at),
        });
    }
    Ok(list)
}

/// The date part of the root's `dateGenerated` (`2026-02-27T00:00:09.554Z`).
fn generated(root: &BytesStart) -> Option<String> {
    let attr = root.try_get_attribute("dateGenerated").ok()??;
    // A date needs no unescaping; and `unescape_value` is not there when another crate of the
    // workspace (calamine) turns on quick-xml's `encoding` feature.
    date_part(std::str::from_utf8(&attr.value).ok()?)
}

/// One entry as its elements arrive.
struct Draft {
    kind: PartyKind,
    at: usize,
    reference: String,
    name_parts: [String; 4],
    names: Vec<Name>,
    programme: String,
    listed_on: String,
    identifiers: Vec<Identifier>,
    countries: Vec<String>,
    /// The `QUALITY` and `ALIAS_NAME` of the alias being read.
    alias: (String, String),
    /// The `TYPE_OF_DOCUMENT`, `TYPE_OF_DOCUMENT2` and `NUMBER` of the document being read.
    document: [String; 3],
}

impl Draft {
    fn new(kind: PartyKind, at: usize) -> Draft {
        Draft {
            kind,
            at,
            reference: String::new(),
            name_parts: Default::default(),
            names: Vec::new(),
            programme: String::new(),
            listed_on: String::new(),
            identifiers: Vec::new(),
            countries: Vec::new(),
            alias: Default::default(),
            document: Default::default(),
        }
    }

    /// Takes the text of an element that has just closed, inside `parent`; true when the entry
    /// itself closed.
    fn take(&mut self, parent: &str, name: &str, value: String) -> bool {
        let own = matches!(parent, "INDIVIDUAL" | "ENTITY");
        match (parent, name) {
            ("INDIVIDUALS" | "ENTITIES", "INDIVIDUAL" | "ENTITY") => return true,
            (_, "FIRST_NAME") if own => self.name_parts[0] = value,
            (_, "SECOND_NAME") if own => self.name_parts[1] = value,
            (_, "THIRD_NAME") if own => self.name_parts[2] = value,
            (_, "FOURTH_NAME") if own => self.name_parts[3] = value,
            (_, "REFERENCE_NUMBER") if own => self.reference = value,
            (_, "UN_LIST_TYPE") if own => self.programme = value,
            (_, "LISTED_ON") if own => self.listed_on = value,
            (_, "NAME_ORIGINAL_SCRIPT") if own && !value.is_empty() => self.names.push(Name {
                text: value,
                kind: NameKind::Alias { weak: false },
            }),
            (_, "INDIVIDUAL_ALIAS" | "ENTITY_ALIAS") if own => {
                let (quality, aliases) = std::mem::take(&mut self.alias);
                // One ALIAS_NAME sometimes holds several: "Mortaza Rezaie; Mortaza Rezai".
                for alias in aliases.split(';').map(str::trim).filter(|a| !a.is_empty()) {
                    self.names.push(Name {
                        text: alias.to_string(),
                        kind: quality_kind(&quality),
                    });
                }
            }
            (_, "INDIVIDUAL_DOCUMENT") if own => {
                let [kind, kind2, number] = std::mem::take(&mut self.document);
                if !number.is_empty() {
                    let kind = [kind, kind2].into_iter().find(|k| !k.is_empty());
                    self.identifiers.push(Identifier {
                        kind: kind.unwrap_or_else(|| "Document".into()),
                        value: number,
                    });
                }
            }
            ("INDIVIDUAL_ALIAS" | "ENTITY_ALIAS", "QUALITY") => self.alias.0 = value,
            ("INDIVIDUAL_ALIAS" | "ENTITY_ALIAS", "ALIAS_NAME") => self.alias.1 = value,
            ("INDIVIDUAL_DOCUMENT", "TYPE_OF_DOCUMENT") => self.document[0] = value,
            ("INDIVIDUAL_DOCUMENT", "TYPE_OF_DOCUMENT2") => self.document[1] = value,
            ("INDIVIDUAL_DOCUMENT", "NUMBER") => self.document[2] = value,
            ("NATIONALITY", "VALUE") | ("INDIVIDUAL_ADDRESS" | "ENTITY_ADDRESS", "COUNTRY") => {
                push_unique(&mut self.countries, &value)
            }
            _ => {}
        }
        false
    }

    fn finish(self, bytes: &[u8]) -> Result<Entry, ListError> {
        let missing = |element: &str| ListError::MissingElement {
            element: element.into(),
            line: line_at(bytes, self.at),
        };
        if self.reference.is_empty() {
            return Err(missing("REFERENCE_NUMBER"));
        }
        let parts = match self.kind {
            PartyKind::Individual => &self.name_parts[..],
            _ => &self.name_parts[..1],
        };
        let primary = parts
            .iter()
            .filter(|p| !p.is_empty())
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ");
        if primary.is_empty() {
            return Err(missing("FIRST_NAME"));
        }
        let mut names = vec![Name {
            text: primary,
            kind: NameKind::Primary,
        }];
        names.extend(self.names);
        Ok(Entry {
            reference: self.reference,
            kind: self.kind,
            names,
            programmes: [self.programme]
                .into_iter()
                .filter(|p| !p.is_empty())
                .collect(),
            listed_on: date_part(&self.listed_on),
            identifiers: self.identifiers,
            countries: self.countries,
            sub_list: None,
            linked_to: Vec::new(),
        })
    }
}

/// `Good` and `a.k.a.` are aliases, `Low` a weak one, `f.k.a.` a former name (any case).
fn quality_kind(quality: &str) -> NameKind {
    let q = quality.to_ascii_lowercase();
    match q.trim_end_matches('.') {
        "low" => NameKind::Alias { weak: true },
        "f.k.a" | "fka" => NameKind::Former,
        _ => NameKind::Alias { weak: false },
    }
}

fn line_at(bytes: &[u8], at: usize) -> u64 {
    let before = &bytes[..at.min(bytes.len())];
    1 + before.iter().filter(|b| **b == b'\n').count() as u64
}

/// The column in characters (not bytes: the list is full of Arabic and accented names).
fn column_at(bytes: &[u8], at: usize) -> u64 {
    let before = &bytes[..at.min(bytes.len())];
    let start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let line = &before[start..];
    1 + line.iter().filter(|b| (**b & 0xC0) != 0x80).count() as u64
}
