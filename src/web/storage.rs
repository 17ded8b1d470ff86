//! localStorage under namespaced, versioned keys, with every failure turned into a value.
//!
//! Keys look like `att-diligence:v1:<instance>:<name>`: the instance keeps two widgets on one
//! page apart, the version keeps a newer widget's data from being read as ours (and ours from
//! clobbering it).

use wasm_bindgen::JsCast;

/// The storage schema version in every key.
const KEY_VERSION: &str = "v1";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No localStorage (disabled, sandboxed iframe, privacy mode).
    Unavailable,
    /// The browser refused the write for lack of space.
    Full,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    prefix: String,
}

impl Store {
    pub fn new(instance: &str) -> Self {
        Self {
            prefix: format!("att-diligence:{KEY_VERSION}:{instance}:"),
        }
    }

    pub fn key(&self, name: &str) -> String {
        format!("{}{name}", self.prefix)
    }

    fn storage() -> Result<web_sys::Storage, StorageError> {
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .ok_or(StorageError::Unavailable)
    }

    pub fn get(&self, name: &str) -> Result<Option<String>, StorageError> {
        Self::storage()?
            .get_item(&self.key(name))
            .map_err(|_| StorageError::Unavailable)
    }

    pub fn set(&self, name: &str, value: &str) -> Result<(), StorageError> {
        Self::storage()?
            .set_item(&self.key(name), value)
            .map_err(|e| match e.dyn_ref::<web_sys::DomException>() {
                Some(ex) if ex.name() == "QuotaExceededError" => StorageError::Full,
                _ => StorageError::Unavailable,
            })
    }

    /// Keeps an unreadable saved value aside, under the first free `<name>.unreadable[.N]`, so
    /// starting afresh never destroys it (nor an earlier one set aside).
    pub fn quarantine(&self, name: &str, value: &str) -> Result<(), StorageError> {
        for n in 0..100 {
            let aside = if n == 0 {
                format!("{name}.unreadable")
            } else {
                format!("{name}.unreadable.{n}")
            };
            match self.get(&aside)? {
                Some(existing) if existing == value => return Ok(()),
                Some(_) => continue,
                None => return self.set(&aside, value),
            }
        }
        Err(StorageError::Full)
    }
}

impl Store {
    pub fn remove(&self, name: &str) -> Result<(), StorageError> {
        Self::storage()?
            .remove_item(&self.key(name))
            .map_err(|_| StorageError::Unavailable)
    }
}

impl Store {
    /// The names (without this store's prefix) of every stored value that starts with `name`.
    pub fn names_with_prefix(&self, name: &str) -> Vec<String> {
        let Ok(storage) = Self::storage() else {
            return Vec::new();
        };
        let full = self.key(name);
        (0..storage.length().unwrap_or(0))
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(&full))
            .filter_map(|k| k.strip_prefix(&self.prefix).map(str::to_owned))
            .collect()
    }
}
