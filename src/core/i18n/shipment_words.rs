//! Which key and which arguments each shipment-screening and batch message takes, written
//! once for every language (the words are in `catalog/*.json`).

use super::format::{args, Key, R};
use super::words::{integrity, level_name, shipment_field};
use super::Msg;
use crate::core::batch::{Delimiter, Format};
use crate::core::rules::Document;
use crate::core::screening::Level;
use crate::core::shipment::{Category, DocStatus};

impl R<'_> {
    pub(super) fn text_screening(&self, msg: &Msg) -> String {
        match msg {
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
            other => self.text_batch(other),
        }
    }

    fn text_batch(&self, msg: &Msg) -> String {
        match msg {
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
            other => self.text_storage(other),
        }
    }
}
