//! The reference lists the automatic checks use: dated, sourced, marked for verification, and
//! editable (remove an entry, add one with its other names).

use std::rc::Rc;

use yew::prelude::*;

use super::item::input_value;
use crate::core::embargo::Jurisdictions;
use crate::core::i18n::{text, Msg};
use crate::core::lists::{ListEntry, RefList};
use crate::core::question_set::{Lang, Text};

#[derive(Properties, PartialEq)]
pub struct ListsViewProps {
    pub lists: Rc<Vec<RefList>>,
    pub lang: Lang,
    pub instance: AttrValue,
    pub on_change: Callback<Vec<RefList>>,
    pub jurisdictions: Rc<Jurisdictions>,
    pub on_jurisdictions: Callback<Jurisdictions>,
}

#[component]
pub fn ListsView(props: &ListsViewProps) -> Html {
    let lang = props.lang;
    let drafts = use_state(|| vec![(String::new(), String::new()); props.lists.len()]);
    let lists = props.lists.iter().enumerate().map(|(li, list)| {
        let entries = list.entries.iter().enumerate().map(|(ei, e)| {
            let remove = {
                let (lists, on_change) = (props.lists.clone(), props.on_change.clone());
                Callback::from(move |_| {
                    let mut next = (*lists).clone();
                    next[li].entries.remove(ei);
                    on_change.emit(next);
                })
            };
            html! {
                <li data-entry={e.id.clone()}>
                    <span>{ e.name.get(lang) }</span>
                    <span class="att-meta">{ e.aliases.join(", ") }</span>
                    <button type="button" class="att-link" onclick={remove}>
                        { text(lang, &Msg::ListRemoveEntry(e.name.get(lang).to_owned())) }
                    </button>
                </li>
            }
        });
        let (name, aliases) = drafts.get(li).cloned().unwrap_or_default();
        let field = |which: usize, value: String, label: Msg| {
            let id = format!("{}-list-{}-{which}", props.instance, list.id);
            let drafts = drafts.clone();
            let oninput = Callback::from(move |e: InputEvent| {
                let mut d = (*drafts).clone();
                if let Some(slot) = d.get_mut(li) {
                    if which == 0 { slot.0 = input_value(&e) } else { slot.1 = input_value(&e) }
                }
                drafts.set(d);
            });
            html! {
                <div class="att-field">
                    <label for={id.clone()}>{ text(lang, &label) }</label>
                    <input type="text" {id} {value} {oninput} />
                </div>
            }
        };
        let add = {
            let (lists, on_change, drafts) = (props.lists.clone(), props.on_change.clone(), drafts.clone());
            let (name, aliases) = (name.clone(), aliases.clone());
            Callback::from(move |_| {
                let name = name.trim().to_owned();
                if name.is_empty() {
                    return;
                }
                let mut next = (*lists).clone();
                let id = format!("user-{}", next[li].entries.len() + 1);
                next[li].entries.push(ListEntry {
                    id,
                    name: Text { en: name.clone(), zh: name, ar: None, fr: None, ru: None, es: None },
                    aliases: aliases.split(';').map(str::trim).filter(|a| !a.is_empty()).map(str::to_owned).collect(),
                    imposed_by: Vec::new(),
                    scope: None,
                    kind: None,
                    element: None,
                    basis: None,
                    sources: vec!["user".to_owned()],
                });
                let mut d = (*drafts).clone();
                if let Some(slot) = d.get_mut(li) {
                    *slot = (String::new(), String::new());
                }
                drafts.set(d);
                on_change.emit(next);
            })
        };
        html! {
            <details class="att-list" data-list={list.id.clone()}>
                <summary>
                    { list.title.get(lang) }
                    <span class="att-count">{ text(lang, &Msg::ListEntries(list.entries.len())) }</span>
                </summary>
                <p class="att-notice">{ list.notice.get(lang) }</p>
                <p class="att-meta">{ text(lang, &Msg::ListAsOf(list.as_of.clone())) }</p>
                <ul class="att-list-entries">{ for entries }</ul>
                <div class="att-list-add">
                    { field(0, name, Msg::ListEntryName) }
                    { field(1, aliases, Msg::ListEntryAliases) }
                    <button type="button" onclick={add}>{ text(lang, &Msg::ListAddEntry) }</button>
                </div>
            </details>
        }
    });
    // Whose embargoes bind the user: asked once, remembered, and shown on every finding.
    let choices = props.lists.iter().flat_map(|l| &l.jurisdictions).map(|j| {
        let id = format!("{}-jurisdiction-{}", props.instance, j.id);
        let onchange = {
            let (current, on_jurisdictions, jid) = (
                props.jurisdictions.clone(),
                props.on_jurisdictions.clone(),
                j.id.clone(),
            );
            Callback::from(move |_: Event| on_jurisdictions.emit(current.toggled(&jid)))
        };
        html! {
            <div class="att-check">
                <input type="checkbox" id={id.clone()} data-jurisdiction={j.id.clone()}
                    checked={props.jurisdictions.binds(&j.id)} {onchange} />
                <label for={id}>{ j.name.get(lang) }</label>
            </div>
        }
    });
    html! {
        <section class="att-lists">
            <h3>{ text(lang, &Msg::ReferenceLists) }</h3>
            <fieldset class="att-jurisdictions">
                <legend>{ text(lang, &Msg::JurisdictionsHeading) }</legend>
                <p class="att-meta">{ text(lang, &Msg::JurisdictionsHelp) }</p>
                <div class="att-check">
                    <input type="checkbox" id={format!("{}-jurisdiction-un", props.instance)} checked=true disabled=true />
                    <label for={format!("{}-jurisdiction-un", props.instance)}>{ text(lang, &Msg::UnSecurityCouncil) }</label>
                </div>
                { for choices }
            </fieldset>
            { for lists }
        </section>
    }
}
