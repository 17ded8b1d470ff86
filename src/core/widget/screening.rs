//! The screening module's state core, framework-free: the register, the rules and lists it is
//! screened with, the user's jurisdictions, the sanctions lists loaded, the decisions on
//! possible matches, and each shipment's finding (`register::Findings`, keyed by shipment id). One `ScreeningAction` enum
//! changes it; `apply` returns the `Effect`s to carry out (save the register, the lists, the
//! jurisdictions or the decisions; tell the host page; show a notice).

use std::collections::HashSet;
use std::rc::Rc;

use super::{Changed, Effect, HostEvent, Key};
use crate::core::deliver::{self, Deliverable};
use crate::core::embargo::Jurisdictions;
use crate::core::export_format::ExportFormat;
use crate::core::i18n::Msg;
use crate::core::lists::{ListEdits, RefList, EDITS_KIND};
use crate::core::parties::{Against, DecisionKey, Decisions, Found, Verdict};
use crate::core::question_set::Lang;
use crate::core::question_set::QuestionSet;
use crate::core::register::{Findings, Register, RegisterAction, Screened};
use crate::core::rules::{Engine, RuleSet};
use crate::core::saved::{LoadError, SavedPart};

#[derive(Debug, Clone, PartialEq)]
pub struct Screening {
    pub register: Register,
    pub findings: Rc<Findings>,
    pub set: Rc<QuestionSet>,
    pub rules: Rc<RuleSet>,
    /// The built-in reference lists: the user's edits are saved as a difference from them.
    pub builtin_lists: Rc<Vec<RefList>>,
    /// The lists screened with: the built-in ones with the user's edits on top.
    pub lists: Rc<Vec<RefList>>,
    /// Whose embargoes bind the user, beyond the UN's.
    pub jurisdictions: Rc<Jurisdictions>,
    /// The sanctions lists loaded and the threshold: what party screening must hold against.
    pub against: Rc<Against>,
    /// The user's decisions on possible matches.
    pub decisions: Rc<Decisions>,
    /// Bumped whenever the register or its findings change (for what is derived from them).
    pub revision: u64,
}

/// What can happen to the screening module.
#[derive(Debug, Clone, PartialEq)]
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
    /// `list_date`, `today`.
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

impl Screening {
    /// The state as storage holds it. `read` gives a stored value by key; `load_register`
    /// reads the register (stored in many values) with the engine its findings are made with.
    /// A stored value that cannot be read is set aside and the user told which, in their
    /// language; the widget goes on with the built-in default for it.
    pub fn restore(
        read: impl Fn(&Key) -> Option<String>,
        set: Rc<QuestionSet>,
        rules: Rc<RuleSet>,
        builtin_lists: Rc<Vec<RefList>>,
        load_register: impl FnOnce(&Engine) -> (Register, Vec<LoadError>),
    ) -> (Self, Vec<Effect>) {
        let mut effects = Vec::new();
        let mut unreadable = |key: Key, raw: String, part: SavedPart, e: LoadError| {
            effects.push(Effect::SetAside(key, raw));
            effects.push(Effect::Notice(Msg::SavedPartUnreadable(part, e)));
        };
        // The user's edits are kept apart from the built-in lists and applied on top, so lists
        // updated in a newer widget still reach users who edited theirs.
        let lists = match read(&Key::Lists) {
            Some(raw) => match decode_list_edits(&raw) {
                Ok(edits) => edits.apply(&builtin_lists),
                Err(e) => {
                    unreadable(Key::Lists, raw, SavedPart::ListEdits, e);
                    (*builtin_lists).clone()
                }
            },
            None => (*builtin_lists).clone(),
        };
        let jurisdictions = match read(&Key::Jurisdictions) {
            Some(raw) => Jurisdictions::decode(&raw).unwrap_or_else(|e| {
                unreadable(Key::Jurisdictions, raw, SavedPart::Jurisdictions, e);
                Jurisdictions::default()
            }),
            None => Jurisdictions::default(),
        };
        let decisions = match read(&Key::PartyDecisions) {
            Some(raw) => Decisions::decode(&raw).unwrap_or_else(|e| {
                unreadable(Key::PartyDecisions, raw, SavedPart::PartyDecisions, e);
                Decisions::default()
            }),
            None => Decisions::default(),
        };
        let (register, problems) = load_register(&Engine::new(&rules, &lists, &jurisdictions));
        effects.extend(
            problems
                .into_iter()
                .map(|e| Effect::Notice(Msg::SavedWorkUnreadable(e))),
        );
        let findings = Rc::new(Findings::of(&register.entries, &set));
        let state = Screening {
            register,
            findings,
            set,
            rules,
            builtin_lists,
            lists: Rc::new(lists),
            jurisdictions: Rc::new(jurisdictions),
            against: Rc::default(),
            decisions: Rc::new(decisions),
            revision: 0,
        };
        (state, effects)
    }

    /// The register as a file of `format` (none: nothing to export in that format).
    pub fn export(&self, format: ExportFormat, lang: Lang, day: &str) -> Option<Deliverable> {
        deliver::register(
            format,
            &self.register,
            &self.set,
            &self.lists,
            &self.jurisdictions,
            &self.decisions,
            lang,
            day,
        )
    }

    /// One shipment of the register as a file of `format`.
    pub fn export_shipment(
        &self,
        entry: &Rc<Screened>,
        format: ExportFormat,
        lang: Lang,
    ) -> Deliverable {
        deliver::shipment(
            format,
            entry,
            &self.set,
            &self.lists,
            &self.jurisdictions,
            &self.decisions,
            lang,
        )
    }

    /// Applies `action`; returns what to carry out (nothing: nothing changed).
    pub fn apply(&mut self, action: ScreeningAction) -> Vec<Effect> {
        let revision = self.revision;
        let mut effects = match action {
            ScreeningAction::Register(action) => {
                self.register_action(action);
                Vec::new()
            }
            ScreeningAction::SetLists(lists) => {
                self.lists = Rc::new(lists);
                self.rescreen(RegisterAction::Rescreen);
                // Only the user's changes are saved, over whatever built-in lists are current.
                let edits = ListEdits::diff(&self.builtin_lists, &self.lists);
                match serde_json::to_string(&edits) {
                    // The notice first: a refused save's notice then replaces it.
                    Ok(json) => vec![
                        Effect::Notice(Msg::ListsChanged),
                        Effect::Save(Key::Lists, json),
                    ],
                    // Cannot happen for text-only edits; never an empty value in its place.
                    Err(_) => vec![Effect::Notice(Msg::StorageUnavailable)],
                }
            }
            ScreeningAction::SetJurisdictions(j) => {
                self.jurisdictions = Rc::new(j);
                self.rescreen(RegisterAction::Rescreen);
                vec![Effect::Save(
                    Key::Jurisdictions,
                    self.jurisdictions.encode(),
                )]
            }
            ScreeningAction::SetAgainst(against) => {
                if *self.against == against {
                    return Vec::new();
                }
                self.against = Rc::new(against);
                self.rescreen(RegisterAction::Rescreen);
                Vec::new()
            }
            ScreeningAction::Decide {
                name,
                found,
                verdict,
                reason,
                list_date,
                today,
            } => {
                let mut decisions = (*self.decisions).clone();
                if decisions
                    .record(&name, &found, verdict, &reason, list_date, &today)
                    .is_err()
                {
                    return Vec::new();
                }
                self.decided(decisions, name)
            }
            ScreeningAction::Revoke(key) => {
                let mut decisions = (*self.decisions).clone();
                if !decisions.revoke(&key) {
                    return Vec::new();
                }
                self.decided(decisions, key.name)
            }
        };
        if self.revision != revision {
            // Only the shipments that changed are written (the runner knows what is stored).
            effects.push(Effect::SaveRegister);
            effects.push(Effect::Emit(HostEvent::Change(Changed::Register)));
        }
        effects
    }

    fn decided(&mut self, decisions: Decisions, name: String) -> Vec<Effect> {
        self.decisions = Rc::new(decisions);
        self.rescreen(RegisterAction::RescreenParty(name));
        vec![Effect::Save(Key::PartyDecisions, self.decisions.encode())]
    }

    /// Every entry (or a party's) screened again with the engine as the state stands.
    fn rescreen(&mut self, action: RegisterAction) {
        let engine = Engine::new(&self.rules, &self.lists, &self.jurisdictions)
            .with_parties(&self.against, &self.decisions);
        self.register.apply(action, &engine);
        drop(engine);
        self.findings = Rc::new(Findings::of(&self.register.entries, &self.set));
        self.revision += 1;
    }

    /// A register action, its findings recomputed only for the entries it touched.
    fn register_action(&mut self, action: RegisterAction) {
        let touched: Option<HashSet<String>> = match &action {
            RegisterAction::Edit(id, _) => Some(HashSet::from([id.clone()])),
            // Records given a party screening: only their findings are recomputed.
            RegisterAction::Parties(found) => {
                Some(found.iter().map(|(id, _)| id.clone()).collect())
            }
            _ => None,
        };
        let before = self.register.entries.len();
        let engine = Engine::new(&self.rules, &self.lists, &self.jurisdictions)
            .with_parties(&self.against, &self.decisions);
        self.register.apply(action, &engine);
        drop(engine);
        let entries = &self.register.entries;
        let mut findings = (*self.findings).clone();
        match touched {
            Some(ids) if entries.len() == before => {
                for e in entries.iter().filter(|e| ids.contains(&e.id)) {
                    findings.update(e, &self.set);
                }
            }
            // Added at the end (a new shipment, an import): only the new ones.
            None if entries.len() > before && findings.len() == before => {
                for e in &entries[before..] {
                    findings.update(e, &self.set);
                }
            }
            _ => findings = Findings::of(entries, &self.set),
        }
        self.findings = Rc::new(findings);
        self.revision += 1;
    }
}

/// The user's saved list edits, of a version this widget reads.
fn decode_list_edits(raw: &str) -> Result<ListEdits, LoadError> {
    let edits: ListEdits = serde_json::from_str(raw).map_err(|e| LoadError::reading(&e, raw))?;
    if edits.kind != EDITS_KIND {
        return Err(LoadError::NotAnAssessment);
    }
    if edits.version != 1 {
        return Err(LoadError::UnsupportedVersion(edits.version));
    }
    Ok(edits)
}
