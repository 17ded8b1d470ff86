//! att-diligence: the Arms Trade Treaty industry due-diligence checklist, in the browser.
//!
//! `core` is pure Rust and builds everywhere; `ui` (Yew components) and `web` (browser side
//! effects) and `embed` (the JS API) exist only on wasm32.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
