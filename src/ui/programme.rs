//! The programme self-assessment module for one set: the workspace of assessments (loaded once,
//! saved by one effect: `saved_workspace`), the open assessment's details, what changed in the
//! set, progress with section jumps, the filter, and the checklist or its summary.

use std::rc::Rc;

use yew::prelude::*;

use super::assessment_bar::AssessmentBar;
use super::bridge::Bridge;
use super::checklist::Checklist;
use super::content::LoadedSet;
use super::details::DetailsForm;
use super::programme_nav::{changes_notice, filter_options, section_jumps, view_button};
use super::roving::{Kind, Roving};
use super::saved_workspace::use_saved_workspace;
use super::seam::{self, Lazy};
use super::summary::SummaryView;
use super::transfer::TransferProps;
use crate::core::assessment::Action;
use crate::core::export_format::ExportFormat;
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Lang, QuestionSet};
use crate::core::sources::Catalogue;
use crate::core::summary::Filter;
use crate::core::workspace::WorkspaceAction;
use crate::web::storage::Store;

#[derive(Properties, PartialEq, Clone)]
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

#[component]
pub fn ProgrammeModule(props: &ProgrammeProps) -> Html {
    let (lang, set) = (props.lang, &props.set.set);
    let state = use_saved_workspace(
        props.store.clone(),
        props.sets.clone(),
        set.id.clone(),
        lang,
        props.bridge.clone(),
        props.on_notice.clone(),
    );
    let filter = use_state(Filter::default);
    let summary = use_state(|| false);
    let jumps_ref = use_node_ref();
    {
        // Open at mount where the stylesheet lays the sections out as a sidebar: the widget's
        // own width decides (a container query), not the viewport's, so an embed in a narrow
        // column of a wide page gets the list closed. The user's choice after that.
        let jumps_ref = jumps_ref.clone();
        use_effect_with((), move |_| {
            let details = jumps_ref.cast::<web_sys::HtmlDetailsElement>();
            let beside = details
                .as_ref()
                .and_then(|d| d.parent_element())
                .and_then(|body| web_sys::window()?.get_computed_style(&body).ok().flatten())
                .and_then(|style| style.get_property_value("display").ok())
                .is_some_and(|display| display == "grid");
            if let (Some(d), true) = (details, beside) {
                d.set_open(true);
            }
        });
    }

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

    let changes = changes_notice(set, assessment, lang, &on_action);
    let (progress, jumps) = section_jumps(set, assessment, lang, &props.instance, &summary);
    let filters = filter_options(lang, &props.instance, &filter);

    let entries: Vec<_> = state.workspace.entries_of(&set.id).cloned().collect();
    html! {
        <div class="att-set att-programme" data-set={set.id.to_string()}>
            // Keyed by the open assessment: a rename in progress never carries over to another.
            <AssessmentBar key={entry.id.as_str().to_owned()} set={set.id.clone()} set_version={set.version.clone()} {entries}
                open={entry.id.clone()} {lang} instance={props.instance.clone()} on_action={on_workspace.clone()} />
            <DetailsForm key={entry.id.as_str().to_owned()} details={assessment.details.clone()}
                {lang} instance={props.instance.clone()} on_action={on_action.clone()} />
            <div class="att-changes-slot">{ changes }</div>
            <p class="att-progress" role="status">
                { text(lang, &Msg::Progress { answered: progress.answered, total: progress.total }) }
            </p>
            <div class="att-programme-body">
                // A sidebar on a wide widget, a list to open on a narrow one.
                <details class="att-jumps" ref={jumps_ref}>
                    <summary>{ text(lang, &Msg::Sections) }</summary>
                    <nav aria-label={text(lang, &Msg::Sections)}>
                        <Roving kind={Kind::Vertical} label={text(lang, &Msg::Sections)}><ul>{ for jumps }</ul></Roving>
                    </nav>
                </details>
                <div class="att-programme-main">
                    <div class="att-toolbar">
                        <Roving kind={Kind::Toolbar} class="att-view" label={text(lang, &Msg::View)}>
                            { view_button(lang, &summary, false, Msg::ViewChecklist) }
                            { view_button(lang, &summary, true, Msg::ViewSummary) }
                        </Roving>
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
                            // Closed to its title: the first item is on screen at once, also on
                            // a phone; the reader opens it (never controlled: it would snap shut).
                            <details class="att-intro" hidden={set.description.is_none()}>
                                <summary>{ set.title.get(lang) }</summary>
                                <p>{ set.description.as_ref().map(|d| d.get(lang)).unwrap_or_default() }</p>
                            </details>
                            <Checklist set={props.set.clone()} catalogue={props.catalogue.clone()}
                                assessment={assessment.clone()} filter={*filter} {lang}
                                instance={props.instance.clone()} {on_action} />
                        }
                    </div>
                </div>
            </div>
            // What is done with a finished assessment comes after it.
            <Lazy<seam::Transfer> {lang} inner={TransferProps { set: props.set.clone(), sets: props.sets.clone(),
                assessment: assessment.clone(), name: entry.name.clone(), open: entry.id.clone(), lang,
                instance: props.instance.clone(), on_action: on_workspace.clone(),
                on_notice: props.on_notice.clone(), on_delivered: props.on_delivered.clone() }} />
        </div>
    }
}
