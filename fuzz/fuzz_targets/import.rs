//! Arbitrary bytes as an imported file: the importer may refuse them, never panic.
#![no_main]

use std::sync::OnceLock;

use att_diligence::core::builtin;
use att_diligence::core::export::import;
use att_diligence::core::question_set::QuestionSet;
use libfuzzer_sys::fuzz_target;

fn sets() -> &'static [QuestionSet] {
    static SETS: OnceLock<Vec<QuestionSet>> = OnceLock::new();
    SETS.get_or_init(|| builtin::sets().unwrap_or_default())
}

fuzz_target!(|data: &[u8]| {
    let _ = import(data, sets());
});
