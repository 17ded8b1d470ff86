//! The register of screened shipments: one record each, edited through `Register::apply`,
//! re-screened by the rules whenever its record changes, and saved as a versioned DTO.

use std::collections::BTreeMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::parties::PartyScreening;
use super::question_set::{ItemId, Mode, QuestionSet};
use super::rules::{Document, Engine};
use super::saved::LoadError;
use super::screening::{finding, level, Answer, Check, Finding, Gbv74, GbvAction, Level, RuleHit};
use super::shipment::{Category, DocStatus, Shipment};

pub const KIND: &str = "att-diligence/register";
/// Version 1: the whole register in one value (0.2.0, localStorage). Version 2: an index (the
/// counter and the shipment ids in order) and one value per shipment, so editing a shipment
/// writes that shipment only.
pub const VERSION: u32 = 2;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Screened {
    pub id: String,
    pub shipment: Shipment,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<ItemId, Answer>,
    #[serde(default)]
    pub gbv: Gbv74,
    /// Line in the batch file it came from, if imported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// What the sanctions lists found for its parties, against which lists (absent before 0.4).
    #[serde(default, skip_serializing_if = "PartyScreening::is_empty")]
    pub parties: PartyScreening,
    /// Derived from the record by the rules (and party screening); never saved, recomputed on
    /// load and on change.
    #[serde(skip)]
    pub hits: Vec<RuleHit>,
}

impl Screened {
    pub fn finding(&self, set: &QuestionSet) -> Finding {
        finding(
            set,
            self.shipment.mode,
            &self.answers,
            &self.hits,
            &self.gbv,
        )
    }

    /// The finding's level alone (no allocation): what the register sorts and filters by.
    pub fn level(&self, set: &QuestionSet) -> Level {
        level(
            set,
            self.shipment.mode,
            &self.answers,
            &self.hits,
            &self.gbv,
        )
    }
}

/// A free-text field of the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    Reference,
    Date,
    Consignor,
    Consignee,
    EndUser,
    EndUse,
    Destination,
    Description,
    Quantity,
    Value,
    Exemption,
    Broker,
    Carrier,
    Vessel,
}

impl TextField {
    pub const ALL: [TextField; 14] = [
        TextField::Reference,
        TextField::Date,
        TextField::Consignor,
        TextField::Consignee,
        TextField::EndUser,
        TextField::Broker,
        TextField::Carrier,
        TextField::Vessel,
        TextField::EndUse,
        TextField::Destination,
        TextField::Description,
        TextField::Quantity,
        TextField::Value,
        TextField::Exemption,
    ];

    /// The stable token in its input's element id (`<editor>-<token>`; labels point at it).
    pub fn token(self) -> &'static str {
        match self {
            TextField::Reference => "reference",
            TextField::Date => "date",
            TextField::Consignor => "consignor",
            TextField::Consignee => "consignee",
            TextField::EndUser => "enduser",
            TextField::EndUse => "enduse",
            TextField::Destination => "destination",
            TextField::Description => "description",
            TextField::Quantity => "quantity",
            TextField::Value => "value",
            TextField::Exemption => "exemption",
            TextField::Broker => "broker",
            TextField::Carrier => "carrier",
            TextField::Vessel => "vessel",
        }
    }

    pub fn get(self, s: &Shipment) -> &str {
        match self {
            TextField::Reference => &s.reference,
            TextField::Date => &s.date,
            TextField::Consignor => &s.consignor,
            TextField::Consignee => &s.consignee,
            TextField::EndUser => &s.end_user,
            TextField::EndUse => &s.end_use,
            TextField::Destination => &s.destination,
            TextField::Description => &s.description,
            TextField::Quantity => &s.quantity,
            TextField::Value => &s.value,
            TextField::Exemption => &s.exemption,
            TextField::Broker => &s.broker,
            TextField::Carrier => &s.carrier,
            TextField::Vessel => &s.vessel,
        }
    }

    fn slot(self, s: &mut Shipment) -> &mut String {
        match self {
            TextField::Reference => &mut s.reference,
            TextField::Date => &mut s.date,
            TextField::Consignor => &mut s.consignor,
            TextField::Consignee => &mut s.consignee,
            TextField::EndUser => &mut s.end_user,
            TextField::EndUse => &mut s.end_use,
            TextField::Destination => &mut s.destination,
            TextField::Description => &mut s.description,
            TextField::Quantity => &mut s.quantity,
            TextField::Value => &mut s.value,
            TextField::Exemption => &mut s.exemption,
            TextField::Broker => &mut s.broker,
            TextField::Carrier => &mut s.carrier,
            TextField::Vessel => &mut s.vessel,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    Text(TextField, String),
    Mode(Option<Mode>),
    Category(Option<Category>),
    Document(Document, DocStatus),
    /// Transit points separated by `;`.
    Transit(String),
    Answer(ItemId, Option<Check>),
    Note(ItemId, String),
    Gbv(GbvAction),
}

#[derive(Debug, Clone, PartialEq)]
pub enum RegisterAction {
    /// A blank record, with this reference.
    New(String),
    Edit(String, Edit),
    Remove(String),
    /// Screened rows from a batch file, each with its line.
    Import(Vec<(u64, Shipment)>),
    /// Records from an imported register file, added with fresh ids (their screening kept).
    Append(Vec<Screened>),
    /// Re-runs the rules on every record (after the lists, rules or decisions changed).
    Rescreen,
    /// What the sanctions lists found for records' parties, by record id.
    Parties(Vec<(String, PartyScreening)>),
    /// Re-runs the rules on the records with a party of this name (a decision on it changed).
    RescreenParty(String),
}

/// Entries are `Rc` so that copying the register (as a UI reducer does on every change) copies
/// pointers, not 100,000 records, and an edit replaces one entry.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Register {
    pub entries: Vec<Rc<Screened>>,
    pub counter: u64,
}

impl Register {
    /// The id the next new record will get (so a caller can open it right after adding).
    pub fn peek_next_id(&self) -> String {
        format!("s{}", self.counter + 1)
    }

    fn next_id(&mut self) -> String {
        let id = self.peek_next_id();
        self.counter += 1;
        id
    }

    pub fn get(&self, id: &str) -> Option<&Screened> {
        self.entries.iter().find(|e| e.id == id).map(|e| &**e)
    }

    pub fn position(&self, id: &str) -> Option<usize> {
        self.entries.iter().position(|e| e.id == id)
    }

    /// Applies `action`; `engine` re-screens what changed. Returns the id of a new record.
    pub fn apply(&mut self, action: RegisterAction, engine: &Engine<'_>) -> Option<String> {
        match action {
            RegisterAction::New(reference) => {
                let id = self.next_id();
                let mut e = Screened {
                    id: id.clone(),
                    shipment: Shipment {
                        reference,
                        ..Shipment::default()
                    },
                    ..Screened::default()
                };
                e.hits = engine.screen(&e);
                self.entries.push(Rc::new(e));
                return Some(id);
            }
            RegisterAction::Edit(id, edit) => {
                let e = Rc::make_mut(self.entries.iter_mut().find(|e| e.id == id)?);
                let s = &mut e.shipment;
                match edit {
                    Edit::Text(f, v) => *f.slot(s) = v,
                    Edit::Mode(m) => s.mode = m,
                    Edit::Category(c) => s.category = c,
                    Edit::Document(Document::EndUserCertificate, d) => {
                        s.documents.end_user_certificate = d
                    }
                    Edit::Document(Document::ExportLicence, d) => s.documents.export_licence = d,
                    Edit::Document(Document::TransportDocuments, d) => {
                        s.documents.transport_documents = d
                    }
                    Edit::Transit(t) => {
                        s.transit = t
                            .split(';')
                            .map(str::trim)
                            .filter(|p| !p.is_empty())
                            .map(str::to_owned)
                            .collect()
                    }
                    Edit::Answer(item, check) => {
                        let a = e.answers.entry(item.clone()).or_default();
                        a.check = check;
                        if *a == Answer::default() {
                            e.answers.remove(&item);
                        }
                        return None;
                    }
                    Edit::Note(item, note) => {
                        let a = e.answers.entry(item.clone()).or_default();
                        a.note = note;
                        if *a == Answer::default() {
                            e.answers.remove(&item);
                        }
                        return None;
                    }
                    Edit::Gbv(g) => {
                        e.gbv.apply(g);
                        return None;
                    }
                }
                e.hits = engine.screen(&*e);
            }
            RegisterAction::Remove(id) => self.entries.retain(|e| e.id != id),
            RegisterAction::Import(rows) => {
                self.entries.reserve(rows.len());
                for (line, shipment) in rows {
                    let id = self.next_id();
                    let mut e = Screened {
                        id,
                        shipment,
                        line: Some(line),
                        ..Screened::default()
                    };
                    e.hits = engine.screen(&e);
                    self.entries.push(Rc::new(e));
                }
            }
            RegisterAction::Append(records) => {
                for mut e in records {
                    e.id = self.next_id();
                    e.hits = engine.screen(&e);
                    self.entries.push(Rc::new(e));
                }
            }
            RegisterAction::Parties(found) => {
                let mut found: std::collections::HashMap<String, PartyScreening> =
                    found.into_iter().collect();
                for e in &mut self.entries {
                    if let Some(screening) = found.remove(&e.id) {
                        let e = Rc::make_mut(e);
                        e.parties = screening;
                        e.hits = engine.screen(e);
                    }
                }
            }
            RegisterAction::RescreenParty(name) => {
                let name = super::fold::fold(&name);
                for e in &mut self.entries {
                    let named = super::parties::parties(&e.shipment)
                        .iter()
                        .any(|(_, n)| super::fold::fold(n) == name);
                    if named {
                        let hits = engine.screen(e);
                        if hits != e.hits {
                            Rc::make_mut(e).hits = hits;
                        }
                    }
                }
            }
            RegisterAction::Rescreen => {
                for e in &mut self.entries {
                    let hits = engine.screen(e);
                    if hits != e.hits {
                        Rc::make_mut(e).hits = hits;
                    }
                }
            }
        }
        None
    }
}

#[derive(Serialize)]
struct IndexRef<'a> {
    kind: &'a str,
    version: u32,
    counter: u64,
    ids: Vec<&'a str>,
}

/// Any saved register: version 1 holds the entries, version 2 their ids.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Saved {
    kind: String,
    version: u32,
    counter: u64,
    #[serde(default)]
    entries: Vec<Rc<Screened>>,
    #[serde(default)]
    ids: Vec<String>,
}

/// The saved index: the counter and the shipments' ids, in order.
pub fn encode_index(r: &Register) -> String {
    let saved = IndexRef {
        kind: KIND,
        version: VERSION,
        counter: r.counter,
        ids: r.entries.iter().map(|e| e.id.as_str()).collect(),
    };
    serde_json::to_string(&saved).unwrap_or_default()
}

/// One shipment's saved form (its rule hits are never saved).
pub fn encode_entry(e: &Screened) -> String {
    serde_json::to_string(e).unwrap_or_default()
}

/// What a saved index says, before its shipments are read.
#[derive(Debug)]
pub enum Stored {
    /// Version 1: the whole register was in the one value.
    Whole(Register),
    /// Version 2: these ids, each saved on its own.
    Index { counter: u64, ids: Vec<String> },
}

/// Reads a saved index (or a version-1 register, whole).
pub fn decode_index(text: &str) -> Result<Stored, LoadError> {
    let saved: Saved = serde_json::from_str(text).map_err(|e| LoadError::reading(&e, text))?;
    if saved.kind != KIND {
        return Err(LoadError::NotAnAssessment);
    }
    match saved.version {
        1 => Ok(Stored::Whole(Register {
            entries: saved.entries,
            counter: saved.counter,
        })),
        2 => Ok(Stored::Index {
            counter: saved.counter,
            ids: saved.ids,
        }),
        v => Err(LoadError::UnsupportedVersion(v)),
    }
}

/// Reads one saved shipment.
pub fn decode_entry(text: &str) -> Result<Screened, LoadError> {
    serde_json::from_str(text).map_err(|e| LoadError::reading(&e, text))
}

/// Reads a saved register whose shipments `entry` looks up by id, and screens it with
/// `engine` (rule hits are never stored). A shipment listed but missing or unreadable is
/// returned apart, with its problem, so the caller can set it aside and say so.
pub fn decode(
    index: &str,
    entry: impl Fn(&str) -> Option<String>,
    engine: &Engine<'_>,
) -> Result<(Register, Vec<(String, LoadError)>), LoadError> {
    let mut problems = Vec::new();
    let mut r = match decode_index(index)? {
        Stored::Whole(r) => r,
        Stored::Index { counter, ids } => {
            let mut entries = Vec::with_capacity(ids.len());
            for id in ids {
                match entry(&id).map(|t| decode_entry(&t)) {
                    Some(Ok(e)) if e.id == id => entries.push(Rc::new(e)),
                    Some(Ok(_)) => problems.push((id, LoadError::NotAnAssessment)),
                    Some(Err(e)) => problems.push((id, e)),
                    None => problems.push((id, LoadError::Missing)),
                }
            }
            Register { entries, counter }
        }
    };
    r.apply(RegisterAction::Rescreen, engine);
    Ok((r, problems))
}

/// Whether two entries save the same (re-screening replaces an entry's `Rc` to change its rule
/// hits, which are not saved).
fn same_saved_form(a: &Screened, b: &Screened) -> bool {
    a.id == b.id
        && a.line == b.line
        && a.shipment == b.shipment
        && a.answers == b.answers
        && a.gbv == b.gbv
}

/// What to write to turn the saved `before` into `after`: the shipments that changed (an edit
/// replaces an entry's `Rc`; one re-screened only is not written again), the ids no longer
/// there, and whether the index changed.
pub struct Changes<'a> {
    pub write: Vec<&'a Rc<Screened>>,
    pub remove: Vec<&'a str>,
    pub index: bool,
}

pub fn changes<'a>(
    before: &'a [Rc<Screened>],
    before_counter: u64,
    after: &'a Register,
) -> Changes<'a> {
    let old: std::collections::HashMap<&str, &Rc<Screened>> =
        before.iter().map(|e| (e.id.as_str(), e)).collect();
    let write = after
        .entries
        .iter()
        .filter(|e| {
            old.get(e.id.as_str())
                .is_none_or(|o| !(Rc::ptr_eq(o, e) || same_saved_form(o, e)))
        })
        .collect();
    let now: std::collections::HashSet<&str> =
        after.entries.iter().map(|e| e.id.as_str()).collect();
    let remove = before
        .iter()
        .map(|e| e.id.as_str())
        .filter(|id| !now.contains(id))
        .collect();
    let index = before_counter != after.counter
        || before.len() != after.entries.len()
        || before.iter().zip(&after.entries).any(|(a, b)| a.id != b.id);
    Changes {
        write,
        remove,
        index,
    }
}

/// What the register can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SortKey {
    /// Most serious finding first.
    Finding,
    Reference,
    Date,
    Destination,
    /// As entered or imported.
    Added,
}

impl SortKey {
    pub const ALL: [SortKey; 5] = [
        SortKey::Finding,
        SortKey::Reference,
        SortKey::Date,
        SortKey::Destination,
        SortKey::Added,
    ];
}

/// Each shipment's finding level, by shipment id (never by position: an entry removed or
/// sorted away cannot shift another's finding onto it). Derived, kept in step with the
/// register so sorting and filtering 100,000 rows needs no re-screening.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Findings(std::collections::HashMap<String, Level>);

impl Findings {
    /// Every entry's finding under `set`.
    pub fn of(entries: &[Rc<Screened>], set: &QuestionSet) -> Self {
        Findings(
            entries
                .iter()
                .map(|e| (e.id.clone(), e.level(set)))
                .collect(),
        )
    }

    pub fn get(&self, id: &str) -> Option<Level> {
        self.0.get(id).copied()
    }

    /// `entry`'s finding made again under `set`.
    pub fn update(&mut self, entry: &Screened, set: &QuestionSet) {
        self.0.insert(entry.id.clone(), entry.level(set));
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many shipments have each finding, in `Level::ALL`'s order (the register's chart).
    pub fn counts(&self) -> [(Level, usize); 4] {
        Level::tally(self.0.values().copied())
    }
}

impl Register {
    /// Positions of the entries to show, filtered by finding and sorted (stable, so ties keep
    /// the order they were added in).
    pub fn ordered(&self, findings: &Findings, key: SortKey, only: Option<Level>) -> Vec<usize> {
        let level = |i: usize| findings.get(&self.entries[i].id);
        let mut order: Vec<usize> = (0..self.entries.len())
            .filter(|&i| only.is_none_or(|l| level(i) == Some(l)))
            .collect();
        let s = |i: usize| &self.entries[i].shipment;
        match key {
            SortKey::Finding => order.sort_by_key(|&i| level(i)),
            SortKey::Reference => order.sort_by(|&a, &b| s(a).reference.cmp(&s(b).reference)),
            SortKey::Date => order.sort_by(|&a, &b| s(a).date.cmp(&s(b).date)),
            SortKey::Destination => order.sort_by(|&a, &b| s(a).destination.cmp(&s(b).destination)),
            SortKey::Added => {}
        }
        order
    }
}
