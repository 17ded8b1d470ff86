//! The UI's reducer: wraps the core's `Assessment::apply` and counts revisions so the one
//! saving effect knows when to run without comparing whole assessments.

use std::rc::Rc;

use yew::Reducible;

use crate::core::assessment::{Action, Assessment};
use crate::core::question_set::Lang;

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub assessment: Assessment,
    pub lang: Lang,
    /// Bumped on every change to the assessment.
    pub revision: u64,
}

pub enum UiAction {
    Edit(Action),
    SetLang(Lang),
}

impl Reducible for AppState {
    type Action = UiAction;

    fn reduce(self: Rc<Self>, action: UiAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            UiAction::Edit(a) => {
                next.assessment.apply(a);
                next.revision += 1;
            }
            UiAction::SetLang(lang) => next.lang = lang,
        }
        Rc::new(next)
    }
}
