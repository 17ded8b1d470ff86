//! Every string the interface shows, in every language. Content text lives in the seeds; this
//! catalogue holds the widget's own words, one file per language. Each language is a `match`
//! over `Msg`, so a missing translation is a compile error rather than a blank label.

mod ar;
mod en;
mod es;
mod fr;
mod ru;
mod zh;

use super::assessment::{DetailField, Field, Status};
use super::batch::RowProblem;
use super::custom::CustomSetError;
use super::export::{ImportError, Integrity};
use super::question_set::{Lang, Mode, ModuleKind, Severity, Text};
use super::register::TextField;
use super::rules::Document;
use super::saved::LoadError;
use super::screening::Level;
use super::shipment::{Category, DocStatus};
use super::summary::Filter;
use super::validate::Problem;

/// The formats an assessment can be exported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Json,
    Csv,
    Markdown,
    Html,
    /// Written by a worker loaded on demand.
    Xlsx,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 5] = [
        ExportFormat::Json,
        ExportFormat::Csv,
        ExportFormat::Markdown,
        ExportFormat::Html,
        ExportFormat::Xlsx,
    ];
}

/// A message the interface can show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    AppTitle,
    Progress {
        answered: usize,
        total: usize,
    },
    StatusLabel(Status),
    Note,
    Guidance,
    Articles(String),
    Language,
    /// A language's own name for itself, the same in every interface language.
    LangName(Lang),
    Modules,
    ModuleName(ModuleKind),
    Severity(Severity),
    Modes(Vec<Mode>),
    Step(u8),
    Inquiry,
    Sources,
    /// A seed element: its section label (already in the right language) and line range.
    SeedSource {
        section: String,
        lines: [u32; 2],
    },
    /// A public list: its title (already in the right language) and the place in it.
    PublicSource {
        title: String,
        reference: String,
    },
    CustomSetLoad,
    CustomSetLoaded(Text),
    CustomSetRejected(CustomSetError),
    CustomSetIdTaken(String),
    CustomBadge,
    FileUnreadable,
    // Programme self-assessment.
    Assessment,
    NewAssessment,
    Rename,
    Duplicate,
    Delete,
    Save,
    Cancel,
    /// Default name of the n-th assessment.
    AssessmentNumber(usize),
    CopyOf(String),
    AssessmentName,
    ConfirmDelete(String),
    DetailsHeading,
    Detail(DetailField),
    Evidence,
    FieldLabel(Field),
    GapPlan,
    Filter,
    FilterName(Filter),
    View,
    ViewChecklist,
    ViewSummary,
    Sections,
    NothingToShow,
    SummarySections,
    SummaryActionPlan,
    SummaryNotApplicable,
    NoGaps,
    NoNotApplicable,
    ColSection,
    ColItem,
    ColStatus,
    ColAnswered,
    ColGaps,
    ColOwner,
    ColDue,
    ColReason,
    Unassigned,
    SetChanged {
        from: String,
        to: String,
        new_items: usize,
        retired: usize,
    },
    RetiredAnswers(String),
    Acknowledge,
    Fingerprint,
    SheetSummary,
    SheetItems,
    SheetShipments,
    ExportShipment,
    XlsxFailed(String),
    AllAnswers,
    NotAnswered,
    ExportAs,
    ExportFormat(ExportFormat),
    Import,
    ImportPreview {
        name: String,
        organisation: String,
        answered: usize,
        total: usize,
    },
    ImportIntegrity(Integrity),
    ImportSetDiffers,
    ImportMigrated(u32),
    ImportAsNew,
    ImportReplace,
    ImportDone(String),
    ImportedName,
    ImportFailed(ImportError),
    // Shipment screening.
    Register,
    NewShipment,
    NewShipmentReference(u64),
    OpenShipment(String),
    BackToRegister,
    RemoveShipment,
    ConfirmRemoveShipment(String),
    ShipmentRecord,
    ShipmentField(TextField),
    ModeLabel,
    ModeName(Mode),
    Unknown,
    CategoryLabel,
    CategoryName(Category),
    TransitLabel,
    DocumentsHeading,
    DocumentName(Document),
    DocStatusName(DocStatus),
    Indicators,
    CheckPresent,
    CheckNotPresent,
    CheckNotChecked,
    AutomaticRule(String),
    FindingHeading,
    FindingTitle(Level),
    LevelName(Level),
    LevelExplain(Level),
    NotApproval,
    DrivenBy,
    QuestionsToAsk,
    ContextNoted,
    UncheckedCount(usize),
    OverridingRiskFound,
    FilterByFinding,
    AllFindings,
    RowsShown {
        shown: usize,
        total: usize,
    },
    SortBy,
    SortAdded,
    Gbv74Heading,
    Gbv74Intro,
    CompleteStep(u8),
    ReopenStep(u8),
    StepDone,
    StepLocked,
    MitigationQuestion,
    OverridingQuestion,
    Yes,
    No,
    BatchImport,
    BatchTemplate,
    BatchMapping,
    BatchIgnore,
    BatchScreen,
    BatchNotCsv(String),
    BatchResult {
        screened: usize,
        rejected: usize,
    },
    RowError {
        line: u64,
        problem: RowProblem,
    },
    ReferenceLists,
    ListAsOf(String),
    ListEntries(usize),
    ListRemoveEntry(String),
    ListAddEntry,
    ListEntryName,
    ListEntryAliases,
    ListsChanged,
    ImportRegister,
    RegisterImported {
        shipments: usize,
        integrity: Integrity,
    },
    RegisterTooLarge(usize),
    ChangedInAnotherTab,
    StorageUnavailable,
    StorageFull,
    SavedWorkUnreadable(LoadError),
    ContentBroken(String),
    /// The set is shown in a language whose translation is not yet reviewed.
    TranslationForReview,
    /// A language pack could not be fetched or read: content stays in English.
    LanguagePackFailed(Lang),
}

pub fn text(lang: Lang, msg: &Msg) -> String {
    match lang {
        Lang::En => en::text(msg),
        Lang::Zh => zh::text(msg),
        Lang::Ar => ar::text(msg),
        Lang::Fr => fr::text(msg),
        Lang::Ru => ru::text(msg),
        Lang::Es => es::text(msg),
    }
}

/// One content problem (which item, which field, what is wrong) in the user's language.
pub fn problem(lang: Lang, p: &Problem) -> String {
    match lang {
        Lang::En => en::problem(p),
        Lang::Zh => zh::problem(p),
        Lang::Ar => ar::problem(p),
        Lang::Fr => fr::problem(p),
        Lang::Ru => ru::problem(p),
        Lang::Es => es::problem(p),
    }
}

/// Why a custom set was refused, in the user's language.
pub fn custom_set_error(lang: Lang, e: &CustomSetError) -> String {
    let problems = |ps: &[Problem]| {
        ps.iter()
            .map(|p| problem(lang, p))
            .collect::<Vec<_>>()
            .join("; ")
    };
    match (lang, e) {
        (_, CustomSetError::Invalid(ps)) => problems(ps),
        (Lang::En, e) => en::custom_set_error(e),
        (Lang::Zh, e) => zh::custom_set_error(e),
        (Lang::Ar, e) => ar::custom_set_error(e),
        (Lang::Fr, e) => fr::custom_set_error(e),
        (Lang::Ru, e) => ru::custom_set_error(e),
        (Lang::Es, e) => es::custom_set_error(e),
    }
}

fn lang_name(l: Lang) -> String {
    match l {
        // Each language in its own name, so anyone can find theirs.
        Lang::En => "English",
        Lang::Zh => "中文",
        Lang::Ar => "العربية",
        Lang::Fr => "Français",
        Lang::Ru => "Русский",
        Lang::Es => "Español",
    }
    .into()
}
