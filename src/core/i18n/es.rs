//! Spanish (translation for review).

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
        LoadError::Malformed(e) => format!("no es una evaluación guardada válida: {}", json_error(e)),
        LoadError::NotAnAssessment => "no es una evaluación guardada por esta herramienta".into(),
        LoadError::UnsupportedVersion(v) => format!(
            "se guardó en la versión {v} del formato, que esta versión de la herramienta no puede leer"
        ),
        LoadError::Missing => "falta una parte (solo se guardó en parte)".into(),
    }
}

pub(crate) fn text(msg: &Msg) -> String {
    match msg {
        Msg::Party(m) => super::party::old_text(crate::core::question_set::Lang::Es, m),
        Msg::AppTitle => "Lista de verificación de diligencia debida (TCA)".into(),
        Msg::Progress { answered, total } => format!("Respondidos: {answered} de {total}"),
        Msg::StatusLabel(s) => match s {
            Status::InPlace => "Establecido",
            Status::PartlyInPlace => "Parcialmente establecido",
            Status::NotInPlace => "No establecido",
            Status::NotApplicable => "No aplicable",
            Status::Unsure => "Incierto",
        }
        .into(),
        Msg::ToInvestigate => "Por verificar".into(),
        Msg::Note => "Nota".into(),
        Msg::Guidance => "Orientaciones".into(),
        Msg::Articles(list) => format!("Artículos del Tratado: {list}"),
        Msg::Language => "Idioma".into(),
        Msg::LangName(l) => lang_name(*l),
        Msg::Modules => "Módulos".into(),
        Msg::RolesHeading => "¿Quién trabaja?".into(),
        Msg::RolesLead => "Elija lo que viene a hacer; el widget abre el módulo adecuado. Puede cambiarlo en cualquier momento.".into(),
        Msg::RoleName(role) => match role {
            Role::Programme => "Un exportador o fabricante",
            Role::Logistics => "Una empresa de logística",
            Role::Reader => "Leer la orientación",
        }
        .into(),
        Msg::RoleHint(role) => match role {
            Role::Programme => "Evalúe su programa interno de cumplimiento frente a las medidas de diligencia debida y convierta las carencias en un plan de acción.",
            Role::Logistics => "Examine envíos, uno a uno o por lotes, frente a las señales de alerta para transportistas, transitarios, agentes marítimos y agentes de aduanas.",
            Role::Reader => "Consulte los recursos y la orientación del documento de trabajo, sin evaluar nada.",
        }
        .into(),
        Msg::RolesSkip => "Omitir".into(),
        Msg::ModuleName(m) => match m {
            ModuleKind::Programme => "Autoevaluación del programa de cumplimiento",
            ModuleKind::Screening => "Señales de alerta en los envíos",
            ModuleKind::Gbv74 => "Artículo 7, párr. 4: violencia por motivos de género",
            ModuleKind::Reassessment => "Reevaluación (art. 7, párr. 7)",
            ModuleKind::Resources => "Recursos",
        }
        .into(),
        Msg::Severity(s) => match s {
            Severity::Stop => "Detener: no continuar; remitir a la autoridad competente",
            Severity::Inquire => "Indagar: resolver antes de continuar",
            Severity::Context => "Contexto: aumenta el nivel de escrutinio",
        }
        .into(),
        Msg::Modes(ms) => format!(
            "Modos de transporte: {}",
            ms.iter().map(|m| mode_name(*m)).collect::<Vec<_>>().join(", ")
        ),
        Msg::Step(n) => format!("Paso {n}"),
        Msg::Inquiry => "Pregunta que debe plantearse".into(),
        Msg::Sources => "Fuentes".into(),
        Msg::SeedSource { section, lines } => {
            format!("{section} (documento fuente, líneas {} a {})", lines[0], lines[1])
        }
        Msg::PublicSource { title, reference } => {
            format!("{title}, {reference} (lista pública, no forma parte del texto del TCA)")
        }
        Msg::CustomSetLoad => "Cargar su propio conjunto de preguntas (JSON)".into(),
        Msg::CustomSetLoaded(title) => format!(
            "Se cargó el conjunto de preguntas “{}”.",
            title.es.as_deref().unwrap_or(title.en.as_str())
        ),
        Msg::CustomSetRejected(e) => format!(
            "No se cargó este conjunto de preguntas: {}. No se modificó nada más.",
            super::old_custom_set_error(crate::core::question_set::Lang::Es, e)
        ),
        Msg::CustomSetIdTaken(id) => format!(
            "No se cargó este conjunto de preguntas: su identificador “{id}” ya lo utiliza un conjunto integrado."
        ),
        Msg::FileUnreadable => "No se pudo leer este archivo. No se modificó nada.".into(),
        Msg::CustomBadge => "personalizado".into(),
        Msg::Assessment => "Evaluación".into(),
        Msg::NewAssessment => "Nueva evaluación".into(),
        Msg::Rename => "Cambiar nombre".into(),
        Msg::Duplicate => "Duplicar".into(),
        Msg::Delete => "Eliminar".into(),
        Msg::Save => "Guardar".into(),
        Msg::Cancel => "Cancelar".into(),
        Msg::AssessmentNumber(n) => format!("Evaluación {n}"),
        Msg::CopyOf(name) => format!("{name} (copia)"),
        Msg::AssessmentName => "Nombre de la evaluación".into(),
        Msg::ConfirmDelete(name) => format!(
            "¿Eliminar “{name}” y todas sus respuestas? Esta acción no se puede deshacer."
        ),
        Msg::AssessmentActions => "Acciones de la evaluación".into(),
        Msg::DetailsHeading => "Datos de la evaluación".into(),
        Msg::Detail(d) => match d {
            DetailField::Organisation => "Organización",
            DetailField::Assessor => "Evaluador",
            DetailField::Date => "Fecha de la evaluación",
            DetailField::Scope => "Alcance (unidad de negocio, productos, período)",
        }
        .into(),
        Msg::Evidence => "Evidencia (solo una referencia: no se carga ningún archivo)".into(),
        Msg::FieldLabel(f) => match f {
            Field::Note => "Nota",
            Field::EvidenceDocument => "Documento",
            Field::EvidenceDate => "Fecha del documento",
            Field::EvidenceLocation => "Lugar donde se archiva",
            Field::Owner => "Responsable",
            Field::Due => "Fecha prevista",
        }
        .into(),
        Msg::GapPlan => "Plan de acción para esta deficiencia".into(),
        Msg::Filter => "Mostrar".into(),
        Msg::FilterName(f) => match f {
            Filter::All => "Todos los elementos",
            Filter::Unanswered => "Sin responder",
            Filter::Gaps => "Deficiencias",
        }
        .into(),
        Msg::View => "Vista".into(),
        Msg::ViewChecklist => "Lista de verificación".into(),
        Msg::ViewSummary => "Resumen y plan de acción".into(),
        Msg::Sections => "Secciones".into(),
        Msg::NothingToShow => "Ningún elemento coincide con este filtro.".into(),
        Msg::SummarySections => "Estado por sección".into(),
        Msg::SummaryActionPlan => "Plan de acción: deficiencias".into(),
        Msg::SummaryNotApplicable => "Marcados como no aplicables".into(),
        Msg::NoGaps => "No se ha registrado ninguna deficiencia.".into(),
        Msg::NoNotApplicable => "No hay ningún elemento marcado como no aplicable.".into(),
        Msg::ColSection => "Sección".into(),
        Msg::ColItem => "Elemento".into(),
        Msg::ColStatus => "Estado".into(),
        Msg::ColAnswered => "Respondidos".into(),
        Msg::ColGaps => "Deficiencias".into(),
        Msg::ColOwner => "Responsable".into(),
        Msg::ColDue => "Fecha prevista".into(),
        Msg::ColReason => "Motivo".into(),
        Msg::Unassigned => "sin definir".into(),
        Msg::SetChanged { from, to, new_items, retired } => format!(
            "Esta lista de verificación se actualizó de la versión {from} a la versión {to} desde \
             la última vez que se respondió esta evaluación. Elementos nuevos por responder: \
             {new_items}. Elementos ya respondidos que han dejado de figurar en la lista: {retired} \
             (sus respuestas se conservan más abajo)."
        ),
        Msg::RetiredAnswers(list) => format!("Respuestas conservadas de elementos retirados: {list}"),
        Msg::SheetSummary => "Resumen".into(),
        Msg::SheetShipments => "Envíos".into(),
        Msg::ExportShipment => "Exportar este envío (JSON)".into(),
        Msg::SheetItems => "Elementos".into(),
        Msg::XlsxFailed(e) => format!("No se pudo generar la hoja de cálculo: {}", xlsx_failure(e)),
        Msg::XlsxCut(cuts) => {
            let n = cuts.len();
            let list = super::cut_list(cuts, cut_place, "; ", |m| format!("y {} más", super::Count::new(super::Lang::Es, m)));
            if n == 1 {
                format!("Exportado. 1 texto superaba lo que cabe en una celda de hoja de cálculo y se recortó (marcado con […]): {list}.")
            } else {
                format!(
                    "Exportado. {} textos superaban lo que cabe en una celda de hoja de cálculo y se recortaron (marcados con […]): {list}.",
                    super::Count::new(super::Lang::Es, n)
                )
            }
        }
        Msg::Fingerprint => "Huella digital (SHA-256 del contenido exportado)".into(),
        Msg::AllAnswers => "Todas las respuestas".into(),
        Msg::NotAnswered => "Sin responder".into(),
        Msg::ChartHeading => "De un vistazo".into(),
        Msg::ChartOverall => "Todo el programa".into(),
        Msg::ChartFindings => "Envíos por conclusión".into(),
        Msg::ChartText { title, parts, total } => {
            let count = |n: usize| super::Count::new(crate::core::question_set::Lang::Es, n);
            let parts: Vec<String> = parts.iter().map(|(label, n)| format!("{label}: {}", count(*n))).collect();
            if parts.is_empty() {
                format!("{title} — Total: {}.", count(*total))
            } else {
                format!("{title} — {}. Total: {}.", parts.join("; "), count(*total))
            }
        }
        Msg::ExportAs => "Exportar".into(),
        Msg::ExportFormat(f) => match f {
            ExportFormat::Json => "JSON (para volver a importar)",
            ExportFormat::Csv => "CSV (hoja de cálculo)",
            ExportFormat::Markdown => "Markdown (resumen)",
            ExportFormat::Xlsx => "Libro de Excel (XLSX)",
            ExportFormat::Html => "Informe imprimible (HTML)",
        }
        .into(),
        Msg::Import => "Importar una evaluación (JSON)".into(),
        Msg::ImportPreview { name, organisation, answered, total } => format!(
            "Archivo: “{name}”{}; elementos respondidos: {answered} de {total}.",
            if organisation.is_empty() { String::new() } else { format!(" ({organisation})") }
        ),
        Msg::ImportIntegrity(i) => match i {
            Integrity::Intact => "La huella digital coincide: el archivo está tal como se exportó.",
            Integrity::Altered => "Advertencia: la huella digital no coincide. El archivo se modificó después de exportarse.",
            Integrity::Unsigned => "Este archivo no tiene huella digital, así que no se puede verificar.",
        }
        .into(),
        Msg::ImportSetDiffers => "La lista de verificación de este archivo difiere de la de esta herramienta (mismo identificador, contenido distinto).".into(),
        Msg::ImportMigrated(v) => format!("Se leyó en la versión {v} del formato y se convirtió."),
        Msg::ImportAsNew => "Añadir como nueva evaluación".into(),
        Msg::ImportReplace => "Reemplazar la evaluación abierta".into(),
        Msg::ImportedName => "Evaluación importada".into(),
        Msg::ImportDone(name) => format!("Se importó “{name}”."),
        Msg::ImportFailed(e) => format!("No se importó este archivo: {}. Su trabajo actual no se ha modificado.", import_error(e)),
        Msg::Acknowledge => "Entendido".into(),
        Msg::Register => "Registro de envíos examinados".into(),
        Msg::NewShipment => "Examinar un nuevo envío".into(),
        Msg::NewShipmentReference(n) => format!("Envío {n}"),
        Msg::OpenShipment(r) => format!("Abrir {r}"),
        Msg::BackToRegister => "Volver al registro".into(),
        Msg::RemoveShipment => "Quitar del registro".into(),
        Msg::ConfirmRemoveShipment(r) => format!("¿Quitar el envío “{r}” y su examen? Esta acción no se puede deshacer."),
        Msg::ShipmentRecord => "Ficha del envío".into(),
        Msg::ShipmentField(f) => match f {
            TextField::Reference => "Referencia",
            TextField::Date => "Fecha",
            TextField::Consignor => "Remitente",
            TextField::Consignee => "Consignatario",
            TextField::EndUser => "Usuario final declarado",
            TextField::EndUse => "Uso final declarado",
            TextField::Destination => "País de destino",
            TextField::Description => "Descripción de los bienes",
            TextField::Quantity => "Cantidad",
            TextField::Value => "Valor",
            TextField::Exemption => "Exención del embargo o aprobación del Comité invocada",
            TextField::Broker => "Corredor o intermediario",
            TextField::Carrier => "Transportista (naviera, aerolínea, transportista por carretera)",
            TextField::Vessel => "Buque o aeronave (nombre, número OMI)",
        }
        .into(),
        Msg::ModeLabel => "Modo de transporte".into(),
        Msg::ModeName(m) => mode_name(*m).into(),
        Msg::Unknown => "Desconocido".into(),
        Msg::CategoryLabel => "Categoría de los bienes".into(),
        Msg::CategoryName(c) => match c {
            Category::BattleTanks => "Carros de combate",
            Category::ArmouredCombatVehicles => "Vehículos blindados de combate",
            Category::LargeCalibreArtillery => "Sistemas de artillería de gran calibre",
            Category::CombatAircraft => "Aeronaves de combate",
            Category::AttackHelicopters => "Helicópteros de ataque",
            Category::Warships => "Buques de guerra",
            Category::MissilesAndLaunchers => "Misiles y lanzamisiles",
            Category::SmallArmsLightWeapons => "Armas pequeñas y armas ligeras",
            Category::Ammunition => "Municiones (art. 3)",
            Category::PartsComponents => "Partes y componentes (art. 4)",
        }
        .into(),
        Msg::TransitLabel => "Puntos de tránsito o transbordo (separados por punto y coma)".into(),
        Msg::DocumentsHeading => "Documentos consultados".into(),
        Msg::DocumentName(d) => match d {
            Document::EndUserCertificate => "Certificado de usuario final",
            Document::ExportLicence => "Licencia de exportación",
            Document::TransportDocuments => "Documentos de transporte",
        }
        .into(),
        Msg::DocStatusName(d) => match d {
            DocStatus::NotSeen => "No consultado",
            DocStatus::Seen => "Consultado, no verificado",
            DocStatus::Verified => "Verificado",
        }
        .into(),
        Msg::Indicators => "Señales de alerta".into(),
        Msg::CheckPresent => "Presente".into(),
        Msg::CheckNotPresent => "Ausente".into(),
        Msg::CheckNotChecked => "Sin verificar".into(),
        Msg::RuleContains { value, word } => format!("«{value}» contiene «{word}»"),
        Msg::AutomaticRule(detail) => format!("Verificación automática: {detail}"),
        Msg::FindingHeading => "Conclusión".into(),
        Msg::FindingTitle(l) => format!("Conclusión: {}", text(&Msg::LevelName(*l))),
        Msg::LevelName(l) => match l {
            Level::Stop => "Detener",
            Level::Inquire => "Indagar",
            Level::Incomplete => "Incompleto",
            Level::NoRedFlags => "No se detectaron señales de alerta",
        }
        .into(),
        Msg::LevelExplain(l) => match l {
            Level::Stop => "No continuar. Remitir el envío a la autoridad competente.",
            Level::Inquire => "Hay señales de alerta. Deben resolverse antes de continuar.",
            Level::Incomplete => "Todavía no se han verificado todos los indicadores aplicables.",
            Level::NoRedFlags => "Se verificaron todos los indicadores aplicables y no se detectó ninguno.",
        }
        .into(),
        Msg::NotApproval => "Se trata de una conclusión del examen, no de una aprobación ni de una decisión sobre una licencia.".into(),
        Msg::DrivenBy => "Factores determinantes".into(),
        Msg::QuestionsToAsk => "Preguntas que deben plantearse".into(),
        Msg::ContextNoted => "Contexto observado (aumenta el nivel de escrutinio)".into(),
        Msg::UncheckedCount(n) => format!("Indicadores aplicables sin verificar: {n}"),
        Msg::OverridingRiskFound => "La evaluación prevista en el artículo 7, párrafo 4, determinó que existe un riesgo manifiesto.".into(),
        Msg::FilterByFinding => "Conclusión".into(),
        Msg::AllFindings => "Todas las conclusiones".into(),
        Msg::RowsShown { shown, total } => format!("Envíos mostrados: {shown} de {total}"),
        Msg::SortAdded => "Orden de incorporación".into(),
        Msg::SortBy => "Ordenar por".into(),
        Msg::Gbv74Heading => "Artículo 7, párrafo 4: violencia por motivos de género y violencia contra las mujeres y los niños".into(),
        Msg::Gbv74Intro => "Siga los seis pasos en orden. Las medidas de mitigación (paso 5) se examinan antes de determinar si existe un riesgo manifiesto (paso 6); si existe un riesgo manifiesto, la transferencia no debe realizarse.".into(),
        Msg::CompleteStep(n) => format!("Marcar el paso {n} como completado"),
        Msg::ReopenStep(n) => format!("Reabrir el paso {n}"),
        Msg::StepDone => "Completado".into(),
        Msg::StepLocked => "Complete primero los pasos anteriores.".into(),
        Msg::MitigationQuestion => "¿Pueden las medidas de mitigación u otros medios reducir el riesgo de forma adecuada y significativa?".into(),
        Msg::OverridingQuestion => "¿Existe un riesgo manifiesto de que se produzcan las consecuencias negativas determinadas en el paso 4?".into(),
        Msg::Yes => "Sí".into(),
        Msg::No => "No".into(),
        Msg::BatchImport => "Examinar un lote (archivo CSV o Excel)".into(),
        Msg::BatchTemplate => "Descargar una plantilla CSV".into(),
        Msg::BatchMapping => "¿Qué campo contiene cada columna?".into(),
        Msg::BatchIgnore => "(omitir esta columna)".into(),
        Msg::BatchScreen => "Examinar estas filas".into(),
        Msg::BatchReading => "Leyendo el archivo…".into(),
        Msg::BatchUnreadable(e) => read_error(e),
        Msg::BatchTooLarge { bytes, limit } => {
            let s = |b: u64| super::size(b, ",", ["B", "kB", "MB", "GB", "TB"]);
            format!("Este archivo ocupa {}; un archivo de lote puede ocupar hasta {}. Divídalo en archivos más pequeños.", s(*bytes), s(*limit))
        }
        Msg::BatchWorkerFailed(_) => "No se pudo iniciar el lector de archivos en este navegador, así que el archivo no se leyó. Vuelva a cargar la página e inténtelo de nuevo.".into(),
        Msg::BatchFormat(f) => match f {
            Format::Csv { encoding, delimiter, .. } => format!("Leído como CSV: codificación {}, campos separados por {}.", encoding_name(*encoding), separated_by(*delimiter)),
            Format::Xlsx { sheet, sheets } => {
                let first = format!("Leído de la primera hoja del libro, «{sheet}».");
                if *sheets > 1 { first + &format!(" El libro tiene {sheets} hojas; solo se lee la primera.") } else { first }
            }
        },
        Msg::BatchDelimiter => "Separador de campos".into(),
        Msg::DelimiterName(d) => match d {
            Delimiter::Comma => "coma (,)",
            Delimiter::Semicolon => "punto y coma (;)",
            Delimiter::Tab => "tabulación",
        }
        .into(),
        Msg::TechnicalDetails => "Detalles técnicos".into(),
        Msg::TryAgain => "Reintentar".into(),
        Msg::BatchResult { screened, rejected } => format!("Filas examinadas y añadidas al registro: {screened}; filas no examinadas (véase más abajo): {rejected}."),
        Msg::RowError { line, problem, sheet } => format!("{} {line}: {}", if *sheet { "Fila" } else { "Línea" }, row_problem(problem)),
        Msg::ReferenceLists => "Listas de referencia utilizadas en las verificaciones automáticas".into(),
        Msg::JurisdictionsHeading => "Los embargos que le obligan".into(),
        Msg::JurisdictionsHelp => "Los embargos del Consejo de Seguridad de las Naciones Unidas obligan a todos los Estados y siempre se tienen en cuenta. Marque cada jurisdicción cuyo derecho le obligue (porque usted, su empresa o las mercancías están sujetos a él): sus embargos contarán entonces como los de las Naciones Unidas, y los demás solo se mostrarán como contexto. Su elección se recuerda y se registra en cada exportación.".into(),
        Msg::JurisdictionsCounted(names) => format!("Embargos tenidos en cuenta: {names}"),
        Msg::UnSecurityCouncil => "Consejo de Seguridad de las Naciones Unidas".into(),
        Msg::ListAsOf(d) => format!("Información actualizada al {d}"),
        Msg::ExportedOn(d) => format!("Exportado el {d}"),
        Msg::ListEntries(n) => format!("Entradas: {n}"),
        Msg::ListRemoveEntry(name) => format!("Quitar {name}"),
        Msg::ListAddEntry => "Añadir una entrada".into(),
        Msg::ListEntryName => "Nombre".into(),
        Msg::ListEntryAliases => "Otros nombres y códigos (separados por punto y coma)".into(),
        Msg::ListsChanged => "Se están utilizando sus listas editadas; se volvieron a examinar todos los envíos.".into(),
        Msg::ImportRegister => "Importar un registro (JSON) y añadirlo a este".into(),
        Msg::RegisterImported { shipments, integrity } => format!("Envíos importados y examinados de nuevo: {}. {}", super::Count::new(super::Lang::Es, *shipments), text(&Msg::ImportIntegrity(*integrity))),
        Msg::ChangedInAnotherTab => "Este trabajo se modificó en otra pestaña o ventana; lo que ve ahora incluye esos cambios.".into(),
        Msg::OpeningStorage => "Abriendo su trabajo guardado…".into(),
        Msg::PartLoading => "Cargando esta parte del widget…".into(),
        Msg::PartUnavailable => "No se pudo cargar esta parte del widget: puede que se haya cortado la conexión o que el sitio ya no ofrezca esta versión. Su trabajo se conserva. Reintente o vuelva a cargar la página.".into(),
        Msg::StorageWrittenBack => "Los datos guardados de este sitio se borraron en el navegador mientras esta página estaba abierta. Su trabajo en pantalla se ha guardado de nuevo.".into(),
        Msg::StorageNewer => "El trabajo guardado en este navegador fue escrito por una versión más reciente de la herramienta, o se acaba de abrir una versión más reciente en otra pestaña. Para protegerlo, ya no se guarda nada desde esta página: exporte lo que tiene en pantalla y vuelva a cargar la página.".into(),
        Msg::StorageUnavailable => "Este navegador no permite que la herramienta guarde su trabajo. \
            Sus respuestas permanecerán en esta página hasta que la cierre: expórtelas antes de salir."
            .into(),
        Msg::StorageFull => "El almacenamiento del navegador está lleno, por lo que su último cambio no se guardó. \
            Exporte su trabajo ahora y, a continuación, libere espacio."
            .into(),
        Msg::SavedWorkUnreadable(e) => format!(
            "No se pudo leer su trabajo guardado: {}. Se ha conservado sin cambios; \
             comenzará con una evaluación en blanco.",
            load_error(e)
        ),
        Msg::SavedPartUnreadable(part, e) => format!(
            "{} {} Los datos guardados se han apartado sin cambios.",
            match part {
                SavedPart::ListEdits => "No se pudieron leer sus modificaciones guardadas de las listas de referencia; se utilizan las listas integradas.",
                SavedPart::Jurisdictions => "No se pudo leer su selección guardada de jurisdicciones; solo se tienen en cuenta los embargos del Consejo de Seguridad de las Naciones Unidas.",
                SavedPart::PartyDecisions => "No se pudieron leer sus decisiones guardadas sobre posibles coincidencias; esas coincidencias aparecen como no decididas.",
            },
            match e {
                LoadError::UnsupportedVersion(_) => "Se guardaron con una versión más reciente de la herramienta.",
                _ => "No tienen la forma en que guarda esta herramienta.",
            }
        ),
        Msg::TranslationForReview => "Traducción pendiente de revisión: este texto aún no se ha cotejado con el inglés.".into(),
        Msg::LanguagePackFailed(l) => format!("No se pudieron cargar los textos en {}; se muestran en inglés.", lang_name(*l)),
        Msg::YourData => "Sus datos".into(),
        Msg::YourDataIntro => "Su trabajo se guarda solo en este navegador, en este dispositivo. Una copia de seguridad completa es un único archivo que lo contiene todo (evaluaciones, registro de envíos, cambios en las listas, jurisdicciones, conjuntos de preguntas propios e idioma de la interfaz): guárdela en un lugar seguro y restáurela aquí o en otro navegador.".into(),
        Msg::BackupDownload => "Descargar una copia de seguridad completa".into(),
        Msg::BackupRestore => "Restaurar desde una copia de seguridad".into(),
        Msg::BackupPreview { assessments, shipments, custom_sets } => format!(
            "Esta copia de seguridad contiene {}, {} y {}. Restaurarla sustituye el trabajo de este navegador.",
            count(*assessments, "evaluación", "evaluaciones"),
            count(*shipments, "envío", "envíos"),
            count(*custom_sets, "conjunto de preguntas propio", "conjuntos de preguntas propios")
        ),
        Msg::BackupConfirm => "Sustituir mi trabajo por esta copia de seguridad".into(),
        Msg::BackupRestored { assessments, shipments } => format!(
            "Copia de seguridad restaurada: {} y {}.",
            count(*assessments, "evaluación", "evaluaciones"),
            count(*shipments, "envío", "envíos")
        ),
        Msg::BackupFailed(e) => format!("No se restauró esta copia de seguridad: {}. Su trabajo actual no se ha modificado.", match e {
            crate::core::backup::BackupError::File(ImportError::NotAnExport) => "no es una copia de seguridad completa de esta herramienta".to_owned(),
            crate::core::backup::BackupError::File(e) => import_error(e),
            crate::core::backup::BackupError::Part { part, error } => format!("en {}, {}", part_name(*part), import_error(error)),
            crate::core::backup::BackupError::CustomSet(e) => format!("se rechazó un conjunto de preguntas propio que contiene: {}", super::old_custom_set_error(crate::core::question_set::Lang::Es, e)),
        }),
        Msg::Persistence(p) => match p {
            crate::core::backup::Persistence::Granted => "Este navegador se ha comprometido a conservar sus datos: no los borrará para liberar espacio.",
            crate::core::backup::Persistence::NotGranted => "Este navegador puede borrar sus datos si falta espacio (no se le ha pedido que los conserve o no lo ha aceptado).",
            crate::core::backup::Persistence::Unsupported => "Este navegador no puede indicar si conservará sus datos.",
        }
        .into(),
        Msg::PersistAsk => "Pedir al navegador que los conserve".into(),
        Msg::StorageUsage { used, quota } => {
            let units = ["B", "kB", "MB", "GB", "TB"];
            format!("Almacenado: {} de {}.", super::size(*used, ",", units), super::size(*quota, ",", units))
        }
        Msg::LastBackup(Some(d)) => format!("Última copia de seguridad o exportación: {d}."),
        Msg::LastBackup(None) => "Aún no se ha hecho ninguna copia de seguridad ni exportación desde este navegador.".into(),
        Msg::BackupReminder => "Su trabajo no se ha guardado en un archivo en los últimos 7 días. Descargue una copia de seguridad completa para conservar una copia fuera de este navegador.".into(),
        Msg::WidgetVersion(v) => format!("att-diligence, versión {v}"),
        Msg::ContentBroken(_) => "No se pudo cargar la lista de verificación integrada, así que la herramienta no puede iniciarse. Recargue la página; si el mensaje vuelve a aparecer, avise a quien administra este sitio.".into(),
    }
}

pub(crate) fn problem(p: &Problem) -> String {
    let what = match &p.kind {
        ProblemKind::UnsupportedFormat(v) => format!(
            "la versión {v} del formato no es compatible (esta herramienta lee la versión {FORMAT_VERSION})"
        ),
        ProblemKind::EmptyText => "el texto está vacío".into(),
        ProblemKind::BadId(id) => format!(
            "el identificador `{id}` debe constar de letras minúsculas, dígitos, puntos y guiones, y empezar por una letra"
        ),
        ProblemKind::DuplicateId(id) => format!("el identificador `{id}` se utiliza más de una vez"),
        ProblemKind::BadVersion(v) => format!("la versión `{v}` no tiene la forma MAYOR.MENOR.PARCHE"),
        ProblemKind::BadArticle(a) => format!("`{a}` no es una referencia a un artículo del Tratado como `7(4)`"),
        ProblemKind::NoProvenance => "cada elemento necesita al menos una procedencia".into(),
        ProblemKind::UnknownElement(id) => {
            format!("`{id}` no figura en el catálogo de fuentes")
        }
        ProblemKind::UnknownPublicSource(id) => format!("`{id}` no es una fuente pública catalogada"),
        ProblemKind::EmptyReference => "una fuente pública debe indicar el lugar preciso al que se remite (`ref`)".into(),
        ProblemKind::NotForModule(what) => format!("este módulo no utiliza {what}"),
        ProblemKind::Missing(what) => format!("{what} es obligatorio en este módulo"),
        ProblemKind::BadStep(s) => format!("el paso {s} no está entre 1 y 6"),
        ProblemKind::StepOutsideSection { step } => format!(
            "un elemento del paso {step} debe figurar en la sección de ese paso (las secciones corresponden a los pasos 1 a 6, en orden)"
        ),
        ProblemKind::SinceAfterSet(v) => format!("la versión `{v}` es posterior a la del propio conjunto de preguntas"),
        ProblemKind::NoItems => "no contiene ningún elemento".into(),
    };
    format!("{}, campo `{}`: {what}", location(&p.location), p.field)
}

pub(crate) fn location(l: &Location) -> String {
    match l {
        Location::Set => "conjunto de preguntas".into(),
        Location::Section(id) => format!("sección {id}"),
        Location::Item(id) => format!("elemento {id}"),
        Location::ItemAt { section, position } => match section {
            SectionRef::Id(id) => format!("sección {id}, elemento n.º {position}"),
            SectionRef::At(n) => format!("sección n.º {n}, elemento n.º {position}"),
        },
    }
}

pub(crate) fn custom_set_error(e: &CustomSetError) -> String {
    match e {
        CustomSetError::TooLarge { bytes } => format!(
            "el archivo ocupa {}; un conjunto de preguntas no puede superar {}",
            file_size(*bytes),
            file_size(MAX_BYTES)
        ),
        CustomSetError::NotJson(e) => json_error(e),
        CustomSetError::UnsupportedFormat(Some(v)) => format!(
            "la versión {v} del formato no es compatible (esta herramienta lee la versión {FORMAT_VERSION})"
        ),
        CustomSetError::UnsupportedFormat(None) => {
            "el archivo no tiene número `format`, por lo que no es un conjunto de preguntas".into()
        }
        CustomSetError::Shape { location: l, error } => {
            format!("{}: {}", location(l), json_error(error))
        }
        CustomSetError::Invalid(ps) => ps.iter().map(problem).collect::<Vec<_>>().join("; "),
    }
}

pub(crate) fn mode_name(m: Mode) -> &'static str {
    match m {
        Mode::Sea => "Marítimo",
        Mode::Air => "Aéreo",
        Mode::Road => "Por carretera",
        Mode::Rail => "Ferroviario",
        Mode::Multimodal => "Multimodal",
    }
}

pub(crate) fn row_problem(p: &RowProblem) -> String {
    match p {
        RowProblem::FieldCount { expected, found } => format!("la fila tiene {found} campos y el encabezado {expected}: compruebe si sobra o falta un separador o unas comillas"),
        RowProblem::MissingReference => "la referencia está vacía".into(),
        RowProblem::MissingDestination => "el destino está vacío".into(),
        RowProblem::BadMode(v) => {
            format!("“{v}” no es un modo de transporte (sea, air, road, rail, multimodal)")
        }
        RowProblem::BadCategory(v) => format!("“{v}” no es una categoría de bienes"),
        RowProblem::BadDate(v) => {
            format!("“{v}” no es una fecha con el formato AAAA-MM-DD")
        }
        RowProblem::BadDocument { column, value } => {
            format!("{column}: “{value}” no es ninguno de los valores none, seen, verified")
        }
    }
}

pub(crate) fn import_error(e: &ImportError) -> String {
    match e {
        ImportError::TooLarge { bytes, limit } => format!(
            "el archivo ocupa {}, y la herramienta lee archivos de este tipo de hasta {}",
            file_size(*bytes),
            file_size(*limit)
        ),
        ImportError::NotText { .. } => {
            "no es texto UTF-8 (quizá sea otro tipo de archivo, o se guardó con otra codificación)"
                .into()
        }
        ImportError::NotJson(e) | ImportError::Malformed(e) => json_error(e),
        ImportError::NotAnExport => "no es una exportación de esta herramienta".into(),
        ImportError::NewerFormat(v) => {
            format!("se escribió en la versión {v} del formato, más reciente que las que puede leer esta herramienta")
        }
        ImportError::UnknownSet(id) => {
            format!("responde al conjunto de preguntas “{id}”, que esta herramienta no tiene")
        }
    }
}

/// What is wrong in a JSON file: where the text breaks, or which field and why.
pub(crate) fn json_error(e: &JsonError) -> String {
    let subject = if e.path.is_empty() {
        "el archivo".to_owned()
    } else {
        format!("el campo “{}”", e.path)
    };
    match &e.kind {
        JsonKind::Syntax => format!(
            "el texto deja de ser JSON válido a partir de la línea {}, columna {}",
            e.line, e.column
        ),
        JsonKind::CutOff => "el archivo termina antes de tiempo; puede estar incompleto".into(),
        JsonKind::TooDeep => format!(
            "tiene más de {MAX_DEPTH} niveles de anidamiento, algo que no tiene ningún archivo de esta herramienta"
        ),
        JsonKind::Missing => format!("falta {subject}"),
        JsonKind::UnknownField => format!("{subject} no existe en este tipo de archivo"),
        JsonKind::Duplicate => format!("{subject} aparece dos veces"),
        JsonKind::UnknownValue { value, allowed } if allowed.is_empty() => {
            format!("{subject} no admite el valor “{value}”")
        }
        JsonKind::UnknownValue { value, allowed } => format!(
            "{subject} no admite el valor “{value}” (valores posibles: {})",
            allowed.join(", ")
        ),
        JsonKind::Expected(Expected::Other) | JsonKind::Invalid => {
            format!("{subject} contiene un valor que este tipo de archivo no admite")
        }
        JsonKind::Expected(x) => format!("{subject} debería contener {}", expected(*x)),
        JsonKind::NotADate { value } => format!(
            "{subject} contiene “{value}”, que no es una fecha con el formato AAAA-MM-DD (por ejemplo, 2026-12-31)"
        ),
    }
}

pub(crate) fn expected(x: Expected) -> &'static str {
    match x {
        Expected::Text => "texto",
        Expected::WholeNumber => "un número entero",
        Expected::Number => "un número",
        Expected::TrueFalse => "true o false",
        Expected::List => "una lista",
        Expected::Group => "un grupo de campos",
        Expected::Other => "un valor de otro tipo",
    }
}

pub(crate) fn part_name(p: Part) -> String {
    match p {
        Part::Assessment(i) => format!("la evaluación {} de la copia", i + 1),
        Part::Register => "el registro de envíos de la copia".into(),
        Part::Lists => "las modificaciones de listas de la copia".into(),
    }
}

pub(crate) fn file_size(bytes: usize) -> String {
    super::size(bytes as u64, ",", ["B", "kB", "MB", "GB", "TB"])
}

/// `n` and the noun in the number it takes.
pub(crate) fn count(n: usize, one: &str, other: &str) -> String {
    let c = super::Count::new(super::Lang::Es, n);
    format!("{c} {}", if n == 1 { one } else { other })
}

pub(crate) fn read_error(e: &ReadError) -> String {
    match e {
        ReadError::TooManyCells { limit } => format!(
            "La primera hoja de este libro tiene más de {} celdas, más de las que el widget lee de un solo archivo. Reparta los envíos en varios archivos.",
            super::Count::new(crate::core::question_set::Lang::Es, *limit as usize)
        ),
        ReadError::Empty => "Este archivo está vacío: no tiene fila de encabezados ni ningún envío.".into(),
        ReadError::NoRows => "Este archivo tiene una fila de encabezados, pero ningún envío debajo.".into(),
        ReadError::NotWorkbook { .. } => "Este archivo parece un libro de Excel (.xlsx), pero no se pudo abrir: puede estar dañado o ser otro tipo de archivo. Ábralo en su programa de hojas de cálculo y guárdelo de nuevo como .xlsx o CSV.".into(),
        ReadError::NoSheet => "Este libro no tiene ninguna hoja con datos. Ponga los envíos en la primera hoja.".into(),
        ReadError::OldOrProtectedWorkbook => "Este es un libro de Excel 97-2003 (.xls) o protegido con contraseña, que el widget no puede leer. Guárdelo como .xlsx (sin contraseña) o como CSV y elija ese archivo.".into(),
        ReadError::NotText => "Este archivo no es un CSV ni un libro de Excel (no es texto). Elija un archivo .csv, .txt o .xlsx.".into(),
    }
}

pub(crate) fn encoding_name(e: Encoding) -> &'static str {
    match e {
        Encoding::Utf8 => "UTF-8",
        Encoding::Utf8Bom => "UTF-8 con marca de orden de bytes",
        Encoding::Utf16Le => "UTF-16 (texto Unicode)",
        Encoding::Utf16Be => "UTF-16 big-endian",
        Encoding::Windows1252 => "Windows-1252 (Europa occidental: el archivo no está en UTF-8)",
    }
}

/// The delimiter as the "separated by …" sentence needs it.
pub(crate) fn separated_by(d: Delimiter) -> &'static str {
    match d {
        Delimiter::Comma => "comas (,)",
        Delimiter::Semicolon => "puntos y coma (;)",
        Delimiter::Tab => "tabulaciones",
    }
}

/// Where a cut cell was, for the message that lists them.
pub(crate) fn cut_place(c: &Cut) -> String {
    let whose = match &c.whose {
        Whose::Assessment => "la evaluación".to_owned(),
        Whose::Set => "el cuestionario".to_owned(),
        Whose::Section(t) => format!("la sección “{t}”"),
        Whose::Item { question: q, .. } => format!("el elemento “{q}”"),
        Whose::Shipment(r) => format!("el envío {r}"),
    };
    let field = match c.field {
        CutField::Name => "Nombre".to_owned(),
        CutField::Title if matches!(c.whose, Whose::Item { .. }) => "Pregunta".to_owned(),
        CutField::Title => "Título".to_owned(),
        CutField::Detail(f) => text(&Msg::Detail(f)),
        CutField::Answer(f) => text(&Msg::FieldLabel(f)),
        CutField::Shipment(f) => text(&Msg::ShipmentField(f)),
        CutField::Transit => "Puntos de tránsito".to_owned(),
        CutField::Parties => text(&Msg::Party(super::party::PartyMsg::PartiesHeading)),
    };
    format!("{whose} ({field})")
}

/// Why no workbook was written, and what to do instead.
pub(crate) fn xlsx_failure(e: &XlsxError) -> &'static str {
    match e {
        XlsxError::Unavailable(_) => "no se pudo cargar el componente que escribe los archivos XLSX, o se detuvo (quizá la página está sin conexión o el libro es demasiado grande para la memoria del navegador). Vuelva a intentarlo o exporte en CSV.",
        XlsxError::TimedOut(_) => "el componente que escribe los archivos XLSX no se inició a tiempo (quizá la conexión es lenta o la página está sin conexión). Vuelva a intentarlo o exporte en CSV.",
        XlsxError::Blocked(_) => "la política de seguridad de esta página (Trusted Types) no permite que la herramienta inicie el componente que escribe los archivos XLSX. Exporte en CSV o pida al administrador del sitio que permita la política de Trusted Types «att-diligence».",
        XlsxError::TooManyRows(_) => "tendría más filas de las que admite una hoja (1.048.576). Exporte en CSV o JSON.",
        XlsxError::Refused(_) => "el componente que escribe XLSX rechazó el libro. Exporte en CSV o JSON.",
    }
}
