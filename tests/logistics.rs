//! The programme set for logistics firms beside the industry one: it loads and validates, it
//! has its own name in the module navigation, the industry set stays the default, and a
//! workspace keeps each set's assessment apart; and the programme set's 1.1.0 additions are
//! listed as new for an assessment answered on 1.0.0.

use std::collections::BTreeMap;

use att_diligence::core::assessment::{Action, Assessment, Status};
use att_diligence::core::builtin;
use att_diligence::core::custom::{self, CustomSetError};
use att_diligence::core::i18n::{text, Msg};
use att_diligence::core::question_set::{ItemId, Lang, ModuleKind, QuestionSet, SetId};
use att_diligence::core::saved;
use att_diligence::core::summary::set_changes;
use att_diligence::core::validate::validate;
use att_diligence::core::workspace::{Workspace, WorkspaceAction};

const INDUSTRY: &str = "att-programme";
const LOGISTICS: &str = "att-logistics-programme";

fn builtin_set(id: &str) -> QuestionSet {
    builtin::sets()
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .find(|s| s.id.as_str() == id)
        .unwrap_or_else(|| panic!("no built-in set {id}"))
}

/// What the module navigation shows for a built-in set (as `ui::app` does).
fn tab_name(set: &QuestionSet, lang: Lang) -> String {
    match &set.label {
        Some(label) => label.get(lang).to_owned(),
        None => text(lang, &Msg::ModuleName(set.module)),
    }
}

#[test]
fn the_logistics_programme_is_a_valid_built_in_programme_set() {
    let set = builtin_set(LOGISTICS);
    let catalogue = builtin::catalogue().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(set.module, ModuleKind::Programme);
    assert_eq!(set.version, "1.0.0");
    let problems: Vec<String> = validate(&set, &catalogue)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    let items = set.items().count();
    assert!((20..=30).contains(&items), "{items} items");
}

#[test]
fn two_programme_sets_have_different_names_in_the_navigation() {
    let (industry, logistics) = (builtin_set(INDUSTRY), builtin_set(LOGISTICS));
    assert!(logistics.label.is_some(), "the logistics set names its tab");
    for lang in Lang::ALL {
        assert_ne!(
            tab_name(&industry, lang),
            tab_name(&logistics, lang),
            "both programme tabs read the same in {lang:?}"
        );
    }
}

#[test]
fn no_two_built_in_sets_share_a_tab_name() {
    let sets = builtin::sets().unwrap_or_else(|e| panic!("{e}"));
    let mut names: BTreeMap<(String, &str), &str> = BTreeMap::new();
    for set in &sets {
        for lang in [Lang::En, Lang::Zh] {
            if let Some(other) = names.insert((tab_name(set, lang), lang.tag()), set.id.as_str()) {
                panic!("{other} and {} share a tab name in {lang:?}", set.id);
            }
        }
    }
}

/// The default tab and the JS API's `exportAs` take the first programme set in built-in order.
#[test]
fn the_industry_programme_stays_the_first_programme_set() {
    let sets = builtin::sets().unwrap_or_else(|e| panic!("{e}"));
    let first = sets
        .iter()
        .find(|s| s.module == ModuleKind::Programme)
        .map(|s| s.id.as_str());
    assert_eq!(first, Some(INDUSTRY));
}

#[test]
fn a_workspace_keeps_an_assessment_per_programme_set_through_saving() {
    let (industry, logistics) = (builtin_set(INDUSTRY), builtin_set(LOGISTICS));
    let mut w = Workspace::default();
    w.ensure(&industry, "Assessment 1");
    w.ensure(&logistics, "Assessment 1");
    let answer = |w: &mut Workspace, set: &QuestionSet, item: &str, status: Status| {
        let id = w.open_of(&set.id).expect("an open assessment").0.id.clone();
        w.apply(WorkspaceAction::Edit(
            id,
            Action::SetStatus(ItemId::from(item), status),
        ));
    };
    answer(
        &mut w,
        &industry,
        "prog.ctl.party-screening",
        Status::InPlace,
    );
    answer(&mut w, &logistics, "lgx.scr.parties", Status::NotInPlace);

    let files: BTreeMap<String, String> = w
        .assessments
        .iter()
        .map(|(id, a)| (id.as_str().to_owned(), saved::encode(a)))
        .collect();
    let (restored, errors) = saved::decode_index(&saved::encode_index(&w), |id| {
        files.get(id.as_str()).map(|t| saved::decode(t))
    })
    .expect("the index reads back");
    assert!(errors.is_empty(), "{errors:?}");
    let status = |set: &QuestionSet, item: &str| {
        restored
            .open_of(&set.id)
            .and_then(|(_, a)| a.status(&ItemId::from(item)))
    };
    assert_eq!(
        status(&industry, "prog.ctl.party-screening"),
        Some(Status::InPlace)
    );
    assert_eq!(
        status(&logistics, "lgx.scr.parties"),
        Some(Status::NotInPlace)
    );
    assert_eq!(status(&industry, "lgx.scr.parties"), None, "kept apart");
    assert_eq!(restored.entries_of(&SetId::from(LOGISTICS)).count(), 1);
}

#[test]
fn an_assessment_answered_on_programme_1_0_0_lists_what_1_1_0_added() {
    let set = builtin_set(INDUSTRY);
    let mut old = Assessment::new(&set);
    old.set_version = "1.0.0".into();
    old.apply(Action::SetStatus(
        ItemId::from("prog.gov.management-commitment"),
        Status::InPlace,
    ));
    let changes = set_changes(&set, &old).expect("the set moved on from 1.0.0");
    let added: Vec<&str> = changes.new_items.iter().map(ItemId::as_str).collect();
    for id in [
        "prog.ctl.classification",
        "prog.ctl.licence-determination",
        "prog.ctl.shipment-checks",
        "prog.ctl.party-screening",
        "prog.rem.grievance",
        "prog.rem.remediation",
        "prog.rem.communication",
        "prog.mit.contract-retransfer",
        "prog.risk.agents-distributors",
        "prog.gov.high-risk-frameworks",
        "prog.life.field-evidence",
    ] {
        assert!(added.contains(&id), "{id} not listed as new: {added:?}");
    }
    assert_eq!(added.len(), 11, "{added:?}");
    assert!(changes.retired_items.is_empty());
}

#[test]
fn a_custom_set_with_an_empty_label_is_refused_and_the_label_named() {
    let catalogue = builtin::catalogue().unwrap_or_else(|e| panic!("{e}"));
    let with_label = |en: &str| {
        format!(
            r#"{{"format":1,"id":"ngo-logistics","version":"1.0.0","module":"programme",
              "title":{{"en":"Our check","zh":"我们的检查"}},"label":{{"en":"{en}","zh":"物流"}},
              "sections":[{{"id":"ngo.s","title":{{"en":"S","zh":"S"}},"items":[
                {{"id":"ngo.s.a","text":{{"en":"A?","zh":"甲？"}},"provenance":[{{"seed":"wp.p20.logistics"}}]}}]}}]}}"#
        )
    };
    let loaded = custom::load(&with_label("Logistics"), &catalogue).expect("a labelled set loads");
    assert_eq!(
        loaded.label.as_ref().map(|l| l.get(Lang::En)),
        Some("Logistics")
    );
    match custom::load(&with_label(" "), &catalogue) {
        Err(CustomSetError::Invalid(problems)) => {
            assert!(
                problems.iter().any(|p| p.field == "label.en"),
                "{problems:?}"
            );
        }
        other => panic!("an empty label was accepted: {other:?}"),
    }
}
