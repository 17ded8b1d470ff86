//! The assessment reducer: wraps the core's `Assessment::apply` and counts revisions so the one
//! saving effect knows when to run without comparing whole assessments.

use std::rc::Rc;

use yew::Reducible;

use crate::core::assessment::{Action, Assessment};

#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentState {
    pub assessment: Assessment,
    /// Bumped on every change to the assessment.
    pub revision: u64,
}

/// A user's edit, as the core's `Action`.
pub struct Edit(pub Action);

impl Reducible for AssessmentState {
    type Action = Edit;

    fn reduce(self: Rc<Self>, Edit(action): Edit) -> Rc<Self> {
        let mut next = (*self).clone();
        next.assessment.apply(action);
        next.revision += 1;
        Rc::new(next)
    }
}
