//! The register's printable report: the shipments-per-finding chart with its sentence, one
//! row per shipment with its finding and reasons, every typed text escaped, Arabic right to
//! left, and a register of 10,000 shipments written whole.

use att_diligence::core::builtin;
use att_diligence::core::chart::{finding_bars, findings_sentence, BAR_SPAN, LABEL_WIDTH, WIDTH};
use att_diligence::core::deliver::{self, Body, REGISTER_FORMATS};
use att_diligence::core::embargo::{Jurisdictions, UN_ONLY};
use att_diligence::core::export_format::ExportFormat;
use att_diligence::core::lists::RefList;
use att_diligence::core::parties::Decisions;
use att_diligence::core::question_set::{Lang, ModuleKind, QuestionSet};
use att_diligence::core::register::{Findings, Register, RegisterAction};
use att_diligence::core::report::html_escape;
use att_diligence::core::rules::Engine;
use att_diligence::core::shipment::Shipment;

const HOSTILE: &str = "<img src=x onerror=alert(1)>";
const FORMULA: &str = "=HYPERLINK(\"http://evil.example\",\"click\")";

struct Fixture {
    set: QuestionSet,
    lists: Vec<RefList>,
    register: Register,
}

fn shipment(reference: &str, destination: &str) -> Shipment {
    Shipment {
        reference: reference.into(),
        date: "2026-11-30".into(),
        consignee: "Defence Procurement Agency".into(),
        destination: destination.into(),
        ..Shipment::default()
    }
}

fn fixture(shipments: Vec<Shipment>) -> Fixture {
    let set = builtin::sets()
        .expect("built-in sets")
        .into_iter()
        .find(|s| s.module == ModuleKind::Screening)
        .expect("a screening set");
    let rules = builtin::rules().expect("rules");
    let lists = builtin::lists().expect("lists");
    let mut register = Register::default();
    {
        let engine = Engine::new(&rules, &lists, &UN_ONLY);
        register.apply(
            RegisterAction::Import((2..).zip(shipments).collect()),
            &engine,
        );
    }
    Fixture {
        set,
        lists,
        register,
    }
}

fn three() -> Fixture {
    fixture(vec![
        shipment(HOSTILE, "Freedonia"),
        shipment("B-2", FORMULA),
        // Under a UN arms embargo: stop.
        shipment("C-3", "Democratic People's Republic of Korea"),
    ])
}

fn report(f: &Fixture, lang: Lang) -> String {
    let d = deliver::register(
        ExportFormat::Html,
        &f.register,
        &f.set,
        &f.lists,
        &Jurisdictions::default(),
        &Decisions::default(),
        lang,
        "2026-12-03",
    )
    .expect("the register has a printable report");
    assert_eq!(d.filename, "att-register.html");
    assert_eq!(d.mime, "text/html;charset=utf-8");
    match d.body {
        Body::Text(t) => t,
        Body::WorkbookModel { .. } => panic!("a text file"),
    }
}

/// The rows of the report's table, each as its HTML.
fn rows(html: &str) -> Vec<&str> {
    html.split("<tr data-shipment=").skip(1).collect()
}

#[test]
fn the_register_exports_a_printable_report_from_its_toolbar_formats() {
    assert!(REGISTER_FORMATS.contains(&ExportFormat::Html));
}

#[test]
fn the_report_holds_the_chart_named_by_its_sentence_and_one_row_per_shipment() {
    let f = three();
    let html = report(&f, Lang::En);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"));
    assert!(html.contains("<h1>Register of screened shipments</h1>"));
    assert!(
        html.contains("Exported on 2026-12-03 · att-diligence "),
        "the day and the widget version"
    );
    let counts = Findings::of(&f.register.entries, &f.set).counts();
    let bars = finding_bars(&counts, BAR_SPAN);
    let sentence = findings_sentence(&bars, Lang::En);
    assert_eq!(counts.iter().map(|c| c.1).sum::<usize>(), 3);
    assert!(
        sentence.starts_with("Shipments by finding \u{2014} Stop: 1;"),
        "{sentence}"
    );
    assert!(html.contains(
        "<svg class=\"findings\" role=\"img\" aria-labelledby=\"chart-findings\" direction=\"ltr\""
    ));
    assert!(html.contains(&format!(
        "<title id=\"chart-findings\">{}</title>",
        html_escape(&sentence)
    )));
    // A row per level in the picture, with its count; the most frequent bar full length.
    for b in &bars {
        assert!(html.contains(&format!(
            "<g data-level=\"{}\" data-count=\"{}\">",
            b.level.name(),
            b.count
        )));
    }
    let longest = bars.iter().max_by_key(|b| b.count).unwrap();
    assert!(html.contains(&format!(
        "<rect class=\"level-{}\" x=\"{LABEL_WIDTH}\" y=\"{}\" width=\"{BAR_SPAN}\"",
        longest.level.token(),
        4 + 30 * bars.iter().position(|b| b.level == longest.level).unwrap()
    )));
    assert!(
        html.find("<svg class=\"findings\"").unwrap() < html.find("<table").unwrap(),
        "the picture, then the rows as its detail"
    );
    let rows = rows(&html);
    assert_eq!(rows.len(), 3, "one row per shipment");
    for (row, e) in rows.iter().zip(&f.register.entries) {
        let level = e.level(&f.set);
        assert!(row.starts_with(&format!(
            "\"{}\" data-level=\"{}\">",
            html_escape(&e.id),
            level.name()
        )));
        assert!(row.contains(&format!("<td>{}</td>", html_escape(&e.shipment.reference))));
        assert!(row.contains("<td class=\"date\">2026-11-30</td>"));
    }
    // The embargoed destination stops, and the row names the indicator that stopped it.
    let stop = f.register.entries[2].finding(&f.set);
    assert!(!stop.stop.is_empty());
    for id in &stop.stop {
        let item = f.set.item(id).expect("an indicator of the set");
        assert!(
            rows[2].contains(&format!(
                "<li>{}</li>",
                html_escape(item.text.get(Lang::En))
            )),
            "{}",
            rows[2]
        );
    }
    assert!(rows[2].contains("<td class=\"level level-stop\">Stop</td>"));
    // And the footer says where the export comes from.
    assert!(html.contains("<footer><dl><dt>Fingerprint (SHA-256 of the export&#39;s content)</dt>"));
}

#[test]
fn every_typed_text_is_text_in_the_report() {
    let html = report(&three(), Lang::En);
    assert!(!html.contains(HOSTILE), "never markup");
    assert!(!html.contains("<img"));
    assert!(html.contains("<td>&lt;img src=x onerror=alert(1)&gt;</td>"));
    assert!(html.contains("<td>=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)</td>"));
    assert!(
        !html.contains("<script")
            && !html.contains("style=\"")
            && !html.contains("<link")
            && !html.contains("url("),
        "loads nothing, holds no style attribute"
    );
}

#[test]
fn in_arabic_the_report_reads_right_to_left_its_bars_from_the_right() {
    let f = three();
    let html = report(&f, Lang::Ar);
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    let counts = Findings::of(&f.register.entries, &f.set).counts();
    let bars = finding_bars(&counts, BAR_SPAN);
    assert!(html.contains(&html_escape(&findings_sentence(&bars, Lang::Ar))));
    // Each bar ends at the same place on the right, its name right of it.
    for (i, b) in bars.iter().enumerate() {
        assert!(
            html.contains(&format!(
                "<text class=\"label\" x=\"{WIDTH}\" y=\"{}\" text-anchor=\"end\">",
                30 * i + 19
            )),
            "{html}"
        );
        assert!(html.contains(&format!(
            "<rect class=\"level-{}\" x=\"{}\" y=\"{}\" width=\"{}\"",
            b.level.token(),
            WIDTH - LABEL_WIDTH - b.length,
            30 * i + 4,
            b.length
        )));
    }
    assert_eq!(rows(&html).len(), 3);
}

#[test]
fn a_register_of_ten_thousand_shipments_is_written_whole() {
    let n = 10_000;
    let f = fixture(
        (0..n)
            .map(|i| {
                shipment(
                    &format!("REF-{i} {HOSTILE}"),
                    if i % 3 == 0 { "Freedonia" } else { "Sudan" },
                )
            })
            .collect(),
    );
    let html = report(&f, Lang::En);
    let rows = rows(&html);
    assert_eq!(rows.len(), n, "one row per shipment");
    assert!(rows[n - 1].contains(&format!("<td>REF-{} &lt;img", n - 1)));
    assert!(!html.contains("<img"));
    let total: usize = Findings::of(&f.register.entries, &f.set)
        .counts()
        .iter()
        .map(|c| c.1)
        .sum();
    assert_eq!(total, n);
    assert!(html.contains(&format!("Total: {}.</title>", "10,000")));
}
