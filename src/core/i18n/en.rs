//! English.

use super::{lang_name, Msg};
use crate::core::backup::Part;
use crate::core::export::{ImportError, Integrity};
use crate::core::export_format::ExportFormat;
use crate::core::json_error::{Expected, JsonError, Kind as JsonKind, MAX_DEPTH};

use crate::core::assessment::{DetailField, Field, Status};
use crate::core::batch::{Delimiter, Encoding, Format, ReadError, RowProblem};
use crate::core::custom::{CustomSetError, MAX_BYTES};
use crate::core::cut::{Cut, CutField, Whose};
use crate::core::question_set::{Mode, ModuleKind, Severity, FORMAT_VERSION};
use crate::core::register::TextField;
use crate::core::rules::Document;
use crate::core::saved::{LoadError, SavedPart};
use crate::core::screening::Level;
use crate::core::shipment::{Category, DocStatus};
use crate::core::summary::Filter;

use crate::core::role::Role;
use crate::core::validate::{Location, Problem, ProblemKind, SectionRef};
use crate::core::xlsx_error::XlsxError;

pub(crate) fn load_error(e: &LoadError) -> String {
    match e {
        LoadError::Malformed(e) => format!("it is not a valid saved assessment: {}", json_error(e)),
        LoadError::NotAnAssessment => "it is not an assessment saved by this widget".into(),
        LoadError::UnsupportedVersion(v) => format!(
            "it was saved in format version {v}, which this version of the widget cannot read"
        ),
        LoadError::Missing => "part of it is missing (it was only partly saved)".into(),
    }
}

pub(crate) fn text(msg: &Msg) -> String {
    match msg {
        Msg::Party(m) => super::party::old_text(crate::core::question_set::Lang::En, m),
        Msg::AppTitle => "ATT due-diligence checklist".into(),
        Msg::Progress { answered, total } => format!("{answered} of {total} answered"),
        Msg::StatusLabel(s) => match s {
            Status::InPlace => "In place",
            Status::PartlyInPlace => "Partly in place",
            Status::NotInPlace => "Not in place",
            Status::NotApplicable => "Not applicable",
            Status::Unsure => "Not sure",
        }
        .into(),
        Msg::ToInvestigate => "To investigate".into(),
        Msg::Note => "Note".into(),
        Msg::Guidance => "Guidance".into(),
        Msg::Articles(list) => format!("Treaty articles: {list}"),
        Msg::Language => "Language".into(),
        Msg::LangName(l) => lang_name(*l),
        Msg::Modules => "Modules".into(),
        Msg::RolesHeading => "Who is working?".into(),
        Msg::RolesLead => "Choose what you came to do; the widget opens the right module. You can change it at any time.".into(),
        Msg::RoleName(role) => match role {
            Role::Programme => "An exporter or manufacturer",
            Role::Logistics => "A logistics firm",
            Role::Reader => "Reading the guidance",
        }
        .into(),
        Msg::RoleHint(role) => match role {
            Role::Programme => "Assess your internal compliance programme against the due-diligence measures, and turn gaps into an action plan.",
            Role::Logistics => "Screen shipments, one by one or in batches, against the red flags for carriers, forwarders, shipping agents and brokers.",
            Role::Reader => "Read the resources and the working paper's guidance, without assessing anything.",
        }
        .into(),
        Msg::RolesSkip => "Skip".into(),
        Msg::ModuleName(m) => match m {
            ModuleKind::Programme => "Programme self-assessment",
            ModuleKind::Screening => "Shipment red flags",
            ModuleKind::Gbv74 => "Article 7(4) GBV/VAWC",
            ModuleKind::Reassessment => "Reassessment (Art. 7(7))",
            ModuleKind::Resources => "Resources",
        }
        .into(),
        Msg::Severity(s) => match s {
            Severity::Stop => "Stop: do not proceed, refer to the competent authority",
            Severity::Inquire => "Inquire: resolve before proceeding",
            Severity::Context => "Context: raises the level of scrutiny",
        }
        .into(),
        Msg::Modes(ms) => format!(
            "Transport modes: {}",
            ms.iter().map(|m| mode_name(*m)).collect::<Vec<_>>().join(", ")
        ),
        Msg::Step(n) => format!("Step {n}"),
        Msg::Inquiry => "Question to ask".into(),
        Msg::Sources => "Sources".into(),
        Msg::SeedSource { section, lines } => {
            format!("{section} (source document, lines {}-{})", lines[0], lines[1])
        }
        Msg::PublicSource { title, reference } => {
            format!("{title}, {reference} (public list, not ATT text)")
        }
        Msg::CustomSetLoad => "Load your own question set (JSON)".into(),
        Msg::CustomSetLoaded(title) => format!("Question set \u{201c}{}\u{201d} loaded.", title.en),
        Msg::CustomSetRejected(e) => format!(
            "This question set was not loaded: {}. Nothing else changed.",
            super::old_custom_set_error(crate::core::question_set::Lang::En, e)
        ),
        Msg::CustomSetIdTaken(id) => format!(
            "This question set was not loaded: its id \u{201c}{id}\u{201d} is already used by a built-in set."
        ),
        Msg::FileUnreadable => "This file could not be read. Nothing changed.".into(),
        Msg::CustomBadge => "custom".into(),
        Msg::Assessment => "Assessment".into(),
        Msg::NewAssessment => "New assessment".into(),
        Msg::Rename => "Rename".into(),
        Msg::Duplicate => "Duplicate".into(),
        Msg::Delete => "Delete".into(),
        Msg::Save => "Save".into(),
        Msg::Cancel => "Cancel".into(),
        Msg::AssessmentNumber(n) => format!("Assessment {n}"),
        Msg::CopyOf(name) => format!("{name} (copy)"),
        Msg::AssessmentName => "Name of the assessment".into(),
        Msg::ConfirmDelete(name) => format!(
            "Delete \u{201c}{name}\u{201d} and all its answers? This cannot be undone."
        ),
        Msg::AssessmentActions => "Assessment actions".into(),
        Msg::DetailsHeading => "Assessment details".into(),
        Msg::Detail(d) => match d {
            DetailField::Organisation => "Organisation",
            DetailField::Assessor => "Assessor",
            DetailField::Date => "Date of assessment",
            DetailField::Scope => "Scope (business unit, products, period)",
        }
        .into(),
        Msg::Evidence => "Evidence (a reference: no files are uploaded)".into(),
        Msg::FieldLabel(f) => match f {
            Field::Note => "Note",
            Field::EvidenceDocument => "Document",
            Field::EvidenceDate => "Document date",
            Field::EvidenceLocation => "Where it is kept",
            Field::Owner => "Owner",
            Field::Due => "Target date",
        }
        .into(),
        Msg::GapPlan => "Action plan for this gap".into(),
        Msg::Filter => "Show".into(),
        Msg::FilterName(f) => match f {
            Filter::All => "All items",
            Filter::Unanswered => "Unanswered",
            Filter::Gaps => "Gaps",
        }
        .into(),
        Msg::View => "View".into(),
        Msg::ViewChecklist => "Checklist".into(),
        Msg::ViewSummary => "Summary and action plan".into(),
        Msg::Sections => "Sections".into(),
        Msg::NothingToShow => "No item matches this filter.".into(),
        Msg::SummarySections => "Status by section".into(),
        Msg::SummaryActionPlan => "Action plan: gaps".into(),
        Msg::SummaryNotApplicable => "Marked not applicable".into(),
        Msg::NoGaps => "No gaps recorded.".into(),
        Msg::NoNotApplicable => "Nothing marked not applicable.".into(),
        Msg::ColSection => "Section".into(),
        Msg::ColItem => "Item".into(),
        Msg::ColStatus => "Status".into(),
        Msg::ColAnswered => "Answered".into(),
        Msg::ColGaps => "Gaps".into(),
        Msg::ColOwner => "Owner".into(),
        Msg::ColDue => "Target date".into(),
        Msg::ColReason => "Reason".into(),
        Msg::Unassigned => "not set".into(),
        Msg::SetChanged { from, to, new_items, retired } => format!(
            "This checklist was updated from version {from} to {to} since this assessment was \
             last answered: {} to answer; {} no longer in the checklist (their answers are kept \
             below).",
            count(*new_items, "new item", "new items"),
            count(*retired, "answered item", "answered items")
        ),
        Msg::RetiredAnswers(list) => format!("Answers kept for retired items: {list}"),
        Msg::SheetSummary => "Summary".into(),
        Msg::SheetShipments => "Shipments".into(),
        Msg::ExportShipment => "Export this shipment (JSON)".into(),
        Msg::SheetItems => "Items".into(),
        Msg::XlsxFailed(e) => format!("The spreadsheet could not be written: {}", xlsx_failure(e)),
        Msg::XlsxCut(cuts) => {
            let n = cuts.len();
            let (texts, verb) = if n == 1 { ("text was", "was") } else { ("texts were", "were") };
            format!(
                "Exported. {} {texts} longer than a spreadsheet cell holds, and {verb} cut (marked […]): {}.",
                super::Count::new(super::Lang::En, n),
                super::cut_list(cuts, cut_place, "; ", |m| format!("and {} more", super::Count::new(super::Lang::En, m))),
            )
        }
        Msg::Fingerprint => "Fingerprint (SHA-256 of the export's content)".into(),
        Msg::AllAnswers => "All answers".into(),
        Msg::NotAnswered => "Not answered".into(),
        Msg::ChartHeading => "At a glance".into(),
        Msg::ChartOverall => "Whole programme".into(),
        Msg::ChartFindings => "Shipments by finding".into(),
        Msg::ChartText { title, parts, total } => {
            let count = |n: usize| super::Count::new(crate::core::question_set::Lang::En, n);
            let parts: Vec<String> = parts.iter().map(|(label, n)| format!("{label}: {}", count(*n))).collect();
            if parts.is_empty() {
                format!("{title} — Total: {}.", count(*total))
            } else {
                format!("{title} — {}. Total: {}.", parts.join("; "), count(*total))
            }
        }
        Msg::ExportAs => "Export".into(),
        Msg::ExportFormat(f) => match f {
            ExportFormat::Json => "JSON (to re-import)",
            ExportFormat::Csv => "CSV (spreadsheet)",
            ExportFormat::Markdown => "Markdown (summary)",
            ExportFormat::Xlsx => "Excel workbook (XLSX)",
            ExportFormat::Html => "Printable report (HTML)",
        }
        .into(),
        Msg::Import => "Import an assessment (JSON)".into(),
        Msg::ImportPreview { name, organisation, answered, total } => format!(
            "File: \u{201c}{name}\u{201d}{}, {answered} of {} answered.",
            if organisation.is_empty() { String::new() } else { format!(" ({organisation})") },
            count(*total, "item", "items")
        ),
        Msg::ImportIntegrity(i) => match i {
            Integrity::Intact => "The fingerprint matches: the file is as it was exported.",
            Integrity::Altered => "Warning: the fingerprint does not match. The file was changed after it was exported.",
            Integrity::Unsigned => "This file has no fingerprint, so it cannot be checked.",
        }
        .into(),
        Msg::ImportSetDiffers => "The checklist in this file differs from the one in this widget (same id, other content).".into(),
        Msg::ImportMigrated(v) => format!("Read from format version {v} and converted."),
        Msg::ImportAsNew => "Add as a new assessment".into(),
        Msg::ImportReplace => "Replace the open assessment".into(),
        Msg::ImportedName => "Imported assessment".into(),
        Msg::ImportDone(name) => format!("Imported \u{201c}{name}\u{201d}."),
        Msg::ImportFailed(e) => format!("This file was not imported: {}. Your current work is unchanged.", import_error(e)),
        Msg::Acknowledge => "Understood".into(),
        Msg::Register => "Register of screened shipments".into(),
        Msg::NewShipment => "Screen a new shipment".into(),
        Msg::NewShipmentReference(n) => format!("Shipment {n}"),
        Msg::OpenShipment(r) => format!("Open {r}"),
        Msg::BackToRegister => "Back to the register".into(),
        Msg::RemoveShipment => "Remove from the register".into(),
        Msg::ConfirmRemoveShipment(r) => format!("Remove shipment \u{201c}{r}\u{201d} and its screening? This cannot be undone."),
        Msg::ShipmentRecord => "Shipment record".into(),
        Msg::ShipmentField(f) => match f {
            TextField::Reference => "Reference",
            TextField::Date => "Date",
            TextField::Consignor => "Consignor",
            TextField::Consignee => "Consignee",
            TextField::EndUser => "Declared end user",
            TextField::EndUse => "Declared end use",
            TextField::Destination => "Country of destination",
            TextField::Description => "Description of the items",
            TextField::Quantity => "Quantity",
            TextField::Value => "Value",
            TextField::Exemption => "Embargo exemption or Committee approval relied on",
            TextField::Broker => "Broker or intermediary",
            TextField::Carrier => "Carrier (shipping line, airline, haulier)",
            TextField::Vessel => "Vessel or aircraft (name, IMO number)",
        }
        .into(),
        Msg::ModeLabel => "Transport mode".into(),
        Msg::ModeName(m) => mode_name(*m).into(),
        Msg::Unknown => "Not known".into(),
        Msg::CategoryLabel => "Item category".into(),
        Msg::CategoryName(c) => match c {
            Category::BattleTanks => "Battle tanks",
            Category::ArmouredCombatVehicles => "Armoured combat vehicles",
            Category::LargeCalibreArtillery => "Large-calibre artillery systems",
            Category::CombatAircraft => "Combat aircraft",
            Category::AttackHelicopters => "Attack helicopters",
            Category::Warships => "Warships",
            Category::MissilesAndLaunchers => "Missiles and missile launchers",
            Category::SmallArmsLightWeapons => "Small arms and light weapons",
            Category::Ammunition => "Ammunition/munitions (Art. 3)",
            Category::PartsComponents => "Parts and components (Art. 4)",
        }
        .into(),
        Msg::TransitLabel => "Transit and trans-shipment points (separate with ;)".into(),
        Msg::DocumentsHeading => "Documents seen".into(),
        Msg::DocumentName(d) => match d {
            Document::EndUserCertificate => "End-user certificate",
            Document::ExportLicence => "Export licence",
            Document::TransportDocuments => "Transport documents",
        }
        .into(),
        Msg::DocStatusName(d) => match d {
            DocStatus::NotSeen => "Not seen",
            DocStatus::Seen => "Seen, not verified",
            DocStatus::Verified => "Verified",
        }
        .into(),
        Msg::Indicators => "Red flags".into(),
        Msg::CheckPresent => "Present".into(),
        Msg::CheckNotPresent => "Not present".into(),
        Msg::CheckNotChecked => "Not checked".into(),
        Msg::RuleContains { value, word } => format!("\u{201c}{value}\u{201d} contains \u{201c}{word}\u{201d}"),
        Msg::AutomaticRule(detail) => format!("Automatic check: {detail}"),
        Msg::FindingHeading => "Finding".into(),
        Msg::FindingTitle(l) => format!("Finding: {}", text(&Msg::LevelName(*l))),
        Msg::LevelName(l) => match l {
            Level::Stop => "Stop",
            Level::Inquire => "Inquire",
            Level::Incomplete => "Incomplete",
            Level::NoRedFlags => "No red flags found",
        }
        .into(),
        Msg::LevelExplain(l) => match l {
            Level::Stop => "Do not proceed. Refer the shipment to the competent authority.",
            Level::Inquire => "Red flags are present. Resolve them before proceeding.",
            Level::Incomplete => "Not every applicable indicator has been checked yet.",
            Level::NoRedFlags => "Every applicable indicator was checked and none is present.",
        }
        .into(),
        Msg::NotApproval => "This is a screening finding, not an approval or a licence decision.".into(),
        Msg::DrivenBy => "Driven by".into(),
        Msg::QuestionsToAsk => "Questions to ask".into(),
        Msg::ContextNoted => "Context noted (raises the level of scrutiny)".into(),
        Msg::UncheckedCount(n) => format!("{} not checked", count(*n, "applicable indicator", "applicable indicators")),
        Msg::OverridingRiskFound => "The Article 7(4) assessment found an overriding risk.".into(),
        Msg::FilterByFinding => "Finding".into(),
        Msg::AllFindings => "All findings".into(),
        Msg::RowsShown { shown, total } => format!("{shown} of {total} {}", if total.n == 1 { "shipment" } else { "shipments" }),
        Msg::SortAdded => "Order added".into(),
        Msg::SortBy => "Sort by".into(),
        Msg::Gbv74Heading => "Article 7(4): gender-based violence and violence against women and children".into(),
        Msg::Gbv74Intro => "Work through the six steps in order. Mitigation (step 5) is considered before deciding whether there is an overriding risk (step 6); an overriding risk means the transfer must not go ahead.".into(),
        Msg::CompleteStep(n) => format!("Step {n} done"),
        Msg::ReopenStep(n) => format!("Reopen step {n}"),
        Msg::StepDone => "Done".into(),
        Msg::StepLocked => "Complete the steps before this one first.".into(),
        Msg::MitigationQuestion => "Can mitigation measures or other means adequately and significantly reduce the risk?".into(),
        Msg::OverridingQuestion => "Is there an overriding risk of the negative consequences identified in step 4?".into(),
        Msg::Yes => "Yes".into(),
        Msg::No => "No".into(),
        Msg::BatchImport => "Screen a batch (CSV or Excel file)".into(),
        Msg::BatchTemplate => "Download a CSV template".into(),
        Msg::BatchMapping => "Which field is in each column?".into(),
        Msg::BatchIgnore => "(ignore this column)".into(),
        Msg::BatchScreen => "Screen these rows".into(),
        Msg::BatchReading => "Reading the file…".into(),
        Msg::BatchUnreadable(e) => read_error(e),
        Msg::BatchTooLarge { bytes, limit } => {
            let s = |b: u64| super::size(b, ".", ["B", "kB", "MB", "GB", "TB"]);
            format!("This file is {}; a batch file can be up to {}. Split it into smaller files.", s(*bytes), s(*limit))
        }
        Msg::BatchWorkerFailed(_) => "The file reader could not be started in this browser, so the file was not read. Reload the page and try again.".into(),
        Msg::BatchFormat(f) => match f {
            Format::Csv { encoding, delimiter, .. } => format!("Read as CSV: {} encoding, fields separated by {}.", encoding_name(*encoding), separated_by(*delimiter)),
            Format::Xlsx { sheet, sheets } => {
                let first = format!("Read from the first sheet of the workbook, \u{201c}{sheet}\u{201d}.");
                if *sheets > 1 { first + &format!(" The workbook has {sheets} sheets; only the first is read.") } else { first }
            }
        },
        Msg::BatchDelimiter => "Fields separated by".into(),
        Msg::DelimiterName(d) => match d {
            Delimiter::Comma => "comma (,)",
            Delimiter::Semicolon => "semicolon (;)",
            Delimiter::Tab => "tab",
        }
        .into(),
        Msg::TechnicalDetails => "Technical details".into(),
        Msg::TryAgain => "Try again".into(),
        Msg::BatchResult { screened, rejected } => format!("{} screened and added to the register; {} not screened (listed below).", rows(*screened), rows(*rejected)),
        Msg::RowError { line, problem, sheet } => format!("{} {line}: {}", if *sheet { "Row" } else { "Line" }, row_problem(problem)),
        Msg::ReferenceLists => "Reference lists used by the automatic checks".into(),
        Msg::JurisdictionsHeading => "Whose embargoes bind you".into(),
        Msg::JurisdictionsHelp => "UN Security Council embargoes bind every State and always count. Tick each jurisdiction whose law binds you (because you, your company or the goods are under it): its embargoes then count like the UN's, and the others are shown as context only. Your choice is remembered and recorded in every export.".into(),
        Msg::JurisdictionsCounted(names) => format!("Embargoes counted: {names}"),
        Msg::UnSecurityCouncil => "UN Security Council".into(),
        Msg::ListAsOf(d) => format!("Information as of {d}"),
        Msg::ExportedOn(d) => format!("Exported on {d}"),
        Msg::ListEntries(n) => count(*n, "entry", "entries"),
        Msg::ListRemoveEntry(name) => format!("Remove {name}"),
        Msg::ListAddEntry => "Add an entry".into(),
        Msg::ListEntryName => "Name".into(),
        Msg::ListEntryAliases => "Other names and codes (separate with ;)".into(),
        Msg::ListsChanged => "Your edited lists are in use; every shipment was screened again.".into(),
        Msg::ImportRegister => "Import a register (JSON), added to this one".into(),
        Msg::RegisterImported { shipments, integrity } => format!("{} imported and screened again. {}", count(*shipments, "shipment", "shipments"), text(&Msg::ImportIntegrity(*integrity))),
        Msg::ChangedInAnotherTab => "This work was changed in another tab or window; what you see now includes those changes.".into(),
        Msg::OpeningStorage => "Opening your saved work…".into(),
        Msg::PartLoading => "Loading this part of the widget…".into(),
        Msg::PartUnavailable => "This part of the widget could not be loaded: the connection may have dropped, or the site no longer serves this version. Your work is kept. Try again, or reload the page.".into(),
        Msg::StorageWrittenBack => "This site's stored data was cleared in the browser while this page was open. Your work on screen has been saved again.".into(),
        Msg::StorageNewer => "Your saved work in this browser was written by a newer version of the widget, or a newer version was just opened in another tab. To keep it safe, nothing more is saved from this page: export what you have on screen, then reload the page.".into(),
        Msg::StorageUnavailable => "This browser does not let the widget save your work. \
            Your answers stay on this page until you close it: export them before you leave."
            .into(),
        Msg::StorageFull => "The browser's storage is full, so your latest change was not saved. \
            Export your work now, then free some space."
            .into(),
        Msg::SavedWorkUnreadable(e) => format!(
            "Your saved work could not be read: {}. It has been kept unchanged; \
             you are starting from a blank assessment.",
            load_error(e)
        ),
        Msg::SavedPartUnreadable(part, e) => format!(
            "{} {} It has been kept aside unchanged.",
            match part {
                SavedPart::ListEdits => "Your saved edits to the reference lists could not be read, so the built-in lists are used.",
                SavedPart::Jurisdictions => "Your saved choice of jurisdictions could not be read, so only UN Security Council embargoes are counted.",
                SavedPart::PartyDecisions => "Your saved decisions on possible matches could not be read, so those matches show as undecided.",
            },
            match e {
                LoadError::UnsupportedVersion(_) => "It was saved by a newer version of the tool.",
                _ => "It is not in the form this tool saves.",
            }
        ),
        Msg::TranslationForReview => "Translation for review: a reviewer has not yet checked this text against the English.".into(),
        Msg::LanguagePackFailed(l) => format!("The texts in {} could not be loaded; they are shown in English.", lang_name(*l)),
        Msg::YourData => "Your data".into(),
        Msg::YourDataIntro => "Your work is kept in this browser only, on this device. A full backup is one file with all of it (assessments, shipment register, list edits, jurisdictions, custom question sets and the interface language): keep it somewhere safe, and restore it here or in another browser.".into(),
        Msg::BackupDownload => "Download a full backup".into(),
        Msg::BackupRestore => "Restore from a backup".into(),
        Msg::BackupPreview { assessments, shipments, custom_sets } => format!(
            "This backup holds {}, {} and {}. Restoring it replaces the work in this browser.",
            count(*assessments, "assessment", "assessments"),
            count(*shipments, "shipment", "shipments"),
            count(*custom_sets, "custom question set", "custom question sets")
        ),
        Msg::BackupConfirm => "Replace my work with this backup".into(),
        Msg::BackupRestored { assessments, shipments } => format!(
            "Backup restored: {} and {}.",
            count(*assessments, "assessment", "assessments"),
            count(*shipments, "shipment", "shipments")
        ),
        Msg::BackupFailed(e) => format!("This backup was not restored: {}. Your current work is unchanged.", match e {
            crate::core::backup::BackupError::File(ImportError::NotAnExport) => "it is not a full backup of this widget".to_owned(),
            crate::core::backup::BackupError::File(e) => import_error(e),
            crate::core::backup::BackupError::Part { part, error } => format!("in {}, {}", part_name(*part), import_error(error)),
            crate::core::backup::BackupError::CustomSet(e) => format!("a custom question set in it was refused: {}", super::old_custom_set_error(crate::core::question_set::Lang::En, e)),
        }),
        Msg::Persistence(p) => match p {
            crate::core::backup::Persistence::Granted => "This browser has agreed to keep your data: it will not clear it to free space.",
            crate::core::backup::Persistence::NotGranted => "This browser may clear your data when space runs low (it has not been asked, or has not agreed, to keep it).",
            crate::core::backup::Persistence::Unsupported => "This browser cannot say whether it will keep your data.",
        }
        .into(),
        Msg::PersistAsk => "Ask the browser to keep it".into(),
        Msg::StorageUsage { used, quota } => {
            let units = ["B", "kB", "MB", "GB", "TB"];
            format!("Stored: {} of {}.", super::size(*used, ".", units), super::size(*quota, ".", units))
        }
        Msg::LastBackup(Some(d)) => format!("Last backed up or exported: {d}."),
        Msg::LastBackup(None) => "Not yet backed up or exported from this browser.".into(),
        Msg::BackupReminder => "Your work has not been saved to a file in the last 7 days. Download a full backup to keep a copy outside this browser.".into(),
        Msg::WidgetVersion(v) => format!("att-diligence version {v}"),
        Msg::ContentBroken(_) => "The built-in checklist could not be loaded, so the widget cannot start. Reload the page; if this message comes back, tell whoever runs this site.".into(),
    }
}

pub(crate) fn problem(p: &Problem) -> String {
    let what = match &p.kind {
        ProblemKind::UnsupportedFormat(v) => format!(
            "format version {v} is not supported (this widget reads version {FORMAT_VERSION})"
        ),
        ProblemKind::EmptyText => "text is empty".into(),
        ProblemKind::BadId(id) => format!(
            "id `{id}` must be lowercase letters, digits, dots and hyphens, starting with a letter"
        ),
        ProblemKind::DuplicateId(id) => format!("id `{id}` is used more than once"),
        ProblemKind::BadVersion(v) => format!("version `{v}` is not of the form MAJOR.MINOR.PATCH"),
        ProblemKind::BadArticle(a) => format!("`{a}` is not a treaty article reference like `7(4)`"),
        ProblemKind::NoProvenance => "every item needs at least one provenance".into(),
        ProblemKind::UnknownElement(id) => {
            format!("`{id}` is not an element of the source catalogue")
        }
        ProblemKind::UnknownPublicSource(id) => format!("`{id}` is not a catalogued public source"),
        ProblemKind::EmptyReference => "a public source needs the place in it (`ref`)".into(),
        ProblemKind::NotForModule(what) => format!("{what} is not used in this module"),
        ProblemKind::Missing(what) => format!("{what} is required in this module"),
        ProblemKind::BadStep(s) => format!("step {s} is outside 1 to 6"),
        ProblemKind::StepOutsideSection { step } => format!(
            "an item of step {step} must sit in that step's section (sections are steps 1 to 6 in order)"
        ),
        ProblemKind::SinceAfterSet(v) => format!("version `{v}` is later than the set's own version"),
        ProblemKind::NoItems => "has no items".into(),
    };
    format!("{}, field `{}`: {what}", location(&p.location), p.field)
}

pub(crate) fn location(l: &Location) -> String {
    match l {
        Location::Set => "set".into(),
        Location::Section(id) => format!("section {id}"),
        Location::Item(id) => format!("item {id}"),
        Location::ItemAt { section, position } => match section {
            SectionRef::Id(id) => format!("section {id}, item #{position}"),
            SectionRef::At(n) => format!("section #{n}, item #{position}"),
        },
    }
}

pub(crate) fn custom_set_error(e: &CustomSetError) -> String {
    match e {
        CustomSetError::TooLarge { bytes } => format!(
            "the file is {}; a question set may be at most {}",
            file_size(*bytes),
            file_size(MAX_BYTES)
        ),
        CustomSetError::NotJson(e) => json_error(e),
        CustomSetError::UnsupportedFormat(Some(v)) => format!(
            "format version {v} is not supported (this widget reads version {FORMAT_VERSION})"
        ),
        CustomSetError::UnsupportedFormat(None) => {
            "the file has no `format` number, so it is not a question set".into()
        }
        CustomSetError::Shape { location: l, error } => {
            format!("{}: {}", location(l), json_error(error))
        }
        CustomSetError::Invalid(ps) => ps.iter().map(problem).collect::<Vec<_>>().join("; "),
    }
}

pub(crate) fn mode_name(m: Mode) -> &'static str {
    match m {
        Mode::Sea => "Sea",
        Mode::Air => "Air",
        Mode::Road => "Road",
        Mode::Rail => "Rail",
        Mode::Multimodal => "Multimodal",
    }
}

pub(crate) fn row_problem(p: &RowProblem) -> String {
    match p {
        RowProblem::FieldCount { expected, found } => format!("the row has {found} fields but the header has {expected}: look for a separator or quotation mark too many or too few"),
        RowProblem::MissingReference => "the reference is empty".into(),
        RowProblem::MissingDestination => "the destination is empty".into(),
        RowProblem::BadMode(v) => format!(
            "\u{201c}{v}\u{201d} is not a transport mode (sea, air, road, rail, multimodal)"
        ),
        RowProblem::BadCategory(v) => format!("\u{201c}{v}\u{201d} is not an item category"),
        RowProblem::BadDate(v) => {
            format!("\u{201c}{v}\u{201d} is not a date of the form YYYY-MM-DD")
        }
        RowProblem::BadDocument { column, value } => {
            format!("{column}: \u{201c}{value}\u{201d} is not one of none, seen, verified")
        }
    }
}

pub(crate) fn import_error(e: &ImportError) -> String {
    match e {
        ImportError::TooLarge { bytes, limit } => format!(
            "the file is {}; the widget reads files of this kind up to {}",
            file_size(*bytes),
            file_size(*limit)
        ),
        ImportError::NotText { .. } => {
            "it is not UTF-8 text (it may be another kind of file, or saved in another encoding)"
                .into()
        }
        ImportError::NotJson(e) | ImportError::Malformed(e) => json_error(e),
        ImportError::NotAnExport => "it is not an export of this widget".into(),
        ImportError::NewerFormat(v) => {
            format!("it was written in format version {v}, which is newer than this widget reads")
        }
        ImportError::UnknownSet(id) => format!(
            "it answers the question set \u{201c}{id}\u{201d}, which this widget does not have"
        ),
    }
}

/// What is wrong in a JSON file: where the text breaks, or which field and why.
pub(crate) fn json_error(e: &JsonError) -> String {
    let subject = if e.path.is_empty() {
        "the file".to_owned()
    } else {
        format!("the field \u{201c}{}\u{201d}", e.path)
    };
    match &e.kind {
        JsonKind::Syntax => format!(
            "the text is not valid JSON from line {}, column {} on",
            e.line, e.column
        ),
        JsonKind::CutOff => "the file ends too early; it may be incomplete".into(),
        JsonKind::TooDeep => {
            format!("it is nested more than {MAX_DEPTH} levels deep, which no file of this widget is")
        }
        JsonKind::Missing => format!("{subject} is missing"),
        JsonKind::UnknownField => format!("{subject} does not belong in this kind of file"),
        JsonKind::Duplicate => format!("{subject} appears twice"),
        JsonKind::UnknownValue { value, allowed } if allowed.is_empty() => {
            format!("{subject} cannot be \u{201c}{value}\u{201d}")
        }
        JsonKind::UnknownValue { value, allowed } => format!(
            "{subject} cannot be \u{201c}{value}\u{201d} (it takes one of: {})",
            allowed.join(", ")
        ),
        JsonKind::Expected(Expected::Other) | JsonKind::Invalid => {
            format!("{subject} holds a value this kind of file does not allow")
        }
        JsonKind::Expected(x) => format!("{subject} should be {}", expected(*x)),
        JsonKind::NotADate { value } => format!(
            "{subject} holds \u{201c}{value}\u{201d}, which is not a date written YYYY-MM-DD (such as 2026-12-31)"
        ),
    }
}

pub(crate) fn expected(x: Expected) -> &'static str {
    match x {
        Expected::Text => "text",
        Expected::WholeNumber => "a whole number",
        Expected::Number => "a number",
        Expected::TrueFalse => "true or false",
        Expected::List => "a list",
        Expected::Group => "a group of fields",
        Expected::Other => "a value of another kind",
    }
}

pub(crate) fn part_name(p: Part) -> String {
    match p {
        Part::Assessment(i) => format!("its assessment {}", i + 1),
        Part::Register => "its shipment register".into(),
        Part::Lists => "its list edits".into(),
    }
}

pub(crate) fn file_size(bytes: usize) -> String {
    super::size(bytes as u64, ".", ["B", "kB", "MB", "GB", "TB"])
}

/// `n` and the noun in the number it takes.
pub(crate) fn count(n: usize, one: &str, other: &str) -> String {
    let c = super::Count::new(super::Lang::En, n);
    format!("{c} {}", if n == 1 { one } else { other })
}

pub(crate) fn read_error(e: &ReadError) -> String {
    match e {
        ReadError::TooManyCells { limit } => format!(
            "This workbook’s first sheet has more than {} cells, more than the widget reads from one file. Split the shipments over several files.",
            super::Count::new(crate::core::question_set::Lang::En, *limit as usize)
        ),
        ReadError::Empty => "This file is empty: there is no header row and no shipment in it.".into(),
        ReadError::NoRows => "This file has a header row but no shipments under it.".into(),
        ReadError::NotWorkbook { .. } => "This file looks like a workbook (.xlsx) but could not be opened: it may be damaged, or another kind of file. Open it in your spreadsheet program and save it again as .xlsx or CSV.".into(),
        ReadError::NoSheet => "This workbook has no sheet with data in it. Put the shipments on the first sheet.".into(),
        ReadError::OldOrProtectedWorkbook => "This is an Excel 97–2003 (.xls) or password-protected workbook, which the widget cannot read. Save it as .xlsx (without a password) or as CSV, and pick that file.".into(),
        ReadError::NotText => "This file is neither a CSV file nor a workbook (it is not text). Pick a .csv, .txt or .xlsx file.".into(),
    }
}

pub(crate) fn encoding_name(e: Encoding) -> &'static str {
    match e {
        Encoding::Utf8 => "UTF-8",
        Encoding::Utf8Bom => "UTF-8 with a byte-order mark",
        Encoding::Utf16Le => "UTF-16 (Unicode text)",
        Encoding::Utf16Be => "UTF-16 big-endian",
        Encoding::Windows1252 => "Windows-1252 (Western European: the file is not UTF-8)",
    }
}

/// The delimiter as the "separated by …" sentence needs it.
pub(crate) fn separated_by(d: Delimiter) -> &'static str {
    match d {
        Delimiter::Comma => "commas (,)",
        Delimiter::Semicolon => "semicolons (;)",
        Delimiter::Tab => "tabs",
    }
}

pub(crate) fn rows(c: super::Count) -> String {
    if c.n == 1 {
        format!("{c} row")
    } else {
        format!("{c} rows")
    }
}

/// Where a cut cell was, for the message that lists them.
pub(crate) fn cut_place(c: &Cut) -> String {
    let whose = match &c.whose {
        Whose::Assessment => "the assessment".to_owned(),
        Whose::Set => "the question set".to_owned(),
        Whose::Section(t) => format!("section \u{201c}{t}\u{201d}"),
        Whose::Item { question: q, .. } => format!("item \u{201c}{q}\u{201d}"),
        Whose::Shipment(r) => format!("shipment {r}"),
    };
    let field = match c.field {
        CutField::Name => "Name".to_owned(),
        CutField::Title if matches!(c.whose, Whose::Item { .. }) => "Question".to_owned(),
        CutField::Title => "Title".to_owned(),
        CutField::Detail(f) => text(&Msg::Detail(f)),
        CutField::Answer(f) => text(&Msg::FieldLabel(f)),
        CutField::Shipment(f) => text(&Msg::ShipmentField(f)),
        CutField::Transit => "Transit points".to_owned(),
        CutField::Parties => text(&Msg::Party(super::party::PartyMsg::PartiesHeading)),
    };
    format!("{whose} ({field})")
}

/// Why no workbook was written, and what to do instead.
pub(crate) fn xlsx_failure(e: &XlsxError) -> &'static str {
    match e {
        XlsxError::Unavailable(_) => "the part of the widget that writes XLSX could not be loaded, or it stopped (the page may be offline, or the workbook too large for the browser's memory). Try again, or export as CSV.",
        XlsxError::TimedOut(_) => "the part of the widget that writes XLSX did not start in time (the connection may be slow, or the page offline). Try again, or export as CSV.",
        XlsxError::Blocked(_) => "this page's security policy (Trusted Types) does not let the widget start the part that writes XLSX. Export as CSV, or ask the site's administrator to allow the Trusted Types policy \"att-diligence\".",
        XlsxError::TooManyRows(_) => "it would have more rows than a worksheet holds (1,048,576). Export as CSV or JSON instead.",
        XlsxError::Refused(_) => "the XLSX writer refused it. Export as CSV or JSON instead.",
    }
}
