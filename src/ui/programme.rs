//! The programme self-assessment module for one set: the workspace of assessments (loaded once,
//! saved by one effect), the open assessment's details, what changed in the set, progress with
//! section jumps, the filter, and the checklist or its summary.

use std::rc::Rc;

use yew::prelude::*;

use super::assessment_bar::AssessmentBar;
use super::bridge::Bridge;
use super::checklist::{section_anchor, Checklist};
use super::content::LoadedSet;
use super::details::DetailsForm;
use super::state::WorkspaceState;
use super::summary::SummaryView;
use super::transfer::Transfer;
use crate::core::assessment::{Action, Assessment, DetailField, Field, Progress};
use crate::core::export_format::ExportFormat;
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Lang, ModuleKind, QuestionSet};
use crate::core::sources::Catalogue;
use crate::core::summary::{set_changes, Filter};
use crate::core::widget::{Changed, HostEvent};
use crate::core::workspace::WorkspaceAction;
use crate::web::dom::by_id_near;
use crate::web::persist::{
    load_workspace, remember_tab_open, restore_tab_open, save_changes, ReadProblem, SaveLater,
};
use crate::web::storage::{StorageError, Store};

#[derive(Properties, PartialEq)]
pub struct ProgrammeProps {
    pub set: Rc<LoadedSet>,
    pub catalogue: Rc<Catalogue>,
    pub lang: Lang,
    pub instance: AttrValue,
    pub store: Rc<Store>,
    /// Every set the widget has (an import may name any of them).
    pub sets: Rc<Vec<QuestionSet>>,
    pub on_notice: Callback<Msg>,
    pub on_delivered: Callback<(ExportFormat, String)>,
    pub bridge: Rc<Bridge>,
}

/// Up to this much text an assessment is saved at every keystroke (encoding and writing it
/// takes well under a millisecond); beyond, typing is saved once it pauses.
const SAVE_AT_ONCE_BYTES: usize = 64 * 1024;

/// The text an assessment holds (its answers' fields and its details), in bytes.
fn text_bytes(a: &Assessment) -> usize {
    let answers: usize = a
        .responses
        .values()
        .map(|r| Field::ALL.iter().map(|f| f.get(r).len()).sum::<usize>())
        .sum();
    answers
        + DetailField::ALL
            .iter()
            .map(|f| f.get(&a.details).len())
            .sum::<usize>()
}

#[component]
pub fn ProgrammeModule(props: &ProgrammeProps) -> Html {
    let (lang, set) = (props.lang, &props.set.set);
    // Read once at mount; storage is only ever written by the effect below.
    let loaded = {
        let (store, name) = (props.store.clone(), text(lang, &Msg::AssessmentNumber(1)));
        let sets = props.sets.clone();
        use_memo((), move |_| {
            // Every programme set gets its assessment, not only this one, as when the JS API
            // reads storage: the workspace is the same whichever programme tab is open.
            let programme: Vec<&QuestionSet> = sets
                .iter()
                .filter(|s| s.module == ModuleKind::Programme)
                .collect();
            let mut loaded = load_workspace(&store, &programme, &name);
            // This tab's open assessments, not those another tab opened since; not written to
            // the index at mount (two tabs would rewrite it to each other without end).
            restore_tab_open(&store, &mut loaded.workspace);
            if !loaded.in_storage.entries.is_empty() {
                loaded.in_storage.open = loaded.workspace.open.clone();
            }
            loaded
        })
    };
    {
        let (on_notice, problems) = (props.on_notice.clone(), loaded.problems.clone());
        use_effect_with((), move |_| {
            for p in problems {
                on_notice.emit(match p {
                    ReadProblem::Unavailable => Msg::StorageUnavailable,
                    ReadProblem::Unreadable(e) => Msg::SavedWorkUnreadable(e),
                });
            }
        });
    }
    let state = use_reducer(|| WorkspaceState {
        workspace: loaded.workspace.clone(),
        revision: 0,
        typing: false,
    });
    // What storage holds; the effect writes the difference (at mount: anything just adopted).
    let stored = use_mut_ref(|| loaded.in_storage.clone());
    let later = use_memo((), |_| SaveLater::new());
    {
        let (store, on_notice, state, bridge, later) = (
            props.store.clone(),
            props.on_notice.clone(),
            state.clone(),
            props.bridge.clone(),
            later.clone(),
        );
        let set_id = set.id.clone();
        use_effect_with(state.revision, move |revision| {
            bridge.live.borrow_mut().workspace = Some(state.workspace.clone());
            if *revision > 0 {
                bridge.tell(&HostEvent::Change(Changed::Assessment));
            }
            let long = state.typing
                && state
                    .workspace
                    .open_of(&set_id)
                    .is_some_and(|(_, a)| text_bytes(a) > SAVE_AT_ONCE_BYTES);
            let save = move || {
                // Bound first: the borrow must end before the success arm takes a mutable one.
                let result = save_changes(&store, &stored.borrow(), &state.workspace);
                remember_tab_open(&store, &state.workspace);
                match result {
                    Ok(()) => *stored.borrow_mut() = state.workspace.clone(),
                    Err(StorageError::Full) => on_notice.emit(Msg::StorageFull),
                    Err(StorageError::Unavailable) => on_notice.emit(Msg::StorageUnavailable),
                }
            };
            if long {
                later.after_pause(save);
            } else {
                later.cancel();
                save();
            }
        });
    }
    {
        // Unmounted (another module, a remount), it saves what it held back first: the
        // scheduler destroys the old module before the new one reads storage.
        let later = later.clone();
        use_effect_with((), move |_| move || later.now());
    }
    let filter = use_state(Filter::default);
    let summary = use_state(|| false);

    let on_workspace = {
        let dispatcher = state.dispatcher();
        use_callback((), move |a, _| dispatcher.dispatch(a))
    };
    // Every hook before the early return below: Yew needs the same hooks in every render.
    let open_id = state.workspace.open_of(&set.id).map(|(e, _)| e.id.clone());
    let on_action = {
        let dispatcher = state.dispatcher();
        use_callback(open_id, move |a: Action, id| {
            if let Some(id) = id {
                dispatcher.dispatch(WorkspaceAction::Edit(id.clone(), a));
            }
        })
    };
    let Some((entry, assessment)) = state.workspace.open_of(&set.id) else {
        return Html::default();
    };

    let changes = set_changes(set, assessment).map(|c| {
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
    });

    let by_section = assessment.progress_by_section(set);
    let progress = by_section
        .iter()
        .fold(Progress::default(), |t, p| Progress {
            answered: t.answered + p.answered,
            total: t.total + p.total,
        });
    let jumps = set.sections.iter().zip(&by_section).map(|(section, p)| {
        let anchor = section_anchor(&props.instance, section.id.as_str());
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
    let filters = Filter::ALL.iter().map(|&f| {
        let id = format!("{}-filter-{}", props.instance, f.token()).to_lowercase();
        let onchange = {
            let filter = filter.clone();
            Callback::from(move |_| filter.set(f))
        };
        html! {
            <label class="att-option" for={id.clone()}>
                <input type="radio" {id} name={format!("{}-filter", props.instance)}
                    checked={*filter == f} {onchange} />
                { text(lang, &Msg::FilterName(f)) }
            </label>
        }
    });
    let view_button = |to_summary: bool, label: Msg| {
        let summary_state = summary.clone();
        let onclick = Callback::from(move |_| summary_state.set(to_summary));
        html! {
            <button type="button" data-view={if to_summary { "summary" } else { "checklist" }}
                aria-pressed={(*summary == to_summary).to_string()} {onclick}>
                { text(lang, &label) }
            </button>
        }
    };

    let entries: Vec<_> = state.workspace.entries_of(&set.id).cloned().collect();
    html! {
        <div class="att-set att-programme" data-set={set.id.to_string()}>
            // Keyed by the open assessment: a rename in progress never carries over to another.
            <AssessmentBar key={entry.id.as_str().to_owned()} set={set.id.clone()} set_version={set.version.clone()} {entries}
                open={entry.id.clone()} {lang} instance={props.instance.clone()} on_action={on_workspace.clone()} />
            <Transfer set={props.set.clone()} sets={props.sets.clone()} assessment={assessment.clone()}
                name={entry.name.clone()} open={entry.id.clone()} {lang} instance={props.instance.clone()}
                on_action={on_workspace.clone()} on_notice={props.on_notice.clone()}
                on_delivered={props.on_delivered.clone()} />
            <DetailsForm key={entry.id.as_str().to_owned()} details={assessment.details.clone()}
                {lang} instance={props.instance.clone()} on_action={on_action.clone()} />
            <div class="att-changes-slot">{ changes }</div>
            <p class="att-progress" role="status">
                { text(lang, &Msg::Progress { answered: progress.answered, total: progress.total }) }
            </p>
            <nav class="att-jumps" aria-label={text(lang, &Msg::Sections)}><ul>{ for jumps }</ul></nav>
            <div class="att-toolbar">
                <div class="att-view" role="group" aria-label={text(lang, &Msg::View)}>
                    { view_button(false, Msg::ViewChecklist) }
                    { view_button(true, Msg::ViewSummary) }
                </div>
                <fieldset class="att-filter" hidden={*summary}>
                    <legend>{ text(lang, &Msg::Filter) }</legend>
                    { for filters }
                </fieldset>
            </div>
            // A stable wrapper: what changes inside it never disturbs the controls above.
            <div class="att-view-slot">
                if *summary {
                    <SummaryView set={props.set.clone()} assessment={assessment.clone()} {lang} />
                } else {
                    <p class="att-intro" hidden={set.description.is_none()}>
                        { set.description.as_ref().map(|d| d.get(lang)).unwrap_or_default() }
                    </p>
                    <Checklist set={props.set.clone()} catalogue={props.catalogue.clone()}
                        assessment={assessment.clone()} filter={*filter} {lang}
                        instance={props.instance.clone()} {on_action} />
                }
            </div>
        </div>
    }
}
