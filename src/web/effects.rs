//! Carries out what the widget's state core asks for (`core::widget::Effect`): storage writes,
//! events to the host page, language-pack fetches. The one place a widget-level effect
//! touches the browser; the state core only names what is to be done.

use std::rc::Rc;

use crate::core::question_set::Lang;
use crate::core::widget::{Action, Effect, StorageNews};
use crate::ui::bridge::Bridge;
use crate::web::storage::Store;

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
            match effect {
                Effect::Save(key, value) => {
                    if let Err(e) = self.store.set(&key, &value) {
                        back.push(Action::Storage(StorageNews::Failed(e.message())));
                    }
                }
                Effect::SetAside(key, value) => {
                    let _ = self.store.quarantine(&key, &value);
                }
                Effect::Emit(event) => self.bridge.tell(&event),
                Effect::FetchPack(lang) => (self.fetch_pack)(lang),
            }
        }
        back
    }
}
