use super::{file_name, stamps, tenths, PartyMsg};
use crate::core::i18n::Count;
use crate::core::parties::{Role, Source, Verdict};
use crate::core::question_set::Lang;
use att_lists::{CsvReason, FileKind, ListError};

pub(crate) fn n(v: usize) -> Count {
    Count::new(Lang::Fr, v)
}

pub(crate) fn source_name(s: Source) -> &'static str {
    match s {
        Source::Un => "Liste récapitulative du Conseil de sécurité de l’ONU",
        Source::OfacSdn => {
            "Liste des ressortissants spécialement désignés (SDN) de l’OFAC (États-Unis)"
        }
        Source::UsCsl => "Consolidated Screening List (CSL) des États-Unis",
    }
}

pub(crate) fn short(s: Source) -> &'static str {
    match s {
        Source::Un => "ONU",
        Source::OfacSdn => "OFAC SDN",
        Source::UsCsl => "CSL (États-Unis)",
    }
}

/// Every kind is a masculine "fichier …", so that "du", "le" and "Le" fit before it.
pub(crate) fn file_kind(k: FileKind) -> &'static str {
    match k {
        FileKind::UnXml => "fichier de la liste de l’ONU (XML)",
        FileKind::OfacSdn => "fichier sdn.csv de l’OFAC",
        FileKind::OfacAlt => "fichier alt.csv de l’OFAC (alias)",
        FileKind::OfacAdd => "fichier add.csv de l’OFAC (adresses)",
        FileKind::UsCsl => "fichier de la Consolidated Screening List (CSV)",
    }
}

pub(crate) fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::NotSame => "Pas la même partie",
        Verdict::Escalated => "Transmise au niveau supérieur",
        Verdict::Confirmed => "Correspondance confirmée",
    }
}

pub(crate) fn role(r: Role) -> &'static str {
    match r {
        Role::Consignor => "Expéditeur",
        Role::Consignee => "Destinataire",
        Role::EndUser => "Utilisateur final",
        Role::Broker => "Courtier",
        Role::Carrier => "Transporteur",
        Role::Vessel => "Navire ou aéronef",
    }
}

pub(crate) fn refused(error: &ListError, files: &[String]) -> String {
    let kept = " Les listes déjà chargées sont inchangées.";
    let why = match error {
        ListError::Empty { index } => format!("Le fichier {} est vide.", file_name(files, *index)),
        ListError::UnknownFormat { index } => format!(
            "Le fichier {} ne correspond à aucune des listes que lit cet outil : la Liste récapitulative de l’ONU (XML), le fichier sdn.csv de l’OFAC (avec alt.csv et add.csv) ou la Consolidated Screening List (CSV).",
            file_name(files, *index)
        ),
        ListError::NotXml { line, .. } => format!(
            "La liste de l’ONU cesse d’être un document XML valide à la ligne {line} : le fichier est peut-être endommagé."
        ),
        ListError::Truncated { element, line } => format!(
            "La liste de l’ONU se termine avant la fermeture de l’élément {element} ouvert à la ligne {line} : le téléchargement a probablement été interrompu. Téléchargez-la de nouveau."
        ),
        ListError::MissingElement { element, line } => format!(
            "L’entrée de la liste de l’ONU qui commence à la ligne {line} n’a pas d’élément {element}."
        ),
        ListError::Csv { file, line, reason } => match reason {
            CsvReason::FieldCount { expected, found } => format!(
                "La ligne {line} du {} compte {found} champs, alors que le format en prévoit {expected}.",
                file_kind(*file)
            ),
            CsvReason::NotANumber { field, value } => format!(
                "Ligne {line} du {} : le champ {field} vaut « {value} », qui n’est pas un nombre.",
                file_kind(*file)
            ),
            CsvReason::Syntax { .. } => format!(
                "La ligne {line} du {} ne peut pas être lue comme du CSV.",
                file_kind(*file)
            ),
        },
        ListError::MissingField { file, line, field } => format!(
            "Le champ {field} manque à la ligne {line} du {}.",
            file_kind(*file)
        ),
        ListError::Mixed { first, other } => format!(
            "Le {} et le {} appartiennent à deux listes différentes : chargez chaque liste séparément.",
            file_kind(*first),
            file_kind(*other)
        ),
        ListError::Duplicate { kind } => format!(
            "Le {} a été fourni deux fois : chargez un seul exemplaire de chaque fichier.",
            file_kind(*kind)
        ),
        ListError::AltWithoutSdn { given } => format!(
            "Le {} accompagne le fichier sdn.csv de l’OFAC : chargez-le avec sdn.csv.",
            file_kind(*given)
        ),
    };
    format!("La liste n’a pas été chargée. {why}{kept}")
}

pub(crate) fn text(msg: &PartyMsg) -> String {
    match msg {
        PartyMsg::ListsHeading => "Listes de sanctions pour le filtrage des parties".into(),
        PartyMsg::ListsHelp => "Chargez les listes que vous avez téléchargées depuis leurs sites officiels ; chaque partie de chaque expédition est alors filtrée au regard de ces listes. Les fichiers restent sur cet appareil : l’outil n’envoie jamais aucun nom, ne télécharge jamais de liste et n’en fournit aucune. Un filtrage n’est pas plus à jour que les fichiers que vous avez chargés : chargez de nouveau chaque liste lorsqu’elle est mise à jour.".into(),
        PartyMsg::LoadFiles => "Charger un fichier de liste (pour l’OFAC, sdn.csv avec alt.csv et add.csv ensemble)".into(),
        PartyMsg::NoList => "Aucune liste chargée : les parties ne sont pas filtrées.".into(),
        PartyMsg::SourceName(s) => source_name(*s).into(),
        PartyMsg::SourceWhere(s) => match s {
            Source::Un => "Sur le site du Conseil de sécurité : la Liste récapitulative au format XML (consolidated.xml).",
            Source::OfacSdn => "Sur le Sanctions List Service du Trésor des États-Unis : les fichiers CSV de l’ancien format, sdn.csv, alt.csv et add.csv.",
            Source::UsCsl => "Sur trade.gov : la Consolidated Screening List au format CSV (consolidated.csv).",
        }
        .into(),
        PartyMsg::Dated { date: Some(d), own: true } => format!("Liste générée le {d}"),
        PartyMsg::Dated { date: Some(d), own: false } => {
            format!("Fichier daté du {d} (la liste elle-même n’indique pas de date)")
        }
        PartyMsg::Dated { date: None, .. } => "Aucune date indiquée".into(),
        PartyMsg::Entries { entries, names } => {
            format!("Entrées : {} ; noms, alias compris : {}", n(*entries), n(*names))
        }
        PartyMsg::Replace => "Remplacer par un fichier plus récent".into(),
        PartyMsg::Remove => "Retirer".into(),
        PartyMsg::Reading => "Lecture de la liste…".into(),
        PartyMsg::Loaded(s) => format!("Liste chargée : {}.", source_name(*s)),
        PartyMsg::Refused { error, files } => refused(error, files),
        PartyMsg::WorkerFailed(_) => "La partie de l’outil qui lit les listes et filtre les noms n’a pas pu démarrer, ou elle s’est arrêtée. Rechargez la page et réessayez ; vos listes et votre travail sont conservés.".into(),
        PartyMsg::NotKept => "La liste est chargée pour cette visite, mais ce navigateur a refusé de la conserver (son espace de stockage est plein ou n’est pas autorisé) : chargez-la de nouveau la prochaine fois.".into(),
        PartyMsg::Threshold => "Seuil de correspondance (0–100)".into(),
        PartyMsg::ThresholdHelp => "Un nom est une correspondance possible lorsque son score atteint le seuil. Un seuil plus bas trouve davantage de variantes, mais aussi davantage de fausses correspondances ; la valeur par défaut, 85, est expliquée dans le guide. Le seuil s’applique à tous les filtrages.".into(),
        PartyMsg::UsBinds => "Le droit des États-Unis me lie ou lie les biens (personne américaine, biens d’origine américaine ou biens soumis aux EAR)".into(),
        PartyMsg::UsBindsHelp => "Les désignations du Conseil de sécurité de l’ONU lient tous les États : une correspondance confirmée avec la liste de l’ONU arrête l’expédition. Une correspondance confirmée avec une liste des États-Unis ne l’arrête que si vous cochez cette case ; sinon, elle appelle une vérification. Ce choix est consigné dans chaque export.".into(),
        PartyMsg::DecisionsHeading => "Décisions sur les correspondances possibles".into(),
        PartyMsg::NoDecisions => "Aucune décision enregistrée pour l’instant.".into(),
        PartyMsg::Revoke => "Révoquer".into(),
        PartyMsg::DecisionLine { name, source, reference, listed_name, verdict: v, reason, decided_on, list_date } => {
            let mut s = format!(
                "« {name} » et {} {reference} « {listed_name} » : {}",
                short(*source),
                verdict(*v)
            );
            if !reason.is_empty() {
                s.push_str(&format!(" (« {reason} »)"));
            }
            s.push_str(&format!(", {decided_on}"));
            if let Some(d) = list_date {
                s.push_str(&format!(", liste du {d}"));
            }
            s
        }
        PartyMsg::PartiesHeading => "Filtrage des parties".into(),
        PartyMsg::NotScreened => "Parties non filtrées : chargez une liste de sanctions dans le panneau des listes.".into(),
        PartyMsg::Screening => "Filtrage en cours…".into(),
        PartyMsg::NoMatch => "Aucune correspondance possible.".into(),
        PartyMsg::Match { matched_name, source, reference, score_tenths } => format!(
            "Correspondance possible : « {matched_name} », {} {reference}, score {}",
            short(*source),
            tenths(*score_tenths, ',')
        ),
        PartyMsg::ListedName => "Nom inscrit".into(),
        PartyMsg::Programmes => "Régime ou programme".into(),
        PartyMsg::ListedOn => "Date d’inscription".into(),
        PartyMsg::SubList => "Liste au sein de la CSL".into(),
        PartyMsg::MatchedAlias => "Nom concordant".into(),
        PartyMsg::MatchedTokens => "Mots appariés".into(),
        PartyMsg::MatchedIdentifier => "Identifiant identique".into(),
        PartyMsg::VerdictName(v) => verdict(*v).into(),
        PartyMsg::Reason => "Motif (obligatoire pour « pas la même partie »)".into(),
        PartyMsg::ReasonRequired => "Indiquez pourquoi il ne s’agit pas de la partie inscrite (par exemple une date de naissance, un numéro d’immatriculation ou une adresse différents).".into(),
        PartyMsg::Decided { verdict: v, reason, decided_on, list_date } => {
            let mut s = format!("{}, décision du {decided_on}", verdict(*v));
            if let Some(d) = list_date {
                s.push_str(&format!(", au regard de la liste du {d}"));
            }
            if !reason.is_empty() {
                s.push_str(&format!(" : « {reason} »"));
            }
            s
        }
        PartyMsg::ScreenAll => "Filtrer toutes les parties".into(),
        PartyMsg::Cancel => "Annuler".into(),
        PartyMsg::Progress { done, total } => format!("Filtrage des parties — expéditions traitées : {} sur {}", n(*done), n(*total)),
        PartyMsg::Cancelled { done, total } => format!(
            "Filtrage annulé ; expéditions traitées : {} sur {}. Les autres conservent leur filtrage précédent.",
            n(*done),
            n(*total)
        ),
        PartyMsg::Done { shipments, newly } => format!(
            "Toutes les parties ont été filtrées. Expéditions présentant des correspondances possibles : {} ; dont nouvelles depuis le dernier filtrage : {}.",
            n(*shipments),
            n(*newly)
        ),
        PartyMsg::OpenMatches => "Correspondances en suspens".into(),
        PartyMsg::NewMatches => "nouvelle".into(),
        PartyMsg::Evidence(e) => {
            let who = format!("{} « {} »", role(e.role), e.name);
            let entry = format!(
                "{} {} « {} » (nom concordant « {} », score {})",
                short(e.source),
                e.reference,
                e.listed_name,
                e.matched_name,
                tenths(e.score_tenths, ',')
            );
            let date = e.list_date.as_ref().map(|d| format!(", liste du {d}")).unwrap_or_default();
            match e.verdict {
                Some(Verdict::Confirmed) if e.binding => {
                    format!("{who} : correspondance confirmée avec {entry}{date}.")
                }
                Some(Verdict::Confirmed) => format!(
                    "{who} : correspondance confirmée avec {entry}{date} ; vous n’avez pas indiqué que le droit dont relève cette liste vous lie."
                ),
                Some(Verdict::Escalated) => format!(
                    "{who} : correspondance possible avec {entry}{date} ; transmise au niveau supérieur, pas encore tranchée."
                ),
                _ => format!("{who} : correspondance possible avec {entry}{date} ; aucune décision pour l’instant."),
            }
        }
        PartyMsg::Cleared(c) => format!(
            "Noms de parties filtrés au regard de {} au seuil de {} : {} ; aucune correspondance possible n’est restée en suspens.",
            stamps(c, short),
            tenths(c.threshold_tenths, ','),
            n(c.parties)
        ),
        PartyMsg::RoleName(r) => role(*r).into(),
    }
}
