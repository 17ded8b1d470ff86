//! The sanctions lists panel: the lists loaded (name, own date, size; replace, remove), a file
//! picker that also takes files dropped on it, the threshold, whether US law binds the user,
//! and every decision on a possible match, each revocable.

use std::rc::Rc;

use yew::prelude::*;

use super::party_run::PartyHandle;
use super::problem::Problem;
use crate::core::embargo::Jurisdictions;
use crate::core::i18n::party::PartyMsg;
use crate::core::i18n::{text, Msg};
use crate::core::parties::{DecisionKey, Decisions, Source, US};
use crate::core::question_set::Lang;

#[derive(Properties, PartialEq)]
pub struct PartyListsProps {
    pub lang: Lang,
    pub instance: AttrValue,
    pub handle: PartyHandle,
    pub jurisdictions: Rc<Jurisdictions>,
    pub on_jurisdictions: Callback<Jurisdictions>,
    pub decisions: Rc<Decisions>,
    pub on_revoke: Callback<DecisionKey>,
}

fn t(lang: Lang, m: PartyMsg) -> String {
    text(lang, &Msg::Party(m))
}

fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
        .unwrap_or_default()
}

#[component]
pub fn PartyLists(props: &PartyListsProps) -> Html {
    let lang = props.lang;
    let h = &props.handle;
    let input_id = format!("{}-party-lists-file", props.instance);
    let onchange = {
        let load = h.load.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let files = files_of(input.files());
            input.set_value("");
            if !files.is_empty() {
                load.emit(files);
            }
        })
    };
    let ondrop = {
        let load = h.load.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            let files = files_of(e.data_transfer().and_then(|d| d.files()));
            if !files.is_empty() {
                load.emit(files);
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let rows = h.loaded.iter().map(|l| {
        let remove = {
            let (remove, source) = (h.remove.clone(), l.source);
            Callback::from(move |_: MouseEvent| remove.emit(source))
        };
        html! {
            <li class="att-party-list" data-source={source_token(l.source)}>
                <strong>{ t(lang, PartyMsg::SourceName(l.source)) }</strong>
                <span class="att-meta att-list-date">{ t(lang, PartyMsg::Dated { date: l.generated.clone(), own: l.dated_by_list }) }</span>
                <span class="att-meta att-list-size">{ t(lang, PartyMsg::Entries { entries: l.entries, names: l.names }) }</span>
                <label class="att-button" for={input_id.clone()}>{ t(lang, PartyMsg::Replace) }</label>
                <button type="button" class="att-danger att-list-remove" onclick={remove}>{ t(lang, PartyMsg::Remove) }</button>
            </li>
        }
    });
    let threshold_id = format!("{}-party-threshold", props.instance);
    let on_threshold = {
        let set = h.set_threshold.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Ok(v) = input.value().trim().replace(',', ".").parse::<f64>() {
                set.emit(v);
            }
        })
    };
    let us_id = format!("{}-party-us", props.instance);
    let on_us = {
        let (current, on_j) = (props.jurisdictions.clone(), props.on_jurisdictions.clone());
        Callback::from(move |_: Event| on_j.emit(current.toggled(US)))
    };
    let decisions = props.decisions.iter().map(|(key, d)| {
        let revoke = {
            let (on_revoke, key) = (props.on_revoke.clone(), key.clone());
            Callback::from(move |_: MouseEvent| on_revoke.emit(key.clone()))
        };
        html! {
            <li class="att-decision" data-verdict={d.verdict.token()}>
                <span>{ t(lang, PartyMsg::DecisionLine {
                    name: d.as_written.clone(), source: key.source, reference: key.reference.clone(),
                    listed_name: d.listed_name.clone(), verdict: d.verdict, reason: d.reason.clone(),
                    decided_on: d.decided_on.clone(), list_date: d.list_date.clone(),
                }) }</span>
                <button type="button" class="att-revoke" onclick={revoke}>{ t(lang, PartyMsg::Revoke) }</button>
            </li>
        }
    });
    html! {
        <section class="att-party-lists" {ondrop} {ondragover}>
            <h3>{ t(lang, PartyMsg::ListsHeading) }</h3>
            <p class="att-meta">{ t(lang, PartyMsg::ListsHelp) }</p>
            <ul class="att-meta att-list-sources">
                { for [Source::Un, Source::OfacSdn, Source::UsCsl].into_iter().map(|s| html! {
                    <li>{ t(lang, PartyMsg::SourceWhere(s)) }</li>
                }) }
            </ul>
            if h.loaded.is_empty() {
                <p class="att-empty">{ t(lang, PartyMsg::NoList) }</p>
            } else {
                <ul class="att-party-loaded">{ for rows }</ul>
            }
            <div class="att-field">
                <label for={input_id.clone()}>{ t(lang, PartyMsg::LoadFiles) }</label>
                <input type="file" id={input_id} multiple=true accept=".xml,.csv,text/xml,text/csv" {onchange} disabled={h.busy} />
            </div>
            <p class="att-meta" role="status">{ if h.busy { t(lang, PartyMsg::Reading) } else { String::new() } }</p>
            <Problem {lang} msg={h.problem.clone().map(Msg::Party)} />
            <div class="att-field">
                <label for={threshold_id.clone()}>{ t(lang, PartyMsg::Threshold) }</label>
                <input type="number" id={threshold_id} min="0" max="100" step="1" value={format!("{}", h.threshold)} onchange={on_threshold} />
                <p class="att-meta">{ t(lang, PartyMsg::ThresholdHelp) }</p>
            </div>
            <div class="att-check">
                <input type="checkbox" id={us_id.clone()} data-jurisdiction={US} checked={props.jurisdictions.binds(US)} onchange={on_us} />
                <label for={us_id}>{ t(lang, PartyMsg::UsBinds) }</label>
            </div>
            <p class="att-meta">{ t(lang, PartyMsg::UsBindsHelp) }</p>
            <h4>{ t(lang, PartyMsg::DecisionsHeading) }</h4>
            if props.decisions.is_empty() {
                <p class="att-empty">{ t(lang, PartyMsg::NoDecisions) }</p>
            } else {
                <ul class="att-decisions">{ for decisions }</ul>
            }
        </section>
    }
}

pub fn source_token(s: Source) -> &'static str {
    match s {
        Source::Un => "un",
        Source::OfacSdn => "ofac_sdn",
        Source::UsCsl => "us_csl",
    }
}
