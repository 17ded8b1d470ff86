//! A set shown for reading: screening red flags, the Article 7(4) steps, reassessment and
//! resources, with everything the content says about each item.

use std::rc::Rc;

use yew::prelude::*;

use super::content::LoadedSet;
use super::sources::{guidance_block, severity_badge, sources_list};
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Item, Lang};
use crate::core::sources::Catalogue;

#[derive(Properties, PartialEq, Clone)]
pub struct SetViewProps {
    pub set: Rc<LoadedSet>,
    pub catalogue: Rc<Catalogue>,
    pub lang: Lang,
    pub instance: AttrValue,
}

fn reference_item(item: &Item, catalogue: &Catalogue, lang: Lang) -> Html {
    let severity = severity_badge(item.severity, lang);
    let modes = (!item.modes.is_empty()).then(|| {
        html! { <p class="att-meta">{ text(lang, &Msg::Modes(item.modes.clone())) }</p> }
    });
    let articles = (!item.articles.is_empty()).then(|| {
        html! { <p class="att-meta">{ text(lang, &Msg::Articles(item.articles.join(", "))) }</p> }
    });
    let inquiry = item.inquiry.as_ref().map(|q| {
        html! {
            <div class="att-inquiry">
                <p class="att-label">{ text(lang, &Msg::Inquiry) }</p>
                <p>{ q.get(lang) }</p>
            </div>
        }
    });
    let guidance = guidance_block(item.guidance.as_ref(), lang);
    html! {
        <li class="att-ref-item" data-item={item.id.to_string()}>
            <p class="att-ref-text">{ item.text.get(lang) }</p>
            { severity }
            { modes }
            { articles }
            { inquiry }
            { guidance }
            { sources_list(&item.provenance, catalogue, lang) }
        </li>
    }
}

#[component]
pub fn SetView(props: &SetViewProps) -> Html {
    let lang = props.lang;
    let set = &props.set.set;
    let sections = set.sections.iter().map(|section| {
        let step = section
            .items
            .first()
            .and_then(|i| i.step)
            .map(|n| html! { <span class="att-step">{ text(lang, &Msg::Step(n)) }</span> });
        html! {
            <section class="att-section" id={format!("{}-{}", props.instance, section.id)}>
                <h2>{ step }{ section.title.get(lang) }</h2>
                if let Some(intro) = &section.intro { <p class="att-intro">{ intro.get(lang) }</p> }
                <ol class="att-ref-list">
                    { for section.items.iter().map(|i| reference_item(i, &props.catalogue, lang)) }
                </ol>
            </section>
        }
    });
    html! {
        <div class="att-set" data-set={set.id.to_string()}>
            if let Some(d) = &set.description { <p class="att-intro">{ d.get(lang) }</p> }
            { for sections }
        </div>
    }
}
