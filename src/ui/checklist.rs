//! The items of one assessment, section by section, filtered as the user chose.

use std::rc::Rc;

use yew::prelude::*;

use super::content::LoadedSet;
use super::item::ItemView;
use crate::core::assessment::{Action, Assessment};
use crate::core::i18n::{text, Msg};
use crate::core::question_set::Lang;
use crate::core::sources::Catalogue;
use crate::core::summary::Filter;

#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    pub set: Rc<LoadedSet>,
    pub catalogue: Rc<Catalogue>,
    pub assessment: Rc<crate::core::assessment::Assessment>,
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
    let a: &Assessment = &props.assessment;
    let mut shown = 0;
    let sections = props.set.set.sections.iter().zip(&props.set.items).map(|(section, items)| {
        let visible: Vec<_> = items.iter().filter(|i| props.filter.shows(a, &i.id)).collect();
        shown += visible.len();
        let progress = a.section_progress(&props.set.set, &section.id);
        html! {
            <section class="att-section" id={section_anchor(&props.instance, section.id.as_str())}
                hidden={visible.is_empty()}>
                <h2>
                    { section.title.get(lang) }
                    <span class="att-count">
                        { text(lang, &Msg::Progress { answered: progress.answered, total: progress.total }) }
                    </span>
                </h2>
                { for visible.into_iter().map(|item| html! {
                    <ItemView key={item.id.to_string()} item={item.clone()}
                        catalogue={props.catalogue.clone()}
                        response={a.response(&item.id).cloned()}
                        {lang} instance={props.instance.clone()} on_action={props.on_action.clone()} />
                }) }
            </section>
        }
    });
    let sections: Html = sections.collect();
    html! {
        <div class="att-checklist">
            { sections }
            <p class="att-empty" hidden={shown > 0}>{ text(lang, &Msg::NothingToShow) }</p>
        </div>
    }
}
