//! The widget's state core through a user's day: opened on a fresh device, language chosen,
//! modules opened, a custom set loaded (and a bad one refused), an export, another tab's
//! write while typing, a full storage, and getState / setState with a bad state and a good
//! one. Each step checks the state and the effects it asks for (what is saved, what the host
//! page is told, what is fetched).

use std::collections::BTreeMap;

use att_diligence::core::assessment::{Action as Answer, Status};
use att_diligence::core::builtin;
use att_diligence::core::custom;
use att_diligence::core::embargo::UN_ONLY;
use att_diligence::core::embed::{Config, StateError};
use att_diligence::core::export_format::ExportFormat;
use att_diligence::core::i18n::Msg;
use att_diligence::core::parties::Decisions;
use att_diligence::core::question_set::{Lang, ModuleKind, QuestionSet, SetId};
use att_diligence::core::register::Register;
use att_diligence::core::rules::Engine;
use att_diligence::core::widget::state::{self, RegisterView, SetStateError};
use att_diligence::core::widget::{
    role, Action, Changed, Effect, FileProblem, HostEvent, Key, Role, RoleScreen, Setup,
    StorageNews, WidgetState,
};
use att_diligence::core::workspace::{Workspace, WorkspaceAction};

const CUSTOM: &str = r#"{"format":1,"id":"my-set","version":"0.1.0","module":"programme",
  "title":{"en":"Mine","zh":"我的"},
  "sections":[{"id":"my.s","title":{"en":"S","zh":"节"},"items":[
    {"id":"my.a","text":{"en":"Do we screen?","zh":"我们是否筛查？"},"articles":["11"],
     "provenance":[{"seed":"app1.p6.b3"}]}]}]}"#;

struct Fixture {
    sets: Vec<QuestionSet>,
    ids: Vec<SetId>,
    catalogue: att_diligence::core::sources::Catalogue,
    config: Config,
}

impl Fixture {
    fn new(config: Config) -> Self {
        let sets = builtin::sets().expect("built-in sets");
        let ids = sets.iter().map(|s| s.id.clone()).collect();
        Fixture {
            sets,
            ids,
            catalogue: builtin::catalogue().expect("built-in catalogue"),
            config,
        }
    }
    fn setup(&self) -> Setup<'_> {
        Setup {
            config: &self.config,
            builtin: &self.ids,
            catalogue: &self.catalogue,
        }
    }
}

/// Storage as a map, with the runner's part: saves applied, set-asides recorded.
#[derive(Default)]
struct Storage(BTreeMap<String, String>);

impl Storage {
    fn read(&self) -> impl Fn(&Key) -> Option<String> + '_ {
        |k| self.0.get(k.name().as_ref()).cloned()
    }
    fn run(&mut self, effects: &[Effect]) -> Vec<HostEvent> {
        let mut told = Vec::new();
        for e in effects {
            match e {
                Effect::Save(k, v) => {
                    self.0.insert(k.name().into_owned(), v.clone());
                }
                Effect::SetAside(k, v) => {
                    self.0.insert(format!("{}.unreadable", k.name()), v.clone());
                }
                Effect::Emit(event) => told.push(event.clone()),
                Effect::FetchPack(_) | Effect::SaveRegister | Effect::Notice(_) => {}
            }
        }
        told
    }
}

#[test]
fn a_users_day_through_the_state_core() {
    let fx = Fixture::new(Config {
        lang: Some(Lang::Zh),
        ..Config::default()
    });
    let setup = fx.setup();
    let mut storage = Storage::default();

    // A fresh device: the embed's language, nothing open, nothing to fetch for Chinese.
    let (mut w, effects) = WidgetState::restore(storage.read(), false, &setup);
    assert_eq!(w.lang, Lang::Zh);
    assert_eq!(w.notice, None);
    assert!(effects.is_empty(), "{effects:?}");
    let offered: Vec<QuestionSet> = w
        .offered(&fx.sets, &fx.config)
        .into_iter()
        .cloned()
        .collect();
    assert_eq!(
        offered[0].module,
        ModuleKind::Programme,
        "the programme comes first"
    );
    let refs: Vec<&QuestionSet> = offered.iter().collect();
    assert_eq!(w.current(&refs).map(|s| &s.id), Some(&offered[0].id));

    // French: saved, the host told, its content pack fetched once.
    let effects = w.apply(Action::ChooseLang(Lang::Fr), &setup);
    assert_eq!(
        effects,
        vec![
            Effect::Save(Key::Lang, "fr".into()),
            Effect::Emit(HostEvent::Change(Changed::Lang)),
            Effect::FetchPack(Lang::Fr),
        ]
    );
    storage.run(&effects);
    // Until the pack is here the widget stays in Chinese, busy: words, content and the
    // language they are marked with agree.
    assert_eq!(
        (w.lang, w.shown, w.lang_pending()),
        (Lang::Fr, Lang::Zh, true)
    );
    assert!(
        w.apply(Action::ChooseLang(Lang::Fr), &setup).is_empty(),
        "choosing it again does nothing"
    );
    w.apply(Action::PackLoaded(Lang::Fr, Ok(())), &setup);
    assert_eq!((w.shown, w.lang_pending()), (Lang::Fr, false));
    w.apply(Action::ChooseLang(Lang::En), &setup);
    assert_eq!(w.shown, Lang::En, "English needs no pack");
    let again = w.apply(Action::ChooseLang(Lang::Fr), &setup);
    assert!(
        !again.contains(&Effect::FetchPack(Lang::Fr)),
        "a pack is fetched once"
    );
    assert_eq!(w.shown, Lang::Fr, "a pack already here is shown at once");
    // A pack that could not be had: told, the language shown and chosen stay French, and it
    // is asked for again next time.
    let asked = w.apply(Action::ChooseLang(Lang::Ar), &setup);
    assert!(asked.contains(&Effect::FetchPack(Lang::Ar)));
    w.apply(Action::PackLoaded(Lang::Ar, Err(())), &setup);
    assert_eq!(w.notice, Some(Msg::LanguagePackFailed(Lang::Ar)));
    assert_eq!((w.lang, w.shown), (Lang::Fr, Lang::Fr));
    let retry = w.apply(Action::ChooseLang(Lang::Ar), &setup);
    assert!(retry.contains(&Effect::FetchPack(Lang::Ar)), "{retry:?}");
    w.apply(Action::ChooseLang(Lang::Fr), &setup);

    // The screening module opened: remembered.
    let screening = offered
        .iter()
        .find(|s| s.module == ModuleKind::Screening)
        .unwrap()
        .id
        .clone();
    let effects = w.apply(Action::Open(screening.clone()), &setup);
    assert_eq!(
        effects,
        vec![Effect::Save(Key::Open, screening.as_str().into())]
    );
    storage.run(&effects);

    // A custom set: a broken file refused by name, one taking a built-in id refused, a good one
    // added, saved and opened.
    assert!(w
        .apply(Action::CustomSetFile(Ok("{".into())), &setup)
        .is_empty());
    assert!(matches!(w.notice, Some(Msg::CustomSetRejected(_))));
    w.apply(
        Action::CustomSetFile(Err(FileProblem::TooLarge { bytes: 9_000_000 })),
        &setup,
    );
    assert!(matches!(
        w.notice,
        Some(Msg::CustomSetRejected(
            custom::CustomSetError::TooLarge { .. }
        ))
    ));
    let taken = CUSTOM.replace("\"my-set\"", &format!("\"{}\"", fx.ids[0].as_str()));
    assert!(w.apply(Action::CustomSetFile(Ok(taken)), &setup).is_empty());
    assert_eq!(w.notice, Some(Msg::CustomSetIdTaken(fx.ids[0].to_string())));
    let effects = w.apply(Action::CustomSetFile(Ok(CUSTOM.into())), &setup);
    assert!(matches!(w.notice, Some(Msg::CustomSetLoaded(_))));
    assert!(matches!(&effects[0], Effect::Save(Key::CustomSets, _)));
    assert_eq!(effects[1], Effect::Save(Key::Open, "my-set".into()));
    storage.run(&effects);
    let offered = w.offered(&fx.sets, &fx.config);
    assert_eq!(
        offered.last().map(|s| s.id.as_str()),
        Some("my-set"),
        "custom sets come last"
    );
    assert_eq!(w.current(&offered).map(|s| s.id.as_str()), Some("my-set"));

    // An export: the work is in a file (the reminder resets) and the host is told.
    let effects = w.apply(
        Action::Exported {
            format: ExportFormat::Csv,
            filename: "assessment.csv".into(),
            at: "2026-12-02T10:00:00Z".into(),
        },
        &setup,
    );
    let told = storage.run(&effects);
    assert_eq!(w.last_backup.as_deref(), Some("2026-12-02T10:00:00Z"));
    assert_eq!(
        told,
        vec![HostEvent::Export {
            format: ExportFormat::Csv,
            filename: "assessment.csv".into()
        }]
    );
    assert_eq!(told[0].name(), "export");
    assert_eq!(
        told[0].detail(),
        serde_json::json!({ "format": "csv", "filename": "assessment.csv" })
    );

    // Another tab writes while the user types a note: the module is remounted only once they
    // leave the field.
    let generation = w.generation;
    w.apply(Action::ForeignChange { typing: true }, &setup);
    assert_eq!(w.generation, generation, "not while typing");
    w.apply(Action::LeftField, &setup);
    assert_eq!(w.generation, generation + 1);
    assert_eq!(w.notice, Some(Msg::ChangedInAnotherTab));
    w.apply(Action::LeftField, &setup);
    assert_eq!(w.generation, generation + 1, "once");

    // Storage full, then recovered: the notice comes and goes; another notice would stay.
    w.apply(
        Action::Storage(StorageNews::Failed(Msg::StorageFull)),
        &setup,
    );
    assert_eq!(w.notice, Some(Msg::StorageFull));
    w.apply(Action::Storage(StorageNews::Recovered), &setup);
    assert_eq!(w.notice, None);

    // The next visit: everything saved comes back as it was.
    let (back, effects) = WidgetState::restore(storage.read(), false, &setup);
    assert_eq!(back.lang, Lang::Fr);
    assert_eq!(
        back.shown,
        Lang::En,
        "drawn in English until the French pack is here"
    );
    assert_eq!(back.open.as_ref().map(SetId::as_str), Some("my-set"));
    assert_eq!(back.custom.len(), 1);
    assert_eq!(back.last_backup.as_deref(), Some("2026-12-02T10:00:00Z"));
    assert_eq!(
        effects,
        vec![Effect::FetchPack(Lang::Fr)],
        "French content is fetched again"
    );
}

#[test]
fn stored_custom_sets_that_no_longer_read_are_set_aside_and_the_user_told() {
    let fx = Fixture::new(Config::default());
    let mut storage = Storage::default();
    storage
        .0
        .insert("custom-sets".into(), "[{\"broken\":".into());
    let (w, effects) = WidgetState::restore(storage.read(), true, &fx.setup());
    assert!(
        matches!(w.notice, Some(Msg::CustomSetRejected(_))),
        "{:?}",
        w.notice
    );
    assert_eq!(
        effects,
        vec![Effect::SetAside(Key::CustomSets, "[{\"broken\":".into())]
    );
    storage.run(&effects);
    assert_eq!(
        storage.0.get("custom-sets.unreadable").map(String::as_str),
        Some("[{\"broken\":")
    );
    // A newer widget's database alone says so.
    let (w, _) = WidgetState::restore(|_| None, true, &fx.setup());
    assert_eq!(w.notice, Some(Msg::StorageNewer));
}

#[test]
fn the_first_screen_opens_each_roles_module_and_is_asked_once() {
    let fx = Fixture::new(Config::default());
    let setup = fx.setup();
    let offered = |w: &WidgetState| -> Vec<QuestionSet> {
        w.offered(&fx.sets, &fx.config)
            .into_iter()
            .cloned()
            .collect()
    };
    for (role, module) in [
        (Role::Programme, ModuleKind::Programme),
        (Role::Logistics, ModuleKind::Screening),
        (Role::Reader, ModuleKind::Resources),
    ] {
        let mut storage = Storage::default();
        let (mut w, _) = WidgetState::restore(storage.read(), false, &setup);
        assert_eq!(
            w.role_screen,
            Some(RoleScreen::AtStart),
            "a fresh device is asked who is working"
        );
        let sets = offered(&w);
        let refs: Vec<&QuestionSet> = sets.iter().collect();
        let open = role.set_in(&refs);
        let effects = w.apply(Action::ChooseRole { role, open }, &setup);
        storage.run(&effects);
        assert!(w.role_screen.is_none());
        assert_eq!(w.current(&refs).map(|s| s.module), Some(module), "{role:?}");
        assert_eq!(storage.0.get("role").map(String::as_str), Some(role.tag()));

        // Back on the device: the module the role opened, no question asked again.
        let (mut back, _) = WidgetState::restore(storage.read(), false, &setup);
        assert!(back.role_screen.is_none(), "{role:?} remembered");
        assert_eq!(back.current(&refs).map(|s| s.module), Some(module));

        // Asked for again from the header: shown, and a module tab answers it too.
        assert!(back.apply(Action::ShowRoles, &setup).is_empty());
        assert_eq!(back.role_screen, Some(RoleScreen::Asked));
        back.apply(Action::Open(sets[0].id.clone()), &setup);
        assert!(back.role_screen.is_none());
    }

    // Skipped: remembered as such, the first module shown, not asked again.
    let mut storage = Storage::default();
    let (mut w, _) = WidgetState::restore(storage.read(), false, &setup);
    storage.run(&w.apply(Action::SkipRoles, &setup));
    assert!(w.role_screen.is_none());
    assert_eq!(
        storage.0.get("role").map(String::as_str),
        Some(role::SKIPPED)
    );
    let (back, _) = WidgetState::restore(storage.read(), false, &setup);
    assert!(back.role_screen.is_none());

    // A visitor from before the screen existed (a module open, a language chosen, work saved:
    // no role stored) is not asked.
    let open = fx.sets[1].id.as_str().to_owned();
    for (key, value) in [
        (Key::Open, open.as_str()),
        (Key::Lang, "fr"),
        (Key::Workspace, "{}"),
        (Key::Register, "{}"),
    ] {
        let (w, _) = WidgetState::restore(|k| (*k == key).then(|| value.to_owned()), false, &setup);
        assert!(w.role_screen.is_none(), "{key:?} stored");
    }

    // An embed offering one role's module has no choice to ask about.
    let only = Fixture::new(Config {
        modules: vec![ModuleKind::Screening, ModuleKind::Gbv74],
        ..Config::default()
    });
    let (mut w, _) = WidgetState::restore(|_| None, false, &only.setup());
    assert!(w.role_screen.is_none());
    assert_eq!(Role::offered(&only.config), vec![Role::Logistics]);
    w.apply(Action::ShowRoles, &only.setup());
    assert!(w.role_screen.is_none(), "nor is it shown when asked for");
}

#[test]
fn an_embed_offering_only_screening_opens_it_whatever_was_open_before() {
    let fx = Fixture::new(Config {
        modules: vec![ModuleKind::Screening],
        ..Config::default()
    });
    let programme = fx
        .sets
        .iter()
        .find(|s| s.module == ModuleKind::Programme)
        .unwrap();
    let stored = programme.id.as_str().to_owned();
    let (w, _) = WidgetState::restore(
        |k| (*k == Key::Open).then(|| stored.clone()),
        false,
        &fx.setup(),
    );
    let offered = w.offered(&fx.sets, &fx.config);
    assert!(offered.iter().all(|s| s.module == ModuleKind::Screening));
    assert_eq!(
        w.current(&offered).map(|s| s.module),
        Some(ModuleKind::Screening)
    );
}

#[test]
fn storage_key_names_are_the_stored_ones() {
    // Stored data: a renamed key would lose every user's work.
    let names: Vec<String> = [
        Key::Lang,
        Key::Open,
        Key::CustomSets,
        Key::LastBackup,
        Key::Workspace,
        Key::Assessment("a3".into()),
        Key::Register,
        Key::Shipment("s7".into()),
        Key::Lists,
        Key::Jurisdictions,
        Key::PartySettings,
        Key::PartyDecisions,
        Key::TabOpenAssessments,
        Key::PersistAsked,
    ]
    .iter()
    .map(|k| k.name().into_owned())
    .collect();
    assert_eq!(
        names,
        [
            "lang",
            "open",
            "custom-sets",
            "last-backup",
            "workspace",
            "assessment:a3",
            "register",
            "register/s7",
            "lists",
            "jurisdictions",
            "party-settings",
            "party-decisions",
            "open-assessments",
            "persist-asked",
        ]
    );
}

#[test]
fn get_state_then_set_state_refuses_a_bad_state_whole_and_takes_a_good_one() {
    let fx = Fixture::new(Config::default());
    let programme: Vec<&QuestionSet> = fx
        .sets
        .iter()
        .filter(|s| s.module == ModuleKind::Programme)
        .collect();
    let screening = fx
        .sets
        .iter()
        .find(|s| s.module == ModuleKind::Screening)
        .unwrap();
    let mut workspace = Workspace::default();
    for set in &programme {
        workspace.ensure(set, "Assessment 1");
    }
    let (entry, _) = workspace.open_of(&programme[0].id).unwrap();
    let (id, item) = (
        entry.id.clone(),
        programme[0].items().next().unwrap().id.clone(),
    );
    workspace.apply(WorkspaceAction::Edit(
        id,
        Answer::SetStatus(item.clone(), Status::InPlace),
    ));
    let (rules, lists) = (builtin::rules().unwrap(), builtin::lists().unwrap());
    let engine = Engine::new(&rules, &lists, &UN_ONLY);
    let register = Register::default();
    let decisions = Decisions::default();
    let view = || RegisterView {
        register: &register,
        set: screening,
        lists: &lists,
        jurisdictions: &UN_ONLY,
        decisions: &decisions,
    };

    let got = state::get_state(
        Lang::En,
        &workspace,
        &fx.sets.iter().collect::<Vec<_>>(),
        Some(view()),
    );
    assert_eq!(
        got.assessments.len(),
        programme.len(),
        "one assessment per programme set"
    );
    assert!(got.register.is_some());
    let value = serde_json::to_value(&got).unwrap();

    // Bad: not a state; one assessment of two broken, which refuses the whole state.
    let not_a_state = state::check_set_state(
        &serde_json::json!({ "kind": "nonsense" }),
        &fx.sets,
        Some(&engine),
    );
    assert!(matches!(
        not_a_state,
        Err(SetStateError::Shape(StateError::NotAState))
    ));
    let mut broken = value.clone();
    broken["assessments"][1]["fingerprint"] = "0".repeat(64).into();
    broken["assessments"][1]["assessment"]["responses"] = serde_json::json!({ "x": 1 });
    match state::check_set_state(&broken, &fx.sets, Some(&engine)) {
        Err(e @ SetStateError::Assessment { index: 1, .. }) => {
            let fr = e.message(Lang::Fr);
            assert!(
                fr.starts_with("att-diligence: setState: assessments[1]: "),
                "{fr}"
            );
        }
        other => panic!("not refused as assessments[1]: {other:?}"),
    }

    // Good: what getState gave comes back whole, answers included.
    let back =
        state::check_set_state(&value, &fx.sets, Some(&engine)).expect("its own state is taken");
    let imported = back.assessments.expect("assessments given");
    assert_eq!(imported.len(), programme.len());
    assert!(back.register.is_some(), "the register given is read");
    let next = state::replaced_workspace(imported, workspace.counter, &programme, "Assessment 1");
    let (_, a) = next
        .open_of(&programme[0].id)
        .expect("the set has its assessment");
    assert_eq!(
        a.responses.get(&item).and_then(|r| r.status),
        Some(Status::InPlace)
    );
    assert!(next.counter >= workspace.counter, "no id is reused");
    // Without a screening module, a register given is left as it is.
    let no_screening = state::check_set_state(&value, &fx.sets, None).unwrap();
    assert!(no_screening.register.is_none());
}

#[test]
fn the_module_fetched_early_is_the_one_a_visitor_sees_first() {
    use att_diligence::core::widget::first_module;
    let with = |modules: Vec<ModuleKind>| Config {
        modules,
        ..Config::default()
    };
    assert_eq!(
        first_module(&Config::default()),
        Some(ModuleKind::Programme)
    );
    assert_eq!(
        first_module(&with(vec![ModuleKind::Resources, ModuleKind::Screening])),
        Some(ModuleKind::Screening),
        "the first offered in the order shown, not as listed"
    );
    assert_eq!(
        first_module(&with(vec![ModuleKind::Resources])),
        Some(ModuleKind::Resources)
    );
}
