//! Reference lists the automatic rules consult: arms-embargoed destinations, maritime
//! hotspots, destinations in armed conflict. Dated, sourced, editable by the user, and always
//! shown as needing verification against the official lists.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::question_set::Text;

/// One body's measure against a destination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Imposition {
    pub body: String,
    pub measure: String,
    pub reference: String,
    pub since: String,
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
}

/// The parts of a (lowercased) place to look up: "port sudan, sudan" gives the whole, then
/// "port sudan" and "sudan". Borrowed: screening 100,000 rows must not allocate per lookup.
fn candidates(lower: &str) -> impl Iterator<Item = &str> {
    std::iter::once(lower)
        .chain(lower.split([',', ';', '/', '(', ')', '|']))
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

/// A list ready for lookups: every alias and name, lowercased, to its entry.
#[derive(Debug, Clone)]
pub struct ListIndex<'a> {
    pub list: &'a RefList,
    by_alias: HashMap<String, usize>,
}

impl<'a> ListIndex<'a> {
    pub fn new(list: &'a RefList) -> Self {
        let mut by_alias = HashMap::new();
        for (i, e) in list.entries.iter().enumerate() {
            let names = [&e.name.en, &e.name.zh, &e.id];
            for alias in e.aliases.iter().chain(names) {
                by_alias.entry(alias.trim().to_lowercase()).or_insert(i);
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
            .map(|&i| &self.list.entries[i])
    }
}
