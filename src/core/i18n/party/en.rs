use super::{file_name, stamps, tenths, PartyMsg};
use crate::core::i18n::Count;
use crate::core::parties::{Role, Source, Verdict};
use crate::core::question_set::Lang;
use att_lists::{CsvReason, FileKind, ListError};

pub(crate) fn n(v: usize) -> Count {
    Count::new(Lang::En, v)
}

/// `n` and the noun, singular for one.
pub(crate) fn count(v: usize, one: &str, many: &str) -> String {
    format!("{} {}", n(v), if v == 1 { one } else { many })
}

pub(crate) fn cap(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

pub(crate) fn source_name(s: Source) -> &'static str {
    match s {
        Source::Un => "UN Security Council Consolidated List",
        Source::OfacSdn => "US OFAC Specially Designated Nationals (SDN) List",
        Source::UsCsl => "US Consolidated Screening List",
    }
}

pub(crate) fn short(s: Source) -> &'static str {
    match s {
        Source::Un => "UN",
        Source::OfacSdn => "OFAC SDN",
        Source::UsCsl => "US CSL",
    }
}

pub(crate) fn file_kind(k: FileKind) -> &'static str {
    match k {
        FileKind::UnXml => "the UN list (XML)",
        FileKind::OfacSdn => "OFAC's sdn.csv",
        FileKind::OfacAlt => "OFAC's alt.csv (aliases)",
        FileKind::OfacAdd => "OFAC's add.csv (addresses)",
        FileKind::UsCsl => "the Consolidated Screening List (CSV)",
    }
}

pub(crate) fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::NotSame => "Not the same party",
        Verdict::Escalated => "Escalated",
        Verdict::Confirmed => "Confirmed match",
    }
}

pub(crate) fn role(r: Role) -> &'static str {
    match r {
        Role::Consignor => "Consignor",
        Role::Consignee => "Consignee",
        Role::EndUser => "End user",
        Role::Broker => "Broker",
        Role::Carrier => "Carrier",
        Role::Vessel => "Vessel or aircraft",
    }
}

pub(crate) fn refused(error: &ListError, files: &[String]) -> String {
    let kept = " The lists already loaded are unchanged.";
    let why = match error {
        ListError::Empty { index } => format!("{} is empty.", file_name(files, *index)),
        ListError::UnknownFormat { index } => format!(
            "{} is not one of the lists this widget reads: the UN Consolidated List (XML), OFAC's sdn.csv (with alt.csv and add.csv) or the Consolidated Screening List (CSV).",
            file_name(files, *index)
        ),
        ListError::NotXml { line, .. } => {
            format!("The UN list stops being valid XML on line {line}: the file may be damaged.")
        }
        ListError::Truncated { element, line } => format!(
            "The UN list ends before the {element} opened on line {line} is closed: the download was probably cut short. Download it again."
        ),
        ListError::MissingElement { element, .. } if element == "CONSOLIDATED_LIST" => {
            "The file is XML, but not the UN Consolidated List: it does not start with CONSOLIDATED_LIST.".to_owned()
        }
        ListError::MissingElement { element, line } => {
            format!("The UN list entry that starts on line {line} has no {element}.")
        }
        ListError::Csv { file, line, reason } => match reason {
            CsvReason::FieldCount { expected, found } => format!(
                "Line {line} of {} has {found} fields where the format has {expected}.",
                file_kind(*file)
            ),
            CsvReason::NotANumber { field, value } => format!(
                "Line {line} of {}: {field} is \u{201c}{value}\u{201d}, not a number.",
                file_kind(*file)
            ),
            CsvReason::Syntax { .. } => {
                format!("Line {line} of {} cannot be read as CSV.", file_kind(*file))
            }
        },
        ListError::MissingField { file, line, field } => {
            format!("Line {line} of {} has no {field}.", file_kind(*file))
        }
        ListError::Mixed { first, other } => format!(
            "{} and {} are files of two different lists: load each list on its own.",
            cap(file_kind(*first)),
            file_kind(*other)
        ),
        ListError::Duplicate { kind } => {
            format!("{} was given twice: load one of each file.", cap(file_kind(*kind)))
        }
        ListError::AltWithoutSdn { given } => format!(
            "{} belongs to OFAC's sdn.csv: load it together with sdn.csv.",
            file_kind(*given)
        ),
    };
    format!("The list was not loaded. {why}{kept}")
}

pub(crate) fn text(msg: &PartyMsg) -> String {
    match msg {
        PartyMsg::ListsHeading => "Sanctions lists for party screening".into(),
        PartyMsg::ListsHelp => "Load the lists you downloaded from their official sites; each party of each shipment is then screened against them. The files stay on this device: the widget never sends a name anywhere, never downloads a list and ships none of its own. A screening is only as current as the files you loaded: load each list again when it is updated.".into(),
        PartyMsg::LoadFiles => "Load a list file (for OFAC, sdn.csv with alt.csv and add.csv together)".into(),
        PartyMsg::NoList => "No list loaded: parties are not screened.".into(),
        PartyMsg::SourceName(s) => source_name(*s).into(),
        PartyMsg::SourceWhere(s) => match s {
            Source::Un => "From the Security Council's website: the Consolidated List in XML (consolidated.xml).",
            Source::OfacSdn => "From the US Treasury's Sanctions List Service: the legacy CSV files sdn.csv, alt.csv and add.csv.",
            Source::UsCsl => "From trade.gov: the Consolidated Screening List as CSV (consolidated.csv).",
        }
        .into(),
        PartyMsg::Dated { date: Some(d), own: true } => format!("List generated on {d}"),
        PartyMsg::Dated { date: Some(d), own: false } => {
            format!("File dated {d} (the list itself states no date)")
        }
        PartyMsg::Dated { date: None, .. } => "No date stated".into(),
        PartyMsg::Entries { entries, names } => {
            format!(
                "{}, {} with aliases",
                count(*entries, "entry", "entries"),
                count(*names, "name", "names")
            )
        }
        PartyMsg::Replace => "Replace with a newer file".into(),
        PartyMsg::Remove => "Remove".into(),
        PartyMsg::Reading => "Reading the list…".into(),
        PartyMsg::Loaded(s) => format!("Loaded: {}.", source_name(*s)),
        PartyMsg::Refused { error, files } => refused(error, files),
        PartyMsg::WorkerFailed(_) => "The part of the widget that reads lists and screens names could not be started, or it stopped. Reload the page and try again; your lists and work are kept.".into(),
        PartyMsg::NotKept => "The list is loaded for this visit, but this browser refused to keep it (its storage is full or not allowed): load it again next time.".into(),
        PartyMsg::Threshold => "Match threshold (0–100)".into(),
        PartyMsg::ThresholdHelp => "A name is a possible match when its score reaches the threshold. Lower finds more variants and more false matches; the default, 85, is explained in the guide. It applies to every screening.".into(),
        PartyMsg::UsBinds => "US law binds me or the items (a US person, US-origin items, or items subject to the EAR)".into(),
        PartyMsg::UsBindsHelp => "UN Security Council designations bind every State: a confirmed UN match stops the shipment. A confirmed match on a US list stops it only if you tick this; otherwise it calls for an inquiry. Recorded in every export.".into(),
        PartyMsg::DecisionsHeading => "Decisions on possible matches".into(),
        PartyMsg::NoDecisions => "No decision recorded yet.".into(),
        PartyMsg::Revoke => "Revoke".into(),
        PartyMsg::DecisionLine { name, source, reference, listed_name, verdict: v, reason, decided_on, list_date } => {
            let mut s = format!(
                "\u{201c}{name}\u{201d} and {} {reference} \u{201c}{listed_name}\u{201d}: {}",
                short(*source),
                verdict(*v)
            );
            if !reason.is_empty() {
                s.push_str(&format!(" (\u{201c}{reason}\u{201d})"));
            }
            s.push_str(&format!(", {decided_on}"));
            if let Some(d) = list_date {
                s.push_str(&format!(", list of {d}"));
            }
            s
        }
        PartyMsg::PartiesHeading => "Party screening".into(),
        PartyMsg::NotScreened => "Not screened: load a sanctions list in the Lists panel.".into(),
        PartyMsg::Screening => "Screening…".into(),
        PartyMsg::NoMatch => "No possible match.".into(),
        PartyMsg::Match { matched_name, source, reference, score_tenths } => format!(
            "Possible match: \u{201c}{matched_name}\u{201d}, {} {reference}, score {}",
            short(*source),
            tenths(*score_tenths, '.')
        ),
        PartyMsg::ListedName => "Listed as".into(),
        PartyMsg::Programmes => "Regime or programme".into(),
        PartyMsg::ListedOn => "Listed on".into(),
        PartyMsg::SubList => "List within the CSL".into(),
        PartyMsg::MatchedAlias => "Name matched".into(),
        PartyMsg::MatchedTokens => "Words paired".into(),
        PartyMsg::MatchedIdentifier => "Identifier matched exactly".into(),
        PartyMsg::VerdictName(v) => verdict(*v).into(),
        PartyMsg::Reason => "Reason (required for \u{201c}not the same party\u{201d})".into(),
        PartyMsg::ReasonRequired => "Give the reason this is not the listed party (for example a different date of birth, registration number or address).".into(),
        PartyMsg::Decided { verdict: v, reason, decided_on, list_date } => {
            let mut s = format!("{} on {decided_on}", verdict(*v));
            if let Some(d) = list_date {
                s.push_str(&format!(", against the list of {d}"));
            }
            if !reason.is_empty() {
                s.push_str(&format!(": \u{201c}{reason}\u{201d}"));
            }
            s
        }
        PartyMsg::ScreenAll => "Screen every party".into(),
        PartyMsg::Cancel => "Cancel".into(),
        PartyMsg::Progress { done, total } => format!("Screening parties: {} of {}", n(*done), count(*total, "shipment", "shipments")),
        PartyMsg::Cancelled { done, total } => format!(
            "Screening cancelled after {} of {}; the others keep their earlier screening.",
            n(*done),
            count(*total, "shipment", "shipments")
        ),
        PartyMsg::Done { shipments, newly } => format!(
            "Every party screened: {} {} possible matches, {} of them new since the last screening.",
            count(*shipments, "shipment", "shipments"),
            if *shipments == 1 { "has" } else { "have" },
            n(*newly)
        ),
        PartyMsg::OpenMatches => "Open matches".into(),
        PartyMsg::NewMatches => "new".into(),
        PartyMsg::Evidence(e) => {
            let who = format!("{} \u{201c}{}\u{201d}", role(e.role), e.name);
            let entry = format!(
                "{} {} \u{201c}{}\u{201d} (matched \u{201c}{}\u{201d}, score {})",
                short(e.source),
                e.reference,
                e.listed_name,
                e.matched_name,
                tenths(e.score_tenths, '.')
            );
            let date = e.list_date.as_ref().map(|d| format!(", list of {d}")).unwrap_or_default();
            match e.verdict {
                Some(Verdict::Confirmed) if e.binding => {
                    format!("{who} is confirmed as {entry}{date}.")
                }
                Some(Verdict::Confirmed) => format!(
                    "{who} is confirmed as {entry}{date}; you have not said that the law behind this list binds you."
                ),
                Some(Verdict::Escalated) => {
                    format!("{who} may be {entry}{date}: escalated, not yet decided.")
                }
                _ => format!("{who} may be {entry}{date}: no decision yet."),
            }
        }
        PartyMsg::Cleared(c) => format!(
            "{} screened against {} at threshold {}: no possible match left open.",
            count(c.parties, "party name", "party names"),
            stamps(c, short),
            tenths(c.threshold_tenths, '.')
        ),
        PartyMsg::RoleName(r) => role(*r).into(),
    }
}
