//! The widget's data in IndexedDB, behind the synchronous `Store` the rest of the widget uses.
//!
//! One database (`att-diligence`) with one object store of text values under the same
//! namespaced keys localStorage used (`att-diligence:v1:<instance>:<name>`). At start each
//! instance's values are read once into memory (`Backend::open`); reads then come from memory,
//! and writes go to memory at once and to the database shortly after, batched into one
//! transaction (write-behind). What is not yet written is known (`pending`), so closing the
//! page can ask first, and a failed write is kept for the next attempt and reported, never
//! dropped. Data saved by 0.2.0 in localStorage is copied in, read back, and only then removed
//! from localStorage, so a migration cut short loses nothing and resumes at the next start.
//! Where IndexedDB cannot be had (blocked by the host, some private modes) the backend falls
//! back to localStorage as before and says so.
//!
//! Leaving the page (closed, reloaded, hidden) cannot wait for a transaction: what is not yet
//! in the database is copied, synchronously, into one localStorage entry per instance (the
//! journal, `att-diligence-unsaved:<prefix>`). The next start reads the journal over the
//! database's values and writes them in; another tab with the instance open takes it over at
//! once (its `storage` event), so a later write there is never overwritten by an older journal.
//! An entry leaves the journal once the database holds its value.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use idb::{Database, Factory, KeyRange, ObjectStoreParams, Query, TransactionMode};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::storage::StorageError;

const DB_NAME: &str = "att-diligence";
/// The database schema version. A database opened by a newer widget has a higher one: this
/// widget then refuses to write rather than guess at its layout.
const DB_VERSION: u32 = 1;
const KV: &str = "kv";
/// The localStorage key of an instance's journal is this and its prefix (outside the
/// instance's own keys, which the 0.2.0 migration moves).
const JOURNAL: &str = "att-diligence-unsaved:";

/// Where an instance's values live.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Not read yet.
    Opening,
    /// IndexedDB, with the values mirrored in memory.
    Database,
    /// No IndexedDB here: localStorage, as before 0.3.0.
    LocalStorage,
    /// The database belongs to a newer widget, or another tab upgraded it: nothing is written;
    /// the work on screen stays in memory until the page is reloaded.
    ReadOnly,
}

/// What a backend tells the widget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A write did not reach the database; it is kept and tried again with the next one.
    Failed(StorageError),
    /// The database was opened by a newer widget (here or in another tab): nothing more is
    /// written until the page is reloaded.
    Newer,
    /// Another tab changed some of this instance's values (now in memory).
    ForeignChange,
    /// The browser's data for the site was cleared while the page was open: what the page
    /// holds has been written back.
    WrittenBack,
    /// Writes refused earlier have now been stored.
    Recovered,
}

type Listener = Rc<dyn Fn(&Event)>;
type OnMessage = Closure<dyn Fn(web_sys::MessageEvent)>;
type OnUnload = Closure<dyn Fn(web_sys::BeforeUnloadEvent)>;
type OnHide = Closure<dyn Fn(web_sys::Event)>;
type OnStorage = Closure<dyn Fn(web_sys::StorageEvent)>;
type Flush = Rc<dyn Fn()>;

pub struct Backend {
    prefix: String,
    mode: Cell<Mode>,
    /// Every value of this instance, by full key.
    mirror: RefCell<BTreeMap<String, String>>,
    /// Writes not yet sent: full key to (the order it was written in, the value or `None` to
    /// remove it). Sent in the order written, so a register's shipments reach the database
    /// before the index that lists them.
    pending: RefCell<BTreeMap<String, (u64, Option<String>)>>,
    written: Cell<u64>,
    /// Writes sent in a transaction not yet complete.
    in_flight: Cell<usize>,
    /// Their keys (copied into the journal when the page is left).
    sending: RefCell<Vec<String>>,
    /// A journal of this instance may be in localStorage (so a completed write looks).
    journaled: Cell<bool>,
    /// The last write was refused (so the next that succeeds says all is stored again).
    failing: Cell<bool>,
    /// A flush is already queued (a batch of 100,000 writes queues one, not 100,000).
    scheduled: Cell<bool>,
    db: RefCell<Option<Database>>,
    channel: RefCell<Option<web_sys::BroadcastChannel>>,
    listeners: RefCell<Vec<(u64, Listener)>>,
    next_listener: Cell<u64>,
    _on_message: RefCell<Option<OnMessage>>,
    _on_storage: RefCell<Option<OnStorage>>,
    /// Calls of `open` running (a backend is not shut while one is).
    opening: Cell<usize>,
    /// Settles when the `open` under way ends: a second call waits for it rather than open
    /// the database (and a channel to the other tabs) a second time.
    opened: RefCell<Option<js_sys::Promise>>,
    /// No widget holds it any more: shut (database closed, channel closed, dropped from the
    /// page) once its last write is stored.
    released: Cell<bool>,
}

thread_local! {
    static BACKENDS: RefCell<BTreeMap<String, Rc<Backend>>> = const { RefCell::new(BTreeMap::new()) };
    static UNLOAD_GUARD: RefCell<Option<OnUnload>> = const { RefCell::new(None) };
    /// Writes held back on purpose (a long note is saved once typing pauses), each able to be
    /// made at once: made before the page is closed, reloaded or hidden.
    static DEFERRED: RefCell<Vec<(u64, Flush)>> = const { RefCell::new(Vec::new()) };
    static NEXT_DEFERRED: Cell<u64> = const { Cell::new(0) };
    static ON_HIDE: RefCell<Option<OnHide>> = const { RefCell::new(None) };
    /// How many mounted widgets hold each instance (by prefix).
    static HOLDS: RefCell<BTreeMap<String, usize>> = const { RefCell::new(BTreeMap::new()) };
}

/// Keeps the backend of `prefix` while a mounted widget uses it. When the last hold of an
/// instance is dropped, its backend is shut once its writes are stored, and when no backend is
/// left the page's unload listeners are removed: a destroyed widget leaves nothing behind.
/// (The standalone page takes no hold: its backend lives as long as the page.)
pub fn hold(prefix: &str) -> Hold {
    HOLDS.with(|h| *h.borrow_mut().entry(prefix.to_owned()).or_insert(0) += 1);
    // Mounted again before the backend was shut: it is kept.
    if let Some(b) = BACKENDS.with(|b| b.borrow().get(prefix).cloned()) {
        b.released.set(false);
    }
    Hold(prefix.to_owned())
}

pub struct Hold(String);

impl Drop for Hold {
    fn drop(&mut self) {
        let left = HOLDS.with(|h| {
            let mut h = h.borrow_mut();
            let n = h.get(&self.0).map_or(0, |n| n.saturating_sub(1));
            if n == 0 {
                h.remove(&self.0);
            } else {
                h.insert(self.0.clone(), n);
            }
            n
        });
        if left == 0 {
            if let Some(b) = BACKENDS.with(|b| b.borrow().get(&self.0).cloned()) {
                b.released.set(true);
                b.shut_if_idle();
            }
        }
    }
}

fn held(prefix: &str) -> bool {
    HOLDS.with(|h| h.borrow().contains_key(prefix))
}

/// Registers `flush`, which makes a write its owner holds back; it is called before the page
/// is closed, reloaded or hidden (so the unload guard knows of the write) and by
/// `flush_deferred`. Unregistered when the returned value is dropped.
pub fn defer(flush: impl Fn() + 'static) -> Deferred {
    let id = NEXT_DEFERRED.with(|n| n.replace(n.get() + 1));
    DEFERRED.with(|d| d.borrow_mut().push((id, Rc::new(flush))));
    Deferred(id)
}

pub struct Deferred(u64);

impl Drop for Deferred {
    fn drop(&mut self) {
        DEFERRED.with(|d| d.borrow_mut().retain(|(id, _)| *id != self.0));
        // The last backend may have been shut while this was registered (a widget's holds are
        // dropped before its components): the guard goes with the last of the two.
        remove_unload_guard_if_unused();
    }
}

/// Makes every write held back now (before storage is read or replaced whole).
pub fn flush_deferred() {
    // Collected first: a flush writes, and a write may register or drop another.
    let all: Vec<Flush> = DEFERRED.with(|d| d.borrow().iter().map(|(_, f)| f.clone()).collect());
    for flush in all {
        flush();
    }
}

/// The backend of the instance whose keys start with `prefix` (one per instance per page, so
/// two widgets with one storage key share what they hold).
pub fn backend(prefix: &str) -> Rc<Backend> {
    BACKENDS.with(|b| {
        b.borrow_mut()
            .entry(prefix.to_owned())
            .or_insert_with(|| {
                Rc::new(Backend {
                    prefix: prefix.to_owned(),
                    mode: Cell::new(Mode::Opening),
                    mirror: RefCell::default(),
                    pending: RefCell::default(),
                    written: Cell::new(0),
                    in_flight: Cell::new(0),
                    sending: RefCell::default(),
                    journaled: Cell::new(false),
                    failing: Cell::new(false),
                    scheduled: Cell::new(false),
                    db: RefCell::new(None),
                    channel: RefCell::new(None),
                    listeners: RefCell::default(),
                    next_listener: Cell::new(0),
                    _on_message: RefCell::new(None),
                    _on_storage: RefCell::new(None),
                    opening: Cell::new(0),
                    opened: RefCell::new(None),
                    released: Cell::new(false),
                })
            })
            .clone()
    })
}

/// Writes not yet in the database, over every instance of the page.
pub fn unsaved_writes() -> usize {
    BACKENDS.with(|b| {
        b.borrow()
            .values()
            .map(|x| x.pending.borrow().len() + x.in_flight.get())
            .sum()
    })
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn text(v: &JsValue) -> Option<String> {
    v.as_string()
}

impl Backend {
    pub fn mode(&self) -> Mode {
        self.mode.get()
    }

    pub fn get(&self, key: &str) -> Option<String> {
        self.mirror.borrow().get(key).cloned()
    }

    pub fn keys_with_prefix(&self, start: &str) -> Vec<String> {
        self.mirror
            .borrow()
            .range(start.to_owned()..)
            .take_while(|(k, _)| k.starts_with(start))
            .map(|(k, _)| k.clone())
            .collect()
    }

    /// Sets (`Some`) or removes (`None`) a value: in memory at once, in the database soon (or
    /// in localStorage at once, in the fallback mode, whose refusal is returned).
    pub fn write(self: &Rc<Self>, key: &str, value: Option<&str>) -> Result<(), StorageError> {
        match value {
            Some(v) => self
                .mirror
                .borrow_mut()
                .insert(key.to_owned(), v.to_owned()),
            None => self.mirror.borrow_mut().remove(key),
        };
        match self.mode.get() {
            Mode::ReadOnly => Ok(()),
            Mode::LocalStorage => write_local(key, value),
            Mode::Opening | Mode::Database => {
                let n = self.written.get() + 1;
                self.written.set(n);
                self.pending
                    .borrow_mut()
                    .insert(key.to_owned(), (n, value.map(str::to_owned)));
                if self.mode.get() == Mode::Database
                    && self.in_flight.get() == 0
                    && !self.scheduled.replace(true)
                {
                    let me = self.clone();
                    // After the current task: the writes of one user action share a transaction.
                    wasm_bindgen_futures::spawn_local(async move {
                        me.scheduled.set(false);
                        me.flush().await;
                        // Released while this was scheduled: shut now that nothing is pending.
                        me.shut_if_idle();
                    });
                }
                Ok(())
            }
        }
    }

    /// Listens to what the backend tells the widget; the listener is removed when the guard
    /// is dropped.
    pub fn subscribe(self: &Rc<Self>, f: impl Fn(&Event) + 'static) -> Subscription {
        let id = self.next_listener.get();
        self.next_listener.set(id + 1);
        self.listeners.borrow_mut().push((id, Rc::new(f)));
        Subscription {
            backend: self.clone(),
            id,
        }
    }

    fn tell(&self, e: &Event) {
        let listeners: Vec<Listener> = self
            .listeners
            .borrow()
            .iter()
            .map(|(_, l)| l.clone())
            .collect();
        for l in listeners {
            l(&e.clone());
        }
    }

    /// Opens the database, moves in what localStorage holds for this instance, and reads every
    /// value into memory. Idempotent: a second call (a second widget with the same key) waits
    /// for the first, or for nothing once it is done.
    pub async fn open(self: &Rc<Self>) {
        if self.mode.get() != Mode::Opening {
            return;
        }
        let under_way = self.opened.borrow().clone();
        if let Some(first) = under_way {
            let _ = wasm_bindgen_futures::JsFuture::from(first).await;
            return;
        }
        let mut done = None;
        let promise = js_sys::Promise::new(&mut |resolve, _| done = Some(resolve));
        *self.opened.borrow_mut() = Some(promise);
        self.opening.set(self.opening.get() + 1);
        install_unload_guard();
        match open_database().await {
            Ok(db) => {
                self.watch_version_change(db);
                let moved = self.migrate().await;
                match self.load().await {
                    Ok(mut values) => {
                        if !moved {
                            // Not moved this time: shown from localStorage, moved next start.
                            for (k, v) in local_values(&self.prefix) {
                                values.entry(k).or_insert(v);
                            }
                        }
                        // What an earlier page left unsaved is newer than the database; it is
                        // written in (after the writes made while opening, which stay on top).
                        for (k, v) in self.read_journal() {
                            match &v {
                                Some(v) => values.insert(k.clone(), v.clone()),
                                None => values.remove(&k),
                            };
                            let n = self.written.get() + 1;
                            self.written.set(n);
                            self.pending.borrow_mut().entry(k).or_insert((n, v));
                        }
                        // Writes made while opening stay on top of what was stored.
                        for (k, (_, v)) in self.pending.borrow().iter() {
                            match v {
                                Some(v) => values.insert(k.clone(), v.clone()),
                                None => values.remove(k),
                            };
                        }
                        *self.mirror.borrow_mut() = values;
                        self.mode.set(Mode::Database);
                        self.listen_to_other_tabs();
                    }
                    Err(_) => self.fall_back(),
                }
            }
            Err(Opened::Newer) => {
                // Another widget's data we cannot read: nothing is written over it.
                self.mode.set(Mode::ReadOnly);
                self.tell(&Event::Newer);
            }
            Err(Opened::Unavailable) => self.fall_back(),
        }
        if self.mode.get() == Mode::Database && !self.pending.borrow().is_empty() {
            self.flush().await;
        }
        self.opening.set(self.opening.get() - 1);
        self.opened.borrow_mut().take();
        if let Some(done) = done {
            let _ = done.call0(&JsValue::UNDEFINED);
        }
        // Released while it opened (a widget destroyed at once).
        self.shut_if_idle();
    }

    /// Shuts a released backend once nothing is left to write: closes its database and
    /// channel, drops it from the page, and removes the unload listeners if it was the last.
    fn shut_if_idle(self: &Rc<Self>) {
        if !self.released.get() || held(&self.prefix) {
            return;
        }
        let unsent = !self.pending.borrow().is_empty();
        if self.mode.get() == Mode::Opening && self.opening.get() == 0 && unsent {
            // Written to before it was ever opened (`setState` at once after `mount`): opened
            // now, so those writes are stored; `open` shuts it after.
            let me = self.clone();
            wasm_bindgen_futures::spawn_local(async move { me.open().await });
            return;
        }
        let busy = self.opening.get() > 0
            || self.scheduled.get()
            || self.in_flight.get() > 0
            || (matches!(self.mode.get(), Mode::Database | Mode::Opening) && unsent);
        if busy {
            return;
        }
        if let Some(c) = self.channel.borrow_mut().take() {
            c.set_onmessage(None);
            c.close();
        }
        self._on_message.borrow_mut().take();
        if let (Some(w), Some(f)) = (web_sys::window(), self._on_storage.borrow_mut().take()) {
            let _ = w.remove_event_listener_with_callback("storage", f.as_ref().unchecked_ref());
        }
        if let Some(db) = self.db.borrow_mut().take() {
            db.close();
        }
        let none_left = BACKENDS.with(|b| {
            let mut b = b.borrow_mut();
            if b.get(&self.prefix).is_some_and(|x| Rc::ptr_eq(x, self)) {
                b.remove(&self.prefix);
            }
            b.is_empty()
        });
        if none_left {
            remove_unload_guard_if_unused();
        }
    }

    /// No IndexedDB: localStorage as before, read into memory the same way.
    fn fall_back(&self) {
        let mut values = local_values(&self.prefix);
        self.mode.set(Mode::LocalStorage);
        // Left unsaved by a page that had the database: written here instead.
        for (k, v) in self.read_journal() {
            match &v {
                Some(v) => values.insert(k.clone(), v.clone()),
                None => values.remove(&k),
            };
            if let Err(e) = write_local(&k, v.as_deref()) {
                self.tell(&Event::Failed(e));
            }
        }
        if let (Some(ls), true) = (local_storage(), self.journaled.replace(false)) {
            let _ = ls.remove_item(&self.journal_key());
        }
        // Writes made while opening are kept over what localStorage had.
        let mut pending: Vec<_> = std::mem::take(&mut *self.pending.borrow_mut())
            .into_iter()
            .collect();
        pending.sort_by_key(|(_, (n, _))| *n);
        for (k, (_, v)) in pending {
            match &v {
                Some(v) => values.insert(k.clone(), v.clone()),
                None => values.remove(&k),
            };
            if let Err(e) = write_local(&k, v.as_deref()) {
                self.tell(&Event::Failed(e));
            }
        }
        *self.mirror.borrow_mut() = values;
    }

    fn range(&self) -> Option<Query> {
        // Every key of this instance: the prefix, then anything up to the last code unit.
        let upper = format!("{}\u{ffff}", self.prefix);
        KeyRange::bound(
            &JsValue::from_str(&self.prefix),
            &JsValue::from_str(&upper),
            None,
            None,
        )
        .ok()
        .map(Query::from)
    }

    /// A transaction on the one object store, and the store (none: the database is closed).
    fn transaction(&self, mode: TransactionMode) -> Option<(idb::Transaction, idb::ObjectStore)> {
        let db = self.db.borrow();
        let tx = db.as_ref()?.transaction(&[KV], mode).ok()?;
        let store = tx.object_store(KV).ok()?;
        Some((tx, store))
    }

    async fn load(&self) -> Result<BTreeMap<String, String>, ()> {
        // Held (not `_`) so the transaction lives while its requests run.
        let (_tx, store) = self.transaction(TransactionMode::ReadOnly).ok_or(())?;
        let keys = store
            .get_all_keys(self.range(), None)
            .map_err(|_| ())?
            .await
            .map_err(|_| ())?;
        let values = store
            .get_all(self.range(), None)
            .map_err(|_| ())?
            .await
            .map_err(|_| ())?;
        Ok(keys
            .iter()
            .zip(values.iter())
            .filter_map(|(k, v)| Some((text(k)?, text(v)?)))
            .collect())
    }

    /// Copies this instance's localStorage values into the database, reads them back, and only
    /// then removes them from localStorage. A value the database already has differently (a
    /// migration cut short after a newer write) is kept beside it, never over it. Returns
    /// whether localStorage was left as it should be (false: try again at the next start).
    async fn migrate(&self) -> bool {
        let Some(ls) = local_storage() else {
            return true;
        };
        let old = local_values(&self.prefix);
        if old.is_empty() {
            return true;
        }
        let Ok(have) = self.load().await else {
            return false;
        };
        let mut writes: Vec<(String, String)> = Vec::new();
        for (k, v) in &old {
            match have.get(k) {
                None => writes.push((k.clone(), v.clone())),
                Some(h) if h == v => {}
                Some(_) => writes.push((format!("{k}.from-localstorage"), v.clone())),
            }
        }
        if !writes.is_empty() && self.put_all(&writes).await.is_err() {
            return false;
        }
        // Read back: only what the database now holds is removed from localStorage.
        let Ok(now) = self.load().await else {
            return false;
        };
        let verified = writes.iter().all(|(k, v)| now.get(k) == Some(v));
        if !verified {
            return false;
        }
        for k in old.keys() {
            let _ = ls.remove_item(k);
        }
        true
    }

    async fn put_all(&self, writes: &[(String, String)]) -> Result<(), StorageError> {
        let ops: Vec<(String, Option<String>)> = writes
            .iter()
            .map(|(k, v)| (k.clone(), Some(v.clone())))
            .collect();
        self.commit(&ops).await
    }

    /// One transaction with every op; `Ok` once it has committed.
    async fn commit(&self, ops: &[(String, Option<String>)]) -> Result<(), StorageError> {
        let (tx, store) = self
            .transaction(TransactionMode::ReadWrite)
            .ok_or(StorageError::Unavailable)?;
        for (k, v) in ops {
            let key = JsValue::from_str(k);
            let r = match v {
                Some(v) => store.put(&JsValue::from_str(v), Some(&key)).map(drop),
                None => store.delete(Query::Key(key)).map(drop),
            };
            if r.is_err() {
                let _ = tx.abort();
                return Err(StorageError::Unavailable);
            }
        }
        // The crate reports an abort without its cause: keep a handle to ask the transaction.
        let watch = store.transaction();
        match tx.await {
            Ok(idb::TransactionResult::Committed) => Ok(()),
            Ok(idb::TransactionResult::Aborted) => match watch.error() {
                Some(e) if e.name() == "QuotaExceededError" => Err(StorageError::Full),
                _ => Err(StorageError::Unavailable),
            },
            Err(idb::Error::DomException(e)) if e.name() == "QuotaExceededError" => {
                Err(StorageError::Full)
            }
            Err(_) => Err(StorageError::Unavailable),
        }
    }

    /// Sends every pending write, in the order written: a few in one transaction; a large batch
    /// (a 100,000-row import) in transactions of `CHUNK`, yielding to the page between them so
    /// it stays responsive. What fails is kept (unless written again since) for the next
    /// attempt, and the widget is told.
    async fn flush(self: &Rc<Self>) {
        const CHUNK: usize = 2_000;
        while self.mode.get() == Mode::Database && self.in_flight.get() == 0 {
            let mut ops: Vec<(String, (u64, Option<String>))> =
                std::mem::take(&mut *self.pending.borrow_mut())
                    .into_iter()
                    .collect();
            if ops.is_empty() {
                return;
            }
            ops.sort_by_key(|(_, (n, _))| *n);
            // The order numbers apart from the ops, so the values are not copied a second time.
            let (order, all): (Vec<u64>, Vec<(String, Option<String>)>) =
                ops.into_iter().map(|(k, (n, v))| (n, (k, v))).unzip();
            self.in_flight.set(all.len());
            *self.sending.borrow_mut() = all.iter().map(|(k, _)| k.clone()).collect();
            let mut done = 0;
            let mut failed = None;
            for chunk in all.chunks(CHUNK) {
                if all.len() > CHUNK {
                    yield_to_page().await;
                }
                match self.commit(chunk).await {
                    Ok(()) => {
                        done += chunk.len();
                        self.in_flight.set(all.len() - done);
                    }
                    Err(e) => {
                        failed = Some(e);
                        break;
                    }
                }
            }
            self.in_flight.set(0);
            self.sending.borrow_mut().clear();
            self.announce(all[..done].iter().map(|(k, _)| k.as_str()));
            if let Some(e) = failed {
                self.failing.set(true);
                let mut pending = self.pending.borrow_mut();
                for (n, (k, v)) in order.into_iter().zip(all).skip(done) {
                    pending.entry(k).or_insert((n, v));
                }
                drop(pending);
                self.tell(&Event::Failed(e));
                return;
            }
            if self.failing.replace(false) {
                self.tell(&Event::Recovered);
            }
            self.tidy_journal();
            // A released backend is shut once its last write is stored (a write that keeps
            // failing keeps it, and the unload guard, for the next attempt).
            if self.pending.borrow().is_empty() {
                self.shut_if_idle();
            }
        }
    }

    fn watch_version_change(self: &Rc<Self>, mut db: Database) {
        let closed = Rc::downgrade(self);
        db.on_close(move |_| {
            // Forced closed: the user or the browser cleared the site's data under this page.
            // What the page holds is written back, so clearing storage never costs shown work.
            if let Some(me) = closed.upgrade() {
                wasm_bindgen_futures::spawn_local(async move { me.write_back().await });
            }
        });
        let me = Rc::downgrade(self);
        db.on_version_change(move |e| {
            let Some(me) = me.upgrade() else {
                return;
            };
            if let Some(db) = me.db.borrow_mut().take() {
                db.close();
            }
            let deleted = e
                .dyn_ref::<web_sys::IdbVersionChangeEvent>()
                .is_some_and(|v| v.new_version().is_none());
            if deleted {
                // The database is being deleted (site data cleared): once it is, write back.
                wasm_bindgen_futures::spawn_local(async move { me.write_back().await });
            } else {
                // Another tab opens a newer widget: let it upgrade, and stop writing here.
                me.mode.set(Mode::ReadOnly);
                me.tell(&Event::Newer);
            }
        });
        *self.db.borrow_mut() = Some(db);
    }

    async fn write_back(self: &Rc<Self>) {
        self.db.borrow_mut().take();
        // Released: no widget shows this work any more, so there is nothing on screen to keep.
        if self.mode.get() != Mode::Database || self.released.get() {
            return;
        }
        self.mode.set(Mode::Opening);
        let Ok(db) = open_database().await else {
            self.mode.set(Mode::ReadOnly);
            self.tell(&Event::Failed(StorageError::Unavailable));
            return;
        };
        self.watch_version_change(db);
        let all: Vec<(String, Option<String>)> = self
            .mirror
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), Some(v.clone())))
            .collect();
        self.mode.set(Mode::Database);
        match self.commit(&all).await {
            Ok(()) => self.tell(&Event::WrittenBack),
            Err(e) => self.tell(&Event::Failed(e)),
        }
        self.flush().await;
    }

    /// Tells the other tabs which keys changed.
    fn announce<'k>(&self, keys: impl Iterator<Item = &'k str>) {
        if let Some(c) = self.channel.borrow().as_ref() {
            let list: js_sys::Array = keys.map(JsValue::from_str).collect();
            let _ = c.post_message(&list);
        }
    }

    fn listen_to_other_tabs(self: &Rc<Self>) {
        let Ok(channel) = web_sys::BroadcastChannel::new(&self.prefix) else {
            return;
        };
        let me = Rc::downgrade(self);
        let on_message = OnMessage::new(move |e: web_sys::MessageEvent| {
            let Some(me) = me.upgrade() else {
                return;
            };
            let keys: BTreeSet<String> = e
                .data()
                .dyn_into::<js_sys::Array>()
                .map(|a| a.iter().filter_map(|k| k.as_string()).collect())
                .unwrap_or_default();
            wasm_bindgen_futures::spawn_local(async move { me.reread(keys).await });
        });
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        *self.channel.borrow_mut() = Some(channel);
        *self._on_message.borrow_mut() = Some(on_message);

        // Another tab left this instance's writes unsaved: taken over now, not at the next
        // start (by then a write made here would be older than the journal).
        let me = Rc::downgrade(self);
        let on_storage = OnStorage::new(move |e: web_sys::StorageEvent| {
            let Some(me) = me.upgrade() else {
                return;
            };
            if e.key().as_deref() == Some(me.journal_key().as_str()) && e.new_value().is_some() {
                me.take_over_journal();
            }
        });
        if let Some(w) = web_sys::window() {
            let _ =
                w.add_event_listener_with_callback("storage", on_storage.as_ref().unchecked_ref());
            *self._on_storage.borrow_mut() = Some(on_storage);
        }
    }

    fn journal_key(&self) -> String {
        format!("{JOURNAL}{}", self.prefix)
    }

    /// The journal's entries (an unreadable journal is none: it can only have been cut short).
    fn read_journal(&self) -> BTreeMap<String, Option<String>> {
        let raw = local_storage().and_then(|ls| ls.get_item(&self.journal_key()).ok().flatten());
        let Some(raw) = raw else {
            return BTreeMap::new();
        };
        self.journaled.set(true);
        serde_json::from_str::<BTreeMap<String, Option<String>>>(&raw)
            .unwrap_or_default()
            .into_iter()
            .filter(|(k, _)| k.starts_with(&self.prefix))
            .collect()
    }

    /// Copies what is not yet in the database into the journal (over any other tab's entries
    /// for the same keys). False when that was needed and could not be done.
    fn write_journal(&self) -> bool {
        /// A larger journal (an import of many thousand rows just made) is not attempted: the
        /// page asks before closing instead.
        const MAX: usize = 2 << 20;
        if !matches!(self.mode.get(), Mode::Database | Mode::Opening) {
            return true;
        }
        let pending = self.pending.borrow();
        let sending = self.sending.borrow();
        if pending.is_empty() && sending.is_empty() {
            return true;
        }
        let mut journal = self.read_journal();
        let mirror = self.mirror.borrow();
        for k in sending.iter() {
            journal.insert(k.clone(), mirror.get(k).cloned());
        }
        for (k, (_, v)) in pending.iter() {
            journal.insert(k.clone(), v.clone());
        }
        let size: usize = journal
            .iter()
            .map(|(k, v)| k.len() + v.as_ref().map_or(0, String::len))
            .sum();
        let Some(ls) = local_storage().filter(|_| size <= MAX) else {
            return false;
        };
        let Ok(json) = serde_json::to_string(&journal) else {
            return false;
        };
        self.journaled.set(true);
        ls.set_item(&self.journal_key(), &json).is_ok()
    }

    /// Drops from the journal what the database now holds (what this page shows, with nothing
    /// left to send); entries another tab wrote since stay for `take_over_journal`.
    fn tidy_journal(&self) {
        if !self.journaled.get() || !self.pending.borrow().is_empty() {
            return;
        }
        let Some(ls) = local_storage() else {
            return;
        };
        let mirror = self.mirror.borrow();
        let left: BTreeMap<String, Option<String>> = self
            .read_journal()
            .into_iter()
            .filter(|(k, v)| mirror.get(k) != v.as_ref())
            .collect();
        if left.is_empty() {
            let _ = ls.remove_item(&self.journal_key());
            self.journaled.set(false);
        } else if let Ok(json) = serde_json::to_string(&left) {
            let _ = ls.set_item(&self.journal_key(), &json);
        }
    }

    /// Writes in another tab's journal (this tab's own unsent writes stay on top, as with
    /// `reread`), then tells the widget.
    fn take_over_journal(self: &Rc<Self>) {
        let journal = self.read_journal();
        let mut changed = false;
        for (k, v) in journal {
            let same = self.mirror.borrow().get(&k) == v.as_ref();
            if same || self.pending.borrow().contains_key(&k) {
                continue;
            }
            changed = true;
            let _ = self.write(&k, v.as_deref());
        }
        if changed {
            self.tell(&Event::ForeignChange);
        } else {
            self.tidy_journal();
        }
    }

    /// Another tab wrote `keys`: take the database's values (this tab's own unsent writes
    /// stay on top), then tell the widget.
    async fn reread(self: &Rc<Self>, keys: BTreeSet<String>) {
        let Ok(now) = self.read(&keys).await else {
            return;
        };
        {
            let pending = self.pending.borrow();
            let mut mirror = self.mirror.borrow_mut();
            for k in keys.iter().filter(|k| !pending.contains_key(*k)) {
                match now.get(k) {
                    Some(v) => mirror.insert(k.clone(), v.clone()),
                    None => mirror.remove(k),
                };
            }
        }
        self.tell(&Event::ForeignChange);
    }

    /// The database's values of `keys` (absent ones left out), in one transaction.
    async fn read(&self, keys: &BTreeSet<String>) -> Result<BTreeMap<String, String>, ()> {
        // Held (not `_`) so the transaction lives while its requests run.
        let (_tx, store) = self.transaction(TransactionMode::ReadOnly).ok_or(())?;
        let mut requests = Vec::with_capacity(keys.len());
        for k in keys {
            requests.push((k, store.get(JsValue::from_str(k)).map_err(|_| ())?));
        }
        let mut values = BTreeMap::new();
        for (k, r) in requests {
            if let Some(v) = r.await.map_err(|_| ())?.and_then(|v| text(&v)) {
                values.insert(k.clone(), v);
            }
        }
        Ok(values)
    }
}

/// Lets the page paint and handle input before the next piece of a long write.
async fn yield_to_page() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

pub struct Subscription {
    backend: Rc<Backend>,
    id: u64,
}

impl Drop for Subscription {
    fn drop(&mut self) {
        self.backend
            .listeners
            .borrow_mut()
            .retain(|(id, _)| *id != self.id);
    }
}

/// This instance's values in localStorage.
fn local_values(prefix: &str) -> BTreeMap<String, String> {
    let Some(ls) = local_storage() else {
        return BTreeMap::new();
    };
    (0..ls.length().unwrap_or(0))
        .filter_map(|i| ls.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .filter_map(|k| Some((k.clone(), ls.get_item(&k).ok().flatten()?)))
        .collect()
}

fn write_local(key: &str, value: Option<&str>) -> Result<(), StorageError> {
    let ls = local_storage().ok_or(StorageError::Unavailable)?;
    match value {
        Some(v) => ls
            .set_item(key, v)
            .map_err(|e| match e.dyn_ref::<web_sys::DomException>() {
                Some(ex) if ex.name() == "QuotaExceededError" => StorageError::Full,
                _ => StorageError::Unavailable,
            }),
        None => ls.remove_item(key).map_err(|_| StorageError::Unavailable),
    }
}

enum Opened {
    Newer,
    Unavailable,
}

async fn open_database() -> Result<Database, Opened> {
    let factory = Factory::new().map_err(|_| Opened::Unavailable)?;
    let mut request = factory
        .open(DB_NAME, Some(DB_VERSION))
        .map_err(|_| Opened::Unavailable)?;
    request.on_upgrade_needed(|event| {
        use idb::DatabaseEvent;
        if let Ok(db) = event.database() {
            if !db.store_names().iter().any(|n| n == KV) {
                let _ = db.create_object_store(KV, ObjectStoreParams::new());
            }
        }
    });
    match request.await {
        Ok(db) => Ok(db),
        Err(idb::Error::DomException(e)) if e.name() == "VersionError" => Err(Opened::Newer),
        Err(_) => Err(Opened::Unavailable),
    }
}

/// Makes the writes held back, and copies what is not yet in the database into the journal.
/// False when something could not be kept there, or the database is refusing writes: then
/// closing the page must ask.
pub fn leaving() -> bool {
    flush_deferred();
    let backends: Vec<Rc<Backend>> = BACKENDS.with(|b| b.borrow().values().cloned().collect());
    // Every backend writes its journal, whatever the others did.
    let kept: Vec<bool> = backends
        .iter()
        .map(|b| b.write_journal() && !b.failing.get())
        .collect();
    kept.into_iter().all(|k| k)
}

/// When the page is closed, reloaded or hidden (a phone switching apps closes pages without
/// asking), the writes not yet stored go to the journal; closing or reloading asks first only
/// if some could not.
fn install_unload_guard() {
    UNLOAD_GUARD.with(|g| {
        if g.borrow().is_some() {
            return;
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        let on_hide = OnHide::new(|e: web_sys::Event| {
            if e.type_() == "pagehide" || gloo::utils::document().hidden() {
                leaving();
            }
        });
        let hide = on_hide.as_ref().unchecked_ref();
        let _ = gloo::utils::document().add_event_listener_with_callback("visibilitychange", hide);
        let _ = window.add_event_listener_with_callback("pagehide", hide);
        ON_HIDE.with(|h| *h.borrow_mut() = Some(on_hide));
        let closure = OnUnload::new(|e: web_sys::BeforeUnloadEvent| {
            if !leaving() && unsaved_writes() > 0 {
                e.prevent_default();
                e.set_return_value("");
            }
        });
        let _ = window
            .add_event_listener_with_callback("beforeunload", closure.as_ref().unchecked_ref());
        *g.borrow_mut() = Some(closure);
    });
}

/// Removes the unload guard once no backend is left and no write is held back: nothing on
/// the page can then be unsaved.
fn remove_unload_guard_if_unused() {
    let unused =
        BACKENDS.with(|b| b.borrow().is_empty()) && DEFERRED.with(|d| d.borrow().is_empty());
    if unused {
        remove_unload_guard();
    }
}

/// Undoes `install_unload_guard`.
fn remove_unload_guard() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(on_hide) = ON_HIDE.with(|h| h.borrow_mut().take()) {
        let hide = on_hide.as_ref().unchecked_ref();
        let _ =
            gloo::utils::document().remove_event_listener_with_callback("visibilitychange", hide);
        let _ = window.remove_event_listener_with_callback("pagehide", hide);
    }
    if let Some(closure) = UNLOAD_GUARD.with(|g| g.borrow_mut().take()) {
        let _ = window
            .remove_event_listener_with_callback("beforeunload", closure.as_ref().unchecked_ref());
    }
}
