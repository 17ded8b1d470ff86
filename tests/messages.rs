//! What a user is told when a file or their saved work cannot be read: in their language, with
//! a named reason (the line, the field, the size with its unit) and none of the parser's own
//! words, which go only into the collapsed technical details. And counts said with the right
//! plural in every language.

use att_diligence::core::assessment::{Action, Assessment, DetailField, Status};
use att_diligence::core::backup::{BackupError, Part};
use att_diligence::core::builtin;
use att_diligence::core::custom::{self, CustomSetError};
use att_diligence::core::embargo::UN_ONLY;
use att_diligence::core::embed::{self, OptionError, StateError};
use att_diligence::core::export::{self, ImportError, Integrity};
use att_diligence::core::i18n::{detail, text, Msg};
use att_diligence::core::json_error::Kind as JsonKind;
use att_diligence::core::question_set::{Lang, ModuleKind, QuestionSet};
use att_diligence::core::register::{Register, RegisterAction};
use att_diligence::core::register_export;
use att_diligence::core::rules::Engine;
use att_diligence::core::saved::{self, LoadError};
use att_diligence::core::shipment::Shipment;

/// Words and marks of serde_json, csv and Rust that mean nothing to the people using the
/// widget (and give away a parser's text pasted into a message).
const PARSER_WORDS: [&str; 13] = [
    "EOF",
    "variant",
    "line:",
    "byte:",
    "untagged",
    "expected value",
    "invalid type",
    "invalid value",
    "at line",
    "missing field `",
    "unknown field `",
    "recursion",
    "(s)",
];

/// Fails naming the message and the language if `shown` has parser wording in it.
fn assert_plain(lang: Lang, what: &str, shown: &str) {
    for word in PARSER_WORDS {
        assert!(
            !shown.contains(word),
            "{lang:?} {what}: {word:?} in {shown:?}"
        );
    }
    let chars: Vec<char> = shown.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if *c == '>' {
            let next = chars[i + 1..].iter().find(|c| !c.is_whitespace());
            assert!(
                !next.is_some_and(char::is_ascii_digit),
                "{lang:?} {what}: a raw comparison in {shown:?}"
            );
        }
    }
    assert!(!shown.trim().is_empty(), "{lang:?} {what}: empty");
}

/// Every language's text of `msg`, each checked plain.
fn shown(msg: &Msg) -> Vec<(Lang, String)> {
    Lang::ALL
        .into_iter()
        .map(|lang| {
            let s = text(lang, msg);
            assert_plain(lang, &format!("{msg:?}"), &s);
            (lang, s)
        })
        .collect()
}

fn english(msg: &Msg) -> String {
    text(Lang::En, msg)
}

fn sets() -> Vec<QuestionSet> {
    builtin::sets().expect("built-in sets")
}

fn programme(sets: &[QuestionSet]) -> QuestionSet {
    sets.iter()
        .find(|s| s.module == ModuleKind::Programme)
        .cloned()
        .expect("a programme set")
}

/// An export of an assessment with one answer, as a user would have it.
fn an_export(sets: &[QuestionSet]) -> String {
    let set = programme(sets);
    let mut a = Assessment::new(&set);
    let first = set.items().next().expect("an item").id.clone();
    a.apply(Action::SetStatus(first, Status::InPlace));
    a.apply(Action::SetDetail(DetailField::Organisation, "Acme".into()));
    export::to_json(&export::export(&a, "FY 2026", &set))
}

fn import_error(bytes: &[u8], sets: &[QuestionSet]) -> ImportError {
    match export::import(bytes, sets) {
        Ok(_) => panic!("imported: {:.80}", String::from_utf8_lossy(bytes)),
        Err(e) => e,
    }
}

/// One of each way an assessment file is refused, each from a real file.
fn import_errors() -> Vec<ImportError> {
    let sets = sets();
    let good = an_export(&sets);
    vec![
        ImportError::TooLarge {
            bytes: 148_861_288,
            limit: 67_108_864,
        },
        import_error(b"\xff\xfe\x00garbage", &sets),
        import_error(
            b"{\n  \"kind\": \"att-diligence/export\",\n  oops\n}",
            &sets,
        ),
        import_error(&good.as_bytes()[..good.len() / 2], &sets),
        import_error("[".repeat(200).as_bytes(), &sets),
        import_error(b"{\"hello\":1}", &sets),
        import_error(
            good.replace("\"format\":1", "\"format\":9").as_bytes(),
            &sets,
        ),
        import_error(good.replace("\"in_place\"", "\"maybe\"").as_bytes(), &sets),
        import_error(good.replace("\"in_place\"", "5").as_bytes(), &sets),
        import_error(good.replace("\"name\":\"FY 2026\",", "").as_bytes(), &sets),
        import_error(
            good.replace("\"name\":\"FY 2026\"", "\"name\":7")
                .as_bytes(),
            &sets,
        ),
        import_error(
            good.replace("\"responses\"", "\"answers\"").as_bytes(),
            &sets,
        ),
        import_error(
            good.replace(
                "\"organisation\"",
                "\"date\":\"31/12/2026\",\"organisation\"",
            )
            .as_bytes(),
            &sets,
        ),
        import_error(
            good.replace("att-programme", "someone-elses").as_bytes(),
            &sets,
        ),
    ]
}

#[test]
fn every_refused_import_is_told_plainly_in_every_language() {
    let errors = import_errors();
    for e in &errors {
        let msg = Msg::ImportFailed(e.clone());
        shown(&msg);
        // The parser's text is kept, apart, for whoever wants it (a date is the widget's own
        // check: there is no parser text behind it).
        if let ImportError::NotJson(m) | ImportError::Malformed(m) = e {
            if !matches!(m.kind, JsonKind::NotADate { .. }) {
                assert!(detail(&msg).is_some(), "{e:?} keeps its detail");
            }
        }
    }
    let en: Vec<String> = errors
        .iter()
        .map(|e| english(&Msg::ImportFailed(e.clone())))
        .collect();
    assert!(
        en[0].contains(
            "the file is 149\u{a0}MB; the widget reads files of this kind up to 67\u{a0}MB"
        ),
        "{}",
        en[0]
    );
    assert!(en[2].contains("line 3, column 3"), "{}", en[2]);
    assert!(
        en[3].contains("ends too early; it may be incomplete"),
        "{}",
        en[3]
    );
    let first = programme(&sets()).items().next().unwrap().id.to_string();
    let status = format!("\u{201c}assessment.responses.{first}.status\u{201d}");
    assert!(
        en[7].contains(&status)
            && en[7].contains("\u{201c}maybe\u{201d}")
            && en[7].contains("in_place, partly_in_place"),
        "{}",
        en[7]
    );
    assert!(en[8].contains(&status), "{}", en[8]);
    assert!(
        en[9].contains("the field \u{201c}assessment.name\u{201d} is missing"),
        "{}",
        en[9]
    );
    assert!(
        en[10].contains("\u{201c}assessment.name\u{201d} should be text"),
        "{}",
        en[10]
    );
    assert!(
        en[11].contains("\u{201c}assessment.answers\u{201d} does not belong"),
        "{}",
        en[11]
    );
    assert!(
        en[12].contains("\u{201c}assessment.details.date\u{201d} holds \u{201c}31/12/2026\u{201d}")
            && en[12].contains("YYYY-MM-DD"),
        "{}",
        en[12]
    );
    // The size has its unit in every language, and no raw byte count.
    for (lang, s) in shown(&Msg::ImportFailed(errors[0].clone())) {
        let unit = ["MB", "Mo", "МБ", "م.بايت"];
        assert!(
            unit.iter().any(|u| s.contains(&format!("149\u{a0}{u}"))),
            "{lang:?}: {s}"
        );
        assert!(
            !s.contains("148861288") && !s.contains("67108864"),
            "{lang:?}: {s}"
        );
    }
    // The line of broken text and the field of a wrong one, in every language.
    for (lang, s) in shown(&Msg::ImportFailed(errors[2].clone())) {
        assert!(s.contains('3'), "{lang:?} names line 3: {s}");
    }
    for (lang, s) in shown(&Msg::ImportFailed(errors[9].clone())) {
        assert!(
            s.contains("assessment.name"),
            "{lang:?} names the field: {s}"
        );
    }
}

#[test]
fn a_file_without_a_fingerprint_is_not_said_to_be_altered() {
    for (lang, s) in shown(&Msg::ImportIntegrity(Integrity::Unsigned)) {
        assert_ne!(s, text(lang, &Msg::ImportIntegrity(Integrity::Altered)));
        assert_ne!(s, text(lang, &Msg::ImportIntegrity(Integrity::Intact)));
    }
    assert_eq!(
        english(&Msg::ImportIntegrity(Integrity::Unsigned)),
        "This file has no fingerprint, so it cannot be checked."
    );
}

fn engine_parts() -> (
    att_diligence::core::rules::RuleSet,
    Vec<att_diligence::core::lists::RefList>,
) {
    (
        builtin::rules().expect("rules"),
        builtin::lists().expect("lists"),
    )
}

fn register_file(
    engine: &Engine<'_>,
    date: &str,
    lists: &[att_diligence::core::lists::RefList],
) -> String {
    let set = sets()
        .into_iter()
        .find(|s| s.module == ModuleKind::Screening)
        .expect("screening set");
    let mut r = Register::default();
    let shipment = Shipment {
        reference: "BK-1".into(),
        destination: "Freedonia".into(),
        date: date.into(),
        ..Shipment::default()
    };
    r.apply(RegisterAction::Import(vec![(2, shipment)]), engine);
    export::canonical(&register_export::export(
        &r,
        &set,
        lists,
        &UN_ONLY,
        &att_diligence::core::parties::Decisions::default(),
    ))
}

#[test]
fn a_register_is_checked_for_dates_and_for_its_fingerprint() {
    let (rules, lists) = engine_parts();
    let engine = Engine::new(&rules, &lists, &UN_ONLY);
    let good = register_file(&engine, "2026-12-31T08:00:00Z", &lists);
    let (shipments, integrity) = register_export::import(good.as_bytes(), &engine).expect("reads");
    assert_eq!(integrity, Integrity::Intact);
    assert_eq!(
        shipments[0].shipment.date, "2026-12-31",
        "the day of an ISO date-time"
    );

    let doc: serde_json::Value = serde_json::from_str(&good).unwrap();
    let mut unsigned = doc.clone();
    unsigned.as_object_mut().unwrap().remove("fingerprint");
    let (_, integrity) = register_export::import(unsigned.to_string().as_bytes(), &engine).unwrap();
    assert_eq!(integrity, Integrity::Unsigned);

    let bad = register_file(&engine, "31/12/2026", &lists);
    let e = register_export::import(bad.as_bytes(), &engine).unwrap_err();
    assert!(
        matches!(&e, ImportError::Malformed(m) if m.path == "shipments[0].shipment.date"
            && m.kind == JsonKind::NotADate { value: "31/12/2026".into() }),
        "{e:?}"
    );
    for (lang, s) in shown(&Msg::ImportFailed(e)) {
        assert!(
            s.contains("shipments[0].shipment.date") && s.contains("31/12/2026"),
            "{lang:?}: {s}"
        );
    }
    let huge = ImportError::TooLarge {
        bytes: 600_000_000,
        limit: register_export::MAX_IMPORT_BYTES,
    };
    assert!(english(&Msg::ImportFailed(huge))
        .contains("600\u{a0}MB; the widget reads files of this kind up to 537\u{a0}MB"));
}

#[test]
fn unreadable_saved_work_is_told_plainly_in_every_language() {
    let sets = sets();
    let set = programme(&sets);
    let saved_form = saved::encode(&Assessment::new(&set));
    let errors: Vec<LoadError> = [
        String::new(),
        "{not json".into(),
        "[1,2,3]".into(),
        r#"{"kind":"att-diligence/workspace","version":1}"#.into(),
        saved_form.replace("\"version\":1", "\"version\":7"),
        saved_form.replace(
            "\"responses\":{}",
            "\"responses\":{\"x\":{\"status\":\"yes\"}}",
        ),
    ]
    .iter()
    .map(|t| saved::decode(t).expect_err(t))
    .chain([LoadError::Missing])
    .collect();
    for e in &errors {
        shown(&Msg::SavedWorkUnreadable(e.clone()));
    }
    let wrong_status = english(&Msg::SavedWorkUnreadable(errors[5].clone()));
    assert!(
        wrong_status.contains("\u{201c}responses.x.status\u{201d} cannot be \u{201c}yes\u{201d}"),
        "{wrong_status}"
    );
    assert!(detail(&Msg::SavedWorkUnreadable(errors[5].clone()))
        .is_some_and(|d| d.contains("unknown variant")));
}

#[test]
fn a_refused_custom_set_is_told_plainly_in_every_language() {
    let catalogue = builtin::catalogue().expect("catalogue");
    let good = r#"{"format":1,"id":"my-set","version":"0.1.0","module":"programme",
      "title":{"en":"Mine","zh":"我的"},
      "sections":[{"id":"my.s","title":{"en":"S","zh":"节"},"items":[
        {"id":"my.a","text":{"en":"Do we screen?","zh":"我们是否筛查？"},"articles":["11"],
         "provenance":[{"seed":"app1.p6.b3"}]}]}]}"#;
    let refused = |json: &str| custom::load(json, &catalogue).expect_err(json);
    let errors = vec![
        CustomSetError::TooLarge { bytes: 7_340_032 },
        refused("{\n  \"format\": 1,\n  oops\n}"),
        refused("{\"format\":"),
        refused("[]"),
        refused(&good.replace("\"format\":1", "\"format\":7")),
        refused(&good.replace(r#","zh":"我们是否筛查？""#, "")),
        refused(&good.replace(r#""articles""#, r#""colour":"red","articles""#)),
        refused(&good.replace(r#""module":"programme""#, r#""module":"marine""#)),
        refused(&good.replace("app1.p6.b3", "nowhere")),
    ];
    for e in &errors {
        shown(&Msg::CustomSetRejected(e.clone()));
    }
    let en = |i: usize| english(&Msg::CustomSetRejected(errors[i].clone()));
    assert!(
        en(0).contains("7.3\u{a0}MB; a question set may be at most 5.2\u{a0}MB"),
        "{}",
        en(0)
    );
    assert!(en(1).contains("line 3, column 3"), "{}", en(1));
    assert!(
        en(5).contains("item my.a: the field \u{201c}text.zh\u{201d} is missing"),
        "{}",
        en(5)
    );
    for (lang, s) in shown(&Msg::CustomSetRejected(errors[5].clone())) {
        assert!(s.contains("my.a") && s.contains("text.zh"), "{lang:?}: {s}");
    }
    assert!(detail(&Msg::CustomSetRejected(errors[5].clone()))
        .is_some_and(|d| d.contains("missing field `zh`")));
}

#[test]
fn a_refused_backup_is_told_plainly_in_every_language() {
    let parts = [Part::Assessment(1), Part::Register, Part::Lists];
    let mut errors: Vec<BackupError> = import_errors().into_iter().map(BackupError::File).collect();
    for (part, error) in parts.into_iter().zip(import_errors().into_iter().skip(7)) {
        errors.push(BackupError::Part { part, error });
    }
    let catalogue = builtin::catalogue().expect("catalogue");
    errors.push(BackupError::CustomSet(
        custom::load("[]", &catalogue).unwrap_err(),
    ));
    for e in &errors {
        shown(&Msg::BackupFailed(e.clone()));
    }
    let second = english(&Msg::BackupFailed(errors[errors.len() - 4].clone()));
    assert!(second.contains("in its assessment 2,"), "{second}");
    for (lang, s) in shown(&Msg::BackupFailed(errors[errors.len() - 4].clone())) {
        assert!(s.contains('2'), "{lang:?} names the assessment: {s}");
    }
}

#[test]
fn embedding_errors_name_the_option_and_what_it_takes() {
    // For the web editor, in English (they are thrown before any language is chosen).
    let options = |json: &str| {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        embed::options(&v).and_then(embed::config).unwrap_err()
    };
    let errors = [
        options("5"),
        options(r#"{"langauge":"en"}"#),
        options(r#"{"modules":{"a":1}}"#),
        options(r#"{"lang":"xx"}"#),
        options(r#"{"modules":"shipping"}"#),
        options(r#"{"storageKey":"a b"}"#),
        options(r#"{"theme":"sepia"}"#),
        options(r#"{"theme":1}"#),
        embed::parse_format("pdf").unwrap_err(),
        embed::parse_target(Some("shipment")).unwrap_err(),
    ];
    for e in &errors {
        assert_plain(Lang::En, "option", &e.to_string());
    }
    assert!(matches!(
        errors[2],
        OptionError::Type {
            option: "modules",
            ..
        }
    ));
    // The colour scheme: a wrong value names the option and the three it takes.
    assert_eq!(
        errors[6].to_string(),
        "att-diligence: option theme: unknown theme \"sepia\"; use one of auto, light, dark"
    );
    assert_eq!(
        errors[7].to_string(),
        "att-diligence: option theme: the value must be \"light\", \"dark\" or \"auto\""
    );
    let theme = |json: &str| {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        embed::options(&v).and_then(embed::config).unwrap().theme
    };
    assert_eq!(theme("{}"), embed::Theme::Auto);
    assert_eq!(theme(r#"{"theme":""}"#), embed::Theme::Auto);
    assert_eq!(theme(r#"{"theme":"auto"}"#), embed::Theme::Auto);
    assert_eq!(theme(r#"{"theme":"light"}"#), embed::Theme::Light);
    assert_eq!(theme(r#"{"theme":" Dark "}"#), embed::Theme::Dark);
    for e in [
        StateError::NotAState,
        StateError::NewerFormat(9),
        StateError::Malformed("assessments"),
    ] {
        assert_plain(Lang::En, "state", &e.to_string());
    }
    let broken = Msg::ContentBroken("expected value at line 1 column 1".into());
    shown(&broken);
    assert_eq!(
        detail(&broken).as_deref(),
        Some("expected value at line 1 column 1")
    );
    shown(&Msg::FileUnreadable);
}

/// The counts a message says, with the text for each.
fn counted(lang: Lang, n: usize) -> Vec<String> {
    [
        Msg::RegisterImported {
            shipments: n,
            integrity: Integrity::Intact,
        },
        Msg::BackupPreview {
            assessments: n,
            shipments: n,
            custom_sets: n,
        },
        Msg::BackupRestored {
            assessments: n,
            shipments: n,
        },
        Msg::UncheckedCount(n),
        Msg::ListEntries(n),
        Msg::SetChanged {
            from: "1.0.0".into(),
            to: "1.1.0".into(),
            new_items: n,
            retired: n,
        },
    ]
    .iter()
    .map(|m| {
        let s = text(lang, m);
        assert_plain(lang, &format!("{m:?}"), &s);
        for mark in ["(es)", "(x)", "(s)"] {
            assert!(!s.contains(mark), "{lang:?}: {s}");
        }
        s
    })
    .collect()
}

#[test]
fn counts_take_the_right_plural_in_every_language() {
    for n in [0, 1, 2, 3, 5, 11, 21, 22, 100_000] {
        for lang in Lang::ALL {
            counted(lang, n);
        }
    }
    let en = |n| counted(Lang::En, n);
    assert!(en(1)[0].starts_with("1 shipment imported"), "{}", en(1)[0]);
    assert!(en(2)[0].starts_with("2 shipments imported"), "{}", en(2)[0]);
    assert!(
        en(100_000)[0].starts_with("100,000 shipments"),
        "{}",
        en(100_000)[0]
    );
    assert!(en(1)[1].contains("1 assessment, 1 shipment and 1 custom question set."));
    assert_eq!(en(1)[2], "Backup restored: 1 assessment and 1 shipment.");
    assert_eq!(en(1)[4], "1 entry");
    assert!(
        en(1)[5].contains("1 new item to answer; 1 answered item no longer"),
        "{}",
        en(1)[5]
    );
    let fr = |n| counted(Lang::Fr, n);
    assert!(
        fr(0)[1].contains("0 évaluation, 0 expédition et 0 jeu de questions personnalisé"),
        "{}",
        fr(0)[1]
    );
    assert!(
        fr(2)[1].contains("2 évaluations, 2 expéditions et 2 jeux de questions personnalisés"),
        "{}",
        fr(2)[1]
    );
    let es = |n| counted(Lang::Es, n);
    assert!(es(1)[2].contains("1 evaluación y 1 envío"), "{}", es(1)[2]);
    assert!(
        es(3)[2].contains("3 evaluaciones y 3 envíos"),
        "{}",
        es(3)[2]
    );
    let ru = |n| counted(Lang::Ru, n);
    assert!(
        ru(1)[0].starts_with("1 поставка импортирована"),
        "{}",
        ru(1)[0]
    );
    assert!(
        ru(3)[0].starts_with("3 поставки импортированы"),
        "{}",
        ru(3)[0]
    );
    assert!(
        ru(11)[0].starts_with("11 поставок импортировано"),
        "{}",
        ru(11)[0]
    );
    assert!(
        ru(21)[0].starts_with("21 поставка импортирована"),
        "{}",
        ru(21)[0]
    );
}
