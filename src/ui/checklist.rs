//! The items of one assessment, section by section, filtered as the user chose.
//!
//! Each section is its own component whose props are that section's responses, so an answer
//! re-renders one section (and in it, one item), not the whole checklist.

use std::rc::Rc;

use yew::prelude::*;

use super::content::LoadedSet;
use super::item::ItemView;
use crate::core::assessment::{Action, Assessment, Response, Status};
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Item, Lang, Section};
use crate::core::sources::Catalogue;
use crate::core::summary::Filter;

/// Items rendered in the first pass, more than a tall screen shows; the rest follow once that
/// pass is painted, so the first items appear quickly even in a set of hundreds. Rendered one
/// zero timeout later (until 0.3), the rest often came before the browser's next frame and held
/// the first paint back until they were laid out too (measured by `bench/programme.mjs`: first
/// item in the DOM, and painted).
const FIRST_PASS_ITEMS: usize = 8;

#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    pub set: Rc<LoadedSet>,
    pub catalogue: Rc<Catalogue>,
    pub assessment: Rc<Assessment>,
    pub filter: Filter,
    pub lang: Lang,
    pub instance: AttrValue,
    pub on_action: Callback<Action>,
}

pub fn section_anchor(instance: &str, section: &str) -> String {
    format!("{instance}-{section}")
}

#[component]
pub fn Checklist(props: &ChecklistProps) -> Html {
    let lang = props.lang;
    let limit = use_state(|| FIRST_PASS_ITEMS);
    {
        let limit = limit.clone();
        use_effect_with((), move |_| {
            yew::platform::spawn_local(async move {
                crate::web::dom::after_next_paint().await;
                limit.set(usize::MAX);
            });
        });
    }
    let mut budget = *limit;
    let mut shown = 0;
    let sections: Html = props
        .set
        .set
        .sections
        .iter()
        .zip(&props.set.items)
        .zip(&props.set.headers)
        .map(|((section, items), header)| {
            let responses: Vec<Option<Response>> = items
                .iter()
                .map(|i| props.assessment.response(&i.id).cloned())
                .collect();
            let visible = responses
                .iter()
                .filter(|r| props.filter.shows_response(r.as_ref()))
                .count();
            let limit = visible.min(budget);
            budget -= limit;
            shown += limit;
            html! {
                <SectionView key={section.id.to_string()} section={header.clone()}
                    items={items.clone()} {responses} filter={props.filter} {limit}
                    catalogue={props.catalogue.clone()} {lang} instance={props.instance.clone()}
                    on_action={props.on_action.clone()} />
            }
        })
        .collect();
    html! {
        <div class="att-checklist" data-rendered={(budget > 0).then_some("all")}>
            { sections }
            <p class="att-empty" hidden={shown > 0}>{ text(lang, &Msg::NothingToShow) }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct SectionProps {
    section: Rc<Section>,
    items: Rc<[Rc<Item>]>,
    /// One per item, in order.
    responses: Vec<Option<Response>>,
    filter: Filter,
    /// How many of the visible items to render now.
    limit: usize,
    catalogue: Rc<Catalogue>,
    lang: Lang,
    instance: AttrValue,
    on_action: Callback<Action>,
}

#[component]
fn SectionView(props: &SectionProps) -> Html {
    let lang = props.lang;
    let answered = props
        .responses
        .iter()
        // Answered means a definite status: "not sure" leaves the item open (core::summary).
        .filter(|r| {
            r.as_ref()
                .and_then(|r| r.status)
                .is_some_and(Status::is_definite)
        })
        .count();
    let total = props.items.len();
    let visible = props
        .items
        .iter()
        .zip(&props.responses)
        .filter(|(_, r)| props.filter.shows_response(r.as_ref()))
        .take(props.limit);
    html! {
        <section class="att-section" id={section_anchor(&props.instance, props.section.id.as_str())}
            hidden={props.limit == 0}>
            <h2>
                { props.section.title.get(lang) }
                <span class="att-count">{ text(lang, &Msg::Progress { answered, total }) }</span>
            </h2>
            { for visible.map(|(item, response)| html! {
                <ItemView key={item.id.to_string()} item={item.clone()}
                    catalogue={props.catalogue.clone()} response={response.clone()}
                    {lang} instance={props.instance.clone()} on_action={props.on_action.clone()} />
            }) }
        </section>
    }
}
