//! Thin Yew components over the core: they read the model and forward user intent as actions.
//!
//! Architecture invariant: no user-visible string literal here (everything goes through
//! `core::i18n`), and no storage access outside `app.rs`'s one saving effect.

mod app;
mod assessment_bar;
mod batch_import;
mod checklist;
mod content;
mod custom_set;
mod details;
mod gbv_flow;
mod item;
mod lists_view;
mod programme;
mod register_table;
mod screening;
mod screening_state;
mod set_view;
mod shipment_editor;
mod sources;
mod state;
mod summary;
mod transfer;

pub use app::{App, AppProps};

/// Renders the widget into the page's `<body>` (the standalone page in `www/`).
pub fn start_standalone() {
    yew::Renderer::<App>::with_props(AppProps::default()).render();
}
