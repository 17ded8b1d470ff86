//! Reads a batch file in the `att-reader` worker (encodings, delimiters, workbooks: see
//! `reader/src/lib.rs`), off the page's thread.

use att_reader::{Delimiter, Reply, Request};
use wasm_bindgen::JsValue;

use super::worker::{self, WorkerError};

/// The file's bytes read as a table, or why not. `delimiter`: the user's choice (`None`:
/// detected).
pub async fn read(bytes: &[u8], delimiter: Option<Delimiter>) -> Result<Reply, WorkerError> {
    let request = serde_json::to_string(&Request { delimiter }).unwrap_or_default();
    let array = js_sys::Uint8Array::from(bytes);
    let message = js_sys::Array::of2(&array, &JsValue::from_str(&request));
    // The bytes move to the worker rather than being copied.
    let transfer = js_sys::Array::of1(&array.buffer());
    let answer = worker::ask("reader", message.into(), Some(transfer), JsValue::is_string).await?;
    let json = answer.as_string().unwrap_or_default();
    serde_json::from_str(&json).map_err(|e| WorkerError::Refused(e.to_string()))
}
