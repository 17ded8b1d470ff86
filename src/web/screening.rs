//! Reading the screening module's state from storage (the register, list edits,
//! jurisdictions, decisions), for the module at mount and for `getState` when it is not open.

use std::rc::Rc;

use crate::core::builtin;
use crate::core::lists::RefList;
use crate::core::question_set::QuestionSet;
use crate::core::rules::RuleSet;
use crate::core::widget::screening::Screening;
use crate::core::widget::Effect;
use crate::web::persist::{load_register, Saved};
use crate::web::storage::Store;

/// The screening state as stored, what restoring it asks for (values set aside, notices), and
/// what storage holds of the register (what the first save compares against).
pub fn load(
    store: &Store,
    set: &QuestionSet,
    builtin_lists: &Rc<Vec<RefList>>,
) -> (Screening, Vec<Effect>, Saved) {
    let rules = Rc::new(builtin::rules().unwrap_or_else(|_| RuleSet {
        format: 1,
        rules: Vec::new(),
    }));
    let mut saved = Saved::default();
    let (state, effects) = Screening::restore(
        |k| store.get(k).ok().flatten(),
        Rc::new(set.clone()),
        rules,
        builtin_lists.clone(),
        |engine| {
            let (register, stored, problems) = load_register(store, engine);
            saved = stored;
            (register, problems)
        },
    );
    (state, effects, saved)
}
