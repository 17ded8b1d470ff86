//! Arbitrary text as a user's custom question set: refused with a message, never a panic.
#![no_main]

use std::sync::OnceLock;

use att_diligence::core::builtin;
use att_diligence::core::custom::load;
use att_diligence::core::sources::Catalogue;
use libfuzzer_sys::fuzz_target;

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| builtin::catalogue().unwrap_or_default())
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = load(text, catalogue());
    }
});
