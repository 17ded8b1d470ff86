#![allow(dead_code)] // Bootstrap: not yet wired in.
//! Which key and which arguments each party-screening message takes, written once for every
//! language (the words are in `catalog/*.json`, under `party.`).

use super::{file_name, stamps, PartyMsg};
use crate::core::i18n::format::{args, Arg, Key, R};
use crate::core::parties::{Role, Source, Verdict};
use att_lists::{CsvReason, FileKind, ListError};

impl R<'_> {
    pub fn party(&self, msg: &PartyMsg) -> String {
        match msg {
            PartyMsg::ListsHeading => self.t("party.lists.heading"),
            PartyMsg::ListsHelp => self.t("party.lists.help"),
            PartyMsg::LoadFiles => self.t("party.lists.load"),
            PartyMsg::NoList => self.t("party.lists.none"),
            PartyMsg::SourceName(s) => self.t(source_name(*s)),
            PartyMsg::SourceWhere(s) => self.t(match s {
                Source::Un => "party.source.un.where",
                Source::OfacSdn => "party.source.ofac-sdn.where",
                Source::UsCsl => "party.source.us-csl.where",
            }),
            PartyMsg::Dated {
                date: Some(d),
                own: true,
            } => self.f("party.dated.own", args![date = d]),
            PartyMsg::Dated { date: Some(d), .. } => self.f("party.dated.file", args![date = d]),
            PartyMsg::Dated { date: None, .. } => self.t("party.dated.none"),
            PartyMsg::Entries { entries, names } => {
                let entries = self.p("party.entries.entries", *entries, &[]);
                let names = self.p("party.entries.names", *names, &[]);
                self.f("party.entries", args![entries = entries, names = names])
            }
            PartyMsg::Replace => self.t("party.lists.replace"),
            PartyMsg::Remove => self.t("party.lists.remove"),
            PartyMsg::Reading => self.t("party.lists.reading"),
            PartyMsg::Loaded(s) => {
                let list = self.t(source_name(*s));
                self.f("party.lists.loaded", args![list = list])
            }
            PartyMsg::Refused { error, files } => {
                let reason = self.refused(error, files);
                self.f("party.refused", args![reason = reason])
            }
            PartyMsg::WorkerFailed(_) => self.t("party.worker-failed"),
            PartyMsg::NotKept => self.t("party.lists.not-kept"),
            PartyMsg::Threshold => self.t("party.threshold"),
            PartyMsg::ThresholdHelp => self.t("party.threshold.help"),
            PartyMsg::UsBinds => self.t("party.us-binds"),
            PartyMsg::UsBindsHelp => self.t("party.us-binds.help"),
            PartyMsg::DecisionsHeading => self.t("party.decisions.heading"),
            PartyMsg::NoDecisions => self.t("party.decisions.none"),
            PartyMsg::Revoke => self.t("party.decisions.revoke"),
            PartyMsg::DecisionLine {
                name,
                source,
                reference,
                listed_name,
                verdict: v,
                reason,
                decided_on,
                list_date,
            } => {
                let source = self.t(short(*source));
                let verdict = self.t(verdict(*v));
                let key = match (reason.is_empty(), list_date.is_some()) {
                    (true, false) => "party.decision-line",
                    (true, true) => "party.decision-line.list-date",
                    (false, false) => "party.decision-line.reason",
                    (false, true) => "party.decision-line.reason.list-date",
                };
                let mut a: Vec<Arg> = args![
                    name = name,
                    source = source,
                    reference = reference,
                    listed_name = listed_name,
                    verdict = verdict,
                    decided_on = decided_on
                ]
                .to_vec();
                optional(&mut a, Some(reason), list_date);
                self.f(key, &a)
            }
            PartyMsg::PartiesHeading => self.t("party.heading"),
            PartyMsg::NotScreened => self.t("party.not-screened"),
            PartyMsg::Screening => self.t("party.screening"),
            PartyMsg::NoMatch => self.t("party.no-match"),
            PartyMsg::Match {
                matched_name,
                source,
                reference,
                score_tenths,
            } => {
                let source = self.t(short(*source));
                let score = self.tenths(*score_tenths);
                self.f(
                    "party.match",
                    args![
                        matched_name = matched_name,
                        source = source,
                        reference = reference,
                        score = score
                    ],
                )
            }
            PartyMsg::ListedName => self.t("party.match.listed-name"),
            PartyMsg::Programmes => self.t("party.match.programmes"),
            PartyMsg::ListedOn => self.t("party.match.listed-on"),
            PartyMsg::SubList => self.t("party.match.sub-list"),
            PartyMsg::MatchedAlias => self.t("party.match.alias"),
            PartyMsg::MatchedTokens => self.t("party.match.tokens"),
            PartyMsg::MatchedIdentifier => self.t("party.match.identifier"),
            PartyMsg::VerdictName(v) => self.t(verdict(*v)),
            PartyMsg::Reason => self.t("party.reason"),
            PartyMsg::ReasonRequired => self.t("party.reason.required"),
            PartyMsg::Decided {
                verdict: v,
                reason,
                decided_on,
                list_date,
            } => {
                let verdict = self.t(verdict(*v));
                let key = match (reason.is_empty(), list_date.is_some()) {
                    (true, false) => "party.decided",
                    (true, true) => "party.decided.list-date",
                    (false, false) => "party.decided.reason",
                    (false, true) => "party.decided.reason.list-date",
                };
                let mut a: Vec<Arg> = args![verdict = verdict, decided_on = decided_on].to_vec();
                optional(&mut a, Some(reason), list_date);
                self.f(key, &a)
            }
            PartyMsg::ScreenAll => self.t("party.screen-all"),
            PartyMsg::Cancel => self.t("party.cancel"),
            PartyMsg::Progress { done, total } => {
                self.p("party.progress", *total, args![done = self.n(*done)])
            }
            PartyMsg::Cancelled { done, total } => {
                self.p("party.cancelled", *total, args![done = self.n(*done)])
            }
            PartyMsg::Done { shipments, newly } => {
                self.p("party.done", *shipments, args![newly = self.n(*newly)])
            }
            PartyMsg::OpenMatches => self.t("party.open-matches"),
            PartyMsg::NewMatches => self.t("party.new-matches"),
            PartyMsg::Evidence(e) => {
                let role = self.t(role(e.role));
                let source = self.t(short(e.source));
                let score = self.tenths(e.score_tenths);
                let verdict = match e.verdict {
                    Some(Verdict::Confirmed) if e.binding => "confirmed",
                    Some(Verdict::Confirmed) => "confirmed.not-binding",
                    Some(Verdict::Escalated) => "escalated",
                    _ => "undecided",
                };
                let key = match (verdict, e.list_date.is_some()) {
                    ("confirmed", false) => "party.evidence.confirmed",
                    ("confirmed", true) => "party.evidence.confirmed.list-date",
                    ("confirmed.not-binding", false) => "party.evidence.confirmed.not-binding",
                    ("confirmed.not-binding", true) => {
                        "party.evidence.confirmed.not-binding.list-date"
                    }
                    ("escalated", false) => "party.evidence.escalated",
                    ("escalated", true) => "party.evidence.escalated.list-date",
                    (_, false) => "party.evidence.undecided",
                    (_, true) => "party.evidence.undecided.list-date",
                };
                let mut a: Vec<Arg> = args![
                    role = role,
                    name = e.name,
                    source = source,
                    reference = e.reference,
                    listed_name = e.listed_name,
                    matched_name = e.matched_name,
                    score = score
                ]
                .to_vec();
                optional(&mut a, None, &e.list_date);
                self.f(key, &a)
            }
            PartyMsg::Cleared(c) => {
                let lists = stamps(c, |s| self.t(short(s)));
                let threshold = self.tenths(c.threshold_tenths);
                self.p(
                    "party.cleared",
                    c.parties,
                    args![lists = lists, threshold = threshold],
                )
            }
            PartyMsg::RoleName(r) => self.t(role(*r)),
        }
    }

    /// A score (in tenths) as shown: one decimal, the language's decimal sign.
    fn tenths(&self, t: u16) -> String {
        format!("{}{}{}", t / 10, self.t("number.decimal"), t % 10)
    }

    fn refused(&self, error: &ListError, files: &[String]) -> String {
        let kind = |k: FileKind| self.t(file_kind(k));
        match error {
            ListError::Empty { index } => {
                let file = file_name(files, *index);
                self.f("party.refused.empty", args![file = file])
            }
            ListError::UnknownFormat { index } => {
                let file = file_name(files, *index);
                self.f("party.refused.unknown-format", args![file = file])
            }
            ListError::NotXml { line, .. } => self.f("party.refused.not-xml", args![line = line]),
            ListError::Truncated { element, line } => self.f(
                "party.refused.truncated",
                args![element = element, line = line],
            ),
            ListError::MissingElement { element, .. } if element == "CONSOLIDATED_LIST" => {
                self.t("party.refused.not-un-list")
            }
            ListError::MissingElement { element, line } => self.f(
                "party.refused.missing-element",
                args![element = element, line = line],
            ),
            ListError::Csv { file, line, reason } => {
                let file = kind(*file);
                match reason {
                    CsvReason::FieldCount { expected, found } => self.f(
                        "party.refused.csv.field-count",
                        args![line = line, file = file, expected = expected, found = found],
                    ),
                    CsvReason::NotANumber { field, value } => self.f(
                        "party.refused.csv.not-a-number",
                        args![line = line, file = file, field = field, value = value],
                    ),
                    CsvReason::Syntax { .. } => {
                        self.f("party.refused.csv.syntax", args![line = line, file = file])
                    }
                }
            }
            ListError::MissingField { file, line, field } => {
                let file = kind(*file);
                self.f(
                    "party.refused.missing-field",
                    args![line = line, file = file, field = field],
                )
            }
            ListError::Mixed { first, other } => {
                let first = self.t(file_kind_start(*first));
                let other = kind(*other);
                self.f("party.refused.mixed", args![first = first, other = other])
            }
            ListError::Duplicate { kind } => {
                let file = self.t(file_kind_start(*kind));
                self.f("party.refused.duplicate", args![file = file])
            }
            ListError::AltWithoutSdn { given } => {
                let file = kind(*given);
                self.f("party.refused.alt-without-sdn", args![file = file])
            }
        }
    }
}

/// A reason and a list's date, where given (each has its own key).
fn optional<'a>(a: &mut Vec<Arg<'a>>, reason: Option<&'a String>, list_date: &'a Option<String>) {
    if let Some(r) = reason.filter(|r| !r.is_empty()) {
        a.push(("reason", r));
    }
    if let Some(d) = list_date {
        a.push(("list_date", d));
    }
}

pub(crate) fn source_name(s: Source) -> Key {
    match s {
        Source::Un => "party.source.un",
        Source::OfacSdn => "party.source.ofac-sdn",
        Source::UsCsl => "party.source.us-csl",
    }
}

pub(crate) fn short(s: Source) -> Key {
    match s {
        Source::Un => "party.source.un.short",
        Source::OfacSdn => "party.source.ofac-sdn.short",
        Source::UsCsl => "party.source.us-csl.short",
    }
}

pub(crate) fn file_kind(k: FileKind) -> Key {
    match k {
        FileKind::UnXml => "party.file.un-xml",
        FileKind::OfacSdn => "party.file.ofac-sdn",
        FileKind::OfacAlt => "party.file.ofac-alt",
        FileKind::OfacAdd => "party.file.ofac-add",
        FileKind::UsCsl => "party.file.us-csl",
    }
}

/// A file's kind where a sentence starts with it.
pub(crate) fn file_kind_start(k: FileKind) -> Key {
    match k {
        FileKind::UnXml => "party.file.un-xml.start",
        FileKind::OfacSdn => "party.file.ofac-sdn.start",
        FileKind::OfacAlt => "party.file.ofac-alt.start",
        FileKind::OfacAdd => "party.file.ofac-add.start",
        FileKind::UsCsl => "party.file.us-csl.start",
    }
}

pub(crate) fn verdict(v: Verdict) -> Key {
    match v {
        Verdict::NotSame => "party.verdict.not-same",
        Verdict::Escalated => "party.verdict.escalated",
        Verdict::Confirmed => "party.verdict.confirmed",
    }
}

pub(crate) fn role(r: Role) -> Key {
    match r {
        Role::Consignor => "party.role.consignor",
        Role::Consignee => "party.role.consignee",
        Role::EndUser => "party.role.end-user",
        Role::Broker => "party.role.broker",
        Role::Carrier => "party.role.carrier",
        Role::Vessel => "party.role.vessel",
    }
}
