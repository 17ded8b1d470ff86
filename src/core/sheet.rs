//! The workbook an XLSX export holds, as plain rows of text: built here (pure, tested) and
//! written to XLSX by the `att-xlsx` worker, which knows nothing else.

use serde::Serialize;

use super::assessment::{Assessment, DetailField, Field};
use super::export::ExportV1;
use super::i18n::{text, Msg};
use super::question_set::{Lang, QuestionSet};
use super::summary::summarize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sheet {
    pub name: String,
    pub right_to_left: bool,
    /// The first row is the header.
    pub rows: Vec<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
}

/// A summary sheet (details, progress, status by section with its gaps and "not sure" answers
/// to investigate, fingerprint) and a sheet of items.
pub fn assessment_workbook(
    doc: &ExportV1,
    a: &Assessment,
    set: &QuestionSet,
    lang: Lang,
) -> Workbook {
    let t = |m: Msg| text(lang, &m);
    let s = summarize(set, a);
    let mut summary = vec![vec![
        doc.assessment.name.clone(),
        set.title.get(lang).to_owned(),
    ]];
    for f in DetailField::ALL {
        summary.push(vec![t(Msg::Detail(f)), f.get(&a.details).to_owned()]);
    }
    summary.push(vec![
        t(Msg::Progress {
            answered: s.overall.answered,
            total: s.overall.total,
        }),
        String::new(),
    ]);
    summary.extend(provenance_rows(
        lang,
        &doc.fingerprint,
        set,
        &doc.question_set.sha256,
    ));
    summary.push(vec![]);
    summary.push(vec![
        t(Msg::ColSection),
        t(Msg::ColAnswered),
        t(Msg::ColGaps),
        t(Msg::ToInvestigate),
    ]);
    for (sec, sum) in set.sections.iter().zip(&s.sections) {
        summary.push(vec![
            sec.title.get(lang).to_owned(),
            format!("{} / {}", sum.progress.answered, sum.progress.total),
            sum.gaps.to_string(),
            sum.to_investigate.to_string(),
        ]);
    }
    let mut items = vec![{
        let mut h = vec![t(Msg::ColSection), t(Msg::ColItem), t(Msg::ColStatus)];
        h.extend(Field::ALL.iter().map(|f| t(Msg::FieldLabel(*f))));
        h
    }];
    for section in &set.sections {
        for item in &section.items {
            let r = a.response(&item.id);
            let mut row = vec![
                section.title.get(lang).to_owned(),
                item.text.get(lang).to_owned(),
                r.and_then(|r| r.status)
                    .map_or_else(|| t(Msg::NotAnswered), |st| t(Msg::StatusLabel(st))),
            ];
            row.extend(
                Field::ALL
                    .iter()
                    .map(|f| r.map_or("", |r| f.get(r)).to_owned()),
            );
            items.push(row);
        }
    }
    summary_and(lang, summary, Msg::SheetItems, items)
}

/// A workbook of a summary sheet and one more.
fn summary_and(
    lang: Lang,
    summary: Vec<Vec<String>>,
    second: Msg,
    rows: Vec<Vec<String>>,
) -> Workbook {
    let sheet = |name: Msg, rows| Sheet {
        name: text(lang, &name),
        // Arabic sheets read from the right, as Excel shows them to Arabic readers.
        right_to_left: lang.is_rtl(),
        rows,
    };
    Workbook {
        sheets: vec![sheet(Msg::SheetSummary, summary), sheet(second, rows)],
    }
}

/// The rows that let a reader check a file: its fingerprint, which set (and content) it
/// answers, and the widget version that wrote it.
fn provenance_rows(
    lang: Lang,
    fingerprint: &str,
    set: &QuestionSet,
    set_sha256: &str,
) -> [Vec<String>; 3] {
    [
        vec![text(lang, &Msg::Fingerprint), fingerprint.to_owned()],
        vec![format!("{} {}", set.id, set.version), set_sha256.to_owned()],
        vec![format!("att-diligence {}", super::export::WIDGET_VERSION)],
    ]
}

pub fn to_json(w: &Workbook) -> String {
    serde_json::to_string(w).unwrap_or_default()
}

/// A summary sheet (findings by level, the lists' dates, the fingerprint) and a sheet of
/// shipments with their findings.
pub fn register_workbook(
    doc: &super::register_export::RegisterExportV1,
    set: &QuestionSet,
    lang: Lang,
) -> Workbook {
    use super::screening::Level;
    let t = |m: Msg| text(lang, &m);
    let findings: Vec<_> = doc.shipments.iter().map(|e| e.finding(set)).collect();
    let mut summary = vec![vec![t(Msg::Register), doc.shipments.len().to_string()]];
    for level in [
        Level::Stop,
        Level::Inquire,
        Level::Incomplete,
        Level::NoRedFlags,
    ] {
        let n = findings.iter().filter(|f| f.level == level).count();
        summary.push(vec![t(Msg::LevelName(level)), n.to_string()]);
    }
    for l in &doc.lists {
        summary.push(vec![l.id.clone(), t(Msg::ListAsOf(l.as_of.clone()))]);
    }
    if !doc.jurisdictions.is_empty() {
        let ids: Vec<String> = doc.jurisdictions.iter().map(|j| j.to_uppercase()).collect();
        summary.push(vec![
            t(Msg::JurisdictionsHeading),
            t(Msg::JurisdictionsCounted(ids.join(", "))),
        ]);
    }
    summary.extend(provenance_rows(
        lang,
        &doc.fingerprint,
        set,
        &doc.question_set.sha256,
    ));
    let mut rows = vec![vec![
        t(Msg::ShipmentField(super::register::TextField::Reference)),
        t(Msg::ShipmentField(super::register::TextField::Date)),
        t(Msg::ModeLabel),
        t(Msg::ShipmentField(super::register::TextField::Consignee)),
        t(Msg::ShipmentField(super::register::TextField::EndUser)),
        t(Msg::ShipmentField(super::register::TextField::Destination)),
        t(Msg::TransitLabel),
        t(Msg::FindingHeading),
        t(Msg::DrivenBy),
    ]];
    for (e, f) in doc.shipments.iter().zip(&findings) {
        let s = &e.shipment;
        let drivers: Vec<&str> = f
            .stop
            .iter()
            .chain(&f.inquire)
            .filter_map(|id| set.item(id).map(|i| i.text.get(lang)))
            .collect();
        rows.push(vec![
            s.reference.clone(),
            s.date.clone(),
            s.mode.map(|m| t(Msg::ModeName(m))).unwrap_or_default(),
            s.consignee.clone(),
            s.end_user.clone(),
            s.destination.clone(),
            s.transit.join("; "),
            t(Msg::LevelName(f.level)),
            drivers.join(" | "),
        ]);
    }
    summary_and(lang, summary, Msg::SheetShipments, rows)
}
