//! The workspace reducer: wraps the core's `Workspace::apply` and counts revisions so the one
//! saving effect knows when to run without comparing whole workspaces.

use std::rc::Rc;

use yew::Reducible;

use crate::core::assessment::Action;
use crate::core::question_set::SetId;
use crate::core::workspace::{AssessmentId, Workspace, WorkspaceAction};
use crate::web::clock::now_iso;

#[derive(Debug, Clone, PartialEq)]
pub struct WorkspaceState {
    pub workspace: Workspace,
    /// Bumped on every change.
    pub revision: u64,
    /// The last change was typing in a text (a note, a detail): its save may wait for a pause.
    pub typing: bool,
}

impl WorkspaceState {
    fn set_of(&self, id: &AssessmentId) -> Option<SetId> {
        self.workspace
            .entries
            .iter()
            .find(|e| &e.id == id)
            .map(|e| e.set.clone())
    }
}

impl Reducible for WorkspaceState {
    type Action = WorkspaceAction;

    fn reduce(self: Rc<Self>, action: WorkspaceAction) -> Rc<Self> {
        let mut next = (*self).clone();
        // Which assessment this changes (a new one is opened by the action), and whether it
        // is new: its times are stamped here, since the core has no clock.
        let (set_of, fresh) = match &action {
            WorkspaceAction::Create { set, .. } => (Some(set.clone()), true),
            WorkspaceAction::Duplicate(id, _) => (next.set_of(id), true),
            WorkspaceAction::Edit(id, _) => (next.set_of(id), false),
            _ => (None, false),
        };
        next.typing = matches!(
            action,
            WorkspaceAction::Edit(_, Action::SetText(..) | Action::SetDetail(..))
        );
        next.workspace.apply(action);
        if let Some(id) = set_of.and_then(|s| next.workspace.open.get(&s).cloned()) {
            next.workspace.stamp(&id, &now_iso(), fresh);
        }
        next.revision += 1;
        Rc::new(next)
    }
}
