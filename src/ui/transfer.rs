//! Export the open assessment in each format, and import one (JSON) with a preview before
//! anything changes.

use std::rc::Rc;

use yew::prelude::*;

use super::content::LoadedSet;
use super::delivery::use_delivery;
use super::problem::Problem;
use super::roving::{Kind, Roving};
use crate::core::assessment::Assessment;
use crate::core::deliver;
use crate::core::export::{self, import, ImportError, Imported, Integrity, MAX_IMPORT_BYTES};
use crate::core::export_format::ExportFormat;
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Lang, QuestionSet};
use crate::core::workspace::{AssessmentId, WorkspaceAction};
use crate::web::files::{read_bytes, FileError};

#[derive(Properties, PartialEq, Clone)]
pub struct TransferProps {
    pub set: Rc<LoadedSet>,
    /// Every set the widget has, to recognise an imported file's.
    pub sets: Rc<Vec<QuestionSet>>,
    pub assessment: Rc<Assessment>,
    pub name: String,
    pub open: AssessmentId,
    pub lang: Lang,
    pub instance: AttrValue,
    pub on_action: Callback<WorkspaceAction>,
    pub on_notice: Callback<Msg>,
    /// Told of every file handed to the user (the embedding page hears of it).
    pub on_delivered: Callback<(ExportFormat, String)>,
}

#[component]
pub fn Transfer(props: &TransferProps) -> Html {
    let lang = props.lang;
    let pending = use_state(|| None::<Rc<Imported>>);
    // Why the last file picked was refused; cleared when another is picked.
    let failed = use_state(|| None::<Msg>);
    let delivery = use_delivery(&props.on_delivered, &props.on_notice);
    let buttons = ExportFormat::ALL.iter().map(|&format| {
        let (a, name, set) = (props.assessment.clone(), props.name.clone(), props.set.clone());
        let onclick = delivery.callback(move || Some((deliver::assessment(format, &name, &a, &set.set, lang), format)));
        html! { <button type="button" data-format={crate::core::embed::format_name(format)} {onclick}>{ text(lang, &Msg::ExportFormat(format)) }</button> }
    });
    let input_id = format!("{}-import", props.instance);
    let onchange = {
        let (pending, failed, sets) = (pending.clone(), failed.clone(), props.sets.clone());
        Callback::from(move |e: Event| {
            let Some(file) = crate::web::files::take_picked(&e) else {
                return;
            };
            // A new file: what was said of the previous one (its preview, its error) goes.
            pending.set(None);
            failed.set(None);
            let (pending, failed, sets) = (pending.clone(), failed.clone(), sets.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = match read_bytes(file, MAX_IMPORT_BYTES).await {
                    Ok(bytes) => import(&bytes, &sets),
                    Err(FileError::TooLarge { bytes }) => Err(ImportError::TooLarge {
                        bytes,
                        limit: MAX_IMPORT_BYTES,
                    }),
                    Err(FileError::Unreadable) => return failed.set(Some(Msg::FileUnreadable)),
                };
                match result {
                    Ok(i) => pending.set(Some(Rc::new(i))),
                    Err(e) => failed.set(Some(Msg::ImportFailed(e))),
                }
            });
        })
    };
    let preview = pending.as_ref().map(|i| {
        let total = props.sets.iter().find(|s| s.id == i.assessment.set_id).map_or(0, |s| s.items().count());
        let answered = props.sets.iter().find(|s| s.id == i.assessment.set_id).map_or(0, |s| i.assessment.progress(s).answered);
        let apply = |replace: Option<AssessmentId>| {
            let (i, pending, on_action, on_notice) = (i.clone(), pending.clone(), props.on_action.clone(), props.on_notice.clone());
            Callback::from(move |_: MouseEvent| {
                // A file from version 0.1 carries no name: a new entry gets one the user can
                // see; a replaced one keeps its own (the core keeps it for an empty name).
                let shown = if i.name.trim().is_empty() { text(lang, &Msg::ImportedName) } else { i.name.clone() };
                let name = if replace.is_none() { shown.clone() } else { i.name.clone() };
                on_action.emit(WorkspaceAction::Import { name, assessment: i.assessment.clone(), replace: replace.clone() });
                on_notice.emit(Msg::ImportDone(shown));
                pending.set(None);
            })
        };
        let cancel = { let pending = pending.clone(); Callback::from(move |_: MouseEvent| pending.set(None)) };
        let same_set = i.assessment.set_id == props.set.set.id;
        html! {
            <div class={classes!("att-panel", "att-import-preview", (i.integrity == Integrity::Altered).then_some("att-warning"))}
                role="region" aria-label={text(lang, &Msg::Import)}>
                <p>{ text(lang, &Msg::ImportPreview { name: i.name.clone(), organisation: i.assessment.details.organisation.clone(), answered, total }) }</p>
                <p class="att-integrity" data-integrity={i.integrity.token()}>{ text(lang, &Msg::ImportIntegrity(i.integrity)) }</p>
                <p hidden={!i.set_content_differs}>{ text(lang, &Msg::ImportSetDiffers) }</p>
                <p hidden={i.from_format == export::FORMAT}>{ text(lang, &Msg::ImportMigrated(i.from_format)) }</p>
                <button type="button" class="att-primary" onclick={apply(None)}>{ text(lang, &Msg::ImportAsNew) }</button>
                <button type="button" hidden={!same_set} onclick={apply(Some(props.open.clone()))}>{ text(lang, &Msg::ImportReplace) }</button>
                <button type="button" onclick={cancel}>{ text(lang, &Msg::Cancel) }</button>
            </div>
        }
    });
    html! {
        <div class="att-transfer">
            <Roving kind={Kind::Toolbar} class="att-export" label={text(lang, &Msg::ExportAs)}>
                <span class="att-label">{ text(lang, &Msg::ExportAs) }</span>
                { for buttons }
            </Roving>
            { delivery.problem(lang) }
            <div class="att-field att-import">
                <label for={input_id.clone()}>{ text(lang, &Msg::Import) }</label>
                <input type="file" id={input_id} accept="application/json,.json" {onchange} />
                <Problem {lang} msg={(*failed).clone()} />
            </div>
            <div class="att-preview-slot">{ preview }</div>
        </div>
    }
}
