//! Another tab of the same widget wrote to storage: the page must re-read it before it writes
//! again, or the last tab to save would silently undo the other's work. The database backend
//! hears of it over a `BroadcastChannel` and has the new values in memory by the time it says so.

use super::db::{Event, Subscription};
use super::storage::Store;

/// Calls `on_change` whenever another tab changes one of `store`'s values. Returns the guard
/// that removes the listener when dropped.
pub fn on_foreign_change(store: &Store, on_change: impl Fn() + 'static) -> Option<Subscription> {
    Some(store.subscribe(move |e| {
        if *e == Event::ForeignChange {
            on_change();
        }
    }))
}
