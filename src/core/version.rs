//! This build's version, written into every file the widget makes. A module of its own, so
//! the writers (`export`, `l10n`'s packs, …) share it without depending on one another.

pub const WIDGET_VERSION: &str = env!("CARGO_PKG_VERSION");
