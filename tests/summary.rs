//! The summary a compliance officer leaves with: gaps as an action plan, what is not
//! applicable and why, per-section status, filters, and what changed in a newer set version.

use att_diligence::core::assessment::{Action, Assessment, Field, Status};
use att_diligence::core::question_set::{ItemId, QuestionSet};
use att_diligence::core::summary::{set_changes, summarize, Filter};

fn set(version: &str, extra_item_since: Option<&str>) -> QuestionSet {
    let extra = extra_item_since.map_or(String::new(), |since| {
        format!(
            r#",{{"id":"b.new","text":{{"en":"New?","zh":"新？"}},"since":"{since}","provenance":[{{"seed":"app1.p7"}}]}}"#
        )
    });
    serde_json::from_str(&format!(
        r#"{{"format":1,"id":"t","version":"{version}","module":"programme","title":{{"en":"T","zh":"T"}},
        "sections":[
          {{"id":"a","title":{{"en":"A","zh":"甲"}},"items":[
            {{"id":"a.1","text":{{"en":"1?","zh":"1？"}},"provenance":[{{"seed":"app1.p1"}}]}},
            {{"id":"a.2","text":{{"en":"2?","zh":"2？"}},"provenance":[{{"seed":"app1.p2"}}]}}]}},
          {{"id":"b","title":{{"en":"B","zh":"乙"}},"items":[
            {{"id":"b.1","text":{{"en":"3?","zh":"3？"}},"provenance":[{{"seed":"app1.p3"}}]}}{extra}]}}]}}"#
    ))
    .expect("test set parses")
}

fn id(s: &str) -> ItemId {
    ItemId::from(s)
}

fn answer(a: &mut Assessment, item: &str, status: Status, fields: &[(Field, &str)]) {
    a.apply(Action::SetStatus(id(item), status));
    for (f, v) in fields {
        a.apply(Action::SetText(id(item), *f, (*v).into()));
    }
}

#[test]
fn gaps_become_an_action_plan_ordered_by_due_date() {
    let set = set("1.0.0", None);
    let mut a = Assessment::new(&set);
    answer(&mut a, "a.1", Status::NotInPlace, &[]);
    answer(
        &mut a,
        "a.2",
        Status::PartlyInPlace,
        &[(Field::Owner, "Legal"), (Field::Due, "2027-03-01")],
    );
    answer(
        &mut a,
        "b.1",
        Status::NotInPlace,
        &[(Field::Owner, "Sales"), (Field::Due, "2026-12-01")],
    );
    let s = summarize(&set, &a);
    let plan: Vec<(&str, &str, &str)> = s
        .gaps
        .iter()
        .map(|g| (g.item.as_str(), g.owner.as_str(), g.due.as_str()))
        .collect();
    assert_eq!(
        plan,
        [
            ("b.1", "Sales", "2026-12-01"),
            ("a.2", "Legal", "2027-03-01"),
            ("a.1", "", "")
        ]
    );
    assert_eq!(s.sections[0].gaps, 2);
    assert_eq!(s.sections[1].gaps, 1);
}

#[test]
fn not_applicable_items_are_listed_with_their_reason() {
    let set = set("1.0.0", None);
    let mut a = Assessment::new(&set);
    answer(
        &mut a,
        "a.2",
        Status::NotApplicable,
        &[(Field::Note, "We do not broker")],
    );
    answer(&mut a, "b.1", Status::InPlace, &[]);
    let s = summarize(&set, &a);
    assert_eq!(s.not_applicable.len(), 1);
    assert_eq!(
        (
            s.not_applicable[0].item.as_str(),
            s.not_applicable[0].reason.as_str()
        ),
        ("a.2", "We do not broker")
    );
    assert!(s.gaps.is_empty());
    assert_eq!((s.overall.answered, s.overall.total), (2, 3));
    assert_eq!(
        (
            s.sections[0].progress.answered,
            s.sections[1].progress.answered
        ),
        (1, 1)
    );
}

#[test]
fn filters_show_unanswered_items_or_gaps() {
    let set = set("1.0.0", None);
    let mut a = Assessment::new(&set);
    answer(&mut a, "a.1", Status::InPlace, &[]);
    answer(&mut a, "a.2", Status::PartlyInPlace, &[]);
    let shown = |f: Filter| -> Vec<&str> {
        set.items()
            .filter(|i| f.shows(&a, &i.id))
            .map(|i| i.id.as_str())
            .collect()
    };
    assert_eq!(shown(Filter::All), ["a.1", "a.2", "b.1"]);
    assert_eq!(shown(Filter::Unanswered), ["b.1"]);
    assert_eq!(shown(Filter::Gaps), ["a.2"]);
}

#[test]
fn a_newer_set_version_keeps_answers_and_says_what_changed() {
    let old = set("1.0.0", None);
    let mut a = Assessment::new(&old);
    answer(&mut a, "a.1", Status::InPlace, &[]);
    a.apply(Action::SetStatus(id("retired.item"), Status::NotInPlace));
    assert_eq!(
        set_changes(&old, &a),
        None,
        "same version: nothing to report"
    );

    let newer = set("1.10.0", Some("1.2.0"));
    let changes = set_changes(&newer, &a).expect("version changed");
    assert_eq!(
        (changes.from_version.as_str(), changes.to_version.as_str()),
        ("1.0.0", "1.10.0")
    );
    assert_eq!(changes.new_items, [id("b.new")]);
    assert_eq!(changes.retired_items, [id("retired.item")]);
    assert_eq!(a.status(&id("a.1")), Some(Status::InPlace), "answers kept");
    assert_eq!(a.progress(&newer).total, 4);

    a.apply(Action::AcknowledgeVersion(newer.version.clone()));
    assert_eq!(set_changes(&newer, &a), None, "acknowledged");
}

#[test]
fn not_sure_answers_are_gaps_to_investigate_counted_apart() {
    let set = set("1.0.0", None);
    let mut a = Assessment::new(&set);
    answer(
        &mut a,
        "a.1",
        Status::Unsure,
        &[(Field::Owner, "Legal"), (Field::Due, "2026-11-30")],
    );
    answer(&mut a, "a.2", Status::NotInPlace, &[]);
    answer(&mut a, "b.1", Status::Unsure, &[]);
    let s = summarize(&set, &a);
    let plan: Vec<(&str, bool, &str)> = s
        .gaps
        .iter()
        .map(|g| (g.item.as_str(), g.is_to_investigate(), g.owner.as_str()))
        .collect();
    assert_eq!(
        plan,
        [
            ("a.1", true, "Legal"),
            ("a.2", false, ""),
            ("b.1", true, "")
        ],
        "in the action plan, marked as to investigate, dated ones first"
    );
    let counts: Vec<(usize, usize, usize)> = s
        .sections
        .iter()
        .map(|x| (x.progress.answered, x.gaps, x.to_investigate))
        .collect();
    assert_eq!(
        counts,
        [(1, 1, 1), (0, 0, 1)],
        "(answered, gaps, to investigate)"
    );
    assert_eq!((s.overall.answered, s.overall.total), (1, 3));
}

#[test]
fn not_sure_items_show_among_the_unanswered_and_the_gaps() {
    let set = set("1.0.0", None);
    let mut a = Assessment::new(&set);
    answer(&mut a, "a.1", Status::Unsure, &[]);
    answer(&mut a, "a.2", Status::InPlace, &[]);
    let shown = |f: Filter| -> Vec<&str> {
        set.items()
            .filter(|i| f.shows(&a, &i.id))
            .map(|i| i.id.as_str())
            .collect()
    };
    assert_eq!(shown(Filter::Unanswered), ["a.1", "b.1"]);
    assert_eq!(shown(Filter::Gaps), ["a.1"]);
}
