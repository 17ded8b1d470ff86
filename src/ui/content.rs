//! The content as the components hold it: each set with one `Rc` per item, built once, so item
//! props compare by pointer and only changed items re-render.

use std::rc::Rc;

use crate::core::builtin;
use crate::core::l10n::Pack;
use crate::core::lists::RefList;
use crate::core::question_set::Lang;
use crate::core::question_set::{Item, QuestionSet, Section};
use crate::core::sources::Catalogue;

#[derive(Debug, PartialEq, Eq)]
pub struct LoadedSet {
    pub set: QuestionSet,
    /// Per section, its items.
    pub items: Vec<Rc<[Rc<Item>]>>,
    /// Per section, the section without its items (those travel as `items`).
    pub headers: Vec<Rc<Section>>,
    /// Supplied by the user at run time rather than built in.
    pub custom: bool,
}

impl LoadedSet {
    pub fn new(set: QuestionSet, custom: bool) -> Rc<Self> {
        let items = set
            .sections
            .iter()
            .map(|s| s.items.iter().cloned().map(Rc::new).collect())
            .collect();
        let headers = set
            .sections
            .iter()
            .map(|s| {
                Rc::new(Section {
                    items: Vec::new(),
                    ..s.clone()
                })
            })
            .collect();
        Rc::new(Self {
            set,
            items,
            headers,
            custom,
        })
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Content {
    pub builtin: Vec<Rc<LoadedSet>>,
    pub catalogue: Rc<Catalogue>,
    /// The built-in reference lists, as shipped (the user's edits apply on top).
    pub lists: Rc<Vec<RefList>>,
    /// The language packs applied (none: English and Chinese only).
    pub packs: Vec<Lang>,
}

/// Parses the embedded content (proved valid by `tests/content.rs`).
pub fn load_builtin() -> Result<Content, String> {
    load_with(&[])
}

/// The embedded content with the languages of `packs` added.
pub fn load_with(packs: &[Pack]) -> Result<Content, String> {
    let sets = builtin::sets_with(packs).map_err(|e| e.to_string())?;
    let catalogue = builtin::catalogue_with(packs).map_err(|e| e.to_string())?;
    let lists = builtin::lists_with(packs).map_err(|e| e.to_string())?;
    Ok(Content {
        builtin: sets.into_iter().map(|s| LoadedSet::new(s, false)).collect(),
        catalogue: Rc::new(catalogue),
        lists: Rc::new(lists),
        packs: packs.iter().map(|p| p.lang).collect(),
    })
}
