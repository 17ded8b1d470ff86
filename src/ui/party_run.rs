//! Party screening's driver: the lists worker given the saved lists at mount, files the user
//! loads or removes, and every record whose screening no longer holds (a name typed, a list
//! loaded, the threshold changed) screened again off the page's thread, in chunks, with
//! progress and a cancel. The threshold is saved here too (the decisions are the state
//! core's).

use std::cell::Cell;
use std::collections::HashSet;
use std::rc::Rc;

use att_lists::protocol::{ListInfo, Reply, Request};
use yew::prelude::*;

use super::screening_state::ScreeningState;
use crate::core::i18n::party::PartyMsg;
use crate::core::i18n::Msg;
use crate::core::parties::{parties, Against, PartyScreening, SavedFile, Source};
use crate::core::register::RegisterAction;
use crate::core::widget::screening::ScreeningAction;
use crate::web::lists::ask;
use crate::web::party_lists;
use crate::web::storage::Store;

/// Shipments per request to the worker: small enough for a smooth progress bar and a prompt
/// cancel, large enough that messaging costs little next to the screening.
const CHUNK: usize = 250;

/// What the panel and the register show of party screening, and what they can ask of it.
#[derive(Clone, PartialEq)]
pub struct PartyHandle {
    pub loaded: Rc<Vec<ListInfo>>,
    /// Reading or loading lists.
    pub busy: bool,
    /// Why the last files were refused, or the worker failed.
    pub problem: Option<PartyMsg>,
    /// Shipments screened of the run's total, while a run of more than one chunk goes on.
    pub progress: Option<(usize, usize)>,
    /// How the last run ended (done, or cancelled).
    pub outcome: Option<PartyMsg>,
    /// Records whose last screening found an entry the one before did not.
    pub newly: Rc<HashSet<String>>,
    pub threshold: f64,
    pub load: Callback<Vec<web_sys::File>>,
    pub remove: Callback<Source>,
    pub set_threshold: Callback<f64>,
    pub run_all: Callback<()>,
    pub cancel: Callback<()>,
}

fn today() -> String {
    crate::web::clock::now_iso().chars().take(10).collect()
}

pub(crate) fn date_today() -> String {
    today()
}

fn bytes(files: &[SavedFile]) -> Vec<js_sys::Uint8Array> {
    files
        .iter()
        .map(|f| js_sys::Uint8Array::from(f.text.as_bytes()))
        .collect()
}

#[hook]
pub fn use_party_screening(
    store: Rc<Store>,
    instance: AttrValue,
    state: UseReducerHandle<ScreeningState>,
    open: Option<String>,
    on_notice: Callback<Msg>,
) -> PartyHandle {
    // Each mounted module has a worker of its own, stopped when it unmounts (another module
    // opened, or `destroy()`): a worker shared with another mount could be stopped under it.
    let instance: AttrValue = {
        let key = use_memo((), move |_| crate::web::lists::key_for(&instance));
        AttrValue::from((*key).clone())
    };
    {
        let key = instance.clone();
        use_effect_with((), move |_| move || crate::web::lists::stop(&key));
    }
    let loaded = use_state(|| Rc::new(Vec::<ListInfo>::new()));
    let busy = use_state(|| false);
    let problem = use_state(|| None::<PartyMsg>);
    let progress = use_state(|| None::<(usize, usize)>);
    let outcome = use_state(|| None::<PartyMsg>);
    let newly = use_state(|| Rc::new(HashSet::<String>::new()));
    let threshold = {
        let store = store.clone();
        use_state(move || party_lists::threshold(&store))
    };
    let running = use_mut_ref(|| Rc::new(Cell::new(false)));
    let cancelled = use_mut_ref(|| Rc::new(Cell::new(false)));
    // After a cancel, only the record on screen is screened until the user asks again.
    let paused = use_mut_ref(|| Rc::new(Cell::new(false)));
    // The user asked for the next run ("Screen every party"): it reports how it ended.
    let requested = use_mut_ref(|| Rc::new(Cell::new(false)));

    // The lists as they now stand in the worker, and the threshold: what screening must match.
    let settle = {
        let (d, loaded, threshold) = (state.dispatcher(), loaded.clone(), threshold.clone());
        move |now: Vec<ListInfo>, t: f64| {
            d.dispatch(ScreeningAction::SetAgainst(Against::new(&now, t)));
            loaded.set(Rc::new(now));
            threshold.set(t);
        }
    };

    // At mount: the saved lists handed to the worker again.
    {
        let (store, instance, busy, problem, settle) = (
            store.clone(),
            instance.clone(),
            busy.clone(),
            problem.clone(),
            settle.clone(),
        );
        let t = *threshold;
        use_effect_with((), move |_| {
            let saved = party_lists::saved(&store);
            if !saved.is_empty() {
                busy.set(true);
                wasm_bindgen_futures::spawn_local(async move {
                    let mut now = Vec::new();
                    for list in saved {
                        let request = Request::Load {
                            fallback_date: list.file_date.clone(),
                        };
                        match ask(&instance, &request, bytes(&list.files)).await {
                            Ok(Reply::Loaded { loaded, .. }) => now = loaded,
                            Ok(Reply::Refused { error }) => {
                                let files = list.files.iter().map(|f| f.name.clone()).collect();
                                problem.set(Some(PartyMsg::Refused { error, files }));
                            }
                            Ok(_) => {}
                            Err(e) => {
                                problem.set(Some(PartyMsg::WorkerFailed(e.detail().to_owned())));
                                break;
                            }
                        }
                    }
                    busy.set(false);
                    settle(now, t);
                });
            }
        });
    }

    let load = {
        let (store, instance, busy, problem, settle, on_notice) = (
            store.clone(),
            instance.clone(),
            busy.clone(),
            problem.clone(),
            settle.clone(),
            on_notice.clone(),
        );
        let t = *threshold;
        Callback::from(move |files: Vec<web_sys::File>| {
            let (store, instance, busy, problem, settle, on_notice) = (
                store.clone(),
                instance.clone(),
                busy.clone(),
                problem.clone(),
                settle.clone(),
                on_notice.clone(),
            );
            busy.set(true);
            problem.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                match party_lists::load(&store, &instance, files).await {
                    Ok(l) => {
                        if !l.kept {
                            on_notice.emit(Msg::Party(PartyMsg::NotKept));
                        }
                        on_notice.emit(Msg::Party(PartyMsg::Loaded(l.list.source)));
                        settle(l.loaded, t);
                    }
                    Err(Msg::Party(p)) => problem.set(Some(p)),
                    Err(m) => on_notice.emit(m),
                }
                busy.set(false);
            });
        })
    };

    let remove = {
        let (store, instance, problem, settle) = (
            store.clone(),
            instance.clone(),
            problem.clone(),
            settle.clone(),
        );
        let t = *threshold;
        Callback::from(move |source: Source| {
            party_lists::forget(&store, source, &instance);
            let (instance, problem, settle) = (instance.clone(), problem.clone(), settle.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match ask(&instance, &Request::Remove { source }, Vec::new()).await {
                    Ok(Reply::Removed { loaded }) => settle(loaded, t),
                    Ok(_) => problem.set(Some(PartyMsg::WorkerFailed(
                        crate::web::lists::UNEXPECTED.to_owned(),
                    ))),
                    Err(e) => problem.set(Some(PartyMsg::WorkerFailed(e.detail().to_owned()))),
                }
            });
        })
    };

    // A list loaded or removed elsewhere (the JS API's `loadList`, another widget on the same
    // storage): this worker takes it up too.
    {
        let (store, instance, problem, settle) = (
            store.clone(),
            instance.clone(),
            problem.clone(),
            settle.clone(),
        );
        let t = *threshold;
        use_effect_with(t.to_bits(), move |_| {
            let watch = party_lists::watch(&store.clone(), &instance.clone(), move |source| {
                let (store, instance, problem, settle) = (
                    store.clone(),
                    instance.clone(),
                    problem.clone(),
                    settle.clone(),
                );
                wasm_bindgen_futures::spawn_local(async move {
                    match party_lists::reload(&store, &instance, source).await {
                        Ok(now) => settle(now, t),
                        Err(Msg::Party(p)) => problem.set(Some(p)),
                        Err(_) => {}
                    }
                });
            });
            move || drop(watch)
        });
    }

    let set_threshold = {
        let (store, loaded, settle, on_notice) = (
            store.clone(),
            loaded.clone(),
            settle.clone(),
            on_notice.clone(),
        );
        Callback::from(move |t: f64| {
            let t = if t.is_finite() {
                t.clamp(0.0, 100.0)
            } else {
                return;
            };
            if let Err(m) = party_lists::save_threshold(&store, t) {
                on_notice.emit(m);
            }
            settle((**loaded).clone(), t);
        })
    };

    // Every record whose screening no longer holds, screened again; one run at a time, and
    // the next as soon as one ends (the register changes with each chunk).
    {
        let running = running.borrow().clone();
        let cancelled = cancelled.borrow().clone();
        let paused = paused.borrow().clone();
        let requested = requested.borrow().clone();
        let (instance, state_h, progress, outcome, newly, problem) = (
            instance.clone(),
            state.clone(),
            progress.clone(),
            outcome.clone(),
            newly.clone(),
            problem.clone(),
        );
        use_effect_with(
            (state.revision, state.against.clone(), open.clone()),
            move |(_, against, open)| {
                if running.get() || against.lists.is_empty() {
                    return;
                }
                let stale: Vec<_> = state_h
                    .register
                    .entries
                    .iter()
                    .filter(|e| !paused.get() || open.as_deref() == Some(e.id.as_str()))
                    .filter(|e| !e.parties.holds(&e.shipment, against))
                    .cloned()
                    .collect();
                if stale.is_empty() {
                    return;
                }
                running.set(true);
                cancelled.set(false);
                let against = (**against).clone();
                let d = state_h.dispatcher();
                let total = stale.len();
                wasm_bindgen_futures::spawn_local(async move {
                    let mut done = 0;
                    let mut newly_found = (*newly).as_ref().clone();
                    let mut failed = false;
                    let mut flagged = 0;
                    let mut fresh = 0;
                    let mut pending: Vec<(String, PartyScreening)> = Vec::new();
                    let flush_at = (total / 10).max(CHUNK * 4);
                    for chunk in stale.chunks(CHUNK) {
                        if cancelled.get() {
                            break;
                        }
                        let names: Vec<String> = chunk
                            .iter()
                            .flat_map(|e| {
                                parties(&e.shipment).into_iter().map(|(_, n)| n.to_owned())
                            })
                            .collect();
                        let request = Request::Screen {
                            names,
                            threshold: against.threshold(),
                        };
                        let results = match ask(&instance, &request, Vec::new()).await {
                            Ok(Reply::Screened { results }) => results,
                            Ok(_) => {
                                problem.set(Some(PartyMsg::WorkerFailed(
                                    crate::web::lists::UNEXPECTED.to_owned(),
                                )));
                                failed = true;
                                break;
                            }
                            Err(e) => {
                                problem.set(Some(PartyMsg::WorkerFailed(e.detail().to_owned())));
                                failed = true;
                                break;
                            }
                        };
                        let mut results = results.into_iter();
                        let screened: Vec<(String, PartyScreening)> = chunk
                            .iter()
                            .map(|e| {
                                let n = parties(&e.shipment).len();
                                let found: Vec<_> = results.by_ref().take(n).collect();
                                let next = PartyScreening::of(&e.shipment, &against, found);
                                flagged += usize::from(!next.parties.is_empty());
                                let before = e.parties.entries();
                                // A screening made before any list was loaded is not "before".
                                if !e.parties.lists.is_empty()
                                    && next.entries().iter().any(|m| !before.contains(m))
                                {
                                    fresh += 1;
                                    newly_found.insert(e.id.clone());
                                }
                                (e.id.clone(), next)
                            })
                            .collect();
                        done += chunk.len();
                        pending.extend(screened);
                        // Each dispatch costs a pass over the register (its findings, the
                        // saving): at most about ten per run keeps a run linear in its size.
                        if pending.len() >= flush_at {
                            let batch = std::mem::take(&mut pending);
                            d.dispatch(ScreeningAction::Register(RegisterAction::Parties(batch)));
                        }
                        if total > CHUNK {
                            progress.set(Some((done, total)));
                        }
                    }
                    if !pending.is_empty() {
                        d.dispatch(ScreeningAction::Register(RegisterAction::Parties(pending)));
                    }
                    progress.set(None);
                    let asked = requested.take();
                    if total > CHUNK || cancelled.get() || asked {
                        outcome.set(Some(if done < total {
                            PartyMsg::Cancelled { done, total }
                        } else {
                            PartyMsg::Done {
                                shipments: flagged,
                                newly: fresh,
                            }
                        }));
                    }
                    if cancelled.get() || failed {
                        paused.set(true);
                    }
                    newly.set(Rc::new(newly_found));
                    running.set(false);
                    // Whatever changed while this run went on is picked up by the next one
                    // (not after a failure: the user is told, and asks again).
                    if !failed {
                        d.dispatch(ScreeningAction::Register(RegisterAction::Parties(
                            Vec::new(),
                        )));
                    }
                });
            },
        );
    }

    let run_all = {
        let paused = paused.borrow().clone();
        let requested = requested.borrow().clone();
        let d = state.dispatcher();
        Callback::from(move |()| {
            paused.set(false);
            requested.set(true);
            d.dispatch(ScreeningAction::Register(RegisterAction::Parties(
                Vec::new(),
            )));
        })
    };
    let cancel = {
        let cancelled = cancelled.borrow().clone();
        Callback::from(move |()| cancelled.set(true))
    };

    PartyHandle {
        loaded: (*loaded).clone(),
        busy: *busy,
        problem: (*problem).clone(),
        progress: *progress,
        outcome: (*outcome).clone(),
        newly: (*newly).clone(),
        threshold: *threshold,
        load,
        remove,
        set_threshold,
        run_all,
        cancel,
    }
}
