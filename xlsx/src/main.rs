//! The XLSX writer, as a web worker of its own: rust_xlsxwriter is about 200 KB compressed, so
//! it is fetched only when a user asks for a workbook, never with the widget.
//!
//! Protocol: the worker posts `"ready"` once it runs (messages sent before that would be lost);
//! it then takes one message, a JSON sheet model (`core::sheet` in the widget), and answers with
//! the workbook's bytes (`Uint8Array`) or an error string `"<kind>: <detail>"`, `kind` being
//! `rows` (more rows than a worksheet holds) or `failed` (`core::sheet::XlsxError::from_worker`
//! reads it).

#[cfg(target_arch = "wasm32")]
mod worker {
    use rust_xlsxwriter::{Format, Workbook, XlsxError};
    use serde::Deserialize;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    #[derive(Deserialize)]
    struct Sheet {
        name: String,
        #[serde(default)]
        right_to_left: bool,
        rows: Vec<Vec<String>>,
    }

    #[derive(Deserialize)]
    struct Model {
        sheets: Vec<Sheet>,
    }

    /// Excel holds at most 32,767 UTF-16 code units in a cell. The widget's model is already
    /// cut to fit (and says whose was cut); this is a safety net, cutting between characters.
    fn fit(cell: &str) -> std::borrow::Cow<'_, str> {
        const MAX: usize = 32_767;
        if cell.len() <= MAX || cell.encode_utf16().count() <= MAX {
            return cell.into();
        }
        let mut used = 1; // the '…'
        let mut cut: String = cell
            .chars()
            .take_while(|c| {
                used += c.len_utf16();
                used <= MAX
            })
            .collect();
        cut.push('…');
        cut.into()
    }

    /// The error answer for the widget: its kind, then the writer's own words.
    fn failed(e: XlsxError) -> String {
        match e {
            XlsxError::RowColumnLimitError => format!("rows: {e}"),
            e => format!("failed: {e}"),
        }
    }

    fn workbook(json: &str) -> Result<Vec<u8>, String> {
        let model: Model = serde_json::from_str(json).map_err(|e| format!("failed: {e}"))?;
        let mut book = Workbook::new();
        let bold = Format::new().set_bold();
        for sheet in &model.sheets {
            let ws = book.add_worksheet();
            ws.set_name(&sheet.name).map_err(failed)?;
            ws.set_right_to_left(sheet.right_to_left);
            for (r, row) in sheet.rows.iter().enumerate() {
                for (c, cell) in row.iter().enumerate() {
                    let (r, c) = (r as u32, c as u16);
                    let fitted = fit(cell);
                    let cell: &str = &fitted;
                    // Always a string cell: a user's "=..." is text, never a formula.
                    let written = if r == 0 {
                        ws.write_string_with_format(r, c, cell, &bold)
                    } else {
                        ws.write_string(r, c, cell)
                    };
                    written.map_err(failed)?;
                }
            }
            ws.autofit();
        }
        book.save_to_buffer().map_err(failed)
    }

    pub fn start() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let reply = scope.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let answer: JsValue = match e.data().as_string().ok_or("failed: expected a JSON string")
            {
                Ok(json) => match workbook(&json) {
                    Ok(bytes) => js_sys::Uint8Array::from(bytes.as_slice()).into(),
                    Err(message) => JsValue::from_str(&message),
                },
                Err(message) => JsValue::from_str(message),
            };
            let _ = reply.post_message(&answer);
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The worker lives as long as its page: the handler must too.
        on_message.forget();
        let _ = scope.post_message(&JsValue::from_str("ready"));
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    worker::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("att-xlsx is a web worker: it runs in the browser.");
}
