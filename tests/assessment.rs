//! A compliance officer's answers: recorded by item id, counted, saved and restored exactly.

use att_diligence::core::assessment::{Action, Assessment, DetailField, Field, Status};
use att_diligence::core::question_set::{ItemId, QuestionSet};
use att_diligence::core::saved::{self, LoadError};

/// A small set in the real file format, so these tests do not depend on the built-in content.
fn two_item_set() -> QuestionSet {
    serde_json::from_str(
        r#"{"format":1,"id":"test-set","version":"1.0.0","module":"programme",
            "title":{"en":"T","zh":"T"},
            "sections":[{"id":"s","title":{"en":"S","zh":"S"},"items":[
              {"id":"s.a","text":{"en":"A?","zh":"甲？"},"provenance":[{"seed":"app1.p1"}]},
              {"id":"s.b","text":{"en":"B?","zh":"乙？"},"provenance":[{"seed":"app1.p2"}]}]}]}"#,
    )
    .expect("test set parses")
}

fn id(s: &str) -> ItemId {
    ItemId::from(s)
}

#[test]
fn answering_an_item_records_it_and_counts_progress() {
    let set = two_item_set();
    let mut a = Assessment::new(&set);
    assert_eq!(a.progress(&set).answered, 0);
    a.apply(Action::SetStatus(id("s.a"), Status::PartlyInPlace));
    assert_eq!(a.status(&id("s.a")), Some(Status::PartlyInPlace));
    let p = a.progress(&set);
    assert_eq!((p.answered, p.total), (1, 2));
    a.apply(Action::SetStatus(id("s.a"), Status::InPlace));
    assert_eq!(
        a.status(&id("s.a")),
        Some(Status::InPlace),
        "a new answer replaces the old"
    );
}

#[test]
fn a_note_without_an_answer_is_kept_but_not_counted() {
    let set = two_item_set();
    let mut a = Assessment::new(&set);
    a.apply(Action::SetText(
        id("s.b"),
        Field::Note,
        "policy under review".into(),
    ));
    assert_eq!(
        a.response(&id("s.b")).map(|r| r.note.as_str()),
        Some("policy under review")
    );
    assert_eq!(a.progress(&set).answered, 0);
    a.apply(Action::SetText(id("s.b"), Field::Note, String::new()));
    assert!(
        a.responses.is_empty(),
        "clearing the note leaves nothing behind"
    );
}

#[test]
fn clearing_an_item_forgets_answer_and_note() {
    let set = two_item_set();
    let mut a = Assessment::new(&set);
    a.apply(Action::SetStatus(id("s.a"), Status::NotInPlace));
    a.apply(Action::SetText(id("s.a"), Field::Note, "gap".into()));
    a.apply(Action::Clear(id("s.a")));
    assert_eq!(a.status(&id("s.a")), None);
    assert_eq!(a.response(&id("s.a")), None);
}

#[test]
fn answers_to_items_a_newer_set_dropped_do_not_count_towards_progress() {
    let set = two_item_set();
    let mut a = Assessment::new(&set);
    a.apply(Action::SetStatus(id("s.gone"), Status::InPlace));
    a.apply(Action::SetStatus(id("s.b"), Status::InPlace));
    assert_eq!(a.progress(&set).answered, 1);
}

#[test]
fn saved_work_restores_exactly() {
    let set = two_item_set();
    let mut a = Assessment::new(&set);
    a.apply(Action::SetStatus(id("s.a"), Status::NotApplicable));
    a.apply(Action::SetText(
        id("s.a"),
        Field::Note,
        "<script>alert(1)</script> \"quoted\" 中文".into(),
    ));
    a.apply(Action::SetStatus(id("s.b"), Status::NotInPlace));
    for (field, value) in [
        (Field::EvidenceDocument, "ICP manual v3"),
        (Field::EvidenceDate, "2026-05-01"),
        (Field::EvidenceLocation, "=HYPERLINK(\"x\")"),
        (Field::Owner, "Head of compliance"),
        (Field::Due, "2026-12-31"),
    ] {
        a.apply(Action::SetText(id("s.b"), field, value.into()));
    }
    a.apply(Action::SetDetail(
        DetailField::Organisation,
        "Acme Defence".into(),
    ));
    a.apply(Action::SetDetail(
        DetailField::Scope,
        "Land systems, 2026".into(),
    ));
    let text = saved::encode(&a);
    assert_eq!(saved::decode(&text), Ok(a.clone()));
    assert_eq!(
        saved::encode(&saved::decode(&text).unwrap()),
        text,
        "stable bytes"
    );
}

#[test]
fn unreadable_saved_work_is_reported_not_guessed() {
    type Expect = fn(&LoadError) -> bool;
    let cases: &[(&str, Expect)] = &[
        ("", |e| matches!(e, LoadError::Malformed(_))),
        ("{not json", |e| matches!(e, LoadError::Malformed(_))),
        ("[1,2,3]", |e| matches!(e, LoadError::Malformed(_))),
        (r#"{"kind":"something-else","version":1}"#, |e| {
            matches!(e, LoadError::NotAnAssessment)
        }),
        (r#"{"kind":"att-diligence/assessment","version":99}"#, |e| {
            matches!(e, LoadError::UnsupportedVersion(99))
        }),
        (
            r#"{"kind":"att-diligence/assessment","version":1,"set":{"id":"x","version":"1.0.0"},"responses":{"a":{"status":"maybe"}}}"#,
            |e| matches!(e, LoadError::Malformed(_)),
        ),
    ];
    for (input, expected) in cases {
        match saved::decode(input) {
            Err(e) => assert!(expected(&e), "{input:?} gave {e:?}"),
            Ok(a) => panic!("{input:?} was accepted as {a:?}"),
        }
    }
}

#[test]
fn every_free_text_field_is_recorded_and_read_back() {
    let set = two_item_set();
    let mut a = Assessment::new(&set);
    for (i, field) in Field::ALL.into_iter().enumerate() {
        a.apply(Action::SetText(id("s.a"), field, format!("value {i}")));
    }
    let r = a.response(&id("s.a")).expect("recorded");
    for (i, field) in Field::ALL.into_iter().enumerate() {
        assert_eq!(field.get(r), format!("value {i}"), "{field:?}");
    }
    for field in Field::ALL {
        a.apply(Action::SetText(id("s.a"), field, String::new()));
    }
    assert_eq!(
        a.response(&id("s.a")),
        None,
        "emptied fields leave nothing behind"
    );
}

#[test]
fn progress_is_counted_per_section() {
    let set = two_item_set();
    let mut a = Assessment::new(&set);
    a.apply(Action::SetStatus(id("s.b"), Status::InPlace));
    let p = a.section_progress(&set, &"s".into());
    assert_eq!((p.answered, p.total, p.is_complete()), (1, 2, false));
}

#[test]
fn not_sure_is_recorded_but_leaves_the_item_unanswered() {
    let set = two_item_set();
    let mut a = Assessment::new(&set);
    a.apply(Action::SetStatus(id("s.a"), Status::Unsure));
    a.apply(Action::SetStatus(id("s.b"), Status::NotInPlace));
    assert_eq!(a.status(&id("s.a")), Some(Status::Unsure), "kept as given");
    assert!(!a.is_answered(&id("s.a")), "not sure is not an answer");
    assert!(a.is_answered(&id("s.b")));
    let p = a.progress(&set);
    assert_eq!(
        (p.answered, p.total),
        (1, 2),
        "only the definite answer counts"
    );
    assert_eq!(a.section_progress(&set, &"s".into()).answered, 1);
    assert_eq!(a.progress_by_section(&set)[0].answered, 1);
    a.apply(Action::SetStatus(id("s.a"), Status::InPlace));
    assert!(
        a.progress(&set).is_complete(),
        "a definite answer replaces it"
    );
}

#[test]
fn every_status_has_one_token_in_files_and_element_ids() {
    let tokens: Vec<&str> = Status::ALL.iter().map(|s| s.token()).collect();
    assert_eq!(
        tokens,
        [
            "in_place",
            "partly_in_place",
            "not_in_place",
            "not_applicable",
            "unsure"
        ]
    );
    for status in Status::ALL {
        assert_eq!(
            serde_json::to_string(&status).unwrap(),
            format!("\"{}\"", status.token()),
            "JSON and CSV write the same token for {status:?}"
        );
        assert_eq!(status.is_definite(), status != Status::Unsure);
    }
}

#[test]
fn a_not_sure_answer_with_its_plan_is_saved_and_restored() {
    let set = two_item_set();
    let mut a = Assessment::new(&set);
    a.apply(Action::SetStatus(id("s.a"), Status::Unsure));
    a.apply(Action::SetText(id("s.a"), Field::Owner, "Legal".into()));
    a.apply(Action::SetText(id("s.a"), Field::Due, "2027-01-15".into()));
    let text = saved::encode(&a);
    assert!(text.contains(r#""status":"unsure""#), "{text}");
    let back = saved::decode(&text).expect("reads back");
    assert_eq!(back, a);
    assert_eq!(saved::encode(&back), text, "stable bytes");
}

#[test]
fn two_tabs_answering_one_assessment_both_keep_their_answers() {
    use att_diligence::core::assessment::merge;
    let item = |s: &str| {
        id(if s.ends_with("commitment") {
            "s.a"
        } else {
            "s.b"
        })
    };
    let mut base = Assessment::new(&two_item_set());
    base.apply(Action::SetStatus(
        item("prog.gov.management-commitment"),
        Status::InPlace,
    ));
    // Tab A answered another item and wrote it; tab B, not yet aware, wrote a note.
    let mut theirs = base.clone();
    theirs.apply(Action::SetStatus(
        item("prog.gov.hr-ihl-policy"),
        Status::NotInPlace,
    ));
    let mut ours = base.clone();
    ours.apply(Action::SetText(
        item("prog.gov.management-commitment"),
        Field::Note,
        "typed in B".into(),
    ));
    let merged = merge(&theirs, &base, &ours);
    assert_eq!(
        merged.responses[&item("prog.gov.hr-ihl-policy")].status,
        Some(Status::NotInPlace),
        "A's answer kept"
    );
    let mine = &merged.responses[&item("prog.gov.management-commitment")];
    assert_eq!(mine.note, "typed in B", "B's note kept");
    assert_eq!(mine.status, Some(Status::InPlace));
    // The same item changed in both: this tab's change is the one written.
    let mut theirs2 = base.clone();
    theirs2.apply(Action::SetStatus(
        item("prog.gov.management-commitment"),
        Status::NotApplicable,
    ));
    let merged = merge(&theirs2, &base, &ours);
    assert_eq!(
        merged.responses[&item("prog.gov.management-commitment")].note,
        "typed in B"
    );
}
