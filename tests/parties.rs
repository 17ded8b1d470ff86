//! Party screening in the register: what the lists worker finds (its service, run here as the
//! worker runs it, on the official samples) turned into findings under the law that binds the
//! user; decisions remembered per name and entry, revocable, saved; stale screenings dropped.

use att_diligence::core::builtin;
use att_diligence::core::embargo::Jurisdictions;
use att_diligence::core::lists::RefList;
use att_diligence::core::parties::{
    Against, DecisionKey, Decisions, Found, Role, SavedFile, SavedList, Settings, Source, Verdict,
    DEFAULT_THRESHOLD, LISTED_BINDING, SIMILAR_NAME, UN_LISTED, US,
};
use att_diligence::core::question_set::QuestionSet;
use att_diligence::core::register::{self, Edit, Register, RegisterAction, TextField};
use att_diligence::core::rules::Engine;
use att_diligence::core::screening::{Check, Evidence, Level};
use att_diligence::core::shipment::Shipment;
use att_lists::service::Service;

mod common;

use common::lists_worker::{screen, screening_set as set, service, UN_VARIANT};

fn shipment(consignee: &str) -> Shipment {
    Shipment {
        reference: "BK-7".into(),
        consignor: "Nordic Precision Arms AB".into(),
        consignee: consignee.into(),
        end_user: "Ministry of Defence".into(),
        destination: "Freedonia".into(),
        ..Shipment::default()
    }
}

struct Fixture {
    service: Service,
    against: Against,
    set: QuestionSet,
    rules: att_diligence::core::rules::RuleSet,
    lists: Vec<RefList>,
}

impl Fixture {
    fn new() -> Self {
        let (service, loaded) = service();
        Fixture {
            service,
            against: Against::new(&loaded, DEFAULT_THRESHOLD),
            set: set(),
            rules: builtin::rules().expect("rules"),
            lists: builtin::lists().expect("lists"),
        }
    }

    /// A register holding `s`, screened by the rules and its parties against the lists.
    fn register(&mut self, s: Shipment, decisions: &Decisions, yours: &Jurisdictions) -> Register {
        let engine =
            Engine::new(&self.rules, &self.lists, yours).with_parties(&self.against, decisions);
        let mut r = Register::default();
        let id = r.peek_next_id();
        r.apply(RegisterAction::New(s.reference.clone()), &engine);
        for f in TextField::ALL {
            r.apply(
                RegisterAction::Edit(id.clone(), Edit::Text(f, f.get(&s).to_owned())),
                &engine,
            );
        }
        let screening = screen(&mut self.service, &r.entries[0].shipment, &self.against);
        r.apply(RegisterAction::Parties(vec![(id, screening)]), &engine);
        r
    }
}

fn check(r: &Register, indicator: &str) -> Option<Check> {
    r.entries[0]
        .hits
        .iter()
        .find(|h| h.indicator.as_str() == indicator)
        .map(|h| h.check)
}

fn first_match(r: &Register, role: Role) -> Found {
    let e = &r.entries[0];
    e.parties
        .result(role, role.name(&e.shipment))
        .and_then(|p| p.matches.first().cloned())
        .expect("a possible match")
}

#[test]
fn an_undecided_possible_match_calls_for_an_inquiry_and_names_the_entry() {
    let mut f = Fixture::new();
    let r = f.register(
        shipment(UN_VARIANT),
        &Decisions::default(),
        &Jurisdictions::default(),
    );
    let m = first_match(&r, Role::Consignee);
    assert_eq!((m.source, m.reference.as_str()), (Source::Un, "QDi.312"));
    assert_eq!(check(&r, SIMILAR_NAME), Some(Check::Present));
    // Not a stop: nobody has said it is the listed party yet.
    assert_eq!(check(&r, UN_LISTED), None);
    assert_eq!(r.entries[0].level(&f.set), Level::Inquire);
    let hit = r.entries[0]
        .hits
        .iter()
        .find(|h| h.indicator.as_str() == SIMILAR_NAME)
        .expect("similar-name hit");
    match &hit.detail {
        Evidence::Party(e) => {
            assert_eq!(e.role, Role::Consignee);
            assert_eq!(e.reference, "QDi.312");
            assert_eq!(e.listed_name, "AAMIR ALI CHAUDHRY");
            assert_eq!(e.verdict, None);
            assert_eq!(e.list_date.as_deref(), Some("2026-02-27"));
        }
        other => panic!("evidence {other:?}"),
    }
}

#[test]
fn a_confirmed_un_match_stops_the_shipment_under_every_jurisdiction() {
    let mut f = Fixture::new();
    let mut decisions = Decisions::default();
    let probe = f.register(shipment(UN_VARIANT), &decisions, &Jurisdictions::default());
    let m = first_match(&probe, Role::Consignee);
    decisions
        .record(
            UN_VARIANT,
            &m,
            Verdict::Confirmed,
            "",
            Some("2026-02-27".into()),
            "2026-12-02",
        )
        .expect("recorded");
    let r = f.register(shipment(UN_VARIANT), &decisions, &Jurisdictions::default());
    assert_eq!(check(&r, UN_LISTED), Some(Check::Present));
    assert_eq!(r.entries[0].level(&f.set), Level::Stop);
    let finding = r.entries[0].finding(&f.set);
    assert!(finding.stop.iter().any(|i| i.as_str() == UN_LISTED));
}

#[test]
fn a_confirmed_us_list_match_stops_only_where_us_law_binds() {
    let mut f = Fixture::new();
    // OFAC's sample entry 36, "AEROCARIBBEAN AIRLINES", as a carrier.
    let mut s = shipment("Defence Procurement Agency");
    s.carrier = "Aero Caribbean Airlines".into();
    let probe = f.register(s.clone(), &Decisions::default(), &Jurisdictions::default());
    let m = first_match(&probe, Role::Carrier);
    assert_eq!((m.source, m.reference.as_str()), (Source::OfacSdn, "36"));
    let mut decisions = Decisions::default();
    decisions
        .record(&s.carrier, &m, Verdict::Confirmed, "", None, "2026-12-02")
        .expect("recorded");

    let not_bound = f.register(s.clone(), &decisions, &Jurisdictions::default());
    assert_eq!(check(&not_bound, LISTED_BINDING), None);
    assert_eq!(check(&not_bound, SIMILAR_NAME), Some(Check::Present));
    assert_eq!(not_bound.entries[0].level(&f.set), Level::Inquire);

    let us = Jurisdictions::new([US.to_owned()]);
    let bound = f.register(s, &decisions, &us);
    assert_eq!(check(&bound, LISTED_BINDING), Some(Check::Present));
    assert_eq!(bound.entries[0].level(&f.set), Level::Stop);
}

#[test]
fn not_the_same_party_needs_a_reason_and_is_remembered_for_the_next_shipment() {
    let mut f = Fixture::new();
    let yours = Jurisdictions::default();
    let probe = f.register(shipment(UN_VARIANT), &Decisions::default(), &yours);
    let m = first_match(&probe, Role::Consignee);
    let mut decisions = Decisions::default();
    assert!(decisions
        .record(UN_VARIANT, &m, Verdict::NotSame, "  ", None, "2026-12-02")
        .is_err());
    decisions
        .record(
            UN_VARIANT,
            &m,
            Verdict::NotSame,
            "Different date of birth (1985) and a Karachi trading company",
            Some("2026-02-27".into()),
            "2026-12-02",
        )
        .expect("recorded");
    // Another shipment, the same name written in other case and spacing: not asked again.
    let mut next = shipment(" AMIR ALI  CHOUDRI ");
    next.reference = "BK-8".into();
    let r = f.register(next, &decisions, &yours);
    assert_eq!(
        r.entries[0]
            .parties
            .open(&r.entries[0].shipment, &decisions),
        0
    );
    assert_eq!(check(&r, SIMILAR_NAME), Some(Check::NotPresent));
    assert_eq!(check(&r, UN_LISTED), Some(Check::NotPresent));

    // Revoked: asked again.
    let key = DecisionKey::new(UN_VARIANT, m.source, &m.reference);
    assert!(decisions.revoke(&key));
    let r = f.register(shipment(UN_VARIANT), &decisions, &yours);
    assert_eq!(check(&r, SIMILAR_NAME), Some(Check::Present));
}

#[test]
fn a_clear_screening_says_so_and_a_changed_name_is_no_longer_covered() {
    let mut f = Fixture::new();
    let yours = Jurisdictions::default();
    let r = f.register(
        shipment("Defence Procurement Agency"),
        &Decisions::default(),
        &yours,
    );
    let e = &r.entries[0];
    assert!(e.parties.parties.is_empty(), "{:?}", e.parties.parties);
    assert_eq!(check(&r, UN_LISTED), Some(Check::NotPresent));
    assert_eq!(check(&r, SIMILAR_NAME), Some(Check::NotPresent));
    // US law not binding: the binding-list indicator is not answered by these lists.
    assert_eq!(check(&r, LISTED_BINDING), None);
    assert!(e.parties.holds(&e.shipment, &f.against));

    // The consignee renamed: the old screening no longer holds, and claims nothing.
    let none = Decisions::default();
    let engine = Engine::new(&f.rules, &f.lists, &yours).with_parties(&f.against, &none);
    let mut r = r.clone();
    let id = r.entries[0].id.clone();
    r.apply(
        RegisterAction::Edit(id, Edit::Text(TextField::Consignee, UN_VARIANT.into())),
        &engine,
    );
    let e = &r.entries[0];
    assert!(!e.parties.holds(&e.shipment, &f.against));
    assert_eq!(check(&r, UN_LISTED), None);
    assert_eq!(check(&r, SIMILAR_NAME), None);

    // Another threshold, or another list date: not held either.
    let other = Against {
        threshold_tenths: 800,
        ..f.against.clone()
    };
    let e = &r.entries[0];
    assert!(!e.parties.holds(&e.shipment, &other));
}

#[test]
fn a_screening_and_decisions_survive_saving_and_reading_back() {
    let mut f = Fixture::new();
    let r = f.register(
        shipment(UN_VARIANT),
        &Decisions::default(),
        &Jurisdictions::default(),
    );
    let text = register::encode_entry(&r.entries[0]);
    let back = register::decode_entry(&text).expect("reads back");
    assert_eq!(back.parties, r.entries[0].parties);
    assert!(back.parties.holds(&back.shipment, &f.against));

    let m = first_match(&r, Role::Consignee);
    let mut d = Decisions::default();
    d.record(
        UN_VARIANT,
        &m,
        Verdict::Escalated,
        "to the compliance officer",
        None,
        "2026-12-02",
    )
    .expect("recorded");
    let back = Decisions::decode(&d.encode()).expect("decisions read back");
    assert_eq!(back, d);
    let (_, decision) = back.iter().next().expect("one decision");
    assert_eq!(decision.verdict, Verdict::Escalated);
    assert_eq!(decision.listed_name, "AAMIR ALI CHAUDHRY");

    // A newer format is refused, not misread.
    let newer = d.encode().replace("\"version\":1", "\"version\":2");
    assert!(Decisions::decode(&newer).is_err());
    assert!(Decisions::decode("{not json").is_err());

    let list = SavedList::new(
        Source::Un,
        None,
        vec![SavedFile {
            name: "consolidated.xml".into(),
            text: "<CONSOLIDATED_LIST/>".into(),
        }],
    );
    assert_eq!(SavedList::decode(&list.encode()), Ok(list));
    assert_eq!(
        Settings::decode(&Settings::new(72.04).encode()).map(|s| s.threshold),
        Ok(72.0)
    );
}

#[test]
fn records_saved_before_party_screening_read_unchanged() {
    // A shipment as 0.3.0 saved it: no broker, carrier, vessel or screening.
    let old = r#"{"id":"s1","shipment":{"reference":"BK-1","date":"2026-11-01","mode":"sea","consignor":"A","consignee":"B","end_user":"C","end_use":"D","destination":"Freedonia","transit":[],"category":null,"description":"","quantity":"","value":"","documents":{"end_user_certificate":"verified","export_licence":"seen","transport_documents":"not_seen"}},"gbv":{}}"#;
    let e = register::decode_entry(old).expect("0.3.0 record reads");
    assert_eq!(e.shipment.broker, "");
    assert!(e.parties.is_empty());
    // And is written back without the new fields.
    let again = register::encode_entry(&e);
    assert!(
        !again.contains("broker") && !again.contains("parties"),
        "{again}"
    );
}

#[test]
fn the_default_threshold_is_the_matchers() {
    assert_eq!(DEFAULT_THRESHOLD, att_lists::matching::DEFAULT_THRESHOLD);
}
