//! The content compiled into the widget: every file under `seeds/sets`, `seeds/sources` and
//! `seeds/lists`, in English and Chinese; language packs (`core::l10n`) add the others.
//!
//! Parsing happens once at start-up. The tests in `tests/content.rs` prove every embedded file
//! parses and validates, so a failure here is a build defect, reported rather than panicking.

use super::l10n::{self, Pack};
use super::lists::RefList;
use super::question_set::QuestionSet;
use super::rules::RuleSet;
use super::sources::Catalogue;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// The raw embedded files, `(file name, JSON text)`, sorted by name.
pub fn set_files() -> &'static [(&'static str, &'static str)] {
    embedded::SETS
}

pub fn source_files() -> &'static [(&'static str, &'static str)] {
    embedded::SOURCES
}

/// A built-in file that failed to parse: names the file and serde's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuiltinError {
    pub file: &'static str,
    pub message: String,
}

impl std::fmt::Display for BuiltinError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "built-in file {}: {}", self.file, self.message)
    }
}

impl std::error::Error for BuiltinError {}

fn parse_all<T: serde::de::DeserializeOwned>(
    files: &'static [(&'static str, &'static str)],
    packs: &[Pack],
) -> Result<Vec<T>, BuiltinError> {
    files
        .iter()
        .map(|(file, text)| {
            let fail = |e: serde_json::Error| BuiltinError {
                file,
                message: e.to_string(),
            };
            if packs.is_empty() {
                return serde_json::from_str(text).map_err(fail);
            }
            let mut value: serde_json::Value = serde_json::from_str(text).map_err(fail)?;
            for pack in packs {
                l10n::apply(&mut value, pack);
            }
            // Through text: one deserializer per type in the bundle, with or without packs.
            serde_json::from_str(&value.to_string()).map_err(fail)
        })
        .collect()
}

/// Every built-in question set, in file-name order.
pub fn sets() -> Result<Vec<QuestionSet>, BuiltinError> {
    sets_with(&[])
}

/// The sets with the languages of `packs` added.
pub fn sets_with(packs: &[Pack]) -> Result<Vec<QuestionSet>, BuiltinError> {
    parse_all(embedded::SETS, packs)
}

/// The union of every built-in source catalogue file.
pub fn catalogue() -> Result<Catalogue, BuiltinError> {
    catalogue_with(&[])
}

pub fn catalogue_with(packs: &[Pack]) -> Result<Catalogue, BuiltinError> {
    parse_all(embedded::SOURCES, packs).map(Catalogue::merge)
}

/// The built-in reference lists (embargoes, hotspots, conflicts), in file-name order.
pub fn lists() -> Result<Vec<RefList>, BuiltinError> {
    lists_with(&[])
}

pub fn lists_with(packs: &[Pack]) -> Result<Vec<RefList>, BuiltinError> {
    parse_all(embedded::LISTS, packs)
}

const RULES: &str = include_str!("../../seeds/rules.json");

/// The automatic screening rules.
pub fn rules() -> Result<RuleSet, BuiltinError> {
    serde_json::from_str(RULES).map_err(|e| BuiltinError {
        file: "rules.json",
        message: e.to_string(),
    })
}

/// The source document every `seed` provenance points into (in `seeds/`).
pub const SEED_FILE: &str = "000_8e1cbba343336e95.txt";
