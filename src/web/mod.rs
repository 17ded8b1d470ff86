//! Browser side effects, in a few named places: storage now; downloads and embedding later.
//!
//! Architecture invariant: components call these; nothing here renders.

pub mod storage;
