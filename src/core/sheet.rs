//! The workbook an XLSX export holds, as plain rows of text: built here (pure, tested) and
//! written to XLSX by the `att-xlsx` worker, which knows nothing else. Text longer than a cell
//! holds is cut here, visibly, and the workbook says whose was cut so the user can be told.

use serde::Serialize;

use super::assessment::{Assessment, DetailField, Field};
use super::export::ExportV1;
use super::i18n::party::PartyMsg;
use super::i18n::{text, Msg};
use super::parties::{tenths, PartyScreening};
use super::question_set::{Lang, QuestionSet};
use super::register::{Screened, TextField};
use super::register_export::{self, Decided, DecisionIndex};
use super::summary::summarize;

// A workbook lists what was cut to fit (`Workbook::cut`), so its readers name the cut here.
pub use super::cut::{cut_to_utf16, Cut, CutField, Whose, CELL_MAX_UTF16, CUT_MARK};
use super::cut::{short, Fitter};

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
    /// The cells cut to fit, in sheet order; not part of the model the worker reads.
    #[serde(skip)]
    pub cut: Vec<Cut>,
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
    let mut fit = Fitter::default();
    let mut summary = vec![vec![
        fit.cell(&doc.assessment.name, || Whose::Assessment, CutField::Name),
        fit.cell(set.title.get(lang), || Whose::Set, CutField::Title),
    ]];
    for f in DetailField::ALL {
        summary.push(vec![
            t(Msg::Detail(f)),
            fit.cell(f.get(&a.details), || Whose::Assessment, CutField::Detail(f)),
        ]);
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
    // Each section's title fitted once (it is on both sheets, and on every row of the second).
    let titles: Vec<String> = set
        .sections
        .iter()
        .map(|sec| {
            let title = sec.title.get(lang);
            fit.cell(title, || Whose::Section(short(title)), CutField::Title)
        })
        .collect();
    for (title, sum) in titles.iter().zip(&s.sections) {
        summary.push(vec![
            title.clone(),
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
    for (section, title) in set.sections.iter().zip(&titles) {
        for item in &section.items {
            let r = a.response(&item.id);
            let question = item.text.get(lang);
            let whose = || Whose::Item {
                id: item.id.clone(),
                question: short(question),
            };
            let mut row = vec![
                title.clone(),
                fit.cell(question, whose, CutField::Title),
                r.and_then(|r| r.status)
                    .map_or_else(|| t(Msg::NotAnswered), |st| t(Msg::StatusLabel(st))),
            ];
            for f in Field::ALL {
                row.push(fit.cell(r.map_or("", |r| f.get(r)), whose, CutField::Answer(f)));
            }
            items.push(row);
        }
    }
    summary_and(lang, summary, Msg::SheetItems, items, fit)
}

/// A workbook of a summary sheet and one more.
fn summary_and(
    lang: Lang,
    summary: Vec<Vec<String>>,
    second: Msg,
    rows: Vec<Vec<String>>,
    fit: Fitter,
) -> Workbook {
    let sheet = |name: Msg, rows| Sheet {
        name: text(lang, &name),
        // Arabic sheets read from the right, as Excel shows them to Arabic readers.
        right_to_left: lang.is_rtl(),
        rows,
    };
    Workbook {
        sheets: vec![sheet(Msg::SheetSummary, summary), sheet(second, rows)],
        cut: fit.cut,
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
    doc: &register_export::RegisterExportV1,
    set: &QuestionSet,
    lang: Lang,
) -> Workbook {
    use super::screening::Level;
    let t = |m: Msg| text(lang, &m);
    let findings: Vec<_> = doc.shipments.iter().map(|e| e.finding(set)).collect();
    let mut summary = vec![vec![t(Msg::Register), doc.shipments.len().to_string()]];
    for (level, n) in Level::tally(findings.iter().map(|f| f.level)) {
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
    let shown = [
        TextField::Reference,
        TextField::Date,
        TextField::Consignee,
        TextField::EndUser,
        TextField::Broker,
        TextField::Carrier,
        TextField::Vessel,
        TextField::Destination,
    ];
    let party = |m: PartyMsg| t(Msg::Party(m));
    let mut header = vec![
        t(Msg::ShipmentField(shown[0])),
        t(Msg::ShipmentField(shown[1])),
    ];
    header.push(t(Msg::ModeLabel));
    header.extend(shown[2..].iter().map(|&f| t(Msg::ShipmentField(f))));
    header.extend([
        t(Msg::TransitLabel),
        t(Msg::FindingHeading),
        t(Msg::DrivenBy),
        party(PartyMsg::ListsHeading),
        party(PartyMsg::Threshold),
        party(PartyMsg::PartiesHeading),
    ]);
    let mut rows = vec![header];
    let decided = DecisionIndex::new(&doc.party_decisions);
    let mut fit = Fitter::default();
    for (e, f) in doc.shipments.iter().zip(&findings) {
        let s = &e.shipment;
        let whose = || Whose::Shipment(short(&s.reference));
        let [reference, date, rest @ ..] =
            shown.map(|field| fit.cell(field.get(s), whose, CutField::Shipment(field)));
        let drivers: Vec<&str> = f.drivers(set).map(|i| i.text.get(lang)).collect();
        let mut row = vec![
            reference,
            date,
            s.mode.map(|m| t(Msg::ModeName(m))).unwrap_or_default(),
        ];
        row.extend(rest);
        row.extend([
            fit.cell(&s.transit.join("; "), whose, CutField::Transit),
            t(Msg::LevelName(f.level)),
            drivers.join(" | "),
        ]);
        match register_export::screening_now(e) {
            Some(p) => row.extend([
                fit.cell(&lists_text(lang, p), whose, CutField::Parties),
                format!("{:.1}", p.threshold),
                fit.cell(
                    &matches_text(lang, e, p, &decided),
                    whose,
                    CutField::Parties,
                ),
            ]),
            None => row.extend([
                t(Msg::Party(PartyMsg::NotScreened)),
                String::new(),
                String::new(),
            ]),
        }
        rows.push(row);
    }
    summary_and(lang, summary, Msg::SheetShipments, rows, fit)
}

/// The lists a screening was made against, each with its date, in `lang`.
pub fn lists_text(lang: Lang, p: &PartyScreening) -> String {
    p.lists
        .iter()
        .map(|l| {
            let name = text(lang, &Msg::Party(PartyMsg::SourceName(l.source)));
            match &l.generated {
                Some(d) => format!("{name} ({d})"),
                None => name,
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Each possible match of `e`'s parties as they are now, one a line, in `lang`: the party, the
/// entry and the score, and the decision on it (its verdict, date and reason) or "to
/// investigate".
fn matches_text(
    lang: Lang,
    e: &Screened,
    p: &PartyScreening,
    decided: &DecisionIndex<'_>,
) -> String {
    let t = |m: PartyMsg| text(lang, &Msg::Party(m));
    let mut lines = Vec::new();
    for party in p.current(&e.shipment) {
        for m in &party.matches {
            let decision = match decided.get(&party.name, m).map(Decided::from) {
                Some(d) => t(PartyMsg::Decided {
                    verdict: d.verdict,
                    reason: d.reason.to_owned(),
                    decided_on: d.decided_on.to_owned(),
                    list_date: d.list_date.map(str::to_owned),
                }),
                None => text(lang, &Msg::ToInvestigate),
            };
            lines.push(format!(
                "{}: {} \u{2014} {} \u{2014} {}: {} \u{2014} {decision}",
                t(PartyMsg::RoleName(party.role)),
                party.name,
                t(PartyMsg::Match {
                    matched_name: m.matched_name.clone(),
                    source: m.source,
                    reference: m.reference.clone(),
                    score_tenths: tenths(m.score),
                }),
                t(PartyMsg::ListedName),
                m.listed_name,
            ));
        }
    }
    if lines.is_empty() {
        return t(PartyMsg::NoMatch);
    }
    lines.join("\n")
}
