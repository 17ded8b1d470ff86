//! The widget's web workers, each fetched on first use, never with the widget: `att-xlsx`
//! (writes workbooks) and `att-reader` (reads batch files). Each is asked one question and
//! terminated. A worker says "ready" before it is sent anything: a message posted before its
//! module has loaded would be lost.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// Gives a worker's script URL by name: beside the widget's module, or a `blob:` URL in
    /// the single-file build. Set by the loader at mount.
    static LOCATE: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

pub fn set_locator(locate: js_sys::Function) {
    LOCATE.with(|l| *l.borrow_mut() = Some(locate));
}

/// The script URL of worker `name` (`xlsx`, `reader`): the loader's answer, else the file
/// beside the page (tests that mount without a loader).
pub fn url(name: &str) -> String {
    LOCATE
        .with(|l| {
            l.borrow()
                .as_ref()
                .and_then(|f| f.call1(&JsValue::NULL, &JsValue::from_str(name)).ok())
                .and_then(|v| v.as_string())
        })
        .unwrap_or_else(|| format!("./att-{name}.js"))
}

/// Why a worker gave no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkerError {
    /// It could not be created or its script failed (blocked by the page, not found, ...):
    /// the browser's text, for a details part.
    Failed(String),
    /// It answered something other than what it was asked for: its text.
    Refused(String),
}

/// Starts worker `name`, posts `message` (transferring `transfer`, if any) once it is ready,
/// and resolves with its one answer when `accept(answer)` holds; any other answer is a
/// `Refused` with its text.
pub async fn ask(
    name: &str,
    message: JsValue,
    transfer: Option<js_sys::Array>,
    accept: fn(&JsValue) -> bool,
) -> Result<JsValue, WorkerError> {
    let worker = web_sys::Worker::new(&url(name))
        .map_err(|e| WorkerError::Failed(e.as_string().unwrap_or_else(|| format!("{e:?}"))))?;
    let w = worker.clone();
    let mut message = Some((message, transfer));
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let w2 = w.clone();
        let mut message = message.take();
        let reject_on_message = reject.clone();
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let data = e.data();
                if data.as_string().as_deref() == Some("ready") {
                    if let Some((message, transfer)) = message.take() {
                        let _ = match transfer {
                            Some(t) => w2.post_message_with_transfer(&message, &t),
                            None => w2.post_message(&message),
                        };
                    }
                } else if accept(&data) {
                    let _ = resolve.call1(&JsValue::NULL, &data);
                } else {
                    let _ = reject_on_message.call1(
                        &JsValue::NULL,
                        &JsValue::from(js_sys::Array::of2(&JsValue::TRUE, &data)),
                    );
                }
            });
        w.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let reject2 = reject.clone();
        let on_error =
            Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
                let _ = reject2.call1(&JsValue::NULL, &JsValue::from_str(&e.message()));
            });
        w.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        // Owned by the worker from here on; it is terminated below, which ends them.
        on_message.forget();
        on_error.forget();
    });
    let result = JsFuture::from(promise).await;
    worker.terminate();
    result.map_err(|e| match e.dyn_ref::<js_sys::Array>() {
        // [true, answer]: the worker answered, but not what was asked for.
        Some(a) => WorkerError::Refused(text(&a.get(1))),
        None => WorkerError::Failed(text(&e)),
    })
}

fn text(v: &JsValue) -> String {
    v.as_string().unwrap_or_else(|| format!("{v:?}"))
}
