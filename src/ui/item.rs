//! One checklist item: a `<fieldset>` with its question as `<legend>`, native radio buttons for
//! the status, a note, and guidance on demand.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::core::assessment::{Action, Status};
use crate::core::i18n::{text, Msg};
use super::sources::sources_list;
use crate::core::question_set::{Item, Lang};
use crate::core::sources::Catalogue;

#[derive(Properties, PartialEq)]
pub struct ItemProps {
    /// Shared with the loaded set; `Rc<T: Eq>` compares by pointer first, so this is cheap.
    pub item: Rc<Item>,
    pub catalogue: Rc<Catalogue>,
    pub status: Option<Status>,
    pub note: AttrValue,
    pub lang: Lang,
    /// Makes radio group names and element ids unique per widget instance.
    pub instance: AttrValue,
    pub on_action: Callback<Action>,
}

#[component]
pub fn ItemView(props: &ItemProps) -> Html {
    let item = &props.item;
    let lang = props.lang;
    let base = format!("{}-{}", props.instance, item.id);
    let note_id = format!("{base}-note");

    let radios = Status::ALL.iter().map(|&status| {
        let id = format!("{base}-{}", status.token());
        let onchange = {
            let on_action = props.on_action.clone();
            let item_id = item.id.clone();
            Callback::from(move |e: Event| {
                if e.target_unchecked_into::<HtmlInputElement>().checked() {
                    on_action.emit(Action::SetStatus(item_id.clone(), status));
                }
            })
        };
        html! {
            <label class="att-option" for={id.clone()}>
                <input type="radio" {id} name={base.clone()} value={status.token()}
                    checked={props.status == Some(status)} {onchange} />
                { text(lang, &Msg::StatusLabel(status)) }
            </label>
        }
    });

    let oninput = {
        let on_action = props.on_action.clone();
        let item_id = item.id.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            on_action.emit(Action::SetNote(item_id.clone(), value));
        })
    };

    let articles = (!item.articles.is_empty()).then(|| {
        html! {
            <p class="att-articles">
                { text(lang, &Msg::Articles(item.articles.join(", "))) }
            </p>
        }
    });
    let guidance = item.guidance.as_ref().map(|g| {
        html! {
            <details class="att-guidance">
                <summary>{ text(lang, &Msg::Guidance) }</summary>
                <p>{ g.get(lang) }</p>
            </details>
        }
    });

    html! {
        <fieldset class="att-item" id={base.clone()} data-item={item.id.to_string()}>
            <legend>{ item.text.get(lang) }</legend>
            <div class="att-options">{ for radios }</div>
            { articles }
            { guidance }
            { sources_list(&item.provenance, &props.catalogue, lang) }
            <label class="att-note" for={note_id.clone()}>{ text(lang, &Msg::Note) }</label>
            <textarea id={note_id} value={props.note.clone()} {oninput} rows="2" />
        </fieldset>
    }
}
