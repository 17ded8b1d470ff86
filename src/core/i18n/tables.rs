#![allow(dead_code)] // Bootstrap: not yet wired in.
//! Bootstrap: keys as their names until the tables are generated.
pub type Key = &'static str;
