//! Sanctions lists the user gives the widget, through the lists panel or the JS API's
//! `loadList`: the files read and decoded as the worker reads them, loaded into a lists
//! worker, and kept in storage only once the worker took them (a refused file never replaces
//! a list). Every other mount on the same storage is told ([`watch`]), and loads it too.
//!
//! [`ApiLists`] is the JS API's own worker, kept in step with the saved lists.

use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::rc::Rc;

use att_lists::protocol::{Found, ListInfo, Reply, Request};
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use crate::core::i18n::party::PartyMsg;
use crate::core::i18n::Msg;
use crate::core::parties::{SavedFile, SavedList, Settings, Source};
use crate::core::widget::Key;
use crate::web::db::{Event, Subscription};
use crate::web::files::read_bytes;
use crate::web::lists::ask;
use crate::web::storage::Store;

/// The largest list file read (the full CSL is about 30 MB).
pub const MAX_LIST_BYTES: usize = 200_000_000;
const SOURCES: [Source; 3] = [Source::Un, Source::OfacSdn, Source::UsCsl];

/// A list the worker took.
pub struct Loaded {
    pub list: ListInfo,
    /// Every list now loaded in that worker.
    pub loaded: Vec<ListInfo>,
    /// Whether storage took it (else it is gone at the next visit).
    pub kept: bool,
}

fn worker_failed(detail: String) -> Msg {
    Msg::Party(PartyMsg::WorkerFailed(detail))
}

/// A file's modification date, `YYYY-MM-DD`.
fn file_date(f: &web_sys::File) -> Option<String> {
    let d = js_sys::Date::new(&JsValue::from_f64(f.last_modified()));
    let iso = String::from(d.to_iso_string());
    (iso.len() >= 10).then(|| iso[..10].to_owned())
}

fn bytes(files: &[SavedFile]) -> Vec<js_sys::Uint8Array> {
    files
        .iter()
        .map(|f| js_sys::Uint8Array::from(f.text.as_bytes()))
        .collect()
}

/// Reads `files` as one list, loads it into the worker of `worker` and keeps it in `store`.
/// Refused: `Msg::FileUnreadable`, `PartyMsg::Refused` (the lists loaded stay as they were) or
/// `PartyMsg::WorkerFailed`.
pub async fn load(store: &Store, worker: &str, files: Vec<web_sys::File>) -> Result<Loaded, Msg> {
    let names: Vec<String> = files.iter().map(|f| f.name()).collect();
    let date = files.iter().filter_map(file_date).max();
    let mut saved = Vec::new();
    for (f, name) in files.into_iter().zip(&names) {
        let b = read_bytes(f, MAX_LIST_BYTES)
            .await
            .map_err(|_| Msg::FileUnreadable)?;
        saved.push(SavedFile {
            name: name.clone(),
            text: att_lists::text::decode(&b).into_owned(),
        });
    }
    let request = Request::Load {
        fallback_date: date.clone(),
    };
    match ask(worker, &request, bytes(&saved)).await {
        Ok(Reply::Loaded { list, loaded }) => {
            let kept = SavedList::new(list.source, date, saved);
            let kept = store
                .set(&Key::PartyList(list.source), &kept.encode())
                .is_ok();
            changed(store, list.source, worker);
            Ok(Loaded { list, loaded, kept })
        }
        Ok(Reply::Refused { error }) => Err(Msg::Party(PartyMsg::Refused {
            error,
            files: names,
        })),
        Ok(_) => Err(worker_failed(crate::web::lists::UNEXPECTED.to_owned())),
        Err(e) => Err(worker_failed(e.detail().to_owned())),
    }
}

/// Gives the worker of `worker` the saved list of `source` again, or takes that list away if
/// none is saved now: every list then loaded.
pub async fn reload(store: &Store, worker: &str, source: Source) -> Result<Vec<ListInfo>, Msg> {
    let saved = store
        .get(&Key::PartyList(source))
        .ok()
        .flatten()
        .and_then(|raw| SavedList::decode(&raw).ok());
    let reply = match &saved {
        Some(list) => {
            let request = Request::Load {
                fallback_date: list.file_date.clone(),
            };
            ask(worker, &request, bytes(&list.files)).await
        }
        None => ask(worker, &Request::Remove { source }, Vec::new()).await,
    };
    match reply {
        Ok(Reply::Loaded { loaded, .. } | Reply::Removed { loaded }) => Ok(loaded),
        Ok(Reply::Refused { error }) => Err(Msg::Party(PartyMsg::Refused {
            error,
            files: saved
                .map(|l| l.files.into_iter().map(|f| f.name).collect())
                .unwrap_or_default(),
        })),
        Ok(_) => Err(worker_failed(crate::web::lists::UNEXPECTED.to_owned())),
        Err(e) => Err(worker_failed(e.detail().to_owned())),
    }
}

type Watcher = Rc<dyn Fn(Source)>;

thread_local! {
    /// (id, storage prefix, worker key, told): who hears of a list loaded or removed.
    static WATCHERS: RefCell<Vec<(u64, String, String, Watcher)>> = const { RefCell::new(Vec::new()) };
    static NEXT: Cell<u64> = const { Cell::new(0) };
}

/// Told while held.
pub struct Watch(u64);

impl Drop for Watch {
    fn drop(&mut self) {
        let id = self.0;
        WATCHERS.with(|w| w.borrow_mut().retain(|(i, ..)| *i != id));
    }
}

/// `told(source)` whenever the saved list of `source` in `store` is loaded or removed by
/// anyone but the worker `worker` itself.
pub fn watch(store: &Store, worker: &str, told: impl Fn(Source) + 'static) -> Watch {
    let id = NEXT.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    WATCHERS.with(|w| {
        w.borrow_mut().push((
            id,
            store.prefix().to_owned(),
            worker.to_owned(),
            Rc::new(told),
        ))
    });
    Watch(id)
}

/// The saved threshold, or the default.
pub fn threshold(store: &Store) -> f64 {
    store
        .get(&Key::PartySettings)
        .ok()
        .flatten()
        .and_then(|raw| Settings::decode(&raw).ok())
        .unwrap_or_default()
        .threshold
}

/// Saves the threshold; a refusal is the user's message.
pub fn save_threshold(store: &Store, threshold: f64) -> Result<(), Msg> {
    store
        .set(&Key::PartySettings, &Settings::new(threshold).encode())
        .map_err(|_| Msg::StorageFull)
}

/// The sanctions lists kept in storage (those that can be read), to hand to a worker.
pub fn saved(store: &Store) -> Vec<SavedList> {
    [Source::Un, Source::OfacSdn, Source::UsCsl]
        .into_iter()
        .filter_map(|s| store.get(&Key::PartyList(s)).ok().flatten())
        .filter_map(|raw| SavedList::decode(&raw).ok())
        .collect()
}

/// Forgets the saved list of `source`, and tells the other watchers (`from` is this one).
pub fn forget(store: &Store, source: Source, from: &str) {
    let _ = store.remove(&Key::PartyList(source));
    changed(store, source, from);
}

/// Tells every watcher of `store` but `from` that the saved list of `source` changed.
pub fn changed(store: &Store, source: Source, from: &str) {
    let prefix = store.prefix().to_owned();
    let told: Vec<Watcher> = WATCHERS.with(|w| {
        w.borrow()
            .iter()
            .filter(|(_, p, k, _)| *p == prefix && k != from)
            .map(|(.., f)| f.clone())
            .collect()
    });
    for f in told {
        f(source);
    }
}

/// The JS API's lists worker: it loads the lists the API is given and screens the API's names,
/// apart from the open module's worker. Before each use it takes up whatever changed in the
/// saved lists since (the panel, another mount, another tab), so it screens against the saved
/// lists as they are, not as they were when it started.
pub struct ApiLists {
    worker: String,
    /// Sources whose saved list the worker may not have as saved: all of them at first.
    stale: Rc<RefCell<BTreeSet<Source>>>,
    loaded: RefCell<Vec<ListInfo>>,
    /// The last operation asked: each waits for the one before, so none sees another's lists
    /// half loaded.
    tail: RefCell<js_sys::Promise>,
    stopped: Cell<bool>,
    _watch: Watch,
    _other_tabs: Subscription,
}

impl ApiLists {
    pub fn new(store: &Store, instance: &str) -> Rc<Self> {
        let worker = crate::web::lists::key_for(&format!("{instance}:api"));
        let stale = Rc::new(RefCell::new(SOURCES.into_iter().collect::<BTreeSet<_>>()));
        let watch = {
            let stale = stale.clone();
            watch(store, &worker, move |s| {
                stale.borrow_mut().insert(s);
            })
        };
        let other_tabs = {
            let stale = stale.clone();
            store.subscribe(move |e| {
                if *e == Event::ForeignChange {
                    stale.borrow_mut().extend(SOURCES);
                }
            })
        };
        Rc::new(ApiLists {
            worker,
            stale,
            loaded: RefCell::default(),
            tail: RefCell::new(js_sys::Promise::resolve(&JsValue::UNDEFINED)),
            stopped: Cell::new(false),
            _watch: watch,
            _other_tabs: other_tabs,
        })
    }

    /// A Promise of `op`, run once every operation queued before it has ended.
    pub fn queue(
        self: &Rc<Self>,
        op: impl std::future::Future<Output = Result<JsValue, JsValue>> + 'static,
    ) -> js_sys::Promise {
        let before = self.tail.borrow().clone();
        let me = self.clone();
        let promise = wasm_bindgen_futures::future_to_promise(async move {
            let _ = JsFuture::from(before).await;
            let out = if me.stopped.get() {
                Err(wasm_bindgen::JsError::new("att-diligence: the widget was destroyed").into())
            } else {
                op.await
            };
            // A request sent after `destroy()` started a worker again: stopped with it.
            if me.stopped.get() {
                crate::web::lists::stop(&me.worker);
            }
            out
        });
        *self.tail.borrow_mut() = promise.clone();
        promise
    }

    /// The saved lists, in the worker as they are in storage.
    async fn sync(&self, store: &Store) -> Result<(), Msg> {
        // Until storage is read it holds no list: wait for it (a few milliseconds at mount).
        for _ in 0..500 {
            if store.is_open() {
                break;
            }
            yew::platform::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        let stale: Vec<Source> = std::mem::take(&mut *self.stale.borrow_mut())
            .into_iter()
            .collect();
        for (i, &source) in stale.iter().enumerate() {
            let saved = store.get(&Key::PartyList(source)).ok().flatten().is_some();
            let held = self.loaded.borrow().iter().any(|l| l.source == source);
            if !saved && !held {
                continue;
            }
            match reload(store, &self.worker, source).await {
                Ok(now) => *self.loaded.borrow_mut() = now,
                Err(e) => {
                    // Tried again next time: a list left out must not read as a clear screening.
                    self.stale.borrow_mut().extend(&stale[i..]);
                    return Err(e);
                }
            }
        }
        Ok(())
    }

    /// Loads `files` as one list, kept as the panel keeps it.
    pub async fn load(&self, store: &Store, files: Vec<web_sys::File>) -> Result<Loaded, Msg> {
        self.sync(store).await?;
        let loaded = load(store, &self.worker, files).await?;
        *self.loaded.borrow_mut() = loaded.loaded.clone();
        Ok(loaded)
    }

    /// Each name's possible matches at `threshold`, against the saved lists; `NoList` when none
    /// is saved.
    pub async fn screen(
        &self,
        store: &Store,
        names: Vec<String>,
        threshold: f64,
    ) -> Result<Vec<Vec<Found>>, Msg> {
        self.sync(store).await?;
        if self.loaded.borrow().is_empty() {
            return Err(Msg::Party(PartyMsg::NoList));
        }
        if names.is_empty() {
            return Ok(Vec::new());
        }
        let n = names.len();
        match ask(
            &self.worker,
            &Request::Screen { names, threshold },
            Vec::new(),
        )
        .await
        {
            Ok(Reply::Screened { results }) if results.len() == n => Ok(results),
            Ok(_) => Err(worker_failed(crate::web::lists::UNEXPECTED.to_owned())),
            Err(e) => Err(worker_failed(e.detail().to_owned())),
        }
    }

    /// Stops the worker (the widget destroyed).
    pub fn stop(&self) {
        self.stopped.set(true);
        crate::web::lists::stop(&self.worker);
    }
}
