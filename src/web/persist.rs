//! The workspace in storage: an index, and each assessment under its own key, so an edit
//! writes one small value. Reading sets aside what it cannot read; writing writes only what
//! changed since the last write, and typing in a long text is written once typing pauses.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::storage::{StorageError, Store};
use crate::core::question_set::QuestionSet;
use crate::core::saved::{self, LoadError};
use crate::core::widget::Key;
use crate::core::workspace::{AssessmentId, Workspace};

fn assessment_key(id: &str) -> Key {
    Key::Assessment(id.to_owned())
}

/// Ids of the assessments in storage (set-aside copies excluded).
fn stored_assessments(store: &Store) -> Vec<String> {
    let mut ids: Vec<String> = store
        .names_with_prefix(Key::ASSESSMENT_PREFIX)
        .into_iter()
        .filter_map(|n| n.strip_prefix(Key::ASSESSMENT_PREFIX).map(str::to_owned))
        .filter(|id| !id.contains(".unreadable"))
        .collect();
    ids.sort();
    ids
}

/// The number at the end of a generated id (`att-programme-12` gives 12).
fn id_number(id: &str) -> Option<u64> {
    id.rsplit('-').next()?.parse().ok()
}

/// A stored assessment; an unreadable one is set aside (and reported by the caller).
fn read_assessment(
    store: &Store,
    id: &str,
) -> Option<Result<crate::core::assessment::Assessment, LoadError>> {
    let key = assessment_key(id);
    let raw = store.get(&key).ok().flatten()?;
    Some(saved::decode(&raw).inspect_err(|_| {
        let _ = store.quarantine(&key, &raw);
    }))
}

/// What went wrong while reading, for the notice area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadProblem {
    Unavailable,
    Unreadable(LoadError),
}

/// A workspace as read, and as storage holds it (what the first save compares against, so
/// anything created or adopted while reading gets written).
#[derive(Debug, Clone)]
pub struct Loaded {
    pub workspace: Workspace,
    pub in_storage: Workspace,
    pub problems: Vec<ReadProblem>,
}

/// Reads the workspace. `programme_sets` get an assessment each if they have none; an
/// assessment saved before workspaces existed (under the set's id) is adopted.
pub fn load_workspace(
    store: &Store,
    programme_sets: &[&QuestionSet],
    default_name: &str,
) -> Loaded {
    let mut problems = Vec::new();
    let index = match store.get(&Key::Workspace) {
        Ok(v) => v,
        Err(_) => {
            problems.push(ReadProblem::Unavailable);
            None
        }
    };
    let mut workspace = Workspace::default();
    let mut had_index = false;
    if let Some(raw) = index {
        let read = |id: &AssessmentId| read_assessment(store, id.as_str());
        match saved::decode_index(&raw, read) {
            Ok((w, errors)) => {
                workspace = w;
                had_index = true;
                problems.extend(errors.into_iter().map(|(_, e)| ReadProblem::Unreadable(e)));
            }
            Err(e) => {
                let _ = store.quarantine(&Key::Workspace, &raw);
                problems.push(ReadProblem::Unreadable(e));
            }
        }
    }
    let stored = stored_assessments(store);
    // Ids in storage are never handed out again, listed in the index or not.
    let highest = stored
        .iter()
        .filter_map(|id| id_number(id))
        .max()
        .unwrap_or(0);
    workspace.reserve(highest);
    if !had_index {
        // No index (first run of this version, or an unreadable one): every readable stored
        // assessment is adopted rather than left behind and later overwritten.
        for id in &stored {
            match read_assessment(store, id) {
                Some(Ok(a)) => {
                    // The one earlier versions kept under the set's id gets the usual name.
                    let name = if id == a.set_id.as_str() {
                        default_name.to_owned()
                    } else {
                        id.clone()
                    };
                    workspace.adopt(AssessmentId(id.clone()), name, a);
                }
                Some(Err(e)) => problems.push(ReadProblem::Unreadable(e)),
                None => {}
            }
        }
    }
    let in_storage = if had_index {
        workspace.clone()
    } else {
        Workspace::default()
    };
    for set in programme_sets {
        // An assessment saved before workspaces existed sits under the set's own id. Without
        // an index it was adopted above; with one, it is adopted if the set has none listed.
        if had_index && !workspace.has_set(&set.id) {
            match read_assessment(store, set.id.as_str()) {
                Some(Ok(a)) if a.set_id == set.id => {
                    workspace.adopt(AssessmentId(set.id.to_string()), default_name.to_owned(), a)
                }
                Some(Err(e)) => problems.push(ReadProblem::Unreadable(e)),
                _ => {}
            }
        }
        workspace.ensure(set, default_name);
    }
    Loaded {
        workspace,
        in_storage,
        problems,
    }
}

/// Writes what changed between `before` (what storage holds) and `after`: changed assessments
/// first, then the index, then removals, so a crash in between never loses an answer.
pub fn save_changes(
    store: &Store,
    before: &Workspace,
    after: &Workspace,
) -> Result<(), StorageError> {
    for (id, a) in &after.assessments {
        let base = before.assessments.get(id);
        if base.is_some_and(|b| Rc::ptr_eq(a, b)) {
            continue;
        }
        let key = assessment_key(id.as_str());
        // Another tab wrote this assessment since this one last did (its change not yet taken
        // in here, e.g. while the user is typing): this tab's changes go on top of it rather
        // than over it.
        let merged = match (base, store.get(&key).ok().flatten()) {
            (Some(b), Some(raw)) if raw != saved::encode(b) => saved::decode(&raw)
                .ok()
                .filter(|theirs| theirs.set_id == a.set_id)
                .map(|theirs| crate::core::assessment::merge(&theirs, b, a)),
            _ => None,
        };
        store.set(&key, &saved::encode(merged.as_ref().unwrap_or(a)))?;
    }
    let index_changed = before.entries != after.entries
        || before.open != after.open
        || before.counter != after.counter;
    if index_changed {
        store.set(&Key::Workspace, &saved::encode_index(after))?;
    }
    for id in before.assessments.keys() {
        if !after.assessments.contains_key(id) {
            store.remove(&assessment_key(id.as_str()))?;
        }
    }
    Ok(())
}

fn shipment_key(id: &str) -> Key {
    Key::Shipment(id.to_owned())
}

/// The register as stored, screened with `engine`, and what storage holds of it (what the
/// first save compares against). An unreadable index or shipment is set aside and reported.
pub fn load_register(
    store: &Store,
    engine: &crate::core::rules::Engine<'_>,
) -> (crate::core::register::Register, Saved, Vec<LoadError>) {
    use crate::core::register::{self, Register};
    let Some(raw) = store.get(&Key::Register).ok().flatten() else {
        return (Register::default(), Saved::default(), Vec::new());
    };
    let whole = matches!(register::decode_index(&raw), Ok(register::Stored::Whole(_)));
    match register::decode(
        &raw,
        |id| store.get(&shipment_key(id)).ok().flatten(),
        engine,
    ) {
        Ok((r, problems)) => {
            let mut errors = Vec::new();
            for (id, e) in problems {
                let key = shipment_key(&id);
                if let Some(raw) = store.get(&key).ok().flatten() {
                    let _ = store.quarantine(&key, &raw);
                }
                errors.push(e);
            }
            // A version-1 register is written anew, a shipment a value, at the first save.
            let saved = if whole {
                Saved::default()
            } else {
                Saved {
                    entries: r.entries.clone(),
                    counter: r.counter,
                }
            };
            (r, saved, errors)
        }
        Err(e) => {
            let _ = store.quarantine(&Key::Register, &raw);
            (Register::default(), Saved::default(), vec![e])
        }
    }
}

/// What storage holds of the register (pointers into the register as last saved).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Saved {
    pub entries: Vec<Rc<crate::core::register::Screened>>,
    pub counter: u64,
}

/// Writes what changed since `before`: the shipments changed or added first, then the index,
/// then the removals, so a crash in between never loses a shipment. Returns what storage now
/// holds.
pub fn save_register(
    store: &Store,
    before: &Saved,
    after: &crate::core::register::Register,
) -> Result<Saved, StorageError> {
    use crate::core::register;
    let c = register::changes(&before.entries, before.counter, after);
    for e in &c.write {
        store.set(&shipment_key(&e.id), &register::encode_entry(e))?;
    }
    if c.index || before.entries.is_empty() {
        store.set(&Key::Register, &register::encode_index(after))?;
    }
    for id in &c.remove {
        store.remove(&shipment_key(id))?;
    }
    Ok(Saved {
        entries: after.entries.clone(),
        counter: after.counter,
    })
}

/// This tab's open assessment per set, kept in the tab's own sessionStorage: two tabs (two
/// people, or one person comparing) each keep theirs when the other opens or creates one.
fn tab_key(store: &Store) -> String {
    store.key(&Key::TabOpenAssessments)
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Puts this tab's own open assessments (where they still exist) over what the index says.
pub fn restore_tab_open(store: &Store, workspace: &mut Workspace) {
    let Some(raw) = session().and_then(|s| s.get_item(&tab_key(store)).ok().flatten()) else {
        return;
    };
    let Ok(open) = serde_json::from_str::<std::collections::BTreeMap<String, String>>(&raw) else {
        return;
    };
    for (set, id) in open {
        let id = AssessmentId(id);
        let exists = workspace
            .entries
            .iter()
            .any(|e| e.id == id && e.set.as_str() == set);
        if exists {
            workspace.apply(crate::core::workspace::WorkspaceAction::Open(id));
        }
    }
}

/// Remembers this tab's open assessments (the index keeps the last one opened anywhere, for
/// new tabs).
pub fn remember_tab_open(store: &Store, workspace: &Workspace) {
    let open: std::collections::BTreeMap<&str, &str> = workspace
        .open
        .iter()
        .map(|(s, a)| (s.as_str(), a.as_str()))
        .collect();
    if let (Some(s), Ok(json)) = (session(), serde_json::to_string(&open)) {
        let _ = s.set_item(&tab_key(store), &json);
    }
}

/// A save held back while the user types in a long text (saving encodes and writes the whole
/// assessment, a megabyte or more): the latest replaces any before it, and is made once typing
/// pauses, when `now` is called, or before the page is closed, reloaded or hidden.
pub struct SaveLater {
    save: RefCell<Option<Box<dyn FnOnce()>>>,
    /// Bumped by each new save or cancel, so an earlier pause's timer finds it stale.
    generation: Cell<u64>,
    _registered: super::db::Deferred,
}

impl SaveLater {
    /// How long typing must pause before the save is made.
    const PAUSE: std::time::Duration = std::time::Duration::from_millis(500);

    pub fn new() -> Rc<Self> {
        Rc::new_cyclic(|me: &std::rc::Weak<Self>| {
            let me = me.clone();
            Self {
                save: RefCell::new(None),
                generation: Cell::new(0),
                _registered: super::db::defer(move || {
                    if let Some(me) = me.upgrade() {
                        me.now();
                    }
                }),
            }
        })
    }

    /// Holds `save` back until typing has paused; an earlier save held back is dropped (the
    /// latest covers it).
    pub fn after_pause(self: &Rc<Self>, save: impl FnOnce() + 'static) {
        *self.save.borrow_mut() = Some(Box::new(save));
        let generation = self.generation.get() + 1;
        self.generation.set(generation);
        let weak = Rc::downgrade(self);
        yew::platform::spawn_local(async move {
            yew::platform::time::sleep(Self::PAUSE).await;
            if let Some(me) = weak
                .upgrade()
                .filter(|me| me.generation.get() == generation)
            {
                me.now();
            }
        });
    }

    /// Drops the save held back (a later one, made at once, covers it).
    pub fn cancel(&self) {
        self.save.borrow_mut().take();
        self.generation.set(self.generation.get() + 1);
    }

    /// Makes the save held back, if any.
    pub fn now(&self) {
        // Taken first: the save may run effects that call back here.
        let save = self.save.borrow_mut().take();
        if let Some(save) = save {
            save();
        }
    }
}

/// The workspace as the programme module reads it at mount: every programme set among `sets`
/// gets its assessment, not only the open one, as when the JS API reads storage (the
/// workspace is the same whichever programme tab is open); this tab's open assessments win.
pub fn load_programme(store: &Store, sets: &[QuestionSet], default_name: &str) -> Loaded {
    let programme: Vec<&QuestionSet> = sets
        .iter()
        .filter(|s| s.module == crate::core::question_set::ModuleKind::Programme)
        .collect();
    let mut loaded = load_workspace(store, &programme, default_name);
    // This tab's open assessments, not those another tab opened since; not written to the
    // index at mount (two tabs would rewrite it to each other without end).
    restore_tab_open(store, &mut loaded.workspace);
    if !loaded.in_storage.entries.is_empty() {
        loaded.in_storage.open = loaded.workspace.open.clone();
    }
    loaded
}

/// The programme module's one save: what changed since `stored`, and this tab's open
/// assessments (remembered whether or not storage took the rest).
pub fn save_programme(
    store: &Store,
    stored: &Workspace,
    workspace: &Workspace,
) -> Result<(), StorageError> {
    let result = save_changes(store, stored, workspace);
    remember_tab_open(store, workspace);
    result
}
