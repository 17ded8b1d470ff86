//! Arbitrary bytes as an imported register file, screened with the built-in rules and lists:
//! the importer may refuse them, never panic.
#![no_main]

use att_diligence::core::builtin;
use att_diligence::core::embargo::UN_ONLY;
use att_diligence::core::lists::RefList;
use att_diligence::core::register_export::import;
use att_diligence::core::rules::{Engine, RuleSet};
use libfuzzer_sys::fuzz_target;

thread_local! {
    // The engine borrows its rules and lists for the whole run: leaked once, on purpose. The
    // built-in content failing to load is a bug the run should stop on.
    static ENGINE: Engine<'static> = {
        let rules: &'static RuleSet =
            Box::leak(Box::new(builtin::rules().expect("the built-in rules load")));
        let lists: &'static [RefList] =
            Box::leak(builtin::lists().expect("the built-in lists load").into_boxed_slice());
        Engine::new(rules, lists, &UN_ONLY)
    };
}

fuzz_target!(|data: &[u8]| {
    ENGINE.with(|engine| {
        let _ = import(data, engine);
    });
});
