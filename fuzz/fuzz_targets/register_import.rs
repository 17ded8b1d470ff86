//! Arbitrary bytes as an imported register file, screened with the built-in rules and lists:
//! the importer may refuse them, never panic.
#![no_main]

use std::sync::OnceLock;

use att_diligence::core::builtin;
use att_diligence::core::embargo::UN_ONLY;
use att_diligence::core::lists::RefList;
use att_diligence::core::register_export::import;
use att_diligence::core::rules::{Engine, RuleSet};
use libfuzzer_sys::fuzz_target;

// The built-in content failing to load is a bug the run should stop on. Held in statics (not
// leaked), so the leak check at exit still sees them.
fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| builtin::rules().expect("the built-in rules load"))
}

fn lists() -> &'static [RefList] {
    static LISTS: OnceLock<Vec<RefList>> = OnceLock::new();
    LISTS.get_or_init(|| builtin::lists().expect("the built-in lists load"))
}

thread_local! {
    // Built once: indexing the lists for every input would be most of the run.
    static ENGINE: Engine<'static> = Engine::new(rules(), lists(), &UN_ONLY);
}

fuzz_target!(|data: &[u8]| {
    ENGINE.with(|engine| {
        let _ = import(data, engine);
    });
});
