//! Thin Yew components over the core: they read the model and forward user intent as actions.
//!
//! Architecture invariant: no user-visible string literal here (everything goes through
//! `core::i18n`); the widget-level state lives in `core::widget`, held by `hub.rs`, and its
//! storage writes are the effect runner's (`web::effects`).

pub(crate) mod app;
mod assessment_bar;
mod backup;
mod batch_import;
mod batch_map;
mod batch_step;
pub(crate) mod bridge;
mod checklist;
pub(crate) mod content;
mod custom_set;
mod delivery;
mod details;
mod finding;
mod finding_chart;
mod gbv_flow;
mod header;
pub(crate) mod hub;
mod indicators;
mod item;
mod lists_view;
mod party_check;
mod party_lists;
pub(crate) mod party_run;
mod problem;
mod programme;
mod programme_nav;
mod register_table;
mod register_transfer;
mod role_screen;
mod roving;
mod saved_workspace;
pub(crate) mod screening;
pub(crate) mod screening_panels;
pub(crate) mod screening_state;
pub(crate) mod seam;
mod set_view;
mod shipment_editor;
mod shipment_view;
mod sources;
mod state;
mod summary;
mod transfer;
mod wiring;
mod your_data;

pub use app::{App, AppProps};
pub use bridge::{Bridge, Command};
pub(crate) use seam::prefetch_first;
