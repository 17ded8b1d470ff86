//! One checklist item: a `<fieldset>` with its question as `<legend>`, native radio buttons for
//! the status (the four definite answers, then "not sure"), guidance and sources on demand, a
//! note, an evidence reference, and for a gap (a "not sure" answer too) its owner and target
//! date.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::sources::{guidance_block, sources_list};
use crate::core::assessment::{Action, Field, Response, Status};
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Item, ItemId, Lang};
use crate::core::sources::Catalogue;

#[derive(Properties, PartialEq)]
pub struct ItemProps {
    /// Shared with the loaded set; `Rc<T: Eq>` compares by pointer first, so this is cheap.
    pub item: Rc<Item>,
    pub catalogue: Rc<Catalogue>,
    pub response: Option<Response>,
    pub lang: Lang,
    /// Makes radio group names and element ids unique per widget instance.
    pub instance: AttrValue,
    pub on_action: Callback<Action>,
}

/// The value of the `<input>` or `<textarea>` an input event came from.
pub fn input_value(e: &InputEvent) -> String {
    let target = e.target();
    if let Some(area) = target
        .as_ref()
        .and_then(|t| t.dyn_ref::<HtmlTextAreaElement>())
    {
        return area.value();
    }
    target
        .as_ref()
        .and_then(|t| t.dyn_ref::<HtmlInputElement>())
        .map(HtmlInputElement::value)
        .unwrap_or_default()
}

/// A labelled text input (or textarea) bound to one field of the response.
fn text_field(
    base: &str,
    field: Field,
    response: Option<&Response>,
    lang: Lang,
    item_id: &ItemId,
    on_action: &Callback<Action>,
) -> Html {
    let id = format!("{base}-{}", field.token()).to_lowercase();
    let value = response.map_or("", |r| field.get(r)).to_owned();
    let on_input = {
        let (on_action, item_id) = (on_action.clone(), item_id.clone());
        Callback::from(move |text: String| {
            on_action.emit(Action::SetText(item_id.clone(), field, text));
        })
    };
    // A printed form control shows only what fits in its box (a textarea does not grow): the
    // printed page shows this copy of the text instead, whole, line breaks kept (print.css).
    let copy = value.clone();
    html! {
        <div class={classes!("att-field", format!("att-field-{}", field.token()))}>
            <label for={id.clone()}>{ text(lang, &Msg::FieldLabel(field)) }</label>
            <TextInput id={id} {field} {value} {on_input} />
            <p class="att-print-value" hidden=true>{ copy }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TextInputProps {
    id: String,
    field: Field,
    value: String,
    on_input: Callback<String>,
}

/// A field's control, given its value only when that differs from what the control last
/// reported: while the user types, the element holds the text already, and a `value` attribute
/// would read it all back from the DOM at every render (a megabyte a keystroke in a long note).
#[component]
fn TextInput(props: &TextInputProps) -> Html {
    let node = use_node_ref();
    // The text the element holds, as far as this control knows.
    let shown = use_mut_ref(|| None::<String>);
    {
        let (node, shown) = (node.clone(), shown.clone());
        use_effect_with(props.value.clone(), move |value| {
            if shown.borrow().as_ref() != Some(value) {
                if let Some(area) = node.cast::<HtmlTextAreaElement>() {
                    area.set_value(value);
                } else if let Some(input) = node.cast::<HtmlInputElement>() {
                    input.set_value(value);
                }
                *shown.borrow_mut() = Some(value.clone());
            }
        });
    }
    let oninput = {
        let on_input = props.on_input.clone();
        Callback::from(move |e: InputEvent| {
            let text = input_value(&e);
            *shown.borrow_mut() = Some(text.clone());
            on_input.emit(text);
        })
    };
    // The element is created holding the value it had at mount (its default value, never
    // diffed again): the effect above may run only after the browser has painted, and the
    // saved text must not show as empty meanwhile (nor be read as empty by assistive tech).
    let initial = use_memo((), {
        let value = props.value.clone();
        move |_| AttrValue::from(value)
    });
    let id = props.id.clone();
    let defaultvalue = (*initial).clone();
    let mut control = match props.field {
        Field::Note => html! { <textarea ref={node} {id} {oninput} rows="2" {defaultvalue} /> },
        Field::EvidenceDate | Field::Due => {
            html! { <input ref={node} type="date" {id} {oninput} /> }
        }
        _ => html! { <input ref={node} type="text" {id} {oninput} /> },
    };
    // An input's `value` attribute is its default value (Yew's `value` is the property, read
    // back from the element at every render).
    if let (yew::virtual_dom::VNode::VTag(tag), false) = (&mut control, props.field == Field::Note)
    {
        std::rc::Rc::make_mut(tag).add_attribute("value", (*initial).clone());
    }
    control
}

#[component]
pub fn ItemView(props: &ItemProps) -> Html {
    let item = &props.item;
    let lang = props.lang;
    let base = format!("{}-{}", props.instance, item.id);
    let response = props.response.as_ref();
    let status = response.and_then(|r| r.status);
    let field = |f| text_field(&base, f, response, lang, &item.id, &props.on_action);

    let radios = Status::ALL.iter().map(|&option| {
        let id = format!("{base}-{}", option.token());
        let onchange = {
            let (on_action, item_id) = (props.on_action.clone(), item.id.clone());
            Callback::from(move |e: Event| {
                if e.target_unchecked_into::<HtmlInputElement>().checked() {
                    on_action.emit(Action::SetStatus(item_id.clone(), option));
                }
            })
        };
        html! {
            <label class="att-option" for={id.clone()}>
                <input type="radio" {id} name={base.clone()} value={option.token()}
                    checked={status == Some(option)} {onchange} />
                { text(lang, &Msg::StatusLabel(option)) }
            </label>
        }
    });

    let articles = (!item.articles.is_empty()).then(|| {
        html! { <p class="att-meta">{ text(lang, &Msg::Articles(item.articles.join(", "))) }</p> }
    });
    let guidance = guidance_block(item.guidance.as_ref(), lang);
    // "Not sure" is a gap to investigate: someone owns finding out, by a date.
    // Always rendered, hidden unless the answer is a gap: a node that comes and goes would make
    // Yew rebuild its siblings, and the radio that has the keyboard focus would lose it.
    let is_gap = status.is_some_and(Status::is_gap);
    let gap_plan = html! {
        <div class="att-group att-gap-plan" role="group" aria-label={text(lang, &Msg::GapPlan)}
            hidden={!is_gap}>
            <p class="att-label">{ text(lang, &Msg::GapPlan) }</p>
            { field(Field::Owner) }
            { field(Field::Due) }
        </div>
    };

    html! {
        <fieldset class="att-item" id={base.clone()} data-item={item.id.to_string()}
            data-status={status.map(Status::token)}>
            <legend>{ item.text.get(lang) }</legend>
            <div class="att-options">{ for radios }</div>
            { articles }
            { guidance }
            { sources_list(&item.provenance, &props.catalogue, lang) }
            { field(Field::Note) }
            <div class="att-group att-evidence" role="group" aria-label={text(lang, &Msg::Evidence)}>
                <p class="att-label">{ text(lang, &Msg::Evidence) }</p>
                { field(Field::EvidenceDocument) }
                { field(Field::EvidenceDate) }
                { field(Field::EvidenceLocation) }
            </div>
            { gap_plan }
        </fieldset>
    }
}
