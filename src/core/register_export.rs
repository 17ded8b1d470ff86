//! The register as a file for a client or an auditor: canonical JSON with the screening set's
//! hash, the lists' dates, the decisions on its parties' possible matches and a fingerprint;
//! and CSV with one row per shipment, its finding and its party screening.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::csv_cell::csv_cell;
use super::embargo::Jurisdictions;
use super::export::{
    canonical, iso_date, set_hash, sha256_hex, ImportError, Integrity, SetRef, WIDGET_VERSION,
};
use super::fold::fold;
use super::json_error::JsonError;
use super::lists::RefList;
use super::parties::{self, Decision, Decisions, Found, PartyScreening, Source, Verdict};
use super::question_set::QuestionSet;
use super::register::{Register, Screened};
use super::rules::Engine;

pub const KIND: &str = "att-diligence/register-export";
/// The largest register file read back. Canonical JSON takes about 650 bytes a shipment, so
/// this holds some 800,000: more than the batch importer's largest file (64 MB, about a million
/// short rows) gives in one go, so every register the widget writes it also reads.
pub const MAX_IMPORT_BYTES: usize = 512 * 1024 * 1024;
pub const FORMAT: u32 = 1;

/// Which list (and of when) the automatic checks used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListRef {
    pub id: String,
    pub as_of: String,
    pub entries: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterExportV1 {
    pub kind: String,
    pub format: u32,
    pub widget: String,
    pub question_set: SetRef,
    pub lists: Vec<ListRef>,
    /// Whose embargoes the findings count, the UN first (absent in exports before 0.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub jurisdictions: Vec<String>,
    pub shipments: Vec<Rc<Screened>>,
    /// The user's decisions on possible matches of these shipments' parties (absent before
    /// 0.4, and when there are none: older files verify as they did). Covered by the
    /// fingerprint. Informative on import: the user's own decisions are not replaced.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub party_decisions: Vec<PartyDecision>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fingerprint: String,
}

/// A decision on a possible match, as an export carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartyDecision {
    /// The party's name as decisions are kept by (folded: case and spacing do not matter).
    pub name: String,
    /// The name as the record wrote it when deciding.
    pub as_written: String,
    pub source: Source,
    pub reference: String,
    pub verdict: Verdict,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    pub listed_name: String,
    pub score: f64,
    /// The generation date of the list decided against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_date: Option<String>,
    pub decided_on: String,
}

/// What was decided on one possible match, wherever it is read from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Decided<'a> {
    pub verdict: Verdict,
    pub reason: &'a str,
    pub decided_on: &'a str,
    pub list_date: Option<&'a str>,
}

impl<'a> From<&'a Decision> for Decided<'a> {
    fn from(d: &'a Decision) -> Self {
        Decided {
            verdict: d.verdict,
            reason: &d.reason,
            decided_on: &d.decided_on,
            list_date: d.list_date.as_deref(),
        }
    }
}

impl<'a> From<&'a PartyDecision> for Decided<'a> {
    fn from(d: &'a PartyDecision) -> Self {
        Decided {
            verdict: d.verdict,
            reason: &d.reason,
            decided_on: &d.decided_on,
            list_date: d.list_date.as_deref(),
        }
    }
}

/// An export's decisions by (folded name, source, reference), for the sheet and the report.
pub struct DecisionIndex<'a>(BTreeMap<(&'a str, Source, &'a str), &'a PartyDecision>);

impl<'a> DecisionIndex<'a> {
    pub fn new(decisions: &'a [PartyDecision]) -> Self {
        DecisionIndex(
            decisions
                .iter()
                .map(|d| ((d.name.as_str(), d.source, d.reference.as_str()), d))
                .collect(),
        )
    }

    /// The decision on match `m` of party `name`.
    pub fn get(&self, name: &str, m: &Found) -> Option<&'a PartyDecision> {
        self.0
            .get(&(fold(name).as_str(), m.source, m.reference.as_str()))
            .copied()
    }
}

/// The token a list is named by in files (as its JSON spells it).
pub fn source_token(s: Source) -> &'static str {
    match s {
        Source::Un => "un",
        Source::OfacSdn => "ofac_sdn",
        Source::UsCsl => "us_csl",
    }
}

/// `e`'s party screening if it is one of the record's names as they are now; `None` when none
/// was made or a name changed since (the finding does not rest on it either, and the record
/// is screened again).
pub fn screening_now(e: &Screened) -> Option<&PartyScreening> {
    let p = &e.parties;
    (!p.lists.is_empty() && p.checked == parties::fingerprint(&e.shipment)).then_some(p)
}

/// The decisions concerning the parties of `shipments`: those on their names now, and on the
/// names their screenings were made for.
fn decisions_of(shipments: &[Rc<Screened>], decisions: &Decisions) -> Vec<PartyDecision> {
    if decisions.is_empty() {
        return Vec::new();
    }
    let mut names = BTreeSet::new();
    for e in shipments {
        for (_, name) in parties::parties(&e.shipment) {
            names.insert(fold(name));
        }
        for p in &e.parties.parties {
            names.insert(fold(&p.name));
        }
    }
    decisions
        .iter()
        .filter(|(key, _)| names.contains(&key.name))
        .map(|(key, d)| PartyDecision {
            name: key.name.clone(),
            as_written: d.as_written.clone(),
            source: key.source,
            reference: key.reference.clone(),
            verdict: d.verdict,
            reason: d.reason.clone(),
            listed_name: d.listed_name.clone(),
            score: d.score,
            list_date: d.list_date.clone(),
            decided_on: d.decided_on.clone(),
        })
        .collect()
}

impl RegisterExportV1 {
    fn compute_fingerprint(&self) -> String {
        let mut unsigned = self.clone();
        unsigned.fingerprint.clear();
        sha256_hex(canonical(&unsigned).as_bytes())
    }
}

pub fn export(
    r: &Register,
    set: &QuestionSet,
    lists: &[RefList],
    jurisdictions: &Jurisdictions,
    decisions: &Decisions,
) -> RegisterExportV1 {
    let mut doc = RegisterExportV1 {
        kind: KIND.to_owned(),
        format: FORMAT,
        widget: format!("att-diligence {WIDGET_VERSION}"),
        question_set: SetRef {
            id: set.id.clone(),
            version: set.version.clone(),
            sha256: set_hash(set),
        },
        lists: lists
            .iter()
            .map(|l| ListRef {
                id: l.id.clone(),
                as_of: l.as_of.clone(),
                entries: l.entries.len(),
            })
            .collect(),
        jurisdictions: jurisdictions.counted(),
        shipments: r.entries.clone(),
        party_decisions: decisions_of(&r.entries, decisions),
        fingerprint: String::new(),
    };
    doc.fingerprint = doc.compute_fingerprint();
    doc
}

/// A register export as read back.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedRegister {
    pub shipments: Vec<Screened>,
    pub integrity: Integrity,
    /// The decisions the file carries (none in files before 0.4).
    pub party_decisions: Vec<PartyDecision>,
}

/// Reads a register export; its shipments are re-screened with the rules and lists in use.
pub fn import(
    bytes: &[u8],
    engine: &Engine<'_>,
) -> Result<(Vec<Screened>, Integrity), ImportError> {
    import_register(bytes, engine).map(|r| (r.shipments, r.integrity))
}

/// [`import`], with the decisions the file carries.
pub fn import_register(bytes: &[u8], engine: &Engine<'_>) -> Result<ImportedRegister, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_IMPORT_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::NotText {
        offset: e.valid_up_to(),
    })?;
    let text = text.trim_start_matches('\u{feff}');
    let value: Value = serde_json::from_str(text)
        .map_err(|e| ImportError::NotJson(JsonError::reading(&e, text)))?;
    if value.get("kind").and_then(Value::as_str) != Some(KIND) {
        return Err(ImportError::NotAnExport);
    }
    let format = value.get("format").and_then(Value::as_u64).unwrap_or(0);
    if format > u64::from(FORMAT) {
        return Err(ImportError::NewerFormat(
            u32::try_from(format).unwrap_or(u32::MAX),
        ));
    }
    // From the text, not `value`: one deserializer per type in the bundle.
    let doc: RegisterExportV1 = serde_json::from_str(text)
        .map_err(|e| ImportError::Malformed(JsonError::shape(&e, text)))?;
    let integrity = Integrity::of(&doc.fingerprint, || doc.compute_fingerprint());
    let party_decisions = doc.party_decisions;
    doc.shipments
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let mut s = Rc::unwrap_or_clone(s);
            iso_date(
                &format!("shipments[{i}].shipment.date"),
                &mut s.shipment.date,
            )
            .map_err(ImportError::Malformed)?;
            s.hits = engine.screen(&s);
            Ok(s)
        })
        .collect::<Result<Vec<_>, _>>()
        .map(|shipments| ImportedRegister {
            shipments,
            integrity,
            party_decisions,
        })
}

/// One row per shipment: its record, its finding and what drove it, and its party screening
/// (UTF-8 with BOM, formula-safe).
pub fn csv(
    r: &Register,
    set: &QuestionSet,
    jurisdictions: &Jurisdictions,
    decisions: &Decisions,
) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record([
        "reference",
        "date",
        "mode",
        "consignor",
        "consignee",
        "end_user",
        "broker",
        "carrier",
        "vessel",
        "end_use",
        "destination",
        "transit",
        "category",
        "exemption",
        "finding",
        "stop",
        "inquire",
        "context",
        "unchecked",
        "overriding_risk",
        "jurisdictions",
        "party_lists",
        "party_threshold",
        "party_matches",
        "widget",
    ]);
    let widget = format!("att-diligence {WIDGET_VERSION}");
    let counted = jurisdictions.counted().join(" ");
    for e in &r.entries {
        let s = &e.shipment;
        let f = e.finding(set);
        let ids = |v: &[super::question_set::ItemId]| {
            v.iter().map(|i| i.as_str()).collect::<Vec<_>>().join(" ")
        };
        let screening = screening_now(e);
        let _ = w.write_record([
            csv_cell(&s.reference),
            csv_cell(&s.date),
            s.mode.map_or(String::new(), |m| m.token().to_owned()),
            csv_cell(&s.consignor),
            csv_cell(&s.consignee),
            csv_cell(&s.end_user),
            csv_cell(&s.broker),
            csv_cell(&s.carrier),
            csv_cell(&s.vessel),
            csv_cell(&s.end_use),
            csv_cell(&s.destination),
            csv_cell(&s.transit.join("; ")),
            s.category.map_or(String::new(), |c| c.token().to_owned()),
            csv_cell(&s.exemption),
            f.level.token().to_owned(),
            ids(&f.stop),
            ids(&f.inquire),
            ids(&f.context),
            f.unchecked.len().to_string(),
            f.overriding_risk.to_string(),
            counted.clone(),
            screening.map_or(String::new(), |p| csv_cell(&lists_cell(p))),
            screening.map_or(String::new(), |p| format!("{:.1}", p.threshold)),
            screening.map_or(String::new(), |p| {
                csv_cell(&matches_cell(e, p, |name, m| {
                    decisions.get(name, m).map(Decided::from)
                }))
            }),
            widget.clone(),
        ]);
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

/// The lists a screening was made against, with their dates: `un 2026-02-27; ofac_sdn`.
pub fn lists_cell(p: &PartyScreening) -> String {
    p.lists
        .iter()
        .map(|l| match &l.generated {
            Some(d) => format!("{} {d}", source_token(l.source)),
            None => source_token(l.source).to_owned(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Each possible match of `e`'s parties as they are now, with its decision, `; ` between:
/// `consignee: Amir Ali Choudri ~ un QDi.312 "AAMIR ALI CHAUDHRY" 91.3 not_same 2026-12-02
/// (Different date of birth)`; an alias matched is named after the entry (`as "..."`), and a
/// match with no decision yet is `undecided`.
fn matches_cell<'d>(
    e: &Screened,
    p: &PartyScreening,
    decided: impl Fn(&str, &Found) -> Option<Decided<'d>>,
) -> String {
    let mut out = String::new();
    for party in p.current(&e.shipment) {
        for m in &party.matches {
            if !out.is_empty() {
                out.push_str("; ");
            }
            let _ = write!(
                out,
                "{}: {} ~ {} {} \"{}\"",
                party.role.token(),
                party.name,
                source_token(m.source),
                m.reference,
                m.listed_name
            );
            if m.matched_name != m.listed_name {
                let _ = write!(out, " as \"{}\"", m.matched_name);
            }
            let _ = write!(out, " {:.1} ", m.score);
            match decided(&party.name, m) {
                None => out.push_str("undecided"),
                Some(d) => {
                    let _ = write!(out, "{} {}", d.verdict.token(), d.decided_on);
                    if !d.reason.is_empty() {
                        let _ = write!(out, " ({})", d.reason);
                    }
                }
            }
        }
    }
    out
}
