//! Party screening in every export of the register and of one shipment: the lists screened
//! against and their dates, the threshold, each possible match with its score, and the
//! decision on it with its reason and dates, in JSON, CSV, the XLSX workbook and the shipment
//! report; hostile names and reasons kept inert; register files from before 0.4 still read.

use att_diligence::core::builtin;
use att_diligence::core::deliver::{self, Body};
use att_diligence::core::embargo::Jurisdictions;
use att_diligence::core::export::{canonical, Integrity};
use att_diligence::core::export_format::ExportFormat;
use att_diligence::core::lists::RefList;
use att_diligence::core::parties::{Against, Decisions, Found, Role, Verdict, DEFAULT_THRESHOLD};
use att_diligence::core::question_set::{Lang, QuestionSet};
use att_diligence::core::register::{Edit, Register, RegisterAction, TextField};
use att_diligence::core::register_export;
use att_diligence::core::rules::{Engine, RuleSet};
use att_diligence::core::sheet::{self, CutField, Whose, CELL_MAX_UTF16};
use att_diligence::core::shipment::Shipment;
use att_lists::service::Service;

mod common;

use common::lists_worker::{screen, screening_set as set, service, UN_VARIANT};

/// OFAC's sample entry 36, "AEROCARIBBEAN AIRLINES".
const OFAC_VARIANT: &str = "Aero Caribbean Airlines";
const NOT_SAME_REASON: &str = "Different registration number (HRB 99812)";

fn shipment() -> Shipment {
    Shipment {
        reference: "BK-7".into(),
        date: "2026-12-01".into(),
        consignor: "Nordic Precision Arms AB".into(),
        consignee: UN_VARIANT.into(),
        end_user: "Ministry of Defence".into(),
        carrier: OFAC_VARIANT.into(),
        destination: "Freedonia".into(),
        ..Shipment::default()
    }
}

struct Fixture {
    service: Service,
    against: Against,
    set: QuestionSet,
    rules: RuleSet,
    lists: Vec<RefList>,
    yours: Jurisdictions,
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
            yours: Jurisdictions::default(),
        }
    }

    /// A register holding `s`, screened by the rules and its parties against the lists.
    fn register(&mut self, s: &Shipment, decisions: &Decisions) -> Register {
        let engine = Engine::new(&self.rules, &self.lists, &self.yours)
            .with_parties(&self.against, decisions);
        let mut r = Register::default();
        let id = r.peek_next_id();
        r.apply(RegisterAction::New(s.reference.clone()), &engine);
        for f in TextField::ALL {
            r.apply(
                RegisterAction::Edit(id.clone(), Edit::Text(f, f.get(s).to_owned())),
                &engine,
            );
        }
        let screening = screen(&mut self.service, &r.entries[0].shipment, &self.against);
        r.apply(RegisterAction::Parties(vec![(id, screening)]), &engine);
        r
    }

    fn export(&self, r: &Register, decisions: &Decisions) -> register_export::RegisterExportV1 {
        register_export::export(r, &self.set, &self.lists, &self.yours, decisions)
    }

    fn deliver(&self, format: ExportFormat, r: &Register, decisions: &Decisions) -> String {
        let d = deliver::shipment(
            format,
            &r.entries[0],
            &self.set,
            &self.lists,
            &self.yours,
            decisions,
            Lang::En,
        );
        match d.body {
            Body::Text(t) => t,
            Body::WorkbookModel { model, .. } => model,
        }
    }
}

fn first_match(r: &Register, role: Role) -> Found {
    let e = &r.entries[0];
    e.parties
        .result(role, role.name(&e.shipment))
        .and_then(|p| p.matches.first().cloned())
        .unwrap_or_else(|| panic!("a possible match for {role:?}: {:?}", e.parties))
}

/// The sample shipment screened, its consignee confirmed as the UN entry and its carrier
/// decided not to be OFAC's, with `reason`; and a decision on a name it does not have.
fn decided(f: &mut Fixture, s: &Shipment, reason: &str) -> (Register, Decisions) {
    let probe = f.register(s, &Decisions::default());
    let un = first_match(&probe, Role::Consignee);
    let ofac = first_match(&probe, Role::Carrier);
    let mut d = Decisions::default();
    d.record(
        &s.consignee,
        &un,
        Verdict::Confirmed,
        "Same passport number as the listing",
        Some("2026-02-27".into()),
        "2026-12-02",
    )
    .expect("recorded");
    d.record(
        &s.carrier,
        &ofac,
        Verdict::NotSame,
        reason,
        Some("2026-11-30".into()),
        "2026-12-03",
    )
    .expect("recorded");
    d.record(
        "Someone Else Entirely",
        &un,
        Verdict::NotSame,
        "another shipment's party",
        None,
        "2026-12-04",
    )
    .expect("recorded");
    (f.register(s, &d), d)
}

fn csv_rows(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header = r
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = r
        .records()
        .map(|row| row.expect("a row").iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

fn col<'a>(header: &[String], row: &'a [String], name: &str) -> &'a str {
    let at = header
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}: {header:?}"));
    &row[at]
}

fn shipments_sheet(f: &Fixture, r: &Register, d: &Decisions) -> sheet::Workbook {
    sheet::register_workbook(&f.export(r, d), &f.set, Lang::En)
}

#[test]
fn the_json_export_carries_the_screening_and_the_decisions_on_its_parties_under_its_fingerprint() {
    let mut f = Fixture::new();
    let (r, d) = decided(&mut f, &shipment(), NOT_SAME_REASON);
    let doc = f.export(&r, &d);
    let json = canonical(&doc);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let lists = &value["shipments"][0]["parties"]["lists"];
    assert_eq!(lists[0]["source"], "un");
    assert_eq!(lists[0]["generated"], "2026-02-27");
    assert_eq!(lists[1]["source"], "ofac_sdn");
    assert_eq!(value["shipments"][0]["parties"]["threshold"], 85.0);
    let decisions = value["party_decisions"].as_array().expect("decisions");
    // Only the decisions on this shipment's parties, not on another shipment's.
    assert_eq!(decisions.len(), 2, "{decisions:?}");
    let on = |reference: &str| {
        decisions
            .iter()
            .find(|x| x["reference"] == reference)
            .unwrap_or_else(|| panic!("no decision on {reference}: {decisions:?}"))
    };
    let un = on("QDi.312");
    assert_eq!(un["source"], "un");
    assert_eq!(un["verdict"], "confirmed");
    assert_eq!(un["as_written"], UN_VARIANT);
    assert_eq!(un["name"], "amir ali choudri");
    assert_eq!(un["listed_name"], "AAMIR ALI CHAUDHRY");
    assert_eq!(un["list_date"], "2026-02-27");
    assert_eq!(un["decided_on"], "2026-12-02");
    assert!(un["score"].as_f64().unwrap() >= DEFAULT_THRESHOLD);
    let ofac = on("36");
    assert_eq!(
        (&ofac["source"], &ofac["verdict"], &ofac["reason"]),
        (
            &serde_json::json!("ofac_sdn"),
            &serde_json::json!("not_same"),
            &serde_json::json!(NOT_SAME_REASON)
        )
    );

    let engine = Engine::new(&f.rules, &f.lists, &f.yours);
    let back = register_export::import_register(json.as_bytes(), &engine).expect("imports");
    assert_eq!(back.integrity, Integrity::Intact);
    assert_eq!(back.party_decisions, doc.party_decisions);
    assert_eq!(back.shipments[0].parties, r.entries[0].parties);
    // A decision's reason changed in the file: the fingerprint no longer matches.
    let tampered = json.replace(NOT_SAME_REASON, "Checked by phone");
    assert_eq!(
        register_export::import(tampered.as_bytes(), &engine)
            .expect("still reads")
            .1,
        Integrity::Altered
    );
    // The one-shipment export is the same document.
    let one = f.deliver(ExportFormat::Json, &r, &d);
    assert_eq!(one, json);
}

#[test]
fn the_csv_has_the_new_parties_and_the_lists_threshold_matches_and_decisions() {
    let mut f = Fixture::new();
    let (r, d) = decided(&mut f, &shipment(), NOT_SAME_REASON);
    let text = register_export::csv(&r, &f.set, &f.yours, &d);
    let (header, rows) = csv_rows(&text);
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(
        [at("end_user") + 1, at("end_user") + 2, at("end_user") + 3],
        [at("broker"), at("carrier"), at("vessel")]
    );
    let row = &rows[0];
    assert_eq!(col(&header, row, "carrier"), OFAC_VARIANT);
    assert_eq!(
        col(&header, row, "party_lists"),
        "un 2026-02-27; ofac_sdn 2026-11-30"
    );
    assert_eq!(col(&header, row, "party_threshold"), "85.0");
    let matches = col(&header, row, "party_matches");
    let un = r.entries[0].parties.parties[0].matches[0].score;
    assert!(
        matches.starts_with(&format!(
            "consignee: {UN_VARIANT} ~ un QDi.312 \"AAMIR ALI CHAUDHRY\""
        )),
        "{matches}"
    );
    assert!(
        matches.contains(&format!(
            " {un:.1} confirmed 2026-12-02 (Same passport number as the listing); "
        )),
        "{matches}"
    );
    assert!(
        matches.contains(&format!(
            "carrier: {OFAC_VARIANT} ~ ofac_sdn 36 \"AEROCARIBBEAN AIRLINES\" 100.0 not_same 2026-12-03 ({NOT_SAME_REASON})"
        )),
        "{matches}"
    );
    assert_eq!(col(&header, row, "finding"), "stop");

    // Undecided: said so.
    let r = f.register(&shipment(), &Decisions::default());
    let (header, rows) = csv_rows(&register_export::csv(
        &r,
        &f.set,
        &f.yours,
        &Decisions::default(),
    ));
    let matches = col(&header, &rows[0], "party_matches");
    assert_eq!(matches.matches(" undecided").count(), 2, "{matches}");
}

#[test]
fn a_screening_no_longer_of_the_record_is_not_reported_as_its_screening() {
    let mut f = Fixture::new();
    let (mut r, d) = decided(&mut f, &shipment(), NOT_SAME_REASON);
    let engine = Engine::new(&f.rules, &f.lists, &f.yours).with_parties(&f.against, &d);
    let id = r.entries[0].id.clone();
    r.apply(
        RegisterAction::Edit(
            id,
            Edit::Text(TextField::Consignee, "Defence Procurement Agency".into()),
        ),
        &engine,
    );
    let (header, rows) = csv_rows(&register_export::csv(&r, &f.set, &f.yours, &d));
    for c in ["party_lists", "party_threshold", "party_matches"] {
        assert_eq!(col(&header, &rows[0], c), "", "{c}");
    }
    let w = shipments_sheet(&f, &r, &d);
    assert_eq!(
        w.sheets[1].rows[1][12],
        "Not screened: load a sanctions list in the Lists panel."
    );
    let html = f.deliver(ExportFormat::Html, &r, &d);
    assert!(html.contains("<p>Not screened:"), "{html}");
    // The JSON keeps what was found, for the record.
    assert!(!f.export(&r, &d).shipments[0].parties.parties.is_empty());
}

#[test]
fn the_workbook_has_the_same_columns_and_cuts_a_long_decision_visibly() {
    let mut f = Fixture::new();
    let (r, d) = decided(&mut f, &shipment(), NOT_SAME_REASON);
    let w = shipments_sheet(&f, &r, &d);
    let header = &w.sheets[1].rows[0];
    let row = &w.sheets[1].rows[1];
    let at = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name}: {header:?}"))
    };
    assert_eq!(
        row[at("Carrier (shipping line, airline, haulier)")],
        OFAC_VARIANT
    );
    assert_eq!(
        at("Broker or intermediary"),
        at("Declared end user") + 1,
        "after the end user, as in the CSV"
    );
    assert_eq!(
        row[at("Sanctions lists for party screening")],
        "UN Security Council Consolidated List (2026-02-27); US OFAC Specially Designated Nationals (SDN) List (2026-11-30)"
    );
    assert_eq!(row[at("Match threshold (0–100)")], "85.0");
    let matches = &row[at("Party screening")];
    let lines: Vec<&str> = matches.lines().collect();
    assert_eq!(lines.len(), 2, "{matches}");
    assert!(
        lines[0].starts_with(&format!("Consignee: {UN_VARIANT} — Possible match: ")),
        "{matches}"
    );
    assert!(lines[0].contains("UN QDi.312, score"), "{matches}");
    assert!(
        lines[0].ends_with("Listed as: AAMIR ALI CHAUDHRY — Confirmed match on 2026-12-02, against the list of 2026-02-27: “Same passport number as the listing”"),
        "{matches}"
    );
    assert!(
        lines[1].contains("OFAC SDN 36, score 100.0")
            && lines[1].ends_with(&format!(
                "Not the same party on 2026-12-03, against the list of 2026-11-30: “{NOT_SAME_REASON}”"
            )),
        "{matches}"
    );
    assert!(w.cut.is_empty());

    // A reason longer than a cell holds: cut, and the user told whose.
    let long = "x".repeat(40_000);
    let (r, d) = decided(&mut f, &shipment(), &long);
    let w = shipments_sheet(&f, &r, &d);
    let cell = &w.sheets[1].rows[1][at("Party screening")];
    assert!(cell.encode_utf16().count() <= CELL_MAX_UTF16);
    assert!(cell.ends_with(sheet::CUT_MARK));
    assert_eq!(
        w.cut,
        [sheet::Cut {
            whose: Whose::Shipment("BK-7".into()),
            field: CutField::Parties,
        }]
    );
    let told = att_diligence::core::i18n::text(
        Lang::En,
        &att_diligence::core::i18n::Msg::XlsxCut(w.cut.clone()),
    );
    assert!(told.contains("shipment BK-7 (Party screening)"), "{told}");

    // Undecided: to investigate.
    let r = f.register(&shipment(), &Decisions::default());
    let w = shipments_sheet(&f, &r, &Decisions::default());
    let matches = &w.sheets[1].rows[1][at("Party screening")];
    assert_eq!(matches.matches("— To investigate").count(), 2, "{matches}");
}

#[test]
fn the_shipment_report_has_a_party_screening_section_with_matches_and_decisions() {
    let mut f = Fixture::new();
    let (r, d) = decided(&mut f, &shipment(), NOT_SAME_REASON);
    let html = f.deliver(ExportFormat::Html, &r, &d);
    let section = &html[html.find("<h2>Party screening</h2>").expect("the section")..];
    for want in [
        "<dt>Sanctions lists for party screening</dt><dd>UN Security Council Consolidated List (2026-02-27); US OFAC Specially Designated Nationals (SDN) List (2026-11-30)</dd>",
        "<dt>Match threshold (0–100)</dt><dd>85.0</dd>",
        "<h3>Consignor: Nordic Precision Arms AB</h3>\n<p>No possible match.</p>",
        "<h3>Consignee: Amir Ali Choudri</h3>",
        "UN QDi.312, score",
        "<dt>Listed as</dt><dd>AAMIR ALI CHAUDHRY</dd>",
        "<dt>Regime or programme</dt><dd>Al-Qaida</dd>",
        "<dt>Listed on</dt><dd>2012-10-18</dd>",
        "<p class=\"a\">Confirmed match on 2026-12-02, against the list of 2026-02-27: “Same passport number as the listing”</p>",
        "<h3>Carrier: Aero Caribbean Airlines</h3>",
        "OFAC SDN 36, score 100.0",
        "<dt>Regime or programme</dt><dd>CUBA</dd>",
        "Not the same party on 2026-12-03, against the list of 2026-11-30: “Different registration number (HRB 99812)”",
    ] {
        assert!(section.contains(want), "{want}\n{section}");
    }
    assert!(html.contains("<h2>Finding: Stop</h2>"));
    assert!(
        html.contains(&f.export(&r, &d).fingerprint),
        "signed as the JSON is"
    );

    let md = f.deliver(ExportFormat::Markdown, &r, &d);
    let section = &md[md.find("## Party screening").expect("the section")..];
    for want in [
        "- **Match threshold \\(0–100\\)**: 85\\.0",
        "### Consignee: Amir Ali Choudri",
        "  - Listed as: AAMIR ALI CHAUDHRY",
        "  - Regime or programme: Al\\-Qaida",
        "  - **Confirmed match on 2026\\-12\\-02, against the list of 2026\\-02\\-27: “Same passport number as the listing”**",
        "  - **Not the same party on 2026\\-12\\-03, against the list of 2026\\-11\\-30: “Different registration number \\(HRB 99812\\)”**",
    ] {
        assert!(section.contains(want), "{want}\n{section}");
    }

    // A decision on one of its names, on an entry not among its matches now, listed too.
    let mut more = d.clone();
    let mut other = first_match(&r, Role::Consignee);
    other.reference = "QDi.999".into();
    other.listed_name = "SOMEONE LISTED".into();
    more.record(
        UN_VARIANT,
        &other,
        Verdict::Escalated,
        "",
        None,
        "2026-12-05",
    )
    .expect("recorded");
    let html = f.deliver(ExportFormat::Html, &r, &more);
    assert!(
        html.contains("<h3>Decisions on possible matches</h3>\n<ul>\n<li><p class=\"q\">“Amir Ali Choudri” and UN QDi.999 “SOMEONE LISTED”: Escalated, 2026-12-05</p></li>"),
        "{html}"
    );

    // Undecided: to investigate.
    let r = f.register(&shipment(), &Decisions::default());
    let html = f.deliver(ExportFormat::Html, &r, &Decisions::default());
    assert_eq!(html.matches("<p class=\"a\">To investigate</p>").count(), 2);
}

#[test]
fn hostile_names_and_reasons_stay_text_in_csv_html_and_markdown() {
    let mut f = Fixture::new();
    let formula = "=HYPERLINK(\"https://evil.example\",\"open\")";
    let script = "<script>alert(1)</script>";
    let mut s = shipment();
    s.broker = formula.into();
    s.vessel = format!("{script} {formula}");
    let reason = format!("{formula} {script}");
    let (r, d) = decided(&mut f, &s, &reason);

    let (header, rows) = csv_rows(&f.deliver(ExportFormat::Csv, &r, &d));
    let row = &rows[0];
    assert_eq!(col(&header, row, "broker"), format!("'{formula}"));
    for (h, cell) in header.iter().zip(row) {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "{h} could run as a formula: {cell}"
        );
    }
    assert!(col(&header, row, "party_matches").contains(&reason));

    let html = f.deliver(ExportFormat::Html, &r, &d);
    assert!(!html.contains("<script"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains(
        "<h3>Broker: =HYPERLINK(&quot;https://evil.example&quot;,&quot;open&quot;)</h3>"
    ));
    assert!(html
        .contains("“=HYPERLINK(&quot;https://evil.example&quot;,&quot;open&quot;) &lt;script&gt;"));

    let md = f.deliver(ExportFormat::Markdown, &r, &d);
    assert!(!md.contains("<script"), "{md}");
    assert!(md.contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt;"));
}

#[test]
fn a_register_export_from_0_3_0_still_imports_and_verifies() {
    // As 0.3.0 wrote it: no party decisions, no screening, no broker, carrier or vessel.
    let unsigned = r#"{"kind":"att-diligence/register-export","format":1,"widget":"att-diligence 0.3.0","question_set":{"id":"att-screening","version":"1.1.0","sha256":"43016ccc85801a1d8d33c68269f890c179e478867296d58dccfade657e01489a"},"lists":[{"id":"embargoes","as_of":"2025-12-31","entries":14}],"jurisdictions":["un"],"shipments":[{"id":"s1","shipment":{"reference":"BK-1","date":"2026-11-01","mode":"sea","consignor":"A","consignee":"B","end_user":"C","end_use":"D","destination":"Freedonia","transit":[],"category":null,"description":"","quantity":"","value":"","documents":{"end_user_certificate":"verified","export_licence":"seen","transport_documents":"not_seen"}},"gbv":{"completed":0}}]}"#;
    let value: serde_json::Value = serde_json::from_str(unsigned).unwrap();
    let fingerprint = {
        use sha2::Digest;
        sha2::Sha256::digest(canonical(&value).as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    let old = unsigned.replacen(
        r#""kind""#,
        &format!(r#""fingerprint":"{fingerprint}","kind""#),
        1,
    );
    let f = Fixture::new();
    let engine = Engine::new(&f.rules, &f.lists, &f.yours);
    let back = register_export::import_register(old.as_bytes(), &engine).expect("reads");
    assert_eq!(back.integrity, Integrity::Intact);
    assert!(back.party_decisions.is_empty());
    assert_eq!(back.shipments.len(), 1);
    assert_eq!(back.shipments[0].shipment.consignee, "B");
    assert!(back.shipments[0].parties.is_empty());
    let (shipments, integrity) = register_export::import(old.as_bytes(), &engine).expect("reads");
    assert_eq!((shipments.len(), integrity), (1, Integrity::Intact));

    // A register without decisions is still written without the field.
    let mut r = Register::default();
    r.apply(RegisterAction::Append(shipments), &engine);
    let json = canonical(&register_export::export(
        &r,
        &f.set,
        &f.lists,
        &f.yours,
        &Decisions::default(),
    ));
    assert!(!json.contains("party_decisions"), "{json}");
}
