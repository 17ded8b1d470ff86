//! The register as a file for a client or an auditor: canonical JSON with the screening set's
//! hash, the lists' dates and a fingerprint; and CSV with one row per shipment and its finding.

use std::rc::Rc;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::embargo::Jurisdictions;
use super::export::{
    canonical, iso_date, set_hash, sha256_hex, ImportError, Integrity, SetRef, WIDGET_VERSION,
};
use super::json_error::JsonError;
use super::lists::RefList;
use super::question_set::QuestionSet;
use super::register::{Register, Screened};
use super::report::csv_cell;
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
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fingerprint: String,
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
        fingerprint: String::new(),
    };
    doc.fingerprint = doc.compute_fingerprint();
    doc
}

/// Reads a register export; its shipments are re-screened with the rules and lists in use.
pub fn import(
    bytes: &[u8],
    engine: &Engine<'_>,
) -> Result<(Vec<Screened>, Integrity), ImportError> {
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
        .map(|shipments| (shipments, integrity))
}

/// One row per shipment: its record, its finding and what drove it (UTF-8 with BOM,
/// formula-safe).
pub fn csv(r: &Register, set: &QuestionSet, jurisdictions: &Jurisdictions) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record([
        "reference",
        "date",
        "mode",
        "consignor",
        "consignee",
        "end_user",
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
        let _ = w.write_record([
            csv_cell(&s.reference),
            csv_cell(&s.date),
            s.mode.map_or(String::new(), |m| m.token().to_owned()),
            csv_cell(&s.consignor),
            csv_cell(&s.consignee),
            csv_cell(&s.end_user),
            csv_cell(&s.end_use),
            csv_cell(&s.destination),
            csv_cell(&s.transit.join("; ")),
            s.category.map_or(String::new(), |c| c.token().to_owned()),
            csv_cell(&s.exemption),
            format!("{:?}", f.level).to_lowercase(),
            ids(&f.stop),
            ids(&f.inquire),
            ids(&f.context),
            f.unchecked.len().to_string(),
            f.overriding_risk.to_string(),
            counted.clone(),
            widget.clone(),
        ]);
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}
