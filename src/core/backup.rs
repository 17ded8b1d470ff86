//! A full backup: one file with everything the browser keeps for the user (every assessment
//! and the register, as `getState` gives them; the list edits, the jurisdictions, the custom
//! question sets and the interface language), canonical and fingerprinted like the other
//! exports, and read back with every way it can be wrong named.
//!
//! Browser storage is the user's only copy of their work until they export; this file is the
//! copy they can carry to another browser. Reading it checks every part before the caller
//! writes anything.

use std::collections::HashSet;
use std::rc::Rc;

use serde::Serialize;
use serde_json::Value;

use super::custom::{self, CustomSetError};
use super::embargo::Jurisdictions;
use super::embed::{self, StateError, StateV1};
use super::export::{
    self, canonical, sha256_hex, ImportError, Imported, Integrity, WIDGET_VERSION,
};
use super::json_error::{Expected, JsonError, Kind as JsonKind};
use super::lists::{ListEdits, RefList, EDITS_KIND};
use super::question_set::{Lang, QuestionSet};
use super::register::{Register, RegisterAction, Screened};
use super::register_export;
use super::rules::{Engine, RuleSet};
use super::sources::Catalogue;

/// The largest backup read back: as large as the largest register file, which it contains.
pub const MAX_BYTES: usize = super::register_export::MAX_IMPORT_BYTES;

pub const KIND: &str = "att-diligence/backup";
/// The backup format this build writes and reads.
pub const FORMAT: u32 = 1;

/// The backup document, format 1, as written (borrowing its parts).
#[derive(Serialize)]
struct BackupV1<'a> {
    kind: &'static str,
    format: u32,
    widget: String,
    /// What `getState` returns: the language, every assessment and the register.
    state: &'a StateV1,
    lists: &'a ListEdits,
    /// The user's jurisdictions beyond the UN's (whose measures always count).
    jurisdictions: &'a [String],
    custom_sets: &'a [QuestionSet],
    #[serde(skip_serializing_if = "str::is_empty")]
    fingerprint: &'a str,
}

/// The backup file of `state` (`embed::state`) and the user's other stored choices: canonical
/// JSON, so backing up what was restored gives identical bytes.
pub fn backup(
    state: &StateV1,
    lists: &ListEdits,
    jurisdictions: &Jurisdictions,
    custom_sets: &[QuestionSet],
) -> String {
    // Stored edits the user never made read as empty: the one spelling of "no edits".
    let none = ListEdits::diff(&[], &[]);
    let lists = if lists.is_empty() { &none } else { lists };
    let mut doc = BackupV1 {
        kind: KIND,
        format: FORMAT,
        widget: format!("att-diligence {WIDGET_VERSION}"),
        state,
        lists,
        jurisdictions: jurisdictions.selected(),
        custom_sets,
        fingerprint: "",
    };
    let fingerprint = sha256_hex(canonical(&doc).as_bytes());
    doc.fingerprint = &fingerprint;
    canonical(&doc)
}

/// Whether the browser has promised to keep this site's storage (`navigator.storage`):
/// without that promise it may clear it to free space, and the work with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Persistence {
    /// Kept until the user clears it.
    Granted,
    /// Best effort: the browser may clear it under storage pressure.
    NotGranted,
    /// This browser cannot say (no Storage API here).
    Unsupported,
}

/// Why a backup could not be read. Nothing the user has is touched.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum BackupError {
    /// The file itself: too large, not text, not JSON, not a backup, newer, or malformed.
    File(ImportError),
    /// One document inside it.
    Part { part: Part, error: ImportError },
    /// A custom question set in it that this widget does not accept.
    CustomSet(CustomSetError),
}

/// A document inside a backup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The assessment at this index (from 0) in the backup's list.
    Assessment(usize),
    Register,
    Lists,
}

impl BackupError {
    /// The parser's text behind the message, for a collapsed "details" part.
    pub fn detail(&self) -> Option<String> {
        match self {
            BackupError::File(e) | BackupError::Part { error: e, .. } => e.detail(),
            BackupError::CustomSet(e) => e.detail(),
        }
    }
}

/// What the widget needs to check a backup against: its own content.
pub struct Context<'a> {
    /// The built-in question sets (the backup's custom sets are added to them).
    pub sets: &'a [QuestionSet],
    pub catalogue: &'a Catalogue,
    pub rules: &'a RuleSet,
    /// The built-in reference lists (the backup's edits are applied to them).
    pub lists: &'a [RefList],
}

/// A backup as read and checked, ready to be written to storage.
#[derive(Debug, Clone)]
pub struct Restored {
    pub integrity: Integrity,
    /// `None` for a language this build does not have (the current one is kept).
    pub lang: Option<Lang>,
    pub assessments: Vec<Imported>,
    /// `None` when the backup holds no register (the one in storage is kept).
    pub register: Option<Register>,
    pub lists: ListEdits,
    pub jurisdictions: Jurisdictions,
    pub custom_sets: Vec<QuestionSet>,
}

impl Restored {
    pub fn shipments(&self) -> usize {
        self.register.as_ref().map_or(0, |r| r.entries.len())
    }
}

/// A field of the backup itself that is wrong.
fn malformed(path: &str, kind: JsonKind) -> BackupError {
    BackupError::File(ImportError::Malformed(JsonError::at(path, kind)))
}

/// Reads a backup from the raw bytes of a file and checks every part against `cx`.
pub fn read(bytes: &[u8], cx: &Context<'_>) -> Result<Restored, BackupError> {
    // A backup holds the whole register: it is read back up to the register file's size.
    if bytes.len() > MAX_BYTES {
        return Err(BackupError::File(ImportError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_BYTES,
        }));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        BackupError::File(ImportError::NotText {
            offset: e.valid_up_to(),
        })
    })?;
    // serde_json refuses nesting deeper than 128, so hostile input is an error, not a crash.
    let text = text.trim_start_matches('\u{feff}');
    let mut value: Value = serde_json::from_str(text)
        .map_err(|e| BackupError::File(ImportError::NotJson(JsonError::reading(&e, text))))?;
    if value.get("kind").and_then(Value::as_str) != Some(KIND) {
        return Err(BackupError::File(ImportError::NotAnExport));
    }
    let format = value.get("format").and_then(Value::as_u64).unwrap_or(0);
    if format > u64::from(FORMAT) {
        return Err(BackupError::File(ImportError::NewerFormat(
            u32::try_from(format).unwrap_or(u32::MAX),
        )));
    }
    let Some(object) = value.as_object_mut() else {
        return Err(BackupError::File(ImportError::NotAnExport));
    };
    let fingerprint = object.remove("fingerprint");
    let integrity = match &fingerprint {
        None | Some(Value::Null) => Integrity::Unsigned,
        Some(Value::String(f)) => Integrity::of(f, || sha256_hex(canonical(&value).as_bytes())),
        Some(_) => Integrity::Altered,
    };
    for name in value.as_object().into_iter().flat_map(|o| o.keys()) {
        const FIELDS: [&str; 7] = [
            "kind",
            "format",
            "widget",
            "state",
            "lists",
            "jurisdictions",
            "custom_sets",
        ];
        if !FIELDS.contains(&name.as_str()) {
            return Err(malformed(name, JsonKind::UnknownField));
        }
    }

    let custom_sets = match value.get("custom_sets") {
        None | Some(Value::Null) => Vec::new(),
        Some(v @ Value::Array(_)) => {
            let (sets, errors) = custom::decode_stored(&v.to_string(), cx.catalogue);
            if let Some(e) = errors.into_iter().next() {
                return Err(BackupError::CustomSet(e));
            }
            sets
        }
        Some(_) => return Err(malformed("custom_sets", JsonKind::Expected(Expected::List))),
    };
    let lists = match value.get("lists") {
        None | Some(Value::Null) => ListEdits::diff(&[], &[]),
        Some(v) => {
            let part = |error| BackupError::Part {
                part: Part::Lists,
                error,
            };
            // From text, not `Value`: one deserializer per type in the bundle.
            let text = v.to_string();
            let edits: ListEdits = serde_json::from_str(&text).map_err(|e| {
                part(ImportError::Malformed(
                    JsonError::shape(&e, &text).reserialized(),
                ))
            })?;
            if edits.kind != EDITS_KIND {
                return Err(part(ImportError::NotAnExport));
            }
            if edits.version > 1 {
                return Err(part(ImportError::NewerFormat(edits.version)));
            }
            edits
        }
    };
    let jurisdictions = match value.get("jurisdictions") {
        None | Some(Value::Null) => Jurisdictions::default(),
        Some(v) => {
            let text = v.to_string();
            Jurisdictions::new(serde_json::from_str::<Vec<String>>(&text).map_err(|e| {
                let e = JsonError::shape(&e, &text)
                    .reserialized()
                    .within("jurisdictions");
                BackupError::File(ImportError::Malformed(e))
            })?)
        }
    };
    let state = value
        .get("state")
        .ok_or_else(|| malformed("state", JsonKind::Missing))?;
    let lang = state
        .get("lang")
        .and_then(Value::as_str)
        .and_then(Lang::from_tag);
    let incoming = embed::split_state(state).map_err(|e| match e {
        StateError::NotAState => malformed("state.kind", JsonKind::Invalid),
        StateError::NewerFormat(v) => BackupError::File(ImportError::NewerFormat(
            u32::try_from(v).unwrap_or(u32::MAX),
        )),
        StateError::Malformed(part) => {
            malformed(&format!("state.{part}"), JsonKind::Expected(Expected::List))
        }
    })?;

    let mut sets: Vec<QuestionSet> = cx.sets.to_vec();
    sets.extend(custom_sets.iter().cloned());
    let assessments = incoming
        .assessments
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(i, doc)| {
            export::import(doc, &sets).map_err(|error| BackupError::Part {
                part: Part::Assessment(i),
                error: error.reserialized(),
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let register = match incoming.register {
        None => None,
        Some(doc) => {
            let lists_now = lists.apply(cx.lists);
            let engine = Engine::new(cx.rules, &lists_now, &jurisdictions);
            let (shipments, _) =
                register_export::import(&doc, &engine).map_err(|error| BackupError::Part {
                    part: Part::Register,
                    error: error.reserialized(),
                })?;
            Some(register_of(shipments, &engine))
        }
    };
    Ok(Restored {
        integrity,
        lang,
        assessments,
        register,
        lists,
        jurisdictions,
        custom_sets,
    })
}

/// The register with the shipments' own ids, so a restored register is the one backed up
/// (and a reference to `s12` in an auditor's notes still finds it). Ids that are missing or
/// repeated (a file edited by hand) are given anew instead.
fn register_of(shipments: Vec<Screened>, engine: &Engine<'_>) -> Register {
    let mut seen = HashSet::new();
    let own_ids = shipments
        .iter()
        .all(|s| !s.id.is_empty() && seen.insert(s.id.clone()));
    if !own_ids {
        let mut r = Register::default();
        r.apply(RegisterAction::Append(shipments), engine);
        return r;
    }
    let counter = shipments
        .iter()
        .filter_map(|s| s.id.strip_prefix('s')?.parse::<u64>().ok())
        .max()
        .unwrap_or(0)
        .max(shipments.len() as u64);
    Register {
        entries: shipments.into_iter().map(Rc::new).collect(),
        counter,
    }
}

/// What the user keeps in the browser, as far as reminding them to back it up goes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WorkSummary {
    /// Items answered, over every assessment.
    pub answered: usize,
    pub shipments: usize,
    /// The earliest `created` and latest `modified` of the assessments (ISO 8601).
    pub first_created: Option<String>,
    pub last_modified: Option<String>,
}

/// Work worth keeping: twenty things the user entered (answers and shipments together). That
/// is about a section of the programme checklist, or the first batch import of a client's
/// file, which crosses it at once; below it, losing the work costs minutes. The browser is
/// asked to keep the data (once, automatically) when the work first reaches it.
pub const SUBSTANTIAL: usize = 20;

impl WorkSummary {
    pub fn is_empty(&self) -> bool {
        self.answered == 0 && self.shipments == 0
    }

    pub fn is_substantial(&self) -> bool {
        self.answered + self.shipments >= SUBSTANTIAL
    }
}

/// A week: how long work may live only in the browser before the widget reminds the user.
pub const REMIND_AFTER_SECONDS: i64 = 7 * 24 * 3600;

/// Where the reminder to back up shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reminder {
    /// In the "Your data" panel: work not in any file, and no backup for a week (or ever).
    pub panel: bool,
    /// Once as a notice: the same, and the work itself at least a week old, so nobody is
    /// nagged minutes after starting.
    pub notice: bool,
}

/// Whether to remind, from the last backup or export (`last_backup`, ISO 8601) and `now`.
/// Shipments carry no time of change, so a register counts as changed since any backup.
pub fn reminder(last_backup: Option<&str>, now: &str, work: &WorkSummary) -> Reminder {
    let Some(now) = seconds(now) else {
        return Reminder::default();
    };
    let older_than_a_week =
        |iso: &str| seconds(iso).is_some_and(|t| now - t > REMIND_AFTER_SECONDS);
    let last = last_backup.filter(|l| seconds(l).is_some());
    let unsaved = !work.is_empty()
        && match last {
            None => true,
            Some(l) => work.shipments > 0 || work.last_modified.as_deref().is_some_and(|m| m > l),
        };
    let panel = unsaved && last.is_none_or(older_than_a_week);
    let notice = panel
        && match last {
            Some(_) => true,
            None => work.first_created.as_deref().is_some_and(older_than_a_week),
        };
    Reminder { panel, notice }
}

/// Seconds since 1970 of `YYYY-MM-DDTHH:MM:SSZ` (what the widget stores), or of a bare date.
pub fn seconds(iso: &str) -> Option<i64> {
    let num = |s: Option<&str>| s?.parse::<i64>().ok();
    let (date, time) = iso
        .trim()
        .split_once('T')
        .unwrap_or((iso.trim(), "00:00:00Z"));
    let mut d = date.splitn(3, '-');
    let (y, m, day) = (num(d.next())?, num(d.next())?, num(d.next())?);
    let time = time.trim_end_matches('Z');
    let time = time.split_once('.').map_or(time, |(s, _)| s);
    let mut t = time.splitn(3, ':');
    let (h, min, s) = (num(t.next())?, num(t.next())?, num(t.next()).unwrap_or(0));
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) || h > 23 || min > 59 || s > 60 {
        return None;
    }
    // Days from the civil date (Howard Hinnant's algorithm), proleptic Gregorian.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + h * 3600 + min * 60 + s)
}
