//! A programme self-assessment: its details, the user's answers to one question set, and the
//! one place (`Assessment::apply`) where they change.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::question_set::{ItemId, QuestionSet, SectionId, SetId};

/// Where the company stands on one measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    InPlace,
    PartlyInPlace,
    NotInPlace,
    NotApplicable,
    /// "Not sure": the assessor could not say where the company stands. Not an answer but a
    /// gap to investigate (in the action plan, never counted as answered). Added after the
    /// four definite statuses; its token is `unsure`, which files from older widgets lack.
    Unsure,
}

impl Status {
    /// In the order the radios show them: the four definite answers, then "not sure".
    pub const ALL: [Status; 5] = [
        Status::InPlace,
        Status::PartlyInPlace,
        Status::NotInPlace,
        Status::NotApplicable,
        Status::Unsure,
    ];

    /// The stable token used in element ids and files.
    pub fn token(self) -> &'static str {
        match self {
            Status::InPlace => "in_place",
            Status::PartlyInPlace => "partly_in_place",
            Status::NotInPlace => "not_in_place",
            Status::NotApplicable => "not_applicable",
            Status::Unsure => "unsure",
        }
    }

    /// A gap belongs in the action plan: a measure not (fully) in place, or one nobody could
    /// say is in place ("not sure", to investigate).
    pub fn is_gap(self) -> bool {
        matches!(
            self,
            Status::PartlyInPlace | Status::NotInPlace | Status::Unsure
        )
    }

    /// A definite answer: every status but "not sure". Only a definite answer makes an item
    /// *answered* (progress, the "unanswered" filter); "not sure" leaves it open.
    pub fn is_definite(self) -> bool {
        self != Status::Unsure
    }
}

/// Where the evidence for an answer is: a reference, never the document itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub document: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub location: String,
}

impl Evidence {
    pub fn is_empty(&self) -> bool {
        self.document.is_empty() && self.date.is_empty() && self.location.is_empty()
    }
}

/// What the user recorded against one item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Evidence::is_empty")]
    pub evidence: Evidence,
    /// For a gap: who closes it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// For a gap: by when (ISO date, as the date input gives it).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub due: String,
}

impl Response {
    fn is_empty(&self) -> bool {
        self.status.is_none()
            && self.note.is_empty()
            && self.evidence.is_empty()
            && self.owner.is_empty()
            && self.due.is_empty()
    }
}

/// The free-text fields of a response, so one action can set any of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Note,
    EvidenceDocument,
    EvidenceDate,
    EvidenceLocation,
    Owner,
    Due,
}

impl Field {
    pub const ALL: [Field; 6] = [
        Field::Note,
        Field::EvidenceDocument,
        Field::EvidenceDate,
        Field::EvidenceLocation,
        Field::Owner,
        Field::Due,
    ];

    /// The stable token in its input's element id (`<item>-<token>`) and its
    /// `att-field-<token>` class (labels, stylesheets and end-to-end tests use them).
    pub fn token(self) -> &'static str {
        match self {
            Field::Note => "note",
            Field::EvidenceDocument => "evidencedocument",
            Field::EvidenceDate => "evidencedate",
            Field::EvidenceLocation => "evidencelocation",
            Field::Owner => "owner",
            Field::Due => "due",
        }
    }

    pub fn get(self, r: &Response) -> &str {
        match self {
            Field::Note => &r.note,
            Field::EvidenceDocument => &r.evidence.document,
            Field::EvidenceDate => &r.evidence.date,
            Field::EvidenceLocation => &r.evidence.location,
            Field::Owner => &r.owner,
            Field::Due => &r.due,
        }
    }

    fn slot(self, r: &mut Response) -> &mut String {
        match self {
            Field::Note => &mut r.note,
            Field::EvidenceDocument => &mut r.evidence.document,
            Field::EvidenceDate => &mut r.evidence.date,
            Field::EvidenceLocation => &mut r.evidence.location,
            Field::Owner => &mut r.owner,
            Field::Due => &mut r.due,
        }
    }
}

/// Who assessed what, when: printed at the top of every report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Details {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub assessor: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub scope: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailField {
    Organisation,
    Assessor,
    Date,
    Scope,
}

impl DetailField {
    pub const ALL: [DetailField; 4] = [
        DetailField::Organisation,
        DetailField::Assessor,
        DetailField::Date,
        DetailField::Scope,
    ];

    /// The stable token in its input's element id (`<instance>-detail-<token>`).
    pub fn token(self) -> &'static str {
        match self {
            DetailField::Organisation => "organisation",
            DetailField::Assessor => "assessor",
            DetailField::Date => "date",
            DetailField::Scope => "scope",
        }
    }

    pub fn get(self, d: &Details) -> &str {
        match self {
            DetailField::Organisation => &d.organisation,
            DetailField::Assessor => &d.assessor,
            DetailField::Date => &d.date,
            DetailField::Scope => &d.scope,
        }
    }

    fn slot(self, d: &mut Details) -> &mut String {
        match self {
            DetailField::Organisation => &mut d.organisation,
            DetailField::Assessor => &mut d.assessor,
            DetailField::Date => &mut d.date,
            DetailField::Scope => &mut d.scope,
        }
    }
}

/// Every change a user can make to an assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    SetStatus(ItemId, Status),
    SetText(ItemId, Field, String),
    Clear(ItemId),
    SetDetail(DetailField, String),
    /// The user has seen what changed in a newer set version; answers of retired items stay.
    AcknowledgeVersion(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub set_id: SetId,
    /// The set version the answers were last given against.
    pub set_version: String,
    pub details: Details,
    /// Keyed by item id, never by position, so answers survive a reordered or newer set.
    pub responses: BTreeMap<ItemId, Response>,
    /// When it was created and last changed (ISO 8601, UTC), stamped by the caller: the core
    /// has no clock.
    pub created: String,
    pub modified: String,
}

/// Answered items out of all items. An item is answered when it has a definite status
/// (`Status::is_definite`): "not sure" does not count, it is a gap to investigate.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl Progress {
    pub fn is_complete(self) -> bool {
        self.answered == self.total
    }
}

impl Assessment {
    pub fn new(set: &QuestionSet) -> Self {
        Self::blank(set.id.clone(), set.version.clone())
    }

    /// An empty assessment of set `set_id` at `set_version`.
    pub fn blank(set_id: SetId, set_version: String) -> Self {
        Self {
            set_id,
            set_version,
            details: Details::default(),
            responses: BTreeMap::new(),
            created: String::new(),
            modified: String::new(),
        }
    }

    pub fn apply(&mut self, action: Action) {
        match action {
            Action::SetStatus(id, status) => {
                self.responses.entry(id).or_default().status = Some(status);
            }
            Action::SetText(id, field, value) => {
                let response = self.responses.entry(id.clone()).or_default();
                *field.slot(response) = value;
                if response.is_empty() {
                    self.responses.remove(&id);
                }
            }
            Action::Clear(id) => {
                self.responses.remove(&id);
            }
            Action::SetDetail(field, value) => *field.slot(&mut self.details) = value,
            Action::AcknowledgeVersion(version) => self.set_version = version,
        }
    }

    pub fn response(&self, id: &ItemId) -> Option<&Response> {
        self.responses.get(id)
    }

    pub fn status(&self, id: &ItemId) -> Option<Status> {
        self.responses.get(id).and_then(|r| r.status)
    }

    /// Whether `id` has a definite answer (any status but "not sure").
    pub fn is_answered(&self, id: &ItemId) -> bool {
        self.status(id).is_some_and(Status::is_definite)
    }

    /// Progress over the items of `set` (answers to items the set no longer has do not count).
    pub fn progress(&self, set: &QuestionSet) -> Progress {
        self.progress_of(set.items().map(|i| &i.id))
    }

    /// Progress over one section of `set`.
    pub fn section_progress(&self, set: &QuestionSet, section: &SectionId) -> Progress {
        let items = set.sections.iter().filter(|s| &s.id == section);
        self.progress_of(items.flat_map(|s| s.items.iter().map(|i| &i.id)))
    }

    /// Progress of every section of `set`, in order, in one pass.
    pub fn progress_by_section(&self, set: &QuestionSet) -> Vec<Progress> {
        set.sections
            .iter()
            .map(|s| self.progress_of(s.items.iter().map(|i| &i.id)))
            .collect()
    }

    fn progress_of<'a>(&self, ids: impl Iterator<Item = &'a ItemId>) -> Progress {
        ids.fold(Progress::default(), |mut p, id| {
            p.total += 1;
            if self.is_answered(id) {
                p.answered += 1;
            }
            p
        })
    }
}

/// `ours` (this tab's `base` with its changes) applied onto `theirs` (what storage holds now,
/// written by another tab since `base`): item by item, this tab's changed responses and details
/// win, and everything else another tab wrote is kept. Two people answering different items of
/// one assessment in two tabs both keep their answers.
pub fn merge(theirs: &Assessment, base: &Assessment, ours: &Assessment) -> Assessment {
    let mut merged = theirs.clone();
    let ids: std::collections::BTreeSet<&ItemId> =
        base.responses.keys().chain(ours.responses.keys()).collect();
    for id in ids {
        let (b, o) = (base.responses.get(id), ours.responses.get(id));
        if b != o {
            match o {
                Some(r) => merged.responses.insert(id.clone(), r.clone()),
                None => merged.responses.remove(id),
            };
        }
    }
    if base.details != ours.details {
        merged.details = ours.details.clone();
    }
    if base.set_version != ours.set_version {
        merged.set_version = ours.set_version.clone();
    }
    merged.modified = theirs.modified.clone().max(ours.modified.clone());
    merged
}
