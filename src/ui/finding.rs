//! A shipment's finding, explaining itself: its level, what it is not (an approval), whose
//! embargoes it counts, the indicators that drove it, the questions to ask, the context noted
//! and how many indicators are unchecked.

use yew::prelude::*;

use crate::core::i18n::{text, Msg};
use crate::core::question_set::{ItemId, Lang, QuestionSet};
use crate::core::register::Screened;
use crate::core::screening::Level;

fn level_class(l: Level) -> &'static str {
    match l {
        Level::Stop => "att-finding att-finding-stop",
        Level::Inquire => "att-finding att-finding-inquire",
        Level::Incomplete => "att-finding att-finding-incomplete",
        Level::NoRedFlags => "att-finding att-finding-clear",
    }
}

/// The finding of `e` against `set`; `base` prefixes its ids, `counted` says whose embargoes
/// it counts, in words.
pub fn finding_view(
    e: &Screened,
    set: &QuestionSet,
    lang: Lang,
    base: &str,
    counted: &AttrValue,
) -> Html {
    let f = e.finding(set);
    let item_text = |id: &ItemId| {
        set.item(id)
            .map_or_else(|| id.to_string(), |i| i.text.get(lang).to_owned())
    };
    let questions: Vec<Html> = f
        .stop
        .iter()
        .chain(&f.inquire)
        .filter_map(|id| set.item(id)?.inquiry.as_ref())
        .map(|q| html! { <li>{ q.get(lang) }</li> })
        .collect();
    html! {
        <section class={level_class(f.level)} aria-live="polite" aria-labelledby={format!("{base}-finding")} data-level={f.level.name()}>
            <h3 id={format!("{base}-finding")}>
                { text(lang, &Msg::FindingTitle(f.level)) }
            </h3>
            <p>{ text(lang, &Msg::LevelExplain(f.level)) }</p>
            <p class="att-meta">{ text(lang, &Msg::NotApproval) }</p>
            <p class="att-meta att-counted">{ counted.clone() }</p>
            <div hidden={f.stop.is_empty() && f.inquire.is_empty() && !f.overriding_risk}>
                <p class="att-label">{ text(lang, &Msg::DrivenBy) }</p>
                <ul class="att-drivers">
                    if f.overriding_risk { <li>{ text(lang, &Msg::OverridingRiskFound) }</li> }
                    { for f.stop.iter().chain(&f.inquire).map(|id| html! { <li data-item={id.to_string()}>{ item_text(id) }</li> }) }
                </ul>
            </div>
            <div hidden={questions.is_empty()}>
                <p class="att-label">{ text(lang, &Msg::QuestionsToAsk) }</p>
                <ul class="att-questions">{ for questions }</ul>
            </div>
            <div hidden={f.context.is_empty()}>
                <p class="att-label">{ text(lang, &Msg::ContextNoted) }</p>
                <ul>{ for f.context.iter().map(|id| html! { <li>{ item_text(id) }</li> }) }</ul>
            </div>
            <p class="att-meta" hidden={f.unchecked.is_empty()}>{ text(lang, &Msg::UncheckedCount(f.unchecked.len())) }</p>
        </section>
    }
}
