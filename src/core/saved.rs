//! The saved form of an assessment: a versioned DTO, separate from the in-memory type, so the
//! model can change without breaking what users have stored.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::assessment::{Assessment, Response};
use super::question_set::{ItemId, SetId};

/// Identifies our documents among any JSON a user might hand us.
pub const KIND: &str = "att-diligence/assessment";
/// The saved-format version this build writes; it reads this one and refuses newer ones.
pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Envelope {
    kind: String,
    version: u32,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SavedV1 {
    kind: String,
    version: u32,
    set: SetRef,
    responses: BTreeMap<ItemId, Response>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SetRef {
    id: SetId,
    version: String,
}

/// Why a saved assessment could not be read. The user's current work is never touched by a
/// failed read: callers keep what they had.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LoadError {
    /// Not JSON, or not the shape of a saved assessment; carries the parser's detail.
    Malformed(String),
    /// JSON, but some other kind of document.
    NotAnAssessment,
    /// A saved-format version this build does not read (usually: saved by a newer widget).
    UnsupportedVersion(u32),
}

pub fn encode(a: &Assessment) -> String {
    let saved = SavedV1 {
        kind: KIND.to_owned(),
        version: VERSION,
        set: SetRef {
            id: a.set_id.clone(),
            version: a.set_version.clone(),
        },
        responses: a.responses.clone(),
    };
    // Serializing plain structs with string keys cannot fail.
    serde_json::to_string(&saved).unwrap_or_default()
}

pub fn decode(text: &str) -> Result<Assessment, LoadError> {
    let envelope: Envelope =
        serde_json::from_str(text).map_err(|e| LoadError::Malformed(e.to_string()))?;
    if envelope.kind != KIND {
        return Err(LoadError::NotAnAssessment);
    }
    if envelope.version != VERSION {
        return Err(LoadError::UnsupportedVersion(envelope.version));
    }
    let saved: SavedV1 =
        serde_json::from_str(text).map_err(|e| LoadError::Malformed(e.to_string()))?;
    Ok(Assessment {
        set_id: saved.set.id,
        set_version: saved.set.version,
        responses: saved.responses,
    })
}
