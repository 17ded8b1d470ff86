//! What the widget and the lists worker say to each other, and what a possible match is as
//! the widget shows and keeps it. Plain types: the widget uses them without the parsers and
//! the matcher, which run only in the worker.
//!
//! A message to the worker is an array: the [`Request`] as JSON first, then, for
//! [`Request::Load`], each file's bytes as a `Uint8Array`. Every message is answered with one
//! [`Reply`] as JSON, in order; the worker posts `"ready"` before anything else.

use serde::{Deserialize, Serialize};

use crate::{Identifier, ListError, NameKind, PartyKind, Source};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "ask", rename_all = "snake_case")]
pub enum Request {
    /// Read the files sent with this request as one list and screen against it from now on,
    /// in place of a list of the same source. `fallback_date`: the date to give the list
    /// when its file states none (the file's own modification date).
    Load { fallback_date: Option<String> },
    /// Stop screening against the list of this source.
    Remove { source: Source },
    /// Screen each name against every loaded list; `threshold` 0–100.
    Screen { names: Vec<String>, threshold: f64 },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "reply", rename_all = "snake_case")]
pub enum Reply {
    /// The list was read; these are all the lists now loaded.
    Loaded {
        list: ListInfo,
        loaded: Vec<ListInfo>,
    },
    /// The files were not read; the lists loaded before are unchanged.
    Refused {
        error: ListError,
    },
    Removed {
        loaded: Vec<ListInfo>,
    },
    /// For each name asked about, in order, its possible matches, best first.
    Screened {
        results: Vec<Vec<Found>>,
    },
    /// The message was not as this protocol says (never sent by the widget).
    BadRequest,
}

/// A loaded list, as the lists panel shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListInfo {
    pub source: Source,
    /// The list's generation date (`YYYY-MM-DD`): its own where the file states it (the UN's),
    /// else the file's modification date.
    pub generated: Option<String>,
    /// Whether `generated` is the list's own date, not the file's.
    pub dated_by_list: bool,
    pub entries: usize,
    /// Names indexed: every alias and former name counted.
    pub names: usize,
}

/// Why an entry matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The whole-name Jaro-Winkler score was the higher.
    WholeName,
    /// The token score was the higher (or equal).
    Tokens,
    /// An identifier matched exactly.
    Identifier,
}

/// A paired token, for showing why a name matched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TokenPair {
    /// The query's token (two run together when they paired with one list token).
    pub query: String,
    pub list: String,
    /// 0–100.
    pub score: f64,
}

/// A possible match of one name: the list entry, the name of it that matched, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Found {
    pub source: Source,
    /// The list's reference for the entry (UN `QDi.001`, OFAC `ent_num`, CSL entity number).
    pub reference: String,
    /// The entry's primary name.
    pub listed_name: String,
    /// The name that matched, as the list writes it (an alias, a former name, or the primary).
    pub matched_name: String,
    pub name_kind: NameKind,
    pub party_kind: PartyKind,
    /// 0–100, to one decimal.
    pub score: f64,
    pub basis: Basis,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tokens: Vec<TokenPair>,
    /// The identifier that matched exactly, for a match by identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<Identifier>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub programmes: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listed_on: Option<String>,
    /// The CSL's sub-list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_list: Option<String>,
}
