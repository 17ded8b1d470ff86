//! A programme self-assessment: the user's answers to one question set, and the one place
//! (`Assessment::apply`) where they change.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::question_set::{ItemId, QuestionSet, SetId};

/// Where the company stands on one measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    InPlace,
    PartlyInPlace,
    NotInPlace,
    NotApplicable,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::InPlace,
        Status::PartlyInPlace,
        Status::NotInPlace,
        Status::NotApplicable,
    ];

    /// The stable token used in element ids and files.
    pub fn token(self) -> &'static str {
        match self {
            Status::InPlace => "in_place",
            Status::PartlyInPlace => "partly_in_place",
            Status::NotInPlace => "not_in_place",
            Status::NotApplicable => "not_applicable",
        }
    }
}

/// What the user recorded against one item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Response {
    fn is_empty(&self) -> bool {
        self.status.is_none() && self.note.is_empty()
    }
}

/// Every change a user can make to an assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    SetStatus(ItemId, Status),
    SetNote(ItemId, String),
    Clear(ItemId),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub set_id: SetId,
    pub set_version: String,
    /// Keyed by item id, never by position, so answers survive a reordered or newer set.
    pub responses: BTreeMap<ItemId, Response>,
}

/// Answered items out of all items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl Assessment {
    pub fn new(set: &QuestionSet) -> Self {
        Self {
            set_id: set.id.clone(),
            set_version: set.version.clone(),
            responses: BTreeMap::new(),
        }
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetStatus(id, status) => {
                self.responses.entry(id).or_default().status = Some(status);
            }
            Action::SetNote(id, note) => {
                let response = self.responses.entry(id.clone()).or_default();
                response.note = note;
                if response.is_empty() {
                    self.responses.remove(&id);
                }
            }
            Action::Clear(id) => {
                self.responses.remove(&id);
            }
        }
    }

    pub fn status(&self, id: &ItemId) -> Option<Status> {
        self.responses.get(id).and_then(|r| r.status)
    }

    pub fn note(&self, id: &ItemId) -> &str {
        self.responses.get(id).map_or("", |r| r.note.as_str())
    }

    /// Progress over the items of `set` (answers to items the set no longer has do not count).
    pub fn progress(&self, set: &QuestionSet) -> Progress {
        let mut p = Progress {
            answered: 0,
            total: 0,
        };
        for item in set.items() {
            p.total += 1;
            if self.status(&item.id).is_some() {
                p.answered += 1;
            }
        }
        p
    }
}
