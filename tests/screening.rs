//! Screening a shipment: every finding, the Article 7(4) order, every kind of automatic rule,
//! batch CSV with good and bad rows, and the register.

use std::collections::BTreeMap;

use att_diligence::core::batch::{self, auto_map, Column, RowProblem};
use att_diligence::core::builtin;
use att_diligence::core::embargo::UN_ONLY;
use att_diligence::core::lists::RefList;
use att_diligence::core::question_set::{ItemId, Mode, ModuleKind, QuestionSet};
use att_diligence::core::register::{self, Edit, Register, RegisterAction, TextField};
use att_diligence::core::rules::{Engine, RuleSet};
use att_diligence::core::screening::{finding, Answer, Check, Gbv74, GbvAction, Level};
use att_diligence::core::shipment::{Category, DocStatus, Shipment};

fn screening_set() -> QuestionSet {
    builtin::sets()
        .expect("built-in sets")
        .into_iter()
        .find(|s| s.module == ModuleKind::Screening)
        .expect("a screening set")
}

/// Small lists of our own, so these tests do not move when the reference lists are updated.
fn lists() -> Vec<RefList> {
    let list = |id: &str, entries: &str| -> RefList {
        serde_json::from_str(&format!(
            r#"{{"format":1,"id":"{id}","as_of":"2026-11-27","title":{{"en":"t","zh":"t"}},
                "notice":{{"en":"verify","zh":"核实"}},"entries":[{entries}]}}"#
        ))
        .expect("test list parses")
    };
    vec![
        list(
            "embargoes",
            r#"{"id":"ruritania","name":{"en":"Ruritania","zh":"鲁里坦尼亚"},"aliases":["RU-X","Strelsau"],
                "imposed_by":[{"body":"UN Security Council","measure":"full arms embargo","reference":"res. 9999 (2025)","since":"2025-01-01"}]},
               {"id":"eu-only","name":{"en":"Graustark","zh":"格劳斯塔克"},"aliases":[],
                "imposed_by":[{"body":"European Union","measure":"arms embargo","reference":"Decision X","since":"2020"}]}"#,
        ),
        list(
            "hotspots",
            r#"{"id":"gulf-of-aden","name":{"en":"Gulf of Aden","zh":"亚丁湾"},"aliases":["Djibouti","Berbera"]}"#,
        ),
        list(
            "conflicts",
            r#"{"id":"sudan","name":{"en":"Sudan","zh":"苏丹"},"aliases":["SD","SDN"]}"#,
        ),
    ]
}

fn rules() -> RuleSet {
    builtin::rules().expect("built-in rules")
}

fn id(s: &str) -> ItemId {
    ItemId::from(s)
}

fn shipment(f: impl FnOnce(&mut Shipment)) -> Shipment {
    let mut s = Shipment {
        reference: "BK-1".into(),
        mode: Some(Mode::Sea),
        consignee: "Defence Procurement Agency".into(),
        end_user: "Army".into(),
        end_use: "Training".into(),
        destination: "Freedonia".into(),
        ..Shipment::default()
    };
    s.documents.end_user_certificate = DocStatus::Verified;
    s.documents.export_licence = DocStatus::Verified;
    f(&mut s);
    s
}

fn fired(s: &Shipment) -> Vec<(String, Check)> {
    let (rules, lists) = (rules(), lists());
    let engine = Engine::new(&rules, &lists, &UN_ONLY);
    let mut hits: Vec<(String, Check)> = engine
        .evaluate(s)
        .into_iter()
        .map(|h| (h.rule.to_string(), h.check))
        .collect();
    hits.sort_by(|a, b| a.0.cmp(&b.0));
    hits
}

fn present(rules: &[&str]) -> Vec<(String, Check)> {
    let mut v: Vec<(String, Check)> = rules
        .iter()
        .map(|r| ((*r).to_owned(), Check::Present))
        .collect();
    v.extend([
        ("euc-not-verified".to_owned(), Check::NotPresent),
        ("no-export-licence".to_owned(), Check::NotPresent),
    ]);
    v.retain(|(r, c)| !(rules.contains(&r.as_str()) && *c == Check::NotPresent));
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

#[test]
fn each_rule_fires_on_its_fact_and_only_then() {
    assert_eq!(
        fired(&shipment(|_| {})),
        present(&[]),
        "a clean record fires nothing"
    );
    let cases: Vec<(&str, Shipment)> = vec![
        (
            "un-embargo-destination",
            shipment(|s| s.destination = "Strelsau, Ruritania".into()),
        ),
        (
            "embargo-transit",
            shipment(|s| s.transit = vec!["Lisbon".into(), "ru-x".into()]),
        ),
        (
            "maritime-hotspot",
            shipment(|s| s.transit = vec!["Djibouti".into()]),
        ),
        (
            "conflict-destination",
            shipment(|s| s.destination = "SDN".into()),
        ),
        (
            "salw-or-ammunition",
            shipment(|s| s.category = Some(Category::Ammunition)),
        ),
        (
            "po-box-consignee",
            shipment(|s| s.consignee = "P.O. Box 113, Djibouti".into()),
        ),
        (
            "forwarder-end-user",
            shipment(|s| s.end_user = "Global Freight Forwarding LLC".into()),
        ),
    ];
    for (rule, s) in cases {
        assert_eq!(fired(&s), present(&[rule]), "{rule} on {s:?}");
    }
    let parts = shipment(|s| {
        s.category = Some(Category::PartsComponents);
        s.destination = "Sudan".into();
    });
    assert_eq!(
        fired(&parts),
        present(&["conflict-destination", "parts-or-ammunition-to-conflict"])
    );
    let euc = |d| fired(&shipment(|s| s.documents.end_user_certificate = d));
    assert!(euc(DocStatus::NotSeen).contains(&("euc-not-verified".into(), Check::Present)));
    assert!(
        euc(DocStatus::Seen).contains(&("euc-not-verified".into(), Check::Present)),
        "seen but unverified"
    );
    let licence = fired(&shipment(|s| {
        s.documents.export_licence = DocStatus::NotSeen
    }));
    assert!(licence.contains(&("no-export-licence".into(), Check::Present)));
}

#[test]
fn an_embargo_by_another_body_does_not_trigger_the_un_rule() {
    assert_eq!(
        fired(&shipment(|s| s.destination = "Graustark".into())),
        present(&["embargo-context"]),
        "an EU measure, the EU not chosen: context only"
    );
}

#[test]
fn the_hotspot_rule_looks_only_at_sea_routes() {
    let by_air = shipment(|s| {
        s.mode = Some(Mode::Air);
        s.transit = vec!["Djibouti".into()];
    });
    assert_eq!(fired(&by_air), present(&[]));
}

fn answers(pairs: &[(&str, Check)]) -> BTreeMap<ItemId, Answer> {
    pairs
        .iter()
        .map(|(i, c)| {
            (
                id(i),
                Answer {
                    check: Some(*c),
                    note: String::new(),
                },
            )
        })
        .collect()
}

/// Every applicable indicator of `set` for `mode`, answered not present.
fn all_clear(set: &QuestionSet, mode: Mode) -> BTreeMap<ItemId, Answer> {
    set.items()
        .filter(|i| i.modes.contains(&mode))
        .map(|i| {
            (
                i.id.clone(),
                Answer {
                    check: Some(Check::NotPresent),
                    note: String::new(),
                },
            )
        })
        .collect()
}

#[test]
fn findings_from_stop_to_no_red_flags() {
    let set = screening_set();
    let gbv = Gbv74::default();
    let f = finding(&set, Some(Mode::Sea), &BTreeMap::new(), &[], &gbv);
    assert_eq!(f.level, Level::Incomplete);
    assert!(f.unchecked.len() == f.applicable && f.applicable > 0);

    let mut a = all_clear(&set, Mode::Sea);
    let f = finding(&set, Some(Mode::Sea), &a, &[], &gbv);
    assert_eq!((f.level, f.unchecked.len()), (Level::NoRedFlags, 0));

    a.insert(
        id("scr.maritime.hotspot"),
        Answer {
            check: Some(Check::Present),
            note: String::new(),
        },
    );
    let f = finding(&set, Some(Mode::Sea), &a, &[], &gbv);
    assert_eq!(f.level, Level::NoRedFlags, "context alone does not block");
    assert_eq!(f.context, [id("scr.maritime.hotspot")], "but it is noted");

    a.insert(
        id("scr.enduse.euc-missing"),
        Answer {
            check: Some(Check::Present),
            note: String::new(),
        },
    );
    let f = finding(&set, Some(Mode::Sea), &a, &[], &gbv);
    assert_eq!(
        (f.level, f.inquire.clone()),
        (Level::Inquire, vec![id("scr.enduse.euc-missing")])
    );

    a.insert(
        id("scr.docs.falsified"),
        Answer {
            check: Some(Check::Present),
            note: String::new(),
        },
    );
    let f = finding(&set, Some(Mode::Sea), &a, &[], &gbv);
    assert_eq!(
        (f.level, f.stop.clone()),
        (Level::Stop, vec![id("scr.docs.falsified")])
    );
}

#[test]
fn a_red_flag_is_enough_even_when_checks_are_incomplete() {
    let set = screening_set();
    let a = answers(&[("scr.enduse.forwarder-consignee", Check::Present)]);
    let f = finding(&set, Some(Mode::Road), &a, &[], &Gbv74::default());
    assert_eq!(f.level, Level::Inquire);
    assert!(
        !f.unchecked.is_empty(),
        "the unchecked ones are still listed"
    );
}

#[test]
fn indicators_of_other_transport_modes_do_not_apply() {
    let set = screening_set();
    let f = finding(
        &set,
        Some(Mode::Road),
        &BTreeMap::new(),
        &[],
        &Gbv74::default(),
    );
    assert!(!f.unchecked.contains(&id("scr.maritime.at-sea-transfer")));
    assert!(!f.unchecked.contains(&id("scr.air.registration")));
    assert!(f.unchecked.contains(&id("scr.routing.border-depot")));
    let unknown = finding(&set, None, &BTreeMap::new(), &[], &Gbv74::default());
    assert_eq!(
        unknown.applicable,
        set.items().count(),
        "mode unknown: every indicator applies"
    );
}

#[test]
fn the_screeners_answer_overrides_a_rule() {
    let set = screening_set();
    let (rules, lists) = (rules(), lists());
    let engine = Engine::new(&rules, &lists, &UN_ONLY);
    let s = shipment(|s| s.consignee = "PO Box 1".into());
    let hits = engine.evaluate(&s);
    let f = finding(&set, s.mode, &BTreeMap::new(), &hits, &Gbv74::default());
    assert!(f.inquire.contains(&id("scr.enduse.forwarder-consignee")));
    let cleared = answers(&[("scr.enduse.forwarder-consignee", Check::NotPresent)]);
    let f = finding(&set, s.mode, &cleared, &hits, &Gbv74::default());
    assert!(
        !f.inquire.contains(&id("scr.enduse.forwarder-consignee")),
        "verified: a real address"
    );
}

#[test]
fn article_7_4_mitigation_comes_before_the_overriding_risk_and_that_risk_stops() {
    let mut g = Gbv74::default();
    assert!(
        !g.apply(GbvAction::SetOverridingRisk(true)),
        "step 6 is not open yet"
    );
    assert!(
        !g.apply(GbvAction::SetMitigation(false)),
        "step 5 waits for steps 1-4"
    );
    assert!(!g.apply(GbvAction::CompleteStep(2)), "steps in order");
    for n in 1..=4 {
        assert!(g.apply(GbvAction::CompleteStep(n)));
    }
    assert_eq!(g.current_step(), 5);
    assert!(
        !g.apply(GbvAction::SetOverridingRisk(true)),
        "mitigation first"
    );
    assert!(g.apply(GbvAction::SetMitigation(false)));
    assert_eq!(g.current_step(), 6);
    assert!(g.apply(GbvAction::SetOverridingRisk(true)));
    assert_eq!(g.current_step(), 7);

    let set = screening_set();
    let clear = all_clear(&set, Mode::Air);
    let f = finding(&set, Some(Mode::Air), &clear, &[], &g);
    assert_eq!(
        (f.level, f.overriding_risk),
        (Level::Stop, true),
        "an overriding risk means stop"
    );

    assert!(g.apply(GbvAction::ReopenStep(5)));
    assert_eq!(
        (g.mitigation_sufficient, g.overriding_risk),
        (None, None),
        "later steps reopen too"
    );
    assert_eq!(
        finding(&set, Some(Mode::Air), &clear, &[], &g).level,
        Level::NoRedFlags
    );
}

const CSV: &str = "\u{feff}reference,date,mode,consignor,consignee,end_user,end_use,destination,transit,category,description,quantity,value,end_user_certificate,export_licence,transport_documents
BK-1,2026-11-01,sea,Acme,MoD,Army,Training,Freedonia,Lisbon,salw,Rifles,100,1000,verified,verified,seen
BK-2,2026-11-02,boat,Acme,MoD,Army,Training,Freedonia,,salw,Rifles,100,1000,verified,verified,seen
BK-3,2026-11-03,air,Acme,MoD,Army,Training,,,salw,Rifles,100,1000,verified,verified,seen
BK-4,yesterday,air,Acme,MoD,Army,Training,Freedonia,,salw,Rifles,100,1000,verified,verified,seen
BK-5,2026-11-05,road,Acme,\"PO Box 9, Strelsau\",Army,Training,Ruritania,Strelsau;Zenda,parts,\"Gearboxes, \"\"heavy\"\"\",4,9,seen,none,none
,2026-11-06,rail,Acme,MoD,Army,Training,Freedonia,,salw,Rifles,100,1000,verified,verified,seen
BK-7,2026-11-07,rail,Acme,MoD,Army,Training,Freedonia,,salw,Rifles,100,1000,maybe,verified,seen
BK-8,2026-11-08,rail,too,few,columns
BK-9,2026-11-09,sea,Acme,MoD,Army,Training,Freedonia,,lasers,Lasers,1,1,verified,verified,seen
";

/// A CSV text read as the reader worker reads it.
fn table(text: &str) -> batch::Table {
    att_reader::read(text.as_bytes(), None).expect("a readable batch")
}

#[test]
fn a_batch_screens_good_rows_and_names_each_bad_row_by_line() {
    let csv = table(CSV);
    let map = auto_map(&csv.headers);
    assert!(
        map.iter().all(Option::is_some),
        "the documented layout maps itself: {map:?}"
    );
    let b = batch::parse(&csv, &map);
    let good: Vec<(u64, &str)> = b
        .rows
        .iter()
        .map(|(l, s)| (*l, s.reference.as_str()))
        .collect();
    assert_eq!(good, [(2, "BK-1"), (6, "BK-5")]);
    let bk5 = &b.rows[1].1;
    assert_eq!(bk5.consignee, "PO Box 9, Strelsau");
    assert_eq!(bk5.description, "Gearboxes, \"heavy\"");
    assert_eq!(bk5.transit, ["Strelsau", "Zenda"]);
    let bad: Vec<(u64, RowProblem)> = b
        .errors
        .iter()
        .map(|e| (e.line, e.problem.clone()))
        .collect();
    assert_eq!(bad[0], (3, RowProblem::BadMode("boat".into())));
    assert_eq!(bad[1], (4, RowProblem::MissingDestination));
    assert_eq!(bad[2], (5, RowProblem::BadDate("yesterday".into())));
    assert_eq!(bad[3], (7, RowProblem::MissingReference));
    assert_eq!(
        bad[4],
        (
            8,
            RowProblem::BadDocument {
                column: "end_user_certificate",
                value: "maybe".into()
            }
        )
    );
    assert_eq!(bad[5].0, 9);
    assert_eq!(
        bad[5].1,
        RowProblem::FieldCount {
            expected: 16,
            found: 6
        }
    );
    assert_eq!(bad[6], (10, RowProblem::BadCategory("lasers".into())));
    assert_eq!(bad.len(), 7);
}

#[test]
fn other_headers_are_mapped_by_alias_or_by_the_user() {
    let headers: Vec<String> = [
        "Booking No",
        "Mode of transport",
        "Receiver",
        "Country of destination",
        "Via",
        "EUC",
        "Colour",
    ]
    .map(String::from)
    .to_vec();
    let map = auto_map(&headers);
    assert_eq!(
        map,
        [
            Some(Column::Reference),
            Some(Column::Mode),
            Some(Column::Consignee),
            Some(Column::Destination),
            Some(Column::Transit),
            Some(Column::EndUserCertificate),
            None
        ]
    );
    let text = "Booking No,Mode of transport,Receiver,Country of destination,Via,EUC,Colour\nX1,sea,Navy,Freedonia,Djibouti,none,red\n";
    let b = batch::parse(&table(text), &map);
    assert_eq!(b.rows.len(), 1);
    assert_eq!(b.rows[0].1.transit, ["Djibouti"]);
}

#[test]
fn the_template_is_a_valid_batch() {
    let t = table(&batch::template());
    let b = batch::parse(&t, &auto_map(&t.headers));
    assert_eq!((b.rows.len(), b.errors.len()), (1, 0));
}

#[test]
fn the_register_rescreens_a_record_when_it_changes_and_round_trips() {
    let (rules, lists) = (rules(), lists());
    let engine = Engine::new(&rules, &lists, &UN_ONLY);
    let set = screening_set();
    let mut r = Register::default();
    let sid = r
        .apply(RegisterAction::New("BK-9".into()), &engine)
        .expect("an id");
    let level = |r: &Register| r.get(&sid).unwrap().finding(&set).level;
    r.apply(
        RegisterAction::Edit(sid.clone(), Edit::Mode(Some(Mode::Sea))),
        &engine,
    );
    assert_eq!(level(&r), Level::Inquire, "no EUC, no end user yet");
    r.apply(
        RegisterAction::Edit(
            sid.clone(),
            Edit::Text(TextField::Destination, "Ruritania".into()),
        ),
        &engine,
    );
    assert_eq!(
        level(&r),
        Level::Stop,
        "re-screened: destination under a UN embargo"
    );
    r.apply(
        RegisterAction::Edit(
            sid.clone(),
            Edit::Note(id("scr.docs.falsified"), "<b>checked</b>".into()),
        ),
        &engine,
    );

    // Saved as an index and one value per shipment.
    let index = register::encode_index(&r);
    let stored: std::collections::HashMap<String, String> = r
        .entries
        .iter()
        .map(|e| (e.id.clone(), register::encode_entry(e)))
        .collect();
    assert!(
        !stored.values().any(|t| t.contains("\"hits\"")),
        "rule hits are derived, never stored"
    );
    let (back, problems) =
        register::decode(&index, |id| stored.get(id).cloned(), &engine).expect("decodes");
    assert!(problems.is_empty());
    assert_eq!(back, r);
    assert_eq!(register::encode_index(&back), index);
    let (partial, problems) =
        register::decode(&index, |_| None, &engine).expect("the index still reads");
    assert!(partial.entries.is_empty());
    assert_eq!(
        problems.len(),
        r.entries.len(),
        "each missing shipment reported"
    );
    r.apply(RegisterAction::Remove(sid.clone()), &engine);
    assert!(r.entries.is_empty());
}

#[test]
fn the_register_sorts_and_filters_by_finding() {
    use att_diligence::core::register::{Findings, SortKey};
    let (rules, lists) = (rules(), lists());
    let engine = Engine::new(&rules, &lists, &UN_ONLY);
    let set = screening_set();
    let rows = vec![
        (2, shipment(|s| s.reference = "C".into())),
        (
            3,
            shipment(|s| {
                s.reference = "A".into();
                s.destination = "Ruritania".into();
            }),
        ),
        (
            4,
            shipment(|s| {
                s.reference = "B".into();
                s.consignee = "PO Box 7".into();
            }),
        ),
    ];
    let mut r = Register::default();
    r.apply(RegisterAction::Import(rows), &engine);
    let levels: Vec<Level> = r.entries.iter().map(|e| e.finding(&set).level).collect();
    assert_eq!(levels, [Level::Incomplete, Level::Stop, Level::Inquire]);
    let findings = Findings::of(&r.entries, &set);
    let refs = |order: Vec<usize>| -> Vec<String> {
        order
            .into_iter()
            .map(|i| r.entries[i].shipment.reference.clone())
            .collect()
    };
    assert_eq!(
        refs(r.ordered(&findings, SortKey::Finding, None)),
        ["A", "B", "C"]
    );
    assert_eq!(
        refs(r.ordered(&findings, SortKey::Reference, None)),
        ["A", "B", "C"]
    );
    assert_eq!(
        refs(r.ordered(&findings, SortKey::Added, None)),
        ["C", "A", "B"]
    );
    assert_eq!(
        refs(r.ordered(&findings, SortKey::Added, Some(Level::Inquire))),
        ["B"]
    );
    assert_eq!(r.entries[1].line, Some(3), "the batch line is kept");
}

#[test]
fn the_register_level_agrees_with_the_full_finding() {
    let (rules, lists) = (rules(), lists());
    let engine = Engine::new(&rules, &lists, &UN_ONLY);
    let set = screening_set();
    let text = batch::template() + "X2,2026-01-01,air,A,PO Box 1,,,Ruritania,,salw,x,1,1,none,none,none\nX3,2026-01-01,,A,B,C,D,Freedonia,,,x,1,1,verified,verified,verified\n";
    let t = table(&text);
    let b = batch::parse(&t, &auto_map(&t.headers));
    let mut r = Register::default();
    r.apply(RegisterAction::Import(b.rows), &engine);
    for e in &r.entries {
        assert_eq!(
            e.level(&set),
            e.finding(&set).level,
            "{}",
            e.shipment.reference
        );
    }
}

/// Two imported shipments: one to an embargoed destination, one with the given consignee.
fn register_of(engine: &Engine<'_>, consignee: &str) -> Register {
    let mut r = Register::default();
    r.apply(
        RegisterAction::Import(vec![
            (2, shipment(|s| s.destination = "Ruritania".into())),
            (3, shipment(|s| s.consignee = consignee.into())),
        ]),
        engine,
    );
    r
}

#[test]
fn a_register_exports_with_a_fingerprint_and_comes_back_into_another_register() {
    use att_diligence::core::export::Integrity;
    use att_diligence::core::register_export;
    let (rules, lists) = (rules(), lists());
    let engine = Engine::new(&rules, &lists, &UN_ONLY);
    let set = screening_set();
    let r = register_of(&engine, "=cmd|' /C calc'!A0");
    let json = att_diligence::core::export::canonical(&register_export::export(
        &r,
        &set,
        &lists,
        &UN_ONLY,
        &att_diligence::core::parties::Decisions::default(),
    ));
    let (records, integrity) = register_export::import(json.as_bytes(), &engine).expect("imports");
    assert_eq!(integrity, Integrity::Intact);
    let mut other = Register::default();
    other.apply(RegisterAction::New("mine".into()), &engine);
    other.apply(RegisterAction::Append(records), &engine);
    assert_eq!(other.entries.len(), 3);
    assert_eq!(
        other.entries[1].finding(&set).level,
        Level::Stop,
        "re-screened on arrival"
    );
    let ids: std::collections::HashSet<&str> =
        other.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), 3, "fresh ids, no collision");

    let tampered = json.replace("Ruritania", "Freedonia");
    assert_eq!(
        register_export::import(tampered.as_bytes(), &engine)
            .unwrap()
            .1,
        Integrity::Altered
    );

    let csv = register_export::csv(
        &r,
        &set,
        &UN_ONLY,
        &att_diligence::core::parties::Decisions::default(),
    );
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.contains("'=cmd"), "formula neutralised");
    assert!(
        csv.contains(",stop,scr.destination.un-embargo"),
        "finding and what drove it: {csv}"
    );
}

#[test]
fn the_register_workbook_counts_findings_and_lists_each_shipment() {
    use att_diligence::core::register_export;
    use att_diligence::core::sheet::register_workbook;
    let (rules, lists) = (rules(), lists());
    let engine = Engine::new(&rules, &lists, &UN_ONLY);
    let set = screening_set();
    let r = register_of(&engine, "PO Box 3");
    let doc = register_export::export(
        &r,
        &set,
        &lists,
        &UN_ONLY,
        &att_diligence::core::parties::Decisions::default(),
    );
    let w = register_workbook(&doc, &set, att_diligence::core::question_set::Lang::En);
    assert_eq!(w.sheets[0].rows[1], ["Stop", "1"]);
    assert_eq!(w.sheets[0].rows[2], ["Inquire", "1"]);
    assert_eq!(w.sheets[1].rows.len(), 3, "a header and a row per shipment");
    assert_eq!(w.sheets[1].rows[1][10], "Stop");
}

#[test]
fn a_changed_mitigation_answer_reopens_the_overriding_risk_finding() {
    let mut g = Gbv74::default();
    for n in 1..=4 {
        g.apply(GbvAction::CompleteStep(n));
    }
    g.apply(GbvAction::SetMitigation(false));
    g.apply(GbvAction::SetOverridingRisk(true));
    g.apply(GbvAction::SetMitigation(false));
    assert_eq!(
        g.overriding_risk,
        Some(true),
        "the same answer again changes nothing"
    );
    g.apply(GbvAction::SetMitigation(true));
    assert_eq!(g.overriding_risk, None, "step 6 must be decided again");
    assert_eq!(g.current_step(), 6);
}

#[test]
fn every_place_named_is_checked_and_words_match_whole() {
    let two = shipment(|s| s.destination = "Graustark / Ruritania".into());
    assert!(
        fired(&two).contains(&("un-embargo-destination".into(), Check::Present)),
        "the UN-listed one is not hidden by the EU-only one"
    );
    let expo = shipment(|s| s.consignee = "Expo Boxing Ltd".into());
    assert_eq!(
        fired(&expo),
        present(&[]),
        "\"po box\" inside other words is not a PO box"
    );
    let logistics = shipment(|s| s.end_user = "Nordic Logistics AB".into());
    assert_eq!(fired(&logistics), present(&["forwarder-end-user"]));
    let consignee = shipment(|s| s.consignee = "Nordic Logistics AB".into());
    assert_eq!(
        fired(&consignee),
        present(&[]),
        "a forwarder as consignee is how goods are shipped; only as end user is it a red flag"
    );
}

#[test]
fn list_edits_are_kept_apart_so_updated_built_in_lists_still_apply() {
    use att_diligence::core::lists::ListEdits;
    let builtin = lists();
    let mut edited = builtin.clone();
    edited[0].entries.retain(|e| e.id != "eu-only");
    let mut added = edited[2].entries[0].clone();
    added.id = "user-1".into();
    added.name.en = "Zenda".into();
    added.aliases = vec!["Zenda".into()];
    edited[2].entries.push(added);
    let edits = ListEdits::diff(&builtin, &edited);
    assert_eq!(
        edits.apply(&builtin),
        edited,
        "diff then apply gives the edited lists"
    );
    let json = serde_json::to_string(&edits).unwrap();
    let back: ListEdits = serde_json::from_str(&json).unwrap();
    assert_eq!(back, edits);

    // A newer widget adds an entry to a built-in list: the user still gets it.
    let mut newer = builtin.clone();
    let mut fresh = newer[0].entries[0].clone();
    fresh.id = "new-embargo".into();
    fresh.name.en = "Kravonia".into();
    fresh.aliases = vec!["Kravonia".into()];
    newer[0].entries.push(fresh);
    let applied = edits.apply(&newer);
    assert!(applied[0].entries.iter().any(|e| e.id == "new-embargo"));
    assert!(
        !applied[0].entries.iter().any(|e| e.id == "eu-only"),
        "the user's removal still holds"
    );
    assert!(
        applied[2].entries.iter().any(|e| e.id == "user-1"),
        "and their addition"
    );
}

#[test]
fn end_user_cases_a_practitioner_would_defend() {
    let set = screening_set();
    let (rules, lists) = (rules(), lists());
    let engine = Engine::new(&rules, &lists, &UN_ONLY);
    let flagged = |s: &Shipment| {
        engine.evaluate(s).iter().any(|h| {
            h.indicator.as_str() == "scr.enduse.forwarder-consignee" && h.check == Check::Present
        })
    };
    assert!(
        !flagged(&shipment(|s| s.end_user = "Joint Logistics Command".into())),
        "a military unit"
    );
    assert!(!flagged(&shipment(
        |s| s.end_user = "Army Logistics Directorate".into()
    )));
    assert!(
        flagged(&shipment(|s| s.end_user = "Rapid Logistics LLC".into())),
        "a logistics company"
    );
    assert!(flagged(&shipment(
        |s| s.end_user = "Sea Star Shipping Agency".into()
    )));
    assert!(
        flagged(&shipment(
            |s| s.end_user = "Joint Logistics Command, PO Box 12".into()
        )),
        "a PO box is a PO box, whoever writes it"
    );
    // An empty field says nothing about the customer: the indicator stays for the screener.
    for empty in [
        shipment(|s| s.end_user.clear()),
        shipment(|s| s.end_use.clear()),
    ] {
        let hits = engine.evaluate(&empty);
        assert!(!hits
            .iter()
            .any(|h| h.indicator.as_str() == "scr.enduse.reluctant"));
        let f = finding(&set, empty.mode, &BTreeMap::new(), &hits, &Gbv74::default());
        assert!(f.unchecked.contains(&id("scr.enduse.reluctant")));
        assert!(!f.inquire.contains(&id("scr.enduse.reluctant")));
    }
}

#[test]
fn parts_and_ammunition_to_a_conflict_both_feed_the_parts_indicator() {
    let (rules, lists) = (rules(), lists());
    let engine = Engine::new(&rules, &lists, &UN_ONLY);
    for (category, expected) in [
        (Category::PartsComponents, true),
        (Category::Ammunition, true),
        (Category::BattleTanks, false),
    ] {
        let s = shipment(|s| {
            s.category = Some(category);
            s.destination = "Sudan".into();
        });
        let hit = engine
            .evaluate(&s)
            .iter()
            .any(|h| h.indicator.as_str() == "scr.items.parts-engines");
        assert_eq!(hit, expected, "{category:?}");
    }
}

#[test]
fn a_register_export_over_the_old_20_mb_limit_reads_back() {
    // 0.2.0's importer refused the export of a register of about 45,000 shipments (over 20 MB).
    // Long descriptions reach that size with fewer shipments, to keep the test quick.
    let set = screening_set();
    let (rules, lists) = (rules(), lists());
    let engine = Engine::new(&rules, &lists, &UN_ONLY);
    let rows: Vec<(u64, Shipment)> = (0..12_000)
        .map(|i| {
            (
                i + 2,
                shipment(|s| {
                    s.reference = format!("BK-2026-{i:06}");
                    s.description =
                        "Gearbox assemblies for armoured vehicles, as per licence. ".repeat(30);
                }),
            )
        })
        .collect();
    let mut r = Register::default();
    r.apply(RegisterAction::Import(rows), &engine);
    let json =
        att_diligence::core::export::canonical(&att_diligence::core::register_export::export(
            &r,
            &set,
            &lists,
            &UN_ONLY,
            &att_diligence::core::parties::Decisions::default(),
        ));
    assert!(json.len() > 20 * 1024 * 1024, "{} bytes", json.len());
    assert!(json.len() < att_diligence::core::register_export::MAX_IMPORT_BYTES);
    let (back, integrity) =
        att_diligence::core::register_export::import(json.as_bytes(), &engine).expect("reads back");
    assert_eq!(back.len(), 12_000);
    assert_eq!(integrity, att_diligence::core::export::Integrity::Intact);
}
