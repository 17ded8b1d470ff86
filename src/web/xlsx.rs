//! Asks the `att-xlsx` worker (fetched on first use, never with the widget) for a workbook.

use wasm_bindgen::prelude::*;

use super::worker::{self, WorkerError};
use crate::core::xlsx_error::XlsxError;

/// The XLSX bytes for a workbook model (JSON, from `core::sheet`), or why there are none.
pub async fn workbook(model_json: String) -> Result<Vec<u8>, XlsxError> {
    let is_workbook = |v: &JsValue| v.is_instance_of::<js_sys::Uint8Array>();
    match worker::ask("xlsx", JsValue::from_str(&model_json), None, is_workbook).await {
        Ok(bytes) => Ok(js_sys::Uint8Array::new(&bytes).to_vec()),
        // The script did not load, or the worker died (a trap, out of memory).
        Err(WorkerError::Failed(detail)) => Err(XlsxError::Unavailable(detail)),
        Err(WorkerError::TimedOut(detail)) => Err(XlsxError::TimedOut(detail)),
        Err(WorkerError::Blocked(detail)) => Err(XlsxError::Blocked(detail)),
        // It answered with its reason for refusing the model.
        Err(WorkerError::Refused(detail)) => Err(XlsxError::from_worker(&detail)),
    }
}
