//! The catalogue of where content comes from: elements of the seed document (with line ranges
//! and a verbatim quote), public reference lists, and the source's own defects.
//!
//! Items point here by id, so a line number is written once and checked against the seed file.

use serde::{Deserialize, Serialize};

use super::question_set::{ElementId, Lang, PublicSourceId, Text};

/// What role an element of the source plays; it decides what coverage is required of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ElementGroup {
    /// An element of Appendix 1's draft guide: every one must be covered by an item.
    Appendix1,
    /// A risk indicator stated somewhere in the document: covered, or omitted with a reason.
    Indicator,
    /// Other material items draw on (the 7(4) flowchart, Appendix 4 steps, Annex A).
    Context,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Element {
    pub id: ElementId,
    pub group: ElementGroup,
    /// Human label of where it is, e.g. "Appendix 1, para 6, bullet 3".
    pub section: Text,
    /// First and last line (1-based, inclusive) in the seed file.
    pub lines: [u32; 2],
    /// A verbatim excerpt that must occur within `lines`: proves the reference is real.
    pub quote: String,
    /// For an indicator deliberately left uncovered: why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub omitted: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublicSource {
    pub id: PublicSourceId,
    pub title: Text,
    pub publisher: String,
    /// Citation precise enough to find the document (official reference, date).
    pub citation: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A defect of the source text that the content works around.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Defect {
    pub id: String,
    pub lines: [u32; 2],
    pub text: Text,
}

/// One `seeds/sources/*.json` file; the catalogue is the union of all of them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    #[serde(default)]
    pub elements: Vec<Element>,
    #[serde(default)]
    pub public_sources: Vec<PublicSource>,
    #[serde(default)]
    pub defects: Vec<Defect>,
    /// Languages whose text in this file is a translation not yet reviewed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations_for_review: Vec<Lang>,
}

impl Catalogue {
    pub fn merge(parts: impl IntoIterator<Item = Catalogue>) -> Catalogue {
        parts.into_iter().fold(Catalogue::default(), |mut all, c| {
            all.elements.extend(c.elements);
            all.public_sources.extend(c.public_sources);
            all.defects.extend(c.defects);
            for lang in c.translations_for_review {
                if !all.translations_for_review.contains(&lang) {
                    all.translations_for_review.push(lang);
                }
            }
            all
        })
    }

    pub fn element(&self, id: &ElementId) -> Option<&Element> {
        self.elements.iter().find(|e| &e.id == id)
    }

    pub fn public_source(&self, id: &PublicSourceId) -> Option<&PublicSource> {
        self.public_sources.iter().find(|s| &s.id == id)
    }
}
