//! The workspace in localStorage: an index, and each assessment under its own key, so an edit
//! writes one small value. Reading sets aside what it cannot read; writing writes only what
//! changed since the last write.

use std::rc::Rc;

use super::storage::{StorageError, Store};
use crate::core::question_set::QuestionSet;
use crate::core::saved::{self, LoadError};
use crate::core::workspace::{AssessmentId, Workspace};

const INDEX: &str = "workspace";

fn assessment_key(id: &AssessmentId) -> String {
    format!("assessment:{}", id.as_str())
}

/// What went wrong while reading, for the notice area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadProblem {
    Unavailable,
    Unreadable(LoadError),
}

/// A workspace as read, and as storage holds it (what the first save compares against, so
/// anything created or adopted while reading gets written).
#[derive(Debug, Clone)]
pub struct Loaded {
    pub workspace: Workspace,
    pub in_storage: Workspace,
    pub problems: Vec<ReadProblem>,
}

/// Reads the workspace. `programme_sets` get an assessment each if they have none; an
/// assessment saved before workspaces existed (under the set's id) is adopted.
pub fn load_workspace(
    store: &Store,
    programme_sets: &[&QuestionSet],
    default_name: &str,
) -> Loaded {
    let mut problems = Vec::new();
    let index = match store.get(INDEX) {
        Ok(v) => v,
        Err(_) => {
            problems.push(ReadProblem::Unavailable);
            None
        }
    };
    let mut workspace = Workspace::default();
    let mut had_index = false;
    if let Some(raw) = index {
        let read = |id: &AssessmentId| {
            let raw = store.get(&assessment_key(id)).ok().flatten()?;
            Some(saved::decode(&raw).inspect_err(|_| {
                let _ = store.quarantine(&assessment_key(id), &raw);
            }))
        };
        match saved::decode_index(&raw, read) {
            Ok((w, errors)) => {
                workspace = w;
                had_index = true;
                problems.extend(errors.into_iter().map(|(_, e)| ReadProblem::Unreadable(e)));
            }
            Err(e) => {
                let _ = store.quarantine(INDEX, &raw);
                problems.push(ReadProblem::Unreadable(e));
            }
        }
    }
    let in_storage = workspace.clone();
    for set in programme_sets {
        let legacy = if had_index {
            None
        } else {
            let key = format!("assessment:{}", set.id);
            match store
                .get(&key)
                .ok()
                .flatten()
                .map(|raw| (saved::decode(&raw), raw))
            {
                Some((Ok(a), _)) if a.set_id == set.id => Some(a),
                Some((Err(e), raw)) => {
                    let _ = store.quarantine(&key, &raw);
                    problems.push(ReadProblem::Unreadable(e));
                    None
                }
                _ => None,
            }
        };
        workspace.ensure(set, default_name, legacy);
    }
    Loaded {
        workspace,
        in_storage,
        problems,
    }
}

/// Writes what changed between `before` (what storage holds) and `after`: changed assessments
/// first, then the index, then removals, so a crash in between never loses an answer.
pub fn save_changes(
    store: &Store,
    before: &Workspace,
    after: &Workspace,
) -> Result<(), StorageError> {
    for (id, a) in &after.assessments {
        let unchanged = before.assessments.get(id).is_some_and(|b| Rc::ptr_eq(a, b));
        if !unchanged {
            store.set(&assessment_key(id), &saved::encode(a))?;
        }
    }
    let index_changed = before.entries != after.entries
        || before.open != after.open
        || before.counter != after.counter;
    if index_changed {
        store.set(INDEX, &saved::encode_index(after))?;
    }
    for id in before.assessments.keys() {
        if !after.assessments.contains_key(id) {
            store.remove(&assessment_key(id))?;
        }
    }
    Ok(())
}
