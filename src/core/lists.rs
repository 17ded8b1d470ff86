//! Reference lists the automatic rules consult: arms-embargoed destinations, maritime
//! hotspots, destinations in armed conflict. Dated, sourced, editable by the user, and always
//! shown as needing verification against the official lists.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::question_set::{Lang, Text};
use super::shipment::Category;

/// What part of a destination a measure covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    /// Every supply to the territory (its Government included, unless exempted).
    Territory,
    /// Non-State actors, armed groups or non-governmental entities there; not the Government.
    NonState,
    /// Only the individuals and entities designated under the regime.
    Listed,
    /// One region of the country, which has an entry of its own (Darfur in Sudan).
    Region,
}

/// One body's measure against a destination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Imposition {
    pub body: String,
    /// Whose law it is: `un`, or a jurisdiction the list declares (`eu`, `uk`, `us`, `osce`).
    /// Absent (lists saved before 0.3): read from `body`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<String>,
    pub measure: String,
    pub reference: String,
    pub since: String,
    /// Absent (lists saved before 0.3): from the entry's `scope`, `full` being the territory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub covers: Option<Coverage>,
    /// The categories it covers; empty: every category (Iran's UN measure covers the seven
    /// Register categories and their parts).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<Category>,
    /// It has exemptions or an approval procedure a shipment can rely on (Libya, Haiti): a
    /// shipment that records one is a matter for inquiry, not a stop.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub exemptions: bool,
    /// `false` for a political commitment that is not law (the EU's 1989 China declaration,
    /// the OSCE's 1992 Nagorno-Karabakh measure).
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub binding: bool,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

/// The UN Security Council's jurisdiction id: its measures bind every State.
pub const UN: &str = "un";

impl Imposition {
    /// Whose law the measure is.
    pub fn jurisdiction(&self) -> Cow<'_, str> {
        if let Some(j) = &self.jurisdiction {
            return Cow::Borrowed(j);
        }
        Cow::Borrowed(match self.body.as_str() {
            "UN Security Council" => UN,
            "European Union" => "eu",
            "United Kingdom" => "uk",
            "United States" => "us",
            "OSCE" => "osce",
            other => return Cow::Owned(other.to_lowercase()),
        })
    }

    /// What it covers, reading lists saved before `covers` existed from the entry's scope.
    pub fn coverage(&self, entry: &ListEntry) -> Coverage {
        self.covers.unwrap_or(match entry.scope.as_deref() {
            Some("partial") => Coverage::Listed,
            _ => Coverage::Territory,
        })
    }
}

/// A jurisdiction whose measures a list records, for the user to say whether it binds them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Jurisdiction {
    pub id: String,
    pub name: Text,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListEntry {
    pub id: String,
    pub name: Text,
    /// Strings that mean this place in a record (names, ISO codes, ports), matched whole and
    /// case-insensitively.
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub imposed_by: Vec<Imposition>,
    /// Lists saved before 0.3: `full` or `partial`; each measure's `covers` replaces it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The seed element that names it, if the source document does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub element: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Text>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RefList {
    pub format: u32,
    pub id: String,
    /// The date the information reflects.
    pub as_of: String,
    pub title: Text,
    /// Where the official list is, and that this one must be checked against it.
    pub notice: Text,
    pub entries: Vec<ListEntry>,
    /// The jurisdictions other than the UN whose measures the list records (embargoes only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub jurisdictions: Vec<Jurisdiction>,
    /// Languages whose text in this list is a translation not yet reviewed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations_for_review: Vec<Lang>,
}

/// The parts of a (lowercased) place to look up: "port sudan, sudan" gives the whole, then
/// "port sudan" and "sudan". Borrowed: screening 100,000 rows must not allocate per lookup.
fn candidates(lower: &str) -> impl Iterator<Item = &str> {
    std::iter::once(lower)
        .chain(lower.split([',', ';', '/', '(', ')', '|']))
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

/// A list ready for lookups: every alias and name, lowercased, to the entries that have it
/// (an entry a user adds may share a name with a built-in one: both count).
#[derive(Debug, Clone)]
pub struct ListIndex<'a> {
    pub list: &'a RefList,
    by_alias: HashMap<String, Vec<usize>>,
}

impl<'a> ListIndex<'a> {
    pub fn new(list: &'a RefList) -> Self {
        let mut by_alias = HashMap::new();
        for (i, e) in list.entries.iter().enumerate() {
            let names = [&e.name.en, &e.name.zh, &e.id];
            for alias in e.aliases.iter().chain(names) {
                let at: &mut Vec<usize> = by_alias.entry(alias.trim().to_lowercase()).or_default();
                if !at.contains(&i) {
                    at.push(i);
                }
            }
        }
        Self { list, by_alias }
    }

    /// The entry a place refers to, if any.
    pub fn find(&self, place: &str) -> Option<&'a ListEntry> {
        self.find_lowercase(&place.to_lowercase())
    }

    /// `find` for a place already lowercased (the rules engine lowercases each field once).
    pub fn find_lowercase(&self, lower: &str) -> Option<&'a ListEntry> {
        self.find_all_lowercase(lower).next()
    }

    /// Every entry the parts of a place refer to, in order ("Russia / Sudan" gives both).
    pub fn find_all_lowercase<'b>(
        &'b self,
        lower: &'b str,
    ) -> impl Iterator<Item = &'a ListEntry> + 'b {
        candidates(lower)
            .filter_map(|c| self.by_alias.get(c))
            .flatten()
            .map(|&i| &self.list.entries[i])
    }
}

/// The user's changes to the built-in lists, saved instead of whole lists so that a newer
/// widget's updated lists still apply (with the user's removals and additions on top).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListEdits {
    pub kind: String,
    pub version: u32,
    /// Per list id, the built-in entry ids the user removed.
    #[serde(default)]
    pub removed: std::collections::BTreeMap<String, Vec<String>>,
    /// Per list id, the entries the user added.
    #[serde(default)]
    pub added: std::collections::BTreeMap<String, Vec<ListEntry>>,
}

pub const EDITS_KIND: &str = "att-diligence/list-edits";

impl ListEdits {
    /// What turns `builtin` into `edited`.
    pub fn diff(builtin: &[RefList], edited: &[RefList]) -> ListEdits {
        let mut e = ListEdits {
            kind: EDITS_KIND.to_owned(),
            version: 1,
            ..ListEdits::default()
        };
        for b in builtin {
            let Some(now) = edited.iter().find(|l| l.id == b.id) else {
                continue;
            };
            let removed: Vec<String> = b
                .entries
                .iter()
                .filter(|x| !now.entries.iter().any(|y| y.id == x.id))
                .map(|x| x.id.clone())
                .collect();
            let added: Vec<ListEntry> = now
                .entries
                .iter()
                .filter(|y| !b.entries.iter().any(|x| x.id == y.id))
                .cloned()
                .collect();
            if !removed.is_empty() {
                e.removed.insert(b.id.clone(), removed);
            }
            if !added.is_empty() {
                e.added.insert(b.id.clone(), added);
            }
        }
        e
    }

    /// The built-in lists with these edits applied.
    pub fn apply(&self, builtin: &[RefList]) -> Vec<RefList> {
        builtin
            .iter()
            .map(|b| {
                let mut l = b.clone();
                if let Some(removed) = self.removed.get(&l.id) {
                    l.entries.retain(|x| !removed.contains(&x.id));
                }
                if let Some(added) = self.added.get(&l.id) {
                    l.entries.extend(added.iter().cloned());
                }
                l
            })
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.removed.is_empty() && self.added.is_empty()
    }
}
