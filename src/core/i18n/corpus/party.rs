//! The party-screening messages of the corpus.

use super::{full, pairs, Str};
use crate::core::i18n::party::{CsvReason, FileKind, ListError, PartyMsg};
use crate::core::parties::{Cleared, ListStamp, PartyEvidence, Role as PartyRole, Source, Verdict};

fn list_errors(s: Str) -> Vec<ListError> {
    let kinds = [
        FileKind::UnXml,
        FileKind::OfacSdn,
        FileKind::OfacAlt,
        FileKind::OfacAdd,
        FileKind::UsCsl,
    ];
    let mut out = vec![
        ListError::Empty { index: 0 },
        ListError::Empty { index: 4 },
        ListError::UnknownFormat { index: 1 },
        ListError::NotXml {
            line: 797,
            column: Some(3),
            detail: s("detail"),
        },
        ListError::Truncated {
            element: s("element"),
            line: 797,
        },
        ListError::MissingElement {
            element: "CONSOLIDATED_LIST".into(),
            line: 1,
        },
        ListError::MissingElement {
            element: s("element"),
            line: 797,
        },
    ];
    for k in kinds {
        out.push(ListError::Csv {
            file: k,
            line: 797,
            reason: CsvReason::FieldCount {
                expected: 808,
                found: 819,
            },
        });
        out.push(ListError::Csv {
            file: k,
            line: 797,
            reason: CsvReason::NotANumber {
                field: s("field"),
                value: s("value"),
            },
        });
        out.push(ListError::Csv {
            file: k,
            line: 797,
            reason: CsvReason::Syntax {
                detail: s("detail"),
            },
        });
        out.push(ListError::MissingField {
            file: k,
            line: 797,
            field: s("field"),
        });
        out.push(ListError::Duplicate { kind: k });
        out.push(ListError::AltWithoutSdn { given: k });
        for o in kinds {
            out.push(ListError::Mixed { first: k, other: o });
        }
    }
    out
}

pub fn corpus(s: Str, counts: &[usize]) -> Vec<PartyMsg> {
    let list_errors = list_errors(s);
    let sources = [Source::Un, Source::OfacSdn, Source::UsCsl];
    let mut p = vec![
        PartyMsg::ListsHeading,
        PartyMsg::ListsHelp,
        PartyMsg::LoadFiles,
        PartyMsg::NoList,
        PartyMsg::Dated {
            date: Some(s("date")),
            own: true,
        },
        PartyMsg::Dated {
            date: Some(s("date")),
            own: false,
        },
        PartyMsg::Dated {
            date: None,
            own: true,
        },
        PartyMsg::Dated {
            date: None,
            own: false,
        },
        PartyMsg::Replace,
        PartyMsg::Remove,
        PartyMsg::Reading,
        PartyMsg::WorkerFailed(s("detail")),
        PartyMsg::NotKept,
        PartyMsg::Threshold,
        PartyMsg::ThresholdHelp,
        PartyMsg::UsBinds,
        PartyMsg::UsBindsHelp,
        PartyMsg::DecisionsHeading,
        PartyMsg::NoDecisions,
        PartyMsg::Revoke,
        PartyMsg::PartiesHeading,
        PartyMsg::NotScreened,
        PartyMsg::Screening,
        PartyMsg::NoMatch,
        PartyMsg::ListedName,
        PartyMsg::Programmes,
        PartyMsg::ListedOn,
        PartyMsg::SubList,
        PartyMsg::MatchedAlias,
        PartyMsg::MatchedTokens,
        PartyMsg::MatchedIdentifier,
        PartyMsg::Reason,
        PartyMsg::ReasonRequired,
        PartyMsg::ScreenAll,
        PartyMsg::Cancel,
        PartyMsg::OpenMatches,
        PartyMsg::NewMatches,
    ];
    for src in sources {
        p.push(PartyMsg::SourceName(src));
        p.push(PartyMsg::SourceWhere(src));
        p.push(PartyMsg::Loaded(src));
        for score in [850u16, 1000, 967] {
            p.push(PartyMsg::Match {
                matched_name: s("matched"),
                source: src,
                reference: s("reference"),
                score_tenths: score,
            });
        }
    }
    p.extend(PartyRole::ALL.map(PartyMsg::RoleName));
    p.extend(Verdict::ALL.map(PartyMsg::VerdictName));
    let files = vec![s("file-a"), s("file-b")];
    for e in &list_errors {
        p.push(PartyMsg::Refused {
            error: e.clone(),
            files: files.clone(),
        });
    }
    for v in Verdict::ALL {
        for reason in [String::new(), s("reason")] {
            for list_date in [None, Some(s("list-date"))] {
                for src in sources {
                    p.push(PartyMsg::DecisionLine {
                        name: s("name"),
                        source: src,
                        reference: s("reference"),
                        listed_name: s("listed"),
                        verdict: v,
                        reason: reason.clone(),
                        decided_on: s("decided"),
                        list_date: list_date.clone(),
                    });
                }
                p.push(PartyMsg::Decided {
                    verdict: v,
                    reason: reason.clone(),
                    decided_on: s("decided"),
                    list_date: list_date.clone(),
                });
            }
        }
    }
    for (a, b) in pairs(counts) {
        p.push(PartyMsg::Entries {
            entries: a,
            names: b,
        });
        p.push(PartyMsg::Progress { done: a, total: b });
        p.push(PartyMsg::Cancelled { done: a, total: b });
        p.push(PartyMsg::Done {
            shipments: a,
            newly: b,
        });
    }
    for role in PartyRole::ALL {
        if !full() && role != PartyRole::Consignee && role != PartyRole::Vessel {
            p.push(PartyMsg::Evidence(PartyEvidence {
                role,
                name: s("name"),
                source: Source::Un,
                reference: s("reference"),
                listed_name: s("listed"),
                matched_name: s("matched"),
                score_tenths: 913,
                verdict: None,
                binding: false,
                list_date: None,
            }));
            continue;
        }
        for verdict in [
            None,
            Some(Verdict::NotSame),
            Some(Verdict::Escalated),
            Some(Verdict::Confirmed),
        ] {
            for binding in [false, true] {
                for list_date in [None, Some(s("list-date"))] {
                    p.push(PartyMsg::Evidence(PartyEvidence {
                        role,
                        name: s("name"),
                        source: sources[role as usize % 3],
                        reference: s("reference"),
                        listed_name: s("listed"),
                        matched_name: s("matched"),
                        score_tenths: 913,
                        verdict,
                        binding,
                        list_date,
                    }));
                }
            }
        }
    }
    for &n in counts {
        for lists in [
            vec![],
            vec![ListStamp {
                source: Source::Un,
                generated: Some(s("date")),
                entries: 3,
            }],
            vec![
                ListStamp {
                    source: Source::OfacSdn,
                    generated: None,
                    entries: 3,
                },
                ListStamp {
                    source: Source::UsCsl,
                    generated: Some(s("date")),
                    entries: 3,
                },
            ],
        ] {
            p.push(PartyMsg::Cleared(Cleared {
                parties: n,
                lists,
                threshold_tenths: 850,
            }));
        }
    }
    p
}
