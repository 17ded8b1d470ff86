#![allow(dead_code)] // Bootstrap: not yet wired in.
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
    pub fn text(&self, msg: &Msg) -> String {
        match msg {
            Msg::Party(m) => self.party(m),
            Msg::AppTitle => self.t("app.title"),
            Msg::Progress { answered, total } => {
                self.f("progress", args![answered = answered, total = total])
            }
            Msg::StatusLabel(s) => self.t(status(*s)),
            Msg::ToInvestigate => self.t("status.to-investigate"),
            Msg::Note => self.t("note"),
            Msg::Guidance => self.t("guidance"),
            Msg::Articles(list) => self.f("articles", args![list = list]),
            Msg::Language => self.t("language"),
            Msg::LangName(l) => lang_name(*l),
            Msg::Modules => self.t("modules"),
            Msg::RolesHeading => self.t("roles.heading"),
            Msg::RolesLead => self.t("roles.lead"),
            Msg::RoleName(r) => self.t(match r {
                Role::Programme => "role.programme",
                Role::Logistics => "role.logistics",
                Role::Reader => "role.reader",
            }),
            Msg::RoleHint(r) => self.t(match r {
                Role::Programme => "role.programme.hint",
                Role::Logistics => "role.logistics.hint",
                Role::Reader => "role.reader.hint",
            }),
            Msg::RolesSkip => self.t("roles.skip"),
            Msg::ModuleName(m) => self.t(match m {
                ModuleKind::Programme => "module.programme",
                ModuleKind::Screening => "module.screening",
                ModuleKind::Gbv74 => "module.gbv74",
                ModuleKind::Reassessment => "module.reassessment",
                ModuleKind::Resources => "module.resources",
            }),
            Msg::Severity(s) => self.t(match s {
                Severity::Stop => "severity.stop",
                Severity::Inquire => "severity.inquire",
                Severity::Context => "severity.context",
            }),
            Msg::Modes(ms) => {
                let names: Vec<String> = ms.iter().map(|m| self.t(self.mode(*m))).collect();
                let list = names.join(&self.t("separator.comma"));
                self.f("modes", args![list = list])
            }
            Msg::Step(n) => self.f("step", args![n = n]),
            Msg::Inquiry => self.t("inquiry"),
            Msg::Sources => self.t("sources"),
            Msg::SeedSource { section, lines } => self.f(
                "source.seed",
                args![section = section, from = lines[0], to = lines[1]],
            ),
            Msg::PublicSource { title, reference } => {
                self.f("source.public", args![title = title, reference = reference])
            }
            Msg::CustomSetLoad => self.t("custom-set.load"),
            Msg::CustomSetLoaded(title) => {
                let title = title.get(self.lang);
                self.f("custom-set.loaded", args![title = title])
            }
            Msg::CustomSetRejected(e) => {
                let reason = self.custom_set_error(e);
                self.f("custom-set.rejected", args![reason = reason])
            }
            Msg::CustomSetIdTaken(id) => self.f("custom-set.id-taken", args![id = id]),
            Msg::FileUnreadable => self.t("file-unreadable"),
            Msg::CustomBadge => self.t("custom-set.badge"),
            Msg::Assessment => self.t("assessment"),
            Msg::NewAssessment => self.t("assessment.new"),
            Msg::Rename => self.t("rename"),
            Msg::Duplicate => self.t("duplicate"),
            Msg::Delete => self.t("delete"),
            Msg::Save => self.t("save"),
            Msg::Cancel => self.t("cancel"),
            Msg::AssessmentNumber(n) => self.f("assessment.number", args![n = n]),
            Msg::CopyOf(name) => self.f("assessment.copy-of", args![name = name]),
            Msg::AssessmentName => self.t("assessment.name"),
            Msg::ConfirmDelete(name) => self.f("assessment.confirm-delete", args![name = name]),
            Msg::AssessmentActions => self.t("assessment.actions"),
            Msg::DetailsHeading => self.t("details.heading"),
            Msg::Detail(d) => self.t(detail(*d)),
            Msg::Evidence => self.t("evidence"),
            Msg::FieldLabel(f) => self.t(field(*f)),
            Msg::GapPlan => self.t("gap-plan"),
            Msg::Filter => self.t("filter"),
            Msg::FilterName(f) => self.t(match f {
                Filter::All => "filter.all",
                Filter::Unanswered => "filter.unanswered",
                Filter::Gaps => "filter.gaps",
            }),
            Msg::View => self.t("view"),
            Msg::ViewChecklist => self.t("view.checklist"),
            Msg::ViewSummary => self.t("view.summary"),
            Msg::Sections => self.t("sections"),
            Msg::NothingToShow => self.t("filter.nothing"),
            Msg::SummarySections => self.t("summary.sections"),
            Msg::SummaryActionPlan => self.t("summary.action-plan"),
            Msg::SummaryNotApplicable => self.t("summary.not-applicable"),
            Msg::NoGaps => self.t("summary.no-gaps"),
            Msg::NoNotApplicable => self.t("summary.no-not-applicable"),
            Msg::ColSection => self.t("column.section"),
            Msg::ColItem => self.t("column.item"),
            Msg::ColStatus => self.t("column.status"),
            Msg::ColAnswered => self.t("column.answered"),
            Msg::ColGaps => self.t("column.gaps"),
            Msg::ColOwner => self.t("column.owner"),
            Msg::ColDue => self.t("column.due"),
            Msg::ColReason => self.t("column.reason"),
            Msg::Unassigned => self.t("unassigned"),
            Msg::SetChanged {
                from,
                to,
                new_items,
                retired,
            } => {
                let new_items = self.p("set-changed.new-items", *new_items, &[]);
                let retired = self.p("set-changed.retired", *retired, &[]);
                self.f(
                    "set-changed",
                    args![
                        from = from,
                        to = to,
                        new_items = new_items,
                        retired = retired
                    ],
                )
            }
            Msg::RetiredAnswers(list) => self.f("retired-answers", args![list = list]),
            Msg::SheetSummary => self.t("sheet.summary"),
            Msg::SheetShipments => self.t("sheet.shipments"),
            Msg::ExportShipment => self.t("export.shipment"),
            Msg::SheetItems => self.t("sheet.items"),
            Msg::XlsxFailed(e) => {
                let reason = self.t(self.xlsx_failure(e));
                self.f("xlsx.failed", args![reason = reason])
            }
            Msg::XlsxCut(cuts) => {
                let places = super::cut_list(
                    cuts,
                    |c| self.cut_place(c),
                    &self.t("xlsx.cut.separator"),
                    |m| self.p("xlsx.cut.more", m, &[]),
                );
                self.p("xlsx.cut", cuts.len(), args![places = places])
            }
            Msg::Fingerprint => self.t("fingerprint"),
            Msg::AllAnswers => self.t("all-answers"),
            Msg::NotAnswered => self.t("not-answered"),
            Msg::ChartHeading => self.t("chart.heading"),
            Msg::ChartOverall => self.t("chart.overall"),
            Msg::ChartFindings => self.t("chart.findings"),
            Msg::ChartText {
                title,
                parts,
                total,
            } => {
                let total = self.n(*total);
                if parts.is_empty() {
                    return self.f("chart.text.empty", args![title = title, total = total]);
                }
                let parts: Vec<String> = parts
                    .iter()
                    .map(|(label, n)| {
                        self.f("chart.text.part", args![label = label, n = self.n(*n)])
                    })
                    .collect();
                let parts = parts.join(&self.t("chart.text.separator"));
                self.f(
                    "chart.text",
                    args![title = title, parts = parts, total = total],
                )
            }
            Msg::ExportAs => self.t("export"),
            Msg::ExportFormat(f) => self.t(match f {
                ExportFormat::Json => "export.json",
                ExportFormat::Csv => "export.csv",
                ExportFormat::Markdown => "export.markdown",
                ExportFormat::Xlsx => "export.xlsx",
                ExportFormat::Html => "export.html",
            }),
            Msg::Import => self.t("import"),
            Msg::ImportPreview {
                name,
                organisation,
                answered,
                total,
            } => {
                if organisation.is_empty() {
                    self.p(
                        "import.preview",
                        *total,
                        args![name = name, answered = answered],
                    )
                } else {
                    self.p(
                        "import.preview.organisation",
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
            Msg::ImportSetDiffers => self.t("import.set-differs"),
            Msg::ImportMigrated(v) => self.f("import.migrated", args![version = v]),
            Msg::ImportAsNew => self.t("import.as-new"),
            Msg::ImportReplace => self.t("import.replace"),
            Msg::ImportedName => self.t("import.default-name"),
            Msg::ImportDone(name) => self.f("import.done", args![name = name]),
            Msg::ImportFailed(e) => {
                let reason = self.import_error(e);
                self.f("import.failed", args![reason = reason])
            }
            Msg::Acknowledge => self.t("acknowledge"),
            other => self.text_screening(other),
        }
    }

    fn text_screening(&self, msg: &Msg) -> String {
        match msg {
            Msg::Register => self.t("register"),
            Msg::NewShipment => self.t("shipment.new"),
            Msg::NewShipmentReference(n) => self.f("shipment.default-reference", args![n = n]),
            Msg::OpenShipment(r) => self.f("shipment.open", args![reference = r]),
            Msg::BackToRegister => self.t("register.back"),
            Msg::RemoveShipment => self.t("shipment.remove"),
            Msg::ConfirmRemoveShipment(r) => {
                self.f("shipment.confirm-remove", args![reference = r])
            }
            Msg::ShipmentRecord => self.t("shipment.record"),
            Msg::ShipmentField(f) => self.t(shipment_field(*f)),
            Msg::ModeLabel => self.t("mode"),
            Msg::ModeName(m) => self.t(self.mode(*m)),
            Msg::Unknown => self.t("unknown"),
            Msg::CategoryLabel => self.t("category"),
            Msg::CategoryName(c) => self.t(match c {
                Category::BattleTanks => "category.battle-tanks",
                Category::ArmouredCombatVehicles => "category.armoured-combat-vehicles",
                Category::LargeCalibreArtillery => "category.large-calibre-artillery",
                Category::CombatAircraft => "category.combat-aircraft",
                Category::AttackHelicopters => "category.attack-helicopters",
                Category::Warships => "category.warships",
                Category::MissilesAndLaunchers => "category.missiles-and-launchers",
                Category::SmallArmsLightWeapons => "category.small-arms-light-weapons",
                Category::Ammunition => "category.ammunition",
                Category::PartsComponents => "category.parts-components",
            }),
            Msg::TransitLabel => self.t("transit"),
            Msg::DocumentsHeading => self.t("documents.heading"),
            Msg::DocumentName(d) => self.t(match d {
                Document::EndUserCertificate => "document.end-user-certificate",
                Document::ExportLicence => "document.export-licence",
                Document::TransportDocuments => "document.transport-documents",
            }),
            Msg::DocStatusName(d) => self.t(match d {
                DocStatus::NotSeen => "document.not-seen",
                DocStatus::Seen => "document.seen",
                DocStatus::Verified => "document.verified",
            }),
            Msg::Indicators => self.t("indicators"),
            Msg::CheckPresent => self.t("check.present"),
            Msg::CheckNotPresent => self.t("check.not-present"),
            Msg::CheckNotChecked => self.t("check.not-checked"),
            Msg::RuleContains { value, word } => {
                self.f("rule.contains", args![value = value, word = word])
            }
            Msg::AutomaticRule(detail) => self.f("rule.automatic", args![detail = detail]),
            Msg::FindingHeading => self.t("finding.heading"),
            Msg::FindingTitle(l) => {
                let level = self.t(level_name(*l));
                self.f("finding.title", args![level = level])
            }
            Msg::LevelName(l) => self.t(level_name(*l)),
            Msg::LevelExplain(l) => self.t(match l {
                Level::Stop => "level.stop.explain",
                Level::Inquire => "level.inquire.explain",
                Level::Incomplete => "level.incomplete.explain",
                Level::NoRedFlags => "level.no-red-flags.explain",
            }),
            Msg::NotApproval => self.t("finding.not-approval"),
            Msg::DrivenBy => self.t("finding.driven-by"),
            Msg::QuestionsToAsk => self.t("finding.questions"),
            Msg::ContextNoted => self.t("finding.context-noted"),
            Msg::UncheckedCount(n) => self.p("finding.unchecked", *n, &[]),
            Msg::OverridingRiskFound => self.t("finding.overriding-risk"),
            Msg::FilterByFinding => self.t("register.filter"),
            Msg::AllFindings => self.t("register.filter.all"),
            Msg::RowsShown { shown, total } => self.p(
                "register.rows-shown",
                total.n,
                args![count = total, shown = shown],
            ),
            Msg::SortAdded => self.t("register.sort.added"),
            Msg::SortBy => self.t("register.sort-by"),
            Msg::Gbv74Heading => self.t("gbv74.heading"),
            Msg::Gbv74Intro => self.t("gbv74.intro"),
            Msg::CompleteStep(n) => self.f("gbv74.complete-step", args![n = n]),
            Msg::ReopenStep(n) => self.f("gbv74.reopen-step", args![n = n]),
            Msg::StepDone => self.t("gbv74.step-done"),
            Msg::StepLocked => self.t("gbv74.step-locked"),
            Msg::MitigationQuestion => self.t("gbv74.mitigation"),
            Msg::OverridingQuestion => self.t("gbv74.overriding"),
            Msg::Yes => self.t("yes"),
            Msg::No => self.t("no"),
            other => self.text_batch(other),
        }
    }

    fn text_batch(&self, msg: &Msg) -> String {
        match msg {
            Msg::BatchImport => self.t("batch"),
            Msg::BatchTemplate => self.t("batch.template"),
            Msg::BatchMapping => self.t("batch.mapping"),
            Msg::BatchIgnore => self.t("batch.ignore"),
            Msg::BatchScreen => self.t("batch.screen"),
            Msg::BatchReading => self.t("batch.reading"),
            Msg::BatchUnreadable(e) => self.read_error(e),
            Msg::BatchTooLarge { bytes, limit } => {
                let (size, limit) = (self.size(*bytes), self.size(*limit));
                self.f("batch.too-large", args![size = size, limit = limit])
            }
            Msg::BatchWorkerFailed(_) => self.t("batch.worker-failed"),
            Msg::BatchFormat(Format::Csv {
                encoding,
                delimiter,
                ..
            }) => {
                let encoding = self.t(self.encoding(*encoding));
                let separator = self.t(self.separated_by(*delimiter));
                self.f(
                    "batch.format.csv",
                    args![encoding = encoding, separator = separator],
                )
            }
            Msg::BatchFormat(Format::Xlsx { sheet, sheets }) if *sheets > 1 => self.f(
                "batch.format.xlsx.sheets",
                args![sheet = sheet, sheets = sheets],
            ),
            Msg::BatchFormat(Format::Xlsx { sheet, .. }) => {
                self.f("batch.format.xlsx", args![sheet = sheet])
            }
            Msg::BatchDelimiter => self.t("batch.delimiter"),
            Msg::DelimiterName(d) => self.t(match d {
                Delimiter::Comma => "delimiter.comma",
                Delimiter::Semicolon => "delimiter.semicolon",
                Delimiter::Tab => "delimiter.tab",
            }),
            Msg::TechnicalDetails => self.t("technical-details"),
            Msg::TryAgain => self.t("try-again"),
            Msg::BatchResult { screened, rejected } => {
                let screened = self.p("batch.result.screened", screened.n, args![count = screened]);
                let rejected = self.p("batch.result.rejected", rejected.n, args![count = rejected]);
                self.f(
                    "batch.result",
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
                    "row-error.row"
                } else {
                    "row-error.line"
                };
                self.f(key, args![line = line, problem = problem])
            }
            Msg::ReferenceLists => self.t("lists.reference"),
            Msg::JurisdictionsHeading => self.t("jurisdictions.heading"),
            Msg::JurisdictionsHelp => self.t("jurisdictions.help"),
            Msg::JurisdictionsCounted(names) => {
                self.f("jurisdictions.counted", args![names = names])
            }
            Msg::UnSecurityCouncil => self.t("un-security-council"),
            Msg::ListAsOf(d) => self.f("lists.as-of", args![date = d]),
            Msg::ExportedOn(d) => self.f("exported-on", args![date = d]),
            Msg::ListEntries(n) => self.p("lists.entries", *n, &[]),
            Msg::ListRemoveEntry(name) => self.f("lists.remove-entry", args![name = name]),
            Msg::ListAddEntry => self.t("lists.add-entry"),
            Msg::ListEntryName => self.t("lists.entry-name"),
            Msg::ListEntryAliases => self.t("lists.entry-aliases"),
            Msg::ListsChanged => self.t("lists.changed"),
            Msg::ImportRegister => self.t("register.import"),
            Msg::RegisterImported {
                shipments,
                integrity: i,
            } => {
                let integrity = self.t(integrity(*i));
                self.p(
                    "register.imported",
                    *shipments,
                    args![integrity = integrity],
                )
            }
            other => self.text_storage(other),
        }
    }

    fn text_storage(&self, msg: &Msg) -> String {
        match msg {
            Msg::ChangedInAnotherTab => self.t("storage.changed-in-another-tab"),
            Msg::OpeningStorage => self.t("storage.opening"),
            Msg::PartLoading => self.t("part.loading"),
            Msg::PartUnavailable => self.t("part.unavailable"),
            Msg::StorageWrittenBack => self.t("storage.written-back"),
            Msg::StorageNewer => self.t("storage.newer"),
            Msg::StorageUnavailable => self.t("storage.unavailable"),
            Msg::StorageFull => self.t("storage.full"),
            Msg::SavedWorkUnreadable(e) => {
                let reason = self.load_error(e);
                self.f("storage.unreadable", args![reason = reason])
            }
            Msg::SavedPartUnreadable(part, e) => {
                let what = self.t(match part {
                    SavedPart::ListEdits => "storage.part.list-edits",
                    SavedPart::Jurisdictions => "storage.part.jurisdictions",
                    SavedPart::PartyDecisions => "storage.part.party-decisions",
                });
                let why = self.t(match e {
                    LoadError::UnsupportedVersion(_) => "storage.part.newer",
                    _ => "storage.part.not-ours",
                });
                self.f("storage.part", args![what = what, why = why])
            }
            Msg::TranslationForReview => self.t("translation-for-review"),
            Msg::LanguagePackFailed(l) => {
                let language = lang_name(*l);
                self.f("language-pack-failed", args![language = language])
            }
            Msg::YourData => self.t("your-data"),
            Msg::YourDataIntro => self.t("your-data.intro"),
            Msg::BackupDownload => self.t("backup.download"),
            Msg::BackupRestore => self.t("backup.restore"),
            Msg::BackupPreview {
                assessments,
                shipments,
                custom_sets,
            } => {
                let a = self.p("backup.preview.assessments", *assessments, &[]);
                let s = self.p("backup.preview.shipments", *shipments, &[]);
                let c = self.p("backup.preview.custom-sets", *custom_sets, &[]);
                self.f(
                    "backup.preview",
                    args![assessments = a, shipments = s, custom_sets = c],
                )
            }
            Msg::BackupConfirm => self.t("backup.confirm"),
            Msg::BackupRestored {
                assessments,
                shipments,
            } => {
                let a = self.p("backup.restored.assessments", *assessments, &[]);
                let s = self.p("backup.restored.shipments", *shipments, &[]);
                self.f("backup.restored", args![assessments = a, shipments = s])
            }
            Msg::BackupFailed(e) => {
                let reason = match e {
                    BackupError::File(ImportError::NotAnExport) => self.t("backup.not-a-backup"),
                    BackupError::File(e) => self.import_error(e),
                    BackupError::Part { part, error } => {
                        let part = self.part_name(*part);
                        let reason = self.import_error(error);
                        self.f("backup.part", args![part = part, reason = reason])
                    }
                    BackupError::CustomSet(e) => {
                        let reason = self.custom_set_error(e);
                        self.f("backup.custom-set", args![reason = reason])
                    }
                };
                self.f("backup.failed", args![reason = reason])
            }
            Msg::Persistence(p) => self.t(match p {
                Persistence::Granted => "persistence.granted",
                Persistence::NotGranted => "persistence.not-granted",
                Persistence::Unsupported => "persistence.unsupported",
            }),
            Msg::PersistAsk => self.t("persistence.ask"),
            Msg::StorageUsage { used, quota } => {
                let (used, quota) = (self.size(*used), self.size(*quota));
                self.f("storage.usage", args![used = used, quota = quota])
            }
            Msg::LastBackup(Some(d)) => self.f("backup.last", args![date = d]),
            Msg::LastBackup(None) => self.t("backup.never"),
            Msg::BackupReminder => self.t("backup.reminder"),
            Msg::WidgetVersion(v) => self.f("widget-version", args![version = v]),
            Msg::ContentBroken(_) => self.t("content-broken"),
            // Every other message is matched by `text` and the functions it hands on to.
            _ => String::new(),
        }
    }

    /// A number of bytes with the language's unit and decimal sign.
    pub fn size(&self, bytes: u64) -> String {
        let units = [
            self.t("unit.b"),
            self.t("unit.kb"),
            self.t("unit.mb"),
            self.t("unit.gb"),
            self.t("unit.tb"),
        ];
        let units = units.each_ref().map(String::as_str);
        super::size(bytes, &self.t("number.decimal"), units)
    }
}

fn status(s: Status) -> Key {
    match s {
        Status::InPlace => "status.in-place",
        Status::PartlyInPlace => "status.partly-in-place",
        Status::NotInPlace => "status.not-in-place",
        Status::NotApplicable => "status.not-applicable",
        Status::Unsure => "status.unsure",
    }
}

pub(super) fn detail(d: DetailField) -> Key {
    match d {
        DetailField::Organisation => "details.organisation",
        DetailField::Assessor => "details.assessor",
        DetailField::Date => "details.date",
        DetailField::Scope => "details.scope",
    }
}

pub(super) fn field(f: Field) -> Key {
    match f {
        Field::Note => "field.note",
        Field::EvidenceDocument => "field.evidence-document",
        Field::EvidenceDate => "field.evidence-date",
        Field::EvidenceLocation => "field.evidence-location",
        Field::Owner => "field.owner",
        Field::Due => "field.due",
    }
}

pub(super) fn shipment_field(f: TextField) -> Key {
    match f {
        TextField::Reference => "shipment.reference",
        TextField::Date => "shipment.date",
        TextField::Consignor => "shipment.consignor",
        TextField::Consignee => "shipment.consignee",
        TextField::EndUser => "shipment.end-user",
        TextField::EndUse => "shipment.end-use",
        TextField::Destination => "shipment.destination",
        TextField::Description => "shipment.description",
        TextField::Quantity => "shipment.quantity",
        TextField::Value => "shipment.value",
        TextField::Exemption => "shipment.exemption",
        TextField::Broker => "shipment.broker",
        TextField::Carrier => "shipment.carrier",
        TextField::Vessel => "shipment.vessel",
    }
}

fn integrity(i: Integrity) -> Key {
    match i {
        Integrity::Intact => "integrity.intact",
        Integrity::Altered => "integrity.altered",
        Integrity::Unsigned => "integrity.unsigned",
    }
}

fn level_name(l: Level) -> Key {
    match l {
        Level::Stop => "level.stop",
        Level::Inquire => "level.inquire",
        Level::Incomplete => "level.incomplete",
        Level::NoRedFlags => "level.no-red-flags",
    }
}
