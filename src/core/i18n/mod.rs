//! Every string the interface shows, in every language. Content text lives in the seeds; the
//! widget's own words are data, one table per language (`catalog/<lang>.json`), checked against
//! English by `build.rs` (a missing key fails the build rather than showing a blank label) and
//! compiled in as `tables`. Which key and arguments each message takes is written once for
//! every language (`words.rs`, `errors.rs`, `party/words.rs`).

pub mod check;
#[cfg(test)]
mod corpus;
mod errors;
mod format;
#[cfg(test)]
mod golden;
pub mod party;
pub mod plural;
pub mod tables;
mod words;

use format::R;
use tables::Table;

use std::fmt;

use super::assessment::{DetailField, Field, Status};
use super::backup::{BackupError, Persistence};
use super::batch::{Delimiter, Format, ReadError, RowProblem};
use super::custom::CustomSetError;
use super::cut::Cut;
use super::export::{ImportError, Integrity};
use super::export_format::ExportFormat;
use super::question_set::{Lang, Mode, ModuleKind, Severity, Text};
use super::register::TextField;
use super::role::Role;
use super::rules::Document;
use super::saved::LoadError;
use super::screening::Level;
use super::shipment::{Category, DocStatus};
use super::summary::Filter;
use super::validate::Problem;
use super::xlsx_error::XlsxError;

/// A count as the user's language writes it: `100,000` in English and Chinese, `100 000` in
/// French (narrow no-break space) and Russian (no-break space), `10.000` in Spanish (which
/// groups from five digits). Arabic keeps the Western digits the rest of the text uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub n: usize,
    pub lang: Lang,
}

impl Count {
    pub fn new(lang: Lang, n: usize) -> Self {
        Self { n, lang }
    }
}

impl std::fmt::Display for Count {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (separator, min_digits) = match self.lang {
            Lang::En | Lang::Zh | Lang::Ar => (",", 4),
            Lang::Fr => ("\u{202f}", 4),
            Lang::Ru => ("\u{a0}", 4),
            Lang::Es => (".", 5),
        };
        let digits = self.n.to_string();
        if digits.len() < min_digits {
            return f.write_str(&digits);
        }
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
        for (i, d) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(separator);
            }
            out.push(d);
        }
        f.write_str(&out)
    }
}

/// A message the interface can show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    AppTitle,
    /// Party screening's words (`party`).
    Party(party::PartyMsg),
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
    /// The first screen's question (also the header button that opens it again), its lead,
    /// each role's name and hint, and skip.
    RolesHeading,
    RolesLead,
    RoleName(Role),
    RoleHint(Role),
    RolesSkip,
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
    /// The toolbar of what can be done with the open assessment (new, rename, …).
    AssessmentActions,
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
    XlsxFailed(XlsxError),
    /// The workbook was written, with these texts cut to what a cell holds.
    XlsxCut(Vec<Cut>),
    AllAnswers,
    NotAnswered,
    /// The heading over the summary's charts.
    ChartHeading,
    /// The programme's bar in the summary's chart (every item of the set).
    ChartOverall,
    /// The register's chart: how many shipments have each finding.
    ChartFindings,
    /// What a chart shows, as a sentence: its title, each part's name with its count, and the
    /// total (the text equivalent of the picture).
    ChartText {
        title: String,
        parts: Vec<(String, usize)>,
        total: usize,
    },
    /// How the summary labels a "not sure" answer: a gap to investigate.
    ToInvestigate,
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
    /// A rule's evidence: the user's text contains one of the rule's words.
    RuleContains {
        value: String,
        word: String,
    },
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
        shown: Count,
        total: Count,
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
    BatchReading,
    /// The file was read but holds no table of shipments (empty, not a workbook, ...).
    BatchUnreadable(ReadError),
    BatchTooLarge {
        bytes: u64,
        limit: u64,
    },
    /// The reader worker could not be started (blocked by the page, or failed to load), with
    /// the browser's text.
    BatchWorkerFailed(String),
    /// How the file was read (encoding and delimiter, or the sheet).
    BatchFormat(Format),
    BatchDelimiter,
    DelimiterName(Delimiter),
    /// The summary of a collapsed part with the underlying reader's own (English) text.
    TechnicalDetails,
    /// The button beside a failure that may pass on a second attempt (a worker that did not
    /// start): does the same again.
    TryAgain,
    BatchResult {
        screened: Count,
        rejected: Count,
    },
    RowError {
        line: u64,
        problem: RowProblem,
        /// A workbook's row rather than a text file's line.
        sheet: bool,
    },
    ReferenceLists,
    /// The heading of the jurisdictions choice.
    JurisdictionsHeading,
    JurisdictionsHelp,
    /// The names of every jurisdiction whose embargoes a finding counts, the UN first.
    JurisdictionsCounted(String),
    UnSecurityCouncil,
    ListAsOf(String),
    /// When a printable report was written (an ISO date).
    ExportedOn(String),
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
    ChangedInAnotherTab,
    /// Shown while the stored work is read at start.
    OpeningStorage,
    /// A module's code (a chunk of the wasm) is being fetched, the first time it is shown.
    PartLoading,
    /// That chunk could not be fetched: nothing was lost, and it can be tried again.
    PartUnavailable,
    /// The database belongs to a newer widget: nothing more is written.
    StorageNewer,
    /// The site's data was cleared under the page; what it held was written back.
    StorageWrittenBack,
    StorageUnavailable,
    StorageFull,
    SavedWorkUnreadable(LoadError),
    /// A stored setting (list edits, jurisdictions, decisions) could not be read; set aside.
    SavedPartUnreadable(crate::core::saved::SavedPart, LoadError),
    ContentBroken(String),
    /// The widget's version, shown in its footer (exports record it too).
    WidgetVersion(&'static str),
    /// The set is shown in a language whose translation is not yet reviewed.
    TranslationForReview,
    /// A language pack could not be fetched or read: content stays in English.
    LanguagePackFailed(Lang),
    // Your data: a full backup, restoring one, and keeping the browser's copy.
    YourData,
    YourDataIntro,
    BackupDownload,
    BackupRestore,
    /// What a backup picked for restoring holds (nothing is written until the user confirms).
    BackupPreview {
        assessments: usize,
        shipments: usize,
        custom_sets: usize,
    },
    BackupConfirm,
    BackupRestored {
        assessments: usize,
        shipments: usize,
    },
    BackupFailed(BackupError),
    Persistence(Persistence),
    PersistAsk,
    /// Bytes this site stores and the browser's quota for it.
    StorageUsage {
        used: u64,
        quota: u64,
    },
    /// The last backup or export, as a date the language writes; `None`: never.
    LastBackup(Option<String>),
    BackupReminder,
}

pub fn text(lang: Lang, msg: &Msg) -> String {
    R::new(Table::of(lang)).text(msg)
}

/// Installs a language pack's interface table (`Pack::interface`), held to the rules the build
/// holds the compiled-in tables to: a table with any problem is refused, with every problem.
pub fn install(lang: Lang, interface: &serde_json::Value) -> Result<(), Vec<String>> {
    let table = Table::from_value(lang, interface.clone())?;
    Table::install(table);
    Ok(())
}

/// The technical text behind a message (a parser's own English words), for a collapsed
/// "details" part beside it; never part of the message itself.
pub fn detail(msg: &Msg) -> Option<String> {
    match msg {
        Msg::ImportFailed(e) => e.detail(),
        Msg::BackupFailed(e) => e.detail(),
        Msg::CustomSetRejected(e) => e.detail(),
        Msg::SavedWorkUnreadable(e) | Msg::SavedPartUnreadable(_, e) => e.detail(),
        Msg::ContentBroken(d) => Some(d.clone()).filter(|d| !d.is_empty()),
        Msg::Party(m) => party::detail(m),
        Msg::XlsxFailed(e) => Some(e.detail().to_owned()).filter(|d| !d.is_empty()),
        Msg::BatchUnreadable(ReadError::NotWorkbook { detail })
        | Msg::BatchWorkerFailed(detail) => Some(detail.clone()).filter(|d| !d.is_empty()),
        _ => None,
    }
}

/// One content problem (which item, which field, what is wrong) in the user's language.
pub fn problem(lang: Lang, p: &Problem) -> String {
    R::new(Table::of(lang)).problem(p)
}

/// Why a custom set was refused, in the user's language.
pub fn custom_set_error(lang: Lang, e: &CustomSetError) -> String {
    R::new(Table::of(lang)).custom_set_error(e)
}

// English, for logs and tests; the interface calls `problem` / `custom_set_error` with the
// user's language. These impls live here, beside the words, rather than in `validate` and
// `custom`: those modules then do not depend back on `i18n`, which depends on their types.

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&problem(Lang::En, self))
    }
}

impl fmt::Display for CustomSetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&custom_set_error(Lang::En, self))
    }
}

/// The places of cut cells as a message lists them: the first few, then how many more.
fn cut_list(
    cuts: &[Cut],
    place: impl Fn(&Cut) -> String,
    separator: &str,
    more: impl Fn(usize) -> String,
) -> String {
    const SHOWN: usize = 5;
    let mut parts: Vec<String> = cuts.iter().take(SHOWN).map(place).collect();
    if cuts.len() > SHOWN {
        parts.push(more(cuts.len() - SHOWN));
    }
    parts.join(separator)
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

/// A number of bytes with a unit (powers of 1000, as browsers and disks report them), one
/// decimal below 10, `decimal` as the language writes it: `2.3 MB`, `2,3 Mo`, `250 MB`.
pub(crate) fn size(bytes: u64, decimal: &str, units: [&str; 5]) -> String {
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 999.95 && unit < units.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    let number = if unit == 0 || value >= 9.95 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}").replace('.', decimal)
    };
    format!("{number}\u{a0}{}", units[unit])
}

#[cfg(test)]
mod tests {
    use super::{size, Count, Lang};

    #[test]
    fn sizes_carry_a_unit_and_the_languages_decimal_sign() {
        let en = ["B", "kB", "MB", "GB", "TB"];
        assert_eq!(size(0, ".", en), "0\u{a0}B");
        assert_eq!(size(999, ".", en), "999\u{a0}B");
        assert_eq!(size(2_300_000, ".", en), "2.3\u{a0}MB");
        assert_eq!(size(2_300_000, ",", en), "2,3\u{a0}MB");
        assert_eq!(size(250_400_000, ".", en), "250\u{a0}MB");
        assert_eq!(size(1_234_000_000, ".", en), "1.2\u{a0}GB");
        assert_eq!(size(9_990_000, ".", en), "10\u{a0}MB");
    }

    #[test]
    fn counts_are_grouped_as_each_language_writes_them() {
        let c = |l, n| Count::new(l, n).to_string();
        assert_eq!(c(Lang::En, 100_000), "100,000");
        assert_eq!(c(Lang::En, 999), "999");
        assert_eq!(c(Lang::Zh, 1_234_567), "1,234,567");
        assert_eq!(c(Lang::Fr, 100_000), "100\u{202f}000");
        assert_eq!(c(Lang::Ru, 1_000), "1\u{a0}000");
        assert_eq!(c(Lang::Es, 1_000), "1000");
        assert_eq!(c(Lang::Es, 10_000), "10.000");
        assert_eq!(c(Lang::Ar, 12_345), "12,345");
        assert_eq!(c(Lang::En, 0), "0");
    }
}
