//! French (translation for review).

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
        LoadError::Malformed(e) => {
            format!("il ne s’agit pas d’une évaluation enregistrée valide : {}", json_error(e))
        }
        LoadError::NotAnAssessment => "il ne s’agit pas d’une évaluation enregistrée par cet outil".into(),
        LoadError::UnsupportedVersion(v) => format!(
            "il a été enregistré dans la version {v} du format, que cette version de l’outil ne sait pas lire"
        ),
        LoadError::Missing => "une partie manque (elle n’a été enregistrée qu’en partie)".into(),
    }
}

pub(crate) fn text(msg: &Msg) -> String {
    match msg {
        Msg::Party(m) => super::party::old_text(crate::core::question_set::Lang::Fr, m),
        Msg::AppTitle => "Liste de contrôle de diligence raisonnable (TCA)".into(),
        Msg::Progress { answered, total } => format!("Réponses : {answered} sur {total}"),
        Msg::StatusLabel(s) => match s {
            Status::InPlace => "En place",
            Status::PartlyInPlace => "Partiellement en place",
            Status::NotInPlace => "Pas en place",
            Status::NotApplicable => "Sans objet",
            Status::Unsure => "Incertain",
        }
        .into(),
        Msg::ToInvestigate => "À vérifier".into(),
        Msg::Note => "Note".into(),
        Msg::Guidance => "Orientations".into(),
        Msg::Articles(list) => format!("Articles du Traité : {list}"),
        Msg::Language => "Langue".into(),
        Msg::LangName(l) => lang_name(*l),
        Msg::Modules => "Modules".into(),
        Msg::RolesHeading => "Qui travaille ?".into(),
        Msg::RolesLead => "Choisissez ce que vous venez faire : le widget ouvre le module qui convient. Vous pouvez changer à tout moment.".into(),
        Msg::RoleName(role) => match role {
            Role::Programme => "Un exportateur ou un fabricant",
            Role::Logistics => "Une entreprise de logistique",
            Role::Reader => "Lire les orientations",
        }
        .into(),
        Msg::RoleHint(role) => match role {
            Role::Programme => "Évaluez votre programme interne de conformité au regard des mesures de diligence raisonnable et transformez les lacunes en plan d’action.",
            Role::Logistics => "Contrôlez des expéditions, une à une ou par lots, au regard des signaux d’alerte pour transporteurs, transitaires, agents maritimes et courtiers.",
            Role::Reader => "Consultez les ressources et les orientations du document de travail, sans rien évaluer.",
        }
        .into(),
        Msg::RolesSkip => "Passer".into(),
        Msg::ModuleName(m) => match m {
            ModuleKind::Programme => "Autoévaluation du programme de conformité",
            ModuleKind::Screening => "Signaux d’alerte sur les expéditions",
            ModuleKind::Gbv74 => "Article 7 (4) : violence fondée sur le genre",
            ModuleKind::Reassessment => "Réévaluation (art. 7 (7))",
            ModuleKind::Resources => "Ressources",
        }
        .into(),
        Msg::Severity(s) => match s {
            Severity::Stop => "Arrêt : ne pas poursuivre ; saisir l’autorité compétente",
            Severity::Inquire => "Vérification : lever les doutes avant de poursuivre",
            Severity::Context => "Contexte : renforce le niveau de vigilance",
        }
        .into(),
        Msg::Modes(ms) => format!(
            "Modes de transport : {}",
            ms.iter().map(|m| mode_name(*m)).collect::<Vec<_>>().join(", ")
        ),
        Msg::Step(n) => format!("Étape {n}"),
        Msg::Inquiry => "Question à poser".into(),
        Msg::Sources => "Sources".into(),
        Msg::SeedSource { section, lines } => {
            format!("{section} (document source, lignes {} à {})", lines[0], lines[1])
        }
        Msg::PublicSource { title, reference } => {
            format!("{title}, {reference} (liste publique, ne fait pas partie du texte du TCA)")
        }
        Msg::CustomSetLoad => "Charger votre propre jeu de questions (JSON)".into(),
        Msg::CustomSetLoaded(title) => format!(
            "Jeu de questions « {} » chargé.",
            title.fr.as_deref().unwrap_or(title.en.as_str())
        ),
        Msg::CustomSetRejected(e) => format!(
            "Ce jeu de questions n’a pas été chargé : {}. Rien d’autre n’a été modifié.",
            super::old_custom_set_error(crate::core::question_set::Lang::Fr, e)
        ),
        Msg::CustomSetIdTaken(id) => format!(
            "Ce jeu de questions n’a pas été chargé : son identifiant « {id} » est déjà utilisé par un jeu intégré."
        ),
        Msg::FileUnreadable => "Impossible de lire ce fichier. Rien n’a été modifié.".into(),
        Msg::CustomBadge => "personnalisé".into(),
        Msg::Assessment => "Évaluation".into(),
        Msg::NewAssessment => "Nouvelle évaluation".into(),
        Msg::Rename => "Renommer".into(),
        Msg::Duplicate => "Dupliquer".into(),
        Msg::Delete => "Supprimer".into(),
        Msg::Save => "Enregistrer".into(),
        Msg::Cancel => "Annuler".into(),
        Msg::AssessmentNumber(n) => format!("Évaluation {n}"),
        Msg::CopyOf(name) => format!("{name} (copie)"),
        Msg::AssessmentName => "Nom de l’évaluation".into(),
        Msg::ConfirmDelete(name) => format!(
            "Supprimer « {name} » et toutes ses réponses ? Cette action est irréversible."
        ),
        Msg::AssessmentActions => "Actions sur l’évaluation".into(),
        Msg::DetailsHeading => "Informations sur l’évaluation".into(),
        Msg::Detail(d) => match d {
            DetailField::Organisation => "Organisation",
            DetailField::Assessor => "Évaluateur",
            DetailField::Date => "Date de l’évaluation",
            DetailField::Scope => "Périmètre (unité opérationnelle, produits, période)",
        }
        .into(),
        Msg::Evidence => "Justificatifs (une simple référence : aucun fichier n’est transmis)".into(),
        Msg::FieldLabel(f) => match f {
            Field::Note => "Note",
            Field::EvidenceDocument => "Document",
            Field::EvidenceDate => "Date du document",
            Field::EvidenceLocation => "Lieu de conservation",
            Field::Owner => "Responsable",
            Field::Due => "Échéance",
        }
        .into(),
        Msg::GapPlan => "Plan d’action pour cette lacune".into(),
        Msg::Filter => "Afficher".into(),
        Msg::FilterName(f) => match f {
            Filter::All => "Tous les éléments",
            Filter::Unanswered => "Sans réponse",
            Filter::Gaps => "Lacunes",
        }
        .into(),
        Msg::View => "Affichage".into(),
        Msg::ViewChecklist => "Liste de contrôle".into(),
        Msg::ViewSummary => "Synthèse et plan d’action".into(),
        Msg::Sections => "Sections".into(),
        Msg::NothingToShow => "Aucun élément ne correspond à ce filtre.".into(),
        Msg::SummarySections => "État par section".into(),
        Msg::SummaryActionPlan => "Plan d’action : lacunes".into(),
        Msg::SummaryNotApplicable => "Éléments marqués « sans objet »".into(),
        Msg::NoGaps => "Aucune lacune consignée.".into(),
        Msg::NoNotApplicable => "Aucun élément n’est marqué « sans objet ».".into(),
        Msg::ColSection => "Section".into(),
        Msg::ColItem => "Élément".into(),
        Msg::ColStatus => "État".into(),
        Msg::ColAnswered => "Réponses".into(),
        Msg::ColGaps => "Lacunes".into(),
        Msg::ColOwner => "Responsable".into(),
        Msg::ColDue => "Échéance".into(),
        Msg::ColReason => "Motif".into(),
        Msg::Unassigned => "non renseigné".into(),
        Msg::SetChanged { from, to, new_items, retired } => format!(
            "Cette liste de contrôle est passée de la version {from} à la version {to} depuis les \
             dernières réponses apportées à cette évaluation. Nouveaux éléments à traiter : \
             {new_items}. Éléments déjà traités qui ne figurent plus dans la liste : {retired} \
             (leurs réponses sont conservées ci-dessous)."
        ),
        Msg::RetiredAnswers(list) => format!("Réponses conservées pour les éléments retirés : {list}"),
        Msg::SheetSummary => "Synthèse".into(),
        Msg::SheetShipments => "Expéditions".into(),
        Msg::ExportShipment => "Exporter cette expédition (JSON)".into(),
        Msg::SheetItems => "Éléments".into(),
        Msg::XlsxFailed(e) => format!("Impossible de générer le classeur : {}", xlsx_failure(e)),
        Msg::XlsxCut(cuts) => {
            let n = cuts.len();
            let list = super::cut_list(cuts, cut_place, " ; ", |m| {
                format!("et {} {}", super::Count::new(super::Lang::Fr, m), if m == 1 { "autre" } else { "autres" })
            });
            if n == 1 {
                format!("Exporté. 1 texte dépassait ce que contient une cellule de tableur et a été coupé (marqué […]) : {list}.")
            } else {
                format!(
                    "Exporté. {} textes dépassaient ce que contient une cellule de tableur et ont été coupés (marqués […]) : {list}.",
                    super::Count::new(super::Lang::Fr, n)
                )
            }
        }
        Msg::Fingerprint => "Empreinte (SHA-256 du contenu exporté)".into(),
        Msg::AllAnswers => "Toutes les réponses".into(),
        Msg::NotAnswered => "Sans réponse".into(),
        Msg::ChartHeading => "En un coup d’œil".into(),
        Msg::ChartOverall => "L’ensemble du programme".into(),
        Msg::ChartFindings => "Expéditions par conclusion".into(),
        Msg::ChartText { title, parts, total } => {
            let count = |n: usize| super::Count::new(crate::core::question_set::Lang::Fr, n);
            let parts: Vec<String> = parts.iter().map(|(label, n)| format!("{label} : {}", count(*n))).collect();
            if parts.is_empty() {
                format!("{title} — Total : {}.", count(*total))
            } else {
                format!("{title} — {}. Total : {}.", parts.join(" ; "), count(*total))
            }
        }
        Msg::ExportAs => "Exporter".into(),
        Msg::ExportFormat(f) => match f {
            ExportFormat::Json => "JSON (pour réimportation)",
            ExportFormat::Csv => "CSV (tableur)",
            ExportFormat::Markdown => "Markdown (synthèse)",
            ExportFormat::Xlsx => "Classeur Excel (XLSX)",
            ExportFormat::Html => "Rapport imprimable (HTML)",
        }
        .into(),
        Msg::Import => "Importer une évaluation (JSON)".into(),
        Msg::ImportPreview { name, organisation, answered, total } => format!(
            "Fichier : « {name} »{} ; éléments ayant reçu une réponse : {answered} sur {total}.",
            if organisation.is_empty() { String::new() } else { format!(" ({organisation})") }
        ),
        Msg::ImportIntegrity(i) => match i {
            Integrity::Intact => "L’empreinte concorde : le fichier est identique à celui qui a été exporté.",
            Integrity::Altered => "Attention : l’empreinte ne concorde pas. Le fichier a été modifié après son exportation.",
            Integrity::Unsigned => "Ce fichier ne comporte pas d’empreinte : il ne peut donc pas être vérifié.",
        }
        .into(),
        Msg::ImportSetDiffers => "La liste de contrôle de ce fichier diffère de celle de cet outil (même identifiant, contenu différent).".into(),
        Msg::ImportMigrated(v) => format!("Lu dans la version {v} du format, puis converti."),
        Msg::ImportAsNew => "Ajouter comme nouvelle évaluation".into(),
        Msg::ImportReplace => "Remplacer l’évaluation ouverte".into(),
        Msg::ImportedName => "Évaluation importée".into(),
        Msg::ImportDone(name) => format!("Importation de « {name} » terminée."),
        Msg::ImportFailed(e) => format!("Ce fichier n’a pas été importé : {}. Votre travail en cours n’a pas été modifié.", import_error(e)),
        Msg::Acknowledge => "J’ai compris".into(),
        Msg::Register => "Registre des expéditions examinées".into(),
        Msg::NewShipment => "Examiner une nouvelle expédition".into(),
        Msg::NewShipmentReference(n) => format!("Expédition {n}"),
        Msg::OpenShipment(r) => format!("Ouvrir {r}"),
        Msg::BackToRegister => "Retour au registre".into(),
        Msg::RemoveShipment => "Retirer du registre".into(),
        Msg::ConfirmRemoveShipment(r) => format!("Retirer l’expédition « {r} » et son examen ? Cette action est irréversible."),
        Msg::ShipmentRecord => "Fiche de l’expédition".into(),
        Msg::ShipmentField(f) => match f {
            TextField::Reference => "Référence",
            TextField::Date => "Date",
            TextField::Consignor => "Expéditeur",
            TextField::Consignee => "Destinataire",
            TextField::EndUser => "Utilisateur final déclaré",
            TextField::EndUse => "Utilisation finale déclarée",
            TextField::Destination => "Pays de destination",
            TextField::Description => "Description des biens",
            TextField::Quantity => "Quantité",
            TextField::Value => "Valeur",
            TextField::Exemption => "Dérogation à l'embargo ou approbation du Comité invoquée",
            TextField::Broker => "Courtier ou intermédiaire",
            TextField::Carrier => "Transporteur (compagnie maritime, compagnie aérienne, transporteur routier)",
            TextField::Vessel => "Navire ou aéronef (nom, numéro OMI)",
        }
        .into(),
        Msg::ModeLabel => "Mode de transport".into(),
        Msg::ModeName(m) => mode_name(*m).into(),
        Msg::Unknown => "Inconnu".into(),
        Msg::CategoryLabel => "Catégorie des biens".into(),
        Msg::CategoryName(c) => match c {
            Category::BattleTanks => "Chars de combat",
            Category::ArmouredCombatVehicles => "Véhicules blindés de combat",
            Category::LargeCalibreArtillery => "Systèmes d’artillerie de gros calibre",
            Category::CombatAircraft => "Avions de combat",
            Category::AttackHelicopters => "Hélicoptères de combat",
            Category::Warships => "Navires de guerre",
            Category::MissilesAndLaunchers => "Missiles et lanceurs de missiles",
            Category::SmallArmsLightWeapons => "Armes légères et armes de petit calibre",
            Category::Ammunition => "Munitions (art. 3)",
            Category::PartsComponents => "Pièces et composants (art. 4)",
        }
        .into(),
        Msg::TransitLabel => "Lieux de transit ou de transbordement (séparés par un point-virgule)".into(),
        Msg::DocumentsHeading => "Documents consultés".into(),
        Msg::DocumentName(d) => match d {
            Document::EndUserCertificate => "Certificat d’utilisateur final",
            Document::ExportLicence => "Licence d’exportation",
            Document::TransportDocuments => "Documents de transport",
        }
        .into(),
        Msg::DocStatusName(d) => match d {
            DocStatus::NotSeen => "Non consulté",
            DocStatus::Seen => "Consulté, non vérifié",
            DocStatus::Verified => "Vérifié",
        }
        .into(),
        Msg::Indicators => "Signaux d’alerte".into(),
        Msg::CheckPresent => "Présent".into(),
        Msg::CheckNotPresent => "Absent".into(),
        Msg::CheckNotChecked => "Non vérifié".into(),
        Msg::RuleContains { value, word } => format!("« {value} » contient « {word} »"),
        Msg::AutomaticRule(detail) => format!("Vérification automatique : {detail}"),
        Msg::FindingHeading => "Conclusion".into(),
        Msg::FindingTitle(l) => format!("Conclusion : {}", text(&Msg::LevelName(*l))),
        Msg::LevelName(l) => match l {
            Level::Stop => "Arrêt",
            Level::Inquire => "Vérification",
            Level::Incomplete => "Incomplet",
            Level::NoRedFlags => "Aucun signal d’alerte relevé",
        }
        .into(),
        Msg::LevelExplain(l) => match l {
            Level::Stop => "Ne pas poursuivre. Saisir l’autorité compétente au sujet de cette expédition.",
            Level::Inquire => "Des signaux d’alerte sont présents. Les lever avant de poursuivre.",
            Level::Incomplete => "Les indicateurs applicables n’ont pas encore tous été vérifiés.",
            Level::NoRedFlags => "Tous les indicateurs applicables ont été vérifiés et aucun n’est présent.",
        }
        .into(),
        Msg::NotApproval => "Il s’agit d’une conclusion d’examen, et non d’une approbation ni d’une décision relative à une licence.".into(),
        Msg::DrivenBy => "Éléments déterminants".into(),
        Msg::QuestionsToAsk => "Questions à poser".into(),
        Msg::ContextNoted => "Éléments de contexte relevés (renforcent le niveau de vigilance)".into(),
        Msg::UncheckedCount(n) => format!("Indicateurs applicables non vérifiés : {n}"),
        Msg::OverridingRiskFound => "L’évaluation au titre de l’article 7 (4) a conclu à l’existence d’un risque prépondérant.".into(),
        Msg::FilterByFinding => "Conclusion".into(),
        Msg::AllFindings => "Toutes les conclusions".into(),
        Msg::RowsShown { shown, total } => format!("Expéditions affichées : {shown} sur {total}"),
        Msg::SortAdded => "Ordre d’ajout".into(),
        Msg::SortBy => "Trier par".into(),
        Msg::Gbv74Heading => "Article 7 (4) : violence fondée sur le genre et violence contre les femmes et les enfants".into(),
        Msg::Gbv74Intro => "Suivez les six étapes dans l’ordre. Les mesures d’atténuation (étape 5) sont examinées avant de déterminer s’il existe un risque prépondérant (étape 6) ; en cas de risque prépondérant, le transfert ne doit pas avoir lieu.".into(),
        Msg::CompleteStep(n) => format!("Marquer l’étape {n} comme terminée"),
        Msg::ReopenStep(n) => format!("Rouvrir l’étape {n}"),
        Msg::StepDone => "Terminée".into(),
        Msg::StepLocked => "Terminez d’abord les étapes précédentes.".into(),
        Msg::MitigationQuestion => "Des mesures d’atténuation ou d’autres moyens peuvent-ils réduire le risque de manière adéquate et significative ?".into(),
        Msg::OverridingQuestion => "Existe-t-il un risque prépondérant de réalisation des conséquences négatives recensées à l’étape 4 ?".into(),
        Msg::Yes => "Oui".into(),
        Msg::No => "Non".into(),
        Msg::BatchImport => "Examiner un lot (fichier CSV ou Excel)".into(),
        Msg::BatchTemplate => "Télécharger un modèle CSV".into(),
        Msg::BatchMapping => "Quel champ figure dans chaque colonne ?".into(),
        Msg::BatchIgnore => "(ignorer cette colonne)".into(),
        Msg::BatchScreen => "Examiner ces lignes".into(),
        Msg::BatchReading => "Lecture du fichier…".into(),
        Msg::BatchUnreadable(e) => read_error(e),
        Msg::BatchTooLarge { bytes, limit } => {
            let s = |b: u64| super::size(b, ",", ["o", "ko", "Mo", "Go", "To"]);
            format!("Ce fichier fait {} ; un fichier de lot peut faire jusqu’à {}. Divisez-le en fichiers plus petits.", s(*bytes), s(*limit))
        }
        Msg::BatchWorkerFailed(_) => "Le lecteur de fichiers n’a pas pu démarrer dans ce navigateur : le fichier n’a pas été lu. Rechargez la page et réessayez.".into(),
        Msg::BatchFormat(f) => match f {
            Format::Csv { encoding, delimiter, .. } => format!("Lu comme CSV : encodage {}, champs séparés par {}.", encoding_name(*encoding), separated_by(*delimiter)),
            Format::Xlsx { sheet, sheets } => {
                let first = format!("Lu depuis la première feuille du classeur, « {sheet} ».");
                if *sheets > 1 { first + &format!(" Le classeur compte {sheets} feuilles ; seule la première est lue.") } else { first }
            }
        },
        Msg::BatchDelimiter => "Séparateur des champs".into(),
        Msg::DelimiterName(d) => match d {
            Delimiter::Comma => "virgule (,)",
            Delimiter::Semicolon => "point-virgule (;)",
            Delimiter::Tab => "tabulation",
        }
        .into(),
        Msg::TechnicalDetails => "Détails techniques".into(),
        Msg::TryAgain => "Réessayer".into(),
        Msg::BatchResult { screened, rejected } => format!("Lignes examinées et ajoutées au registre : {screened} ; lignes non examinées (voir ci-dessous) : {rejected}."),
        Msg::RowError { line, problem, .. } => format!("Ligne {line} : {}", row_problem(problem)),
        Msg::ReferenceLists => "Listes de référence utilisées par les vérifications automatiques".into(),
        Msg::JurisdictionsHeading => "Les embargos qui vous lient".into(),
        Msg::JurisdictionsHelp => "Les embargos du Conseil de sécurité de l'ONU lient tous les États et sont toujours pris en compte. Cochez chaque juridiction dont le droit vous lie (parce que vous, votre entreprise ou les biens en relevez) : ses embargos comptent alors comme ceux de l'ONU, et les autres ne sont présentés qu'à titre de contexte. Votre choix est conservé et consigné dans chaque export.".into(),
        Msg::JurisdictionsCounted(names) => format!("Embargos pris en compte : {names}"),
        Msg::UnSecurityCouncil => "Conseil de sécurité de l'ONU".into(),
        Msg::ListAsOf(d) => format!("Informations à jour au {d}"),
        Msg::ExportedOn(d) => format!("Exporté le {d}"),
        Msg::ListEntries(n) => format!("Entrées : {n}"),
        Msg::ListRemoveEntry(name) => format!("Retirer {name}"),
        Msg::ListAddEntry => "Ajouter une entrée".into(),
        Msg::ListEntryName => "Nom".into(),
        Msg::ListEntryAliases => "Autres noms et codes (séparés par un point-virgule)".into(),
        Msg::ListsChanged => "Vos listes modifiées sont utilisées ; toutes les expéditions ont été réexaminées.".into(),
        Msg::ImportRegister => "Importer un registre (JSON) et l’ajouter à celui-ci".into(),
        Msg::RegisterImported { shipments, integrity } => format!("Expéditions importées et réexaminées : {}. {}", super::Count::new(super::Lang::Fr, *shipments), text(&Msg::ImportIntegrity(*integrity))),
        Msg::ChangedInAnotherTab => "Ce travail a été modifié dans un autre onglet ou une autre fenêtre ; l’affichage actuel tient compte de ces modifications.".into(),
        Msg::OpeningStorage => "Ouverture de votre travail enregistré…".into(),
        Msg::PartLoading => "Chargement de cette partie du widget…".into(),
        Msg::PartUnavailable => "Cette partie du widget n’a pas pu être chargée : la connexion a peut-être été coupée, ou le site ne sert plus cette version. Votre travail est conservé. Réessayez, ou rechargez la page.".into(),
        Msg::StorageWrittenBack => "Les données enregistrées de ce site ont été effacées dans le navigateur pendant que cette page était ouverte. Votre travail à l’écran a été enregistré à nouveau.".into(),
        Msg::StorageNewer => "Le travail enregistré dans ce navigateur a été écrit par une version plus récente de l’outil, ou une version plus récente vient d’être ouverte dans un autre onglet. Pour le préserver, plus rien n’est enregistré depuis cette page\u{a0}: exportez ce qui est à l’écran, puis rechargez la page.".into(),
        Msg::StorageUnavailable => "Ce navigateur ne permet pas à l’outil d’enregistrer votre travail. \
            Vos réponses restent sur cette page jusqu’à sa fermeture : exportez-les avant de partir."
            .into(),
        Msg::StorageFull => "L’espace de stockage du navigateur est plein ; votre dernière modification n’a donc pas été enregistrée. \
            Exportez votre travail maintenant, puis libérez de l’espace."
            .into(),
        Msg::SavedWorkUnreadable(e) => format!(
            "Impossible de lire votre travail enregistré : {}. Il a été conservé tel quel ; \
             vous repartez d’une évaluation vierge.",
            load_error(e)
        ),
        Msg::SavedPartUnreadable(part, e) => format!(
            "{} {} Les données enregistrées ont été mises de côté sans changement.",
            match part {
                SavedPart::ListEdits => "Impossible de lire vos modifications enregistrées des listes de référence ; les listes intégrées sont utilisées.",
                SavedPart::Jurisdictions => "Impossible de lire votre choix enregistré de juridictions ; seuls les embargos du Conseil de sécurité de l’ONU sont pris en compte.",
                SavedPart::PartyDecisions => "Impossible de lire vos décisions enregistrées sur les correspondances possibles ; ces correspondances apparaissent comme non tranchées.",
            },
            match e {
                LoadError::UnsupportedVersion(_) => "Elles ont été enregistrées par une version plus récente de l’outil.",
                _ => "Elles ne sont pas dans la forme qu’enregistre cet outil.",
            }
        ),
        Msg::TranslationForReview => "Traduction à réviser : ce texte n’a pas encore été vérifié par rapport à l’anglais.".into(),
        Msg::LanguagePackFailed(l) => format!("Les textes en {} n’ont pas pu être chargés ; ils s’affichent en anglais.", lang_name(*l)),
        Msg::YourData => "Vos données".into(),
        Msg::YourDataIntro => "Votre travail n’est conservé que dans ce navigateur, sur cet appareil. Une sauvegarde complète est un seul fichier qui le contient entièrement (évaluations, registre des expéditions, modifications des listes, juridictions, jeux de questions personnalisés et langue de l’interface) : conservez-la en lieu sûr et restaurez-la ici ou dans un autre navigateur.".into(),
        Msg::BackupDownload => "Télécharger une sauvegarde complète".into(),
        Msg::BackupRestore => "Restaurer une sauvegarde".into(),
        Msg::BackupPreview { assessments, shipments, custom_sets } => format!(
            "Cette sauvegarde contient {}, {} et {}. La restaurer remplace le travail de ce navigateur.",
            count(*assessments, "évaluation", "évaluations"),
            count(*shipments, "expédition", "expéditions"),
            count(*custom_sets, "jeu de questions personnalisé", "jeux de questions personnalisés")
        ),
        Msg::BackupConfirm => "Remplacer mon travail par cette sauvegarde".into(),
        Msg::BackupRestored { assessments, shipments } => format!(
            "Sauvegarde restaurée : {} et {}.",
            count(*assessments, "évaluation", "évaluations"),
            count(*shipments, "expédition", "expéditions")
        ),
        Msg::BackupFailed(e) => format!("Cette sauvegarde n’a pas été restaurée : {}. Votre travail en cours n’a pas été modifié.", match e {
            crate::core::backup::BackupError::File(ImportError::NotAnExport) => "il ne s’agit pas d’une sauvegarde complète de cet outil".to_owned(),
            crate::core::backup::BackupError::File(e) => import_error(e),
            crate::core::backup::BackupError::Part { part, error } => format!("dans {}, {}", part_name(*part), import_error(error)),
            crate::core::backup::BackupError::CustomSet(e) => format!("un jeu de questions personnalisé qu’elle contient a été refusé : {}", super::old_custom_set_error(crate::core::question_set::Lang::Fr, e)),
        }),
        Msg::Persistence(p) => match p {
            crate::core::backup::Persistence::Granted => "Ce navigateur s’est engagé à conserver vos données : il ne les effacera pas pour libérer de l’espace.",
            crate::core::backup::Persistence::NotGranted => "Ce navigateur peut effacer vos données si l’espace vient à manquer (on ne lui a pas demandé de les conserver, ou il ne l’a pas accepté).",
            crate::core::backup::Persistence::Unsupported => "Ce navigateur ne peut pas indiquer s’il conservera vos données.",
        }
        .into(),
        Msg::PersistAsk => "Demander au navigateur de les conserver".into(),
        Msg::StorageUsage { used, quota } => {
            let units = ["o", "ko", "Mo", "Go", "To"];
            format!("Stocké : {} sur {}.", super::size(*used, ",", units), super::size(*quota, ",", units))
        }
        Msg::LastBackup(Some(d)) => format!("Dernière sauvegarde ou exportation : {d}."),
        Msg::LastBackup(None) => "Aucune sauvegarde ni exportation depuis ce navigateur pour l’instant.".into(),
        Msg::BackupReminder => "Votre travail n’a pas été enregistré dans un fichier au cours des 7 derniers jours. Téléchargez une sauvegarde complète pour en garder une copie hors de ce navigateur.".into(),
        Msg::WidgetVersion(v) => format!("att-diligence, version {v}"),
        Msg::ContentBroken(_) => "La liste de contrôle intégrée n’a pas pu être chargée : l’outil ne peut pas démarrer. Rechargez la page ; si ce message revient, prévenez le responsable de ce site.".into(),
    }
}

pub(crate) fn problem(p: &Problem) -> String {
    let what = match &p.kind {
        ProblemKind::UnsupportedFormat(v) => format!(
            "la version {v} du format n’est pas prise en charge (cet outil lit la version {FORMAT_VERSION})"
        ),
        ProblemKind::EmptyText => "le texte est vide".into(),
        ProblemKind::BadId(id) => format!(
            "l’identifiant `{id}` doit se composer de lettres minuscules, de chiffres, de points et de traits d’union, et commencer par une lettre"
        ),
        ProblemKind::DuplicateId(id) => format!("l’identifiant `{id}` est utilisé plusieurs fois"),
        ProblemKind::BadVersion(v) => format!("la version `{v}` n’est pas de la forme MAJEUR.MINEUR.CORRECTIF"),
        ProblemKind::BadArticle(a) => format!("`{a}` n’est pas une référence à un article du Traité telle que `7(4)`"),
        ProblemKind::NoProvenance => "chaque élément doit avoir au moins une provenance".into(),
        ProblemKind::UnknownElement(id) => {
            format!("`{id}` ne figure pas dans le catalogue des sources")
        }
        ProblemKind::UnknownPublicSource(id) => format!("`{id}` n’est pas une source publique répertoriée"),
        ProblemKind::EmptyReference => "une source publique doit indiquer l’endroit précis où se reporter (`ref`)".into(),
        ProblemKind::NotForModule(what) => format!("ce module n’utilise pas {what}"),
        ProblemKind::Missing(what) => format!("{what} est obligatoire dans ce module"),
        ProblemKind::BadStep(s) => format!("l’étape {s} n’est pas comprise entre 1 et 6"),
        ProblemKind::StepOutsideSection { step } => format!(
            "un élément de l’étape {step} doit figurer dans la section de cette étape (les sections correspondent aux étapes 1 à 6, dans l’ordre)"
        ),
        ProblemKind::SinceAfterSet(v) => format!("la version `{v}` est postérieure à celle du jeu de questions lui-même"),
        ProblemKind::NoItems => "ne contient aucun élément".into(),
    };
    format!("{}, champ `{}` : {what}", location(&p.location), p.field)
}

pub(crate) fn location(l: &Location) -> String {
    match l {
        Location::Set => "jeu de questions".into(),
        Location::Section(id) => format!("section {id}"),
        Location::Item(id) => format!("élément {id}"),
        Location::ItemAt { section, position } => match section {
            SectionRef::Id(id) => format!("section {id}, élément n° {position}"),
            SectionRef::At(n) => format!("section n° {n}, élément n° {position}"),
        },
    }
}

pub(crate) fn custom_set_error(e: &CustomSetError) -> String {
    match e {
        CustomSetError::TooLarge { bytes } => format!(
            "le fichier fait {} ; un jeu de questions ne peut pas dépasser {}",
            file_size(*bytes),
            file_size(MAX_BYTES)
        ),
        CustomSetError::NotJson(e) => json_error(e),
        CustomSetError::UnsupportedFormat(Some(v)) => format!(
            "la version {v} du format n’est pas prise en charge (cet outil lit la version {FORMAT_VERSION})"
        ),
        CustomSetError::UnsupportedFormat(None) => {
            "le fichier ne comporte pas de numéro `format` ; il ne s’agit donc pas d’un jeu de questions".into()
        }
        CustomSetError::Shape { location: l, error } => {
            format!("{} : {}", location(l), json_error(error))
        }
        CustomSetError::Invalid(ps) => ps.iter().map(problem).collect::<Vec<_>>().join(" ; "),
    }
}

pub(crate) fn mode_name(m: Mode) -> &'static str {
    match m {
        Mode::Sea => "Maritime",
        Mode::Air => "Aérien",
        Mode::Road => "Routier",
        Mode::Rail => "Ferroviaire",
        Mode::Multimodal => "Multimodal",
    }
}

pub(crate) fn row_problem(p: &RowProblem) -> String {
    match p {
        RowProblem::FieldCount { expected, found } => format!("la ligne compte {found} champs alors que l’en-tête en compte {expected} : vérifiez s’il manque ou s’il y a en trop un séparateur ou un guillemet"),
        RowProblem::MissingReference => "la référence est vide".into(),
        RowProblem::MissingDestination => "la destination est vide".into(),
        RowProblem::BadMode(v) => {
            format!("« {v} » n’est pas un mode de transport (sea, air, road, rail, multimodal)")
        }
        RowProblem::BadCategory(v) => format!("« {v} » n’est pas une catégorie de biens"),
        RowProblem::BadDate(v) => {
            format!("« {v} » n’est pas une date au format AAAA-MM-JJ")
        }
        RowProblem::BadDocument { column, value } => {
            format!("{column} : « {value} » ne fait pas partie des valeurs none, seen, verified")
        }
    }
}

pub(crate) fn import_error(e: &ImportError) -> String {
    match e {
        ImportError::TooLarge { bytes, limit } => format!(
            "le fichier fait {}, alors que l’outil lit les fichiers de ce type jusqu’à {}",
            file_size(*bytes),
            file_size(*limit)
        ),
        ImportError::NotText { .. } => "il ne s’agit pas d’un texte UTF-8 (c’est peut-être un autre type de fichier, ou un fichier enregistré dans un autre encodage)".into(),
        ImportError::NotJson(e) | ImportError::Malformed(e) => json_error(e),
        ImportError::NotAnExport => "il ne s’agit pas d’une exportation de cet outil".into(),
        ImportError::NewerFormat(v) => {
            format!("il a été écrit dans la version {v} du format, plus récente que celles que cet outil sait lire")
        }
        ImportError::UnknownSet(id) => format!(
            "il répond au jeu de questions « {id} », dont cet outil ne dispose pas"
        ),
    }
}

/// What is wrong in a JSON file: where the text breaks, or which field and why.
pub(crate) fn json_error(e: &JsonError) -> String {
    let subject = if e.path.is_empty() {
        "le fichier".to_owned()
    } else {
        format!("le champ « {} »", e.path)
    };
    match &e.kind {
        JsonKind::Syntax => format!(
            "le texte n’est plus du JSON valide à partir de la ligne {}, colonne {}",
            e.line, e.column
        ),
        JsonKind::CutOff => "le fichier s’arrête trop tôt ; il est peut-être incomplet".into(),
        JsonKind::TooDeep => format!(
            "il comporte plus de {MAX_DEPTH} niveaux d’imbrication, ce qu’aucun fichier de cet outil ne fait"
        ),
        JsonKind::Missing => format!("{subject} est absent"),
        JsonKind::UnknownField => format!("{subject} n’existe pas dans ce type de fichier"),
        JsonKind::Duplicate => format!("{subject} figure deux fois"),
        JsonKind::UnknownValue { value, allowed } if allowed.is_empty() => {
            format!("{subject} ne peut pas valoir « {value} »")
        }
        JsonKind::UnknownValue { value, allowed } => format!(
            "{subject} ne peut pas valoir « {value} » (valeurs possibles : {})",
            allowed.join(", ")
        ),
        JsonKind::Expected(Expected::Other) | JsonKind::Invalid => {
            format!("{subject} contient une valeur que ce type de fichier n’autorise pas")
        }
        JsonKind::Expected(x) => format!("{subject} devrait contenir {}", expected(*x)),
        JsonKind::NotADate { value } => format!(
            "{subject} contient « {value} », qui n’est pas une date au format AAAA-MM-JJ (par exemple 2026-12-31)"
        ),
    }
}

pub(crate) fn expected(x: Expected) -> &'static str {
    match x {
        Expected::Text => "du texte",
        Expected::WholeNumber => "un nombre entier",
        Expected::Number => "un nombre",
        Expected::TrueFalse => "true ou false",
        Expected::List => "une liste",
        Expected::Group => "un groupe de champs",
        Expected::Other => "une valeur d’un autre type",
    }
}

pub(crate) fn part_name(p: Part) -> String {
    match p {
        Part::Assessment(i) => format!("l’évaluation {} de la sauvegarde", i + 1),
        Part::Register => "le registre des expéditions de la sauvegarde".into(),
        Part::Lists => "les modifications de listes de la sauvegarde".into(),
    }
}

pub(crate) fn file_size(bytes: usize) -> String {
    super::size(bytes as u64, ",", ["o", "ko", "Mo", "Go", "To"])
}

/// `n` and the noun in the number it takes (French uses the singular for 0 and 1).
pub(crate) fn count(n: usize, one: &str, other: &str) -> String {
    let c = super::Count::new(super::Lang::Fr, n);
    format!("{c} {}", if n <= 1 { one } else { other })
}

pub(crate) fn read_error(e: &ReadError) -> String {
    match e {
        ReadError::TooManyCells { limit } => format!(
            "La première feuille de ce classeur compte plus de {} cellules, davantage que ce que le widget lit dans un seul fichier. Répartissez les expéditions sur plusieurs fichiers.",
            super::Count::new(crate::core::question_set::Lang::Fr, *limit as usize)
        ),
        ReadError::Empty => "Ce fichier est vide : il ne contient ni ligne d’en-tête ni expédition.".into(),
        ReadError::NoRows => "Ce fichier contient une ligne d’en-tête, mais aucune expédition en dessous.".into(),
        ReadError::NotWorkbook { .. } => "Ce fichier ressemble à un classeur (.xlsx), mais il n’a pas pu être ouvert : il est peut-être endommagé, ou d’un autre type. Ouvrez-le dans votre tableur et enregistrez-le de nouveau au format .xlsx ou CSV.".into(),
        ReadError::NoSheet => "Ce classeur ne contient aucune feuille avec des données. Placez les expéditions sur la première feuille.".into(),
        ReadError::OldOrProtectedWorkbook => "Ce classeur est au format Excel 97-2003 (.xls) ou protégé par un mot de passe, ce que le widget ne sait pas lire. Enregistrez-le au format .xlsx (sans mot de passe) ou CSV, puis choisissez ce fichier.".into(),
        ReadError::NotText => "Ce fichier n’est ni un fichier CSV ni un classeur (ce n’est pas du texte). Choisissez un fichier .csv, .txt ou .xlsx.".into(),
    }
}

pub(crate) fn encoding_name(e: Encoding) -> &'static str {
    match e {
        Encoding::Utf8 => "UTF-8",
        Encoding::Utf8Bom => "UTF-8 avec indicateur d’ordre des octets",
        Encoding::Utf16Le => "UTF-16 (texte Unicode)",
        Encoding::Utf16Be => "UTF-16 gros-boutiste",
        Encoding::Windows1252 => {
            "Windows-1252 (Europe occidentale : le fichier n’est pas en UTF-8)"
        }
    }
}

/// The delimiter as the "separated by …" sentence needs it.
pub(crate) fn separated_by(d: Delimiter) -> &'static str {
    match d {
        Delimiter::Comma => "des virgules (,)",
        Delimiter::Semicolon => "des points-virgules (;)",
        Delimiter::Tab => "des tabulations",
    }
}

/// Where a cut cell was, for the message that lists them.
pub(crate) fn cut_place(c: &Cut) -> String {
    let whose = match &c.whose {
        Whose::Assessment => "l’évaluation".to_owned(),
        Whose::Set => "le questionnaire".to_owned(),
        Whose::Section(t) => format!("la section « {t} »"),
        Whose::Item { question: q, .. } => format!("l’élément « {q} »"),
        Whose::Shipment(r) => format!("l’expédition {r}"),
    };
    let field = match c.field {
        CutField::Name => "Nom".to_owned(),
        CutField::Title if matches!(c.whose, Whose::Item { .. }) => "Question".to_owned(),
        CutField::Title => "Titre".to_owned(),
        CutField::Detail(f) => text(&Msg::Detail(f)),
        CutField::Answer(f) => text(&Msg::FieldLabel(f)),
        CutField::Shipment(f) => text(&Msg::ShipmentField(f)),
        CutField::Transit => "Lieux de transit".to_owned(),
        CutField::Parties => text(&Msg::Party(super::party::PartyMsg::PartiesHeading)),
    };
    format!("{whose} ({field})")
}

/// Why no workbook was written, and what to do instead.
pub(crate) fn xlsx_failure(e: &XlsxError) -> &'static str {
    match e {
        XlsxError::Unavailable(_) => "le module qui écrit les fichiers XLSX n’a pas pu être chargé ou s’est arrêté (la page est peut-être hors ligne, ou le classeur trop volumineux pour la mémoire du navigateur). Réessayez, ou exportez au format CSV.",
        XlsxError::TimedOut(_) => "le module qui écrit les fichiers XLSX n’a pas démarré à temps (la connexion est peut-être lente, ou la page hors ligne). Réessayez, ou exportez au format CSV.",
        XlsxError::Blocked(_) => "la politique de sécurité de cette page (Trusted Types) ne permet pas à l’outil de démarrer le module qui écrit les fichiers XLSX. Exportez au format CSV, ou demandez à l’administrateur du site d’autoriser la politique Trusted Types « att-diligence ».",
        XlsxError::TooManyRows(_) => "il aurait plus de lignes qu’une feuille de calcul ne peut en contenir (1\u{202f}048\u{202f}576). Exportez plutôt au format CSV ou JSON.",
        XlsxError::Refused(_) => "le module d’écriture XLSX l’a refusé. Exportez plutôt au format CSV ou JSON.",
    }
}
