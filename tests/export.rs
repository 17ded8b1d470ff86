//! The JSON export an auditor relies on: round-trips to identical bytes, carries a fingerprint
//! that notices tampering, reads the older saved form, and refuses every kind of bad file with
//! a reason, never a crash.

use att_diligence::core::assessment::{Action, Assessment, DetailField, Field, Status};
use att_diligence::core::builtin;
use att_diligence::core::export::{self, import, ImportError, Integrity, MAX_IMPORT_BYTES};
use att_diligence::core::json_error::Kind as JsonKind;
use att_diligence::core::question_set::{ItemId, ModuleKind, QuestionSet};
use att_diligence::core::saved;

fn programme() -> (QuestionSet, Vec<QuestionSet>) {
    // Parsed once: the property tests call this hundreds of times.
    static SETS: std::sync::OnceLock<Vec<QuestionSet>> = std::sync::OnceLock::new();
    let sets = SETS
        .get_or_init(|| builtin::sets().expect("built-in sets"))
        .clone();
    let p = sets
        .iter()
        .find(|s| s.module == ModuleKind::Programme)
        .cloned()
        .expect("programme");
    (p, sets)
}

fn filled(set: &QuestionSet) -> Assessment {
    let mut a = Assessment::new(set);
    let ids: Vec<ItemId> = set.items().map(|i| i.id.clone()).take(3).collect();
    a.apply(Action::SetStatus(ids[0].clone(), Status::InPlace));
    a.apply(Action::SetStatus(ids[1].clone(), Status::NotInPlace));
    a.apply(Action::SetText(
        ids[1].clone(),
        Field::Owner,
        "Head of compliance".into(),
    ));
    a.apply(Action::SetText(
        ids[1].clone(),
        Field::Due,
        "2027-03-31".into(),
    ));
    a.apply(Action::SetText(
        ids[2].clone(),
        Field::Note,
        "=cmd|' /C calc'!A0 <script>x</script> 中文".into(),
    ));
    a.apply(Action::SetDetail(
        DetailField::Organisation,
        "Acme \"Defence\"".into(),
    ));
    a.created = "2026-11-01T08:00:00Z".into();
    a.modified = "2026-11-27T21:00:00Z".into();
    a
}

#[test]
fn export_import_export_gives_identical_bytes() {
    let (set, sets) = programme();
    let a = filled(&set);
    let json = export::to_json(&export::export(&a, "FY 2026", &set));
    let back = import(json.as_bytes(), &sets).expect("imports");
    assert_eq!(back.assessment, a, "everything comes back");
    assert_eq!(
        (back.name.as_str(), back.integrity, back.set_content_differs),
        ("FY 2026", Integrity::Intact, false)
    );
    let again = export::to_json(&export::export(&back.assessment, &back.name, &set));
    assert_eq!(again, json);
}

#[test]
fn the_export_is_canonical_and_records_versions_and_the_set_hash() {
    let (set, _) = programme();
    let json = export::to_json(&export::export(&filled(&set), "x", &set));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["kind"], "att-diligence/export");
    assert_eq!(v["format"], 1);
    assert_eq!(
        v["widget"],
        format!("att-diligence {}", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(v["question_set"]["sha256"], export::set_hash(&set));
    assert_eq!(v["question_set"]["sha256"].as_str().unwrap().len(), 64);
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "keys in a stable (sorted) order");
    assert!(json.find("\"assessment\"").unwrap() < json.find("\"fingerprint\"").unwrap());
}

#[test]
fn a_tampered_file_is_reported_as_altered() {
    let (set, sets) = programme();
    let json = export::to_json(&export::export(&filled(&set), "x", &set));
    let tampered = json.replace("Head of compliance", "Nobody");
    assert_ne!(tampered, json);
    let back = import(tampered.as_bytes(), &sets).expect("still readable");
    assert_eq!(back.integrity, Integrity::Altered);
    let edited_set = json.replace(&export::set_hash(&set), &"0".repeat(64));
    let back = import(edited_set.as_bytes(), &sets).expect("readable");
    assert!(back.set_content_differs);
}

#[test]
fn a_file_without_its_fingerprint_is_unchecked_not_altered() {
    let (set, sets) = programme();
    let doc = export::export(&filled(&set), "x", &set);
    let json = export::to_json(&doc);
    let unsigned = json.replace(&format!(",\"fingerprint\":\"{}\"", doc.fingerprint), "");
    assert_ne!(unsigned, json);
    let back = import(unsigned.as_bytes(), &sets).expect("readable");
    assert_eq!(back.integrity, Integrity::Unsigned);
    let emptied = json.replace(&doc.fingerprint, "");
    assert_eq!(
        import(emptied.as_bytes(), &sets).unwrap().integrity,
        Integrity::Unsigned
    );
}

#[test]
fn dates_are_imported_as_iso_8601_or_refused_with_the_field_named() {
    let (set, sets) = programme();
    let mut a = filled(&set);
    let date =
        |a: &mut Assessment, d: &str| a.apply(Action::SetDetail(DetailField::Date, d.into()));
    let first = set.items().next().unwrap().id.clone();
    let imported = |a: &Assessment| {
        import(
            export::to_json(&export::export(a, "x", &set)).as_bytes(),
            &sets,
        )
    };

    date(&mut a, "2026-12-31T00:00:00Z");
    let back = imported(&a).expect("an ISO date-time names its day");
    assert_eq!(back.assessment.details.date, "2026-12-31");
    for bad in [
        "31/12/2026",
        "12/31/2026",
        "2026-02-30",
        "2026-13-01",
        "tomorrow",
    ] {
        date(&mut a, bad);
        match imported(&a) {
            Err(ImportError::Malformed(e)) => {
                assert_eq!(e.path, "assessment.details.date", "{bad}");
                assert_eq!(e.kind, JsonKind::NotADate { value: bad.into() });
            }
            other => panic!("{bad}: {other:?}"),
        }
    }
    date(&mut a, "");
    a.apply(Action::SetText(
        first.clone(),
        Field::Due,
        "1/2/2027".into(),
    ));
    match imported(&a) {
        Err(ImportError::Malformed(e)) => {
            assert_eq!(e.path, format!("assessment.responses.{first}.due"))
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_json_download_of_version_0_1_is_migrated() {
    let (set, sets) = programme();
    let a = filled(&set);
    let old = saved::encode(&a);
    let back = import(old.as_bytes(), &sets).expect("migrates");
    assert_eq!((back.from_format, back.integrity), (0, Integrity::Unsigned));
    assert_eq!(back.assessment, a);
}

#[test]
fn every_kind_of_bad_file_gets_its_reason() {
    let (set, sets) = programme();
    let good = export::to_json(&export::export(&filled(&set), "x", &set));
    let deep = "[".repeat(10_000);
    type Expect = fn(&ImportError) -> bool;
    let cases: Vec<(Vec<u8>, Expect)> = vec![
        (b"".to_vec(), |e| matches!(e, ImportError::NotJson(_))),
        (b"\xff\xfe\x00garbage".to_vec(), |e| {
            matches!(e, ImportError::NotText { offset: 0 })
        }),
        (
            b"{\"kind\":\"att-diligence/export\",\"x\":\"\xc3\x28\"}".to_vec(),
            |e| matches!(e, ImportError::NotText { offset: 36 }),
        ),
        (b"not json".to_vec(), |e| {
            matches!(e, ImportError::NotJson(_))
        }),
        (
            deep.into_bytes(),
            |e| matches!(e, ImportError::NotJson(m) if m.kind == JsonKind::TooDeep),
        ),
        (b"{\"hello\":1}".to_vec(), |e| {
            matches!(e, ImportError::NotAnExport)
        }),
        (
            good.replace("\"format\":1", "\"format\":9").into_bytes(),
            |e| matches!(e, ImportError::NewerFormat(9)),
        ),
        (
            good.replace("\"responses\"", "\"answers\"").into_bytes(),
            |e| {
                matches!(e, ImportError::Malformed(m)
                    if m.kind == JsonKind::UnknownField && m.path == "assessment.answers")
            },
        ),
        (
            good.replace("att-programme", "someone-elses-set")
                .into_bytes(),
            |e| matches!(e, ImportError::UnknownSet(id) if id == "someone-elses-set"),
        ),
        (vec![b' '; MAX_IMPORT_BYTES + 1], |e| {
            matches!(e, ImportError::TooLarge { .. })
        }),
    ];
    for (bytes, expected) in cases {
        match import(&bytes, &sets) {
            Err(e) => assert!(
                expected(&e),
                "{:?}... gave {e:?}",
                String::from_utf8_lossy(&bytes[..bytes.len().min(40)])
            ),
            Ok(i) => panic!("accepted: {i:?}"),
        }
    }
}

/// Native only: proptest is a host dev-dependency (the importer is pure core).
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Arbitrary bytes never panic the importer.
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let (_, sets) = programme();
            let _ = import(&bytes, &sets);
        }

        /// A real export with one byte changed is refused or flagged, never silently trusted.
        #[test]
        fn a_flipped_byte_is_never_silently_trusted(pos in 0usize..4096, byte in any::<u8>()) {
            let (set, sets) = programme();
            let json = export::to_json(&export::export(&filled(&set), "x", &set));
            let mut bytes = json.clone().into_bytes();
            let pos = pos % bytes.len();
            prop_assume!(bytes[pos] != byte);
            bytes[pos] = byte;
            if let Ok(i) = import(&bytes, &sets) {
                let reexported = export::to_json(&export::export(&i.assessment, &i.name, &set));
                prop_assert!(i.integrity == Integrity::Altered || reexported == json || i.set_content_differs,
                    "a changed file passed as intact");
            }
        }

        /// Any note text round-trips exactly.
        #[test]
        fn any_note_round_trips(note in "\\PC*") {
            let (set, sets) = programme();
            let mut a = filled(&set);
            let id = set.items().next().unwrap().id.clone();
            a.apply(Action::SetText(id, Field::Note, note));
            let json = export::to_json(&export::export(&a, "n", &set));
            prop_assert_eq!(import(json.as_bytes(), &sets).unwrap().assessment, a);
        }
    }
}

#[test]
fn the_question_set_hash_is_the_same_whichever_language_pack_is_loaded() {
    use att_diligence::core::question_set::Lang;
    use att_diligence::core::{builtin, export::set_hash, l10n};
    let plain = builtin::sets().unwrap();
    let pack = l10n::parse(
        r#"{"kind":"att-diligence/language-pack","format":2,"lang":"fr","texts":{"In place":"En place"}}"#,
        Lang::Fr,
    )
    .unwrap();
    let french = builtin::sets_with(&[pack]).unwrap();
    assert_ne!(plain[0], french[0], "the pack changed the set");
    for (a, b) in plain.iter().zip(&french) {
        assert_eq!(set_hash(a), set_hash(b), "{}", a.id);
    }
}

#[test]
fn a_not_sure_answer_survives_export_import_export_byte_for_byte() {
    let (set, sets) = programme();
    let mut a = filled(&set);
    let item = set.items().nth(3).unwrap().id.clone();
    a.apply(Action::SetStatus(item.clone(), Status::Unsure));
    a.apply(Action::SetText(item.clone(), Field::Owner, "Legal".into()));
    let json = export::to_json(&export::export(&a, "FY 2026", &set));
    assert!(
        json.contains(r#"{"owner":"Legal","status":"unsure"}"#),
        "{json}"
    );
    let back = import(json.as_bytes(), &sets).expect("imports");
    assert_eq!(back.integrity, Integrity::Intact);
    assert_eq!(back.assessment.status(&item), Some(Status::Unsure));
    assert_eq!(back.assessment, a);
    let again = export::to_json(&export::export(&back.assessment, &back.name, &set));
    assert_eq!(again, json);
}
