//! The screening module's state as Yew holds it: the pure `core::widget::screening::Screening`,
//! and the effects its actions asked for, queued until the module's effect runs them (several
//! actions may be applied before the next render; none of their effects is lost); and the
//! callbacks that turn the user's requests (an export, an import, a decision) into actions.

use std::cell::RefCell;
use std::rc::Rc;

use att_lists::protocol::ListInfo;
use yew::prelude::*;

use super::bridge::Bridge;
use super::content::LoadedSet;
use super::party_check::Decide;
use super::party_run::date_today;
use crate::core::deliver::Deliverable;
use crate::core::export_format::ExportFormat;
use crate::core::i18n::Msg;
use crate::core::lists::RefList;
use crate::core::question_set::Lang;
use crate::core::register::{RegisterAction, Screened};
use crate::core::register_export;
use crate::core::rules::Engine;
use crate::core::widget::screening::{Screening, ScreeningAction};
use crate::core::widget::Effect;
use crate::web::download::deliver_file;
use crate::web::effects::ScreeningRunner;
use crate::web::storage::Store;

#[derive(Debug, Clone, PartialEq)]
pub struct ScreeningState {
    pub core: Screening,
    /// Effects asked for and not yet carried out (shared by every copy of the state).
    outbox: Rc<RefCell<Vec<Effect>>>,
    /// Bumped whenever effects are queued: the module's effect watches it.
    pub queued: u64,
}

impl ScreeningState {
    pub fn new(core: Screening) -> Self {
        Self {
            core,
            outbox: Rc::default(),
            queued: 0,
        }
    }

    /// The effects queued so far, in the order asked; the queue is left empty.
    pub fn take_effects(&self) -> Vec<Effect> {
        std::mem::take(&mut *self.outbox.borrow_mut())
    }
}

impl std::ops::Deref for ScreeningState {
    type Target = Screening;

    fn deref(&self) -> &Screening {
        &self.core
    }
}

impl Reducible for ScreeningState {
    type Action = ScreeningAction;

    fn reduce(self: Rc<Self>, action: ScreeningAction) -> Rc<Self> {
        let mut next = (*self).clone();
        let effects = next.core.apply(action);
        if effects.is_empty() {
            return self;
        }
        next.outbox.borrow_mut().extend(effects);
        next.queued += 1;
        Rc::new(next)
    }
}

/// The screening state as stored, driven: what restoring and each action ask for is carried
/// out by one `ScreeningRunner` (which also keeps `getState`'s view of it current).
#[hook]
pub fn use_screening_state(
    store: Rc<Store>,
    set: Rc<LoadedSet>,
    lists: Rc<Vec<RefList>>,
    bridge: Rc<Bridge>,
    on_notice: Callback<Msg>,
) -> UseReducerHandle<ScreeningState> {
    let loaded = {
        let store = store.clone();
        use_memo((), move |_| {
            crate::web::screening::load(&store, &set.set, &lists)
        })
    };
    let state = use_reducer(|| ScreeningState::new(loaded.0.clone()));
    let runner = {
        let (bridge, saved) = (bridge.clone(), loaded.2.clone());
        use_memo((), move |_| {
            ScreeningRunner::new(store, bridge, on_notice, saved)
        })
    };
    {
        // What restoring asked for (values set aside, the user told), once mounted.
        let (runner, state, effects) = (runner.clone(), state.clone(), loaded.1.clone());
        use_effect_with((), move |_| runner.run(&state, effects));
    }
    {
        let state = state.clone();
        use_effect_with(state.queued, move |_| {
            // What `getState` reads while the module is open: a copy of pointers (the entries
            // are `Rc`), not of the records.
            bridge.live.borrow_mut().screening = Some(Rc::new(state.core.clone()));
            runner.run(&state, state.take_effects());
        });
    }
    state
}

/// The register as a file of a format.
pub fn export_register(
    state: &UseReducerHandle<ScreeningState>,
    lang: Lang,
) -> Callback<ExportFormat, Option<Deliverable>> {
    let state = state.clone();
    Callback::from(move |format: ExportFormat| state.core.export(format, lang, &date_today()))
}

/// One shipment handed to the user as a file of a format.
pub fn export_shipment(
    state: &UseReducerHandle<ScreeningState>,
    entry: &Rc<Screened>,
    lang: Lang,
    on_notice: &Callback<Msg>,
    on_delivered: &Callback<(ExportFormat, String)>,
) -> Callback<ExportFormat> {
    let (entry, state, on_notice, on_delivered) = (
        entry.clone(),
        state.clone(),
        on_notice.clone(),
        on_delivered.clone(),
    );
    Callback::from(move |format: ExportFormat| {
        let file = state.core.export_shipment(&entry, format, lang);
        deliver_file(file, format, &on_delivered, &on_notice);
    })
}

/// A register file's records added to the register (the user told how many, and whether the
/// file's fingerprint held); why it was refused, if it was.
pub fn import_register(
    state: &UseReducerHandle<ScreeningState>,
    on_notice: Callback<Msg>,
) -> Callback<Vec<u8>, Option<Msg>> {
    let state = state.clone();
    Callback::from(move |bytes: Vec<u8>| {
        let engine = Engine::new(&state.rules, &state.lists, &state.jurisdictions);
        match register_export::import(&bytes, &engine) {
            Ok((records, integrity)) => {
                let shipments = records.len();
                state.dispatch(ScreeningAction::Register(RegisterAction::Append(records)));
                on_notice.emit(Msg::RegisterImported {
                    shipments,
                    integrity,
                });
                None
            }
            Err(e) => Some(Msg::ImportFailed(e)),
        }
    })
}

/// A decision on a possible match, dated against the list it was found in.
pub fn decide(
    state: &UseReducerHandle<ScreeningState>,
    loaded: Rc<Vec<ListInfo>>,
) -> Callback<Decide> {
    let d = state.dispatcher();
    Callback::from(move |(name, found, verdict, reason): Decide| {
        let list_date = loaded
            .iter()
            .find(|l| l.source == found.source)
            .and_then(|l| l.generated.clone());
        d.dispatch(ScreeningAction::Decide {
            name,
            found: Box::new(found),
            verdict,
            reason,
            list_date,
            today: date_today(),
        })
    })
}
