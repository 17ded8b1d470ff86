//! What the "Your data" panel reads and writes: the full backup file to download, a picked
//! backup read and checked, a confirmed one written to storage, and whether the browser has
//! already been asked, unprompted, to keep the storage.

use crate::core::backup::{self, Context, Restored, MAX_BYTES};
use crate::core::builtin;
use crate::core::deliver::{Body, Deliverable};
use crate::core::export::ImportError;
use crate::core::i18n::Msg;
use crate::core::question_set::{Lang, QuestionSet};
use crate::core::rules::RuleSet;
use crate::core::widget::Key;
use crate::ui::bridge::Bridge;
use crate::ui::content::Content;
use crate::web::clock::now_iso;
use crate::web::files::{read_bytes, FileError};
use crate::web::storage::{StorageError, Store};
use crate::web::whole_state::{backup_file, work_summary, write_and_remount};

/// Whether the browser is to be asked now, unprompted, to keep the storage: once, ever, the
/// first time the work becomes substantial (`backup::SUBSTANTIAL`). When it is, the ask is
/// recorded before it is made.
pub fn claim_first_persist_ask(
    store: &Store,
    bridge: &Bridge,
    content: &Content,
    first_name: &str,
) -> bool {
    if store.get(&Key::PersistAsked).ok().flatten().is_some()
        || !work_summary(store, bridge, content, first_name).is_substantial()
    {
        return false;
    }
    let _ = store.set(&Key::PersistAsked, &now_iso());
    true
}

/// The full backup of this widget instance, named for today.
pub fn backup_download(
    store: &Store,
    bridge: &Bridge,
    content: &Content,
    lang: Lang,
    first_name: &str,
) -> Deliverable {
    let day: String = now_iso().chars().take(10).collect();
    Deliverable {
        filename: format!("att-diligence-backup-{day}.json"),
        mime: "application/json",
        body: Body::Text(backup_file(store, bridge, content, lang, first_name)),
    }
}

/// Reads a picked backup file and checks every part of it against the widget's content; why
/// it is refused, in the words shown under the file picker.
pub async fn read_backup(file: web_sys::File, content: &Content) -> Result<Restored, Msg> {
    let bytes = match read_bytes(file, MAX_BYTES).await {
        Ok(bytes) => bytes,
        Err(FileError::TooLarge { bytes }) => {
            let e = ImportError::TooLarge {
                bytes,
                limit: MAX_BYTES,
            };
            return Err(Msg::BackupFailed(backup::BackupError::File(e)));
        }
        Err(FileError::Unreadable) => return Err(Msg::FileUnreadable),
    };
    let sets: Vec<QuestionSet> = content.builtin.iter().map(|s| s.set.clone()).collect();
    let rules = builtin::rules().unwrap_or_else(|_| RuleSet {
        format: 1,
        rules: Vec::new(),
    });
    let cx = Context {
        sets: &sets,
        catalogue: &content.catalogue,
        rules: &rules,
        lists: &content.lists,
    };
    backup::read(&bytes, &cx).map_err(Msg::BackupFailed)
}

/// Writes a backup the user confirmed: the lists and jurisdictions (the screening module reads
/// them when it remounts), then the assessments and the register the way `setState` writes
/// them, and has the open module read storage again.
pub fn write_backup(
    store: &Store,
    bridge: &Bridge,
    content: &Content,
    first_name: &str,
    r: &Restored,
) -> Result<(), StorageError> {
    store
        .set(
            &Key::Lists,
            &serde_json::to_string(&r.lists).unwrap_or_default(),
        )
        .and_then(|()| store.set(&Key::Jurisdictions, &r.jurisdictions.encode()))
        .and_then(|()| {
            write_and_remount(
                store,
                bridge,
                content,
                first_name,
                Some(r.assessments.clone()),
                r.register.clone(),
            )
        })
}
