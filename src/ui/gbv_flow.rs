//! The Article 7(4) six-step flow as a guided sequence: each step opens when the one before is
//! done, and the overriding-risk question (step 6) only after mitigation (step 5).

use std::rc::Rc;

use yew::prelude::*;

use super::content::LoadedSet;
use super::item::input_value;
use crate::core::i18n::{text, Msg};
use crate::core::question_set::Lang;
use crate::core::screening::{Gbv74, GbvAction};

#[derive(Properties, PartialEq)]
pub struct GbvFlowProps {
    pub set: Rc<LoadedSet>,
    pub state: Gbv74,
    pub lang: Lang,
    pub instance: String,
    pub on_action: Callback<GbvAction>,
}

#[component]
pub fn GbvFlow(props: &GbvFlowProps) -> Html {
    let (lang, g) = (props.lang, &props.state);
    let current = g.current_step();
    let act = |a: GbvAction| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(a.clone()))
    };
    let yes_no = |step: u8, value: Option<bool>, set: fn(bool) -> GbvAction| {
        let name = format!("{}-gbv-step{step}", props.instance);
        let option = |v: bool, label: Msg| {
            let id = format!("{name}-{v}");
            let on_action = props.on_action.clone();
            let onchange = Callback::from(move |_| on_action.emit(set(v)));
            html! {
                <label class="att-option" for={id.clone()}>
                    <input type="radio" {id} name={name.clone()} checked={value == Some(v)}
                        disabled={current < step} {onchange} />
                    { text(lang, &label) }
                </label>
            }
        };
        html! { <div class="att-options">{ option(true, Msg::Yes) }{ option(false, Msg::No) }</div> }
    };

    let steps = props.set.set.sections.iter().zip(&props.set.items).enumerate().map(|(i, (section, items))| {
        let step = i as u8 + 1;
        let locked = current < step;
        let done = step <= g.completed || (step == 5 && g.mitigation_sufficient.is_some())
            || (step == 6 && g.overriding_risk.is_some());
        let notes = items.iter().map(|item| {
            let id = format!("{}-gbv-{}", props.instance, item.id);
            let on_action = props.on_action.clone();
            let item_id = item.id.clone();
            let oninput = Callback::from(move |e: InputEvent| on_action.emit(GbvAction::SetNote(item_id.clone(), input_value(&e))));
            html! {
                <div class="att-field">
                    <label for={id.clone()}>{ item.text.get(lang) }</label>
                    <textarea {id} rows="2" disabled={locked} {oninput}
                        value={g.notes.get(&item.id).cloned().unwrap_or_default()} />
                </div>
            }
        });
        let control = match step {
            1..=4 if step <= g.completed => html! {
                <button type="button" onclick={act(GbvAction::ReopenStep(step))}>{ text(lang, &Msg::ReopenStep(step)) }</button>
            },
            1..=4 => html! {
                <button type="button" disabled={locked} onclick={act(GbvAction::CompleteStep(step))}>
                    { text(lang, &Msg::CompleteStep(step)) }
                </button>
            },
            5 => html! {
                <fieldset class="att-question"><legend>{ text(lang, &Msg::MitigationQuestion) }</legend>
                    { yes_no(5, g.mitigation_sufficient, GbvAction::SetMitigation) }</fieldset>
            },
            _ => html! {
                <fieldset class="att-question"><legend>{ text(lang, &Msg::OverridingQuestion) }</legend>
                    { yes_no(6, g.overriding_risk, GbvAction::SetOverridingRisk) }</fieldset>
            },
        };
        html! {
            <li class={classes!("att-step-box", done.then_some("att-done"), locked.then_some("att-locked"))}
                data-step={step.to_string()} aria-current={(current == step).then_some("step")}>
                <h4>{ section.title.get(lang) }</h4>
                <p class="att-meta" hidden={!locked}>{ text(lang, &Msg::StepLocked) }</p>
                { for notes }
                { control }
            </li>
        }
    });

    html! {
        <section class="att-gbv">
            <h3>{ text(lang, &Msg::Gbv74Heading) }</h3>
            <p class="att-intro">{ text(lang, &Msg::Gbv74Intro) }</p>
            <ol class="att-steps">{ for steps }</ol>
        </section>
    }
}
