//! The widget's stored values under namespaced, versioned keys, with every failure turned into a
//! value. The values live in IndexedDB (`web::db`), read into memory once at start, so reading
//! stays synchronous; a write is in memory at once and in the database shortly after.
//!
//! Keys look like `att-diligence:v1:<instance>:<name>`: the instance keeps two widgets on one
//! page apart, the version keeps a newer widget's data from being read as ours (and ours from
//! clobbering it).

use std::rc::Rc;

use super::db::{self, Backend};
use crate::core::widget::Key;

/// The storage schema version in every key.
const KEY_VERSION: &str = "v1";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No localStorage (disabled, sandboxed iframe, privacy mode).
    Unavailable,
    /// The browser refused the write for lack of space.
    Full,
}

impl StorageError {
    /// The notice for this failure.
    pub fn message(&self) -> crate::core::i18n::Msg {
        match self {
            StorageError::Unavailable => crate::core::i18n::Msg::StorageUnavailable,
            StorageError::Full => crate::core::i18n::Msg::StorageFull,
        }
    }
}

#[derive(Clone)]
pub struct Store {
    prefix: String,
    backend: Rc<Backend>,
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        self.prefix == other.prefix
    }
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("prefix", &self.prefix)
            .finish()
    }
}

impl Store {
    pub fn new(instance: &str) -> Self {
        let prefix = format!("att-diligence:{KEY_VERSION}:{instance}:");
        Self {
            backend: db::backend(&prefix),
            prefix,
        }
    }

    /// The full name `key` is stored under (prefixed with this instance's).
    pub fn key(&self, key: &Key) -> String {
        format!("{}{}", self.prefix, key.name())
    }

    /// The prefix of every name this instance stores.
    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// Reads what is stored (moving 0.2.0's localStorage values in first). Until it has,
    /// the store reads as empty; the widget waits for it before showing anything.
    pub async fn open(&self) {
        self.backend.open().await
    }

    pub fn is_open(&self) -> bool {
        self.backend.mode() != db::Mode::Opening
    }

    pub fn mode(&self) -> db::Mode {
        self.backend.mode()
    }

    /// Failures, a newer widget's database, and other tabs' changes, as they happen.
    pub fn subscribe(&self, f: impl Fn(&db::Event) + 'static) -> db::Subscription {
        self.backend.subscribe(f)
    }

    pub fn get(&self, key: &Key) -> Result<Option<String>, StorageError> {
        self.get_name(&key.name())
    }

    /// A value by its raw name (a set-aside `<name>.unreadable`; the storage layer's tests).
    pub fn get_name(&self, name: &str) -> Result<Option<String>, StorageError> {
        Ok(self.backend.get(&format!("{}{name}", self.prefix)))
    }

    /// Stores a value. An error here is the fallback (localStorage) refusing at once; in the
    /// database a refusal comes later, through `subscribe`, and the value is kept for the next
    /// write.
    pub fn set(&self, key: &Key, value: &str) -> Result<(), StorageError> {
        self.set_name(&key.name(), value)
    }

    /// Stores a value under a raw name (the storage layer's tests; the widget uses `Key`).
    pub fn set_name(&self, name: &str, value: &str) -> Result<(), StorageError> {
        self.backend
            .write(&format!("{}{name}", self.prefix), Some(value))
    }

    /// Keeps an unreadable saved value aside, under the first free `<name>.unreadable[.N]`, so
    /// starting afresh never destroys it (nor an earlier one set aside).
    pub fn quarantine(&self, key: &Key, value: &str) -> Result<(), StorageError> {
        let name = key.name();
        for n in 0..100 {
            let aside = if n == 0 {
                format!("{name}.unreadable")
            } else {
                format!("{name}.unreadable.{n}")
            };
            match self.get_name(&aside)? {
                Some(existing) if existing == value => return Ok(()),
                Some(_) => continue,
                None => return self.set_name(&aside, value),
            }
        }
        Err(StorageError::Full)
    }
}

impl Store {
    pub fn remove(&self, key: &Key) -> Result<(), StorageError> {
        self.remove_name(&key.name())
    }

    /// Removes a value by its raw name (the storage layer's tests).
    pub fn remove_name(&self, name: &str) -> Result<(), StorageError> {
        self.backend.write(&self.key_name(name), None)
    }

    /// The full name a raw name is stored under (the storage layer's tests).
    pub fn key_name(&self, name: &str) -> String {
        format!("{}{name}", self.prefix)
    }

    /// The names (without this store's prefix) of every stored value that starts with `name`.
    pub fn names_with_prefix(&self, name: &str) -> Vec<String> {
        self.backend
            .keys_with_prefix(&format!("{}{name}", self.prefix))
            .into_iter()
            .filter_map(|k| k.strip_prefix(&self.prefix).map(str::to_owned))
            .collect()
    }
}
