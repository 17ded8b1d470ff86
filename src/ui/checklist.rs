//! A programme self-assessment over one set: restores saved work, renders the items, and saves
//! every change (in exactly one effect).

use std::rc::Rc;

use yew::prelude::*;

use super::content::LoadedSet;
use super::item::ItemView;
use super::state::{AssessmentState, Edit};
use crate::core::assessment::Assessment;
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Lang, QuestionSet};
use crate::core::saved;
use crate::core::sources::Catalogue;
use crate::web::storage::{StorageError, Store};

#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    pub set: Rc<LoadedSet>,
    pub catalogue: Rc<Catalogue>,
    pub lang: Lang,
    pub instance: AttrValue,
    pub store: Rc<Store>,
    /// Reports storage trouble to the widget's notice area.
    pub on_notice: Callback<Msg>,
}

pub fn assessment_key(set: &QuestionSet) -> String {
    format!("assessment:{}", set.id)
}

/// Restores saved work; anything unreadable is set aside, never overwritten.
fn restore(store: &Store, set: &QuestionSet) -> (Assessment, Option<Msg>) {
    let key = assessment_key(set);
    match store.get(&key) {
        Ok(Some(raw)) => match saved::decode(&raw) {
            Ok(a) if a.set_id == set.id => (a, None),
            Ok(_) => (Assessment::new(set), None),
            Err(e) => {
                let _ = store.quarantine(&key, &raw);
                (Assessment::new(set), Some(Msg::SavedWorkUnreadable(e)))
            }
        },
        Ok(None) => (Assessment::new(set), None),
        Err(_) => (Assessment::new(set), Some(Msg::StorageUnavailable)),
    }
}

#[component]
pub fn Checklist(props: &ChecklistProps) -> Html {
    let set = &props.set.set;
    // Read once at mount; storage is only ever written by the effect below.
    let restored = {
        let store = props.store.clone();
        use_memo((), |_| restore(&store, set))
    };
    {
        let (on_notice, problem) = (props.on_notice.clone(), restored.1.clone());
        use_effect_with((), move |_| {
            if let Some(msg) = problem {
                on_notice.emit(msg);
            }
        });
    }
    let state = use_reducer(|| AssessmentState {
        assessment: restored.0.clone(),
        revision: 0,
    });

    // The one place work is saved: after every change to the assessment.
    {
        let (store, on_notice, state) = (props.store.clone(), props.on_notice.clone(), state.clone());
        let key = assessment_key(set);
        use_effect_with(state.revision, move |revision| {
            if *revision > 0 {
                match store.set(&key, &saved::encode(&state.assessment)) {
                    Ok(()) => {}
                    Err(StorageError::Full) => on_notice.emit(Msg::StorageFull),
                    Err(StorageError::Unavailable) => on_notice.emit(Msg::StorageUnavailable),
                }
            }
        });
    }

    let on_action = {
        let dispatcher = state.dispatcher();
        use_callback((), move |a, _| dispatcher.dispatch(Edit(a)))
    };
    let lang = props.lang;
    let progress = state.assessment.progress(set);

    let sections = set.sections.iter().zip(&props.set.items).map(|(section, items)| {
        html! {
            <section class="att-section" id={format!("{}-{}", props.instance, section.id)}>
                <h2>{ section.title.get(lang) }</h2>
                { for items.iter().map(|item| html! {
                    <ItemView key={item.id.to_string()} item={item.clone()}
                        catalogue={props.catalogue.clone()}
                        status={state.assessment.status(&item.id)}
                        note={AttrValue::from(state.assessment.note(&item.id).to_owned())}
                        {lang} instance={props.instance.clone()} on_action={on_action.clone()} />
                }) }
            </section>
        }
    });

    html! {
        <div class="att-set" data-set={set.id.to_string()}>
            <p class="att-progress" role="status">
                { text(lang, &Msg::Progress { answered: progress.answered, total: progress.total }) }
            </p>
            if let Some(d) = &set.description { <p class="att-intro">{ d.get(lang) }</p> }
            { for sections }
        </div>
    }
}
