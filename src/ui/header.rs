//! The widget's header: its title, the language buttons and the module tabs. It only shows
//! what it is given and says what the user chose.

use std::rc::Rc;

use yew::prelude::*;

use super::content::LoadedSet;
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Lang, SetId};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    /// The offered sets, in the order shown.
    pub sets: Rc<Vec<Rc<LoadedSet>>>,
    pub current: Option<SetId>,
    pub on_lang: Callback<Lang>,
    pub on_open: Callback<SetId>,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    let lang_buttons = Lang::ALL.iter().map(|&l| {
        let onclick = props.on_lang.reform(move |_: MouseEvent| l);
        html! {
            <button type="button" lang={l.tag()} aria-pressed={(l == lang).to_string()} {onclick}>
                { text(lang, &Msg::LangName(l)) }
            </button>
        }
    });
    let tabs = props.sets.iter().map(|s| {
        let is_open = props.current.as_ref() == Some(&s.set.id);
        let id = s.set.id.clone();
        let onclick = props.on_open.reform(move |_: MouseEvent| id.clone());
        // A set's own label first: two sets of one module (the built-in programme sets) must
        // not share a name.
        let label = match (&s.set.label, s.custom) {
            (Some(l), _) => l.get(lang).to_owned(),
            (None, true) => s.set.title.get(lang).to_owned(),
            (None, false) => text(lang, &Msg::ModuleName(s.set.module)),
        };
        html! {
            <li>
                <button type="button" data-set={s.set.id.to_string()}
                    aria-current={is_open.then_some("true")} {onclick}>
                    { label }
                    if s.custom { <span class="att-badge">{ text(lang, &Msg::CustomBadge) }</span> }
                </button>
            </li>
        }
    });
    html! {
        <>
            <header class="att-header">
                <h1>{ text(lang, &Msg::AppTitle) }</h1>
                <div class="att-lang" role="group" aria-label={text(lang, &Msg::Language)}>
                    { for lang_buttons }
                </div>
            </header>
            <nav class="att-modules" aria-label={text(lang, &Msg::Modules)}>
                <ul>{ for tabs }</ul>
            </nav>
        </>
    }
}
