//! CSV, Markdown and the printable report: what a user typed stays text everywhere.

use att_diligence::core::assessment::{Action, Assessment, DetailField, Field, Status};
use att_diligence::core::builtin;
use att_diligence::core::csv_cell::csv_cell;
use att_diligence::core::export;
use att_diligence::core::question_set::{Lang, ModuleKind, QuestionSet};
use att_diligence::core::report;

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

// XLSX: a cell holds 32,767 UTF-16 code units; longer text is cut there and the user told whose.

use att_diligence::core::i18n::{detail, text, Msg};
use att_diligence::core::sheet::{
    assessment_workbook, cut_to_utf16, Cut, CutField, Whose, CELL_MAX_UTF16, CUT_MARK,
};

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

/// The programme set with the first item's note set to `note`, as a workbook.
fn workbook_with_note(note: &str) -> (QuestionSet, att_diligence::core::sheet::Workbook) {
    let (set, mut a) = setup();
    let first = set.items().next().unwrap().id.clone();
    a.apply(Action::SetText(first, Field::Note, note.into()));
    let doc = export::export(&a, "Long notes", &set);
    let w = assessment_workbook(&doc, &a, &set, Lang::En);
    (set, w)
}

/// The note cell of the first item (second sheet, first row after the header).
fn note_cell(w: &att_diligence::core::sheet::Workbook) -> &str {
    &w.sheets[1].rows[1][3]
}

#[test]
fn a_note_of_emoji_longer_than_a_cell_is_cut_whole_and_reported() {
    let note = "😀".repeat(16_400); // 32,800 UTF-16 units, 16,400 characters
    let (set, w) = workbook_with_note(&note);
    let cell = note_cell(&w);
    assert!(utf16_len(cell) <= CELL_MAX_UTF16, "Excel would refuse it");
    let units: Vec<u16> = cell.encode_utf16().collect();
    assert!(String::from_utf16(&units).is_ok(), "no lone surrogate");
    let kept = cell.strip_suffix(CUT_MARK).expect("the cut is marked");
    assert!(kept.chars().all(|c| c == '😀'), "only whole emoji kept");
    assert_eq!(utf16_len(cell), CELL_MAX_UTF16 - 1, "as much as fits");
    let first = set.items().next().unwrap();
    let [Cut {
        whose: Whose::Item { id, question },
        field,
    }] = &w.cut[..]
    else {
        panic!("one item's cut reported: {:?}", w.cut);
    };
    assert_eq!((id, *field), (&first.id, CutField::Answer(Field::Note)));
    assert!(
        first.text.en.starts_with(question.trim_end_matches('…')),
        "named by its question: {question}"
    );
}

/// The question a cut names its item by.
fn question_of(c: &Cut) -> &str {
    let Whose::Item { question, .. } = &c.whose else {
        panic!("an item's cut: {c:?}");
    };
    question
}

#[test]
fn long_plain_text_is_cut_and_reported_and_text_that_fits_is_not() {
    let (_, w) = workbook_with_note(&"a".repeat(40_000));
    assert_eq!(utf16_len(note_cell(&w)), CELL_MAX_UTF16);
    assert!(note_cell(&w).ends_with(CUT_MARK));
    assert_eq!(w.cut.len(), 1);
    assert_eq!(w.cut[0].field, CutField::Answer(Field::Note));

    for exact in ["a".repeat(32_767), format!("{}a", "😀".repeat(16_383))] {
        let (_, w) = workbook_with_note(&exact);
        assert_eq!(note_cell(&w), exact, "32,767 units fit exactly");
        assert!(w.cut.is_empty(), "nothing reported");
    }
    let model = att_diligence::core::sheet::to_json(&w);
    assert!(
        !model.contains("\"cut\""),
        "the worker gets the sheets only"
    );
}

#[test]
fn a_cut_never_parts_a_letter_from_its_accent_nor_a_flag_or_joined_emoji() {
    let max = 12;
    let mark = utf16_len(CUT_MARK);
    for (text, kept) in [
        // The accent would be the first unit dropped: its letter goes too.
        (
            format!("{}e\u{301}xyz and more", "a".repeat(max - mark - 1)),
            "a".repeat(max - mark - 1),
        ),
        // Half a flag (two regional indicators) is dropped whole.
        (
            format!("{}🇫🇷xyz and more", "a".repeat(max - mark - 2)),
            "a".repeat(max - mark - 2),
        ),
        // A joiner kept last would join nothing.
        (
            format!("{}👩\u{200d}👩xyz and more", "a".repeat(max - mark - 3)),
            "a".repeat(max - mark - 3),
        ),
    ] {
        assert_eq!(
            cut_to_utf16(&text, max),
            Some(format!("{kept}{CUT_MARK}")),
            "{text:?}"
        );
    }
    assert_eq!(cut_to_utf16("short", max), None);
}

#[test]
fn a_long_shipment_field_is_cut_and_named_by_its_reference() {
    use att_diligence::core::embargo::UN_ONLY;
    use att_diligence::core::register::{Register, RegisterAction, TextField};
    use att_diligence::core::register_export;
    use att_diligence::core::rules::Engine;
    use att_diligence::core::shipment::Shipment;
    let (rules, lists) = (builtin::rules().unwrap(), builtin::lists().unwrap());
    let engine = Engine::new(&rules, &lists, &UN_ONLY);
    let set = builtin::sets()
        .unwrap()
        .into_iter()
        .find(|s| s.module == ModuleKind::Screening)
        .unwrap();
    let mut r = Register::default();
    let long = Shipment {
        reference: "BK-1".into(),
        consignee: "ü".repeat(40_000),
        ..Shipment::default()
    };
    let short = Shipment {
        reference: "BK-2".into(),
        consignee: "Acme".into(),
        ..Shipment::default()
    };
    r.apply(RegisterAction::Import(vec![(2, long), (3, short)]), &engine);
    let doc = register_export::export(
        &r,
        &set,
        &lists,
        &UN_ONLY,
        &att_diligence::core::parties::Decisions::default(),
    );
    let w = att_diligence::core::sheet::register_workbook(&doc, &set, Lang::En);
    assert!(utf16_len(&w.sheets[1].rows[1][3]) <= CELL_MAX_UTF16);
    assert_eq!(w.sheets[1].rows[2][3], "Acme");
    assert_eq!(
        w.cut,
        [Cut {
            whose: Whose::Shipment("BK-1".into()),
            field: CutField::Shipment(TextField::Consignee),
        }]
    );
}

#[test]
fn the_user_is_told_in_their_language_which_texts_were_cut() {
    let (_, w) = workbook_with_note(&"a".repeat(40_000));
    let one = Msg::XlsxCut(w.cut.clone());
    let question = question_of(&w.cut[0]).to_owned();
    let en = text(Lang::En, &one);
    assert!(en.starts_with("Exported. 1 text was longer"), "{en}");
    assert!(en.contains(&question) && en.contains("(Note)"), "{en}");
    let shipment = Cut {
        whose: Whose::Shipment("BK-1".into()),
        field: CutField::Shipment(att_diligence::core::register::TextField::Description),
    };
    let two = Msg::XlsxCut(vec![w.cut[0].clone(), shipment.clone()]);
    let en = text(Lang::En, &two);
    assert!(en.starts_with("Exported. 2 texts were longer"), "{en}");
    assert!(
        en.contains("shipment BK-1 (Description of the items)"),
        "{en}"
    );
    let fr = text(Lang::Fr, &two);
    assert!(
        fr.contains("2 textes dépassaient") && fr.contains("l’expédition BK-1"),
        "{fr}"
    );
    assert!(text(Lang::Fr, &one).contains("1 texte dépassait"));
    let ru = |n| text(Lang::Ru, &Msg::XlsxCut(vec![shipment.clone(); n]));
    assert!(ru(1).contains("1 текст не поместился"), "{}", ru(1));
    assert!(ru(3).contains("3 текста не поместились"), "{}", ru(3));
    assert!(ru(7).contains("и ещё 2"), "the first few listed: {}", ru(7));
    assert!(ru(21).contains("21 текст не поместился"), "{}", ru(21));
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
        let m = text(lang, &two);
        assert!(m.contains(&question) && m.contains("BK-1"), "{lang:?}: {m}");
        assert_ne!(m, text(Lang::En, &two), "{lang:?} is translated");
    }
}

#[test]
fn a_workbook_the_writer_refused_is_explained_without_its_english() {
    use att_diligence::core::xlsx_error::XlsxError;
    let writer = "Row or column exceeds Excel's worksheet limits.";
    let e = XlsxError::from_worker(&format!("rows: {writer}"));
    assert_eq!(e, XlsxError::TooManyRows(writer.into()));
    for lang in Lang::ALL {
        for e in [
            e.clone(),
            XlsxError::Unavailable("NetworkError".into()),
            XlsxError::TimedOut("att-xlsx: no answer within 10 s".into()),
            XlsxError::Blocked("This document requires 'TrustedScriptURL' assignment.".into()),
            XlsxError::from_worker("failed: Worksheet name too long"),
        ] {
            let m = Msg::XlsxFailed(e.clone());
            assert_eq!(
                detail(&m).as_deref(),
                Some(e.detail()),
                "in the details part"
            );
            let m = text(lang, &m);
            assert!(!m.contains(e.detail()), "{lang:?}: {m}");
            assert!(m.contains("CSV"), "says what to do instead: {m}");
            if let XlsxError::Blocked(_) = e {
                assert!(
                    m.contains("att-diligence"),
                    "names the policy to allow: {m}"
                );
            }
        }
    }
}

// HTML and Markdown may not hold control characters or noncharacters in text.

/// Every C0 control, DEL, every C1 control and two noncharacters, each between words.
fn controls_note() -> String {
    let mut note = String::from("<script>alert(1)</script>start");
    for c in (0u32..0x20)
        .chain(0x7f..0xa0)
        .chain([0xfffe, 0xffff, 0xfdd0, 0x1fffe])
    {
        note.push(char::from_u32(c).unwrap());
        note.push_str(&format!("w{c:x}"));
    }
    note.push_str("\r\nend\rlast");
    note
}

fn forbidden(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n')
        || matches!(u32::from(c), 0xfdd0..=0xfdef)
        || u32::from(c) & 0xfffe == 0xfffe
}

#[test]
fn control_characters_leave_the_printable_report_and_the_text_around_them_stays() {
    let (set, mut a) = setup();
    let first = set.items().next().unwrap().id.clone();
    a.apply(Action::SetText(first, Field::Note, controls_note()));
    a.apply(Action::SetDetail(
        DetailField::Scope,
        "a\u{0}b\u{1b}[31mc".into(),
    ));
    let doc = export::export(&a, "Q4\u{7}", &set);
    let out = report::html(&doc, &a, &set, Lang::En);
    let bad: Vec<char> = out.chars().filter(|&c| forbidden(c)).collect();
    assert!(bad.is_empty(), "forbidden in HTML: {bad:?}");
    assert!(
        out.contains("&lt;script&gt;alert(1)&lt;/script&gt;start"),
        "still escaped"
    );
    assert!(!out.contains("<script"));
    for kept in [
        "w0", "w9", "w1f", "w7f", "w85", "w9f", "wfffe", "w1fffe", "ab[31mc",
    ] {
        assert!(out.contains(kept), "the text around survives: {kept}");
    }
    assert!(out.contains("\tw9"), "a tab stays");
    assert!(
        out.contains("\nwa") && out.contains("\nwb") && out.contains("\nwc"),
        "LF, VT and FF are line breaks"
    );
    assert!(out.contains("\nend\nlast"), "CRLF and CR become LF");
    assert!(out.contains("<title>Q4</title>"));
}

#[test]
fn control_characters_leave_the_markdown_summary_and_the_text_around_them_stays() {
    let (set, mut a) = setup();
    let first = set.items().next().unwrap().id.clone();
    // An owner shows in the action plan (the first item is a gap).
    a.apply(Action::SetText(first, Field::Owner, controls_note()));
    a.apply(Action::SetDetail(
        DetailField::Scope,
        "a\u{0}b\u{1b}[31mc".into(),
    ));
    let doc = export::export(&a, "Q4\u{7}", &set);
    let out = report::markdown(&doc, &a, &set, Lang::En);
    let bad: Vec<char> = out.chars().filter(|&c| forbidden(c)).collect();
    assert!(bad.is_empty(), "forbidden in Markdown: {bad:?}");
    assert!(
        out.contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt;start"),
        "still escaped"
    );
    assert!(out.starts_with("# Q4\n"));
    assert!(out.contains("ab\\[31mc"), "the text around survives");
    assert!(
        out.contains("\tw9") && out.contains(" wa") && out.contains(" end last"),
        "one table line"
    );
}
