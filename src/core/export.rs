//! What a user takes away and brings back: the JSON export (canonical, versioned, with the
//! question set's content hash and a SHA-256 fingerprint), and its import with every way a file
//! can be wrong named. CSV, Markdown and the printable report live in `report`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::assessment::{Assessment, Details, Response};
use super::json_error::{self, JsonError, Kind as JsonKind};
use super::question_set::{ItemId, QuestionSet, SetId};
use super::saved;

pub const KIND: &str = "att-diligence/export";
/// The export format this build writes and reads; older ones are migrated on import.
pub const FORMAT: u32 = 1;
/// Files larger than this are refused before they are read.
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;
/// Named here too, where the export writers have always found it.
pub use super::version::WIDGET_VERSION;

/// A file name from user text: letters and digits kept (any script), anything else as `-`.
pub fn file_stem(name: &str) -> String {
    let mut stem = String::new();
    for c in name.chars() {
        let c = if c.is_alphanumeric() { c } else { '-' };
        if !(c == '-' && (stem.is_empty() || stem.ends_with('-'))) {
            stem.push(c);
        }
    }
    let stem: String = stem.trim_end_matches('-').chars().take(60).collect();
    if stem.is_empty() {
        "assessment".to_owned()
    } else {
        stem
    }
}

/// SHA-256 of `bytes` as 64 lowercase hex digits: the set hash and every fingerprint.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// JSON with object keys sorted at every level and no insignificant whitespace: the same data
/// always gives the same bytes, which is what the fingerprint is taken over.
pub fn canonical<T: Serialize>(value: &T) -> String {
    // serde_json's `Value` map is a BTreeMap (no `preserve_order`), so keys come out sorted.
    // Through text rather than `to_value`: each type then has one serializer in the bundle
    // (the one storage uses), not a second one for `Value`.
    serde_json::to_string(value)
        .and_then(|text| serde_json::from_str::<Value>(&text))
        .and_then(|v| serde_json::to_string(&v))
        .unwrap_or_default()
}

/// SHA-256 of a question set's canonical JSON in its built-in languages (English and Chinese):
/// identifies the exact content answered, whichever language pack was loaded when exporting.
pub fn set_hash(set: &QuestionSet) -> String {
    let mut value: Value = serde_json::from_str(&canonical(set)).unwrap_or_default();
    super::l10n::strip(&mut value);
    sha256_hex(canonical(&value).as_bytes())
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SetRef {
    pub id: SetId,
    pub version: String,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentDto {
    pub name: String,
    #[serde(default)]
    pub created: String,
    #[serde(default)]
    pub modified: String,
    #[serde(default)]
    pub details: Details,
    pub responses: BTreeMap<ItemId, Response>,
}

/// An exported assessment, format 1.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportV1 {
    pub kind: String,
    pub format: u32,
    pub widget: String,
    pub question_set: SetRef,
    pub assessment: AssessmentDto,
    /// SHA-256 of the canonical JSON of this document without this field.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fingerprint: String,
}

impl ExportV1 {
    fn compute_fingerprint(&self) -> String {
        let mut unsigned = self.clone();
        unsigned.fingerprint.clear();
        sha256_hex(canonical(&unsigned).as_bytes())
    }
}

/// The export document of an assessment named `name`, answered against `set`.
pub fn export(a: &Assessment, name: &str, set: &QuestionSet) -> ExportV1 {
    let mut doc = ExportV1 {
        kind: KIND.to_owned(),
        format: FORMAT,
        widget: format!("att-diligence {WIDGET_VERSION}"),
        question_set: SetRef {
            id: a.set_id.clone(),
            version: a.set_version.clone(),
            sha256: set_hash(set),
        },
        assessment: AssessmentDto {
            name: name.to_owned(),
            created: a.created.clone(),
            modified: a.modified.clone(),
            details: a.details.clone(),
            responses: a.responses.clone(),
        },
        fingerprint: String::new(),
    };
    doc.fingerprint = doc.compute_fingerprint();
    doc
}

/// The JSON file: canonical, so exporting what was imported gives identical bytes.
pub fn to_json(doc: &ExportV1) -> String {
    canonical(doc)
}

/// Whether a file is as it was exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Integrity {
    /// The fingerprint matches the content.
    Intact,
    /// The content was changed after export (or the fingerprint was).
    Altered,
    /// No fingerprint to check: the saved form of version 0.1, or a file whose fingerprint
    /// was removed (or that another program wrote without one).
    Unsigned,
}

impl Integrity {
    pub const ALL: [Integrity; 3] = [Integrity::Intact, Integrity::Altered, Integrity::Unsigned];

    /// The stable token of the page's `data-integrity` attribute (pages and end-to-end tests
    /// select on it; spelt as the variant, as it always was).
    pub fn token(self) -> &'static str {
        match self {
            Integrity::Intact => "Intact",
            Integrity::Altered => "Altered",
            Integrity::Unsigned => "Unsigned",
        }
    }

    /// A file's fingerprint (empty: none) against the one computed over its content.
    pub(crate) fn of(fingerprint: &str, computed: impl FnOnce() -> String) -> Self {
        if fingerprint.is_empty() {
            Integrity::Unsigned
        } else if fingerprint == computed() {
            Integrity::Intact
        } else {
            Integrity::Altered
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub name: String,
    pub assessment: Assessment,
    pub integrity: Integrity,
    /// The file's format version (0 for the saved form migrated from version 0.1).
    pub from_format: u32,
    /// The question set's content differs from the one this widget has (same id).
    pub set_content_differs: bool,
}

/// Why a file could not be imported. The user's current work is never touched.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ImportError {
    /// Larger than `limit`, the most this kind of file may be; refused before reading it.
    TooLarge { bytes: usize, limit: usize },
    /// Not UTF-8 text; `offset` is the first bad byte.
    NotText { offset: usize },
    /// Not JSON: broken, cut off or nested too deeply.
    NotJson(JsonError),
    /// JSON, but not something this widget exported.
    NotAnExport,
    /// A format version newer than this build reads.
    NewerFormat(u32),
    /// Our kind of file, but a field is wrong (missing, unknown, of the wrong kind, not a date).
    Malformed(JsonError),
    /// Answers to a question set this widget does not have.
    UnknownSet(String),
}

impl ImportError {
    /// The technical text behind the message, for a collapsed "details" part.
    pub fn detail(&self) -> Option<String> {
        match self {
            ImportError::NotText { offset } => {
                Some(format!("invalid UTF-8 sequence at byte offset {offset}"))
            }
            ImportError::NotJson(e) | ImportError::Malformed(e) => e.detail().map(str::to_owned),
            _ => None,
        }
    }

    /// The same error found in a document the widget wrote out again to read it (a part of a
    /// backup): see `JsonError::reserialized`.
    pub(crate) fn reserialized(self) -> Self {
        match self {
            ImportError::NotJson(e) => ImportError::NotJson(e.reserialized()),
            ImportError::Malformed(e) => ImportError::Malformed(e.reserialized()),
            other => other,
        }
    }
}

/// A date as imported: `YYYY-MM-DD`, as the widget's date fields give it and its exports
/// promise (ISO 8601). A full ISO date-time (`2026-12-31T00:00:00Z`, as other programs write)
/// is cut to its date: that is the day it names, so nothing is guessed. Any other form is
/// refused with the field named rather than stored as written: `31/12/2026` and `12/31/2026`
/// are each read differently by different locales, and an unchecked date would be exported
/// again under the ISO 8601 promise.
pub(crate) fn iso_date(path: &str, value: &mut String) -> Result<(), JsonError> {
    if value.is_empty() || is_iso_date(value) {
        return Ok(());
    }
    match value.split_once('T') {
        Some((date, _)) if is_iso_date(date) => {
            value.truncate(date.len());
            Ok(())
        }
        _ => Err(JsonError::at(
            path,
            JsonKind::NotADate {
                value: value.clone(),
            },
        )),
    }
}

/// `YYYY-MM-DD` naming a day of the calendar (no 2026-02-30).
fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| {
        s.get(r)
            .filter(|d| d.bytes().all(|c| c.is_ascii_digit()))?
            .parse::<u32>()
            .ok()
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// Checks (and normalises) every date of an assessment; `prefix` is where it sits in the file.
fn check_dates(a: &mut Assessment, prefix: &str) -> Result<(), JsonError> {
    let at = |p: &str| json_error::join(prefix, p);
    iso_date(&at("details.date"), &mut a.details.date)?;
    for (id, r) in &mut a.responses {
        let item = at(&format!("responses.{id}"));
        iso_date(&json_error::join(&item, "due"), &mut r.due)?;
        iso_date(
            &json_error::join(&item, "evidence.date"),
            &mut r.evidence.date,
        )?;
    }
    Ok(())
}

/// Reads an export (or an older saved assessment) from the raw bytes of a file.
pub fn import(bytes: &[u8], sets: &[QuestionSet]) -> Result<Imported, ImportError> {
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
    // serde_json refuses nesting deeper than 128, so hostile input is an error, not a crash.
    let value: Value = serde_json::from_str(text)
        .map_err(|e| ImportError::NotJson(JsonError::reading(&e, text)))?;
    let kind = value.get("kind").and_then(Value::as_str);
    let (mut imported, set_hash_in_file) = match kind {
        Some(KIND) => {
            let format = value.get("format").and_then(Value::as_u64).unwrap_or(0);
            if format > u64::from(FORMAT) {
                return Err(ImportError::NewerFormat(
                    u32::try_from(format).unwrap_or(u32::MAX),
                ));
            }
            // From the text, not `value`: one deserializer per type in the bundle.
            let doc: ExportV1 = serde_json::from_str(text)
                .map_err(|e| ImportError::Malformed(JsonError::shape(&e, text)))?;
            let integrity = Integrity::of(&doc.fingerprint, || doc.compute_fingerprint());
            let a = Assessment {
                set_id: doc.question_set.id.clone(),
                set_version: doc.question_set.version.clone(),
                details: doc.assessment.details,
                responses: doc.assessment.responses,
                created: doc.assessment.created,
                modified: doc.assessment.modified,
            };
            let imported = Imported {
                name: doc.assessment.name,
                assessment: a,
                integrity,
                from_format: FORMAT,
                set_content_differs: false,
            };
            (imported, Some(doc.question_set.sha256))
        }
        // Format 0: the saved form that version 0.1 offered as its JSON download.
        Some(saved::KIND) => {
            let a = saved::decode(text).map_err(|e| match e {
                saved::LoadError::Malformed(e) => ImportError::Malformed(e),
                saved::LoadError::UnsupportedVersion(v) => ImportError::NewerFormat(v),
                _ => ImportError::NotAnExport,
            })?;
            let imported = Imported {
                name: String::new(),
                assessment: a,
                integrity: Integrity::Unsigned,
                from_format: 0,
                set_content_differs: false,
            };
            (imported, None)
        }
        _ => return Err(ImportError::NotAnExport),
    };
    let prefix = if imported.from_format == 0 {
        ""
    } else {
        "assessment"
    };
    check_dates(&mut imported.assessment, prefix).map_err(ImportError::Malformed)?;
    let set = sets
        .iter()
        .find(|s| s.id == imported.assessment.set_id)
        .ok_or_else(|| ImportError::UnknownSet(imported.assessment.set_id.to_string()))?;
    let differs = set_hash_in_file.is_some_and(|h| h != set_hash(set));
    Ok(Imported {
        set_content_differs: differs,
        ..imported
    })
}

#[cfg(test)]
mod tests {
    use super::file_stem;

    #[test]
    fn file_names_keep_words_and_drop_everything_else() {
        for (name, stem) in [
            ("FY 2026 / Land", "FY-2026-Land"),
            ("  ../../etc/passwd", "etc-passwd"),
            ("海上 评估", "海上-评估"),
            ("<script>", "script"),
            ("", "assessment"),
            ("***", "assessment"),
        ] {
            assert_eq!(file_stem(name), stem, "{name:?}");
        }
    }
}
