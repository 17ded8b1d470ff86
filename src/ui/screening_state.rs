//! The screening module's reducer: the register, the rules and lists it is screened with, and
//! each entry's finding level (derived, kept in step so sorting and filtering 100,000 rows
//! needs no re-screening).

use std::rc::Rc;

use yew::Reducible;

use crate::core::embargo::Jurisdictions;
use crate::core::lists::RefList;
use crate::core::parties::{Against, DecisionKey, Decisions, Found, Verdict};
use crate::core::question_set::QuestionSet;
use crate::core::register::{Register, RegisterAction};
use crate::core::rules::{Engine, RuleSet};
use crate::core::screening::Level;

#[derive(Debug, Clone, PartialEq)]
pub struct ScreeningState {
    pub register: Register,
    pub levels: Rc<Vec<Level>>,
    pub set: Rc<QuestionSet>,
    pub rules: Rc<RuleSet>,
    pub lists: Rc<Vec<RefList>>,
    /// Whose embargoes bind the user, beyond the UN's.
    pub jurisdictions: Rc<Jurisdictions>,
    /// Bumped when the register changes (the saving effect watches it).
    pub revision: u64,
    /// Bumped when the user edits a list.
    pub lists_revision: u64,
    /// Bumped when the user changes their jurisdictions.
    pub jurisdictions_revision: u64,
    /// The sanctions lists loaded and the threshold: what party screening must hold against.
    pub against: Rc<Against>,
    /// The user's decisions on possible matches.
    pub decisions: Rc<Decisions>,
    /// Bumped when a decision is recorded or revoked (the saving effect watches it).
    pub decisions_revision: u64,
}

pub enum ScreeningAction {
    Register(RegisterAction),
    /// The user's edited lists; every entry is screened again with them.
    SetLists(Vec<RefList>),
    /// The user's jurisdictions; every entry is screened again under them.
    SetJurisdictions(Jurisdictions),
    /// The sanctions lists now loaded, or a new threshold: screenings made against others no
    /// longer hold.
    SetAgainst(Against),
    /// A decision on possible match `found` of party `name`, made against a list of
    /// `list_date`, today.
    Decide {
        name: String,
        found: Box<Found>,
        verdict: Verdict,
        reason: String,
        list_date: Option<String>,
        today: String,
    },
    Revoke(DecisionKey),
}

impl ScreeningState {
    pub fn new(
        register: Register,
        set: Rc<QuestionSet>,
        rules: Rc<RuleSet>,
        lists: Rc<Vec<RefList>>,
        jurisdictions: Rc<Jurisdictions>,
        decisions: Rc<Decisions>,
    ) -> Self {
        let mut s = Self {
            register,
            levels: Rc::default(),
            set,
            rules,
            lists,
            jurisdictions,
            revision: 0,
            lists_revision: 0,
            jurisdictions_revision: 0,
            against: Rc::default(),
            decisions,
            decisions_revision: 0,
        };
        s.levels = Rc::new(s.compute_levels(0));
        s
    }

    /// Every entry screened again (the lists or the jurisdictions changed).
    fn rescreen(&mut self) {
        self.apply(RegisterAction::Rescreen);
    }

    /// `action` applied with the engine as the state stands (rules, lists, party screening).
    fn apply(&mut self, action: RegisterAction) {
        let engine = Engine::new(&self.rules, &self.lists, &self.jurisdictions)
            .with_parties(&self.against, &self.decisions);
        self.register.apply(action, &engine);
        drop(engine);
        self.levels = Rc::new(self.compute_levels(0));
        self.revision += 1;
    }

    fn compute_levels(&self, from: usize) -> Vec<Level> {
        self.register.entries[from..]
            .iter()
            .map(|e| e.level(&self.set))
            .collect()
    }
}

impl Reducible for ScreeningState {
    type Action = ScreeningAction;

    fn reduce(self: Rc<Self>, action: ScreeningAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            ScreeningAction::Register(action) => {
                let edited = match &action {
                    RegisterAction::Edit(id, _) => next.register.position(id),
                    _ => None,
                };
                // Records given a party screening: only their findings are recomputed.
                let screened: Option<std::collections::HashSet<String>> = match &action {
                    RegisterAction::Parties(found) => {
                        Some(found.iter().map(|(id, _)| id.clone()).collect())
                    }
                    _ => None,
                };
                let before = next.register.entries.len();
                let engine = Engine::new(&next.rules, &next.lists, &next.jurisdictions)
                    .with_parties(&next.against, &next.decisions);
                next.register.apply(action, &engine);
                drop(engine);
                let mut levels = (*next.levels).clone();
                match edited {
                    // One record changed: one finding to recompute.
                    Some(i) => levels[i] = next.register.entries[i].level(&next.set),
                    None if screened.is_some() && levels.len() == before => {
                        let ids = screened.unwrap_or_default();
                        for (i, e) in next.register.entries.iter().enumerate() {
                            if ids.contains(&e.id) {
                                levels[i] = e.level(&next.set);
                            }
                        }
                    }
                    None if next.register.entries.len() > before && levels.len() == before => {
                        levels.extend(next.compute_levels(before))
                    }
                    None => levels = next.compute_levels(0),
                }
                next.levels = Rc::new(levels);
                next.revision += 1;
            }
            ScreeningAction::SetLists(lists) => {
                next.lists = Rc::new(lists);
                next.rescreen();
                next.lists_revision += 1;
            }
            ScreeningAction::SetJurisdictions(j) => {
                next.jurisdictions = Rc::new(j);
                next.rescreen();
                next.jurisdictions_revision += 1;
            }
            ScreeningAction::SetAgainst(against) => {
                if *next.against == against {
                    return self;
                }
                next.against = Rc::new(against);
                next.rescreen();
            }
            ScreeningAction::Decide {
                name,
                found,
                verdict,
                reason,
                list_date,
                today,
            } => {
                let mut decisions = (*next.decisions).clone();
                if decisions
                    .record(&name, &found, verdict, &reason, list_date, &today)
                    .is_err()
                {
                    return self;
                }
                next.decisions = Rc::new(decisions);
                next.apply(RegisterAction::RescreenParty(name));
                next.decisions_revision += 1;
            }
            ScreeningAction::Revoke(key) => {
                let mut decisions = (*next.decisions).clone();
                if !decisions.revoke(&key) {
                    return self;
                }
                next.decisions = Rc::new(decisions);
                next.apply(RegisterAction::RescreenParty(key.name));
                next.decisions_revision += 1;
            }
        }
        Rc::new(next)
    }
}
