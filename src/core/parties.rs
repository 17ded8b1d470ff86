//! Party screening against the official sanctions lists a user loads: a shipment's parties,
//! what the lists worker found for each (kept with the lists and threshold it was found
//! against), the user's decisions on possible matches, and the red flags they amount to.
//!
//! Which law a list carries decides what a confirmed match means. A UN Security Council
//! designation binds every State (ATT Article 6(1)): a confirmed UN match stops the shipment.
//! The US lists (OFAC's SDN list, the Consolidated Screening List) bind those under US law:
//! a confirmed match stops the shipment only when the user says US law binds them (the
//! jurisdiction `us`), and otherwise calls for an inquiry. An undecided or escalated possible
//! match calls for an inquiry, like any similar name. Nothing here approves a transfer.

use std::collections::BTreeMap;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

pub use att_lists::protocol::{Basis, Found, ListInfo, TokenPair};
pub use att_lists::{NameKind, PartyKind, Source};

use super::embargo::Jurisdictions;
use super::fold::fold;
use super::lists::UN;
use super::question_set::ItemId;
use super::register::TextField;
use super::saved::LoadError;
use super::screening::{Check, Evidence, RuleHit};
use super::shipment::Shipment;

/// The jurisdiction whose law the US lists carry.
pub const US: &str = "us";

/// The indicators party screening answers.
pub const UN_LISTED: &str = "scr.parties.un-listed";
pub const LISTED_BINDING: &str = "scr.parties.listed-binding";
pub const SIMILAR_NAME: &str = "scr.parties.similar-name";
pub const DESIGNATED_VESSEL: &str = "scr.maritime.designated-vessel";
/// The rule id party-screening hits carry (the rules file's ids name its own rules).
pub const RULE: &str = "party-screening";

/// The jurisdiction whose law a list carries.
pub fn jurisdiction(source: Source) -> &'static str {
    match source {
        Source::Un => UN,
        Source::OfacSdn | Source::UsCsl => US,
    }
}

/// A party of a shipment, as screened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Consignor,
    Consignee,
    EndUser,
    Broker,
    Carrier,
    Vessel,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Consignor,
        Role::Consignee,
        Role::EndUser,
        Role::Broker,
        Role::Carrier,
        Role::Vessel,
    ];

    /// The token used in files and CSV columns.
    pub fn token(self) -> &'static str {
        match self {
            Role::Consignor => "consignor",
            Role::Consignee => "consignee",
            Role::EndUser => "end_user",
            Role::Broker => "broker",
            Role::Carrier => "carrier",
            Role::Vessel => "vessel",
        }
    }

    /// The record's field holding this party's name.
    pub fn field(self) -> TextField {
        match self {
            Role::Consignor => TextField::Consignor,
            Role::Consignee => TextField::Consignee,
            Role::EndUser => TextField::EndUser,
            Role::Broker => TextField::Broker,
            Role::Carrier => TextField::Carrier,
            Role::Vessel => TextField::Vessel,
        }
    }

    pub fn of(field: TextField) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.field() == field)
    }

    pub fn name(self, s: &Shipment) -> &str {
        self.field().get(s).trim()
    }
}

/// The parties of `s` that have a name, in role order.
pub fn parties(s: &Shipment) -> Vec<(Role, &str)> {
    Role::ALL
        .into_iter()
        .map(|r| (r, r.name(s)))
        .filter(|(_, n)| !n.is_empty())
        .collect()
}

/// Which list a screening was made against: its source, date and size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListStamp {
    pub source: Source,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generated: Option<String>,
    pub entries: usize,
}

impl From<&ListInfo> for ListStamp {
    fn from(l: &ListInfo) -> Self {
        ListStamp {
            source: l.source,
            generated: l.generated.clone(),
            entries: l.entries,
        }
    }
}

/// The lists loaded now and the threshold in force: what a screening must have been made
/// against to hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Against {
    pub lists: Vec<ListStamp>,
    /// 0–100 in tenths, so that it compares exactly.
    pub threshold_tenths: u16,
}

impl Against {
    pub fn new(lists: &[ListInfo], threshold: f64) -> Self {
        Against {
            lists: lists.iter().map(ListStamp::from).collect(),
            threshold_tenths: tenths(threshold),
        }
    }

    pub fn threshold(&self) -> f64 {
        f64::from(self.threshold_tenths) / 10.0
    }
}

pub fn tenths(v: f64) -> u16 {
    if v.is_nan() {
        0
    } else {
        (v.clamp(0.0, 100.0) * 10.0).round() as u16
    }
}

/// What screening found for one party's name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartyResult {
    pub role: Role,
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub matches: Vec<Found>,
}

/// A shipment's party screening, with the lists and threshold it was made against. Saved with
/// the shipment, so that reopening the register does not screen everything again; it holds
/// only while the names, the lists and the threshold are the same ([`Self::holds`]). Only
/// the parties with possible matches are kept; `checked` fingerprints every name screened.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PartyScreening {
    pub lists: Vec<ListStamp>,
    pub threshold: f64,
    /// [`fingerprint`] of the names screened.
    pub checked: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<PartyResult>,
}

/// The names of `s`'s parties, by role, as a short stable text (FNV-1a, 64 bits, in hex): a
/// saved screening holds only while they are the same. Not a security measure: a name changed
/// by hand in a saved file is screened again, and a collision would only skip a re-screening
/// of a name that changed, one chance in 2^64.
pub fn fingerprint(s: &Shipment) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (role, name) in parties(s) {
        for b in role
            .token()
            .bytes()
            .chain([0x1f])
            .chain(name.bytes())
            .chain([0x1e])
        {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

impl PartyScreening {
    /// The screening of `s` from what the worker found for each of its parties (in the order
    /// of [`parties`]).
    pub fn of(s: &Shipment, against: &Against, found: Vec<Vec<Found>>) -> Self {
        PartyScreening {
            lists: against.lists.clone(),
            threshold: against.threshold(),
            checked: fingerprint(s),
            parties: parties(s)
                .into_iter()
                .zip(found)
                .filter(|(_, m)| !m.is_empty())
                .map(|((role, name), matches)| PartyResult {
                    role,
                    name: name.to_owned(),
                    matches,
                })
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.lists.is_empty() && self.parties.is_empty()
    }

    /// Whether this is a screening of `s` as it is now, against `against`.
    pub fn holds(&self, s: &Shipment, against: &Against) -> bool {
        !against.lists.is_empty()
            && self.lists == against.lists
            && tenths(self.threshold) == against.threshold_tenths
            && self.checked == fingerprint(s)
    }

    /// The result for `role` if it was found for the name it has now.
    pub fn result(&self, role: Role, name: &str) -> Option<&PartyResult> {
        self.parties
            .iter()
            .find(|p| p.role == role && p.name.trim() == name.trim())
    }

    /// Possible matches of `s`'s parties as they are now, with no decision yet.
    pub fn open(&self, s: &Shipment, decisions: &Decisions) -> usize {
        self.current(s)
            .flat_map(|p| p.matches.iter().map(move |m| (p, m)))
            .filter(|(p, m)| decisions.get(&p.name, m).is_none())
            .count()
    }

    /// The results for the names `s` has now (stale ones left out).
    pub fn current<'a>(&'a self, s: &'a Shipment) -> impl Iterator<Item = &'a PartyResult> {
        self.parties
            .iter()
            .filter(|p| p.role.name(s) == p.name.trim())
    }

    /// The entries matched, as (source, reference): to tell a new match from one seen before.
    pub fn entries(&self) -> Vec<(Source, &str)> {
        self.parties
            .iter()
            .flat_map(|p| p.matches.iter().map(|m| (m.source, m.reference.as_str())))
            .collect()
    }
}

/// What the user concluded about one possible match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Not the listed party (a reason is required): not asked again for this name and entry.
    NotSame,
    /// Passed to a compliance officer or the competent authority to decide.
    Escalated,
    /// The listed party.
    Confirmed,
}

impl Verdict {
    pub const ALL: [Verdict; 3] = [Verdict::NotSame, Verdict::Escalated, Verdict::Confirmed];

    pub fn token(self) -> &'static str {
        match self {
            Verdict::NotSame => "not_same",
            Verdict::Escalated => "escalated",
            Verdict::Confirmed => "confirmed",
        }
    }
}

/// Which decision: a party's name (folded, so case and spacing do not matter) and a list entry.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DecisionKey {
    pub name: String,
    pub source: Source,
    pub reference: String,
}

impl DecisionKey {
    pub fn new(name: &str, source: Source, reference: &str) -> Self {
        DecisionKey {
            name: fold(name),
            source,
            reference: reference.to_owned(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub verdict: Verdict,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// The name as the user's record wrote it when deciding.
    pub as_written: String,
    /// The entry's primary name, and the score of the match decided on.
    pub listed_name: String,
    pub score: f64,
    /// The generation date of the list the decision was made against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list_date: Option<String>,
    /// When it was decided (`YYYY-MM-DD`).
    pub decided_on: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecisionError {
    /// "Not the same party" needs a reason, for whoever reviews the decision.
    ReasonRequired,
}

pub const DECISIONS_KIND: &str = "att-diligence/party-decisions";

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SavedDecisions {
    kind: String,
    version: u32,
    decisions: Vec<SavedDecision>,
}

#[derive(Serialize, Deserialize)]
struct SavedDecision {
    #[serde(flatten)]
    key: DecisionKey,
    #[serde(flatten)]
    decision: Decision,
}

/// Every decision the user made, by name and entry: shared by all shipments, listed and
/// revocable.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Decisions(BTreeMap<DecisionKey, Decision>);

impl Decisions {
    pub fn get(&self, name: &str, m: &Found) -> Option<&Decision> {
        self.0.get(&DecisionKey::new(name, m.source, &m.reference))
    }

    /// Records a decision on match `m` of party `name`, made against a list of `list_date`.
    pub fn record(
        &mut self,
        name: &str,
        m: &Found,
        verdict: Verdict,
        reason: &str,
        list_date: Option<String>,
        today: &str,
    ) -> Result<(), DecisionError> {
        let reason = reason.trim();
        if verdict == Verdict::NotSame && reason.is_empty() {
            return Err(DecisionError::ReasonRequired);
        }
        self.0.insert(
            DecisionKey::new(name, m.source, &m.reference),
            Decision {
                verdict,
                reason: reason.to_owned(),
                as_written: name.trim().to_owned(),
                listed_name: m.listed_name.clone(),
                score: m.score,
                list_date,
                decided_on: today.to_owned(),
            },
        );
        Ok(())
    }

    /// Takes a decision back: the match is asked about again. Whether there was one.
    pub fn revoke(&mut self, key: &DecisionKey) -> bool {
        self.0.remove(key).is_some()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&DecisionKey, &Decision)> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn encode(&self) -> String {
        let saved = SavedDecisions {
            kind: DECISIONS_KIND.to_owned(),
            version: 1,
            decisions: self
                .0
                .iter()
                .map(|(key, decision)| SavedDecision {
                    key: key.clone(),
                    decision: decision.clone(),
                })
                .collect(),
        };
        serde_json::to_string(&saved).unwrap_or_default()
    }

    pub fn decode(text: &str) -> Result<Self, LoadError> {
        let saved: SavedDecisions =
            serde_json::from_str(text).map_err(|e| LoadError::reading(&e, text))?;
        if saved.kind != DECISIONS_KIND {
            return Err(LoadError::NotAnAssessment);
        }
        if saved.version != 1 {
            return Err(LoadError::UnsupportedVersion(saved.version));
        }
        Ok(Decisions(
            saved
                .decisions
                .into_iter()
                .map(|d| (d.key, d.decision))
                .collect(),
        ))
    }
}

/// Why a party-screening hit says what it says, for the screener to check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartyEvidence {
    pub role: Role,
    pub name: String,
    pub source: Source,
    pub reference: String,
    pub listed_name: String,
    pub matched_name: String,
    pub score_tenths: u16,
    /// `None`: no decision yet.
    pub verdict: Option<Verdict>,
    /// Whether the list's law binds the user.
    pub binding: bool,
    pub list_date: Option<String>,
}

/// Every party with a name screened against these lists at this threshold, and no possible
/// match left open: what a "not present" answer rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleared {
    pub parties: usize,
    pub lists: Vec<ListStamp>,
    pub threshold_tenths: u16,
}

/// The red flags `screening` amounts to for `s`, given the user's `decisions` and whose law
/// binds them. Nothing when the screening does not hold for the record as it is now (a name
/// changed, other lists, another threshold): the record is then screened again.
///
/// - a confirmed UN match: the UN-listed indicator present (stop);
/// - a confirmed US-list match, US law binding: the binding-list indicator present (stop);
///   not binding: the similar-name indicator present (inquiry), saying so;
/// - a confirmed match of the vessel on a list that binds: the designated-vessel indicator;
/// - a possible match undecided or escalated: the similar-name indicator present;
/// - otherwise, the UN-listed, binding-list and similar-name indicators, where the loaded
///   lists can answer them, are "not present", with the lists and threshold that rests on.
pub fn hits(
    screening: &PartyScreening,
    s: &Shipment,
    against: &Against,
    decisions: &Decisions,
    yours: &Jurisdictions,
) -> Vec<RuleHit> {
    if !screening.holds(s, against) {
        return Vec::new();
    }
    let rule: Rc<str> = Rc::from(RULE);
    let mut found: BTreeMap<&'static str, PartyEvidence> = BTreeMap::new();
    // The first evidence for an indicator is kept, in role order, the best match first.
    let mut note = |indicator: &'static str, e: &PartyEvidence| {
        found.entry(indicator).or_insert_with(|| e.clone());
    };
    for p in screening.current(s) {
        for m in &p.matches {
            let decision = decisions.get(&p.name, m);
            let binding = yours.binds(jurisdiction(m.source));
            let e = PartyEvidence {
                role: p.role,
                name: p.name.clone(),
                source: m.source,
                reference: m.reference.clone(),
                listed_name: m.listed_name.clone(),
                matched_name: m.matched_name.clone(),
                score_tenths: tenths(m.score),
                verdict: decision.map(|d| d.verdict),
                binding,
                list_date: decision.and_then(|d| d.list_date.clone()).or_else(|| {
                    screening
                        .lists
                        .iter()
                        .find(|l| l.source == m.source)
                        .and_then(|l| l.generated.clone())
                }),
            };
            match e.verdict {
                Some(Verdict::NotSame) => {}
                Some(Verdict::Confirmed) => {
                    if m.source == Source::Un {
                        note(UN_LISTED, &e);
                    } else if binding {
                        note(LISTED_BINDING, &e);
                    } else {
                        note(SIMILAR_NAME, &e);
                    }
                    if binding && p.role == Role::Vessel {
                        note(DESIGNATED_VESSEL, &e);
                    }
                }
                Some(Verdict::Escalated) | None => note(SIMILAR_NAME, &e),
            }
        }
    }
    let mut hits: Vec<RuleHit> = found
        .into_iter()
        .map(|(indicator, e)| RuleHit {
            indicator: ItemId::from(indicator),
            check: Check::Present,
            rule: rule.clone(),
            detail: Evidence::Party(Box::new(e)),
        })
        .collect();
    let cleared = Cleared {
        parties: parties(s).len(),
        lists: screening.lists.clone(),
        threshold_tenths: tenths(screening.threshold),
    };
    let has = |source: Source| screening.lists.iter().any(|l| l.source == source);
    // A list with a possible match still open on it cannot answer "not present".
    let unsettled = |source: Source| {
        screening.current(s).any(|p| {
            p.matches.iter().any(|m| {
                m.source == source
                    && decisions
                        .get(&p.name, m)
                        .is_none_or(|d| d.verdict != Verdict::NotSame)
            })
        })
    };
    let settled = |source: Source| has(source) && !unsettled(source);
    let us_binds = yours.binds(US);
    let answerable = [
        (UN_LISTED, settled(Source::Un)),
        (
            LISTED_BINDING,
            us_binds
                && (has(Source::OfacSdn) || has(Source::UsCsl))
                && !unsettled(Source::OfacSdn)
                && !unsettled(Source::UsCsl),
        ),
        (SIMILAR_NAME, true),
        // Not the designated-vessel indicator: it asks about the vessel's owner, manager and
        // operator too, which the record does not name.
    ];
    for (indicator, can) in answerable {
        if can && !hits.iter().any(|h| h.indicator.as_str() == indicator) {
            hits.push(RuleHit {
                indicator: ItemId::from(indicator),
                check: Check::NotPresent,
                rule: rule.clone(),
                detail: Evidence::Cleared(Box::new(cleared.clone())),
            });
        }
    }
    hits
}

/// The rules' hits with party screening's merged in: a party hit that finds a red flag
/// replaces the rules' answer for its indicator; one that finds none only fills a gap.
pub fn merge(mut rules: Vec<RuleHit>, party: Vec<RuleHit>) -> Vec<RuleHit> {
    for hit in party {
        match rules.iter().position(|h| h.indicator == hit.indicator) {
            Some(at) if hit.check == Check::Present => rules[at] = hit,
            Some(_) => {}
            None => rules.push(hit),
        }
    }
    rules
}

pub const LIST_KIND: &str = "att-diligence/party-list";
pub const SETTINGS_KIND: &str = "att-diligence/party-settings";

/// A list the user loaded, as kept on the device: its files' text (decoded as the worker reads
/// them), so it can be handed to the worker again at the next visit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedList {
    pub kind: String,
    pub version: u32,
    pub source: Source,
    /// The newest file's modification date, for a list that states none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_date: Option<String>,
    pub files: Vec<SavedFile>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedFile {
    pub name: String,
    pub text: String,
}

impl SavedList {
    pub fn new(source: Source, file_date: Option<String>, files: Vec<SavedFile>) -> Self {
        SavedList {
            kind: LIST_KIND.to_owned(),
            version: 1,
            source,
            file_date,
            files,
        }
    }

    pub fn decode(text: &str) -> Result<Self, LoadError> {
        let saved: SavedList =
            serde_json::from_str(text).map_err(|e| LoadError::reading(&e, text))?;
        if saved.kind != LIST_KIND {
            return Err(LoadError::NotAnAssessment);
        }
        if saved.version != 1 {
            return Err(LoadError::UnsupportedVersion(saved.version));
        }
        Ok(saved)
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The storage key of a source's saved list.
pub fn list_key(source: Source) -> String {
    let token = match source {
        Source::Un => "un",
        Source::OfacSdn => "ofac_sdn",
        Source::UsCsl => "us_csl",
    };
    format!("party-list:{token}")
}

/// The user's screening settings: the threshold (the default until they change it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub kind: String,
    pub version: u32,
    pub threshold: f64,
}

/// The threshold a possible match starts at, unless the user sets another (chosen on the
/// evaluation set: `att_lists::matching::DEFAULT_THRESHOLD`, which this must equal).
pub const DEFAULT_THRESHOLD: f64 = 85.0;

impl Settings {
    pub fn new(threshold: f64) -> Self {
        Settings {
            kind: SETTINGS_KIND.to_owned(),
            version: 1,
            threshold: f64::from(tenths(threshold)) / 10.0,
        }
    }

    pub fn decode(text: &str) -> Result<Self, LoadError> {
        let saved: Settings =
            serde_json::from_str(text).map_err(|e| LoadError::reading(&e, text))?;
        if saved.kind != SETTINGS_KIND {
            return Err(LoadError::NotAnAssessment);
        }
        if saved.version != 1 {
            return Err(LoadError::UnsupportedVersion(saved.version));
        }
        Ok(Settings::new(saved.threshold))
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings::new(DEFAULT_THRESHOLD)
    }
}
