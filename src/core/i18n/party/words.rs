//! Which key and which arguments each party-screening message takes, written once for every
//! language (the words are in `catalog/*.json`, under `party.`).

use super::{file_name, stamps, PartyMsg};
use crate::core::i18n::format::{args, Arg, Key, R};
use crate::core::parties::{Role, Source, Verdict};
use att_lists::{CsvReason, FileKind, ListError};

impl R<'_> {
    pub fn party(&self, msg: &PartyMsg) -> String {
        match msg {
            PartyMsg::ListsHeading => self.t(Key::PartyListsHeading),
            PartyMsg::ListsHelp => self.t(Key::PartyListsHelp),
            PartyMsg::LoadFiles => self.t(Key::PartyListsLoad),
            PartyMsg::NoList => self.t(Key::PartyListsNone),
            PartyMsg::SourceName(s) => self.t(source_name(*s)),
            PartyMsg::SourceWhere(s) => self.t(match s {
                Source::Un => Key::PartySourceUnWhere,
                Source::OfacSdn => Key::PartySourceOfacSdnWhere,
                Source::UsCsl => Key::PartySourceUsCslWhere,
            }),
            PartyMsg::Dated {
                date: Some(d),
                own: true,
            } => self.f(Key::PartyDatedOwn, args![date = d]),
            PartyMsg::Dated { date: Some(d), .. } => self.f(Key::PartyDatedFile, args![date = d]),
            PartyMsg::Dated { date: None, .. } => self.t(Key::PartyDatedNone),
            PartyMsg::Entries { entries, names } => {
                let entries = self.p(Key::PartyEntriesEntries, *entries, &[]);
                let names = self.p(Key::PartyEntriesNames, *names, &[]);
                self.f(Key::PartyEntries, args![entries = entries, names = names])
            }
            PartyMsg::Replace => self.t(Key::PartyListsReplace),
            PartyMsg::Remove => self.t(Key::PartyListsRemove),
            PartyMsg::Reading => self.t(Key::PartyListsReading),
            PartyMsg::Loaded(s) => {
                let list = self.t(source_name(*s));
                self.f(Key::PartyListsLoaded, args![list = list])
            }
            PartyMsg::Refused { error, files } => {
                let reason = self.refused(error, files);
                self.f(Key::PartyRefused, args![reason = reason])
            }
            PartyMsg::WorkerFailed(_) => self.t(Key::PartyWorkerFailed),
            PartyMsg::NotKept => self.t(Key::PartyListsNotKept),
            PartyMsg::Threshold => self.t(Key::PartyThreshold),
            PartyMsg::ThresholdHelp => self.t(Key::PartyThresholdHelp),
            PartyMsg::UsBinds => self.t(Key::PartyUsBinds),
            PartyMsg::UsBindsHelp => self.t(Key::PartyUsBindsHelp),
            PartyMsg::DecisionsHeading => self.t(Key::PartyDecisionsHeading),
            PartyMsg::NoDecisions => self.t(Key::PartyDecisionsNone),
            PartyMsg::Revoke => self.t(Key::PartyDecisionsRevoke),
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
                    (true, false) => Key::PartyDecisionLine,
                    (true, true) => Key::PartyDecisionLineListDate,
                    (false, false) => Key::PartyDecisionLineReason,
                    (false, true) => Key::PartyDecisionLineReasonListDate,
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
            PartyMsg::PartiesHeading => self.t(Key::PartyHeading),
            PartyMsg::NotScreened => self.t(Key::PartyNotScreened),
            PartyMsg::Screening => self.t(Key::PartyScreening),
            PartyMsg::NoMatch => self.t(Key::PartyNoMatch),
            PartyMsg::Match {
                matched_name,
                source,
                reference,
                score_tenths,
            } => {
                let source = self.t(short(*source));
                let score = self.tenths(*score_tenths);
                self.f(
                    Key::PartyMatch,
                    args![
                        matched_name = matched_name,
                        source = source,
                        reference = reference,
                        score = score
                    ],
                )
            }
            PartyMsg::ListedName => self.t(Key::PartyMatchListedName),
            PartyMsg::Programmes => self.t(Key::PartyMatchProgrammes),
            PartyMsg::ListedOn => self.t(Key::PartyMatchListedOn),
            PartyMsg::SubList => self.t(Key::PartyMatchSubList),
            PartyMsg::MatchedAlias => self.t(Key::PartyMatchAlias),
            PartyMsg::MatchedTokens => self.t(Key::PartyMatchTokens),
            PartyMsg::MatchedIdentifier => self.t(Key::PartyMatchIdentifier),
            PartyMsg::VerdictName(v) => self.t(verdict(*v)),
            PartyMsg::Reason => self.t(Key::PartyReason),
            PartyMsg::ReasonRequired => self.t(Key::PartyReasonRequired),
            PartyMsg::Decided {
                verdict: v,
                reason,
                decided_on,
                list_date,
            } => {
                let verdict = self.t(verdict(*v));
                let key = match (reason.is_empty(), list_date.is_some()) {
                    (true, false) => Key::PartyDecided,
                    (true, true) => Key::PartyDecidedListDate,
                    (false, false) => Key::PartyDecidedReason,
                    (false, true) => Key::PartyDecidedReasonListDate,
                };
                let mut a: Vec<Arg> = args![verdict = verdict, decided_on = decided_on].to_vec();
                optional(&mut a, Some(reason), list_date);
                self.f(key, &a)
            }
            PartyMsg::ScreenAll => self.t(Key::PartyScreenAll),
            PartyMsg::Cancel => self.t(Key::PartyCancel),
            PartyMsg::Progress { done, total } => {
                self.p(Key::PartyProgress, *total, args![done = self.n(*done)])
            }
            PartyMsg::Cancelled { done, total } => {
                self.p(Key::PartyCancelled, *total, args![done = self.n(*done)])
            }
            PartyMsg::Done { shipments, newly } => {
                self.p(Key::PartyDone, *shipments, args![newly = self.n(*newly)])
            }
            PartyMsg::OpenMatches => self.t(Key::PartyOpenMatches),
            PartyMsg::NewMatches => self.t(Key::PartyNewMatches),
            PartyMsg::Evidence(e) => {
                let role = self.t(role(e.role));
                let source = self.t(short(e.source));
                let score = self.tenths(e.score_tenths);
                let dated = e.list_date.is_some();
                let key = match (e.verdict, e.binding, dated) {
                    (Some(Verdict::Confirmed), true, false) => Key::PartyEvidenceConfirmed,
                    (Some(Verdict::Confirmed), true, true) => Key::PartyEvidenceConfirmedListDate,
                    (Some(Verdict::Confirmed), false, false) => {
                        Key::PartyEvidenceConfirmedNotBinding
                    }
                    (Some(Verdict::Confirmed), false, true) => {
                        Key::PartyEvidenceConfirmedNotBindingListDate
                    }
                    (Some(Verdict::Escalated), _, false) => Key::PartyEvidenceEscalated,
                    (Some(Verdict::Escalated), _, true) => Key::PartyEvidenceEscalatedListDate,
                    (_, _, false) => Key::PartyEvidenceUndecided,
                    (_, _, true) => Key::PartyEvidenceUndecidedListDate,
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
                    Key::PartyCleared,
                    c.parties,
                    args![lists = lists, threshold = threshold],
                )
            }
            PartyMsg::RoleName(r) => self.t(role(*r)),
        }
    }

    /// A score (in tenths) as shown: one decimal, the language's decimal sign.
    fn tenths(&self, t: u16) -> String {
        format!("{}{}{}", t / 10, self.t(Key::NumberDecimal), t % 10)
    }

    fn refused(&self, error: &ListError, files: &[String]) -> String {
        let kind = |k: FileKind| self.t(file_kind(k));
        match error {
            ListError::Empty { index } => {
                let file = file_name(files, *index);
                self.f(Key::PartyRefusedEmpty, args![file = file])
            }
            ListError::UnknownFormat { index } => {
                let file = file_name(files, *index);
                self.f(Key::PartyRefusedUnknownFormat, args![file = file])
            }
            ListError::NotXml { line, .. } => self.f(Key::PartyRefusedNotXml, args![line = line]),
            ListError::Truncated { element, line } => self.f(
                Key::PartyRefusedTruncated,
                args![element = element, line = line],
            ),
            ListError::MissingElement { element, .. } if element == "CONSOLIDATED_LIST" => {
                self.t(Key::PartyRefusedNotUnList)
            }
            ListError::MissingElement { element, line } => self.f(
                Key::PartyRefusedMissingElement,
                args![element = element, line = line],
            ),
            ListError::Csv { file, line, reason } => {
                let file = kind(*file);
                match reason {
                    CsvReason::FieldCount { expected, found } => self.f(
                        Key::PartyRefusedCsvFieldCount,
                        args![line = line, file = file, expected = expected, found = found],
                    ),
                    CsvReason::NotANumber { field, value } => self.f(
                        Key::PartyRefusedCsvNotANumber,
                        args![line = line, file = file, field = field, value = value],
                    ),
                    CsvReason::Syntax { .. } => {
                        self.f(Key::PartyRefusedCsvSyntax, args![line = line, file = file])
                    }
                }
            }
            ListError::MissingField { file, line, field } => {
                let file = kind(*file);
                self.f(
                    Key::PartyRefusedMissingField,
                    args![line = line, file = file, field = field],
                )
            }
            ListError::Mixed { first, other } => {
                let first = self.t(file_kind_start(*first));
                let other = kind(*other);
                self.f(Key::PartyRefusedMixed, args![first = first, other = other])
            }
            ListError::Duplicate { kind } => {
                let file = self.t(file_kind_start(*kind));
                self.f(Key::PartyRefusedDuplicate, args![file = file])
            }
            ListError::AltWithoutSdn { given } => {
                let file = kind(*given);
                self.f(Key::PartyRefusedAltWithoutSdn, args![file = file])
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
        Source::Un => Key::PartySourceUn,
        Source::OfacSdn => Key::PartySourceOfacSdn,
        Source::UsCsl => Key::PartySourceUsCsl,
    }
}

pub(crate) fn short(s: Source) -> Key {
    match s {
        Source::Un => Key::PartySourceUnShort,
        Source::OfacSdn => Key::PartySourceOfacSdnShort,
        Source::UsCsl => Key::PartySourceUsCslShort,
    }
}

pub(crate) fn file_kind(k: FileKind) -> Key {
    match k {
        FileKind::UnXml => Key::PartyFileUnXml,
        FileKind::OfacSdn => Key::PartyFileOfacSdn,
        FileKind::OfacAlt => Key::PartyFileOfacAlt,
        FileKind::OfacAdd => Key::PartyFileOfacAdd,
        FileKind::UsCsl => Key::PartyFileUsCsl,
    }
}

/// A file's kind where a sentence starts with it.
pub(crate) fn file_kind_start(k: FileKind) -> Key {
    match k {
        FileKind::UnXml => Key::PartyFileUnXmlStart,
        FileKind::OfacSdn => Key::PartyFileOfacSdnStart,
        FileKind::OfacAlt => Key::PartyFileOfacAltStart,
        FileKind::OfacAdd => Key::PartyFileOfacAddStart,
        FileKind::UsCsl => Key::PartyFileUsCslStart,
    }
}

pub(crate) fn verdict(v: Verdict) -> Key {
    match v {
        Verdict::NotSame => Key::PartyVerdictNotSame,
        Verdict::Escalated => Key::PartyVerdictEscalated,
        Verdict::Confirmed => Key::PartyVerdictConfirmed,
    }
}

pub(crate) fn role(r: Role) -> Key {
    match r {
        Role::Consignor => Key::PartyRoleConsignor,
        Role::Consignee => Key::PartyRoleConsignee,
        Role::EndUser => Key::PartyRoleEndUser,
        Role::Broker => Key::PartyRoleBroker,
        Role::Carrier => Key::PartyRoleCarrier,
        Role::Vessel => Key::PartyRoleVessel,
    }
}
