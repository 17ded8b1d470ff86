//! The full backup a user keeps outside the browser: backing up what was restored gives
//! identical bytes (assessments, register, list edits, jurisdictions, custom sets, language);
//! a newer, foreign, malformed or broken file is refused with its reason; a tampered one is
//! reported as altered.

use std::rc::Rc;

use att_diligence::core::assessment::{Action, Assessment, Field, Status};
use att_diligence::core::backup::{self, BackupError, Context, Part, Restored};
use att_diligence::core::builtin;
use att_diligence::core::custom;
use att_diligence::core::embargo::Jurisdictions;
use att_diligence::core::embed;
use att_diligence::core::export::{self, ImportError, Integrity};
use att_diligence::core::i18n::{text, Msg};
use att_diligence::core::json_error::Kind as JsonKind;
use att_diligence::core::lists::{ListEdits, RefList};
use att_diligence::core::question_set::{ItemId, Lang, ModuleKind, QuestionSet};
use att_diligence::core::register::{Register, Screened};
use att_diligence::core::register_export;
use att_diligence::core::rules::{Engine, RuleSet};
use att_diligence::core::shipment::Shipment;
use att_diligence::core::sources::Catalogue;

const CUSTOM: &str = r#"{"format":1,"id":"my-set","version":"0.1.0","module":"programme",
  "title":{"en":"Mine","zh":"我的"},
  "sections":[{"id":"my.s","title":{"en":"S","zh":"节"},"items":[
    {"id":"my.a","text":{"en":"Do we screen?","zh":"我们是否筛查？"},"articles":["11"],
     "provenance":[{"seed":"app1.p6.b3"}]}]}]}"#;

struct Widget {
    sets: Vec<QuestionSet>,
    catalogue: Catalogue,
    rules: RuleSet,
    lists: Vec<RefList>,
}

impl Widget {
    fn new() -> Self {
        Self {
            sets: builtin::sets().expect("built-in sets"),
            catalogue: builtin::catalogue().expect("built-in catalogue"),
            rules: builtin::rules().expect("built-in rules"),
            lists: builtin::lists().expect("built-in lists"),
        }
    }

    fn context(&self) -> Context<'_> {
        Context {
            sets: &self.sets,
            catalogue: &self.catalogue,
            rules: &self.rules,
            lists: &self.lists,
        }
    }

    fn set(&self, module: ModuleKind) -> &QuestionSet {
        self.sets
            .iter()
            .find(|s| s.module == module)
            .expect("a built-in set of that module")
    }

    fn restore(&self, file: &str) -> Result<Restored, BackupError> {
        backup::read(file.as_bytes(), &self.context())
    }
}

/// What a user has in the browser, in the parts a backup is made of.
struct Work {
    lang: Lang,
    assessments: Vec<(String, Assessment, QuestionSet)>,
    register: Register,
    edits: ListEdits,
    jurisdictions: Jurisdictions,
    custom_sets: Vec<QuestionSet>,
}

fn back_up(w: &Widget, work: &Work) -> String {
    let lists = work.edits.apply(&w.lists);
    let screening = w.set(ModuleKind::Screening);
    let state = embed::state(
        work.lang,
        work.assessments
            .iter()
            .map(|(name, a, set)| export::export(a, name, set))
            .collect(),
        Some(register_export::export(
            &work.register,
            screening,
            &lists,
            &work.jurisdictions,
            &att_diligence::core::parties::Decisions::default(),
        )),
    );
    backup::backup(&state, &work.edits, &work.jurisdictions, &work.custom_sets)
}

/// The restored parts, as the widget would hold them after writing them to storage.
fn work_of(w: &Widget, r: Restored) -> Work {
    let mut sets = w.sets.clone();
    sets.extend(r.custom_sets.iter().cloned());
    Work {
        lang: r.lang.expect("a language"),
        assessments: r
            .assessments
            .into_iter()
            .map(|i| {
                let set = sets
                    .iter()
                    .find(|s| s.id == i.assessment.set_id)
                    .expect("its set")
                    .clone();
                (i.name, i.assessment, set)
            })
            .collect(),
        register: r.register.expect("a register"),
        edits: r.lists,
        jurisdictions: r.jurisdictions,
        custom_sets: r.custom_sets,
    }
}

fn answer(a: &mut Assessment, set: &QuestionSet, n: usize, status: Status) {
    let id: ItemId = set.items().nth(n).expect("an item").id.clone();
    a.apply(Action::SetStatus(id, status));
}

fn users_work(w: &Widget) -> Work {
    let programme = w.set(ModuleKind::Programme).clone();
    let mut first = Assessment::new(&programme);
    answer(&mut first, &programme, 0, Status::InPlace);
    answer(&mut first, &programme, 1, Status::Unsure);
    let id = programme.items().nth(1).expect("an item").id.clone();
    first.apply(Action::SetText(
        id,
        Field::Note,
        "ask the broker <b>".into(),
    ));
    first.created = "2026-11-01T08:00:00Z".into();
    first.modified = "2026-11-27T21:00:00Z".into();
    let custom_set = custom::load(CUSTOM, &w.catalogue).expect("the custom set loads");
    let mut mine = Assessment::new(&custom_set);
    answer(&mut mine, &custom_set, 0, Status::NotInPlace);

    let mut edits = ListEdits::diff(&w.lists, &w.lists);
    let entry = serde_json::from_str(
        r#"{"id":"user-1","name":{"en":"Freedonia","zh":"自由国"},"aliases":["FRD"]}"#,
    )
    .expect("an entry");
    edits.added.insert("embargoes".into(), vec![entry]);
    let jurisdictions = Jurisdictions::new(["eu".to_owned()]);
    let lists = edits.apply(&w.lists);
    let engine = Engine::new(&w.rules, &lists, &jurisdictions);
    // Shipment s2 was deleted: the ids kept are s1 and s3.
    let shipment = |id: &str, destination: &str| {
        let s = Shipment {
            reference: format!("BK-{id}"),
            destination: destination.into(),
            ..Shipment::default()
        };
        Rc::new(Screened {
            id: id.into(),
            hits: engine.evaluate(&s),
            shipment: s,
            ..Screened::default()
        })
    };
    let register = Register {
        entries: vec![shipment("s1", "Freedonia"), shipment("s3", "Sudan")],
        counter: 3,
    };
    Work {
        lang: Lang::Fr,
        assessments: vec![
            ("FY 2026 / Land".into(), first, programme),
            ("Mine".into(), mine, custom_set.clone()),
        ],
        register,
        edits,
        jurisdictions,
        custom_sets: vec![custom_set],
    }
}

#[test]
fn backup_restore_backup_gives_identical_bytes_and_everything_back() {
    let w = Widget::new();
    let work = users_work(&w);
    let file = back_up(&w, &work);
    let restored = w.restore(&file).expect("the backup reads");
    assert_eq!(restored.integrity, Integrity::Intact);
    assert_eq!(restored.assessments.len(), 2);
    assert_eq!(restored.shipments(), 2);
    let again = work_of(&w, restored);
    assert_eq!(again.lang, Lang::Fr);
    assert_eq!(again.jurisdictions.selected(), ["eu"]);
    assert_eq!(again.edits, work.edits, "the list edits");
    assert_eq!(again.custom_sets.len(), 1);
    assert_eq!(again.assessments[0].0, "FY 2026 / Land");
    assert_eq!(again.assessments[0].1, work.assessments[0].1, "the answers");
    let ids: Vec<&str> = again
        .register
        .entries
        .iter()
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(ids, ["s1", "s3"], "shipments keep their ids");
    assert_eq!(again.register.counter, 3, "no id is handed out twice");
    // Re-screened with the restored edits: the user's own embargo entry finds Freedonia.
    assert_eq!(
        again.register.entries[0].hits,
        work.register.entries[0].hits
    );
    assert!(!again.register.entries[0].hits.is_empty());
    assert_eq!(
        back_up(&w, &again),
        file,
        "backup, restore, backup: identical bytes"
    );
}

#[test]
fn the_backup_is_canonical_and_names_its_kind_version_and_fingerprint() {
    let w = Widget::new();
    let file = back_up(&w, &users_work(&w));
    let v: serde_json::Value = serde_json::from_str(&file).expect("JSON");
    assert_eq!(export::canonical(&v), file, "sorted keys, no whitespace");
    assert_eq!(v["kind"], "att-diligence/backup");
    assert_eq!(v["format"], 1);
    assert_eq!(
        v["widget"],
        format!("att-diligence {}", export::WIDGET_VERSION)
    );
    assert_eq!(v["state"]["kind"], embed::STATE_KIND);
    assert_eq!(v["state"]["lang"], "fr");
    assert_eq!(v["jurisdictions"], serde_json::json!(["eu"]));
    assert_eq!(v["lists"]["kind"], "att-diligence/list-edits");
    assert_eq!(v["custom_sets"][0]["id"], "my-set");
    assert!(v["fingerprint"]
        .as_str()
        .is_some_and(|f| f.len() == 64 && f.bytes().all(|b| b.is_ascii_hexdigit())));
}

#[test]
fn a_tampered_backup_is_reported_as_altered() {
    let w = Widget::new();
    let file = back_up(&w, &users_work(&w));
    let tampered = file.replace("ask the broker", "nothing to ask");
    assert_ne!(tampered, file);
    let r = w.restore(&tampered).expect("still readable");
    assert_eq!(r.integrity, Integrity::Altered);
    let v: serde_json::Value = serde_json::from_str(&file).expect("JSON");
    let mut unsigned = v.clone();
    unsigned
        .as_object_mut()
        .expect("object")
        .remove("fingerprint");
    let r = w.restore(&unsigned.to_string()).expect("readable");
    assert_eq!(
        r.integrity,
        Integrity::Unsigned,
        "a missing fingerprint cannot be checked; nothing says the file was changed"
    );
}

#[test]
fn a_newer_foreign_or_malformed_backup_is_refused_with_its_reason() {
    let w = Widget::new();
    let work = users_work(&w);
    let file = back_up(&w, &work);
    let with = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut v: serde_json::Value = serde_json::from_str(&file).expect("JSON");
        f(&mut v);
        v.to_string()
    };
    let refused = |text: &str| match w.restore(text) {
        Ok(_) => panic!("accepted: {text:.80}"),
        Err(e) => e,
    };
    assert_eq!(
        refused(&with(&|v| v["format"] = 2.into())),
        BackupError::File(ImportError::NewerFormat(2))
    );
    // An assessment's own export is not a backup.
    let (name, a, set) = &work.assessments[0];
    let single = export::to_json(&export::export(a, name, set));
    assert_eq!(
        refused(&single),
        BackupError::File(ImportError::NotAnExport)
    );
    assert!(matches!(
        refused("{\"kind\":"),
        BackupError::File(ImportError::NotJson(_))
    ));
    assert!(matches!(
        w.restore_bytes(&[0xff, 0xfe, 0x41]),
        Err(BackupError::File(ImportError::NotText { offset: 0 }))
    ));
    assert!(matches!(
        refused(&with(&|v| v["extra"] = 1.into())),
        BackupError::File(ImportError::Malformed(m)) if m.path == "extra" && m.kind == JsonKind::UnknownField
    ));
    assert!(matches!(
        refused(&with(&|v| v["state"]["assessments"] = serde_json::json!({}))),
        BackupError::File(ImportError::Malformed(m)) if m.path == "state.assessments"
    ));
    assert!(matches!(
        refused(&with(&|v| v["jurisdictions"] = "eu".into())),
        BackupError::File(ImportError::Malformed(m)) if m.path == "jurisdictions"
    ));
    // A part that is wrong is named by its place.
    assert!(matches!(
        refused(&with(&|v| v["state"]["assessments"][1]["format"] = 9.into())),
        BackupError::Part { part, error: ImportError::NewerFormat(9) } if part == Part::Assessment(1)
    ));
    assert!(matches!(
        refused(&with(&|v| v["state"]["register"]["shipments"] = 3.into())),
        BackupError::Part { part: Part::Register, error: ImportError::Malformed(m) } if m.path == "shipments"
    ));
    assert!(matches!(
        refused(&with(&|v| v["lists"]["kind"] = "x".into())),
        BackupError::Part { part, error: ImportError::NotAnExport } if part == Part::Lists
    ));
    // A custom set the widget no longer accepts, and an assessment of a set it does not have.
    assert!(matches!(
        refused(&with(&|v| v["custom_sets"][0]["format"] = 7.into())),
        BackupError::CustomSet(_)
    ));
    assert!(matches!(
        refused(&with(&|v| v["custom_sets"] = serde_json::json!([]))),
        BackupError::Part { part, error: ImportError::UnknownSet(id) } if part == Part::Assessment(1) && id == "my-set"
    ));
    let message = text(Lang::En, &Msg::BackupFailed(refused(&single)));
    assert!(
        message.contains("not a full backup") && message.contains("unchanged"),
        "{message}"
    );
}

#[test]
fn a_backup_without_a_register_leaves_the_register_out() {
    let w = Widget::new();
    let file = back_up(&w, &users_work(&w));
    let mut v: serde_json::Value = serde_json::from_str(&file).expect("JSON");
    v["state"]["register"] = serde_json::Value::Null;
    let r = w.restore(&v.to_string()).expect("readable");
    assert!(r.register.is_none());
    assert_eq!(r.shipments(), 0);
}

impl Widget {
    fn restore_bytes(&self, bytes: &[u8]) -> Result<Restored, BackupError> {
        backup::read(bytes, &self.context())
    }
}

/// Every new label of the "Your data" panel is written in each language, not left in English.
#[test]
fn the_your_data_panel_speaks_every_language() {
    let plain = [
        Msg::YourData,
        Msg::YourDataIntro,
        Msg::BackupDownload,
        Msg::BackupRestore,
        Msg::BackupConfirm,
        Msg::PersistAsk,
        Msg::BackupReminder,
        Msg::LastBackup(None),
        Msg::Persistence(backup::Persistence::Granted),
        Msg::Persistence(backup::Persistence::NotGranted),
        Msg::Persistence(backup::Persistence::Unsupported),
        Msg::BackupPreview {
            assessments: 2,
            shipments: 3,
            custom_sets: 1,
        },
    ];
    for msg in &plain {
        let en = text(Lang::En, msg);
        for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
            let t = text(lang, msg);
            assert!(!t.is_empty() && t != en, "{lang:?} {msg:?}: {t}");
        }
    }
    let usage = |lang| {
        text(
            lang,
            &Msg::StorageUsage {
                used: 2_300_000,
                quota: 1_200_000_000,
            },
        )
    };
    assert_eq!(usage(Lang::En), "Stored: 2.3\u{a0}MB of 1.2\u{a0}GB.");
    assert!(
        usage(Lang::Fr).contains("2,3\u{a0}Mo"),
        "{}",
        usage(Lang::Fr)
    );
    assert!(
        usage(Lang::Ru).contains("1,2\u{a0}ГБ"),
        "{}",
        usage(Lang::Ru)
    );
}

#[test]
fn times_are_read_as_the_widget_stores_them() {
    assert_eq!(backup::seconds("1970-01-01T00:00:00Z"), Some(0));
    assert_eq!(backup::seconds("2000-03-01T00:00:01Z"), Some(951_868_801));
    assert_eq!(
        backup::seconds("2026-11-27T21:55:04.123Z"),
        backup::seconds("2026-11-27T21:55:04Z")
    );
    assert_eq!(
        backup::seconds("2026-11-27"),
        backup::seconds("2026-11-27T00:00:00Z")
    );
    assert_eq!(backup::seconds("yesterday"), None);
    assert_eq!(backup::seconds("2026-13-01T00:00:00Z"), None);
}

#[test]
fn the_reminder_comes_after_a_week_of_work_kept_only_in_the_browser() {
    use backup::{reminder, Reminder, WorkSummary};
    let now = "2026-12-10T12:00:00Z";
    let work = |answered, shipments, created: &str, modified: &str| WorkSummary {
        answered,
        shipments,
        first_created: Some(created.into()),
        last_modified: Some(modified.into()),
    };
    let both = Reminder {
        panel: true,
        notice: true,
    };
    let none = Reminder::default();
    // Nothing to lose: no reminder.
    assert_eq!(reminder(None, now, &WorkSummary::default()), none);
    // Never backed up: the panel says so at once, the notice waits for week-old work.
    let fresh = work(3, 0, "2026-12-10T11:00:00Z", "2026-12-10T11:30:00Z");
    assert_eq!(
        reminder(None, now, &fresh),
        Reminder {
            panel: true,
            notice: false
        }
    );
    let old = work(3, 0, "2026-12-01T09:00:00Z", "2026-12-10T11:30:00Z");
    assert_eq!(reminder(None, now, &old), both);
    // Backed up yesterday: nothing; eight days ago with answers changed since: both.
    assert_eq!(reminder(Some("2026-12-09T12:00:00Z"), now, &old), none);
    assert_eq!(reminder(Some("2026-12-02T11:00:00Z"), now, &old), both);
    // Eight days ago and nothing changed since: nothing.
    let unchanged = work(3, 0, "2026-11-01T09:00:00Z", "2026-12-01T10:00:00Z");
    assert_eq!(
        reminder(Some("2026-12-02T11:00:00Z"), now, &unchanged),
        none
    );
    // A register has no time of change: counted as changed.
    let register = work(0, 4, "2026-11-01T09:00:00Z", "2026-11-01T09:00:00Z");
    assert_eq!(reminder(Some("2026-12-02T11:00:00Z"), now, &register), both);
    // Substantial: twenty things entered.
    assert!(!work(19, 0, now, now).is_substantial());
    assert!(work(12, 8, now, now).is_substantial());
}
