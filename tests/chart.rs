//! The summary's and the register's charts: segments that always fill the bar exactly, no
//! category lost to rounding, empty bars for nothing counted, and sentences that say the
//! same counts as the picture (in the widget and in the printable report).

use att_diligence::core::assessment::{Action, Assessment, Status};
use att_diligence::core::chart::{
    finding_bars, finding_rows, findings_sentence, stack, stack_in, status_bars, Direction, Part,
    BAR_SPAN, LABEL_WIDTH, MIN_SEGMENT, WIDTH,
};
use att_diligence::core::export;
use att_diligence::core::question_set::{ItemId, Lang, QuestionSet};
use att_diligence::core::register::Findings;
use att_diligence::core::report;
use att_diligence::core::screening::Level;

fn widths<K: Copy>(counts: &[(K, usize)], width: u32) -> Vec<u32> {
    stack(counts, width).iter().map(|s| s.width).collect()
}

#[test]
fn segments_fill_the_bar_exactly_and_follow_each_other() {
    for counts in [
        vec![(0, 1), (1, 1), (2, 1)],
        vec![(0, 7), (1, 3), (2, 11), (3, 5)],
        vec![(0, 999), (1, 1), (2, 1)],
        vec![(0, 2), (1, 2), (2, 2), (3, 2), (4, 2), (5, 2)],
    ] {
        for width in [WIDTH, 601, 97, 10, 1] {
            let segments = stack(&counts, width);
            assert_eq!(
                segments.iter().map(|s| s.width).sum::<u32>(),
                width,
                "{counts:?} over {width}"
            );
            let mut x = 0;
            for s in &segments {
                assert_eq!(s.x, x, "each segment starts where the one before ends");
                x += s.width;
            }
        }
    }
}

#[test]
fn a_category_with_a_count_is_never_lost_to_rounding() {
    // One item of a thousand is 0.6 units of 600: drawn at the minimum, taken from the widest.
    let w = widths(&[("in", 998), ("gap", 1), ("open", 1)], WIDTH);
    assert_eq!(w, vec![WIDTH - 2 * MIN_SEGMENT, MIN_SEGMENT, MIN_SEGMENT]);
    // Too narrow for the minimum: every category still gets a unit.
    let w = widths(&[(0, 100), (1, 1), (2, 1)], 3);
    assert_eq!(w, vec![1, 1, 1]);
}

#[test]
fn thirds_round_to_the_largest_remainders() {
    // 600 / 7 per unit: 2/7 is 171.4, 2/7 again, 3/7 is 257.1; the unit left goes to the
    // largest remainder (the first of the equal ones).
    assert_eq!(
        widths(&[(0, 2), (1, 2), (2, 3)], WIDTH),
        vec![172, 171, 257]
    );
    assert_eq!(widths(&[(0, 1), (1, 1), (2, 1)], 100), vec![34, 33, 33]);
}

#[test]
fn zero_counts_are_left_out_and_a_zero_total_draws_nothing() {
    let s = stack(&[("a", 0), ("b", 4), ("c", 0)], WIDTH);
    assert_eq!(s.len(), 1, "one category: one segment, the whole bar");
    assert_eq!(
        (s[0].key, s[0].x, s[0].width, s[0].count),
        ("b", 0, WIDTH, 4)
    );
    assert!(stack(&[("a", 0), ("b", 0)], WIDTH).is_empty());
    assert!(stack::<u8>(&[], WIDTH).is_empty());
}

fn set() -> QuestionSet {
    serde_json::from_str(
        r#"{"format":1,"id":"t","version":"1.0.0","module":"programme","title":{"en":"T","zh":"T"},
        "sections":[
          {"id":"a","title":{"en":"Risk <assessment> & \"records\"","zh":"甲"},"items":[
            {"id":"a.1","text":{"en":"1?","zh":"1？"},"provenance":[{"seed":"app1.p1"}]},
            {"id":"a.2","text":{"en":"2?","zh":"2？"},"provenance":[{"seed":"app1.p2"}]},
            {"id":"a.3","text":{"en":"3?","zh":"3？"},"provenance":[{"seed":"app1.p3"}]}]},
          {"id":"b","title":{"en":"B","zh":"乙"},"items":[
            {"id":"b.1","text":{"en":"4?","zh":"4？"},"provenance":[{"seed":"app1.p4"}]},
            {"id":"b.2","text":{"en":"5?","zh":"5？"},"provenance":[{"seed":"app1.p5"}]}]}]}"#,
    )
    .expect("test set parses")
}

fn answered(set: &QuestionSet) -> Assessment {
    let mut a = Assessment::new(set);
    for (item, status) in [
        ("a.1", Status::InPlace),
        ("a.2", Status::PartlyInPlace),
        ("b.1", Status::NotApplicable),
        ("b.2", Status::Unsure),
    ] {
        a.apply(Action::SetStatus(ItemId::from(item), status));
    }
    a
}

#[test]
fn the_programme_and_each_section_have_a_bar_that_counts_every_item() {
    let set = set();
    let bars = status_bars(&set, &answered(&set), Lang::En);
    assert_eq!(bars.len(), 3, "the whole programme, then each section");
    let count = |bar: usize, p: Part| {
        bars[bar]
            .counts
            .iter()
            .find(|(q, _)| *q == p)
            .map_or(0, |c| c.1)
    };
    assert_eq!(bars[0].total, 5);
    assert_eq!(count(0, Part::Answer(Status::InPlace)), 1);
    assert_eq!(count(0, Part::Answer(Status::Unsure)), 1);
    assert_eq!(count(0, Part::Unanswered), 1);
    assert_eq!((bars[1].total, bars[2].total), (3, 2));
    assert_eq!(count(2, Part::Answer(Status::NotApplicable)), 1);
    assert_eq!(
        bars[0].sentence(Lang::En),
        "Whole programme \u{2014} In place: 1; Partly in place: 1; Not applicable: 1; \
         Not sure: 1; Not answered: 1. Total: 5."
    );
    assert_eq!(
        bars[2].sentence(Lang::En),
        "B \u{2014} Not applicable: 1; Not sure: 1. Total: 2."
    );
    assert_eq!(
        bars[2].sentence(Lang::Fr),
        "B \u{2014} Sans objet\u{a0}: 1\u{a0}; Incertain\u{a0}: 1. Total\u{a0}: 2.",
        "in French"
    );
}

#[test]
fn the_findings_chart_has_every_level_the_largest_full_length() {
    let bars = finding_bars(
        &[
            (Level::Stop, 1),
            (Level::Inquire, 0),
            (Level::Incomplete, 300),
            (Level::NoRedFlags, 150),
        ],
        300,
    );
    let got: Vec<(Level, usize, u32)> = bars.iter().map(|b| (b.level, b.count, b.length)).collect();
    assert_eq!(
        got,
        vec![
            (Level::Stop, 1, MIN_SEGMENT),
            (Level::Inquire, 0, 0),
            (Level::Incomplete, 300, 300),
            (Level::NoRedFlags, 150, 150),
        ]
    );
    assert_eq!(
        findings_sentence(&bars, Lang::En),
        "Shipments by finding \u{2014} Stop: 1; Inquire: 0; Incomplete: 300; \
         No red flags found: 150. Total: 451."
    );
    let none = finding_bars(&[], 300);
    assert!(none.iter().all(|b| b.count == 0 && b.length == 0));
    assert_eq!(none.len(), 4);
}

#[test]
fn the_register_counts_its_shipments_per_finding() {
    use att_diligence::core::builtin;
    use att_diligence::core::embargo::UN_ONLY;
    use att_diligence::core::question_set::ModuleKind;
    use att_diligence::core::register::{Register, RegisterAction};
    use att_diligence::core::rules::Engine;
    use att_diligence::core::shipment::Shipment;

    assert_eq!(
        Findings::default().counts(),
        Level::ALL.map(|l| (l, 0)),
        "an empty register counts nothing"
    );
    let set = builtin::sets()
        .expect("built-in sets")
        .into_iter()
        .find(|s| s.module == ModuleKind::Screening)
        .expect("a screening set");
    let (rules, lists) = (
        builtin::rules().expect("rules"),
        builtin::lists().expect("lists"),
    );
    let engine = Engine::new(&rules, &lists, &UN_ONLY);
    let shipment = |reference: &str, destination: &str| Shipment {
        reference: reference.into(),
        consignee: "Defence Procurement Agency".into(),
        destination: destination.into(),
        ..Shipment::default()
    };
    let mut r = Register::default();
    r.apply(
        RegisterAction::Import(vec![
            (2, shipment("A", "Freedonia")),
            (3, shipment("B", "Freedonia")),
            // Under a UN arms embargo: stop.
            (4, shipment("C", "Democratic People's Republic of Korea")),
        ]),
        &engine,
    );
    let findings = Findings::of(&r.entries, &set);
    let mut expected = Level::ALL.map(|l| (l, 0));
    for e in &r.entries {
        let level = e.level(&set);
        expected.iter_mut().find(|(l, _)| *l == level).unwrap().1 += 1;
    }
    assert_eq!(findings.counts(), expected);
    assert_eq!(
        findings.counts().iter().map(|c| c.1).sum::<usize>(),
        3,
        "every shipment counted once"
    );
    assert_eq!(
        findings.counts()[0],
        (Level::Stop, 1),
        "the embargoed destination"
    );
    assert_eq!(
        findings.counts().iter().filter(|c| c.1 > 0).count(),
        2,
        "two findings among them: {expected:?}"
    );
}

#[test]
fn the_printable_report_draws_the_bars_with_their_sentences_escaped() {
    let set = set();
    let a = answered(&set);
    let doc = export::export(&a, "Report", &set);
    let out = report::html(&doc, &a, &set, Lang::En);
    let charts = &out[out.find("<section class=\"charts\">").expect("charts")..];
    assert_eq!(charts.matches("<svg class=\"bar\" role=\"img\"").count(), 3);
    assert!(charts.contains(
        "<title id=\"chart-0\">Whole programme \u{2014} In place: 1; Partly in place: 1;"
    ));
    assert!(
        charts
            .contains("<figcaption>Risk &lt;assessment&gt; &amp; &quot;records&quot;</figcaption>"),
        "a section's title is text in the caption"
    );
    assert!(charts.contains(
        "<title id=\"chart-1\">Risk &lt;assessment&gt; &amp; &quot;records&quot; \u{2014}"
    ));
    assert!(!out.contains("<assessment>"), "never markup");
    assert!(
        charts.contains("<rect class=\"seg-in_place\" x=\"0\" y=\"0\" width=\"120\""),
        "one of five items is a fifth of the bar"
    );
    assert!(!out.contains("style=\""), "no style attribute");
    let before = out.find("<section class=\"charts\">").unwrap();
    assert!(
        before < out.find("<table>").unwrap(),
        "the picture first, the table as its detail"
    );
}

#[test]
fn marks_stay_inside_their_segment() {
    use att_diligence::core::chart::{marks, Pattern};
    let stripes = marks(Pattern::Stripes, 100, 20, 28);
    assert_eq!(
        stripes.iter().map(|r| r.x).collect::<Vec<_>>(),
        [102, 108, 114]
    );
    assert!(stripes
        .iter()
        .all(|r| r.x + r.width <= 120 && r.height == 28));
    let bands = marks(Pattern::Bands, 100, 20, 28);
    assert_eq!(
        bands.iter().map(|r| r.y).collect::<Vec<_>>(),
        [2, 8, 14, 20, 26]
    );
    assert!(bands
        .iter()
        .all(|r| r.y + r.height <= 28 && (r.x, r.width) == (100, 20)));
    assert!(
        marks(Pattern::Stripes, 0, 3, 28).is_empty(),
        "too narrow for a stripe"
    );
}

#[test]
fn right_to_left_the_first_segment_ends_at_the_right_edge_and_the_rest_follow_leftwards() {
    let counts = [(0, 7), (1, 3), (2, 11), (3, 5)];
    for width in [WIDTH, 97, 10] {
        let ltr = stack_in(&counts, width, Direction::Ltr);
        let rtl = stack_in(&counts, width, Direction::Rtl);
        assert_eq!(
            ltr,
            stack(&counts, width),
            "left to right is the plain stack"
        );
        assert_eq!(
            ltr[0].x, 0,
            "left to right the first starts at the left edge"
        );
        assert_eq!(
            rtl[0].x + rtl[0].width,
            width,
            "right to left the first ends at the right edge"
        );
        assert_eq!(
            rtl.last().unwrap().x,
            0,
            "and the last reaches the left edge"
        );
        for (l, r) in ltr.iter().zip(&rtl) {
            assert_eq!(
                (l.key, l.count, l.width),
                (r.key, r.count, r.width),
                "same order, same widths"
            );
            assert_eq!(r.x, width - l.x - l.width, "mirrored: x' = width - x - w");
        }
        for pair in rtl.windows(2) {
            assert_eq!(
                pair[1].x + pair[1].width,
                pair[0].x,
                "each ends where the one before starts"
            );
        }
    }
}

#[test]
fn in_arabic_the_status_bars_read_from_the_right_in_english_from_the_left() {
    let set = set();
    let a = answered(&set);
    let en = status_bars(&set, &a, Lang::En);
    let ar = status_bars(&set, &a, Lang::Ar);
    let first = |bars: &[att_diligence::core::chart::StatusBar]| bars[0].segments[0];
    assert_eq!(first(&en).key, Part::Answer(Status::InPlace));
    assert_eq!(first(&en).x, 0);
    assert_eq!(
        first(&ar).key,
        Part::Answer(Status::InPlace),
        "the first status first"
    );
    assert_eq!(first(&ar).x + first(&ar).width, WIDTH, "at the right end");
    for (e, r) in en.iter().zip(&ar) {
        assert_eq!(e.segments.len(), r.segments.len());
        for (a, b) in e.segments.iter().zip(&r.segments) {
            assert_eq!(b.x, WIDTH - a.x - a.width);
        }
    }
}

#[test]
fn in_arabic_the_findings_bars_grow_leftwards_from_their_names_on_the_right() {
    let bars = finding_bars(
        &[
            (Level::Stop, 1),
            (Level::Inquire, 0),
            (Level::Incomplete, 4),
            (Level::NoRedFlags, 2),
        ],
        BAR_SPAN,
    );
    let ltr = finding_rows(&bars, Direction::Ltr);
    let rtl = finding_rows(&bars, Direction::Rtl);
    for (l, r) in ltr.iter().zip(&rtl) {
        assert_eq!(
            (l.label.x, l.label.anchor),
            (0, "start"),
            "the name at the left"
        );
        assert_eq!(l.rect.x, LABEL_WIDTH, "the bar starts after the name");
        assert_eq!(
            l.count.x,
            LABEL_WIDTH + l.rect.width + 8,
            "the count after the bar"
        );
        assert_eq!(l.count.anchor, "start");
        assert_eq!(
            (r.label.x, r.label.anchor),
            (WIDTH, "end"),
            "the name ends at the right edge"
        );
        assert_eq!(
            r.rect.x + r.rect.width,
            WIDTH - LABEL_WIDTH,
            "every bar starts at the same place on the right"
        );
        assert_eq!(r.rect.width, l.rect.width);
        assert_eq!(
            r.count.x,
            WIDTH - l.count.x,
            "the count past the bar's left end"
        );
        assert_eq!(r.count.anchor, "end", "its text ends there, never mirrored");
        assert_eq!((r.rect.y, r.label.y), (l.rect.y, l.label.y));
    }
    assert_eq!(
        rtl[2].rect.x,
        WIDTH - LABEL_WIDTH - BAR_SPAN,
        "the longest bar"
    );
}

#[test]
fn the_printable_report_in_arabic_draws_the_bars_from_the_right() {
    let set = set();
    let a = answered(&set);
    let doc = export::export(&a, "Report", &set);
    let out = report::html(&doc, &a, &set, Lang::Ar);
    assert!(out.contains("<html lang=\"ar\" dir=\"rtl\">"));
    let charts = &out[out.find("<section class=\"charts\">").expect("charts")..];
    // One of five items in place: a fifth of the bar, at its right end.
    assert!(
        charts.contains("<rect class=\"seg-in_place\" x=\"480\" y=\"0\" width=\"120\""),
        "{charts}"
    );
    assert!(
        charts.contains("direction=\"ltr\""),
        "the SVG's own direction stays, so its text is drawn as text"
    );
    assert!(
        !out.contains("scaleX") && !out.contains("scale(-1"),
        "nothing mirrored by a transform"
    );
    let en = report::html(&doc, &a, &set, Lang::En);
    assert!(en.contains("<rect class=\"seg-in_place\" x=\"0\" y=\"0\" width=\"120\""));
}
