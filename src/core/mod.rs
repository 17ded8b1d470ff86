//! The pure core: question-set data, assessment state, rules and codecs.
//!
//! Architecture invariant: nothing under `core` knows the DOM, yew, web-sys, gloo or
//! wasm-bindgen, and nothing here does I/O. On the host those crates are not even dependencies,
//! so `cargo test` proves it.

pub mod assessment;
pub mod backup;
pub mod batch;
pub mod builtin;
pub mod chart;
pub mod coverage;
pub mod csv_cell;
pub mod custom;
pub mod cut;
pub mod deliver;
pub mod embargo;
pub mod embed;
pub mod export;
pub mod export_format;
pub mod fold;
pub mod i18n;
pub mod json_error;
pub mod l10n;
pub mod lists;
pub mod parties;
pub mod question_set;
pub mod register;
pub mod register_export;
pub mod report;
pub mod role;
pub mod rules;
pub mod save_timing;
pub mod saved;
pub mod screening;
pub mod sheet;
pub mod shipment;
pub mod sources;
pub mod summary;
pub mod validate;
pub mod version;
pub mod widget;
pub mod words;
pub mod workspace;
pub mod xlsx_error;
