//! Which key and which arguments each interface message takes, written once for every
//! language; the words are the languages' tables (`catalog/*.json`).

use super::format::{args, Key, R};
use super::{lang_name, Msg};
use crate::core::assessment::{DetailField, Field, Status};
use crate::core::backup::{BackupError, Persistence};
use crate::core::batch::{Delimiter, Format};
use crate::core::export::{ImportError, Integrity};
use crate::core::export_format::ExportFormat;
use crate::core::question_set::{ModuleKind, Severity};
use crate::core::register::TextField;
use crate::core::role::Role;
use crate::core::rules::Document;
use crate::core::saved::{LoadError, SavedPart};
use crate::core::screening::Level;
use crate::core::shipment::{Category, DocStatus};
use crate::core::summary::Filter;

impl R<'_> {
    /// Every message, one arm each: a message without its arm does not compile.
    pub fn text(&self, msg: &Msg) -> String {
        match msg {
            Msg::Party(m) => self.party(m),
            Msg::AppTitle => self.t(Key::AppTitle),
            Msg::Progress { answered, total } => {
                self.f(Key::Progress, args![answered = answered, total = total])
            }
            Msg::StatusLabel(s) => self.t(status(*s)),
            Msg::ToInvestigate => self.t(Key::StatusToInvestigate),
            Msg::Note => self.t(Key::Note),
            Msg::Guidance => self.t(Key::Guidance),
            Msg::Articles(list) => self.f(Key::Articles, args![list = list]),
            Msg::Language => self.t(Key::Language),
            Msg::LangName(l) => lang_name(*l),
            Msg::Modules => self.t(Key::Modules),
            Msg::RolesHeading => self.t(Key::RolesHeading),
            Msg::RolesLead => self.t(Key::RolesLead),
            Msg::RoleName(r) => self.t(match r {
                Role::Programme => Key::RoleProgramme,
                Role::Logistics => Key::RoleLogistics,
                Role::Reader => Key::RoleReader,
            }),
            Msg::RoleHint(r) => self.t(match r {
                Role::Programme => Key::RoleProgrammeHint,
                Role::Logistics => Key::RoleLogisticsHint,
                Role::Reader => Key::RoleReaderHint,
            }),
            Msg::RolesSkip => self.t(Key::RolesSkip),
            Msg::ModuleName(m) => self.t(match m {
                ModuleKind::Programme => Key::ModuleProgramme,
                ModuleKind::Screening => Key::ModuleScreening,
                ModuleKind::Gbv74 => Key::ModuleGbv74,
                ModuleKind::Reassessment => Key::ModuleReassessment,
                ModuleKind::Resources => Key::ModuleResources,
            }),
            Msg::Severity(s) => self.t(match s {
                Severity::Stop => Key::SeverityStop,
                Severity::Inquire => Key::SeverityInquire,
                Severity::Context => Key::SeverityContext,
            }),
            Msg::Modes(ms) => {
                let names: Vec<String> = ms.iter().map(|m| self.t(self.mode(*m))).collect();
                let list = names.join(&self.t(Key::SeparatorComma));
                self.f(Key::Modes, args![list = list])
            }
            Msg::Step(n) => self.f(Key::Step, args![n = n]),
            Msg::Inquiry => self.t(Key::Inquiry),
            Msg::Sources => self.t(Key::Sources),
            Msg::SeedSource { section, lines } => self.f(
                Key::SourceSeed,
                args![section = section, from = lines[0], to = lines[1]],
            ),
            Msg::PublicSource { title, reference } => self.f(
                Key::SourcePublic,
                args![title = title, reference = reference],
            ),
            Msg::CustomSetLoad => self.t(Key::CustomSetLoad),
            Msg::CustomSetLoaded(title) => {
                let title = title.get(self.lang);
                self.f(Key::CustomSetLoaded, args![title = title])
            }
            Msg::CustomSetRejected(e) => {
                let reason = self.custom_set_error(e);
                self.f(Key::CustomSetRejected, args![reason = reason])
            }
            Msg::CustomSetIdTaken(id) => self.f(Key::CustomSetIdTaken, args![id = id]),
            Msg::FileUnreadable => self.t(Key::FileUnreadable),
            Msg::CustomBadge => self.t(Key::CustomSetBadge),
            Msg::Assessment => self.t(Key::Assessment),
            Msg::NewAssessment => self.t(Key::AssessmentNew),
            Msg::Rename => self.t(Key::Rename),
            Msg::Duplicate => self.t(Key::Duplicate),
            Msg::Delete => self.t(Key::Delete),
            Msg::Save => self.t(Key::Save),
            Msg::Cancel => self.t(Key::Cancel),
            Msg::AssessmentNumber(n) => self.f(Key::AssessmentNumber, args![n = n]),
            Msg::CopyOf(name) => self.f(Key::AssessmentCopyOf, args![name = name]),
            Msg::AssessmentName => self.t(Key::AssessmentName),
            Msg::ConfirmDelete(name) => self.f(Key::AssessmentConfirmDelete, args![name = name]),
            Msg::AssessmentActions => self.t(Key::AssessmentActions),
            Msg::DetailsHeading => self.t(Key::DetailsHeading),
            Msg::Detail(d) => self.t(detail(*d)),
            Msg::Evidence => self.t(Key::Evidence),
            Msg::FieldLabel(f) => self.t(field(*f)),
            Msg::GapPlan => self.t(Key::GapPlan),
            Msg::Filter => self.t(Key::Filter),
            Msg::FilterName(f) => self.t(match f {
                Filter::All => Key::FilterAll,
                Filter::Unanswered => Key::FilterUnanswered,
                Filter::Gaps => Key::FilterGaps,
            }),
            Msg::View => self.t(Key::View),
            Msg::ViewChecklist => self.t(Key::ViewChecklist),
            Msg::ViewSummary => self.t(Key::ViewSummary),
            Msg::Sections => self.t(Key::Sections),
            Msg::NothingToShow => self.t(Key::FilterNothing),
            Msg::SummarySections => self.t(Key::SummarySections),
            Msg::SummaryActionPlan => self.t(Key::SummaryActionPlan),
            Msg::SummaryNotApplicable => self.t(Key::SummaryNotApplicable),
            Msg::NoGaps => self.t(Key::SummaryNoGaps),
            Msg::NoNotApplicable => self.t(Key::SummaryNoNotApplicable),
            Msg::ColSection => self.t(Key::ColumnSection),
            Msg::ColItem => self.t(Key::ColumnItem),
            Msg::ColStatus => self.t(Key::ColumnStatus),
            Msg::ColAnswered => self.t(Key::ColumnAnswered),
            Msg::ColGaps => self.t(Key::ColumnGaps),
            Msg::ColOwner => self.t(Key::ColumnOwner),
            Msg::ColDue => self.t(Key::ColumnDue),
            Msg::ColReason => self.t(Key::ColumnReason),
            Msg::Unassigned => self.t(Key::Unassigned),
            Msg::SetChanged {
                from,
                to,
                new_items,
                retired,
            } => {
                let new_items = self.p(Key::SetChangedNewItems, *new_items, &[]);
                let retired = self.p(Key::SetChangedRetired, *retired, &[]);
                self.f(
                    Key::SetChanged,
                    args![
                        from = from,
                        to = to,
                        new_items = new_items,
                        retired = retired
                    ],
                )
            }
            Msg::RetiredAnswers(list) => self.f(Key::RetiredAnswers, args![list = list]),
            Msg::SheetSummary => self.t(Key::SheetSummary),
            Msg::SheetShipments => self.t(Key::SheetShipments),
            Msg::ExportShipment => self.t(Key::ExportShipment),
            Msg::SheetItems => self.t(Key::SheetItems),
            Msg::XlsxFailed(e) => {
                let reason = self.t(self.xlsx_failure(e));
                self.f(Key::XlsxFailed, args![reason = reason])
            }
            Msg::XlsxCut(cuts) => {
                let places = super::cut_list(
                    cuts,
                    |c| self.cut_place(c),
                    &self.t(Key::XlsxCutSeparator),
                    |m| self.p(Key::XlsxCutMore, m, &[]),
                );
                self.p(Key::XlsxCut, cuts.len(), args![places = places])
            }
            Msg::Fingerprint => self.t(Key::Fingerprint),
            Msg::AllAnswers => self.t(Key::AllAnswers),
            Msg::NotAnswered => self.t(Key::NotAnswered),
            Msg::ChartHeading => self.t(Key::ChartHeading),
            Msg::ChartOverall => self.t(Key::ChartOverall),
            Msg::ChartFindings => self.t(Key::ChartFindings),
            Msg::ChartText {
                title,
                parts,
                total,
            } => {
                let total = self.n(*total);
                if parts.is_empty() {
                    return self.f(Key::ChartTextEmpty, args![title = title, total = total]);
                }
                let parts: Vec<String> = parts
                    .iter()
                    .map(|(label, n)| {
                        self.f(Key::ChartTextPart, args![label = label, n = self.n(*n)])
                    })
                    .collect();
                let parts = parts.join(&self.t(Key::ChartTextSeparator));
                self.f(
                    Key::ChartText,
                    args![title = title, parts = parts, total = total],
                )
            }
            Msg::ExportAs => self.t(Key::Export),
            Msg::ExportFormat(f) => self.t(match f {
                ExportFormat::Json => Key::ExportJson,
                ExportFormat::Csv => Key::ExportCsv,
                ExportFormat::Markdown => Key::ExportMarkdown,
                ExportFormat::Xlsx => Key::ExportXlsx,
                ExportFormat::Html => Key::ExportHtml,
            }),
            Msg::Import => self.t(Key::Import),
            Msg::ImportPreview {
                name,
                organisation,
                answered,
                total,
            } => {
                if organisation.is_empty() {
                    self.p(
                        Key::ImportPreview,
                        *total,
                        args![name = name, answered = answered],
                    )
                } else {
                    self.p(
                        Key::ImportPreviewOrganisation,
                        *total,
                        args![
                            name = name,
                            organisation = organisation,
                            answered = answered
                        ],
                    )
                }
            }
            Msg::ImportIntegrity(i) => self.t(integrity(*i)),
            Msg::ImportSetDiffers => self.t(Key::ImportSetDiffers),
            Msg::ImportMigrated(v) => self.f(Key::ImportMigrated, args![version = v]),
            Msg::ImportAsNew => self.t(Key::ImportAsNew),
            Msg::ImportReplace => self.t(Key::ImportReplace),
            Msg::ImportedName => self.t(Key::ImportDefaultName),
            Msg::ImportDone(name) => self.f(Key::ImportDone, args![name = name]),
            Msg::ImportFailed(e) => {
                let reason = self.import_error(e);
                self.f(Key::ImportFailed, args![reason = reason])
            }
            Msg::Acknowledge => self.t(Key::Acknowledge),
            Msg::Register => self.t(Key::Register),
            Msg::NewShipment => self.t(Key::ShipmentNew),
            Msg::NewShipmentReference(n) => self.f(Key::ShipmentDefaultReference, args![n = n]),
            Msg::OpenShipment(r) => self.f(Key::ShipmentOpen, args![reference = r]),
            Msg::BackToRegister => self.t(Key::RegisterBack),
            Msg::RemoveShipment => self.t(Key::ShipmentRemove),
            Msg::ConfirmRemoveShipment(r) => {
                self.f(Key::ShipmentConfirmRemove, args![reference = r])
            }
            Msg::ShipmentRecord => self.t(Key::ShipmentRecord),
            Msg::ShipmentField(f) => self.t(shipment_field(*f)),
            Msg::ModeLabel => self.t(Key::Mode),
            Msg::ModeName(m) => self.t(self.mode(*m)),
            Msg::Unknown => self.t(Key::Unknown),
            Msg::CategoryLabel => self.t(Key::Category),
            Msg::CategoryName(c) => self.t(match c {
                Category::BattleTanks => Key::CategoryBattleTanks,
                Category::ArmouredCombatVehicles => Key::CategoryArmouredCombatVehicles,
                Category::LargeCalibreArtillery => Key::CategoryLargeCalibreArtillery,
                Category::CombatAircraft => Key::CategoryCombatAircraft,
                Category::AttackHelicopters => Key::CategoryAttackHelicopters,
                Category::Warships => Key::CategoryWarships,
                Category::MissilesAndLaunchers => Key::CategoryMissilesAndLaunchers,
                Category::SmallArmsLightWeapons => Key::CategorySmallArmsLightWeapons,
                Category::Ammunition => Key::CategoryAmmunition,
                Category::PartsComponents => Key::CategoryPartsComponents,
            }),
            Msg::TransitLabel => self.t(Key::Transit),
            Msg::DocumentsHeading => self.t(Key::DocumentsHeading),
            Msg::DocumentName(d) => self.t(match d {
                Document::EndUserCertificate => Key::DocumentEndUserCertificate,
                Document::ExportLicence => Key::DocumentExportLicence,
                Document::TransportDocuments => Key::DocumentTransportDocuments,
            }),
            Msg::DocStatusName(d) => self.t(match d {
                DocStatus::NotSeen => Key::DocumentNotSeen,
                DocStatus::Seen => Key::DocumentSeen,
                DocStatus::Verified => Key::DocumentVerified,
            }),
            Msg::Indicators => self.t(Key::Indicators),
            Msg::CheckPresent => self.t(Key::CheckPresent),
            Msg::CheckNotPresent => self.t(Key::CheckNotPresent),
            Msg::CheckNotChecked => self.t(Key::CheckNotChecked),
            Msg::RuleContains { value, word } => {
                self.f(Key::RuleContains, args![value = value, word = word])
            }
            Msg::AutomaticRule(detail) => self.f(Key::RuleAutomatic, args![detail = detail]),
            Msg::FindingHeading => self.t(Key::FindingHeading),
            Msg::FindingTitle(l) => {
                let level = self.t(level_name(*l));
                self.f(Key::FindingTitle, args![level = level])
            }
            Msg::LevelName(l) => self.t(level_name(*l)),
            Msg::LevelExplain(l) => self.t(match l {
                Level::Stop => Key::LevelStopExplain,
                Level::Inquire => Key::LevelInquireExplain,
                Level::Incomplete => Key::LevelIncompleteExplain,
                Level::NoRedFlags => Key::LevelNoRedFlagsExplain,
            }),
            Msg::NotApproval => self.t(Key::FindingNotApproval),
            Msg::DrivenBy => self.t(Key::FindingDrivenBy),
            Msg::QuestionsToAsk => self.t(Key::FindingQuestions),
            Msg::ContextNoted => self.t(Key::FindingContextNoted),
            Msg::UncheckedCount(n) => self.p(Key::FindingUnchecked, *n, &[]),
            Msg::OverridingRiskFound => self.t(Key::FindingOverridingRisk),
            Msg::FilterByFinding => self.t(Key::RegisterFilter),
            Msg::AllFindings => self.t(Key::RegisterFilterAll),
            Msg::RowsShown { shown, total } => self.p(
                Key::RegisterRowsShown,
                total.n,
                args![count = total, shown = shown],
            ),
            Msg::SortAdded => self.t(Key::RegisterSortAdded),
            Msg::SortBy => self.t(Key::RegisterSortBy),
            Msg::Gbv74Heading => self.t(Key::Gbv74Heading),
            Msg::Gbv74Intro => self.t(Key::Gbv74Intro),
            Msg::CompleteStep(n) => self.f(Key::Gbv74CompleteStep, args![n = n]),
            Msg::ReopenStep(n) => self.f(Key::Gbv74ReopenStep, args![n = n]),
            Msg::StepDone => self.t(Key::Gbv74StepDone),
            Msg::StepLocked => self.t(Key::Gbv74StepLocked),
            Msg::MitigationQuestion => self.t(Key::Gbv74Mitigation),
            Msg::OverridingQuestion => self.t(Key::Gbv74Overriding),
            Msg::Yes => self.t(Key::Yes),
            Msg::No => self.t(Key::No),
            Msg::BatchImport => self.t(Key::Batch),
            Msg::BatchTemplate => self.t(Key::BatchTemplate),
            Msg::BatchMapping => self.t(Key::BatchMapping),
            Msg::BatchIgnore => self.t(Key::BatchIgnore),
            Msg::BatchScreen => self.t(Key::BatchScreen),
            Msg::BatchReading => self.t(Key::BatchReading),
            Msg::BatchUnreadable(e) => self.read_error(e),
            Msg::BatchTooLarge { bytes, limit } => {
                let (size, limit) = (self.size(*bytes), self.size(*limit));
                self.f(Key::BatchTooLarge, args![size = size, limit = limit])
            }
            Msg::BatchWorkerFailed(_) => self.t(Key::BatchWorkerFailed),
            Msg::BatchFormat(Format::Csv {
                encoding,
                delimiter,
                ..
            }) => {
                let encoding = self.t(self.encoding(*encoding));
                let separator = self.t(self.separated_by(*delimiter));
                self.f(
                    Key::BatchFormatCsv,
                    args![encoding = encoding, separator = separator],
                )
            }
            Msg::BatchFormat(Format::Xlsx { sheet, sheets }) if *sheets > 1 => self.f(
                Key::BatchFormatXlsxSheets,
                args![sheet = sheet, sheets = sheets],
            ),
            Msg::BatchFormat(Format::Xlsx { sheet, .. }) => {
                self.f(Key::BatchFormatXlsx, args![sheet = sheet])
            }
            Msg::BatchDelimiter => self.t(Key::BatchDelimiter),
            Msg::DelimiterName(d) => self.t(match d {
                Delimiter::Comma => Key::DelimiterComma,
                Delimiter::Semicolon => Key::DelimiterSemicolon,
                Delimiter::Tab => Key::DelimiterTab,
            }),
            Msg::TechnicalDetails => self.t(Key::TechnicalDetails),
            Msg::TryAgain => self.t(Key::TryAgain),
            Msg::BatchResult { screened, rejected } => {
                let screened = self.p(
                    Key::BatchResultScreened,
                    screened.n,
                    args![count = screened],
                );
                let rejected = self.p(
                    Key::BatchResultRejected,
                    rejected.n,
                    args![count = rejected],
                );
                self.f(
                    Key::BatchResult,
                    args![screened = screened, rejected = rejected],
                )
            }
            Msg::RowError {
                line,
                problem,
                sheet,
            } => {
                let problem = self.row_problem(problem);
                let key = if *sheet {
                    Key::RowErrorRow
                } else {
                    Key::RowErrorLine
                };
                self.f(key, args![line = line, problem = problem])
            }
            Msg::ReferenceLists => self.t(Key::ListsReference),
            Msg::JurisdictionsHeading => self.t(Key::JurisdictionsHeading),
            Msg::JurisdictionsHelp => self.t(Key::JurisdictionsHelp),
            Msg::JurisdictionsCounted(names) => {
                self.f(Key::JurisdictionsCounted, args![names = names])
            }
            Msg::UnSecurityCouncil => self.t(Key::UnSecurityCouncil),
            Msg::ListAsOf(d) => self.f(Key::ListsAsOf, args![date = d]),
            Msg::ExportedOn(d) => self.f(Key::ExportedOn, args![date = d]),
            Msg::ListEntries(n) => self.p(Key::ListsEntries, *n, &[]),
            Msg::ListRemoveEntry(name) => self.f(Key::ListsRemoveEntry, args![name = name]),
            Msg::ListAddEntry => self.t(Key::ListsAddEntry),
            Msg::ListEntryName => self.t(Key::ListsEntryName),
            Msg::ListEntryAliases => self.t(Key::ListsEntryAliases),
            Msg::ListsChanged => self.t(Key::ListsChanged),
            Msg::ImportRegister => self.t(Key::RegisterImport),
            Msg::RegisterImported {
                shipments,
                integrity: i,
            } => {
                let integrity = self.t(integrity(*i));
                self.p(
                    Key::RegisterImported,
                    *shipments,
                    args![integrity = integrity],
                )
            }
            Msg::ChangedInAnotherTab => self.t(Key::StorageChangedInAnotherTab),
            Msg::OpeningStorage => self.t(Key::StorageOpening),
            Msg::PartLoading => self.t(Key::PartLoading),
            Msg::PartUnavailable => self.t(Key::PartUnavailable),
            Msg::StorageWrittenBack => self.t(Key::StorageWrittenBack),
            Msg::StorageNewer => self.t(Key::StorageNewer),
            Msg::StorageUnavailable => self.t(Key::StorageUnavailable),
            Msg::StorageFull => self.t(Key::StorageFull),
            Msg::SavedWorkUnreadable(e) => {
                let reason = self.load_error(e);
                self.f(Key::StorageUnreadable, args![reason = reason])
            }
            Msg::SavedPartUnreadable(part, e) => {
                let what = self.t(match part {
                    SavedPart::ListEdits => Key::StoragePartListEdits,
                    SavedPart::Jurisdictions => Key::StoragePartJurisdictions,
                    SavedPart::PartyDecisions => Key::StoragePartPartyDecisions,
                });
                let why = self.t(match e {
                    LoadError::UnsupportedVersion(_) => Key::StoragePartNewer,
                    _ => Key::StoragePartNotOurs,
                });
                self.f(Key::StoragePart, args![what = what, why = why])
            }
            Msg::TranslationForReview => self.t(Key::TranslationForReview),
            Msg::LanguagePackFailed(l) => {
                let language = lang_name(*l);
                self.f(Key::LanguagePackFailed, args![language = language])
            }
            Msg::YourData => self.t(Key::YourData),
            Msg::YourDataIntro => self.t(Key::YourDataIntro),
            Msg::BackupDownload => self.t(Key::BackupDownload),
            Msg::BackupRestore => self.t(Key::BackupRestore),
            Msg::BackupPreview {
                assessments,
                shipments,
                custom_sets,
            } => {
                let a = self.p(Key::BackupPreviewAssessments, *assessments, &[]);
                let s = self.p(Key::BackupPreviewShipments, *shipments, &[]);
                let c = self.p(Key::BackupPreviewCustomSets, *custom_sets, &[]);
                self.f(
                    Key::BackupPreview,
                    args![assessments = a, shipments = s, custom_sets = c],
                )
            }
            Msg::BackupConfirm => self.t(Key::BackupConfirm),
            Msg::BackupRestored {
                assessments,
                shipments,
            } => {
                let a = self.p(Key::BackupRestoredAssessments, *assessments, &[]);
                let s = self.p(Key::BackupRestoredShipments, *shipments, &[]);
                self.f(Key::BackupRestored, args![assessments = a, shipments = s])
            }
            Msg::BackupFailed(e) => {
                let reason = match e {
                    BackupError::File(ImportError::NotAnExport) => self.t(Key::BackupNotABackup),
                    BackupError::File(e) => self.import_error(e),
                    BackupError::Part { part, error } => {
                        let part = self.part_name(*part);
                        let reason = self.import_error(error);
                        self.f(Key::BackupPart, args![part = part, reason = reason])
                    }
                    BackupError::CustomSet(e) => {
                        let reason = self.custom_set_error(e);
                        self.f(Key::BackupCustomSet, args![reason = reason])
                    }
                };
                self.f(Key::BackupFailed, args![reason = reason])
            }
            Msg::Persistence(p) => self.t(match p {
                Persistence::Granted => Key::PersistenceGranted,
                Persistence::NotGranted => Key::PersistenceNotGranted,
                Persistence::Unsupported => Key::PersistenceUnsupported,
            }),
            Msg::PersistAsk => self.t(Key::PersistenceAsk),
            Msg::StorageUsage { used, quota } => {
                let (used, quota) = (self.size(*used), self.size(*quota));
                self.f(Key::StorageUsage, args![used = used, quota = quota])
            }
            Msg::LastBackup(Some(d)) => self.f(Key::BackupLast, args![date = d]),
            Msg::LastBackup(None) => self.t(Key::BackupNever),
            Msg::BackupReminder => self.t(Key::BackupReminder),
            Msg::WidgetVersion(v) => self.f(Key::WidgetVersion, args![version = v]),
            Msg::ContentBroken(_) => self.t(Key::ContentBroken),
        }
    }

    /// A number of bytes with the language's unit and decimal sign.
    pub fn size(&self, bytes: u64) -> String {
        let units = [
            self.t(Key::UnitB),
            self.t(Key::UnitKb),
            self.t(Key::UnitMb),
            self.t(Key::UnitGb),
            self.t(Key::UnitTb),
        ];
        let units = units.each_ref().map(String::as_str);
        super::size(bytes, &self.t(Key::NumberDecimal), units)
    }
}

fn status(s: Status) -> Key {
    match s {
        Status::InPlace => Key::StatusInPlace,
        Status::PartlyInPlace => Key::StatusPartlyInPlace,
        Status::NotInPlace => Key::StatusNotInPlace,
        Status::NotApplicable => Key::StatusNotApplicable,
        Status::Unsure => Key::StatusUnsure,
    }
}

pub(super) fn detail(d: DetailField) -> Key {
    match d {
        DetailField::Organisation => Key::DetailsOrganisation,
        DetailField::Assessor => Key::DetailsAssessor,
        DetailField::Date => Key::DetailsDate,
        DetailField::Scope => Key::DetailsScope,
    }
}

pub(super) fn field(f: Field) -> Key {
    match f {
        Field::Note => Key::FieldNote,
        Field::EvidenceDocument => Key::FieldEvidenceDocument,
        Field::EvidenceDate => Key::FieldEvidenceDate,
        Field::EvidenceLocation => Key::FieldEvidenceLocation,
        Field::Owner => Key::FieldOwner,
        Field::Due => Key::FieldDue,
    }
}

pub(super) fn shipment_field(f: TextField) -> Key {
    match f {
        TextField::Reference => Key::ShipmentReference,
        TextField::Date => Key::ShipmentDate,
        TextField::Consignor => Key::ShipmentConsignor,
        TextField::Consignee => Key::ShipmentConsignee,
        TextField::EndUser => Key::ShipmentEndUser,
        TextField::EndUse => Key::ShipmentEndUse,
        TextField::Destination => Key::ShipmentDestination,
        TextField::Description => Key::ShipmentDescription,
        TextField::Quantity => Key::ShipmentQuantity,
        TextField::Value => Key::ShipmentValue,
        TextField::Exemption => Key::ShipmentExemption,
        TextField::Broker => Key::ShipmentBroker,
        TextField::Carrier => Key::ShipmentCarrier,
        TextField::Vessel => Key::ShipmentVessel,
    }
}

fn integrity(i: Integrity) -> Key {
    match i {
        Integrity::Intact => Key::IntegrityIntact,
        Integrity::Altered => Key::IntegrityAltered,
        Integrity::Unsigned => Key::IntegrityUnsigned,
    }
}

fn level_name(l: Level) -> Key {
    match l {
        Level::Stop => Key::LevelStop,
        Level::Inquire => Key::LevelInquire,
        Level::Incomplete => Key::LevelIncomplete,
        Level::NoRedFlags => Key::LevelNoRedFlags,
    }
}
