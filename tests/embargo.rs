//! Embargo findings a practitioner can defend: what each kind of measure gives for a shipment to
//! a destination or through a transit point, for the user's jurisdictions. First on lists of
//! our own (the rule semantics), then on the built-in list (the expected finding for each
//! embargoed and non-embargoed destination).

use std::collections::BTreeMap;

use att_diligence::core::builtin;
use att_diligence::core::embargo::{Jurisdictions, UN_ONLY};
use att_diligence::core::lists::{ListEdits, RefList};
use att_diligence::core::question_set::{Mode, ModuleKind, QuestionSet};
use att_diligence::core::register::{Register, RegisterAction};
use att_diligence::core::register_export;
use att_diligence::core::rules::{Engine, RuleSet};
use att_diligence::core::saved::LoadError;
use att_diligence::core::screening::{finding, Gbv74, Level};
use att_diligence::core::shipment::{Category, DocStatus, Shipment};

fn rules() -> RuleSet {
    builtin::rules().expect("built-in rules")
}

fn screening_set() -> QuestionSet {
    builtin::sets()
        .expect("built-in sets")
        .into_iter()
        .find(|s| s.module == ModuleKind::Screening)
        .expect("a screening set")
}

fn embargo_list(entries: &str) -> Vec<RefList> {
    vec![serde_json::from_str(&format!(
        r#"{{"format":1,"id":"embargoes","as_of":"2026-11-30","title":{{"en":"t","zh":"t"}},
            "notice":{{"en":"verify","zh":"核实"}},
            "jurisdictions":[{{"id":"eu","name":{{"en":"European Union","zh":"欧洲联盟"}}}}],
            "entries":[{entries}]}}"#
    ))
    .expect("test list parses")]
}

/// One entry per kind of measure.
fn own_lists() -> Vec<RefList> {
    let un = r#""body":"UN Security Council","jurisdiction":"un","measure":"m","reference":"r","since":"2020""#;
    let eu = r#""body":"European Union","jurisdiction":"eu","measure":"m","reference":"r","since":"2020""#;
    embargo_list(&format!(
        r#"{{"id":"whole","name":{{"en":"Wholeland","zh":"w"}},"imposed_by":[{{{un},"covers":"territory"}}]}},
           {{"id":"exempting","name":{{"en":"Exemptia","zh":"e"}},"imposed_by":[{{{un},"covers":"territory","exemptions":true}}]}},
           {{"id":"armed-groups","name":{{"en":"Groupland","zh":"g"}},"imposed_by":[{{{un},"covers":"non_state"}}]}},
           {{"id":"listed","name":{{"en":"Listonia","zh":"l"}},"imposed_by":[{{{un},"covers":"listed"}}]}},
           {{"id":"regional","name":{{"en":"Regionia","zh":"r"}},"imposed_by":[{{{un},"covers":"region"}},{{{eu},"covers":"territory"}}]}},
           {{"id":"some-categories","name":{{"en":"Categoria","zh":"c"}},"imposed_by":[{{{un},"covers":"territory","categories":["battle_tanks","warships"]}}]}},
           {{"id":"eu-only","name":{{"en":"Eurostan","zh":"eu"}},"imposed_by":[{{{eu},"covers":"territory"}}]}},
           {{"id":"political","name":{{"en":"Declaria","zh":"d"}},"imposed_by":[{{{eu},"covers":"territory","binding":false}}]}},
           {{"id":"legacy","name":{{"en":"Oldland","zh":"o"}},"scope":"partial","imposed_by":[{{"body":"UN Security Council","measure":"m","reference":"r","since":"2010"}}]}}"#
    ))
}

fn shipment(destination: &str, f: impl FnOnce(&mut Shipment)) -> Shipment {
    let mut s = Shipment {
        reference: "BK-1".into(),
        mode: Some(Mode::Sea),
        consignee: "Ministry of Defence".into(),
        end_user: "Army".into(),
        end_use: "Training".into(),
        destination: destination.into(),
        category: Some(Category::SmallArmsLightWeapons),
        ..Shipment::default()
    };
    s.documents.end_user_certificate = DocStatus::Verified;
    s.documents.export_licence = DocStatus::Verified;
    f(&mut s);
    s
}

/// The embargo indicators a shipment hits, by item id.
fn embargo_hits(lists: &[RefList], j: &Jurisdictions, s: &Shipment) -> Vec<String> {
    let rules = rules();
    let engine = Engine::new(&rules, lists, j);
    let mut v: Vec<String> = engine
        .evaluate(s)
        .into_iter()
        .filter(|h| h.rule.starts_with("embargo") || h.rule.starts_with("un-embargo"))
        .map(|h| h.indicator.to_string())
        .collect();
    v.sort();
    v
}

const UN_STOP: &str = "scr.destination.un-embargo";
const YOURS_STOP: &str = "scr.destination.embargo-applicable";
const SCOPE: &str = "scr.destination.embargo-scope";
const TRANSIT: &str = "scr.routing.embargo-transit";
const CONTEXT: &str = "scr.destination.embargo-other";

fn eu() -> Jurisdictions {
    Jurisdictions::new(["eu".to_owned()])
}

#[test]
fn each_kind_of_measure_gives_its_own_finding_at_the_destination() {
    let l = own_lists();
    let at = |place: &str| embargo_hits(&l, &UN_ONLY, &shipment(place, |_| {}));
    assert_eq!(at("Wholeland"), [UN_STOP], "a territorial UN embargo stops");
    assert_eq!(at("Exemptia"), [UN_STOP], "no exemption recorded: stop");
    assert_eq!(at("Groupland"), [SCOPE], "armed groups only: inquire");
    assert_eq!(at("Listonia"), [SCOPE], "listed persons only: inquire");
    assert_eq!(
        at("Regionia"),
        [CONTEXT, SCOPE],
        "a region of the country: inquire; the EU's measure, the EU not chosen: context"
    );
    assert_eq!(at("Eurostan"), [CONTEXT], "EU not chosen");
    assert_eq!(at("Declaria"), [CONTEXT], "political, not law");
    assert_eq!(at("Freedonia"), Vec::<String>::new(), "not listed");
    assert_eq!(
        at("Oldland"),
        [SCOPE],
        "lists saved before measures said what they cover read `partial` as listed persons"
    );
}

#[test]
fn a_recorded_exemption_turns_a_stop_into_an_inquiry_only_where_the_measure_has_one() {
    let l = own_lists();
    let with = |place: &str| {
        embargo_hits(
            &l,
            &UN_ONLY,
            &shipment(place, |s| {
                s.exemption = "1970 Committee approval ref. 12".into()
            }),
        )
    };
    assert_eq!(with("Exemptia"), [SCOPE]);
    assert_eq!(
        with("Wholeland"),
        [UN_STOP],
        "a measure without exemptions: a claimed one changes nothing"
    );
    let blank = embargo_hits(
        &l,
        &UN_ONLY,
        &shipment("Exemptia", |s| s.exemption = "  ".into()),
    );
    assert_eq!(blank, [UN_STOP], "whitespace is not an exemption");
}

#[test]
fn a_measure_on_some_categories_applies_to_those_and_asks_about_parts_and_ammunition() {
    let l = own_lists();
    let cat = |c: Option<Category>| {
        embargo_hits(&l, &UN_ONLY, &shipment("Categoria", |s| s.category = c))
    };
    assert_eq!(cat(Some(Category::BattleTanks)), [UN_STOP]);
    assert_eq!(cat(Some(Category::Warships)), [UN_STOP]);
    assert_eq!(
        cat(Some(Category::PartsComponents)),
        [SCOPE],
        "may be related materiel"
    );
    assert_eq!(cat(Some(Category::Ammunition)), [SCOPE]);
    assert_eq!(cat(None), [SCOPE], "category not known");
    assert_eq!(
        cat(Some(Category::SmallArmsLightWeapons)),
        [CONTEXT],
        "outside its categories: noted only"
    );
}

#[test]
fn a_transit_point_under_embargo_asks_questions_and_never_stops() {
    let l = own_lists();
    let via = |place: &str, j: &Jurisdictions| {
        embargo_hits(
            &l,
            j,
            &shipment("Freedonia", |s| {
                s.transit = vec!["Lisbon".into(), place.into()]
            }),
        )
    };
    assert_eq!(via("Wholeland", &UN_ONLY), [TRANSIT]);
    assert_eq!(via("Eurostan", &eu()), [TRANSIT]);
    assert_eq!(via("Eurostan", &UN_ONLY), [CONTEXT]);
    assert_eq!(
        via("Groupland", &UN_ONLY),
        [CONTEXT],
        "a measure on armed groups says nothing about a route through the country"
    );
    let f = |place: &str| {
        let rules = rules();
        let engine = Engine::new(&rules, &l, &UN_ONLY);
        let s = shipment("Freedonia", |s| s.transit = vec![place.into()]);
        let hits = engine.evaluate(&s);
        finding(
            &screening_set(),
            s.mode,
            &BTreeMap::new(),
            &hits,
            &Gbv74::default(),
        )
    };
    let through = f("Wholeland");
    assert!(through.stop.is_empty(), "{:?}", through.stop);
    assert!(through.inquire.iter().any(|i| i.as_str() == TRANSIT));
}

#[test]
fn the_users_jurisdictions_count_like_the_un_and_the_rest_is_context() {
    let l = own_lists();
    let s = shipment("Eurostan", |_| {});
    assert_eq!(embargo_hits(&l, &eu(), &s), [YOURS_STOP]);
    assert_eq!(embargo_hits(&l, &UN_ONLY, &s), [CONTEXT]);
    assert_eq!(
        embargo_hits(&l, &eu(), &shipment("Regionia", |_| {})),
        [YOURS_STOP, SCOPE],
        "the EU's whole-country embargo stops an EU firm; the UN's regional one still asks"
    );
    assert_eq!(
        embargo_hits(&l, &eu(), &shipment("Declaria", |_| {})),
        [CONTEXT],
        "a political declaration is not law, even for those it concerns"
    );
    let set = screening_set();
    let rules = rules();
    let yours = eu();
    let engine = Engine::new(&rules, &l, &yours);
    let hits = engine.evaluate(&s);
    let f = finding(&set, s.mode, &BTreeMap::new(), &hits, &Gbv74::default());
    assert_eq!(f.level, Level::Stop);
    let detail = &hits
        .iter()
        .find(|h| h.indicator.as_str() == YOURS_STOP)
        .unwrap()
        .detail
        .to_string();
    assert!(
        detail.contains("Eurostan") && detail.contains("European Union"),
        "the finding says which entry and whose measure: {detail}"
    );
}

#[test]
fn an_entry_the_user_added_counts_as_an_embargo_binding_on_them() {
    let builtin = embargo_list("");
    let mut edited = builtin.clone();
    edited[0].entries.push(
        serde_json::from_str(
            r#"{"id":"user-1","name":{"en":"Zembla","zh":"Zembla"},"aliases":["Onhava"],"sources":["user"]}"#,
        )
        .unwrap(),
    );
    let edits = ListEdits::diff(&builtin, &edited);
    let lists = edits.apply(&builtin);
    assert_eq!(
        embargo_hits(&lists, &UN_ONLY, &shipment("Onhava", |_| {})),
        [YOURS_STOP]
    );
    assert_eq!(
        embargo_hits(
            &lists,
            &UN_ONLY,
            &shipment("Freedonia", |s| s.transit = vec!["Zembla".into()])
        ),
        [TRANSIT]
    );
}

#[test]
fn the_jurisdiction_choice_is_saved_versioned_and_bad_values_are_refused() {
    let j = Jurisdictions::new([
        "uk".to_owned(),
        "eu".to_owned(),
        "eu".to_owned(),
        "un".to_owned(),
    ]);
    assert_eq!(
        j.selected(),
        ["eu", "uk"],
        "sorted, once each, the UN implied"
    );
    assert_eq!(j.counted(), ["un", "eu", "uk"]);
    assert_eq!(Jurisdictions::decode(&j.encode()), Ok(j.clone()));
    assert_eq!(j.toggled("eu").selected(), ["uk"]);
    assert_eq!(j.toggled("us").selected(), ["eu", "uk", "us"]);
    assert!(
        UN_ONLY.toggled("un").binds("un"),
        "the UN cannot be unticked"
    );
    assert!(matches!(
        Jurisdictions::decode(
            r#"{"kind":"att-diligence/jurisdictions","version":2,"selected":[]}"#
        ),
        Err(LoadError::UnsupportedVersion(2))
    ));
    assert!(matches!(
        Jurisdictions::decode(r#"{"kind":"att-diligence/register","version":1,"selected":[]}"#),
        Err(LoadError::NotAnAssessment)
    ));
    assert!(matches!(
        Jurisdictions::decode("[1,"),
        Err(LoadError::Malformed(_))
    ));
}

#[test]
fn exports_record_whose_embargoes_the_findings_count() {
    let l = own_lists();
    let set = screening_set();
    let rules = rules();
    let j = eu();
    let engine = Engine::new(&rules, &l, &j);
    let mut r = Register::default();
    r.apply(
        RegisterAction::Import(vec![(
            2,
            shipment("Eurostan", |s| s.exemption = "Licence EU-123".into()),
        )]),
        &engine,
    );
    let doc = register_export::export(
        &r,
        &set,
        &l,
        &j,
        &att_diligence::core::parties::Decisions::default(),
    );
    assert_eq!(doc.jurisdictions, ["un", "eu"]);
    let json = att_diligence::core::export::canonical(&doc);
    assert!(json.contains(r#""jurisdictions":["un","eu"]"#), "{json}");
    assert!(json.contains(r#""exemption":"Licence EU-123""#));
    let (back, integrity) = register_export::import(json.as_bytes(), &engine).unwrap();
    assert_eq!(integrity, att_diligence::core::export::Integrity::Intact);
    assert_eq!(back[0].shipment.exemption, "Licence EU-123");
    let csv = register_export::csv(
        &r,
        &set,
        &j,
        &att_diligence::core::parties::Decisions::default(),
    );
    let mut lines = csv.lines();
    let header: Vec<&str> = lines
        .next()
        .unwrap()
        .trim_start_matches('\u{feff}')
        .split(',')
        .collect();
    let row: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| row[header.iter().position(|h| *h == name).unwrap()];
    assert_eq!(col("jurisdictions"), "un eu");
    assert_eq!(col("exemption"), "Licence EU-123");
    assert_eq!(col("finding"), "stop");
}

#[test]
fn a_register_export_from_before_jurisdictions_still_verifies() {
    // Written by 0.2.0: no `jurisdictions` field, no `exemption` in shipments.
    let set = screening_set();
    let l = own_lists();
    let rules = rules();
    let engine = Engine::new(&rules, &l, &UN_ONLY);
    let mut r = Register::default();
    r.apply(
        RegisterAction::Import(vec![(2, shipment("Wholeland", |_| {}))]),
        &engine,
    );
    let mut doc = register_export::export(
        &r,
        &set,
        &l,
        &UN_ONLY,
        &att_diligence::core::parties::Decisions::default(),
    );
    doc.jurisdictions.clear();
    let json = att_diligence::core::export::canonical(&doc);
    let old_fingerprint = {
        let mut unsigned: serde_json::Value = serde_json::from_str(&json).unwrap();
        unsigned.as_object_mut().unwrap().remove("fingerprint");
        use sha2::Digest;
        let digest =
            sha2::Sha256::digest(att_diligence::core::export::canonical(&unsigned).as_bytes());
        digest
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    let old = json.replace(&doc.fingerprint, &old_fingerprint);
    assert!(!old.contains("jurisdictions") && !old.contains("exemption"));
    let (back, integrity) = register_export::import(old.as_bytes(), &engine).unwrap();
    assert_eq!(integrity, att_diligence::core::export::Integrity::Intact);
    assert_eq!(back.len(), 1);
}

/// The embargo finding alone: stop, inquire, context, or nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum E {
    Stop,
    Inquire,
    Context,
    Nothing,
}

fn builtin_embargo_finding(j: &Jurisdictions, s: &Shipment) -> E {
    let lists = builtin::lists().expect("built-in lists");
    let hits = embargo_hits(&lists, j, s);
    let has = |id: &str| hits.iter().any(|h| h == id);
    if has(UN_STOP) || has(YOURS_STOP) {
        E::Stop
    } else if has(SCOPE) || has(TRANSIT) {
        E::Inquire
    } else if has(CONTEXT) {
        E::Context
    } else {
        E::Nothing
    }
}

#[test]
fn the_built_in_list_stops_only_where_a_binding_measure_covers_the_transfer() {
    let salw = |place: &str| shipment(place, |_| {});
    let cases: &[(&str, Shipment, E)] = &[
        // Targeted UN measures (non-State actors, armed groups, listed persons): inquire.
        ("Iraq", salw("Baghdad, Iraq"), E::Inquire),
        ("Lebanon", salw("Beirut"), E::Inquire),
        ("Central African Republic", salw("Bangui"), E::Inquire),
        ("DRC", salw("Kinshasa"), E::Inquire),
        ("Afghanistan", salw("Kabul"), E::Inquire),
        ("Yemen", salw("Aden, Yemen"), E::Inquire),
        ("Somalia", salw("Mogadishu"), E::Inquire),
        // Sudan: the UN measure covers Darfur only.
        ("Khartoum", salw("Khartoum"), E::Inquire),
        ("Port Sudan", salw("Port Sudan"), E::Inquire),
        ("Darfur", salw("El Fasher"), E::Stop),
        // Whole-territory UN measures.
        ("DPRK", salw("Pyongyang"), E::Stop),
        ("Libya", salw("Benghazi"), E::Stop),
        ("South Sudan", salw("Juba"), E::Stop),
        ("Haiti", salw("Port-au-Prince"), E::Stop),
        // Exemptions recorded where the measure has them.
        (
            "Libya, Committee approval recorded",
            shipment("Libya", |s| s.exemption = "1970 Committee approval".into()),
            E::Inquire,
        ),
        (
            "Haiti, security-forces exemption recorded",
            shipment("Haiti", |s| {
                s.exemption = "Supply to the Haitian National Police".into()
            }),
            E::Inquire,
        ),
        (
            "Darfur, 1591 Committee approval recorded",
            shipment("Nyala", |s| s.exemption = "1591 Committee approval".into()),
            E::Inquire,
        ),
        // Iran: the seven Register categories; SALW only under the EU's (not chosen).
        (
            "Iran, tanks",
            shipment("Tehran", |s| s.category = Some(Category::BattleTanks)),
            E::Stop,
        ),
        (
            "Iran, missiles",
            shipment("Iran", |s| {
                s.category = Some(Category::MissilesAndLaunchers)
            }),
            E::Stop,
        ),
        (
            "Iran, parts",
            shipment("Iran", |s| s.category = Some(Category::PartsComponents)),
            E::Inquire,
        ),
        ("Iran, small arms", salw("Iran"), E::Context),
        // EU-only and political measures, the EU not chosen: context.
        ("Russia", salw("Moscow"), E::Context),
        ("Belarus", salw("Minsk"), E::Context),
        ("China", salw("China"), E::Context),
        ("Nagorno-Karabakh", salw("Karabakh"), E::Context),
        // Not embargoed.
        ("Freedonia", salw("Freedonia"), E::Nothing),
        ("France", salw("France"), E::Nothing),
        ("Singapore", salw("Singapore"), E::Nothing),
    ];
    for (what, s, expected) in cases {
        assert_eq!(
            builtin_embargo_finding(&UN_ONLY, s),
            *expected,
            "{what} (UN only)"
        );
    }
}

#[test]
fn the_built_in_list_for_an_eu_firm() {
    let j = eu();
    let salw = |place: &str| shipment(place, |_| {});
    for (what, s, expected) in [
        ("Khartoum", salw("Khartoum"), E::Stop),
        ("Russia", salw("Moscow"), E::Stop),
        ("Belarus", salw("Minsk"), E::Stop),
        ("Myanmar", salw("Yangon"), E::Stop),
        ("Iran, small arms", salw("Tehran"), E::Stop),
        ("China (political)", salw("China"), E::Context),
        ("Iraq", salw("Baghdad"), E::Inquire),
        ("Freedonia", salw("Freedonia"), E::Nothing),
    ] {
        assert_eq!(
            builtin_embargo_finding(&j, &s),
            expected,
            "{what} (UN and EU)"
        );
    }
}

#[test]
fn through_an_embargoed_place_the_built_in_list_asks_and_never_stops() {
    let via = |j: &Jurisdictions, place: &str| {
        builtin_embargo_finding(
            j,
            &shipment("France", |s| {
                s.transit = vec!["Piraeus".into(), place.into()]
            }),
        )
    };
    for (place, un_only, with_eu) in [
        ("Tripoli, Libya", E::Inquire, E::Inquire),
        ("Nampo", E::Inquire, E::Inquire),
        ("Port-au-Prince", E::Inquire, E::Inquire),
        ("Port Sudan", E::Context, E::Inquire),
        ("Hodeidah", E::Context, E::Context),
        ("Beirut", E::Context, E::Context),
        ("Novorossiysk", E::Context, E::Inquire),
        ("Djibouti", E::Nothing, E::Nothing),
    ] {
        assert_eq!(via(&UN_ONLY, place), un_only, "via {place} (UN only)");
        assert_eq!(via(&eu(), place), with_eu, "via {place} (UN and EU)");
    }
}

#[test]
fn a_register_and_list_edits_saved_by_0_2_0_load_and_are_screened_by_the_new_rules() {
    // As 0.2.0 wrote them to localStorage: no exemption; a user-added entry with `scope`.
    let register = r#"{"kind":"att-diligence/register","version":1,"counter":2,"entries":[
        {"id":"s1","shipment":{"reference":"B1","date":"2026-11-20","mode":"sea","consignor":"Acme",
         "consignee":"MoD","end_user":"Army","end_use":"Training","destination":"Khartoum",
         "transit":["Djibouti"],"category":"parts_components","description":"","quantity":"",
         "value":"","documents":{"end_user_certificate":"verified","export_licence":"verified",
         "transport_documents":"not_seen"}},"gbv":{"completed":0}},
        {"id":"s2","shipment":{"reference":"B2","date":"","mode":null,"consignor":"","consignee":"",
         "end_user":"","end_use":"","destination":"Zembla","transit":[],"category":null,
         "description":"","quantity":"","value":"","documents":{"end_user_certificate":"not_seen",
         "export_licence":"not_seen","transport_documents":"not_seen"}},"gbv":{"completed":0}}]}"#;
    let edits = r#"{"kind":"att-diligence/list-edits","version":1,"removed":{},"added":{"embargoes":[
        {"id":"user-24","name":{"en":"Zembla","zh":"Zembla"},"aliases":[],"scope":"full","sources":["user"]}]}}"#;
    let edits: ListEdits = serde_json::from_str(edits).expect("0.2.0 list edits still read");
    let lists = edits.apply(&builtin::lists().unwrap());
    let rules = rules();
    let engine = Engine::new(&rules, &lists, &UN_ONLY);
    let (r, problems) = att_diligence::core::register::decode(register, |_| None, &engine)
        .expect("0.2.0 register loads");
    assert!(problems.is_empty());
    assert_eq!(r.entries.len(), 2);
    assert_eq!(r.entries[0].shipment.exemption, "");
    let set = screening_set();
    assert_eq!(
        r.entries[0].finding(&set).level,
        Level::Inquire,
        "Khartoum under the UN alone: asked, no longer stopped"
    );
    assert_eq!(
        r.entries[1].finding(&set).level,
        Level::Stop,
        "the user's own embargo entry binds them"
    );
}

#[test]
fn an_entry_the_user_adds_under_a_built_in_name_still_counts() {
    // A firm bound by a national measure on Russia, whose jurisdiction the list does not cover,
    // adds "Russia" itself: the built-in entry (the EU's, not ticked) must not hide it.
    let builtin = builtin::lists().unwrap();
    let mut edited = builtin.clone();
    let embargoes = edited.iter_mut().find(|l| l.id == "embargoes").unwrap();
    embargoes.entries.push(
        serde_json::from_str(
            r#"{"id":"user-1","name":{"en":"Russia","zh":"Russia"},"aliases":["Moscow"],"sources":["user"]}"#,
        )
        .unwrap(),
    );
    let lists = ListEdits::diff(&builtin, &edited).apply(&builtin);
    assert_eq!(
        embargo_hits(&lists, &UN_ONLY, &shipment("Moscow", |_| {})),
        [YOURS_STOP, CONTEXT],
        "the user's own entry stops; the EU's, not ticked, is context"
    );
}
