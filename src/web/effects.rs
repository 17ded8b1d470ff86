//! Carries out what the state cores ask for (`core::widget::Effect`): storage writes, events
//! to the host page, language-pack fetches, the register's saving. The one place a state
//! core's effect touches the browser; the cores only name what is to be done.

use std::cell::RefCell;
use std::rc::Rc;

use yew::Callback;

use crate::core::i18n::Msg;
use crate::core::question_set::Lang;
use crate::core::widget::screening::Screening;
use crate::core::widget::{Action, Effect, StorageNews};
use crate::ui::bridge::Bridge;
use crate::web::persist::{save_register, Saved};
use crate::web::storage::Store;

/// The widget's own runner (language, open module, custom sets, notices).
pub struct Runner {
    pub store: Store,
    pub bridge: Rc<Bridge>,
    /// Starts fetching a language's content pack; its outcome comes back as an action.
    pub fetch_pack: Rc<dyn Fn(Lang)>,
}

impl Runner {
    /// Carries `effects` out in order. What storage refused comes back as actions for the
    /// state core (the user is told), never lost silently.
    pub fn run(&self, effects: Vec<Effect>) -> Vec<Action> {
        let mut back = Vec::new();
        for effect in effects {
            let notice = match effect {
                Effect::FetchPack(lang) => {
                    (self.fetch_pack)(lang);
                    None
                }
                // The widget has no register of its own (the screening module's runner does).
                Effect::SaveRegister => None,
                Effect::Notice(msg) => Some(msg),
                other => common(&self.store, &self.bridge, other),
            };
            back.extend(notice.map(|m| match m {
                m @ (Msg::StorageFull | Msg::StorageUnavailable) => {
                    Action::Storage(StorageNews::Failed(m))
                }
                m => Action::Notice(m),
            }));
        }
        back
    }
}

/// The screening module's runner: it also knows what storage holds of the register, so a
/// save writes only the shipments that changed.
pub struct ScreeningRunner {
    pub store: Rc<Store>,
    pub bridge: Rc<Bridge>,
    pub on_notice: Callback<Msg>,
    saved: RefCell<Saved>,
}

impl ScreeningRunner {
    /// `saved`: what storage held of the register when it was read.
    pub fn new(
        store: Rc<Store>,
        bridge: Rc<Bridge>,
        on_notice: Callback<Msg>,
        saved: Saved,
    ) -> Self {
        Self {
            store,
            bridge,
            on_notice,
            saved: RefCell::new(saved),
        }
    }

    /// Carries `effects` out in order, with `state` as it now stands; the register is written
    /// once however many saves were asked for. The user is told of anything refused.
    pub fn run(&self, state: &Screening, effects: Vec<Effect>) {
        let mut register = false;
        for effect in effects {
            let notice = match effect {
                Effect::SaveRegister => {
                    register = true;
                    None
                }
                Effect::Notice(msg) => Some(msg),
                // Packs are the widget's.
                Effect::FetchPack(_) => None,
                other => common(&self.store, &self.bridge, other),
            };
            if let Some(m) = notice {
                self.on_notice.emit(m);
            }
        }
        if register {
            let before = self.saved.borrow().clone();
            match save_register(&self.store, &before, &state.register) {
                Ok(now) => *self.saved.borrow_mut() = now,
                Err(e) => self.on_notice.emit(e.message()),
            }
        }
    }
}

/// A storage write, a value set aside, or a host event; a refused write comes back as its
/// message.
fn common(store: &Store, bridge: &Bridge, effect: Effect) -> Option<Msg> {
    match effect {
        Effect::Save(key, value) => store.set(&key, &value).err().map(|e| e.message()),
        Effect::SetAside(key, value) => {
            let _ = store.quarantine(&key, &value);
            None
        }
        Effect::Emit(event) => {
            bridge.tell(&event);
            None
        }
        Effect::FetchPack(_) | Effect::SaveRegister | Effect::Notice(_) => None,
    }
}
