//! Restricted-party screening: the official sanctions lists a user downloads, read in their own
//! formats (`formats`), and names matched against them (`matching`), with the names never
//! leaving the user's machine. Pure: no DOM, no I/O; the widget runs it in a worker.
//!
//! Without the `read` feature (on by default) only the types are built: the widget's own
//! module uses them, and the parsers and the matcher stay in the worker (`src/main.rs`).

use serde::{Deserialize, Serialize};

mod error;
#[cfg(feature = "read")]
pub mod formats;
#[cfg(feature = "read")]
pub mod matching;
pub mod protocol;
#[cfg(feature = "read")]
pub mod service;
pub mod text;

pub use error::{CsvReason, FileKind, ListError};

/// Which official list a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The UN Security Council Consolidated List (the UN's XML).
    Un,
    /// The US Treasury OFAC SDN list (legacy `sdn.csv`, with `alt.csv` and `add.csv`).
    OfacSdn,
    /// The US Consolidated Screening List (trade.gov CSV).
    UsCsl,
}

/// A list as loaded: whose, its own generation date, its entries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct List {
    pub source: Source,
    /// The list's own date of generation (`YYYY-MM-DD`), where the file states it.
    pub generated: Option<String>,
    pub entries: Vec<Entry>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartyKind {
    Individual,
    Entity,
    Vessel,
    Aircraft,
    Unknown,
}

/// One listed party.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The list's own reference: the UN's `REFERENCE_NUMBER` (e.g. `QDi.001`), OFAC's
    /// `ent_num`, the CSL's `entity_number` (or its `id`).
    pub reference: String,
    pub kind: PartyKind,
    /// The primary name first, then every alias and former name.
    pub names: Vec<Name>,
    /// Regimes or programmes (`UN_LIST_TYPE`, OFAC programs, CSL programs).
    pub programmes: Vec<String>,
    /// When the party was listed (`YYYY-MM-DD`), where the list says.
    pub listed_on: Option<String>,
    /// Numbers that identify the party exactly: IMO numbers, passports, registrations.
    pub identifiers: Vec<Identifier>,
    /// Countries of its addresses, nationality or citizenship, as the list writes them.
    pub countries: Vec<String>,
    /// The CSL's sub-list (e.g. "Entity List (EL) - Bureau of Industry and Security").
    pub sub_list: Option<String>,
    /// Parties the list links this one to (OFAC's "Linked To:"), as the list writes them.
    #[serde(default)]
    pub linked_to: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Name {
    pub text: String,
    pub kind: NameKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NameKind {
    Primary,
    /// An alias; `weak`: the list marks it low quality (UN `QUALITY` low, OFAC "weak aka").
    Alias {
        weak: bool,
    },
    /// A former name ("f.k.a.", "ex-" names of vessels).
    Former,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identifier {
    /// As the list names it: "IMO", "Passport", "National Identification Number", ...
    pub kind: String,
    pub value: String,
}
