//! Several assessments side by side: created, renamed, duplicated, deleted, kept apart, and
//! saved and restored through the workspace index.

use std::collections::BTreeMap;

use att_diligence::core::assessment::{Action, Assessment, Status};
use att_diligence::core::question_set::{ItemId, QuestionSet, SetId};
use att_diligence::core::saved::{self, LoadError};
use att_diligence::core::workspace::{AssessmentId, Workspace, WorkspaceAction};

fn set() -> QuestionSet {
    serde_json::from_str(
        r#"{"format":1,"id":"prog","version":"1.0.0","module":"programme","title":{"en":"T","zh":"T"},
            "sections":[{"id":"s","title":{"en":"S","zh":"S"},"items":[
              {"id":"s.a","text":{"en":"A?","zh":"甲？"},"provenance":[{"seed":"app1.p1"}]}]}]}"#,
    )
    .expect("test set parses")
}

fn open_id(w: &Workspace) -> AssessmentId {
    w.open_of(&SetId::from("prog"))
        .expect("an open assessment")
        .0
        .id
        .clone()
}

fn answer_open(w: &mut Workspace, status: Status) {
    let id = open_id(w);
    w.apply(WorkspaceAction::Edit(
        id,
        Action::SetStatus(ItemId::from("s.a"), status),
    ));
}

fn open_status(w: &Workspace) -> Option<Status> {
    w.open_of(&SetId::from("prog"))?
        .1
        .status(&ItemId::from("s.a"))
}

#[test]
fn a_set_always_has_an_open_assessment() {
    let mut w = Workspace::default();
    w.ensure(&set(), "Assessment 1");
    assert_eq!(w.entries.len(), 1);
    w.ensure(&set(), "Assessment 1");
    assert_eq!(w.entries.len(), 1, "ensure is idempotent");
}

#[test]
fn an_assessment_saved_before_workspaces_is_adopted_under_the_set_id() {
    let mut legacy = Assessment::new(&set());
    legacy.apply(Action::SetStatus(ItemId::from("s.a"), Status::InPlace));
    let mut w = Workspace::default();
    w.adopt(AssessmentId("prog".into()), "Assessment 1".into(), legacy);
    w.ensure(&set(), "Assessment 1");
    assert_eq!(w.entries.len(), 1, "nothing added beside the adopted one");
    assert_eq!(open_id(&w).as_str(), "prog");
    assert_eq!(open_status(&w), Some(Status::InPlace));
}

#[test]
fn two_assessments_keep_their_answers_apart() {
    let mut w = Workspace::default();
    w.ensure(&set(), "Land systems");
    answer_open(&mut w, Status::InPlace);
    let first = open_id(&w);
    w.apply(WorkspaceAction::Create {
        set: "prog".into(),
        version: "1.0.0".into(),
        name: "Naval".into(),
    });
    assert_ne!(open_id(&w), first, "the new one is opened");
    assert_eq!(open_status(&w), None, "and starts empty");
    answer_open(&mut w, Status::NotInPlace);
    w.apply(WorkspaceAction::Open(first));
    assert_eq!(open_status(&w), Some(Status::InPlace));
}

#[test]
fn rename_duplicate_and_delete() {
    let mut w = Workspace::default();
    w.ensure(&set(), "2025");
    answer_open(&mut w, Status::PartlyInPlace);
    let original = open_id(&w);
    w.apply(WorkspaceAction::Rename(original.clone(), "FY 2025".into()));
    w.apply(WorkspaceAction::Duplicate(
        original.clone(),
        "FY 2026".into(),
    ));
    let copy = open_id(&w);
    assert_ne!(copy, original);
    assert_eq!(
        open_status(&w),
        Some(Status::PartlyInPlace),
        "the copy has the answers"
    );
    answer_open(&mut w, Status::InPlace);
    let names: Vec<&str> = w.entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["FY 2025", "FY 2026"]);

    w.apply(WorkspaceAction::Delete(copy.clone()));
    assert_eq!(open_id(&w), original, "the remaining one is opened");
    assert_eq!(
        open_status(&w),
        Some(Status::PartlyInPlace),
        "the original is untouched"
    );
    w.apply(WorkspaceAction::Create {
        set: "prog".into(),
        version: "1.0.0".into(),
        name: "x".into(),
    });
    assert_ne!(open_id(&w), copy, "a deleted id is never reused");
}

#[test]
fn an_edit_replaces_only_the_assessment_edited() {
    let mut w = Workspace::default();
    w.ensure(&set(), "A");
    w.apply(WorkspaceAction::Create {
        set: "prog".into(),
        version: "1.0.0".into(),
        name: "B".into(),
    });
    let before = w.clone();
    answer_open(&mut w, Status::InPlace);
    let changed: Vec<&AssessmentId> = w
        .assessments
        .iter()
        .filter(|(id, a)| !std::rc::Rc::ptr_eq(a, &before.assessments[*id]))
        .map(|(id, _)| id)
        .collect();
    assert_eq!(
        changed,
        [&open_id(&w)],
        "the saving effect writes one assessment"
    );
}

#[test]
fn the_workspace_is_saved_and_restored_through_its_index() {
    let mut w = Workspace::default();
    w.ensure(&set(), "A");
    answer_open(&mut w, Status::NotApplicable);
    w.apply(WorkspaceAction::Create {
        set: "prog".into(),
        version: "1.0.0".into(),
        name: "B".into(),
    });
    let mut storage: BTreeMap<AssessmentId, String> = w
        .assessments
        .iter()
        .map(|(id, a)| (id.clone(), saved::encode(a)))
        .collect();
    let index = saved::encode_index(&w);
    let (restored, errors) =
        saved::decode_index(&index, |id| storage.get(id).map(|t| saved::decode(t))).expect("index");
    assert!(errors.is_empty());
    assert_eq!(restored, w);

    let broken = w.entries[0].id.clone();
    storage.insert(broken.clone(), "{".into());
    let (restored, errors) =
        saved::decode_index(&index, |id| storage.get(id).map(|t| saved::decode(t))).expect("index");
    assert_eq!(restored.entries.len(), 1, "the readable one is kept");
    assert!(matches!(&errors[..], [(id, LoadError::Malformed(_))] if *id == broken));
}

#[test]
fn an_import_is_added_as_new_or_replaces_the_open_one() {
    let mut w = Workspace::default();
    w.ensure(&set(), "Mine");
    answer_open(&mut w, Status::InPlace);
    let mine = open_id(&w);
    let mut theirs = Assessment::new(&set());
    theirs.apply(Action::SetStatus(ItemId::from("s.a"), Status::NotInPlace));

    w.apply(WorkspaceAction::Import {
        name: "From auditor".into(),
        assessment: theirs.clone(),
        replace: None,
    });
    assert_ne!(open_id(&w), mine, "added and opened");
    assert_eq!(open_status(&w), Some(Status::NotInPlace));
    assert_eq!(w.entries.len(), 2);
    w.apply(WorkspaceAction::Open(mine.clone()));
    assert_eq!(open_status(&w), Some(Status::InPlace), "mine untouched");

    w.apply(WorkspaceAction::Import {
        name: String::new(),
        assessment: theirs,
        replace: Some(mine.clone()),
    });
    assert_eq!(
        (open_id(&w), open_status(&w)),
        (mine, Some(Status::NotInPlace))
    );
    assert_eq!(w.entries.len(), 2);
    assert_eq!(
        w.entries[0].name, "Mine",
        "an unnamed import keeps the name"
    );
}

#[test]
fn deleting_the_last_assessment_leaves_a_blank_one_to_work_in() {
    let mut w = Workspace::default();
    w.ensure(&set(), "Only");
    answer_open(&mut w, Status::InPlace);
    let only = open_id(&w);
    w.apply(WorkspaceAction::Delete(only.clone()));
    assert_eq!(w.entries.len(), 1);
    assert_ne!(open_id(&w), only, "a new id");
    assert_eq!(open_status(&w), None, "blank");
    assert_eq!(w.entries[0].name, "Only");
}

#[test]
fn reserved_ids_are_never_handed_out() {
    let mut w = Workspace::default();
    w.reserve(7);
    w.apply(WorkspaceAction::Create {
        set: "prog".into(),
        version: "1.0.0".into(),
        name: "x".into(),
    });
    assert_eq!(open_id(&w).as_str(), "prog-8");
}
