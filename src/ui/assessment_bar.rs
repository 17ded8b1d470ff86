//! Choosing, creating, renaming, duplicating and deleting (with confirmation) the assessments
//! of one set.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::item::input_value;
use super::roving::{Kind, Roving};
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Lang, SetId};
use crate::core::workspace::{AssessmentId, Entry, WorkspaceAction};

#[derive(Properties, PartialEq)]
pub struct AssessmentBarProps {
    pub set: SetId,
    pub set_version: String,
    pub entries: Vec<Entry>,
    pub open: AssessmentId,
    pub lang: Lang,
    pub instance: AttrValue,
    pub on_action: Callback<WorkspaceAction>,
}

#[derive(Clone, PartialEq)]
enum Mode {
    Idle,
    Renaming(String),
    ConfirmingDelete,
}

#[component]
pub fn AssessmentBar(props: &AssessmentBarProps) -> Html {
    let lang = props.lang;
    let mode = use_state(|| Mode::Idle);
    // A panel that opens takes the keyboard focus (the first control in it), so a keyboard or
    // screen-reader user is where the question is.
    let panel_ref = use_node_ref();
    {
        let panel_ref = panel_ref.clone();
        let opened = *mode != Mode::Idle;
        use_effect_with(opened, move |opened| {
            if *opened {
                let first = panel_ref
                    .cast::<web_sys::Element>()
                    .and_then(|p| p.query_selector("input, button").ok().flatten())
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(el) = first {
                    let _ = el.focus();
                }
            }
        });
    }
    let select_id = format!("{}-assessment", props.instance);
    let current = props.entries.iter().find(|e| e.id == props.open);
    let name = current.map_or("", |e| e.name.as_str()).to_owned();
    let emit = |a: WorkspaceAction| {
        let (on_action, mode) = (props.on_action.clone(), mode.clone());
        Callback::from(move |_: MouseEvent| {
            on_action.emit(a.clone());
            mode.set(Mode::Idle);
        })
    };
    let onchange = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            on_action.emit(WorkspaceAction::Open(AssessmentId(value)));
        })
    };
    let create = emit(WorkspaceAction::Create {
        set: props.set.clone(),
        version: props.set_version.clone(),
        name: text(lang, &Msg::AssessmentNumber(props.entries.len() + 1)),
    });
    let duplicate = emit(WorkspaceAction::Duplicate(
        props.open.clone(),
        text(lang, &Msg::CopyOf(name.clone())),
    ));
    let delete = emit(WorkspaceAction::Delete(props.open.clone()));
    let to = |m: Mode| {
        let mode = mode.clone();
        Callback::from(move |_: MouseEvent| mode.set(m.clone()))
    };

    let panel = match &*mode {
        Mode::Idle => html! {},
        Mode::Renaming(draft) => {
            let input_id = format!("{}-rename", props.instance);
            let oninput = {
                let mode = mode.clone();
                Callback::from(move |e: InputEvent| mode.set(Mode::Renaming(input_value(&e))))
            };
            let save = emit(WorkspaceAction::Rename(
                props.open.clone(),
                draft.trim().to_owned(),
            ));
            html! {
                <div class="att-panel" ref={panel_ref.clone()}>
                    <label for={input_id.clone()}>{ text(lang, &Msg::AssessmentName) }</label>
                    <input type="text" id={input_id} value={draft.clone()} {oninput} />
                    <button type="button" onclick={save} disabled={draft.trim().is_empty()}>{ text(lang, &Msg::Save) }</button>
                    <button type="button" onclick={to(Mode::Idle)}>{ text(lang, &Msg::Cancel) }</button>
                </div>
            }
        }
        Mode::ConfirmingDelete => html! {
            <div class="att-panel" role="alertdialog" aria-label={text(lang, &Msg::Delete)} ref={panel_ref.clone()}>
                <p>{ text(lang, &Msg::ConfirmDelete(name.clone())) }</p>
                <button type="button" class="att-danger" onclick={delete}>{ text(lang, &Msg::Delete) }</button>
                <button type="button" onclick={to(Mode::Idle)}>{ text(lang, &Msg::Cancel) }</button>
            </div>
        },
    };

    html! {
        <div class="att-assessment-bar">
            <label for={select_id.clone()}>{ text(lang, &Msg::Assessment) }</label>
            <select id={select_id} {onchange}>
                { for props.entries.iter().map(|e| html! {
                    <option value={e.id.as_str().to_owned()} selected={e.id == props.open}>{ &e.name }</option>
                }) }
            </select>
            <Roving kind={Kind::Toolbar} class="att-actions" label={text(lang, &Msg::AssessmentActions)}>
                <button type="button" onclick={create}>{ text(lang, &Msg::NewAssessment) }</button>
                <button type="button" onclick={to(Mode::Renaming(name.clone()))}>{ text(lang, &Msg::Rename) }</button>
                <button type="button" onclick={duplicate}>{ text(lang, &Msg::Duplicate) }</button>
                <button type="button" onclick={to(Mode::ConfirmingDelete)}>{ text(lang, &Msg::Delete) }</button>
            </Roving>
            { panel }
        </div>
    }
}
