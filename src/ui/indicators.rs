//! A shipment's red-flag indicators, one section of the set at a time: each with its severity,
//! the transport modes it applies to (hidden for another mode), present / not present / not
//! checked, what an automatic rule found, its sources and a note.

use yew::prelude::*;

use super::content::LoadedSet;
use super::item::input_value;
use super::sources::{severity_badge, sources_list};
use crate::core::i18n::party::PartyMsg;
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Lang, Severity};
use crate::core::register::{Edit, Screened};
use crate::core::screening::{applies, Check, Evidence};
use crate::core::sources::Catalogue;

/// One `<section>` per section of `loaded`, for the entry `e`; `base` prefixes the ids.
pub fn indicator_sections(
    loaded: &LoadedSet,
    e: &Screened,
    catalogue: &Catalogue,
    lang: Lang,
    base: &str,
    on_edit: &Callback<Edit>,
) -> Vec<Html> {
    let s = &e.shipment;
    let sections = loaded.set.sections.iter().zip(&loaded.items);
    sections.map(|(section, items)| {
        let rows = items.iter().map(|item| {
            let applicable = applies(&item.modes, s.mode);
            let answer = e.answers.get(&item.id);
            let check = answer.and_then(|a| a.check);
            let hit = e.hits.iter().find(|h| h.indicator == item.id);
            let name = format!("{base}-{}", item.id);
            let radio = |value: Option<Check>, label: Msg| {
                let id = format!("{name}-{}", match value { Some(Check::Present) => "present", Some(Check::NotPresent) => "absent", None => "unchecked" });
                let (on_edit, item_id) = (on_edit.clone(), item.id.clone());
                let onchange = Callback::from(move |_| on_edit.emit(Edit::Answer(item_id.clone(), value)));
                html! {
                    <label class="att-option" for={id.clone()}>
                        <input type="radio" {id} name={name.clone()} checked={check == value} {onchange} />
                        { text(lang, &label) }
                    </label>
                }
            };
            let note_id = format!("{name}-note");
            let oninput = {
                let (on_edit, item_id) = (on_edit.clone(), item.id.clone());
                Callback::from(move |ev: InputEvent| on_edit.emit(Edit::Note(item_id.clone(), input_value(&ev))))
            };
            html! {
                <fieldset class="att-item att-indicator" data-item={item.id.to_string()} hidden={!applicable}
                    data-severity={item.severity.map(Severity::token)}>
                    <legend>{ item.text.get(lang) }</legend>
                    { severity_badge(item.severity, lang) }
                    <p class="att-meta">{ text(lang, &Msg::Modes(item.modes.clone())) }</p>
                    <div class="att-options">
                        { radio(Some(Check::Present), Msg::CheckPresent) }
                        { radio(Some(Check::NotPresent), Msg::CheckNotPresent) }
                        { radio(None, Msg::CheckNotChecked) }
                    </div>
                    <p class="att-auto" hidden={hit.is_none()}>
                        { hit.map(|h| text(lang, &Msg::AutomaticRule(format!("{} ({})",
                            text(lang, &if h.check == Check::Present { Msg::CheckPresent } else { Msg::CheckNotPresent }), evidence(lang, &h.detail))))).unwrap_or_default() }
                    </p>
                    { sources_list(&item.provenance, catalogue, lang) }
                    <div class="att-field">
                        <label for={note_id.clone()}>{ text(lang, &Msg::Note) }</label>
                        <input type="text" id={note_id} value={answer.map(|a| a.note.clone()).unwrap_or_default()} {oninput} />
                    </div>
                </fieldset>
            }
        });
        html! {
            <section class="att-section">
                <h3>{ section.title.get(lang) }</h3>
                { for rows }
            </section>
        }
    })
    .collect()
}

/// A rule's evidence in the user's language (facts are the record's and the lists' own words).
fn evidence(lang: Lang, e: &Evidence) -> String {
    match e {
        Evidence::Fact(fact) => fact.to_string(),
        Evidence::Contains { value, word } => text(
            lang,
            &Msg::RuleContains {
                value: value.clone(),
                word: word.clone(),
            },
        ),
        Evidence::Party(e) => text(lang, &Msg::Party(PartyMsg::Evidence((**e).clone()))),
        Evidence::Cleared(c) => text(lang, &Msg::Party(PartyMsg::Cleared((**c).clone()))),
    }
}
