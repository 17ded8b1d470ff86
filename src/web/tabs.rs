//! Another tab of the same widget wrote to storage: the page must re-read it before it writes
//! again, or the last tab to save would silently undo the other's work.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::storage::Store;

/// Calls `on_change` whenever another tab changes one of `store`'s values. Returns the guard
/// that removes the listener when dropped.
pub fn on_foreign_change(
    store: &Store,
    on_change: impl Fn() + 'static,
) -> Option<ForeignChangeGuard> {
    let window = web_sys::window()?;
    let prefix = store.key("");
    let closure = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
        // `storage` events only ever come from other documents; `key` is None on `clear()`.
        if e.key().is_none_or(|k| k.starts_with(&prefix)) {
            on_change();
        }
    });
    window
        .add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(ForeignChangeGuard { window, closure })
}

pub struct ForeignChangeGuard {
    window: web_sys::Window,
    closure: Closure<dyn Fn(web_sys::StorageEvent)>,
}

impl Drop for ForeignChangeGuard {
    fn drop(&mut self) {
        let _ = self
            .window
            .remove_event_listener_with_callback("storage", self.closure.as_ref().unchecked_ref());
    }
}
