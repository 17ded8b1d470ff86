//! The widget's whole state in storage: as the JS API and a full backup both read it (the open
//! modules' live state, storage for the rest), and putting it back: the one path shared by
//! `setState` and restoring a backup. Documents are checked by the caller
//! before anything here runs; this writes storage and then remounts the open module, so no
//! module holds state older than what was written.

use std::rc::Rc;

use crate::core::backup::{self, WorkSummary};
use crate::core::embargo::Jurisdictions;
use crate::core::embed::StateV1;
use crate::core::export::Imported;
use crate::core::lists::ListEdits;
use crate::core::question_set::{Lang, ModuleKind, QuestionSet};
use crate::core::register::{self, Register};
use crate::core::rules::Engine;
use crate::core::widget::screening::Screening;
use crate::core::widget::state::RegisterView;
use crate::core::widget::{self, Changed, HostEvent, Key};
use crate::core::workspace::Workspace;
use crate::ui::bridge::{Bridge, Command};
use crate::ui::content::{Content, LoadedSet};
use crate::web::persist::{load_register, load_workspace, save_changes, save_register};
use crate::web::storage::{StorageError, Store};

/// The user's custom sets as stored (those that no longer read are left out: the widget set
/// them aside, and told the user, when it opened).
pub fn stored_custom(store: &Store, content: &Content) -> Vec<Rc<LoadedSet>> {
    let Ok(Some(raw)) = store.get(&Key::CustomSets) else {
        return Vec::new();
    };
    let (sets, _) = crate::core::custom::decode_stored(&raw, &content.catalogue);
    sets.into_iter().map(|s| LoadedSet::new(s, true)).collect()
}

/// Built-in and custom sets (whether offered in this embed or not: state is the storage's).
pub fn all_sets(store: &Store, content: &Content) -> Vec<Rc<LoadedSet>> {
    let mut all = content.builtin.clone();
    all.extend(stored_custom(store, content));
    all
}

pub fn programme_sets(sets: &[Rc<LoadedSet>]) -> Vec<&QuestionSet> {
    sets.iter()
        .filter(|s| s.set.module == ModuleKind::Programme)
        .map(|s| &s.set)
        .collect()
}

/// The open module's workspace, or storage's.
pub fn workspace(
    store: &Store,
    bridge: &Bridge,
    sets: &[Rc<LoadedSet>],
    first_name: &str,
) -> Workspace {
    if let Some(w) = &bridge.live.borrow().workspace {
        return w.clone();
    }
    load_workspace(store, &programme_sets(sets), first_name).workspace
}

/// The open screening module's state, or storage's.
pub fn screening(store: &Store, bridge: &Bridge, content: &Content) -> Option<Rc<Screening>> {
    if let Some(s) = &bridge.live.borrow().screening {
        return Some(s.clone());
    }
    let set = content
        .builtin
        .iter()
        .find(|s| s.set.module == ModuleKind::Screening)?;
    // Read, not restored: what it would set aside or tell is the module's to do when opened.
    Some(Rc::new(
        crate::web::screening::load(store, &set.set, &content.lists).0,
    ))
}

/// What `getState` returns: every assessment and the register, each as its JSON export.
pub fn state(
    store: &Store,
    bridge: &Bridge,
    content: &Content,
    lang: Lang,
    first_name: &str,
) -> StateV1 {
    let sets = all_sets(store, content);
    let workspace = workspace(store, bridge, &sets, first_name);
    let plain: Vec<&QuestionSet> = sets.iter().map(|s| &s.set).collect();
    let screening = screening(store, bridge, content);
    let register = screening.as_ref().map(|s| RegisterView {
        register: &s.register,
        set: &s.set,
        lists: &s.lists,
        jurisdictions: &s.jurisdictions,
        decisions: &s.decisions,
    });
    widget::state::get_state(lang, &workspace, &plain, register)
}

/// Replaces the assessments (when given) and the register (when given) in storage, then has
/// the open module read storage again. The caller has checked every document already.
pub fn write_and_remount(
    store: &Store,
    bridge: &Bridge,
    content: &Content,
    first_name: &str,
    assessments: Option<Vec<Imported>>,
    register: Option<Register>,
) -> Result<(), StorageError> {
    // A save held back (typing in a long note) is made now, not after this replaced it.
    crate::web::db::flush_deferred();
    let sets = all_sets(store, content);
    if let Some(imported) = assessments {
        let loaded = load_workspace(store, &programme_sets(&sets), first_name);
        let next = widget::state::replaced_workspace(
            imported,
            loaded.workspace.counter,
            &programme_sets(&sets),
            first_name,
        );
        save_changes(store, &loaded.in_storage, &next)?;
    }
    if let Some(r) = register {
        if let Some(s) = screening(store, bridge, content) {
            let engine = Engine::new(&s.rules, &s.lists, &s.jurisdictions);
            let (_, before, _) = load_register(store, &engine);
            save_register(store, &before, &r)?;
        }
    }
    // The open module reads storage again; until it has, storage is the state.
    {
        let mut live = bridge.live.borrow_mut();
        live.workspace = None;
        live.screening = None;
    }
    bridge.command(Command::Reload);
    bridge.tell(&HostEvent::Change(Changed::State));
    Ok(())
}

/// The full backup file of everything this widget instance keeps (`core::backup`).
pub fn backup_file(
    store: &Store,
    bridge: &Bridge,
    content: &Content,
    lang: Lang,
    first_name: &str,
) -> String {
    let state = state(store, bridge, content, lang, first_name);
    let (edits, jurisdictions) = match screening(store, bridge, content) {
        Some(s) => (
            ListEdits::diff(&content.lists, &s.lists),
            (*s.jurisdictions).clone(),
        ),
        None => (ListEdits::default(), Jurisdictions::default()),
    };
    let custom: Vec<QuestionSet> = stored_custom(store, content)
        .iter()
        .map(|s| s.set.clone())
        .collect();
    backup::backup(&state, &edits, &jurisdictions, &custom)
}

/// How much work the user keeps here, for the reminder and the request to keep it. The
/// register is counted from the open module or storage's index, never loaded for this.
pub fn work_summary(
    store: &Store,
    bridge: &Bridge,
    content: &Content,
    first_name: &str,
) -> WorkSummary {
    let sets = all_sets(store, content);
    let workspace = workspace(store, bridge, &sets, first_name);
    let mut summary = WorkSummary::default();
    for a in workspace.assessments.values() {
        summary.answered += a.responses.values().filter(|r| r.status.is_some()).count();
        if !a.responses.is_empty() {
            let earlier = summary
                .first_created
                .as_deref()
                .is_none_or(|f| a.created.as_str() < f);
            if !a.created.is_empty() && earlier {
                summary.first_created = Some(a.created.clone());
            }
            let modified = Some(a.modified.clone()).filter(|m| !m.is_empty());
            summary.last_modified = summary.last_modified.take().max(modified);
        }
    }
    let live = bridge
        .live
        .borrow()
        .screening
        .as_ref()
        .map(|s| s.register.entries.len());
    summary.shipments = live.unwrap_or_else(|| {
        let raw = store.get(&Key::Register).ok().flatten();
        match raw.map(|r| register::decode_index(&r)) {
            Some(Ok(register::Stored::Whole(r))) => r.entries.len(),
            Some(Ok(register::Stored::Index { ids, .. })) => ids.len(),
            _ => 0,
        }
    });
    summary
}
