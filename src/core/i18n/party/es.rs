use super::{file_name, stamps, tenths, PartyMsg};
use crate::core::i18n::Count;
use crate::core::parties::{Role, Source, Verdict};
use crate::core::question_set::Lang;
use att_lists::{CsvReason, FileKind, ListError};

pub(crate) fn n(v: usize) -> Count {
    Count::new(Lang::Es, v)
}

pub(crate) fn source_name(s: Source) -> &'static str {
    match s {
        Source::Un => "Lista Consolidada del Consejo de Seguridad de las Naciones Unidas",
        Source::OfacSdn => {
            "Lista de Nacionales Especialmente Designados (SDN) de la OFAC de los Estados Unidos"
        }
        Source::UsCsl => "Consolidated Screening List (CSL) de los Estados Unidos",
    }
}

pub(crate) fn short(s: Source) -> &'static str {
    match s {
        Source::Un => "ONU",
        Source::OfacSdn => "OFAC SDN",
        Source::UsCsl => "CSL (EE. UU.)",
    }
}

/// Every kind is a masculine "archivo …", so that "del", "el" and "El" fit before it.
pub(crate) fn file_kind(k: FileKind) -> &'static str {
    match k {
        FileKind::UnXml => "archivo de la lista de las Naciones Unidas (XML)",
        FileKind::OfacSdn => "archivo sdn.csv de la OFAC",
        FileKind::OfacAlt => "archivo alt.csv de la OFAC (alias)",
        FileKind::OfacAdd => "archivo add.csv de la OFAC (direcciones)",
        FileKind::UsCsl => "archivo de la Consolidated Screening List (CSV)",
    }
}

pub(crate) fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::NotSame => "No es la misma parte",
        Verdict::Escalated => "Elevada a un nivel superior",
        Verdict::Confirmed => "Coincidencia confirmada",
    }
}

pub(crate) fn role(r: Role) -> &'static str {
    match r {
        Role::Consignor => "Remitente",
        Role::Consignee => "Consignatario",
        Role::EndUser => "Usuario final",
        Role::Broker => "Corredor",
        Role::Carrier => "Transportista",
        Role::Vessel => "Buque o aeronave",
    }
}

pub(crate) fn refused(error: &ListError, files: &[String]) -> String {
    let kept = " Las listas ya cargadas no han cambiado.";
    let why = match error {
        ListError::Empty { index } => format!("El archivo {} está vacío.", file_name(files, *index)),
        ListError::UnknownFormat { index } => format!(
            "El archivo {} no es ninguna de las listas que lee esta herramienta: la Lista Consolidada de las Naciones Unidas (XML), el archivo sdn.csv de la OFAC (con alt.csv y add.csv) o la Consolidated Screening List (CSV).",
            file_name(files, *index)
        ),
        ListError::NotXml { line, .. } => format!(
            "La lista de las Naciones Unidas deja de ser un XML válido en la línea {line}: puede que el archivo esté dañado."
        ),
        ListError::Truncated { element, line } => format!(
            "La lista de las Naciones Unidas termina antes de que se cierre el elemento {element} abierto en la línea {line}: probablemente la descarga se interrumpió. Descárguela de nuevo."
        ),
        ListError::MissingElement { element, line } => format!(
            "La entrada de la lista de las Naciones Unidas que empieza en la línea {line} no tiene el elemento {element}."
        ),
        ListError::Csv { file, line, reason } => match reason {
            CsvReason::FieldCount { expected, found } => format!(
                "La línea {line} del {} tiene {found} campos, mientras que el formato tiene {expected}.",
                file_kind(*file)
            ),
            CsvReason::NotANumber { field, value } => format!(
                "Línea {line} del {}: el campo {field} contiene “{value}”, que no es un número.",
                file_kind(*file)
            ),
            CsvReason::Syntax { .. } => format!(
                "La línea {line} del {} no se puede leer como CSV.",
                file_kind(*file)
            ),
        },
        ListError::MissingField { file, line, field } => format!(
            "La línea {line} del {} no tiene el campo {field}.",
            file_kind(*file)
        ),
        ListError::Mixed { first, other } => format!(
            "El {} y el {} pertenecen a dos listas distintas: cargue cada lista por separado.",
            file_kind(*first),
            file_kind(*other)
        ),
        ListError::Duplicate { kind } => format!(
            "El {} se proporcionó dos veces: cargue un solo ejemplar de cada archivo.",
            file_kind(*kind)
        ),
        ListError::AltWithoutSdn { given } => format!(
            "El {} acompaña al archivo sdn.csv de la OFAC: cárguelo junto con sdn.csv.",
            file_kind(*given)
        ),
    };
    format!("La lista no se cargó. {why}{kept}")
}

pub(crate) fn text(msg: &PartyMsg) -> String {
    match msg {
        PartyMsg::ListsHeading => "Listas de sanciones para la verificación de las partes".into(),
        PartyMsg::ListsHelp => "Cargue las listas que haya descargado de sus sitios oficiales; a partir de entonces, cada parte de cada envío se verifica con ellas. Los archivos permanecen en este dispositivo: la herramienta nunca envía ningún nombre a ninguna parte, nunca descarga una lista y no incluye ninguna propia. Una verificación solo está tan actualizada como los archivos que haya cargado: vuelva a cargar cada lista cuando se actualice.".into(),
        PartyMsg::LoadFiles => "Cargar un archivo de lista (para la OFAC, sdn.csv junto con alt.csv y add.csv)".into(),
        PartyMsg::NoList => "No hay ninguna lista cargada: las partes no se verifican.".into(),
        PartyMsg::SourceName(s) => source_name(*s).into(),
        PartyMsg::SourceWhere(s) => match s {
            Source::Un => "En el sitio web del Consejo de Seguridad: la Lista Consolidada en XML (consolidated.xml).",
            Source::OfacSdn => "En el Sanctions List Service del Departamento del Tesoro de los Estados Unidos: los archivos CSV del formato antiguo sdn.csv, alt.csv y add.csv.",
            Source::UsCsl => "En trade.gov: la Consolidated Screening List en CSV (consolidated.csv).",
        }
        .into(),
        PartyMsg::Dated { date: Some(d), own: true } => format!("Lista generada el {d}"),
        PartyMsg::Dated { date: Some(d), own: false } => {
            format!("Archivo con fecha {d} (la lista misma no indica ninguna fecha)")
        }
        PartyMsg::Dated { date: None, .. } => "Sin fecha indicada".into(),
        PartyMsg::Entries { entries, names } => {
            format!("Entradas: {}; nombres, incluidos los alias: {}", n(*entries), n(*names))
        }
        PartyMsg::Replace => "Reemplazar por un archivo más reciente".into(),
        PartyMsg::Remove => "Quitar".into(),
        PartyMsg::Reading => "Leyendo la lista…".into(),
        PartyMsg::Loaded(s) => format!("Lista cargada: {}.", source_name(*s)),
        PartyMsg::Refused { error, files } => refused(error, files),
        PartyMsg::WorkerFailed(_) => "No se pudo iniciar la parte de la herramienta que lee las listas y verifica los nombres, o se detuvo. Vuelva a cargar la página e inténtelo de nuevo; sus listas y su trabajo se conservan.".into(),
        PartyMsg::NotKept => "La lista está cargada para esta visita, pero este navegador se negó a conservarla (su almacenamiento está lleno o no está permitido): vuelva a cargarla la próxima vez.".into(),
        PartyMsg::Threshold => "Umbral de coincidencia (0–100)".into(),
        PartyMsg::ThresholdHelp => "Un nombre es una posible coincidencia cuando su puntuación alcanza el umbral. Un umbral más bajo encuentra más variantes y también más coincidencias falsas; el valor predeterminado, 85, se explica en la guía. Se aplica a todas las verificaciones.".into(),
        PartyMsg::UsBinds => "La legislación de los Estados Unidos me obliga a mí o a los bienes (una persona estadounidense, bienes de origen estadounidense o bienes sujetos a las EAR)".into(),
        PartyMsg::UsBindsHelp => "Las designaciones del Consejo de Seguridad de las Naciones Unidas obligan a todos los Estados: una coincidencia confirmada con la lista de las Naciones Unidas detiene el envío. Una coincidencia confirmada con una lista de los Estados Unidos solo lo detiene si marca esta casilla; de lo contrario, exige indagar. Queda registrado en cada exportación.".into(),
        PartyMsg::DecisionsHeading => "Decisiones sobre posibles coincidencias".into(),
        PartyMsg::NoDecisions => "Aún no se ha registrado ninguna decisión.".into(),
        PartyMsg::Revoke => "Revocar".into(),
        PartyMsg::DecisionLine { name, source, reference, listed_name, verdict: v, reason, decided_on, list_date } => {
            let mut s = format!(
                "“{name}” y {} {reference} “{listed_name}”: {}",
                short(*source),
                verdict(*v)
            );
            if !reason.is_empty() {
                s.push_str(&format!(" (“{reason}”)"));
            }
            s.push_str(&format!(", {decided_on}"));
            if let Some(d) = list_date {
                s.push_str(&format!(", lista del {d}"));
            }
            s
        }
        PartyMsg::PartiesHeading => "Verificación de las partes".into(),
        PartyMsg::NotScreened => "Sin verificar: cargue una lista de sanciones en el panel de listas.".into(),
        PartyMsg::Screening => "Verificando…".into(),
        PartyMsg::NoMatch => "Ninguna posible coincidencia.".into(),
        PartyMsg::Match { matched_name, source, reference, score_tenths } => format!(
            "Posible coincidencia: “{matched_name}”, {} {reference}, puntuación {}",
            short(*source),
            tenths(*score_tenths, ',')
        ),
        PartyMsg::ListedName => "Nombre en la lista".into(),
        PartyMsg::Programmes => "Régimen o programa".into(),
        PartyMsg::ListedOn => "Fecha de inclusión".into(),
        PartyMsg::SubList => "Lista dentro de la CSL".into(),
        PartyMsg::MatchedAlias => "Nombre coincidente".into(),
        PartyMsg::MatchedTokens => "Palabras emparejadas".into(),
        PartyMsg::MatchedIdentifier => "Identificador idéntico".into(),
        PartyMsg::VerdictName(v) => verdict(*v).into(),
        PartyMsg::Reason => "Motivo (obligatorio para “no es la misma parte”)".into(),
        PartyMsg::ReasonRequired => "Indique por qué no se trata de la parte que figura en la lista (por ejemplo, una fecha de nacimiento, un número de registro o una dirección diferentes).".into(),
        PartyMsg::Decided { verdict: v, reason, decided_on, list_date } => {
            let mut s = format!("{}, decisión del {decided_on}", verdict(*v));
            if let Some(d) = list_date {
                s.push_str(&format!(", con la lista del {d}"));
            }
            if !reason.is_empty() {
                s.push_str(&format!(": “{reason}”"));
            }
            s
        }
        PartyMsg::ScreenAll => "Verificar todas las partes".into(),
        PartyMsg::Cancel => "Cancelar".into(),
        PartyMsg::Progress { done, total } => format!("Verificación de las partes — envíos procesados: {} de {}", n(*done), n(*total)),
        PartyMsg::Cancelled { done, total } => format!(
            "Verificación cancelada; envíos procesados: {} de {}. Los demás conservan su verificación anterior.",
            n(*done),
            n(*total)
        ),
        PartyMsg::Done { shipments, newly } => format!(
            "Se verificaron todas las partes. Envíos con posibles coincidencias: {}; de ellos, nuevos desde la última verificación: {}.",
            n(*shipments),
            n(*newly)
        ),
        PartyMsg::OpenMatches => "Coincidencias pendientes".into(),
        PartyMsg::NewMatches => "nueva".into(),
        PartyMsg::Evidence(e) => {
            let who = format!("{} “{}”", role(e.role), e.name);
            let entry = format!(
                "{} {} “{}” (nombre coincidente “{}”, puntuación {})",
                short(e.source),
                e.reference,
                e.listed_name,
                e.matched_name,
                tenths(e.score_tenths, ',')
            );
            let date = e.list_date.as_ref().map(|d| format!(", lista del {d}")).unwrap_or_default();
            match e.verdict {
                Some(Verdict::Confirmed) if e.binding => {
                    format!("{who}: coincidencia confirmada con {entry}{date}.")
                }
                Some(Verdict::Confirmed) => format!(
                    "{who}: coincidencia confirmada con {entry}{date}; usted no ha indicado que le obligue el derecho en que se basa esta lista."
                ),
                Some(Verdict::Escalated) => format!(
                    "{who}: posible coincidencia con {entry}{date}; elevada a un nivel superior, aún sin decidir."
                ),
                _ => format!("{who}: posible coincidencia con {entry}{date}; aún sin decisión."),
            }
        }
        PartyMsg::Cleared(c) => format!(
            "Nombres de partes verificados frente a {} con un umbral de {}: {}; no queda pendiente ninguna posible coincidencia.",
            stamps(c, short),
            tenths(c.threshold_tenths, ','),
            n(c.parties)
        ),
        PartyMsg::RoleName(r) => role(*r).into(),
    }
}
