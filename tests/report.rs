//! CSV, Markdown and the printable report: what a user typed stays text everywhere.

use att_diligence::core::assessment::{Action, Assessment, DetailField, Field, Status};
use att_diligence::core::builtin;
use att_diligence::core::export;
use att_diligence::core::question_set::{Lang, ModuleKind, QuestionSet};
use att_diligence::core::report::{self, csv_cell};

const HOSTILE: &str =
    "=HYPERLINK(\"http://x\")<script>alert(1)</script>*bold* [link](http://x) | pipe";

fn setup() -> (QuestionSet, Assessment) {
    let set = builtin::sets()
        .expect("sets")
        .into_iter()
        .find(|s| s.module == ModuleKind::Programme)
        .expect("programme");
    let mut a = Assessment::new(&set);
    let first = set.items().next().unwrap().id.clone();
    a.apply(Action::SetStatus(first.clone(), Status::NotInPlace));
    a.apply(Action::SetText(first.clone(), Field::Owner, HOSTILE.into()));
    a.apply(Action::SetText(
        first,
        Field::Note,
        "-1+2\nsecond line".into(),
    ));
    a.apply(Action::SetDetail(
        DetailField::Organisation,
        "Acme & <Sons>".into(),
    ));
    (set, a)
}

#[test]
fn csv_cells_never_run_as_formulas() {
    for (input, expected) in [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        ("a=b", "a=b"),
        ("", ""),
    ] {
        assert_eq!(csv_cell(input), expected);
    }
}

#[test]
fn the_csv_has_a_bom_a_row_per_item_and_no_live_formula() {
    let (set, a) = setup();
    let out = report::csv(&a, &set, Lang::Zh);
    assert!(out.starts_with('\u{feff}'), "BOM for spreadsheet programs");
    let mut r = csv::Reader::from_reader(out.trim_start_matches('\u{feff}').as_bytes());
    assert_eq!(r.headers().unwrap().get(1), Some("item_id"));
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), set.items().count());
    assert_eq!(&rows[0][3], "not_in_place");
    assert_eq!(&rows[0][8], format!("'{HOSTILE}"));
    assert_eq!(&rows[0][4], "'-1+2\nsecond line");
    assert_eq!(
        &rows[0][2],
        set.items().next().unwrap().text.zh,
        "texts in the chosen language"
    );
}

#[test]
fn markdown_shows_typed_text_literally() {
    let (set, a) = setup();
    let doc = export::export(&a, "Q4 *draft*", &set);
    let out = report::markdown(&doc, &a, &set, Lang::En);
    assert!(out.starts_with("# Q4 \\*draft\\*"));
    assert!(!out.contains("<script>"), "no raw HTML");
    assert!(out.contains("&lt;script&gt;"));
    assert!(out.contains("\\[link\\]\\(http://x\\)"), "no live link");
    assert!(out.contains("\\| pipe"), "a pipe cannot break the table");
    assert!(out.contains(&doc.fingerprint));
}

#[test]
fn the_printable_report_is_standalone_and_escapes_everything() {
    let (set, a) = setup();
    let doc = export::export(&a, "<b>Report</b>", &set);
    let out = report::html(&doc, &a, &set, Lang::En);
    assert!(out.starts_with("<!DOCTYPE html>"));
    assert!(!out.contains("<script"), "no script");
    assert!(!out.contains("<b>Report"), "the name is text");
    assert!(out.contains("&lt;b&gt;Report&lt;/b&gt;"));
    assert!(out.contains("Acme &amp; &lt;Sons&gt;"));
    for external in ["src=", "href=", "@import", "url("] {
        assert!(
            !out.contains(external),
            "loads nothing from outside: {external}"
        );
    }
    assert!(out.contains("@media print"));
    assert!(out.contains(&doc.fingerprint));
    assert!(out.contains(&doc.question_set.sha256));
}

#[test]
fn the_workbook_model_has_a_summary_and_a_row_per_item_as_text() {
    use att_diligence::core::sheet::assessment_workbook;
    let (set, a) = setup();
    let doc = export::export(&a, "=evil()", &set);
    let w = assessment_workbook(&doc, &a, &set, Lang::Zh);
    assert_eq!(w.sheets.len(), 2);
    assert_eq!(
        w.sheets[0].rows[0][0], "=evil()",
        "kept as text; the worker writes string cells only"
    );
    assert!(w.sheets[0]
        .rows
        .iter()
        .any(|r| r.contains(&doc.fingerprint)));
    assert_eq!(
        w.sheets[1].rows.len(),
        set.items().count() + 1,
        "a header and a row per item"
    );
    assert_eq!(
        w.sheets[1].rows[1][2], "未落实",
        "labels in the chosen language"
    );
}

/// The first item "not sure" (with an owner), the second not in place.
fn with_not_sure() -> (QuestionSet, Assessment) {
    let (set, _) = setup();
    let mut a = Assessment::new(&set);
    let ids: Vec<_> = set.items().map(|i| i.id.clone()).take(2).collect();
    a.apply(Action::SetStatus(ids[0].clone(), Status::Unsure));
    a.apply(Action::SetText(
        ids[0].clone(),
        Field::Owner,
        "Legal".into(),
    ));
    a.apply(Action::SetStatus(ids[1].clone(), Status::NotInPlace));
    (set, a)
}

#[test]
fn every_export_carries_a_not_sure_answer_as_to_investigate() {
    let (set, a) = with_not_sure();
    let first = set.items().next().unwrap();
    let doc = export::export(&a, "x", &set);

    let out = report::csv(&a, &set, Lang::En);
    let mut r = csv::Reader::from_reader(out.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!((&rows[0][3], &rows[0][8]), ("unsure", "Legal"));

    let out = report::markdown(&doc, &a, &set, Lang::En);
    let row = format!(
        "| {} | To investigate | Legal |",
        report::md(&first.text.en)
    );
    assert!(out.contains(&row), "the plan names it: {out}");
    assert!(
        out.contains("| Not in place |"),
        "the known gap stays a gap"
    );

    let out = report::html(&doc, &a, &set, Lang::En);
    assert!(
        out.contains("<th>Gaps</th><th>To investigate</th>"),
        "sections count it apart"
    );
    assert!(
        out.contains("<td>1 / "),
        "one definite answer in the first section"
    );
    assert!(
        out.contains("<td>1</td><td>1</td></tr>"),
        "one gap, one to investigate"
    );
    assert!(out.contains(&format!(
        "<tr class=\"investigate\"><td>{}</td><td>To investigate</td><td>Legal</td>",
        report::html_escape(&first.text.en)
    )));
    assert!(out.contains("<li class=\"investigate\">"));
    assert!(
        out.contains("<p class=\"a\">Not sure</p>"),
        "the answer as given"
    );
    assert!(out.contains("li.investigate .a"), "styled apart");
}

#[test]
fn the_workbook_counts_not_sure_answers_apart_and_shows_them() {
    use att_diligence::core::sheet::assessment_workbook;
    let (set, a) = with_not_sure();
    let doc = export::export(&a, "x", &set);
    let w = assessment_workbook(&doc, &a, &set, Lang::Zh);
    let rows = &w.sheets[0].rows;
    let header = rows
        .iter()
        .position(|r| r.first().is_some_and(|c| c == "章节"))
        .expect("the sections table");
    assert_eq!(rows[header][1..], ["已回答", "差距", "待核查"]);
    assert_eq!(
        rows[header + 1][2..],
        ["1", "1"],
        "one gap, one to investigate"
    );
    assert_eq!(w.sheets[1].rows[1][2], "不确定", "the answer as given");
}
