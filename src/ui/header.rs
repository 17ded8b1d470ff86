//! The widget's header: its title, the language (one select) and the module tabs (ARIA tabs:
//! one Tab stop, arrow keys move and open). It only shows what it is given and says what the
//! user chose.

use std::rc::Rc;

use yew::prelude::*;

use super::content::LoadedSet;
use super::roving::{Kind, Roving};
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Lang, SetId};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    /// The language chosen in the select (its pack may still be on its way).
    pub chosen: Lang,
    /// The offered sets, in the order shown.
    pub sets: Rc<Vec<Rc<LoadedSet>>>,
    pub current: Option<SetId>,
    /// The element the tabs control (the open module's panel).
    pub panel: AttrValue,
    pub instance: AttrValue,
    pub on_lang: Callback<Lang>,
    pub on_open: Callback<SetId>,
    /// Opens the first screen again; `None` where the embed offers no choice of role.
    pub on_roles: Option<Callback<()>>,
}

/// The id of the tab of set `set` (the panel names its tab by it).
pub fn tab_id(instance: &str, set: &SetId) -> String {
    format!("{instance}-tab-{set}")
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    let select_id = format!("{}-lang", props.instance);
    let onchange = {
        let on_lang = props.on_lang.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(l) = Lang::from_tag(&select.value()) {
                on_lang.emit(l);
            }
        })
    };
    // Each language named in itself, so a reader finds theirs whatever is shown.
    let options = Lang::ALL.iter().map(|&l| {
        html! {
            <option value={l.tag()} lang={l.tag()} selected={l == props.chosen}>{ text(l, &Msg::LangName(l)) }</option>
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
            <button type="button" role="tab" id={tab_id(&props.instance, &s.set.id)}
                data-set={s.set.id.to_string()} aria-selected={is_open.to_string()}
                aria-controls={props.panel.clone()} {onclick}>
                { label }
                if s.custom { <span class="att-badge">{ text(lang, &Msg::CustomBadge) }</span> }
            </button>
        }
    });
    html! {
        <>
            <header class="att-header">
                <h1>{ text(lang, &Msg::AppTitle) }</h1>
                <div class="att-lang">
                    <label for={select_id.clone()}>{ text(lang, &Msg::Language) }</label>
                    <select id={select_id} {onchange}>{ for options }</select>
                </div>
                if let Some(on_roles) = &props.on_roles {
                    <button type="button" class="att-roles-again"
                        onclick={on_roles.reform(|_: MouseEvent| ())}>{ text(lang, &Msg::RolesHeading) }</button>
                }
            </header>
            <nav class="att-modules" aria-label={text(lang, &Msg::Modules)}>
                <Roving kind={Kind::Tabs} label={text(lang, &Msg::Modules)} class="att-tabs">
                    { for tabs }
                </Roving>
            </nav>
        </>
    }
}
