//! The saved forms: an assessment, and the workspace index that lists them. Versioned DTOs,
//! separate from the in-memory types, so the model can change without breaking what users
//! have stored.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::assessment::{Assessment, Details, Response};
use super::json_error::JsonError;
use super::question_set::{ItemId, SetId};
use super::workspace::{AssessmentId, Entry, Workspace};

/// Identifies our documents among any JSON a user might hand us.
pub const KIND: &str = "att-diligence/assessment";
pub const WORKSPACE_KIND: &str = "att-diligence/workspace";
/// The saved-format version this build writes; it reads this one and refuses others.
pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Envelope {
    kind: String,
    version: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SavedV1 {
    #[allow(dead_code)] // checked by `check_envelope`
    kind: String,
    #[allow(dead_code)]
    version: u32,
    set: SetRef,
    #[serde(default)]
    details: Details,
    responses: BTreeMap<ItemId, Response>,
    #[serde(default)]
    created: String,
    #[serde(default)]
    modified: String,
}

/// The same shape, borrowed: saving runs on every keystroke, so it must not clone the answers.
#[derive(Serialize)]
struct SavedV1Ref<'a> {
    kind: &'a str,
    version: u32,
    set: SetRefRef<'a>,
    details: &'a Details,
    responses: &'a BTreeMap<ItemId, Response>,
    #[serde(skip_serializing_if = "str::is_empty")]
    created: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    modified: &'a str,
}

#[derive(Serialize)]
struct SetRefRef<'a> {
    id: &'a SetId,
    version: &'a str,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SetRef {
    id: SetId,
    version: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WorkspaceV1 {
    kind: String,
    version: u32,
    counter: u64,
    entries: Vec<Entry>,
    open: BTreeMap<SetId, AssessmentId>,
}

/// Why saved data could not be read. The user's current work is never touched by a failed
/// read: callers keep what they had.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LoadError {
    /// Not JSON, or not the shape of a saved assessment: where and what.
    Malformed(JsonError),
    /// JSON, but some other kind of document.
    NotAnAssessment,
    /// A saved-format version this build does not read (usually: saved by a newer widget).
    UnsupportedVersion(u32),
    /// Listed in an index, but not stored (written only in part, or removed by hand).
    Missing,
}

/// A stored setting other than an assessment, named when it cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SavedPart {
    /// The user's edits to the reference lists.
    ListEdits,
    /// The jurisdictions whose embargoes bind the user.
    Jurisdictions,
    /// The decisions on possible matches in party screening.
    PartyDecisions,
}

impl LoadError {
    /// The parser's text behind the message, for a collapsed "details" part.
    pub fn detail(&self) -> Option<String> {
        match self {
            LoadError::Malformed(e) => e.detail().map(str::to_owned),
            _ => None,
        }
    }

    /// serde_json's error reading `text` (which may not be JSON at all).
    pub fn reading(e: &serde_json::Error, text: &str) -> Self {
        LoadError::Malformed(JsonError::reading(e, text))
    }
}

fn check_envelope(text: &str, kind: &str) -> Result<(), LoadError> {
    let envelope: Envelope =
        serde_json::from_str(text).map_err(|e| LoadError::reading(&e, text))?;
    if envelope.kind != kind {
        return Err(LoadError::NotAnAssessment);
    }
    if envelope.version != VERSION {
        return Err(LoadError::UnsupportedVersion(envelope.version));
    }
    Ok(())
}

pub fn encode(a: &Assessment) -> String {
    let saved = SavedV1Ref {
        kind: KIND,
        version: VERSION,
        set: SetRefRef {
            id: &a.set_id,
            version: &a.set_version,
        },
        details: &a.details,
        responses: &a.responses,
        created: &a.created,
        modified: &a.modified,
    };
    // Serializing plain structs with string keys cannot fail.
    serde_json::to_string(&saved).unwrap_or_default()
}

pub fn decode(text: &str) -> Result<Assessment, LoadError> {
    check_envelope(text, KIND)?;
    // The envelope read the whole text: it is JSON, so what fails now is a field's shape.
    let saved: SavedV1 =
        serde_json::from_str(text).map_err(|e| LoadError::Malformed(JsonError::shape(&e, text)))?;
    Ok(Assessment {
        set_id: saved.set.id,
        set_version: saved.set.version,
        details: saved.details,
        responses: saved.responses,
        created: saved.created,
        modified: saved.modified,
    })
}

/// The workspace index: which assessments exist, their names, which is open. The assessments
/// themselves are saved one by one (see `encode`).
pub fn encode_index(w: &Workspace) -> String {
    let saved = WorkspaceV1 {
        kind: WORKSPACE_KIND.to_owned(),
        version: VERSION,
        counter: w.counter,
        entries: w.entries.clone(),
        open: w.open.clone(),
    };
    serde_json::to_string(&saved).unwrap_or_default()
}

/// Reads the index back; `load` fetches each listed assessment. Entries whose assessment is
/// missing are dropped; an unreadable one is returned as an error with its id, never guessed.
pub fn decode_index(
    text: &str,
    mut load: impl FnMut(&AssessmentId) -> Option<Result<Assessment, LoadError>>,
) -> Result<(Workspace, Vec<(AssessmentId, LoadError)>), LoadError> {
    check_envelope(text, WORKSPACE_KIND)?;
    let saved: WorkspaceV1 =
        serde_json::from_str(text).map_err(|e| LoadError::Malformed(JsonError::shape(&e, text)))?;
    let mut w = Workspace {
        counter: saved.counter,
        open: saved.open,
        ..Workspace::default()
    };
    let mut errors = Vec::new();
    for entry in saved.entries {
        match load(&entry.id) {
            Some(Ok(a)) => {
                w.assessments.insert(entry.id.clone(), std::rc::Rc::new(a));
                w.entries.push(entry);
            }
            Some(Err(e)) => errors.push((entry.id, e)),
            None => {}
        }
    }
    Ok((w, errors))
}
