//! What connects the widget's state core (`ui::hub`) to everything that sends it actions: the
//! components (`Senders`, made once so their props compare equal), the host page's commands,
//! another tab's writes and the storage's later news.

use std::rc::Rc;

use yew::prelude::*;

use super::bridge::Command;
use super::hub::Hub;
use crate::core::export_format::ExportFormat;
use crate::core::i18n::Msg;
use crate::core::question_set::{Lang, QuestionSet};
use crate::core::widget::{Action, FileProblem, StorageNews};
use crate::web::files::FileError;
use crate::web::tabs::on_foreign_change;

/// What the components send, as actions to the hub.
#[derive(Clone)]
pub(super) struct Senders {
    pub on_notice: Callback<Msg>,
    pub on_delivered: Callback<(ExportFormat, String)>,
    pub on_restored: Callback<(Option<Lang>, Vec<QuestionSet>)>,
    pub on_file: Callback<Result<String, FileError>>,
    pub on_focus_out: Callback<FocusEvent>,
    pub on_lang: Callback<Lang>,
    pub on_open: Callback<crate::core::question_set::SetId>,
    pub on_role: Callback<crate::core::widget::Role>,
    pub on_skip_roles: Callback<()>,
    pub on_show_roles: Callback<()>,
}

impl Senders {
    pub fn new(hub: &Hub) -> Self {
        Senders {
            on_notice: hub.sender(Action::Notice),
            on_delivered: hub.sender(|(format, filename)| Action::Exported {
                format,
                filename,
                at: crate::web::clock::now_iso(),
            }),
            on_restored: hub.sender(|(lang, sets)| Action::Restored {
                lang,
                sets,
                at: crate::web::clock::now_iso(),
            }),
            on_file: hub.sender(|file: Result<String, FileError>| {
                Action::CustomSetFile(file.map_err(|e| match e {
                    FileError::TooLarge { bytes } => FileProblem::TooLarge { bytes },
                    FileError::Unreadable => FileProblem::Unreadable,
                }))
            }),
            on_focus_out: hub.sender(|_: FocusEvent| Action::LeftField),
            on_lang: hub.sender(Action::ChooseLang),
            on_open: hub.sender(Action::Open),
            on_role: hub.role_sender(),
            on_skip_roles: hub.sender(|_| Action::SkipRoles),
            on_show_roles: hub.sender(|_| Action::ShowRoles),
        }
    }
}

/// What reaches the widget from outside its components: the host page's commands, another
/// tab's writes (held back while the user types in a field here) and the storage's later news.
#[hook]
pub(super) fn use_host_and_storage(hub: &Rc<Hub>, root_ref: &NodeRef) {
    let (hub, root_ref) = (hub.clone(), root_ref.clone());
    use_effect_with((), move |_| {
        let to_hub = |hub: &Rc<Hub>| {
            let weak = Rc::downgrade(hub);
            move |a: Action| {
                if let Some(h) = weak.upgrade() {
                    h.dispatch(a);
                }
            }
        };
        let send = to_hub(&hub);
        hub.bridge().listen(Callback::from(move |c| {
            send(match c {
                Command::SetLang(l) => Action::ChooseLang(l),
                Command::Reload => Action::StateReplaced,
            })
        }));
        let send = to_hub(&hub);
        let guard = on_foreign_change(hub.store(), move || {
            send(Action::ForeignChange {
                typing: crate::web::dom::typing_in(&root_ref),
            })
        });
        let send = to_hub(&hub);
        let news = hub.store().subscribe(move |e| {
            use crate::web::db::Event;
            let news = match e {
                Event::Failed(err) => StorageNews::Failed(err.message()),
                Event::Newer => StorageNews::Newer,
                Event::WrittenBack => StorageNews::WrittenBack,
                Event::Recovered => StorageNews::Recovered,
                Event::ForeignChange => return,
            };
            send(Action::Storage(news));
        });
        move || {
            drop(guard);
            drop(news);
        }
    });
}
