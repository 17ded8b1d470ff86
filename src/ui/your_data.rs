//! "Your data": a full backup to download, a backup to restore (with a preview, nothing
//! written until the user confirms), whether the browser keeps the storage and how much it
//! holds, and when the work was last saved to a file.

use std::rc::Rc;

use yew::prelude::*;

use super::bridge::Bridge;
use super::content::Content;
use super::problem::Problem;
use super::restore::{backup_file, work_summary, write_and_remount};
use crate::core::backup::MAX_BYTES;
use crate::core::backup::{self, Context, Persistence, Restored};
use crate::core::builtin;
use crate::core::deliver::{Body, Deliverable};
use crate::core::export::{ImportError, Integrity};
use crate::core::export_format::ExportFormat;
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Lang, QuestionSet};
use crate::core::widget::Key;
use crate::web::clock::now_iso;
use crate::web::download::deliver_file;
use crate::web::files::{read_bytes, FileError};
use crate::web::storage::Store;
use crate::web::{intl, keep};

/// Set once the browser has been asked automatically, so it is asked once, ever.

#[derive(Properties)]
pub struct YourDataProps {
    pub lang: Lang,
    pub instance: AttrValue,
    pub store: Rc<Store>,
    pub bridge: Rc<Bridge>,
    pub content: Rc<Content>,
    /// When a backup or an export was last downloaded (ISO 8601).
    pub last_backup: Option<String>,
    pub on_notice: Callback<Msg>,
    pub on_delivered: Callback<(ExportFormat, String)>,
    /// A backup was written to storage: its language and custom sets, for the widget to show.
    pub on_restored: Callback<(Option<Lang>, Vec<QuestionSet>)>,
}

impl PartialEq for YourDataProps {
    fn eq(&self, o: &Self) -> bool {
        (self.lang, &self.instance, &self.last_backup) == (o.lang, &o.instance, &o.last_backup)
            && Rc::ptr_eq(&self.content, &o.content)
            && Rc::ptr_eq(&self.bridge, &o.bridge)
            && self.store == o.store
    }
}

#[component]
pub fn YourData(props: &YourDataProps) -> Html {
    let lang = props.lang;
    let first_name = text(lang, &Msg::AssessmentNumber(1));
    let pending = use_state(|| None::<Rc<Restored>>);
    // Why the last backup picked was refused; cleared when another is picked.
    let failed = use_state(|| None::<Msg>);
    let persistence = use_state(|| None::<Persistence>);
    let usage = use_state(|| None::<(u64, u64)>);
    let summary = {
        let (s, b, c, n) = (
            props.store.clone(),
            props.bridge.clone(),
            props.content.clone(),
            first_name.clone(),
        );
        use_state(move || work_summary(&s, &b, &c, &n))
    };
    let refresh = {
        let (s, b, c, n) = (
            props.store.clone(),
            props.bridge.clone(),
            props.content.clone(),
            first_name.clone(),
        );
        let (summary, persistence, usage) = (summary.clone(), persistence.clone(), usage.clone());
        Callback::from(move |_: ()| {
            summary.set(work_summary(&s, &b, &c, &n));
            let (persistence, usage) = (persistence.clone(), usage.clone());
            wasm_bindgen_futures::spawn_local(async move {
                persistence.set(Some(keep::persisted().await));
                usage.set(keep::estimate().await);
            });
        })
    };
    {
        // Once, when the widget opens: the reminder as a notice, if the work is due one.
        let (on_notice, summary, last) = (
            props.on_notice.clone(),
            summary.clone(),
            props.last_backup.clone(),
        );
        use_effect_with((), move |_| {
            if backup::reminder(last.as_deref(), &now_iso(), &summary).notice {
                on_notice.emit(Msg::BackupReminder);
            }
        });
    }
    {
        // The browser is asked to keep the data, unprompted, once: the first time the work
        // becomes substantial (`backup::SUBSTANTIAL`), never at page load.
        let (s, b, c, n, persistence) = (
            props.store.clone(),
            props.bridge.clone(),
            props.content.clone(),
            first_name.clone(),
            persistence.clone(),
        );
        use_effect_with((), move |_| {
            let bridge = b.clone();
            b.watch_changes(Callback::from(move |()| {
                if s.get(&Key::PersistAsked).ok().flatten().is_some()
                    || !work_summary(&s, &bridge, &c, &n).is_substantial()
                {
                    return;
                }
                let _ = s.set(&Key::PersistAsked, &now_iso());
                let persistence = persistence.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    persistence.set(Some(keep::persist().await))
                });
            }));
        });
    }
    let ontoggle = {
        let refresh = refresh.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            if details.open() {
                refresh.emit(());
            }
        })
    };
    let download = {
        let (s, b, c, n) = (
            props.store.clone(),
            props.bridge.clone(),
            props.content.clone(),
            first_name.clone(),
        );
        let (on_delivered, on_notice) = (props.on_delivered.clone(), props.on_notice.clone());
        Callback::from(move |_: MouseEvent| {
            let day: String = now_iso().chars().take(10).collect();
            let file = Deliverable {
                filename: format!("att-diligence-backup-{day}.json"),
                mime: "application/json",
                body: Body::Text(backup_file(&s, &b, &c, lang, &n)),
            };
            deliver_file(file, ExportFormat::Json, &on_delivered, &on_notice);
        })
    };
    let onchange = {
        let (pending, failed, content) = (pending.clone(), failed.clone(), props.content.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            // A new file: the previous one's preview and error go.
            pending.set(None);
            failed.set(None);
            let (pending, failed, content) = (pending.clone(), failed.clone(), content.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let bytes = match read_bytes(file, MAX_BYTES).await {
                    Ok(bytes) => bytes,
                    Err(FileError::TooLarge { bytes }) => {
                        let e = ImportError::TooLarge {
                            bytes,
                            limit: MAX_BYTES,
                        };
                        return failed.set(Some(Msg::BackupFailed(backup::BackupError::File(e))));
                    }
                    Err(FileError::Unreadable) => return failed.set(Some(Msg::FileUnreadable)),
                };
                let sets: Vec<QuestionSet> =
                    content.builtin.iter().map(|s| s.set.clone()).collect();
                let rules = builtin::rules().unwrap_or_else(|_| crate::core::rules::RuleSet {
                    format: 1,
                    rules: Vec::new(),
                });
                let cx = Context {
                    sets: &sets,
                    catalogue: &content.catalogue,
                    rules: &rules,
                    lists: &content.lists,
                };
                match backup::read(&bytes, &cx) {
                    Ok(r) => pending.set(Some(Rc::new(r))),
                    Err(e) => failed.set(Some(Msg::BackupFailed(e))),
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
            first_name.clone(),
        );
        let (on_notice, on_restored, refresh) = (
            props.on_notice.clone(),
            props.on_restored.clone(),
            refresh.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(r) = (*pending).clone() else { return };
            pending.set(None);
            // The screening module reads the lists and jurisdictions when it remounts; the
            // assessments and the register go the way `setState` writes them.
            let written = s
                .set(
                    &Key::Lists,
                    &serde_json::to_string(&r.lists).unwrap_or_default(),
                )
                .and_then(|()| s.set(&Key::Jurisdictions, &r.jurisdictions.encode()))
                .and_then(|()| {
                    write_and_remount(
                        &s,
                        &b,
                        &c,
                        &n,
                        Some(r.assessments.clone()),
                        r.register.clone(),
                    )
                });
            if written.is_err() {
                return on_notice.emit(Msg::StorageFull);
            }
            on_restored.emit((r.lang, r.custom_sets.clone()));
            on_notice.emit(Msg::BackupRestored {
                assessments: r.assessments.len(),
                shipments: r.shipments(),
            });
            refresh.emit(());
        })
    };
    let cancel = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };
    let ask = {
        let persistence = persistence.clone();
        Callback::from(move |_: MouseEvent| {
            let persistence = persistence.clone();
            wasm_bindgen_futures::spawn_local(async move {
                persistence.set(Some(keep::persist().await))
            });
        })
    };

    let due = backup::reminder(props.last_backup.as_deref(), &now_iso(), &summary).panel;
    let last = props
        .last_backup
        .as_ref()
        .map(|iso| intl::date(lang, &iso.chars().take(10).collect::<String>()));
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
        <details class="att-your-data" {ontoggle}>
            <summary>{ text(lang, &Msg::YourData) }</summary>
            <p>{ text(lang, &Msg::YourDataIntro) }</p>
            <p class="att-reminder" role="note" hidden={!due}>{ text(lang, &Msg::BackupReminder) }</p>
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
            <p class="att-persistence" hidden={persistence.is_none()}>{ persistence.map(|p| text(lang, &Msg::Persistence(p))).unwrap_or_default() }</p>
            <button type="button" class="att-persist" hidden={*persistence != Some(Persistence::NotGranted)} onclick={ask}>{ text(lang, &Msg::PersistAsk) }</button>
            <p class="att-usage" hidden={usage.is_none()}>{ usage.map(|(used, quota)| text(lang, &Msg::StorageUsage { used, quota })).unwrap_or_default() }</p>
            <p class="att-last-backup">{ text(lang, &Msg::LastBackup(last)) }</p>
        </details>
    }
}
