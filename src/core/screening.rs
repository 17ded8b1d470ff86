//! Screening one shipment: red-flag answers (the screener's, and those automatic rules derive
//! from the record), the Article 7(4) six-step flow, and the finding that explains itself.
//!
//! The widget states findings; it never approves a transfer.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::question_set::{Item, ItemId, Mode, QuestionSet, Severity};

/// The screener's answer to one indicator. No answer means "not checked".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    Present,
    NotPresent,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<Check>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// What an automatic rule concluded about one indicator, and why (shown to the user).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleHit {
    pub indicator: ItemId,
    pub check: Check,
    /// The rule's id, from `seeds/rules.json` (shared: a batch has a hit per rule per row).
    pub rule: std::rc::Rc<str>,
    /// The fact that triggered it, e.g. the matched destination and the list entry.
    pub detail: Evidence,
}

/// Why a rule concluded what it did, for the screener to check against the record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Evidence {
    /// In the record's own terms and the lists' names: a place and the entry and measure it
    /// matched, a category, a document's status.
    Fact(std::borrow::Cow<'static, str>),
    /// The user's `value` contains `word` (as the rules file writes it): the sentence is the
    /// interface's, in the user's language (`i18n::Msg::RuleContains`).
    Contains { value: String, word: String },
    /// A party's possible match on a sanctions list, and the user's decision on it.
    Party(Box<super::parties::PartyEvidence>),
    /// Every party screened and no possible match left open.
    Cleared(Box<super::parties::Cleared>),
}

/// English, for tests and logs; never shown to a user (the interface words evidence through
/// `i18n`), so the list source may be its Debug name here.
impl std::fmt::Display for Evidence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Evidence::Fact(fact) => f.write_str(fact),
            Evidence::Contains { value, word } => {
                write!(f, "\u{201c}{value}\u{201d} contains \u{201c}{word}\u{201d}")
            }
            Evidence::Party(e) => write!(
                f,
                "{} \u{201c}{}\u{201d} ~ {:?} {} \u{201c}{}\u{201d} ({:.1}, {})",
                e.role.token(),
                e.name,
                e.source,
                e.reference,
                e.matched_name,
                f64::from(e.score_tenths) / 10.0,
                e.verdict.map_or("undecided", |v| v.token())
            ),
            Evidence::Cleared(c) => write!(
                f,
                "{} parties screened against {} lists at {:.1}: no open match",
                c.parties,
                c.lists.len(),
                f64::from(c.threshold_tenths) / 10.0
            ),
        }
    }
}

/// The Article 7(4) flow in the treaty's order: steps 1-4 are completed in turn, mitigation
/// (step 5) is considered before the overriding-risk finding (step 6).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gbv74 {
    /// Steps 1 to 4 marked complete, in order: 0 = none, 4 = all four.
    #[serde(default)]
    pub completed: u8,
    /// Step 5: can mitigation adequately and significantly reduce the risk?
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mitigation_sufficient: Option<bool>,
    /// Step 6: is there an overriding risk? Only answerable once step 5 is answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overriding_risk: Option<bool>,
    /// The screener's notes per step item.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<ItemId, String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GbvAction {
    /// Marks step `n` (1-4) complete; refused unless the steps before it are.
    CompleteStep(u8),
    /// Reopens step `n` and everything after it.
    ReopenStep(u8),
    SetMitigation(bool),
    SetOverridingRisk(bool),
    SetNote(ItemId, String),
}

impl Gbv74 {
    /// Applies `action` if the flow's order allows it; returns whether it did.
    pub fn apply(&mut self, action: GbvAction) -> bool {
        match action {
            GbvAction::CompleteStep(n) if (1..=4).contains(&n) && n == self.completed + 1 => {
                self.completed = n;
            }
            GbvAction::ReopenStep(n) if (1..=6).contains(&n) => {
                // Everything after a reopened step must be looked at again.
                self.completed = self.completed.min(n - 1);
                self.overriding_risk = None;
                if n <= 5 {
                    self.mitigation_sufficient = None;
                }
            }
            GbvAction::SetMitigation(v) if self.completed == 4 => {
                // A different mitigation answer means the overriding-risk finding must be made
                // again, in that light.
                if self.mitigation_sufficient != Some(v) {
                    self.overriding_risk = None;
                }
                self.mitigation_sufficient = Some(v);
            }
            GbvAction::SetOverridingRisk(v) if self.mitigation_sufficient.is_some() => {
                self.overriding_risk = Some(v);
            }
            GbvAction::SetNote(id, note) => {
                if note.is_empty() {
                    self.notes.remove(&id);
                } else {
                    self.notes.insert(id, note);
                }
            }
            _ => return false,
        }
        true
    }

    /// The step the screener is on (1-6), or 7 when the flow is finished.
    pub fn current_step(&self) -> u8 {
        match (
            self.completed,
            self.mitigation_sufficient,
            self.overriding_risk,
        ) {
            (c, _, _) if c < 4 => c + 1,
            (_, None, _) => 5,
            (_, Some(_), None) => 6,
            _ => 7,
        }
    }
}

/// The outcome of screening, from most to least serious.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// A stop indicator is present, or the 7(4) flow found an overriding risk: do not proceed,
    /// refer to the competent authority.
    Stop,
    /// Red flags are present: resolve them before proceeding.
    Inquire,
    /// Not every applicable indicator has been checked, and none found so far stops or
    /// requires inquiry.
    Incomplete,
    /// Every applicable indicator checked; none present (context indicators may be noted).
    NoRedFlags,
}

impl Level {
    pub const ALL: [Level; 4] = [
        Level::Stop,
        Level::Inquire,
        Level::Incomplete,
        Level::NoRedFlags,
    ];

    /// How many of `levels` are each level, in `ALL`'s order (the register's chart and its
    /// reports' summaries).
    pub fn tally(levels: impl IntoIterator<Item = Level>) -> [(Level, usize); 4] {
        let mut counts = Level::ALL.map(|l| (l, 0));
        for level in levels {
            if let Some(c) = counts.iter_mut().find(|(l, _)| *l == level) {
                c.1 += 1;
            }
        }
        counts
    }

    /// The stable token of the register CSV's `finding` column and of the `att-level-<token>`
    /// class. Not the serde name (`no_red_flags`): files written since 0.1 say `noredflags`.
    pub fn token(self) -> &'static str {
        match self {
            Level::Stop => "stop",
            Level::Inquire => "inquire",
            Level::Incomplete => "incomplete",
            Level::NoRedFlags => "noredflags",
        }
    }

    /// The stable value of the page's `data-level` attribute (pages and end-to-end tests
    /// select on it; spelt as the variant, as it always was).
    pub fn name(self) -> &'static str {
        match self {
            Level::Stop => "Stop",
            Level::Inquire => "Inquire",
            Level::Incomplete => "Incomplete",
            Level::NoRedFlags => "NoRedFlags",
        }
    }
}

/// A finding and what drove it, so it explains itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub level: Level,
    pub stop: Vec<ItemId>,
    pub inquire: Vec<ItemId>,
    pub context: Vec<ItemId>,
    pub unchecked: Vec<ItemId>,
    /// The Article 7(4) flow ended in an overriding risk.
    pub overriding_risk: bool,
    pub applicable: usize,
}

impl Finding {
    /// The indicators that drove the finding, as `set` words them: those that stop, then
    /// those that call for an inquiry.
    pub fn drivers<'a>(&'a self, set: &'a QuestionSet) -> impl Iterator<Item = &'a Item> + 'a {
        self.stop
            .iter()
            .chain(&self.inquire)
            .filter_map(|id| set.item(id))
    }
}

/// Whether an indicator applies to a shipment by this mode (an unknown mode: all apply).
pub fn applies(modes: &[Mode], mode: Option<Mode>) -> bool {
    mode.is_none_or(|m| modes.contains(&m))
}

/// Walks the indicators that apply to `mode`, each with its effective answer (the screener's
/// own takes precedence over an automatic rule's).
fn walk<'a>(
    set: &'a QuestionSet,
    mode: Option<Mode>,
    answers: &'a BTreeMap<ItemId, Answer>,
    hits: &'a [RuleHit],
) -> impl Iterator<Item = (&'a super::question_set::Item, Option<Check>)> {
    set.items()
        .filter(move |i| applies(&i.modes, mode))
        .map(move |item| {
            let manual = answers.get(&item.id).and_then(|a| a.check);
            let auto = || {
                hits.iter()
                    .find(|h| h.indicator == item.id)
                    .map(|h| h.check)
            };
            (item, manual.or_else(auto))
        })
}

fn level_of(stop: bool, inquire: bool, unchecked: bool, overriding: bool) -> Level {
    if stop || overriding {
        Level::Stop
    } else if inquire {
        Level::Inquire
    } else if unchecked {
        Level::Incomplete
    } else {
        Level::NoRedFlags
    }
}

/// The finding for a shipment, with everything that drove it.
pub fn finding(
    set: &QuestionSet,
    mode: Option<Mode>,
    answers: &BTreeMap<ItemId, Answer>,
    hits: &[RuleHit],
    gbv: &Gbv74,
) -> Finding {
    let mut f = Finding {
        level: Level::NoRedFlags,
        stop: Vec::new(),
        inquire: Vec::new(),
        context: Vec::new(),
        unchecked: Vec::new(),
        overriding_risk: gbv.overriding_risk == Some(true),
        applicable: 0,
    };
    for (item, check) in walk(set, mode, answers, hits) {
        f.applicable += 1;
        match check {
            None => f.unchecked.push(item.id.clone()),
            Some(Check::NotPresent) => {}
            Some(Check::Present) => match item.severity {
                Some(Severity::Stop) => f.stop.push(item.id.clone()),
                Some(Severity::Inquire) => f.inquire.push(item.id.clone()),
                Some(Severity::Context) | None => f.context.push(item.id.clone()),
            },
        }
    }
    f.level = level_of(
        !f.stop.is_empty(),
        !f.inquire.is_empty(),
        !f.unchecked.is_empty(),
        f.overriding_risk,
    );
    f
}

/// Just the level of `finding`, without collecting the drivers: for whole registers.
pub fn level(
    set: &QuestionSet,
    mode: Option<Mode>,
    answers: &BTreeMap<ItemId, Answer>,
    hits: &[RuleHit],
    gbv: &Gbv74,
) -> Level {
    let (mut stop, mut inquire, mut unchecked) = (false, false, false);
    for (item, check) in walk(set, mode, answers, hits) {
        match (check, item.severity) {
            (None, _) => unchecked = true,
            (Some(Check::Present), Some(Severity::Stop)) => stop = true,
            (Some(Check::Present), Some(Severity::Inquire)) => inquire = true,
            _ => {}
        }
    }
    level_of(stop, inquire, unchecked, gbv.overriding_risk == Some(true))
}
