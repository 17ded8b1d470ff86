//! What an arms-embargo measure means for one shipment, for the user's jurisdictions.
//!
//! A UN Security Council measure binds every State (ATT Article 6(1)); a regional or national
//! one binds those under that jurisdiction, so it counts only when the user says it applies to
//! them. A measure that covers only some users, a region or some categories calls for an
//! inquiry, not a stop; so does a transit point, since Article 6(1) concerns transfers that
//! would violate the embargo, not routes that pass by.

use serde::{Deserialize, Serialize};

use super::lists::{Coverage, Imposition, ListEntry, UN};
use super::saved::LoadError;
use super::shipment::{Category, Shipment};

/// The finding one measure leads to, from most to least serious.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// A UN measure covers the territory and the items, and no exemption is recorded.
    UnProhibits,
    /// The same for a measure of a jurisdiction the user said binds them.
    YoursProhibits,
    /// A binding measure covers only some users, a region or some categories, or the
    /// shipment records an exemption the measure allows: show that the transfer is outside it.
    Scope,
    /// A binding measure covers a transit point of the route.
    Transit,
    /// Noted only: not binding on the user, not law, outside its categories, or a targeted
    /// measure at a transit point.
    Context,
}

/// The user's jurisdictions beyond the UN (whose measures always count), as ids the embargo
/// list declares (`eu`, ...), sorted and without repeats.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Jurisdictions(Vec<String>);

/// No jurisdiction but the UN's: the default until the user says otherwise.
pub static UN_ONLY: Jurisdictions = Jurisdictions(Vec::new());

pub const SAVED_KIND: &str = "att-diligence/jurisdictions";

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Saved {
    kind: String,
    version: u32,
    selected: Jurisdictions,
}

impl Jurisdictions {
    pub fn new(ids: impl IntoIterator<Item = String>) -> Self {
        let mut v: Vec<String> = ids.into_iter().filter(|j| j != UN).collect();
        v.sort();
        v.dedup();
        Self(v)
    }

    /// Whether a measure of jurisdiction `j` binds the user.
    pub fn binds(&self, j: &str) -> bool {
        j == UN || self.0.iter().any(|s| s == j)
    }

    /// The user's own choices (the UN not among them).
    pub fn selected(&self) -> &[String] {
        &self.0
    }

    /// Every jurisdiction whose measures count, the UN first: what a finding was made under.
    pub fn counted(&self) -> Vec<String> {
        std::iter::once(UN.to_owned())
            .chain(self.0.iter().cloned())
            .collect()
    }

    /// The user's choice with `id` added or taken away.
    pub fn toggled(&self, id: &str) -> Self {
        if self.binds(id) {
            Self(self.0.iter().filter(|j| *j != id).cloned().collect())
        } else {
            Self::new(self.0.iter().cloned().chain([id.to_owned()]))
        }
    }

    /// The saved form (versioned, like every stored value).
    pub fn encode(&self) -> String {
        serde_json::to_string(&Saved {
            kind: SAVED_KIND.to_owned(),
            version: 1,
            selected: self.clone(),
        })
        .unwrap_or_default()
    }

    pub fn decode(text: &str) -> Result<Self, LoadError> {
        let saved: Saved = serde_json::from_str(text).map_err(|e| LoadError::reading(&e, text))?;
        if saved.kind != SAVED_KIND {
            return Err(LoadError::NotAnAssessment);
        }
        if saved.version != 1 {
            return Err(LoadError::UnsupportedVersion(saved.version));
        }
        Ok(Self::new(saved.selected.0))
    }
}

/// Whether a measure's categories cover the shipment's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Covered {
    Yes,
    /// Unknown category, or ammunition or parts that may be the listed systems' related
    /// materiel.
    Maybe,
    No,
}

fn covers_category(categories: &[Category], shipped: Option<Category>) -> Covered {
    if categories.is_empty() {
        return Covered::Yes;
    }
    match shipped {
        Some(c) if categories.contains(&c) => Covered::Yes,
        None | Some(Category::Ammunition | Category::PartsComponents) => Covered::Maybe,
        Some(_) => Covered::No,
    }
}

/// What measure `m` of `entry` means for `s`, the place being its destination or (`transit`)
/// a point on its route.
pub fn outcome(
    m: &Imposition,
    entry: &ListEntry,
    s: &Shipment,
    transit: bool,
    yours: &Jurisdictions,
) -> Outcome {
    let jurisdiction = m.jurisdiction();
    if !m.binding || !yours.binds(&jurisdiction) {
        return Outcome::Context;
    }
    let covered = covers_category(&m.categories, s.category);
    if covered == Covered::No {
        return Outcome::Context;
    }
    match m.coverage(entry) {
        Coverage::Territory if transit => Outcome::Transit,
        Coverage::Territory if covered == Covered::Maybe => Outcome::Scope,
        Coverage::Territory if m.exemptions && !s.exemption.trim().is_empty() => Outcome::Scope,
        Coverage::Territory if jurisdiction == UN => Outcome::UnProhibits,
        Coverage::Territory => Outcome::YoursProhibits,
        Coverage::NonState | Coverage::Listed | Coverage::Region if transit => Outcome::Context,
        Coverage::NonState | Coverage::Listed | Coverage::Region => Outcome::Scope,
    }
}

/// What an entry with no recorded measure means: one the user added to the list. It counts as
/// an embargo binding on them, since that is why they added it.
pub fn outcome_of_user_entry(transit: bool) -> Outcome {
    if transit {
        Outcome::Transit
    } else {
        Outcome::YoursProhibits
    }
}
