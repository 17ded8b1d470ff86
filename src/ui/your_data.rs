//! "Your data": a full backup to download, a backup to restore (`backup`: with a preview,
//! nothing written until the user confirms), whether the browser keeps the storage and how
//! much it holds, and when the work was last saved to a file.

use std::rc::Rc;

use yew::prelude::*;

use super::backup::BackupControls;
use super::bridge::Bridge;
use super::content::Content;
use crate::core::backup::{self, Persistence};
use crate::core::export_format::ExportFormat;
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Lang, QuestionSet};
use crate::web::clock::now_iso;
use crate::web::storage::Store;
use crate::web::whole_state::work_summary;
use crate::web::your_data::claim_first_persist_ask;
use crate::web::{intl, keep};

#[derive(Properties, Clone)]
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

/// Asks the browser to keep the storage, and shows its answer in `persistence`.
fn ask_persist(persistence: UseStateHandle<Option<Persistence>>) {
    wasm_bindgen_futures::spawn_local(async move { persistence.set(Some(keep::persist().await)) });
}

#[component]
pub fn YourData(props: &YourDataProps) -> Html {
    let lang = props.lang;
    let first_name = text(lang, &Msg::AssessmentNumber(1));
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
            first_name,
            persistence.clone(),
        );
        use_effect_with((), move |_| {
            let bridge = b.clone();
            b.watch_changes(Callback::from(move |()| {
                if claim_first_persist_ask(&s, &bridge, &c, &n) {
                    ask_persist(persistence.clone());
                }
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
    let ask = {
        let persistence = persistence.clone();
        Callback::from(move |_: MouseEvent| ask_persist(persistence.clone()))
    };

    let due = backup::reminder(props.last_backup.as_deref(), &now_iso(), &summary).panel;
    let last = props
        .last_backup
        .as_ref()
        .map(|iso| intl::date(lang, &iso.chars().take(10).collect::<String>()));
    html! {
        <details class="att-your-data" {ontoggle}>
            <summary>{ text(lang, &Msg::YourData) }</summary>
            <p>{ text(lang, &Msg::YourDataIntro) }</p>
            <p class="att-reminder" role="note" hidden={!due}>{ text(lang, &Msg::BackupReminder) }</p>
            <BackupControls {lang} instance={props.instance.clone()} store={props.store.clone()}
                bridge={props.bridge.clone()} content={props.content.clone()}
                on_notice={props.on_notice.clone()} on_delivered={props.on_delivered.clone()}
                on_restored={props.on_restored.clone()} on_written={refresh} />
            <p class="att-persistence" hidden={persistence.is_none()}>{ persistence.map(|p| text(lang, &Msg::Persistence(p))).unwrap_or_default() }</p>
            <button type="button" class="att-persist" hidden={*persistence != Some(Persistence::NotGranted)} onclick={ask}>{ text(lang, &Msg::PersistAsk) }</button>
            <p class="att-usage" hidden={usage.is_none()}>{ usage.map(|(used, quota)| text(lang, &Msg::StorageUsage { used, quota })).unwrap_or_default() }</p>
            <p class="att-last-backup">{ text(lang, &Msg::LastBackup(last)) }</p>
        </details>
    }
}
