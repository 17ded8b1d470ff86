//! Browser side effects, in a few named places: storage, the workspace's persistence,
//! downloads and reading picked files.
//!
//! Architecture invariant: components call these; nothing here renders.

pub mod clock;
pub mod db;
pub mod dom;
pub mod download;
pub mod effects;
pub mod files;
pub mod intl;
pub mod keep;
pub mod lists;
pub mod party_lists;
pub mod persist;
pub mod reader;
pub mod screening;
pub mod storage;
pub mod tabs;
pub mod whole_state;
pub mod worker;
pub mod xlsx;
pub mod your_data;
