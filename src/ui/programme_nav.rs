//! The programme module's ways around one assessment: what changed in the set since it was
//! answered, the section jumps with their progress, the checklist/summary switch and the
//! filter. Each is drawn from the state it is given; what the user does goes to a callback.

use yew::prelude::*;

use super::checklist::section_anchor;
use crate::core::assessment::{Action, Assessment, Progress};
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Lang, QuestionSet};
use crate::core::summary::{set_changes, Filter};
use crate::web::dom::by_id_near;

/// What changed in `set` since `assessment` was answered, with the button that acknowledges
/// it; nothing when it was answered on this version.
pub fn changes_notice(
    set: &QuestionSet,
    assessment: &Assessment,
    lang: Lang,
    on_action: &Callback<Action>,
) -> Option<Html> {
    set_changes(set, assessment).map(|c| {
        let acknowledge = {
            let (on_action, version) = (on_action.clone(), set.version.clone());
            Callback::from(move |_| on_action.emit(Action::AcknowledgeVersion(version.clone())))
        };
        let retired = c.retired_items.iter().map(|i| i.to_string()).collect::<Vec<_>>().join(", ");
        html! {
            <div class="att-notice att-changes" role="status">
                <p>{ text(lang, &Msg::SetChanged { from: c.from_version.clone(), to: c.to_version.clone(),
                    new_items: c.new_items.len(), retired: c.retired_items.len() }) }</p>
                if !c.retired_items.is_empty() { <p>{ text(lang, &Msg::RetiredAnswers(retired)) }</p> }
                <button type="button" onclick={acknowledge}>{ text(lang, &Msg::Acknowledge) }</button>
            </div>
        }
    })
}

/// The progress over the whole set, and one jump per section with its own; a jump shows the
/// checklist (`summary` set to false) and brings the section into view.
pub fn section_jumps(
    set: &QuestionSet,
    assessment: &Assessment,
    lang: Lang,
    instance: &str,
    summary: &UseStateHandle<bool>,
) -> (Progress, Vec<Html>) {
    let by_section = assessment.progress_by_section(set);
    let progress = by_section
        .iter()
        .fold(Progress::default(), |t, p| Progress {
            answered: t.answered + p.answered,
            total: t.total + p.total,
        });
    let jumps = set.sections.iter().zip(&by_section).map(|(section, p)| {
        let anchor = section_anchor(instance, section.id.as_str());
        let (summary, anchor2) = (summary.clone(), anchor.clone());
        let onclick = Callback::from(move |e: MouseEvent| {
            summary.set(false);
            // After the checklist is shown, bring the section into view.
            let (anchor, button) = (anchor2.clone(), e.target_dyn_into::<web_sys::Node>());
            yew::platform::spawn_local(async move {
                if let Some(el) = button.and_then(|b| by_id_near(&b, &anchor)) {
                    el.scroll_into_view();
                }
            });
        });
        html! {
            <li><button type="button" class="att-jump" data-section={section.id.to_string()} {onclick}>
                { section.title.get(lang) }
                <span class="att-count">{ format!("{}/{}", p.answered, p.total) }</span>
            </button></li>
        }
    });
    (progress, jumps.collect())
}

/// One radio button per filter, the one in `filter` checked.
pub fn filter_options(lang: Lang, instance: &str, filter: &UseStateHandle<Filter>) -> Vec<Html> {
    Filter::ALL
        .iter()
        .map(|&f| {
            let id = format!("{}-filter-{}", instance, f.token()).to_lowercase();
            let onchange = {
                let filter = filter.clone();
                Callback::from(move |_| filter.set(f))
            };
            html! {
                <label class="att-option" for={id.clone()}>
                    <input type="radio" {id} name={format!("{}-filter", instance)}
                        checked={**filter == f} {onchange} />
                    { text(lang, &Msg::FilterName(f)) }
                </label>
            }
        })
        .collect()
}

/// The button that shows the summary (`to_summary`) or the checklist, pressed when shown.
pub fn view_button(
    lang: Lang,
    summary: &UseStateHandle<bool>,
    to_summary: bool,
    label: Msg,
) -> Html {
    let summary_state = summary.clone();
    let onclick = Callback::from(move |_| summary_state.set(to_summary));
    html! {
        <button type="button" data-view={if to_summary { "summary" } else { "checklist" }}
            aria-pressed={(**summary == to_summary).to_string()} {onclick}>
            { text(lang, &label) }
        </button>
    }
}
