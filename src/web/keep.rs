//! Whether the browser keeps this site's storage (`navigator.storage`): asking it to, and how
//! much is stored against the quota. Each answer is a value; a browser without the Storage
//! API says `Unsupported` / `None` rather than failing.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::core::backup::Persistence;

fn manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Missing in old browsers and some sandboxed frames: checked before calling into it.
    let storage = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    storage.dyn_into::<web_sys::StorageManager>().ok()
}

async fn ask(promise: Result<js_sys::Promise, JsValue>) -> Persistence {
    match promise {
        Ok(p) => match JsFuture::from(p).await.map(|v| v.as_bool()) {
            Ok(Some(true)) => Persistence::Granted,
            Ok(Some(false)) => Persistence::NotGranted,
            _ => Persistence::Unsupported,
        },
        Err(_) => Persistence::Unsupported,
    }
}

/// Whether the browser has granted persistent storage (`persisted()`); asks nothing.
pub async fn persisted() -> Persistence {
    match manager() {
        Some(m) => ask(m.persisted()).await,
        None => Persistence::Unsupported,
    }
}

/// Asks the browser to keep the storage (`persist()`); it may grant it, refuse it, or ask the
/// user. Call only when the user has a reason to want it (a button, substantial work).
pub async fn persist() -> Persistence {
    match manager() {
        Some(m) => ask(m.persist()).await,
        None => Persistence::Unsupported,
    }
}

/// Bytes stored by this site and its quota (`estimate()`).
pub async fn estimate() -> Option<(u64, u64)> {
    let promise = manager()?.estimate().ok()?;
    let estimate: web_sys::StorageEstimate = JsFuture::from(promise).await.ok()?.unchecked_into();
    let (used, quota) = (estimate.get_usage()?, estimate.get_quota()?);
    Some((used as u64, quota as u64))
}
