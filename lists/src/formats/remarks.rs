//! What OFAC writes in the free-text remarks of `sdn.csv` that screening needs: identifiers
//! ("Passport 83860 (Sudan)", "Vessel Registration Identification IMO 8508462", "NIT #
//! 811038291-3"), weak aliases ("a.k.a. 'ABU YASIR'"), "Linked To:" parties and nationality
//! or citizenship. The remarks are prose in `;`-separated parts; a part read as none of these
//! (dates and places of birth, titles, sanctions notes) is left alone.

use crate::{Identifier, Name, NameKind};

/// What the remarks of one entry yield.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Remarks {
    pub identifiers: Vec<Identifier>,
    pub names: Vec<Name>,
    pub linked_to: Vec<String>,
    pub countries: Vec<String>,
}

/// Labels OFAC writes before a number that do not end in one of [`LABEL_ENDS`] (those are
/// read without a list, below). Longest first where one starts another.
const LABELS: &[&str] = &[
    "Aircraft Construction Number (also called L/N or S/N or F/N)",
    "Aircraft Manufacturer's Serial Number (MSN)",
    "Aircraft Serial Identification",
    "Aircraft Tail Number",
    "Diplomatic Passport",
    "Passport",
    "Credencial electoral",
    "Unified Social Credit Code (USCC)",
    "C.U.R.P.",
    "R.F.C.",
    "D.N.I.",
    "I.F.E.",
    "SWIFT/BIC",
    "MMSI",
    "UN/LOCODE",
    "Cartilla de Servicio Militar Nacional",
    "Pasaporte",
];

/// Words that end a label when a number follows ("Tax ID No.", "Registration Number").
const LABEL_ENDS: &[&str] = &["No.", "No", "Number", "#", "ID", "Card"];

/// Labels with a number after them that identify no one.
const NOT_IDENTIFIERS: &[&str] = &["Phone", "Fax", "Telephone"];

pub(super) fn read(remarks: &str) -> Remarks {
    let mut out = Remarks::default();
    for part in remarks.split(';') {
        let part = part.trim();
        let part = part.strip_prefix("alt.").map_or(part, str::trim_start);
        let part = end_of_sentence(part);
        if part.is_empty() {
            continue;
        }
        if let Some(name) = part.strip_prefix("Linked To:") {
            super::push_unique(&mut out.linked_to, name);
        } else if let Some((kind, name)) = alias(part) {
            out.names.push(Name {
                text: name.to_string(),
                kind,
            });
        } else if let Some(country) = part
            .strip_prefix("nationality ")
            .or_else(|| part.strip_prefix("citizen "))
        {
            super::push_unique(&mut out.countries, country);
        } else if let Some(id) = identifier(part) {
            if !out.identifiers.contains(&id) {
                out.identifiers.push(id);
            }
        }
    }
    out
}

/// The full stop OFAC ends its remarks with, but not one that ends an abbreviation ("S.A.").
fn end_of_sentence(part: &str) -> &str {
    let Some(rest) = part.strip_suffix('.') else {
        return part;
    };
    let last_word = rest.rsplit(' ').next().unwrap_or("");
    if last_word.contains('.') {
        part
    } else {
        rest
    }
}

/// "a.k.a. 'ABU YASIR'": OFAC puts its weak aliases in the remarks, each quoted.
fn alias(part: &str) -> Option<(NameKind, &str)> {
    let (kind, rest) = [
        ("a.k.a.", NameKind::Alias { weak: true }),
        ("n.k.a.", NameKind::Alias { weak: true }),
        ("f.k.a.", NameKind::Former),
    ]
    .into_iter()
    .find_map(|(prefix, kind)| Some((kind, part.strip_prefix(prefix)?)))?;
    let rest = rest.trim();
    let name = rest.strip_prefix('\'').unwrap_or(rest);
    let name = name.strip_suffix('\'').unwrap_or(name).trim();
    (!name.is_empty()).then_some((kind, name))
}

fn identifier(part: &str) -> Option<Identifier> {
    // Ships' and shipowners' IMO numbers, however OFAC labels them, as one kind.
    if let Some(at) = part.find("IMO ") {
        let label = part[..at].trim();
        if ["", "Vessel Registration Identification", "Company Number"].contains(&label) {
            return Some(Identifier {
                kind: "IMO".into(),
                value: value(&part[at + 4..])?,
            });
        }
    }
    if let Some(label) = LABELS
        .iter()
        .find(|l| part.strip_prefix(**l).is_some_and(|r| r.starts_with(' ')))
    {
        return Some(Identifier {
            kind: (*label).into(),
            value: value(&part[label.len()..])?,
        });
    }
    // "<words> No. <value>": the longest label that ends in one of LABEL_ENDS and has a
    // number after it ("National ID No. 123", not "National ID" and "No. 123").
    let is_end = |w: &str| LABEL_ENDS.contains(&w);
    let has_digit = |v: String| v.bytes().any(|b| b.is_ascii_digit());
    let mut words = Vec::new();
    let mut start = 0;
    for word in part.split(' ') {
        words.push((start, word));
        start += word.len() + 1;
    }
    let at = words.windows(2).find_map(|pair| {
        let [(_, last), (next_at, next)] = pair else {
            return None;
        };
        let fits = is_end(last) && !is_end(next) && value(&part[*next_at..]).is_some_and(has_digit);
        fits.then_some(*next_at)
    })?;
    let label = part[..at].trim();
    if NOT_IDENTIFIERS.iter().any(|n| label.starts_with(n)) {
        return None;
    }
    Some(Identifier {
        kind: label.into(),
        value: value(&part[at..])?,
    })
}

/// The number itself: up to the issuing country in brackets or the issue and expiry dates.
fn value(rest: &str) -> Option<String> {
    let mut rest = rest.trim();
    for stop in [" (", " issued ", " expires ", ", issued", ", expires"] {
        if let Some(i) = rest.find(stop) {
            rest = &rest[..i];
        }
    }
    let rest = rest.trim().trim_end_matches(',');
    (!rest.is_empty()).then(|| rest.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(remarks: &str) -> Vec<(String, String)> {
        let found = read(remarks).identifiers;
        found.into_iter().map(|i| (i.kind, i.value)).collect()
    }

    fn pair(kind: &str, value: &str) -> (String, String) {
        (kind.to_string(), value.to_string())
    }

    #[test]
    fn identifiers_as_ofac_writes_them() {
        assert_eq!(
            ids("DOB 24 Jun 1954; POB Egypt; Passport 83860 (Sudan); alt. Passport 30455 (Egypt)."),
            [pair("Passport", "83860"), pair("Passport", "30455")]
        );
        assert_eq!(
            ids("Vessel Registration Identification IMO 8508462; MMSI 422141000; Linked To: X."),
            [pair("IMO", "8508462"), pair("MMSI", "422141000")]
        );
        assert_eq!(ids("IMO 9187629"), [pair("IMO", "9187629")]);
        assert_eq!(
            ids("NIT # 811038291-3 (Colombia); Cedula No. 16789012 (Colombia); National ID No. 5030056754 (Russia)."),
            [
                pair("NIT #", "811038291-3"),
                pair("Cedula No.", "16789012"),
                pair("National ID No.", "5030056754")
            ]
        );
        assert_eq!(
            ids("Passport A1234567 (Iran) issued 03 Jan 2012 expires 02 Jan 2017; SWIFT/BIC CMSYSYDA"),
            [pair("Passport", "A1234567"), pair("SWIFT/BIC", "CMSYSYDA")]
        );
        // Dates, places, genders, sanctions notes and telephones are not identifiers.
        assert!(ids("DOB 18 Jan 1971; POB Cali, Colombia; Gender Male; Executive Order 13662 Directive Determination - Subject to Directive 1; Phone No. 123456").is_empty());
    }

    #[test]
    fn weak_aliases_links_and_nationality() {
        let r = read("a.k.a. ''ABD-AL-'IZ'; a.k.a. 'ABU YASIR'; nationality Syria; Linked To: PETROLEOS DE VENEZUELA, S.A.");
        let names: Vec<_> = r.names.iter().map(|n| (n.text.as_str(), n.kind)).collect();
        let weak = NameKind::Alias { weak: true };
        assert_eq!(names, [("'ABD-AL-'IZ", weak), ("ABU YASIR", weak)]);
        assert_eq!(r.countries, ["Syria"]);
        assert_eq!(r.linked_to, ["PETROLEOS DE VENEZUELA, S.A."]);
        assert_eq!(
            read("Linked To: INTRUST PLC EAD.").linked_to,
            ["INTRUST PLC EAD"]
        );
    }
}
