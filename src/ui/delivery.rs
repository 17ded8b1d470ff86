//! Exports asked for from a group of buttons: a workbook that could not be written is told
//! beside those buttons, where the user is looking, with a button that tries it again when a
//! second attempt may pass (the writer did not load or start in time). Every other notice
//! (texts cut to fit cells) goes to the widget's notice as before.

use std::rc::Rc;

use yew::prelude::*;

use super::problem::Problem;
use crate::core::deliver::{Body, Deliverable};
use crate::core::export_format::ExportFormat;
use crate::core::i18n::Msg;
use crate::core::question_set::Lang;
use crate::web::download::deliver_file;

#[derive(Clone, PartialEq)]
struct Failed {
    msg: Msg,
    /// What to deliver again; `None` when trying again would fail the same way.
    retry: Option<(Rc<Deliverable>, ExportFormat)>,
}

pub struct Delivery {
    failed: UseStateHandle<Option<Failed>>,
    on_delivered: Callback<(ExportFormat, String)>,
    on_notice: Callback<Msg>,
}

#[hook]
pub fn use_delivery(
    on_delivered: &Callback<(ExportFormat, String)>,
    on_notice: &Callback<Msg>,
) -> Delivery {
    Delivery {
        failed: use_state(|| None),
        on_delivered: on_delivered.clone(),
        on_notice: on_notice.clone(),
    }
}

fn deliver(
    file: Deliverable,
    format: ExportFormat,
    failed: UseStateHandle<Option<Failed>>,
    on_delivered: &Callback<(ExportFormat, String)>,
    on_notice: &Callback<Msg>,
) {
    failed.set(None);
    // Kept only for a workbook: the one export that can fail after the click.
    let kept = matches!(file.body, Body::WorkbookModel { .. }).then(|| Rc::new(file.clone()));
    let on_notice = {
        let on_notice = on_notice.clone();
        Callback::from(move |msg: Msg| match msg {
            Msg::XlsxFailed(e) => {
                let retry = kept.clone().filter(|_| e.retryable()).map(|f| (f, format));
                failed.set(Some(Failed {
                    msg: Msg::XlsxFailed(e),
                    retry,
                }));
            }
            msg => on_notice.emit(msg),
        })
    };
    deliver_file(file, format, on_delivered, &on_notice);
}

impl Delivery {
    /// Hands `file` to the user (`web::download::deliver_file`).
    pub fn callback(
        &self,
        file: impl Fn() -> Option<(Deliverable, ExportFormat)> + 'static,
    ) -> Callback<MouseEvent> {
        let (failed, on_delivered, on_notice) = (
            self.failed.clone(),
            self.on_delivered.clone(),
            self.on_notice.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if let Some((file, format)) = file() {
                deliver(file, format, failed.clone(), &on_delivered, &on_notice);
            }
        })
    }

    /// Why the last workbook was not written, and its retry: always in the tree (hidden when
    /// there is nothing to tell), so it is a live region before its message arrives.
    pub fn problem(&self, lang: Lang) -> Html {
        let failed = (*self.failed).clone();
        let on_retry = failed
            .as_ref()
            .and_then(|f| f.retry.clone())
            .map(|(file, format)| {
                let (failed, on_delivered, on_notice) = (
                    self.failed.clone(),
                    self.on_delivered.clone(),
                    self.on_notice.clone(),
                );
                Callback::from(move |_: MouseEvent| {
                    deliver(
                        (*file).clone(),
                        format,
                        failed.clone(),
                        &on_delivered,
                        &on_notice,
                    )
                })
            });
        html! {
            <div class="att-export-problem">
                <Problem {lang} msg={failed.map(|f| f.msg)} {on_retry} />
            </div>
        }
    }
}
