//! What an assessment adds up to: progress per section, the gaps as an action plan, what was
//! marked not applicable and why, and what changed since the set version it was answered on.
//!
//! "Answered" means a definite status (`Status::is_definite`). A "not sure" answer is not one:
//! it is left out of progress, shown by the "unanswered" filter, and listed in the action plan
//! as a gap to investigate, counted apart from the known gaps.

use super::assessment::{Assessment, Progress, Response, Status};
use super::question_set::{ItemId, QuestionSet, SectionId};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionSummary {
    pub section: SectionId,
    pub progress: Progress,
    /// Measures known not to be (fully) in place.
    pub gaps: usize,
    /// "Not sure" answers: gaps to investigate, in the action plan too, counted apart.
    pub to_investigate: usize,
}

/// One line of the action plan: a known gap, or a "not sure" answer to investigate
/// (`is_to_investigate`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    pub section: SectionId,
    pub item: ItemId,
    pub status: Status,
    pub owner: String,
    pub due: String,
    pub note: String,
}

impl Gap {
    /// Not a known gap but a "not sure" answer: find out where the company stands.
    pub fn is_to_investigate(&self) -> bool {
        self.status == Status::Unsure
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotApplicable {
    pub item: ItemId,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub overall: Progress,
    pub sections: Vec<SectionSummary>,
    /// Gaps with a due date first, earliest first; then undated ones in checklist order.
    pub gaps: Vec<Gap>,
    pub not_applicable: Vec<NotApplicable>,
}

pub fn summarize(set: &QuestionSet, a: &Assessment) -> Summary {
    let mut gaps = Vec::new();
    let mut not_applicable = Vec::new();
    let mut sections = Vec::new();
    for section in &set.sections {
        let (mut gap_count, mut unsure_count) = (0, 0);
        for item in &section.items {
            let Some(r) = a.response(&item.id) else {
                continue;
            };
            match r.status {
                Some(status) if status.is_gap() => {
                    if status.is_definite() {
                        gap_count += 1;
                    } else {
                        unsure_count += 1;
                    }
                    gaps.push(Gap {
                        section: section.id.clone(),
                        item: item.id.clone(),
                        status,
                        owner: r.owner.clone(),
                        due: r.due.clone(),
                        note: r.note.clone(),
                    });
                }
                Some(Status::NotApplicable) => not_applicable.push(NotApplicable {
                    item: item.id.clone(),
                    reason: r.note.clone(),
                }),
                _ => {}
            }
        }
        sections.push(SectionSummary {
            section: section.id.clone(),
            progress: a.section_progress(set, &section.id),
            gaps: gap_count,
            to_investigate: unsure_count,
        });
    }
    // Stable sort: undated gaps keep checklist order after the dated ones.
    gaps.sort_by(|x, y| match (x.due.is_empty(), y.due.is_empty()) {
        (false, false) => x.due.cmp(&y.due),
        (a, b) => a.cmp(&b),
    });
    Summary {
        overall: a.progress(set),
        sections,
        gaps,
        not_applicable,
    }
}

/// Which items a user should look at in the checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Filter {
    #[default]
    All,
    Unanswered,
    Gaps,
}

impl Filter {
    pub const ALL: [Filter; 3] = [Filter::All, Filter::Unanswered, Filter::Gaps];

    /// The stable token in its radio's element id (`<instance>-filter-<token>`).
    pub fn token(self) -> &'static str {
        match self {
            Filter::All => "all",
            Filter::Unanswered => "unanswered",
            Filter::Gaps => "gaps",
        }
    }

    pub fn shows(self, a: &Assessment, item: &ItemId) -> bool {
        self.shows_response(a.response(item))
    }

    /// The same test on a response already looked up. `Unanswered` shows every item without a
    /// definite answer (none, or "not sure"): the items progress does not count. `Gaps` shows
    /// the action plan's items, "not sure" ones too.
    pub fn shows_response(self, r: Option<&Response>) -> bool {
        let status = r.and_then(|r| r.status);
        match self {
            Filter::All => true,
            Filter::Unanswered => !status.is_some_and(Status::is_definite),
            Filter::Gaps => status.is_some_and(Status::is_gap),
        }
    }
}

/// What changed between the set version an assessment was answered on and the current one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetChanges {
    pub from_version: String,
    pub to_version: String,
    /// Items added to the set after the version the assessment was answered on.
    pub new_items: Vec<ItemId>,
    /// Items the assessment answered that the set no longer has; their answers are kept.
    pub retired_items: Vec<ItemId>,
}

/// `None` when the assessment was answered on the current version.
pub fn set_changes(set: &QuestionSet, a: &Assessment) -> Option<SetChanges> {
    if a.set_version == set.version {
        return None;
    }
    let answered_on = version_key(&a.set_version);
    let new_items = set
        .items()
        .filter(|i| {
            i.since
                .as_deref()
                .is_some_and(|v| version_key(v) > answered_on)
        })
        .map(|i| i.id.clone())
        .collect();
    let retired_items = a
        .responses
        .keys()
        .filter(|id| set.item(id).is_none())
        .cloned()
        .collect();
    Some(SetChanges {
        from_version: a.set_version.clone(),
        to_version: set.version.clone(),
        new_items,
        retired_items,
    })
}

/// MAJOR.MINOR.PATCH as numbers, so 1.10.0 sorts after 1.9.0; anything else sorts first.
pub fn version_key(v: &str) -> Vec<u64> {
    v.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}
