//! The programme module's workspace of assessments as a hook: read once at mount, saved by one
//! effect (at once, or once typing in a long assessment pauses), and what was held back saved
//! when the module goes.

use std::rc::Rc;

use yew::prelude::*;

use super::bridge::Bridge;
use super::state::WorkspaceState;
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Lang, QuestionSet, SetId};
use crate::core::save_timing::waits_for_pause;
use crate::core::widget::{Changed, HostEvent};
use crate::web::persist::{load_programme, save_programme, ReadProblem, SaveLater};
use crate::web::storage::{StorageError, Store};

/// The workspace of the module showing set `set_id`, with every set the widget has in `sets`.
#[hook]
pub fn use_saved_workspace(
    store: Rc<Store>,
    sets: Rc<Vec<QuestionSet>>,
    set_id: SetId,
    lang: Lang,
    bridge: Rc<Bridge>,
    on_notice: Callback<Msg>,
) -> UseReducerHandle<WorkspaceState> {
    // Read once at mount; storage is only ever written by the effect below.
    let loaded = {
        let (store, name) = (store.clone(), text(lang, &Msg::AssessmentNumber(1)));
        use_memo((), move |_| load_programme(&store, &sets, &name))
    };
    {
        let (on_notice, problems) = (on_notice.clone(), loaded.problems.clone());
        use_effect_with((), move |_| {
            for p in problems {
                on_notice.emit(match p {
                    ReadProblem::Unavailable => Msg::StorageUnavailable,
                    ReadProblem::Unreadable(e) => Msg::SavedWorkUnreadable(e),
                });
            }
        });
    }
    let state = use_reducer(|| WorkspaceState {
        workspace: loaded.workspace.clone(),
        revision: 0,
        typing: false,
    });
    // What storage holds; the effect writes the difference (at mount: anything just adopted).
    let stored = use_mut_ref(|| loaded.in_storage.clone());
    let later = use_memo((), |_| SaveLater::new());
    {
        let (state, later) = (state.clone(), later.clone());
        use_effect_with(state.revision, move |revision| {
            bridge.live.borrow_mut().workspace = Some(state.workspace.clone());
            if *revision > 0 {
                bridge.tell(&HostEvent::Change(Changed::Assessment));
            }
            let long = state
                .workspace
                .open_of(&set_id)
                .is_some_and(|(_, a)| waits_for_pause(a, state.typing));
            let save = move || {
                // Bound first: the borrow must end before the success arm takes a mutable one.
                let result = save_programme(&store, &stored.borrow(), &state.workspace);
                match result {
                    Ok(()) => *stored.borrow_mut() = state.workspace.clone(),
                    Err(StorageError::Full) => on_notice.emit(Msg::StorageFull),
                    Err(StorageError::Unavailable) => on_notice.emit(Msg::StorageUnavailable),
                }
            };
            if long {
                later.after_pause(save);
            } else {
                later.cancel();
                save();
            }
        });
    }
    {
        // Unmounted (another module, a remount), it saves what it held back first: the
        // scheduler destroys the old module before the new one reads storage.
        use_effect_with((), move |_| move || later.now());
    }
    state
}
