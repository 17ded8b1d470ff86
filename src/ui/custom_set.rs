//! The control that loads a user's own question set from a JSON file.

use yew::prelude::*;

use crate::core::custom::MAX_BYTES;
use crate::core::i18n::{text, Msg};
use crate::core::question_set::Lang;
use crate::web::files::{read_text, FileError};

#[derive(Properties, PartialEq)]
pub struct CustomSetPickerProps {
    pub lang: Lang,
    pub instance: AttrValue,
    /// The file's text, or why it could not be read.
    pub on_file: Callback<Result<String, FileError>>,
}

#[component]
pub fn CustomSetPicker(props: &CustomSetPickerProps) -> Html {
    let id = format!("{}-custom-set", props.instance);
    let onchange = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: Event| {
            let Some(file) = crate::web::files::take_picked(&e) else {
                return;
            };
            let on_file = on_file.clone();
            wasm_bindgen_futures::spawn_local(async move {
                on_file.emit(read_text(file, MAX_BYTES).await);
            });
        })
    };
    html! {
        <div class="att-custom">
            <label for={id.clone()}>{ text(props.lang, &Msg::CustomSetLoad) }</label>
            <input type="file" {id} accept="application/json,.json" {onchange} />
        </div>
    }
}
