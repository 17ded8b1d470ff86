//! The backup part of "Your data": the full backup to download, and a backup to restore, with
//! a preview of what it holds; nothing is written until the user confirms.

use std::rc::Rc;

use yew::prelude::*;

use super::bridge::Bridge;
use super::content::Content;
use super::problem::Problem;
use crate::core::backup::Restored;
use crate::core::export::Integrity;
use crate::core::export_format::ExportFormat;
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Lang, QuestionSet};
use crate::web::download::deliver_file;
use crate::web::storage::Store;
use crate::web::your_data::{backup_download, read_backup, write_backup};

#[derive(Properties)]
pub struct BackupProps {
    pub lang: Lang,
    pub instance: AttrValue,
    pub store: Rc<Store>,
    pub bridge: Rc<Bridge>,
    pub content: Rc<Content>,
    pub on_notice: Callback<Msg>,
    pub on_delivered: Callback<(ExportFormat, String)>,
    pub on_restored: Callback<(Option<Lang>, Vec<QuestionSet>)>,
    /// A backup was written: what the panel shows of the work is to be read again.
    pub on_written: Callback<()>,
}

impl PartialEq for BackupProps {
    fn eq(&self, o: &Self) -> bool {
        (self.lang, &self.instance) == (o.lang, &o.instance)
            && Rc::ptr_eq(&self.content, &o.content)
            && Rc::ptr_eq(&self.bridge, &o.bridge)
            && self.store == o.store
            && (&self.on_notice, &self.on_delivered) == (&o.on_notice, &o.on_delivered)
            && (&self.on_restored, &self.on_written) == (&o.on_restored, &o.on_written)
    }
}

#[component]
pub fn BackupControls(props: &BackupProps) -> Html {
    let lang = props.lang;
    let first_name = text(lang, &Msg::AssessmentNumber(1));
    let pending = use_state(|| None::<Rc<Restored>>);
    // Why the last backup picked was refused; cleared when another is picked.
    let failed = use_state(|| None::<Msg>);
    let download = {
        let (s, b, c, n) = (
            props.store.clone(),
            props.bridge.clone(),
            props.content.clone(),
            first_name.clone(),
        );
        let (on_delivered, on_notice) = (props.on_delivered.clone(), props.on_notice.clone());
        Callback::from(move |_: MouseEvent| {
            let file = backup_download(&s, &b, &c, lang, &n);
            deliver_file(file, ExportFormat::Json, &on_delivered, &on_notice);
        })
    };
    let onchange = {
        let (pending, failed, content) = (pending.clone(), failed.clone(), props.content.clone());
        Callback::from(move |e: Event| {
            let Some(file) = crate::web::files::take_picked(&e) else {
                return;
            };
            // A new file: the previous one's preview and error go.
            pending.set(None);
            failed.set(None);
            let (pending, failed, content) = (pending.clone(), failed.clone(), content.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match read_backup(file, &content).await {
                    Ok(r) => pending.set(Some(Rc::new(r))),
                    Err(msg) => failed.set(Some(msg)),
                }
            });
        })
    };
    let confirm = {
        let (pending, s, b, c, n) = (
            pending.clone(),
            props.store.clone(),
            props.bridge.clone(),
            props.content.clone(),
            first_name,
        );
        let (on_notice, on_restored, on_written) = (
            props.on_notice.clone(),
            props.on_restored.clone(),
            props.on_written.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(r) = (*pending).clone() else { return };
            pending.set(None);
            if write_backup(&s, &b, &c, &n, &r).is_err() {
                return on_notice.emit(Msg::StorageFull);
            }
            on_restored.emit((r.lang, r.custom_sets.clone()));
            on_notice.emit(Msg::BackupRestored {
                assessments: r.assessments.len(),
                shipments: r.shipments(),
            });
            on_written.emit(());
        })
    };
    let cancel = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };

    let preview = pending.as_ref().map(|r| {
        let holds = Msg::BackupPreview {
            assessments: r.assessments.len(),
            shipments: r.shipments(),
            custom_sets: r.custom_sets.len(),
        };
        (text(lang, &holds), r.integrity)
    });
    let (holds, integrity) = preview.unwrap_or((String::new(), Integrity::Intact));
    let input_id = format!("{}-restore", props.instance);
    html! {
        <>
            <div class="att-backup">
                <button type="button" class="att-backup-download" onclick={download}>{ text(lang, &Msg::BackupDownload) }</button>
                <div class="att-field att-backup-restore">
                    <label for={input_id.clone()}>{ text(lang, &Msg::BackupRestore) }</label>
                    <input type="file" id={input_id} accept="application/json,.json" {onchange} />
                    <Problem {lang} msg={(*failed).clone()} />
                </div>
            </div>
            <div class={classes!("att-panel", "att-backup-preview", (integrity == Integrity::Altered).then_some("att-warning"))}
                role="region" aria-label={text(lang, &Msg::BackupRestore)} hidden={pending.is_none()}>
                <p class="att-backup-holds">{ holds }</p>
                <p class="att-integrity" data-integrity={integrity.token()}>{ text(lang, &Msg::ImportIntegrity(integrity)) }</p>
                <button type="button" class="att-primary" onclick={confirm}>{ text(lang, &Msg::BackupConfirm) }</button>
                <button type="button" onclick={cancel}>{ text(lang, &Msg::Cancel) }</button>
            </div>
        </>
    }
}
