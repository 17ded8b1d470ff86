//! Browser side effects, in a few named places: storage and reading picked files.
//!
//! Architecture invariant: components call these; nothing here renders.

pub mod files;
pub mod storage;
