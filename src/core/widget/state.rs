//! `getState` and `setState` as the core sees them: the state is every assessment and the
//! register, each as its JSON export; a state to put back is checked whole before anything is
//! written, so a refused one changes nothing. Storage is the caller's (`ui::restore`).

use serde_json::Value;

use crate::core::embargo::Jurisdictions;
use crate::core::embed::{self, StateError, StateV1};
use crate::core::export::{self, ImportError, Imported};
use crate::core::i18n::{text, Msg};
use crate::core::lists::RefList;
use crate::core::parties::Decisions;
use crate::core::question_set::{Lang, QuestionSet};
use crate::core::register::{Register, RegisterAction};
use crate::core::register_export;
use crate::core::rules::Engine;
use crate::core::workspace::{Workspace, WorkspaceAction};

/// The register and what its export names (the set, the lists, whose law binds, decisions).
pub struct RegisterView<'a> {
    pub register: &'a Register,
    pub set: &'a QuestionSet,
    pub lists: &'a [RefList],
    pub jurisdictions: &'a Jurisdictions,
    pub decisions: &'a Decisions,
}

/// What `getState` returns: each assessment of `workspace` (whose set is among `sets`) and
/// the register, as their exports.
pub fn get_state(
    lang: Lang,
    workspace: &Workspace,
    sets: &[&QuestionSet],
    register: Option<RegisterView>,
) -> StateV1 {
    let assessments = workspace
        .entries
        .iter()
        .filter_map(|e| {
            let set = sets.iter().find(|s| s.id == e.set)?;
            let a = workspace.assessments.get(&e.id)?;
            Some(export::export(a, &e.name, set))
        })
        .collect();
    let register = register
        .map(|r| register_export::export(r.register, r.set, r.lists, r.jurisdictions, r.decisions));
    embed::state(lang, assessments, register)
}

/// A state checked and read, ready to be written: the parts left out stay as they are.
#[derive(Debug)]
pub struct Replacement {
    pub assessments: Option<Vec<Imported>>,
    pub register: Option<Register>,
}

/// Why `setState` refused a state (nothing was changed).
#[derive(Debug, PartialEq)]
pub enum SetStateError {
    /// Not a state, of a newer format, or a part of the wrong shape.
    Shape(StateError),
    /// The `index`-th assessment does not import.
    Assessment { index: usize, error: ImportError },
    /// The register does not import.
    Register(ImportError),
}

impl SetStateError {
    /// The message `setState` throws: the API's own words, the reason in the widget's language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            SetStateError::Shape(e) => e.to_string(),
            SetStateError::Assessment { index, error } => format!(
                "att-diligence: setState: assessments[{index}]: {}",
                text(lang, &Msg::ImportFailed(error.clone()))
            ),
            SetStateError::Register(error) => format!(
                "att-diligence: setState: register: {}",
                text(lang, &Msg::ImportFailed(error.clone()))
            ),
        }
    }
}

/// Checks a whole state (`value`, what `getState` returned) against the sets the assessments
/// may answer and the screening `engine` (none: the widget has no screening module, and a
/// register given is left as it is).
pub fn check_set_state(
    value: &Value,
    sets: &[QuestionSet],
    engine: Option<&Engine>,
) -> Result<Replacement, SetStateError> {
    let incoming = embed::split_state(value).map_err(SetStateError::Shape)?;
    let assessments = match &incoming.assessments {
        None => None,
        Some(docs) => Some(
            docs.iter()
                .enumerate()
                .map(|(index, bytes)| {
                    export::import(bytes, sets)
                        .map_err(|error| SetStateError::Assessment { index, error })
                })
                .collect::<Result<Vec<_>, _>>()?,
        ),
    };
    let register = match (&incoming.register, engine) {
        (Some(bytes), Some(engine)) => {
            let (shipments, _) =
                register_export::import(bytes, engine).map_err(SetStateError::Register)?;
            let mut r = Register::default();
            r.apply(RegisterAction::Append(shipments), engine);
            Some(r)
        }
        _ => None,
    };
    Ok(Replacement {
        assessments,
        register,
    })
}

/// The workspace that replaces the stored one: the imported assessments, and an empty one for
/// each programme set none answers. `counter` continues the stored one's, so no id is reused.
pub fn replaced_workspace(
    imported: Vec<Imported>,
    counter: u64,
    programme_sets: &[&QuestionSet],
    first_name: &str,
) -> Workspace {
    let mut next = Workspace {
        counter,
        ..Workspace::default()
    };
    for i in imported {
        next.apply(WorkspaceAction::Import {
            name: i.name,
            assessment: i.assessment,
            replace: None,
        });
    }
    for set in programme_sets {
        next.ensure(set, first_name);
    }
    next
}
