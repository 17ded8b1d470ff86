//! The widget's root: loads the built-in programme set, restores saved work, renders the
//! checklist, and saves every change (in exactly one effect).

use std::rc::Rc;

use yew::prelude::*;

use super::item::ItemView;
use super::state::{AppState, UiAction};
use crate::core::assessment::Assessment;
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Item, Lang, ModuleKind, QuestionSet};
use crate::core::{builtin, saved};
use crate::web::storage::{StorageError, Store};

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// Namespaces storage and element ids; two widgets on a page need different ones.
    #[prop_or(AttrValue::Static("default"))]
    pub instance: AttrValue,
}

impl Default for AppProps {
    fn default() -> Self {
        Self {
            instance: AttrValue::Static("default"),
        }
    }
}

/// The loaded content, shared by pointer with every item view.
struct Loaded {
    set: QuestionSet,
    /// One `Rc` per item, built once, so item props compare by pointer.
    sections: Vec<Vec<Rc<Item>>>,
}

fn load_programme() -> Result<Loaded, String> {
    let set = builtin::sets()
        .map_err(|e| e.to_string())?
        .into_iter()
        .find(|s| s.module == ModuleKind::Programme)
        .ok_or_else(|| "no programme question set".to_owned())?;
    let sections = set
        .sections
        .iter()
        .map(|s| s.items.iter().cloned().map(Rc::new).collect())
        .collect();
    Ok(Loaded { set, sections })
}

fn assessment_key(set: &QuestionSet) -> String {
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

fn initial_lang(store: &Store) -> Lang {
    store
        .get("lang")
        .ok()
        .flatten()
        .and_then(|t| Lang::from_tag(&t))
        .unwrap_or(Lang::En)
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let loaded = use_memo((), |_| load_programme());
    match &*loaded {
        Ok(_) => html! { <Checklist loaded={loaded.clone()} instance={props.instance.clone()} /> },
        Err(detail) => html! {
            <p class="att-error" role="alert">{ text(Lang::En, &Msg::ContentBroken(detail.clone())) }</p>
        },
    }
}

#[derive(Properties)]
struct ChecklistProps {
    loaded: Rc<Result<Loaded, String>>,
    instance: AttrValue,
}

impl PartialEq for ChecklistProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.loaded, &other.loaded) && self.instance == other.instance
    }
}

#[component]
fn Checklist(props: &ChecklistProps) -> Html {
    let Ok(loaded) = &*props.loaded else {
        return Html::default();
    };
    let store = use_memo(props.instance.clone(), |i| Store::new(i));
    // Read once at mount; storage is only ever written by the effect below.
    let restored = {
        let store = store.clone();
        use_memo((), |_| restore(&store, &loaded.set))
    };
    let notice = use_state(|| restored.1.clone());
    let state = use_reducer(|| AppState {
        assessment: restored.0.clone(),
        lang: initial_lang(&store),
        revision: 0,
    });

    // The one place work is saved: after every change to the assessment.
    {
        let (store, notice, state) = (store.clone(), notice.clone(), state.clone());
        let key = assessment_key(&loaded.set);
        use_effect_with(state.revision, move |revision| {
            if *revision > 0 {
                match store.set(&key, &saved::encode(&state.assessment)) {
                    Ok(()) => {}
                    Err(StorageError::Full) => notice.set(Some(Msg::StorageFull)),
                    Err(StorageError::Unavailable) => notice.set(Some(Msg::StorageUnavailable)),
                }
            }
        });
    }
    {
        let (store, lang) = (store.clone(), state.lang);
        use_effect_with(lang, move |lang| {
            let _ = store.set("lang", lang.tag());
        });
    }

    let on_action = {
        let dispatcher = state.dispatcher();
        use_callback((), move |a, _| dispatcher.dispatch(UiAction::Edit(a)))
    };
    let lang = state.lang;
    let progress = state.assessment.progress(&loaded.set);

    let lang_buttons = Lang::ALL.iter().map(|&l| {
        let dispatcher = state.dispatcher();
        let onclick = Callback::from(move |_| dispatcher.dispatch(UiAction::SetLang(l)));
        html! {
            <button type="button" lang={l.tag()} aria-pressed={(l == lang).to_string()} {onclick}>
                { text(lang, &Msg::LangName(l)) }
            </button>
        }
    });

    let sections = loaded.set.sections.iter().zip(&loaded.sections).map(|(section, items)| {
        html! {
            <section class="att-section" id={format!("{}-{}", props.instance, section.id)}>
                <h2>{ section.title.get(lang) }</h2>
                { for items.iter().map(|item| html! {
                    <ItemView key={item.id.to_string()} item={item.clone()}
                        status={state.assessment.status(&item.id)}
                        note={AttrValue::from(state.assessment.note(&item.id).to_owned())}
                        {lang} instance={props.instance.clone()} on_action={on_action.clone()} />
                }) }
            </section>
        }
    });

    html! {
        <div class="att-diligence" lang={lang.tag()}>
            <header class="att-header">
                <h1>{ text(lang, &Msg::AppTitle) }</h1>
                <div class="att-lang" role="group" aria-label={text(lang, &Msg::Language)}>
                    { for lang_buttons }
                </div>
                <p class="att-progress" role="status">
                    { text(lang, &Msg::Progress { answered: progress.answered, total: progress.total }) }
                </p>
            </header>
            if let Some(msg) = &*notice {
                <p class="att-notice" role="alert">{ text(lang, msg) }</p>
            }
            { for sections }
        </div>
    }
}
