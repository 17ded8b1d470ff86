//! Where a mounted widget's state core lives: `Hub` holds the `core::widget::WidgetState`,
//! the content (with the language packs loaded so far), and the effect runner. Components
//! send `Action`s through `dispatch`; the hub applies them, has the runner carry out the
//! effects (feeding back what storage refused), and redraws. Nothing else changes that state.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use yew::Callback;

use super::bridge::Bridge;
use super::content::{load_with, Content, LoadedSet};
use crate::core::embed::Config;
use crate::core::l10n::{self, Pack};
use crate::core::question_set::{Lang, QuestionSet, SetId};
use crate::core::widget::{Action, Effect, Role, Setup, WidgetState};
use crate::web::effects::Runner;
use crate::web::storage::Store;

pub(crate) struct Hub {
    state: RefCell<WidgetState>,
    content: RefCell<Rc<Content>>,
    packs: RefCell<Vec<Pack>>,
    /// Actions waiting while one is applied (see `dispatch`).
    queue: RefCell<std::collections::VecDeque<Action>>,
    busy: std::cell::Cell<bool>,
    /// The custom sets as components hold them, rebuilt only when the state's change (so item
    /// props keep comparing by pointer).
    custom: RefCell<(Vec<QuestionSet>, Vec<Rc<LoadedSet>>)>,
    config: Rc<Config>,
    /// One `Rc` for the widget's life: modules compare their store by pointer.
    store: Rc<Store>,
    bridge: Rc<Bridge>,
    redraw: Callback<()>,
    me: Weak<Hub>,
}

impl Hub {
    /// The hub of a widget whose storage is open: its state as stored.
    pub fn new(
        content: Rc<Content>,
        config: Rc<Config>,
        store: Store,
        bridge: Rc<Bridge>,
        redraw: Callback<()>,
    ) -> Rc<Self> {
        let (state, effects) = {
            let ids = builtin_ids(&content);
            let setup = Setup {
                config: &config,
                builtin: &ids,
                catalogue: &content.catalogue,
            };
            let read_only = store.mode() == crate::web::db::Mode::ReadOnly;
            WidgetState::restore(|k| store.get(k).ok().flatten(), read_only, &setup)
        };
        bridge.live.borrow_mut().lang = Some(state.shown);
        let hub = Rc::new_cyclic(|me| Hub {
            state: RefCell::new(state),
            content: RefCell::new(content),
            packs: RefCell::default(),
            queue: RefCell::default(),
            busy: std::cell::Cell::new(false),
            custom: RefCell::default(),
            config,
            store: Rc::new(store),
            bridge,
            redraw,
            me: me.clone(),
        });
        // What restoring asks (a stored value set aside, a pack fetched), once the hub exists.
        for back in hub.run(effects) {
            hub.dispatch(back);
        }
        hub
    }
}

impl Hub {
    /// The state now, as a copy: a render holds no borrow an event could collide with.
    pub fn state(&self) -> WidgetState {
        self.state.borrow().clone()
    }

    pub fn content(&self) -> Rc<Content> {
        self.content.borrow().clone()
    }

    pub fn store(&self) -> &Rc<Store> {
        &self.store
    }

    pub fn bridge(&self) -> &Rc<Bridge> {
        &self.bridge
    }

    /// Applies `action` and whatever its effects bring back, then redraws if anything changed.
    /// Re-entrant: an action sent while one is being applied (a focus event fired by the DOM
    /// update an effect caused, a host listener calling back) is queued and applied after it,
    /// never a second borrow of the state.
    pub fn dispatch(&self, action: Action) {
        // Nothing to do for the most frequent event (focus leaving a field) unless it is awaited.
        let idle_focus = action == Action::LeftField
            && self.state.try_borrow().is_ok_and(|s| !s.remount_pending);
        if idle_focus {
            return;
        }
        self.queue.borrow_mut().push_back(action);
        if self.busy.replace(true) {
            return;
        }
        let before = self.state.borrow().clone();
        let content_before = self.content.borrow().clone();
        loop {
            let Some(next) = self.queue.borrow_mut().pop_front() else {
                break;
            };
            let effects = {
                let content = self.content.borrow();
                let ids = builtin_ids(&content);
                let setup = Setup {
                    config: &self.config,
                    builtin: &ids,
                    catalogue: &content.catalogue,
                };
                self.state.borrow_mut().apply(next, &setup)
            };
            let back = self.run(effects);
            self.queue.borrow_mut().extend(back);
        }
        self.busy.set(false);
        self.bridge.live.borrow_mut().lang = Some(self.state.borrow().shown);
        let unchanged =
            *self.state.borrow() == before && Rc::ptr_eq(&self.content.borrow(), &content_before);
        if !unchanged {
            self.redraw.emit(());
        }
    }

    /// A callback that dispatches what it is given (for components' props).
    pub fn sender<T: 'static>(&self, to_action: impl Fn(T) -> Action + 'static) -> Callback<T> {
        let me = self.me.clone();
        Callback::from(move |value: T| {
            if let Some(hub) = me.upgrade() {
                hub.dispatch(to_action(value));
            }
        })
    }

    /// A callback for the first screen: the role chosen opens the first offered set of its
    /// module (the offered sets are read when it is chosen: custom sets may have come since).
    pub fn role_sender(&self) -> Callback<Role> {
        let me = self.me.clone();
        Callback::from(move |role: Role| {
            if let Some(hub) = me.upgrade() {
                let (offered, _) = hub.offered();
                let plain: Vec<&QuestionSet> = offered.iter().map(|s| &s.set).collect();
                let open = role.set_in(&plain);
                hub.dispatch(Action::ChooseRole { role, open });
            }
        })
    }

    /// The offered sets, in the order shown, as components hold them; and the one shown.
    pub fn offered(&self) -> (Vec<Rc<LoadedSet>>, Option<Rc<LoadedSet>>) {
        let state = self.state.borrow();
        let content = self.content.borrow();
        let custom = self.custom_loaded(&state.custom);
        let plain: Vec<QuestionSet> = content.builtin.iter().map(|s| s.set.clone()).collect();
        let by_id = |id: &SetId| {
            content
                .builtin
                .iter()
                .chain(custom.iter())
                .find(|s| &s.set.id == id)
                .cloned()
        };
        let order = state.offered(&plain, &self.config);
        let current = state.current(&order).and_then(|s| by_id(&s.id));
        (order.iter().filter_map(|s| by_id(&s.id)).collect(), current)
    }

    fn custom_loaded(&self, sets: &[QuestionSet]) -> Vec<Rc<LoadedSet>> {
        let mut cache = self.custom.borrow_mut();
        if cache.0 != sets || cache.1.len() != sets.len() {
            *cache = (
                sets.to_vec(),
                sets.iter()
                    .map(|s| LoadedSet::new(s.clone(), true))
                    .collect(),
            );
        }
        cache.1.clone()
    }

    fn run(&self, effects: Vec<Effect>) -> Vec<Action> {
        let me = self.me.clone();
        let runner = Runner {
            store: (*self.store).clone(),
            bridge: self.bridge.clone(),
            fetch_pack: Rc::new(move |lang| {
                if let Some(hub) = me.upgrade() {
                    hub.fetch_pack(lang);
                }
            }),
        };
        runner.run(effects)
    }

    /// Fetches `lang`'s content pack; until it is here (or if it cannot be had) its content
    /// shows in English.
    fn fetch_pack(&self, lang: Lang) {
        let me = self.me.clone();
        let bridge = self.bridge.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let fetched = bridge.fetch_pack(lang).await;
            // Destroyed while the pack was fetched: not parsed, nothing set.
            let Some(hub) = me.upgrade().filter(|_| !bridge.is_destroyed()) else {
                return;
            };
            // The interface words first: a pack whose table is refused changes nothing.
            let outcome = fetched
                .ok()
                .and_then(|text| l10n::parse(&text, lang).ok())
                .filter(|pack| crate::core::i18n::install(lang, &pack.interface).is_ok())
                .and_then(|pack| hub.add_pack(pack));
            hub.dispatch(Action::PackLoaded(lang, outcome.ok_or(())));
            // The content changed outside `dispatch`, whose state may not have.
            if outcome.is_some() {
                hub.redraw.emit(());
            }
        });
    }

    fn add_pack(&self, pack: Pack) -> Option<()> {
        let mut packs = self.packs.borrow_mut();
        if !packs.iter().any(|p| p.lang == pack.lang) {
            packs.push(pack);
        }
        let content = Rc::new(load_with(&packs).ok()?);
        self.bridge.live.borrow_mut().content = Some(content.clone());
        *self.content.borrow_mut() = content;
        Some(())
    }
}

fn builtin_ids(content: &Content) -> Vec<SetId> {
    content.builtin.iter().map(|s| s.set.id.clone()).collect()
}
