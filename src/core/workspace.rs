//! Several assessments side by side (one per business unit, per year...): create, open,
//! rename, duplicate, delete, and edit the open one, all through `Workspace::apply`.
//!
//! Assessments are held as `Rc` so a change replaces only the one edited: the saving effect
//! writes exactly the assessments whose pointer changed.

use std::collections::BTreeMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::assessment::{Action, Assessment};
use super::question_set::{QuestionSet, SetId};

/// Identifies an assessment in storage and in exports; never reused within a workspace.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AssessmentId(pub String);

impl AssessmentId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// How an assessment is listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: AssessmentId,
    pub name: String,
    pub set: SetId,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Workspace {
    /// In the order the user sees them.
    pub entries: Vec<Entry>,
    pub assessments: BTreeMap<AssessmentId, Rc<Assessment>>,
    /// The open assessment of each set.
    pub open: BTreeMap<SetId, AssessmentId>,
    /// Source of new ids; only ever grows, so a deleted id is never handed out again.
    pub counter: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkspaceAction {
    /// A new, empty assessment of `set`, opened.
    Create {
        set: SetId,
        version: String,
        name: String,
    },
    Open(AssessmentId),
    Rename(AssessmentId, String),
    /// A copy of an assessment (answers and details), opened.
    Duplicate(AssessmentId, String),
    /// Removes an assessment; the UI asks for confirmation first.
    Delete(AssessmentId),
    Edit(AssessmentId, Action),
    /// An imported assessment: replaces `replace` (keeping its place and id) or, when `None`,
    /// is added as a new one. Either way it is opened.
    Import {
        name: String,
        assessment: Assessment,
        replace: Option<AssessmentId>,
    },
}

impl Workspace {
    /// Whether `set` has any assessment.
    pub fn has_set(&self, set: &SetId) -> bool {
        self.entries.iter().any(|e| &e.set == set)
    }

    /// Makes sure `set` has at least one assessment and an open one. (Assessments found in
    /// storage are listed first, with `adopt`.)
    pub fn ensure(&mut self, set: &QuestionSet, name: &str) {
        if !self.has_set(&set.id) {
            let (id, assessment) = (self.new_id(&set.id), Assessment::new(set));
            self.entries.push(Entry {
                id: id.clone(),
                name: name.to_owned(),
                set: set.id.clone(),
            });
            self.assessments.insert(id, Rc::new(assessment));
        }
        let open_is_valid = self
            .open
            .get(&set.id)
            .is_some_and(|id| self.assessments.contains_key(id));
        if !open_is_valid {
            if let Some(first) = self.entries.iter().find(|e| e.set == set.id) {
                self.open.insert(set.id.clone(), first.id.clone());
            }
        }
    }

    pub fn entries_of<'a>(&'a self, set: &'a SetId) -> impl Iterator<Item = &'a Entry> {
        self.entries.iter().filter(move |e| &e.set == set)
    }

    pub fn open_of(&self, set: &SetId) -> Option<(&Entry, &Rc<Assessment>)> {
        let id = self.open.get(set)?;
        let entry = self.entries.iter().find(|e| &e.id == id)?;
        Some((entry, self.assessments.get(id)?))
    }

    /// Lists an assessment found in storage without an index entry, under its stored id.
    pub fn adopt(&mut self, id: AssessmentId, name: String, assessment: Assessment) {
        if self.assessments.contains_key(&id) {
            return;
        }
        let set = assessment.set_id.clone();
        self.open.entry(set.clone()).or_insert_with(|| id.clone());
        self.entries.push(Entry {
            id: id.clone(),
            name,
            set,
        });
        self.assessments.insert(id, Rc::new(assessment));
    }

    /// Raises the id counter past `n`, so ids found in storage are never handed out again.
    pub fn reserve(&mut self, n: u64) {
        self.counter = self.counter.max(n);
    }

    fn new_id(&mut self, set: &SetId) -> AssessmentId {
        loop {
            self.counter += 1;
            let id = AssessmentId(format!("{set}-{}", self.counter));
            if !self.assessments.contains_key(&id) {
                return id;
            }
        }
    }

    pub fn apply(&mut self, action: WorkspaceAction) {
        match action {
            WorkspaceAction::Create { set, version, name } => {
                let id = self.new_id(&set);
                let assessment = Assessment::blank(set.clone(), version);
                self.insert(Entry { id, name, set }, assessment);
            }
            WorkspaceAction::Open(id) => {
                if let Some(e) = self.entries.iter().find(|e| e.id == id) {
                    self.open.insert(e.set.clone(), id);
                }
            }
            WorkspaceAction::Rename(id, name) => {
                if let Some(e) = self.entries.iter_mut().find(|e| e.id == id) {
                    e.name = name;
                }
            }
            WorkspaceAction::Duplicate(from, name) => {
                let Some(entry) = self.entries.iter().find(|e| e.id == from).cloned() else {
                    return;
                };
                let Some(copy) = self.assessments.get(&from).map(|a| (**a).clone()) else {
                    return;
                };
                let id = self.new_id(&entry.set);
                self.insert(
                    Entry {
                        id,
                        name,
                        set: entry.set,
                    },
                    copy,
                );
            }
            WorkspaceAction::Delete(id) => {
                let Some(pos) = self.entries.iter().position(|e| e.id == id) else {
                    return;
                };
                let entry = self.entries.remove(pos);
                let removed = self.assessments.remove(&id);
                let set = entry.set.clone();
                match self.entries.iter().find(|e| e.set == set) {
                    Some(next) => {
                        if self.open.get(&set) == Some(&id) {
                            self.open.insert(set, next.id.clone());
                        }
                    }
                    // A set always has an assessment to work in: the last one deleted leaves a
                    // blank one of the same name in its place (under a new id).
                    None => {
                        let version = removed.map(|a| a.set_version.clone()).unwrap_or_default();
                        let fresh = Assessment::blank(set.clone(), version);
                        let new_id = self.new_id(&set);
                        self.insert(
                            Entry {
                                id: new_id,
                                name: entry.name,
                                set,
                            },
                            fresh,
                        );
                    }
                }
            }
            WorkspaceAction::Edit(id, action) => {
                if let Some(a) = self.assessments.get_mut(&id) {
                    Rc::make_mut(a).apply(action);
                }
            }
            WorkspaceAction::Import {
                name,
                assessment,
                replace: Some(id),
            } if self.assessments.contains_key(&id) => {
                if let Some(e) = self.entries.iter_mut().find(|e| e.id == id) {
                    if !name.is_empty() {
                        e.name = name;
                    }
                    e.set = assessment.set_id.clone();
                    self.open.insert(e.set.clone(), id.clone());
                }
                self.assessments.insert(id, Rc::new(assessment));
            }
            WorkspaceAction::Import {
                name, assessment, ..
            } => {
                let set = assessment.set_id.clone();
                let id = self.new_id(&set);
                self.insert(Entry { id, name, set }, assessment);
            }
        }
    }

    /// Records that assessment `id` changed at `now` (ISO 8601); `fresh`: it was just created
    /// (or duplicated), so that is its creation time too.
    pub fn stamp(&mut self, id: &AssessmentId, now: &str, fresh: bool) {
        if let Some(a) = self.assessments.get_mut(id) {
            let a = Rc::make_mut(a);
            if fresh || a.created.is_empty() {
                a.created = now.to_owned();
            }
            a.modified = now.to_owned();
        }
    }

    fn insert(&mut self, entry: Entry, assessment: Assessment) {
        self.open.insert(entry.set.clone(), entry.id.clone());
        self.assessments
            .insert(entry.id.clone(), Rc::new(assessment));
        self.entries.push(entry);
    }
}
