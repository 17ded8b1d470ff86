//! Every message the interface can show, with each inner value and counts at the plural
//! rules' edges: the golden test's corpus (and the one the tables were generated from).

mod party;

use super::party::PartyMsg;
use super::Msg;
use crate::core::assessment::{DetailField, Field, Status};
use crate::core::backup::{BackupError, Part, Persistence};
use crate::core::batch::{Delimiter, Encoding, Format, ReadError, RowProblem};
use crate::core::custom::CustomSetError;
use crate::core::cut::{Cut, CutField, Whose};
use crate::core::export::{ImportError, Integrity};
use crate::core::export_format::ExportFormat;
use crate::core::json_error::{Expected, JsonError, Kind};
use crate::core::question_set::{Lang, Mode, ModuleKind, Severity, Text};
use crate::core::register::TextField;
use crate::core::role::Role;
use crate::core::rules::Document;
use crate::core::saved::{LoadError, SavedPart};
use crate::core::screening::Level;
use crate::core::shipment::{Category, DocStatus};
use crate::core::summary::Filter;
use crate::core::validate::{Location, Problem, ProblemKind, SectionRef};
use crate::core::xlsx_error::XlsxError;

/// Counts at the edges of every language's plural rules (and of digit grouping).
pub const COUNTS: [usize; 14] = [
    0, 1, 2, 3, 5, 11, 21, 44, 100, 101, 102, 500, 1_000_000, 2_000_000,
];

/// How the corpus writes a text argument named `name`.
pub type Str = fn(&str) -> String;

/// Text arguments with braces, quotes and a placeholder's look, which must come out as given.
pub fn tricky(name: &str) -> String {
    format!("{{{name}}} “{name}” '{name}' {{{{x}}}}")
}

pub struct Corpus {
    pub msgs: Vec<Msg>,
    pub party: Vec<PartyMsg>,
    pub problems: Vec<Problem>,
    pub customs: Vec<CustomSetError>,
}

/// Two counts: every pair, or (smaller) each count beside 5 on either side.
fn pairs(counts: &[usize]) -> Vec<(usize, usize)> {
    if full() {
        return counts
            .iter()
            .flat_map(|&a| counts.iter().map(move |&b| (a, b)))
            .collect();
    }
    counts.iter().flat_map(|&a| [(a, 5), (5, a)]).collect()
}

thread_local! {
    static PRODUCT: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// Every combination (the comparison with the old catalogues), or fewer (the golden files).
fn full() -> bool {
    PRODUCT.with(|p| p.get())
}

/// The corpus with each count beside a fixed one, rather than every pair (for golden files).
pub fn small(s: Str, counts: &[usize]) -> Corpus {
    PRODUCT.with(|p| p.set(false));
    let c = corpus(s, counts);
    PRODUCT.with(|p| p.set(true));
    c
}

fn json(s: Str) -> Vec<JsonError> {
    let broken = format!("{}{}x", "\n".repeat(730), " ".repeat(41));
    let syntax = serde_json::from_str::<serde_json::Value>(&broken)
        .map(|_| ())
        .unwrap_err();
    let mut out = vec![JsonError::reading(&syntax, &broken)];
    for path in [String::new(), s("path")] {
        for kind in [
            Kind::CutOff,
            Kind::TooDeep,
            Kind::Missing,
            Kind::UnknownField,
            Kind::Duplicate,
            Kind::UnknownValue {
                value: s("value"),
                allowed: vec![],
            },
            Kind::UnknownValue {
                value: s("value"),
                allowed: vec![s("a"), s("b"), s("c")],
            },
            Kind::Invalid,
            Kind::NotADate { value: s("date") },
        ]
        .into_iter()
        .chain(
            [
                Expected::Text,
                Expected::WholeNumber,
                Expected::Number,
                Expected::TrueFalse,
                Expected::List,
                Expected::Group,
                Expected::Other,
            ]
            .map(Kind::Expected),
        ) {
            out.push(JsonError::at(path.clone(), kind));
        }
    }
    out
}

fn locations(s: Str) -> Vec<Location> {
    vec![
        Location::Set,
        Location::Section(s("section")),
        Location::Item(s("item")),
        Location::ItemAt {
            section: SectionRef::Id(s("section")),
            position: 731,
        },
        Location::ItemAt {
            section: SectionRef::At(742),
            position: 731,
        },
    ]
}

fn problems(s: Str) -> Vec<Problem> {
    let kinds = vec![
        ProblemKind::UnsupportedFormat(753),
        ProblemKind::EmptyText,
        ProblemKind::BadId(s("id")),
        ProblemKind::DuplicateId(s("id")),
        ProblemKind::BadVersion(s("version")),
        ProblemKind::BadArticle(s("article")),
        ProblemKind::NoProvenance,
        ProblemKind::UnknownElement(s("id")),
        ProblemKind::UnknownPublicSource(s("id")),
        ProblemKind::EmptyReference,
        ProblemKind::NotForModule("⦃field⦄"),
        ProblemKind::Missing("⦃field⦄"),
        ProblemKind::BadStep(97),
        ProblemKind::StepOutsideSection { step: 98 },
        ProblemKind::NoItems,
        ProblemKind::SinceAfterSet(s("version")),
    ];
    let mut out = Vec::new();
    for location in locations(s) {
        for kind in &kinds {
            out.push(Problem {
                location: location.clone(),
                field: s("field"),
                kind: kind.clone(),
            });
        }
    }
    out
}

fn imports(s: Str) -> Vec<ImportError> {
    let mut out = vec![
        ImportError::TooLarge {
            bytes: 2_345_678,
            limit: 1_000_000,
        },
        ImportError::NotText { offset: 3 },
        ImportError::NotAnExport,
        ImportError::NewerFormat(764),
        ImportError::UnknownSet(s("set")),
    ];
    for e in json(s) {
        out.push(ImportError::NotJson(e.clone()));
        out.push(ImportError::Malformed(e));
    }
    out
}

fn cuts(s: Str) -> Vec<Cut> {
    let whose = [
        Whose::Assessment,
        Whose::Set,
        Whose::Section(s("section")),
        Whose::Item {
            id: "x.1".into(),
            question: s("question"),
        },
        Whose::Shipment(s("shipment")),
    ];
    let mut fields = vec![
        CutField::Name,
        CutField::Title,
        CutField::Transit,
        CutField::Parties,
    ];
    fields.extend(DetailField::ALL.map(CutField::Detail));
    fields.extend(Field::ALL.map(CutField::Answer));
    fields.extend(TextField::ALL.map(CutField::Shipment));
    let mut out = Vec::new();
    for w in &whose {
        for f in &fields {
            out.push(Cut {
                whose: w.clone(),
                field: *f,
            });
        }
    }
    out
}

fn customs(s: Str) -> Vec<CustomSetError> {
    let mut out = vec![
        CustomSetError::TooLarge { bytes: 3_456_789 },
        CustomSetError::UnsupportedFormat(Some(775)),
        CustomSetError::UnsupportedFormat(None),
        CustomSetError::Invalid(problems(s).into_iter().step_by(7).take(3).collect()),
    ];
    for (i, e) in json(s).into_iter().enumerate() {
        out.push(CustomSetError::NotJson(e.clone()));
        // Small: each location once, each error once.
        for l in locations(s).into_iter().filter(|_| full() || i == 0) {
            out.push(CustomSetError::Shape {
                location: l,
                error: e.clone(),
            });
        }
    }
    out
}

fn loads(s: Str) -> Vec<LoadError> {
    let mut out = vec![
        LoadError::NotAnAssessment,
        LoadError::UnsupportedVersion(786),
        LoadError::Missing,
    ];
    out.extend(json(s).into_iter().map(LoadError::Malformed));
    out
}

pub fn corpus(s: Str, counts: &[usize]) -> Corpus {
    let imports = imports(s);
    let loads = loads(s);
    let customs = customs(s);
    let problems = problems(s);
    let cuts = cuts(s);
    let parts = [
        Part::Assessment(0),
        Part::Assessment(840),
        Part::Register,
        Part::Lists,
    ];
    let reads = [
        ReadError::Empty,
        ReadError::NoRows,
        ReadError::NotWorkbook {
            detail: s("detail"),
        },
        ReadError::NoSheet,
        ReadError::OldOrProtectedWorkbook,
        ReadError::NotText,
        ReadError::TooManyCells { limit: 1_000_000 },
        ReadError::TooManyCells { limit: 851 },
    ];
    let rows = vec![
        RowProblem::FieldCount {
            expected: 862,
            found: 873,
        },
        RowProblem::MissingReference,
        RowProblem::MissingDestination,
        RowProblem::BadMode(s("value")),
        RowProblem::BadCategory(s("value")),
        RowProblem::BadDate(s("value")),
        RowProblem::BadDocument {
            column: "⦃column⦄",
            value: s("value"),
        },
    ];
    let sizes: [u64; 10] = [
        0,
        999,
        1_000,
        2_300,
        2_300_000,
        9_990_000,
        250_400_000,
        1_234_000_000,
        5_600_000_000_000,
        7_000_000_000_000_000,
    ];

    let mut m: Vec<Msg> = vec![
        Msg::AppTitle,
        Msg::Note,
        Msg::Guidance,
        Msg::Articles(s("list")),
        Msg::Language,
        Msg::Modules,
        Msg::RolesHeading,
        Msg::RolesLead,
        Msg::RolesSkip,
        Msg::Inquiry,
        Msg::Sources,
        Msg::SeedSource {
            section: s("section"),
            lines: [884, 895],
        },
        Msg::PublicSource {
            title: s("title"),
            reference: s("reference"),
        },
        Msg::CustomSetLoad,
        Msg::CustomSetLoaded(Text {
            en: s("title-en"),
            zh: s("title-zh"),
            ar: Some(s("title-ar")),
            fr: Some(s("title-fr")),
            ru: Some(s("title-ru")),
            es: Some(s("title-es")),
        }),
        Msg::CustomSetLoaded(Text {
            en: s("title-en"),
            zh: s("title-zh"),
            ar: None,
            fr: None,
            ru: None,
            es: None,
        }),
        Msg::CustomSetIdTaken(s("id")),
        Msg::CustomBadge,
        Msg::FileUnreadable,
        Msg::Assessment,
        Msg::NewAssessment,
        Msg::Rename,
        Msg::Duplicate,
        Msg::Delete,
        Msg::Save,
        Msg::Cancel,
        Msg::CopyOf(s("name")),
        Msg::AssessmentName,
        Msg::ConfirmDelete(s("name")),
        Msg::AssessmentActions,
        Msg::DetailsHeading,
        Msg::Evidence,
        Msg::GapPlan,
        Msg::Filter,
        Msg::View,
        Msg::ViewChecklist,
        Msg::ViewSummary,
        Msg::Sections,
        Msg::NothingToShow,
        Msg::SummarySections,
        Msg::SummaryActionPlan,
        Msg::SummaryNotApplicable,
        Msg::NoGaps,
        Msg::NoNotApplicable,
        Msg::ColSection,
        Msg::ColItem,
        Msg::ColStatus,
        Msg::ColAnswered,
        Msg::ColGaps,
        Msg::ColOwner,
        Msg::ColDue,
        Msg::ColReason,
        Msg::Unassigned,
        Msg::RetiredAnswers(s("list")),
        Msg::Acknowledge,
        Msg::Fingerprint,
        Msg::SheetSummary,
        Msg::SheetItems,
        Msg::SheetShipments,
        Msg::ExportShipment,
        Msg::AllAnswers,
        Msg::NotAnswered,
        Msg::ChartHeading,
        Msg::ChartOverall,
        Msg::ChartFindings,
        Msg::ToInvestigate,
        Msg::ExportAs,
        Msg::Import,
        Msg::ImportSetDiffers,
        Msg::ImportMigrated(906),
        Msg::ImportAsNew,
        Msg::ImportReplace,
        Msg::ImportDone(s("name")),
        Msg::ImportedName,
        Msg::Register,
        Msg::NewShipment,
        Msg::NewShipmentReference(917),
        Msg::OpenShipment(s("reference")),
        Msg::BackToRegister,
        Msg::RemoveShipment,
        Msg::ConfirmRemoveShipment(s("reference")),
        Msg::ShipmentRecord,
        Msg::ModeLabel,
        Msg::Unknown,
        Msg::CategoryLabel,
        Msg::TransitLabel,
        Msg::DocumentsHeading,
        Msg::Indicators,
        Msg::CheckPresent,
        Msg::CheckNotPresent,
        Msg::CheckNotChecked,
        Msg::AutomaticRule(s("detail")),
        Msg::RuleContains {
            value: s("value"),
            word: s("word"),
        },
        Msg::FindingHeading,
        Msg::NotApproval,
        Msg::DrivenBy,
        Msg::QuestionsToAsk,
        Msg::ContextNoted,
        Msg::OverridingRiskFound,
        Msg::FilterByFinding,
        Msg::AllFindings,
        Msg::SortBy,
        Msg::SortAdded,
        Msg::Gbv74Heading,
        Msg::Gbv74Intro,
        Msg::StepDone,
        Msg::StepLocked,
        Msg::MitigationQuestion,
        Msg::OverridingQuestion,
        Msg::Yes,
        Msg::No,
        Msg::BatchImport,
        Msg::BatchTemplate,
        Msg::BatchMapping,
        Msg::BatchIgnore,
        Msg::BatchScreen,
        Msg::BatchReading,
        Msg::BatchWorkerFailed(s("detail")),
        Msg::BatchDelimiter,
        Msg::TechnicalDetails,
        Msg::TryAgain,
        Msg::ReferenceLists,
        Msg::JurisdictionsHeading,
        Msg::JurisdictionsHelp,
        Msg::JurisdictionsCounted(s("names")),
        Msg::UnSecurityCouncil,
        Msg::ListAsOf(s("date")),
        Msg::ExportedOn(s("date")),
        Msg::ListRemoveEntry(s("name")),
        Msg::ListAddEntry,
        Msg::ListEntryName,
        Msg::ListEntryAliases,
        Msg::ListsChanged,
        Msg::ImportRegister,
        Msg::ChangedInAnotherTab,
        Msg::OpeningStorage,
        Msg::PartLoading,
        Msg::PartUnavailable,
        Msg::StorageNewer,
        Msg::StorageWrittenBack,
        Msg::StorageUnavailable,
        Msg::StorageFull,
        Msg::ContentBroken(s("detail")),
        Msg::WidgetVersion("0.3.0"),
        Msg::TranslationForReview,
        Msg::YourData,
        Msg::YourDataIntro,
        Msg::BackupDownload,
        Msg::BackupRestore,
        Msg::BackupConfirm,
        Msg::PersistAsk,
        Msg::LastBackup(Some(s("date"))),
        Msg::LastBackup(None),
        Msg::BackupReminder,
    ];
    m.extend(Lang::ALL.map(Msg::LangName));
    m.extend(Lang::ALL.map(Msg::LanguagePackFailed));
    m.extend(Role::ALL.map(Msg::RoleName));
    m.extend(Role::ALL.map(Msg::RoleHint));
    m.extend(
        [
            ModuleKind::Programme,
            ModuleKind::Screening,
            ModuleKind::Gbv74,
            ModuleKind::Reassessment,
            ModuleKind::Resources,
        ]
        .map(Msg::ModuleName),
    );
    m.extend(Severity::ALL.map(Msg::Severity));
    m.extend(Status::ALL.map(Msg::StatusLabel));
    m.extend(DetailField::ALL.map(Msg::Detail));
    m.extend(Field::ALL.map(Msg::FieldLabel));
    m.extend(Filter::ALL.map(Msg::FilterName));
    m.extend(ExportFormat::ALL.map(Msg::ExportFormat));
    m.extend(Integrity::ALL.map(Msg::ImportIntegrity));
    m.extend(TextField::ALL.map(Msg::ShipmentField));
    m.extend(Mode::ALL.map(Msg::ModeName));
    m.extend(Category::ALL.map(Msg::CategoryName));
    m.extend(Document::ALL.map(Msg::DocumentName));
    m.extend(DocStatus::ALL.map(Msg::DocStatusName));
    m.extend(Level::ALL.map(Msg::FindingTitle));
    m.extend(Level::ALL.map(Msg::LevelName));
    m.extend(Level::ALL.map(Msg::LevelExplain));
    m.extend(Delimiter::ALL.map(Msg::DelimiterName));
    m.extend(
        [
            Persistence::Granted,
            Persistence::NotGranted,
            Persistence::Unsupported,
        ]
        .map(Msg::Persistence),
    );
    m.push(Msg::Modes(vec![]));
    for i in 0..Mode::ALL.len() {
        m.push(Msg::Modes(Mode::ALL[..=i].to_vec()));
    }
    for b in sizes {
        m.push(Msg::StorageUsage {
            used: b,
            quota: b.saturating_mul(3),
        });
    }
    for n in [1u8, 6, 97] {
        m.push(Msg::Step(n));
        m.push(Msg::CompleteStep(n));
        m.push(Msg::ReopenStep(n));
    }
    for &n in counts {
        m.push(Msg::AssessmentNumber(n));
        m.push(Msg::UncheckedCount(n));
        m.push(Msg::ListEntries(n));
        for i in Integrity::ALL {
            m.push(Msg::RegisterImported {
                shipments: n,
                integrity: i,
            });
        }
        m.push(Msg::ChartText {
            title: s("title"),
            parts: vec![],
            total: n,
        });
        for label in [s("label"), s("label-b")] {
            m.push(Msg::ChartText {
                title: s("title"),
                parts: vec![(label, n)],
                total: 939,
            });
        }
        m.push(Msg::ChartText {
            title: s("title"),
            parts: vec![(s("label"), n), (s("other"), 928)],
            total: n,
        });
    }
    for (a, b) in pairs(counts) {
        m.push(Msg::Progress {
            answered: a,
            total: b,
        });
        m.push(Msg::SetChanged {
            from: s("from"),
            to: s("to"),
            new_items: a,
            retired: b,
        });
        for organisation in [String::new(), s("organisation")] {
            m.push(Msg::ImportPreview {
                name: s("name"),
                organisation,
                answered: a,
                total: b,
            });
        }
        m.push(Msg::RowsShown {
            shown: super::Count::new(Lang::En, a),
            total: super::Count::new(Lang::En, b),
        });
        m.push(Msg::BatchResult {
            screened: super::Count::new(Lang::En, a),
            rejected: super::Count::new(Lang::En, b),
        });
        m.push(Msg::BackupRestored {
            assessments: a,
            shipments: b,
        });
        for c in [0, 1, 2, 5, 11, 101] {
            m.push(Msg::BackupPreview {
                assessments: a,
                shipments: b,
                custom_sets: c,
            });
        }
        m.push(Msg::BatchTooLarge {
            bytes: a as u64 * 1_234,
            limit: b as u64 * 1_000,
        });
        m.push(Msg::StorageUsage {
            used: a as u64 * 4_321,
            quota: b as u64 * 10_000,
        });
    }
    // Every place a cut can be, five to a message.
    for chunk in cuts.chunks(5) {
        m.push(Msg::XlsxCut(chunk.to_vec()));
    }
    // Never shown without a cut (`web::download`).
    for n in [1usize, 2, 3, 5, 6, 7, 8, 11, 21, 102, 106] {
        m.push(Msg::XlsxCut(cuts.iter().cycle().take(n).cloned().collect()));
    }
    for line in [1u64, 939] {
        for problem in &rows {
            for sheet in [false, true] {
                m.push(Msg::RowError {
                    line,
                    problem: problem.clone(),
                    sheet,
                });
            }
        }
    }
    for f in [
        Format::Xlsx {
            sheet: s("sheet"),
            sheets: 1,
        },
        Format::Xlsx {
            sheet: s("sheet"),
            sheets: 2,
        },
        Format::Xlsx {
            sheet: s("sheet"),
            sheets: 950,
        },
    ] {
        m.push(Msg::BatchFormat(f));
    }
    for e in [
        Encoding::Utf8,
        Encoding::Utf8Bom,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
        Encoding::Windows1252,
    ] {
        for d in Delimiter::ALL {
            for chosen in [false, true] {
                m.push(Msg::BatchFormat(Format::Csv {
                    encoding: e,
                    delimiter: d,
                    chosen,
                }));
            }
        }
    }
    for e in [
        XlsxError::Unavailable(s("detail")),
        XlsxError::TimedOut(s("detail")),
        XlsxError::Blocked(s("detail")),
        XlsxError::TooManyRows(s("detail")),
        XlsxError::Refused(s("detail")),
    ] {
        m.push(Msg::XlsxFailed(e));
    }
    m.extend(reads.iter().cloned().map(Msg::BatchUnreadable));
    m.extend(customs.iter().cloned().map(Msg::CustomSetRejected));
    m.extend(imports.iter().cloned().map(Msg::ImportFailed));
    m.extend(loads.iter().cloned().map(Msg::SavedWorkUnreadable));
    for part in [
        SavedPart::ListEdits,
        SavedPart::Jurisdictions,
        SavedPart::PartyDecisions,
    ] {
        for e in &loads {
            m.push(Msg::SavedPartUnreadable(part, e.clone()));
        }
    }
    for (i, e) in imports.iter().enumerate() {
        m.push(Msg::BackupFailed(BackupError::File(e.clone())));
        for part in parts
            .iter()
            .filter(|p| full() || i == 0 || **p == Part::Register)
        {
            m.push(Msg::BackupFailed(BackupError::Part {
                part: *part,
                error: e.clone(),
            }));
        }
    }
    m.extend(
        customs
            .iter()
            .take(if full() { usize::MAX } else { 6 })
            .cloned()
            .map(|e| Msg::BackupFailed(BackupError::CustomSet(e))),
    );
    let party = party::corpus(s, counts);
    // Small: party messages once, as `PartyMsg`s.
    if full() {
        m.extend(party.iter().cloned().map(Msg::Party));
    } else {
        m.push(Msg::Party(PartyMsg::ListsHeading));
    }
    Corpus {
        msgs: m,
        party,
        problems,
        customs,
    }
}
