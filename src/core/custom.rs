//! Loading a question set a user supplies at run time, with the same rules as the built-in ones
//! and errors that say which item and which field is wrong.
//!
//! serde alone reports "missing field `zh` at line 212 column 7"; parsing item by item lets the
//! message name the item and the field in it (`title.zh`), which is what an author can act on.

use serde_json::Value;

use super::json_error::JsonError;

use super::question_set::{Item, QuestionSet, FORMAT_VERSION};
use super::sources::Catalogue;
use super::validate::{validate, Location, Problem, SectionRef};

/// Custom sets larger than this are refused before parsing (a checklist is kilobytes).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CustomSetError {
    TooLarge {
        bytes: usize,
    },
    /// Not JSON at all: where the text breaks, or that it is cut off.
    NotJson(JsonError),
    /// The format version is missing or not one this build reads.
    UnsupportedFormat(Option<u64>),
    /// JSON of the wrong shape; `location` names the item where it is known, and `error` the
    /// field in it (its path from the item, or from the set when no item is to blame).
    Shape {
        location: Location,
        error: JsonError,
    },
    /// Well-formed, but breaks content rules.
    Invalid(Vec<Problem>),
}

impl CustomSetError {
    /// The parser's text behind the message, for a collapsed "details" part.
    pub fn detail(&self) -> Option<String> {
        match self {
            CustomSetError::NotJson(e) | CustomSetError::Shape { error: e, .. } => {
                e.detail().map(str::to_owned)
            }
            _ => None,
        }
    }
}

/// Finds the first item that does not deserialize and names it.
fn locate_shape_error(root: &Value) -> Option<CustomSetError> {
    let sections = root.get("sections")?.as_array()?;
    for (si, section) in sections.iter().enumerate() {
        // Structured, not words: each language says "section" its own way (`i18n`).
        let section_ref = section
            .get("id")
            .and_then(Value::as_str)
            .map_or(SectionRef::At(si + 1), |id| SectionRef::Id(id.to_owned()));
        let Some(items) = section.get("items").and_then(Value::as_array) else {
            continue;
        };
        for (ii, item) in items.iter().enumerate() {
            let text = item.to_string();
            if let Err(e) = serde_json::from_str::<Item>(&text) {
                let location = match item.get("id").and_then(Value::as_str) {
                    Some(id) => Location::Item(id.to_owned()),
                    None => Location::ItemAt {
                        section: section_ref,
                        position: ii + 1,
                    },
                };
                return Some(CustomSetError::Shape {
                    location,
                    error: JsonError::shape(&e, &text).reserialized(),
                });
            }
        }
    }
    None
}

/// Parses and validates a custom question set.
pub fn load(json: &str, catalogue: &Catalogue) -> Result<QuestionSet, CustomSetError> {
    if json.len() > MAX_BYTES {
        return Err(CustomSetError::TooLarge { bytes: json.len() });
    }
    // serde_json limits nesting depth (128), so hostile deep input is an error, not a crash.
    let root: Value = serde_json::from_str(json)
        .map_err(|e| CustomSetError::NotJson(JsonError::reading(&e, json)))?;
    match root.get("format").and_then(Value::as_u64) {
        Some(v) if v == u64::from(FORMAT_VERSION) => {}
        other => return Err(CustomSetError::UnsupportedFormat(other)),
    }
    // From the text again, not from `root`: one deserializer per type in the bundle (the
    // built-in content is read from text too), for the price of parsing a custom set twice.
    let set: QuestionSet = match serde_json::from_str(json) {
        Ok(set) => set,
        Err(e) => {
            return Err(locate_shape_error(&root).unwrap_or(CustomSetError::Shape {
                location: Location::Set,
                error: JsonError::shape(&e, json),
            }))
        }
    };
    let problems = validate(&set, catalogue);
    if problems.is_empty() {
        Ok(set)
    } else {
        Err(CustomSetError::Invalid(problems))
    }
}

/// The stored list of a user's custom sets (one storage value holding them all).
pub fn encode_stored(sets: &[QuestionSet]) -> String {
    // Plain data with string keys: serializing cannot fail.
    serde_json::to_string(sets).unwrap_or_else(|_| "[]".to_owned())
}

/// Reads the stored list back, re-checking each set (the rules may have tightened since it was
/// stored). Sets that no longer pass are returned as errors, never silently dropped.
pub fn decode_stored(text: &str, catalogue: &Catalogue) -> (Vec<QuestionSet>, Vec<CustomSetError>) {
    let values: Vec<Value> = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let e = JsonError::reading(&e, text);
            return (Vec::new(), vec![CustomSetError::NotJson(e)]);
        }
    };
    let mut sets = Vec::new();
    let mut errors = Vec::new();
    for v in values {
        match load(&v.to_string(), catalogue) {
            Ok(set) => sets.push(set),
            Err(e) => errors.push(e),
        }
    }
    (sets, errors)
}
