//! The workspace reducer: wraps the core's `Workspace::apply` and counts revisions so the one
//! saving effect knows when to run without comparing whole workspaces.

use std::rc::Rc;

use yew::Reducible;

use crate::core::workspace::{Workspace, WorkspaceAction};

#[derive(Debug, Clone, PartialEq)]
pub struct WorkspaceState {
    pub workspace: Workspace,
    /// Bumped on every change.
    pub revision: u64,
}

impl Reducible for WorkspaceState {
    type Action = WorkspaceAction;

    fn reduce(self: Rc<Self>, action: WorkspaceAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.workspace.apply(action);
        next.revision += 1;
        Rc::new(next)
    }
}
