//! Identifiers matched exactly: IMO numbers, passports, national and registration numbers,
//! compared on their letters and digits alone ("IMO 9187629" = "9187629", "BN 4196361" =
//! "BN4196361", "S/263963" = "S263963").

use serde::{Deserialize, Serialize};

/// What kind of number an identifier is, read from the words a list uses for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdKind {
    /// A ship's IMO number (OFAC and the CSL write "Vessel Registration Identification").
    Imo,
    Passport,
    /// National identity numbers: national ID, cédula, D.N.I.
    NationalId,
    /// Company, commercial-register and tax numbers.
    Registration,
    Other,
}

impl IdKind {
    /// The kind of a list's identifier, from the name the list gives it.
    pub fn of(list_kind: &str) -> IdKind {
        let k = list_kind.to_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| k.contains(w));
        let word = |w: &str| k.split(|c: char| !c.is_alphanumeric()).any(|x| x == w);
        if has(&["imo", "vessel registration"]) {
            IdKind::Imo
        } else if has(&["passport"]) {
            IdKind::Passport
        } else if has(&[
            "national id",
            "national identification",
            "cedula",
            "cédula",
            "d.n.i",
        ]) {
            IdKind::NationalId
        } else if word("nit") || word("ruc") || has(REGISTRATION) {
            IdKind::Registration
        } else {
            IdKind::Other
        }
    }
}

/// Words naming a company, commercial-register or tax number.
const REGISTRATION: &[&str] = &[
    "registration",
    "registry",
    "register",
    "company number",
    "tax id",
    "c.r. no",
    "mercantil",
];

/// Shortest identifier matched: fewer characters than this would match by chance.
const MIN_LEN: usize = 4;

/// An identifier's comparable form: letters (transliterated, upper case) and digits only, an
/// "IMO" prefix dropped before digits. `None` when too short to identify anything.
pub fn normalise_id(value: &str) -> Option<String> {
    let mut v: String = deunicode::deunicode(value)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if let Some(digits) = v.strip_prefix("IMO") {
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            v = digits.to_owned();
        }
    }
    (v.len() >= MIN_LEN).then_some(v)
}

/// The IMO numbers written in a query's tokens ("imo 9187629", "imo9187629"): each token
/// index that belongs to one, and the number.
pub(crate) fn imo_numbers(tokens: &[String]) -> Vec<(Vec<usize>, String)> {
    let seven = |t: &str| t.len() == 7 && t.bytes().all(|b| b.is_ascii_digit());
    let mut found = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        if let Some(n) = t.strip_prefix("imo").filter(|n| seven(n)) {
            found.push((vec![i], n.to_owned()));
        } else if t == "imo" {
            if let Some(n) = tokens.get(i + 1).filter(|n| seven(n)) {
                found.push((vec![i, i + 1], n.clone()));
            }
        }
    }
    found
}
