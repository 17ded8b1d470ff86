//! The words of party screening (the sanctions lists panel, possible matches and decisions,
//! the evidence they give a finding): the messages, and which key each takes (`words.rs`); the
//! words themselves are the `party.` keys of `catalog/<lang>.json`.

mod words;

use crate::core::i18n::format::R;
use crate::core::i18n::tables::Table;
use crate::core::parties::{Cleared, PartyEvidence, Role, Source, Verdict};
use crate::core::question_set::Lang;

pub use att_lists::{CsvReason, FileKind, ListError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartyMsg {
    ListsHeading,
    /// Where the lists come from, that the widget never fetches one, that a screening is only
    /// as current as the file loaded.
    ListsHelp,
    /// The file picker's label (several files at once, for OFAC's three).
    LoadFiles,
    NoList,
    SourceName(Source),
    /// Where the user downloads this list.
    SourceWhere(Source),
    /// `own`: the list states the date; otherwise it is the file's.
    Dated {
        date: Option<String>,
        own: bool,
    },
    Entries {
        entries: usize,
        names: usize,
    },
    Replace,
    Remove,
    Reading,
    /// Read and loaded.
    Loaded(Source),
    /// The files were refused; the lists loaded before are unchanged. `files`: their names,
    /// by the index the error gives.
    Refused {
        error: ListError,
        files: Vec<String>,
    },
    /// The lists worker could not start or stopped: the browser's text, for a details part.
    WorkerFailed(String),
    /// The saved list files could not be stored (storage full or refused).
    NotKept,
    Threshold,
    ThresholdHelp,
    UsBinds,
    UsBindsHelp,
    DecisionsHeading,
    NoDecisions,
    Revoke,
    /// A decision as listed: the name, the entry, the verdict and its reason, when.
    DecisionLine {
        name: String,
        source: Source,
        reference: String,
        listed_name: String,
        verdict: Verdict,
        reason: String,
        decided_on: String,
        list_date: Option<String>,
    },
    // One shipment.
    PartiesHeading,
    NotScreened,
    Screening,
    NoMatch,
    /// A possible match's headline.
    Match {
        matched_name: String,
        source: Source,
        reference: String,
        score_tenths: u16,
    },
    ListedName,
    Programmes,
    ListedOn,
    SubList,
    MatchedAlias,
    MatchedTokens,
    MatchedIdentifier,
    VerdictName(Verdict),
    Reason,
    ReasonRequired,
    /// The decision recorded on a match.
    Decided {
        verdict: Verdict,
        reason: String,
        decided_on: String,
        list_date: Option<String>,
    },
    // The register.
    ScreenAll,
    Cancel,
    Progress {
        done: usize,
        total: usize,
    },
    Cancelled {
        done: usize,
        total: usize,
    },
    /// A run finished: how many shipments have possible matches they did not have before.
    Done {
        shipments: usize,
        newly: usize,
    },
    /// The register column: possible matches without a decision.
    OpenMatches,
    /// Beside a record whose last screening found an entry the one before had not.
    NewMatches,
    // Evidence in a finding.
    Evidence(PartyEvidence),
    Cleared(Cleared),
    RoleName(Role),
}

pub fn text(lang: Lang, msg: &PartyMsg) -> String {
    R::new(Table::of(lang)).party(msg)
}

/// The technical text behind a message, for a collapsed details part.
pub fn detail(msg: &PartyMsg) -> Option<String> {
    match msg {
        PartyMsg::Refused {
            error: ListError::NotXml { detail, .. },
            ..
        } => Some(detail.clone()),
        PartyMsg::Refused {
            error:
                ListError::Csv {
                    reason: CsvReason::Syntax { detail },
                    ..
                },
            ..
        } => Some(detail.clone()),
        PartyMsg::WorkerFailed(d) => Some(d.clone()).filter(|d| !d.is_empty()),
        _ => None,
    }
}

/// The file an error's index names, or its position when the name is unknown.
pub(super) fn file_name(files: &[String], index: usize) -> String {
    files
        .get(index)
        .cloned()
        .unwrap_or_else(|| format!("#{}", index + 1))
}

/// The lists a clearance rests on, each with its date: "UN (2026-02-27), OFAC SDN (2026-11-30)".
pub(super) fn stamps<S: AsRef<str>>(c: &Cleared, short: impl Fn(Source) -> S) -> String {
    c.lists
        .iter()
        .map(|l| match &l.generated {
            Some(d) => format!("{} ({d})", short(l.source).as_ref()),
            None => short(l.source).as_ref().to_owned(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}
