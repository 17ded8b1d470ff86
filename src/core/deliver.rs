//! The file a user (or a host page, through `exportAs`) gets for each export format: its name,
//! its media type and its body. One place, so the buttons and the JS API give the same bytes.

use super::assessment::Assessment;
use super::embargo::Jurisdictions;
use super::export;
use super::export_format::ExportFormat;
use super::lists::RefList;
use super::parties::Decisions;
use super::question_set::{Lang, QuestionSet};
use super::register::{Register, Screened};
use super::{register_export, report, sheet};

pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    Text(String),
    /// A workbook model (JSON, `core::sheet`) for the XLSX worker to turn into bytes, and the
    /// cells cut to fit, for the user to be told.
    WorkbookModel {
        model: String,
        cut: Vec<sheet::Cut>,
    },
}

fn workbook(w: sheet::Workbook) -> Body {
    Body::WorkbookModel {
        model: sheet::to_json(&w),
        cut: w.cut,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deliverable {
    pub filename: String,
    pub mime: &'static str,
    pub body: Body,
}

fn text(filename: String, mime: &'static str, body: String) -> Deliverable {
    Deliverable {
        filename,
        mime,
        body: Body::Text(body),
    }
}

/// An assessment named `name`, answered against `set`, in `format`.
pub fn assessment(
    format: ExportFormat,
    name: &str,
    a: &Assessment,
    set: &QuestionSet,
    lang: Lang,
) -> Deliverable {
    let stem = export::file_stem(name);
    // The export document (set hash and fingerprint) only for the formats that carry it.
    let doc = || export::export(a, name, set);
    match format {
        ExportFormat::Json => text(
            format!("{stem}.json"),
            "application/json",
            export::to_json(&doc()),
        ),
        ExportFormat::Csv => text(
            format!("{stem}.csv"),
            "text/csv;charset=utf-8",
            report::csv(a, set, lang),
        ),
        ExportFormat::Markdown => text(
            format!("{stem}.md"),
            "text/markdown;charset=utf-8",
            report::markdown(&doc(), a, set, lang),
        ),
        ExportFormat::Html => text(
            format!("{stem}.html"),
            "text/html;charset=utf-8",
            report::html(&doc(), a, set, lang),
        ),
        ExportFormat::Xlsx => Deliverable {
            filename: format!("{stem}.xlsx"),
            mime: XLSX_MIME,
            body: workbook(sheet::assessment_workbook(&doc(), a, set, lang)),
        },
    }
}

/// The formats the register exports in.
pub const REGISTER_FORMATS: [ExportFormat; 4] = [
    ExportFormat::Json,
    ExportFormat::Csv,
    ExportFormat::Xlsx,
    ExportFormat::Html,
];

/// The shipment register in `format`, exported on `day` (an ISO date, which the printable
/// report prints); `None` for a format it has no export in (Markdown).
// The register's parts as `Screening` holds them, the language and the day.
#[allow(clippy::too_many_arguments)]
pub fn register(
    format: ExportFormat,
    r: &Register,
    set: &QuestionSet,
    lists: &[RefList],
    jurisdictions: &Jurisdictions,
    decisions: &Decisions,
    lang: Lang,
    day: &str,
) -> Option<Deliverable> {
    // The export document (a canonical JSON and a SHA-256 over every shipment, over a second
    // at 100,000 rows) only for the formats that carry it: not for CSV.
    let doc = || register_export::export(r, set, lists, jurisdictions, decisions);
    match format {
        ExportFormat::Json => Some(text(
            "att-register.json".to_owned(),
            "application/json",
            export::canonical(&doc()),
        )),
        ExportFormat::Csv => Some(text(
            "att-register.csv".to_owned(),
            "text/csv;charset=utf-8",
            register_export::csv(r, set, jurisdictions, decisions),
        )),
        ExportFormat::Xlsx => Some(Deliverable {
            filename: "att-register.xlsx".to_owned(),
            mime: XLSX_MIME,
            body: workbook(sheet::register_workbook(&doc(), set, lang)),
        }),
        ExportFormat::Html => Some(text(
            "att-register.html".to_owned(),
            "text/html;charset=utf-8",
            report::register_html(&doc(), set, lang, day),
        )),
        ExportFormat::Markdown => None,
    }
}

/// One shipment of the register in `format`: its export (JSON), its row (CSV, XLSX) or its
/// report (Markdown, HTML), each with its party screening and the decisions on it.
pub fn shipment(
    format: ExportFormat,
    entry: &std::rc::Rc<Screened>,
    set: &QuestionSet,
    lists: &[RefList],
    jurisdictions: &Jurisdictions,
    decisions: &Decisions,
    lang: Lang,
) -> Deliverable {
    let one = Register {
        entries: vec![entry.clone()],
        counter: 1,
    };
    let stem = export::file_stem(&entry.shipment.reference);
    let doc = || register_export::export(&one, set, lists, jurisdictions, decisions);
    match format {
        ExportFormat::Json => text(
            format!("{stem}.json"),
            "application/json",
            export::canonical(&doc()),
        ),
        ExportFormat::Csv => text(
            format!("{stem}.csv"),
            "text/csv;charset=utf-8",
            register_export::csv(&one, set, jurisdictions, decisions),
        ),
        ExportFormat::Markdown => text(
            format!("{stem}.md"),
            "text/markdown;charset=utf-8",
            report::shipment_markdown(&doc(), set, lang),
        ),
        ExportFormat::Html => text(
            format!("{stem}.html"),
            "text/html;charset=utf-8",
            report::shipment_html(&doc(), set, lang),
        ),
        ExportFormat::Xlsx => Deliverable {
            filename: format!("{stem}.xlsx"),
            mime: XLSX_MIME,
            body: workbook(sheet::register_workbook(&doc(), set, lang)),
        },
    }
}
