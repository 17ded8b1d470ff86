//! The lists worker (`att-lists`), kept running while the widget is: it holds the sanctions
//! lists the user loaded and their index, built once, and screens names against them. Unlike
//! the one-question workers (`worker::ask`), it answers many requests, one at a time and in
//! order (`att_lists::protocol`).

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use att_lists::protocol::{Reply, Request};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::worker::{url, WorkerError};

type Pending = VecDeque<(js_sys::Function, js_sys::Function)>;

struct Running {
    worker: web_sys::Worker,
    /// Each request's resolve and reject, in the order sent: the worker answers in order.
    pending: Rc<RefCell<Pending>>,
    /// Messages posted before the worker said "ready" (they would be lost), in order.
    waiting: Rc<RefCell<Option<Vec<js_sys::Array>>>>,
    /// The browser's text, once the worker failed: every later request fails with it.
    failed: Rc<RefCell<Option<String>>>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
        let text = JsValue::from_str("stopped");
        for (_, reject) in self.pending.borrow_mut().drain(..) {
            let _ = reject.call1(&JsValue::NULL, &text);
        }
    }
}

thread_local! {
    /// One worker per key ([`key_for`]), started on first use, stopped by [`stop`].
    static WORKERS: RefCell<HashMap<String, Rc<Running>>> = RefCell::new(HashMap::new());
    static MOUNTS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A key of its own for one mount of widget instance `instance`.
pub fn key_for(instance: &str) -> String {
    let n = MOUNTS.with(|m| {
        m.set(m.get() + 1);
        m.get()
    });
    format!("{instance}#{n}")
}

fn start() -> Result<Running, WorkerError> {
    let worker = web_sys::Worker::new(&url("lists"))
        .map_err(|e| WorkerError::Failed(e.as_string().unwrap_or_else(|| format!("{e:?}"))))?;
    let pending: Rc<RefCell<Pending>> = Rc::default();
    let waiting: Rc<RefCell<Option<Vec<js_sys::Array>>>> = Rc::new(RefCell::new(Some(Vec::new())));
    let failed: Rc<RefCell<Option<String>>> = Rc::default();
    let on_message = {
        let (pending, waiting, w) = (pending.clone(), waiting.clone(), worker.clone());
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let data = e.data();
            if data.as_string().as_deref() == Some("ready") {
                for message in waiting.borrow_mut().take().unwrap_or_default() {
                    let _ = w.post_message(&message);
                }
            } else if let Some((resolve, _)) = pending.borrow_mut().pop_front() {
                let _ = resolve.call1(&JsValue::NULL, &data);
            }
        })
    };
    let on_error = {
        let (pending, failed) = (pending.clone(), failed.clone());
        Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
            e.prevent_default();
            let text = e.message();
            *failed.borrow_mut() = Some(text.clone());
            for (_, reject) in pending.borrow_mut().drain(..) {
                let _ = reject.call1(&JsValue::NULL, &JsValue::from_str(&text));
            }
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Running {
        worker,
        pending,
        waiting,
        failed,
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// The instance's worker, started if need be. A worker that failed is never replaced here:
/// a new one would hold no lists and find no match, which would read as a clear screening.
fn running(instance: &str) -> Result<Rc<Running>, WorkerError> {
    if let Some(r) = WORKERS.with(|w| w.borrow().get(instance).cloned()) {
        if let Some(text) = r.failed.borrow().clone() {
            return Err(WorkerError::Failed(text));
        }
        return Ok(r);
    }
    let r = Rc::new(start()?);
    WORKERS.with(|w| w.borrow_mut().insert(instance.to_owned(), r.clone()));
    Ok(r)
}

/// Stops the worker of `key`; its pending requests fail.
pub fn stop(instance: &str) {
    WORKERS.with(|w| w.borrow_mut().remove(instance));
}

/// Asks the worker of `key` `request`, with `files` for a load; starts it if need be.
pub async fn ask(
    instance: &str,
    request: &Request,
    files: Vec<js_sys::Uint8Array>,
) -> Result<Reply, WorkerError> {
    let r = running(instance)?;
    let message = js_sys::Array::new();
    // Serialising these types (strings, numbers, enums) cannot fail.
    message.push(&JsValue::from_str(
        &serde_json::to_string(request).unwrap_or_default(),
    ));
    let transfer = js_sys::Array::new();
    for f in &files {
        message.push(f);
        transfer.push(&f.buffer());
    }
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        r.pending.borrow_mut().push_back((resolve, reject));
    });
    match r.waiting.borrow_mut().as_mut() {
        Some(queue) => queue.push(message),
        None => {
            let _ = r.worker.post_message_with_transfer(&message, &transfer);
        }
    }
    drop(r);
    let answer = JsFuture::from(promise)
        .await
        .map_err(|e| WorkerError::Failed(e.as_string().unwrap_or_default()))?;
    let text = answer.as_string().unwrap_or_default();
    serde_json::from_str(&text).map_err(|_| WorkerError::Refused(text))
}
