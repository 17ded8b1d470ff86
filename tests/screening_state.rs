//! The screening module's state core through a logistics firm's day: a fresh device, a batch
//! imported, a shipment edited and another removed (findings follow their shipment, never a
//! position), a list edited, jurisdictions chosen, the next visit restoring all of it, and
//! stored settings that cannot be read. Each step checks the state and the effects asked for.

use std::collections::BTreeMap;
use std::rc::Rc;

use att_diligence::core::builtin;
use att_diligence::core::embargo::Jurisdictions;
use att_diligence::core::i18n::Msg;
use att_diligence::core::lists::{ListEdits, RefList};
use att_diligence::core::question_set::{Mode, ModuleKind, QuestionSet};
use att_diligence::core::register::{Edit, Register, RegisterAction, SortKey, TextField};
use att_diligence::core::rules::RuleSet;
use att_diligence::core::saved::{LoadError, SavedPart};
use att_diligence::core::screening::Level;
use att_diligence::core::shipment::{DocStatus, Shipment};
use att_diligence::core::widget::screening::{Screening, ScreeningAction};
use att_diligence::core::widget::{Changed, Effect, HostEvent, Key};

fn screening_set() -> Rc<QuestionSet> {
    Rc::new(
        builtin::sets()
            .expect("built-in sets")
            .into_iter()
            .find(|s| s.module == ModuleKind::Screening)
            .expect("a screening set"),
    )
}

/// One embargo list of our own, so the test does not move when the reference lists change.
fn builtin_lists() -> Rc<Vec<RefList>> {
    let list: RefList = serde_json::from_str(
        r#"{"format":1,"id":"embargoes","as_of":"2026-11-27","title":{"en":"t","zh":"t"},
            "notice":{"en":"verify","zh":"核实"},"entries":[
            {"id":"ruritania","name":{"en":"Ruritania","zh":"鲁里坦尼亚"},"aliases":[],
             "imposed_by":[{"body":"UN Security Council","measure":"full arms embargo","reference":"res. 9999 (2025)","since":"2025-01-01"}]}]}"#,
    )
    .expect("test list parses");
    Rc::new(vec![list])
}

fn rules() -> Rc<RuleSet> {
    Rc::new(builtin::rules().expect("built-in rules"))
}

fn shipment(reference: &str, destination: &str) -> Shipment {
    let mut s = Shipment {
        reference: reference.into(),
        mode: Some(Mode::Sea),
        consignee: "Defence Procurement Agency".into(),
        end_user: "Army".into(),
        end_use: "Training".into(),
        destination: destination.into(),
        ..Shipment::default()
    };
    s.documents.end_user_certificate = DocStatus::Verified;
    s.documents.export_licence = DocStatus::Verified;
    s
}

/// Storage as a map, with the runner's part for the single-value effects; the register (many
/// values, written by the web layer) is kept as the state last saved.
#[derive(Default)]
struct Storage {
    values: BTreeMap<String, String>,
    register: Register,
    told: Vec<HostEvent>,
    notices: Vec<Msg>,
}

impl Storage {
    fn run(&mut self, state: &Screening, effects: &[Effect]) {
        for e in effects {
            match e {
                Effect::Save(k, v) => {
                    self.values.insert(k.name().into_owned(), v.clone());
                }
                Effect::SetAside(k, v) => {
                    self.values
                        .insert(format!("{}.unreadable", k.name()), v.clone());
                }
                Effect::Emit(event) => self.told.push(event.clone()),
                Effect::Notice(m) => self.notices.push(m.clone()),
                Effect::SaveRegister => self.register = state.register.clone(),
                Effect::FetchPack(_) => panic!("screening never fetches a pack"),
            }
        }
    }

    fn restore(&mut self) -> Screening {
        let register = self.register.clone();
        let values = self.values.clone();
        let (state, effects) = Screening::restore(
            |k: &Key| values.get(k.name().as_ref()).cloned(),
            screening_set(),
            rules(),
            builtin_lists(),
            |_| (register, Vec::new()),
        );
        self.run(&state, &effects);
        state
    }
}

fn level(s: &Screening, reference: &str) -> Option<Level> {
    let e = s
        .register
        .entries
        .iter()
        .find(|e| e.shipment.reference == reference)?;
    s.findings.get(&e.id)
}

fn id_of(s: &Screening, reference: &str) -> String {
    s.register
        .entries
        .iter()
        .find(|e| e.shipment.reference == reference)
        .map(|e| e.id.clone())
        .expect("in the register")
}

#[test]
fn a_logistics_firms_day_through_the_screening_core() {
    let mut storage = Storage::default();

    // A fresh device: nothing stored, nothing to set aside or tell.
    let mut s = storage.restore();
    assert!(s.register.entries.is_empty());
    assert_eq!(s.lists, builtin_lists());
    assert!(storage.notices.is_empty() && storage.values.is_empty());

    // A batch of three: each gets its finding, by its own id.
    let rows = vec![
        (2, shipment("AWB-1", "Freedonia")),
        (3, shipment("AWB-2", "Ruritania")),
        (4, shipment("AWB-3", "Freedonia")),
    ];
    let effects = s.apply(ScreeningAction::Register(RegisterAction::Import(rows)));
    assert_eq!(
        effects,
        [
            Effect::SaveRegister,
            Effect::Emit(HostEvent::Change(Changed::Register))
        ]
    );
    storage.run(&s, &effects);
    assert_eq!(level(&s, "AWB-2"), Some(Level::Stop), "a UN embargo stops");
    let clear = level(&s, "AWB-1").expect("screened");
    assert_ne!(clear, Level::Stop);
    assert_eq!(s.findings.len(), 3);

    // The first removed: the others keep their own findings (a positional table would shift
    // AWB-2's "stop" onto AWB-3).
    let first = id_of(&s, "AWB-1");
    let effects = s.apply(ScreeningAction::Register(RegisterAction::Remove(first)));
    storage.run(&s, &effects);
    assert_eq!(level(&s, "AWB-2"), Some(Level::Stop));
    assert_eq!(level(&s, "AWB-3"), Some(clear));
    let order = s
        .register
        .ordered(&s.findings, SortKey::Finding, Some(Level::Stop));
    let stopped: Vec<&str> = order
        .iter()
        .map(|&i| s.register.entries[i].shipment.reference.as_str())
        .collect();
    assert_eq!(stopped, ["AWB-2"], "the filter finds it by its finding");

    // AWB-3 re-routed to the embargoed country: its finding alone changes.
    let third = id_of(&s, "AWB-3");
    let edit = Edit::Text(TextField::Destination, "Ruritania".into());
    storage.run(
        &s.clone(),
        &s.apply(ScreeningAction::Register(RegisterAction::Edit(third, edit))),
    );
    assert_eq!(level(&s, "AWB-3"), Some(Level::Stop));

    // The user removes the embargo from their list: everything is screened again, the user
    // is told, and only their change is saved (over the built-in lists).
    let mut edited = (*s.lists).clone();
    edited[0].entries.clear();
    let effects = s.apply(ScreeningAction::SetLists(edited));
    assert_eq!(effects[0], Effect::Notice(Msg::ListsChanged));
    let Effect::Save(Key::Lists, json) = &effects[1] else {
        panic!("the list edits are saved: {effects:?}");
    };
    let saved: ListEdits = serde_json::from_str(json).expect("list edits as JSON");
    assert_eq!(saved.removed["embargoes"], ["ruritania"]);
    assert!(effects.contains(&Effect::SaveRegister));
    storage.run(&s, &effects);
    assert_ne!(level(&s, "AWB-2"), Some(Level::Stop));
    assert_ne!(level(&s, "AWB-3"), Some(Level::Stop));

    // Jurisdictions chosen: saved in their own form.
    let j = Jurisdictions::default().toggled("eu");
    let effects = s.apply(ScreeningAction::SetJurisdictions(j.clone()));
    assert!(effects.contains(&Effect::Save(Key::Jurisdictions, j.encode())));
    storage.run(&s, &effects);

    // The next visit: the same register, lists, jurisdictions and findings.
    let next = storage.restore();
    assert_eq!(next.register, s.register);
    assert_eq!(next.lists, s.lists);
    assert_eq!(next.jurisdictions, s.jurisdictions);
    assert_eq!(next.findings, s.findings);
    assert!(storage.notices.iter().all(|m| *m == Msg::ListsChanged));
    assert_eq!(
        storage
            .told
            .iter()
            .filter(|e| **e == HostEvent::Change(Changed::Register))
            .count(),
        5,
        "the host heard of each change to the register"
    );
}

#[test]
fn stored_settings_that_cannot_be_read_are_set_aside_and_named_and_the_defaults_used() {
    let mut storage = Storage::default();
    let newer =
        r#"{"kind":"att-diligence/list-edits","version":9,"removed":{"embargoes":["ruritania"]}}"#;
    storage.values.insert("lists".into(), newer.into());
    storage
        .values
        .insert("jurisdictions".into(), "not json".into());
    let s = storage.restore();
    assert_eq!(s.lists, builtin_lists(), "the built-in lists are used");
    assert_eq!(*s.jurisdictions, Jurisdictions::default());
    assert_eq!(
        storage.values.get("lists.unreadable").map(String::as_str),
        Some(newer),
        "set aside unchanged, never overwritten"
    );
    assert_eq!(
        storage
            .values
            .get("jurisdictions.unreadable")
            .map(String::as_str),
        Some("not json")
    );
    assert_eq!(
        storage.notices[0],
        Msg::SavedPartUnreadable(SavedPart::ListEdits, LoadError::UnsupportedVersion(9))
    );
    assert!(matches!(
        storage.notices[1],
        Msg::SavedPartUnreadable(SavedPart::Jurisdictions, LoadError::Malformed(_))
    ));
    // Said in the user's language, without the words of an assessment's message.
    for lang in att_diligence::core::question_set::Lang::ALL {
        let told = att_diligence::core::i18n::text(lang, &storage.notices[0]);
        let assessment = att_diligence::core::i18n::text(
            lang,
            &Msg::SavedWorkUnreadable(LoadError::UnsupportedVersion(9)),
        );
        assert_ne!(told, assessment, "{lang:?}");
        assert!(!told.contains("{}"), "{lang:?}: {told}");
    }
}
