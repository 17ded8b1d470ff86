//! The register's export buttons and its import picker, under the register.

use yew::prelude::*;

use super::delivery::use_delivery;
use super::problem::Problem;
use super::roving::{Kind, Roving};
use crate::core::deliver::{Deliverable, REGISTER_FORMATS};
use crate::core::embed::format_name;
use crate::core::export::ImportError;
use crate::core::export_format::ExportFormat;
use crate::core::i18n::{text, Msg};
use crate::core::question_set::Lang;
use crate::core::register_export::MAX_IMPORT_BYTES;
use crate::web::files::{read_bytes, FileError};

#[derive(Properties, PartialEq)]
pub struct TransferProps {
    pub lang: Lang,
    pub instance: AttrValue,
    /// The register as a file of this format (none: nothing to export in it).
    pub export: Callback<ExportFormat, Option<Deliverable>>,
    /// A register file's bytes added to the register; why it was refused, if it was.
    pub import: Callback<Vec<u8>, Option<Msg>>,
    pub on_notice: Callback<Msg>,
    pub on_delivered: Callback<(ExportFormat, String)>,
}

#[component]
pub fn RegisterTransfer(props: &TransferProps) -> Html {
    let lang = props.lang;
    let delivery = use_delivery(&props.on_delivered, &props.on_notice);
    // Why the last register file picked was refused; cleared when another is picked.
    let import_failed = use_state(|| None::<Msg>);
    let export = |format: ExportFormat| {
        let export = props.export.clone();
        delivery.callback(move || export.emit(format).map(|file| (file, format)))
    };
    let on_import = {
        let (import, failed) = (props.import.clone(), import_failed.clone());
        Callback::from(move |e: Event| {
            let Some(file) = crate::web::files::take_picked(&e) else {
                return;
            };
            failed.set(None);
            let (import, failed) = (import.clone(), failed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match read_bytes(file, MAX_IMPORT_BYTES).await {
                    Ok(bytes) => failed.set(import.emit(bytes)),
                    Err(FileError::TooLarge { bytes }) => {
                        let limit = MAX_IMPORT_BYTES;
                        let e = ImportError::TooLarge { bytes, limit };
                        failed.set(Some(Msg::ImportFailed(e)));
                    }
                    Err(FileError::Unreadable) => failed.set(Some(Msg::FileUnreadable)),
                }
            });
        })
    };
    let import_id = format!("{}-register-import", props.instance);
    html! {
        <div class="att-transfer">
            <Roving kind={Kind::Toolbar} class="att-export" label={text(lang, &Msg::ExportAs)}>
                <span class="att-label">{ text(lang, &Msg::ExportAs) }</span>
                { for REGISTER_FORMATS.iter().map(|&f| html! {
                    <button type="button" data-format={format_name(f)} onclick={export(f)}>{ text(lang, &Msg::ExportFormat(f)) }</button>
                }) }
            </Roving>
            { delivery.problem(lang) }
            <div class="att-field att-import">
                <label for={import_id.clone()}>{ text(lang, &Msg::ImportRegister) }</label>
                <input type="file" id={import_id} accept="application/json,.json" onchange={on_import} />
                <Problem {lang} msg={(*import_failed).clone()} />
            </div>
        </div>
    }
}
