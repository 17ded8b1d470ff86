//! Asks the `att-xlsx` worker (fetched on first use, never with the widget) for a workbook.
//! The worker says "ready" before it is sent anything: a message posted before its module has
//! loaded would be lost.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::core::sheet::XlsxError;

thread_local! {
    /// Where the worker script is: given by the loader at mount (beside the widget's module, or
    /// a `blob:` URL in the single-file build).
    static WORKER_URL: RefCell<String> = RefCell::new("./att-xlsx.js".to_owned());
}

pub fn set_worker_url(url: &str) {
    WORKER_URL.with(|u| *u.borrow_mut() = url.to_owned());
}

/// The XLSX bytes for a workbook model (JSON, from `core::sheet`), or why there are none.
pub async fn workbook(model_json: String) -> Result<Vec<u8>, XlsxError> {
    let url = WORKER_URL.with(|u| u.borrow().clone());
    let worker =
        web_sys::Worker::new(&url).map_err(|e| XlsxError::Unavailable(format!("{e:?}")))?;
    // An error event: the script did not load, or the worker died (a trap, out of memory).
    let died = Rc::new(Cell::new(false));
    let w = worker.clone();
    let mut model = Some(model_json);
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let w2 = w.clone();
        let mut model = model.take();
        let reject_on_message = reject.clone();
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let data = e.data();
                if data.as_string().as_deref() == Some("ready") {
                    if let Some(json) = model.take() {
                        let _ = w2.post_message(&JsValue::from_str(&json));
                    }
                } else if data.is_instance_of::<js_sys::Uint8Array>() {
                    let _ = resolve.call1(&JsValue::NULL, &data);
                } else {
                    let _ = reject_on_message.call1(&JsValue::NULL, &data);
                }
            });
        w.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let (reject2, died) = (reject.clone(), died.clone());
        let on_error =
            Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
                died.set(true);
                let _ = reject2.call1(&JsValue::NULL, &JsValue::from_str(&e.message()));
            });
        w.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        // Owned by the worker from here on; it is terminated below, which ends them.
        on_message.forget();
        on_error.forget();
    });
    let result = JsFuture::from(promise).await;
    worker.terminate();
    match result {
        Ok(bytes) => Ok(js_sys::Uint8Array::new(&bytes).to_vec()),
        Err(e) => {
            let detail = e.as_string().unwrap_or_else(|| format!("{e:?}"));
            Err(if died.get() {
                XlsxError::Unavailable(detail)
            } else {
                XlsxError::from_worker(&detail)
            })
        }
    }
}
