//! Party screening's words in every language but English: a translation for every message,
//! not the English left in place, and with what the user needs to act on carried through (the
//! list entry's reference, the names, the dates, the line of a broken file, the counts grouped
//! and the scores written as the language writes numbers), none of the parser's own text.

use att_diligence::core::i18n::party::{text, CsvReason, FileKind, ListError, PartyMsg};
use att_diligence::core::i18n::Count;
use att_diligence::core::parties::{Cleared, ListStamp, PartyEvidence, Role, Source, Verdict};
use att_diligence::core::question_set::Lang;

const SOURCES: [Source; 3] = [Source::Un, Source::OfacSdn, Source::UsCsl];
const REFERENCE: &str = "QDi.312";
const NAME: &str = "Acme Trading";
const LISTED: &str = "ACME TRADING COMPANY";
const ALIAS: &str = "Akme Trade";
const LIST_DATE: &str = "2026-02-27";
const DECIDED: &str = "2026-03-01";
const REASON: &str = "born 1971, not 1965";
const LINE: u64 = 4711;
/// What a parser said: for the details part only, never in the message.
const PARSER_TEXT: &str = "unexpected end of input at byte 99";

/// Each variant of `PartyMsg` by number: a new variant fails to compile here until it is
/// numbered (and `VARIANTS` raised), and the test then fails until `messages` shows it.
fn variant(m: &PartyMsg) -> usize {
    match m {
        PartyMsg::ListsHeading => 0,
        PartyMsg::ListsHelp => 1,
        PartyMsg::LoadFiles => 2,
        PartyMsg::NoList => 3,
        PartyMsg::SourceName(_) => 4,
        PartyMsg::SourceWhere(_) => 5,
        PartyMsg::Dated { .. } => 6,
        PartyMsg::Entries { .. } => 7,
        PartyMsg::Replace => 8,
        PartyMsg::Remove => 9,
        PartyMsg::Reading => 10,
        PartyMsg::Loaded(_) => 11,
        PartyMsg::Refused { .. } => 12,
        PartyMsg::WorkerFailed(_) => 13,
        PartyMsg::NotKept => 14,
        PartyMsg::Threshold => 15,
        PartyMsg::ThresholdHelp => 16,
        PartyMsg::UsBinds => 17,
        PartyMsg::UsBindsHelp => 18,
        PartyMsg::DecisionsHeading => 19,
        PartyMsg::NoDecisions => 20,
        PartyMsg::Revoke => 21,
        PartyMsg::DecisionLine { .. } => 22,
        PartyMsg::PartiesHeading => 23,
        PartyMsg::NotScreened => 24,
        PartyMsg::Screening => 25,
        PartyMsg::NoMatch => 26,
        PartyMsg::Match { .. } => 27,
        PartyMsg::ListedName => 28,
        PartyMsg::Programmes => 29,
        PartyMsg::ListedOn => 30,
        PartyMsg::SubList => 31,
        PartyMsg::MatchedAlias => 32,
        PartyMsg::MatchedTokens => 33,
        PartyMsg::MatchedIdentifier => 34,
        PartyMsg::VerdictName(_) => 35,
        PartyMsg::Reason => 36,
        PartyMsg::ReasonRequired => 37,
        PartyMsg::Decided { .. } => 38,
        PartyMsg::ScreenAll => 39,
        PartyMsg::Cancel => 40,
        PartyMsg::Progress { .. } => 41,
        PartyMsg::Cancelled { .. } => 42,
        PartyMsg::Done { .. } => 43,
        PartyMsg::OpenMatches => 44,
        PartyMsg::Evidence(_) => 45,
        PartyMsg::Cleared(_) => 46,
        PartyMsg::RoleName(_) => 47,
        PartyMsg::NewMatches => 48,
    }
}
const VARIANTS: usize = 49;

/// Each way a list file is refused by number, as `variant` does for the messages.
fn error_variant(e: &ListError) -> usize {
    match e {
        ListError::Empty { .. } => 0,
        ListError::UnknownFormat { .. } => 1,
        ListError::NotXml { .. } => 2,
        ListError::Truncated { .. } => 3,
        ListError::MissingElement { .. } => 4,
        ListError::Csv {
            reason: CsvReason::FieldCount { .. },
            ..
        } => 5,
        ListError::Csv {
            reason: CsvReason::NotANumber { .. },
            ..
        } => 6,
        ListError::Csv {
            reason: CsvReason::Syntax { .. },
            ..
        } => 7,
        ListError::MissingField { .. } => 8,
        ListError::Mixed { .. } => 9,
        ListError::Duplicate { .. } => 10,
        ListError::AltWithoutSdn { .. } => 11,
    }
}
const ERROR_VARIANTS: usize = 12;

/// The files a refusal names, by the index its error gives.
fn files() -> Vec<String> {
    vec!["consolidated.xml".into(), "photo.png".into()]
}

/// One of each refusal, with what its message must name.
fn refusals() -> Vec<(ListError, Vec<String>)> {
    let line = LINE.to_string();
    vec![
        (ListError::Empty { index: 1 }, vec!["photo.png".into()]),
        // An index past the names given: the file is named by its position.
        (ListError::UnknownFormat { index: 2 }, vec!["#3".into()]),
        (
            ListError::NotXml {
                line: LINE,
                column: Some(17),
                detail: PARSER_TEXT.into(),
            },
            vec![line.clone()],
        ),
        (
            ListError::Truncated {
                element: "INDIVIDUAL".into(),
                line: LINE,
            },
            vec!["INDIVIDUAL".into(), line.clone()],
        ),
        (
            ListError::MissingElement {
                element: "REFERENCE_NUMBER".into(),
                line: LINE,
            },
            vec!["REFERENCE_NUMBER".into(), line.clone()],
        ),
        (
            ListError::Csv {
                file: FileKind::OfacSdn,
                line: LINE,
                reason: CsvReason::FieldCount {
                    expected: 12,
                    found: 9,
                },
            },
            vec![line.clone(), "sdn.csv".into(), "12".into(), "9".into()],
        ),
        (
            ListError::Csv {
                file: FileKind::OfacAlt,
                line: LINE,
                reason: CsvReason::NotANumber {
                    field: "ent_num".into(),
                    value: "abc".into(),
                },
            },
            vec![
                line.clone(),
                "alt.csv".into(),
                "ent_num".into(),
                "abc".into(),
            ],
        ),
        (
            ListError::Csv {
                file: FileKind::UsCsl,
                line: LINE,
                reason: CsvReason::Syntax {
                    detail: PARSER_TEXT.into(),
                },
            },
            vec![line.clone(), "CSV".into()],
        ),
        (
            ListError::MissingField {
                file: FileKind::OfacAdd,
                line: LINE,
                field: "ent_num".into(),
            },
            vec![line, "add.csv".into(), "ent_num".into()],
        ),
        (
            ListError::Mixed {
                first: FileKind::UnXml,
                other: FileKind::OfacSdn,
            },
            vec!["XML".into(), "sdn.csv".into()],
        ),
        (
            ListError::Duplicate {
                kind: FileKind::OfacSdn,
            },
            vec!["sdn.csv".into()],
        ),
        (
            ListError::AltWithoutSdn {
                given: FileKind::OfacAdd,
            },
            vec!["add.csv".into(), "sdn.csv".into()],
        ),
    ]
}

fn evidence(verdict: Option<Verdict>, binding: bool) -> PartyEvidence {
    PartyEvidence {
        role: Role::Consignee,
        name: NAME.into(),
        source: Source::Un,
        reference: REFERENCE.into(),
        listed_name: LISTED.into(),
        matched_name: ALIAS.into(),
        score_tenths: 925,
        verdict,
        binding,
        list_date: Some(LIST_DATE.into()),
    }
}

/// A representative of every message (each source, verdict, role and refusal), with the texts
/// it must carry in `lang`.
fn messages(lang: Lang) -> Vec<(PartyMsg, Vec<String>)> {
    let count = |n: usize| Count::new(lang, n).to_string();
    let score = |s: &str| match lang {
        Lang::Fr | Lang::Ru | Lang::Es => s.replace('.', ","),
        _ => s.to_owned(),
    };
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let mut m: Vec<(PartyMsg, Vec<String>)> = vec![
        (PartyMsg::ListsHeading, vec![]),
        (PartyMsg::ListsHelp, vec![]),
        (
            PartyMsg::LoadFiles,
            strings(&["sdn.csv", "alt.csv", "add.csv"]),
        ),
        (PartyMsg::NoList, vec![]),
        (
            PartyMsg::Dated {
                date: Some(LIST_DATE.into()),
                own: true,
            },
            strings(&[LIST_DATE]),
        ),
        (
            PartyMsg::Dated {
                date: Some(LIST_DATE.into()),
                own: false,
            },
            strings(&[LIST_DATE]),
        ),
        (
            PartyMsg::Dated {
                date: None,
                own: false,
            },
            vec![],
        ),
        (
            PartyMsg::Entries {
                entries: 12_345,
                names: 45_678,
            },
            vec![count(12_345), count(45_678)],
        ),
        (PartyMsg::Replace, vec![]),
        (PartyMsg::Remove, vec![]),
        (PartyMsg::Reading, vec![]),
        (PartyMsg::WorkerFailed(PARSER_TEXT.into()), vec![]),
        (PartyMsg::NotKept, vec![]),
        (PartyMsg::Threshold, strings(&["100"])),
        (PartyMsg::ThresholdHelp, strings(&["85"])),
        (PartyMsg::UsBinds, strings(&["EAR"])),
        (PartyMsg::UsBindsHelp, vec![]),
        (PartyMsg::DecisionsHeading, vec![]),
        (PartyMsg::NoDecisions, vec![]),
        (PartyMsg::Revoke, vec![]),
        (PartyMsg::PartiesHeading, vec![]),
        (PartyMsg::NotScreened, vec![]),
        (PartyMsg::Screening, vec![]),
        (PartyMsg::NoMatch, vec![]),
        (PartyMsg::ListedName, vec![]),
        (PartyMsg::Programmes, vec![]),
        (PartyMsg::ListedOn, vec![]),
        (PartyMsg::SubList, strings(&["CSL"])),
        (PartyMsg::MatchedAlias, vec![]),
        (PartyMsg::MatchedTokens, vec![]),
        (PartyMsg::MatchedIdentifier, vec![]),
        (PartyMsg::Reason, vec![]),
        (PartyMsg::ReasonRequired, vec![]),
        (PartyMsg::ScreenAll, vec![]),
        (PartyMsg::Cancel, vec![]),
        (
            PartyMsg::Progress {
                done: 12_345,
                total: 23_456,
            },
            vec![count(12_345), count(23_456)],
        ),
        (
            PartyMsg::Cancelled {
                done: 12_345,
                total: 23_456,
            },
            vec![count(12_345), count(23_456)],
        ),
        (
            PartyMsg::Done {
                shipments: 12_345,
                newly: 23_456,
            },
            vec![count(12_345), count(23_456)],
        ),
        (PartyMsg::OpenMatches, vec![]),
        (PartyMsg::NewMatches, vec![]),
        (
            PartyMsg::Cleared(Cleared {
                parties: 12_345,
                lists: vec![
                    ListStamp {
                        source: Source::Un,
                        generated: Some(LIST_DATE.into()),
                        entries: 1003,
                    },
                    ListStamp {
                        source: Source::OfacSdn,
                        generated: Some("2026-11-30".into()),
                        entries: 18_000,
                    },
                ],
                threshold_tenths: 850,
            }),
            vec![
                count(12_345),
                LIST_DATE.into(),
                "2026-11-30".into(),
                "OFAC SDN".into(),
                score("85.0"),
            ],
        ),
    ];
    for source in SOURCES {
        m.push((PartyMsg::SourceName(source), vec![]));
        m.push((PartyMsg::Loaded(source), vec![]));
        let file = match source {
            Source::Un => "consolidated.xml",
            Source::OfacSdn => "sdn.csv",
            Source::UsCsl => "consolidated.csv",
        };
        m.push((PartyMsg::SourceWhere(source), strings(&[file])));
        m.push((
            PartyMsg::Match {
                matched_name: ALIAS.into(),
                source,
                reference: REFERENCE.into(),
                score_tenths: 925,
            },
            vec![ALIAS.into(), REFERENCE.into(), score("92.5")],
        ));
    }
    for verdict in Verdict::ALL {
        m.push((PartyMsg::VerdictName(verdict), vec![]));
        m.push((
            PartyMsg::DecisionLine {
                name: NAME.into(),
                source: Source::OfacSdn,
                reference: REFERENCE.into(),
                listed_name: LISTED.into(),
                verdict,
                reason: REASON.into(),
                decided_on: DECIDED.into(),
                list_date: Some(LIST_DATE.into()),
            },
            strings(&[
                NAME, REFERENCE, LISTED, REASON, DECIDED, LIST_DATE, "OFAC SDN",
            ]),
        ));
        m.push((
            PartyMsg::Decided {
                verdict,
                reason: REASON.into(),
                decided_on: DECIDED.into(),
                list_date: Some(LIST_DATE.into()),
            },
            strings(&[REASON, DECIDED, LIST_DATE]),
        ));
    }
    for (verdict, binding) in [
        (Some(Verdict::Confirmed), true),
        (Some(Verdict::Confirmed), false),
        (Some(Verdict::Escalated), true),
        (None, true),
    ] {
        m.push((
            PartyMsg::Evidence(evidence(verdict, binding)),
            vec![
                NAME.into(),
                REFERENCE.into(),
                LISTED.into(),
                ALIAS.into(),
                LIST_DATE.into(),
                score("92.5"),
            ],
        ));
    }
    for role in Role::ALL {
        m.push((PartyMsg::RoleName(role), vec![]));
    }
    for (error, carries) in refusals() {
        m.push((
            PartyMsg::Refused {
                error,
                files: files(),
            },
            carries,
        ));
    }
    m
}

fn translated() -> impl Iterator<Item = Lang> {
    Lang::ALL.into_iter().filter(|l| *l != Lang::En)
}

#[test]
fn the_samples_show_every_message_and_every_refusal() {
    let shown = |found: Vec<usize>, all: usize, what: &str| {
        let missing: Vec<usize> = (0..all).filter(|i| !found.contains(i)).collect();
        assert!(missing.is_empty(), "no sample of {what} {missing:?}");
    };
    let m = messages(Lang::En);
    shown(
        m.iter().map(|(m, _)| variant(m)).collect(),
        VARIANTS,
        "message",
    );
    shown(
        refusals().iter().map(|(e, _)| error_variant(e)).collect(),
        ERROR_VARIANTS,
        "refusal",
    );
    // The samples' placeholders are in the English text too, so the checks below test the
    // translations and not the samples.
    for (msg, carries) in &m {
        let en = text(Lang::En, msg);
        for c in carries {
            assert!(en.contains(c.as_str()), "En {msg:?}: no {c:?} in {en:?}");
        }
    }
}

#[test]
fn every_party_message_is_translated_and_carries_its_details() {
    for lang in translated() {
        for (msg, carries) in messages(lang) {
            let shown = text(lang, &msg);
            assert!(!shown.trim().is_empty(), "{lang:?} {msg:?}: empty");
            // Nothing is excluded: even the short forms inside a text (UN, CSL) are written
            // in the language, and each message has words of its own around the names.
            assert_ne!(
                shown,
                text(Lang::En, &msg),
                "{lang:?} {msg:?}: the English text"
            );
            for c in &carries {
                assert!(
                    shown.contains(c.as_str()),
                    "{lang:?} {msg:?}: no {c:?} in {shown:?}"
                );
            }
            assert!(
                !shown.contains(PARSER_TEXT),
                "{lang:?} {msg:?}: the parser's text in {shown:?}"
            );
        }
    }
}

#[test]
fn counts_and_scores_are_written_as_each_language_writes_numbers() {
    for lang in translated() {
        for (msg, _) in messages(lang) {
            let shown = text(lang, &msg);
            assert!(
                !shown.contains("12345") && !shown.contains("23456"),
                "{lang:?} {msg:?}: a count without its grouping in {shown:?}"
            );
            if matches!(lang, Lang::Fr | Lang::Ru | Lang::Es) {
                assert!(
                    !shown.contains("92.5") && !shown.contains("85.0"),
                    "{lang:?} {msg:?}: a decimal point in {shown:?}"
                );
            }
        }
    }
    let entries = PartyMsg::Entries {
        entries: 12_345,
        names: 45_678,
    };
    assert!(text(Lang::Fr, &entries).contains("12\u{202f}345"));
    assert!(text(Lang::Ru, &entries).contains("12\u{a0}345"));
    assert!(text(Lang::Es, &entries).contains("12.345"));
    assert!(text(Lang::Zh, &entries).contains("12,345"));
    assert!(text(Lang::Ar, &entries).contains("12,345"));
}

#[test]
fn names_are_quoted_as_each_language_quotes() {
    let quoted = |lang: Lang| match lang {
        Lang::Fr => format!("«\u{a0}{NAME}\u{a0}»"),
        Lang::Ru | Lang::Ar => format!("«{NAME}»"),
        _ => format!("\u{201c}{NAME}\u{201d}"),
    };
    for lang in translated() {
        for (msg, _) in messages(lang) {
            let shown = text(lang, &msg);
            if matches!(msg, PartyMsg::Evidence(_) | PartyMsg::DecisionLine { .. }) {
                assert!(shown.contains(&quoted(lang)), "{lang:?}: {shown:?}");
            }
            // English quotation marks left in a text that uses guillemets, or the reverse.
            let foreign = match lang {
                Lang::Fr | Lang::Ru | Lang::Ar => '\u{201c}',
                _ => '«',
            };
            assert!(!shown.contains(foreign), "{lang:?} {msg:?}: {shown:?}");
        }
    }
}
