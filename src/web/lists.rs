//! The lists worker (`att-lists`), kept running while the widget is: it holds the sanctions
//! lists the user loaded and their index, built once, and screens names against them. Unlike
//! the one-question workers (`worker::ask`), it answers many requests, one at a time and in
//! order (`att_lists::protocol`). One that has not said "ready" within
//! [`worker::READY_SECS`](super::worker::READY_SECS) has failed: its requests are refused.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use att_lists::protocol::{Reply, Request};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::worker::{self, WorkerError};

/// The details of an answer to another request than the one asked (a bug of the widget's):
/// plain words for the user's details part, not the answer's debug form.
pub const UNEXPECTED: &str = "the lists worker answered with a reply to another request";

type Pending = VecDeque<(js_sys::Function, js_sys::Function)>;

struct Running {
    worker: web_sys::Worker,
    /// Each request's resolve and reject, in the order sent: the worker answers in order.
    pending: Rc<RefCell<Pending>>,
    /// Messages posted before the worker said "ready" (they would be lost), in order.
    waiting: Rc<RefCell<Option<Vec<js_sys::Array>>>>,
    /// Why, once the worker failed: every later request fails with it.
    failed: Rc<RefCell<Option<WorkerError>>>,
    /// The timer waiting for "ready", until it comes.
    timer: Rc<Cell<Option<i32>>>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
    _on_timeout: Closure<dyn FnMut()>,
}

/// Marks the worker failed with `e` and refuses every pending request with it.
fn fail(failed: &RefCell<Option<WorkerError>>, pending: &RefCell<Pending>, e: WorkerError) {
    let rejection = e.to_rejection();
    *failed.borrow_mut() = Some(e);
    for (_, reject) in pending.borrow_mut().drain(..) {
        let _ = reject.call1(&JsValue::NULL, &rejection);
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
        worker::clear_timer(self.timer.take());
        let text = WorkerError::Failed("stopped".into()).to_rejection();
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
    let worker = worker::start("lists")?;
    let pending: Rc<RefCell<Pending>> = Rc::default();
    let waiting: Rc<RefCell<Option<Vec<js_sys::Array>>>> = Rc::new(RefCell::new(Some(Vec::new())));
    let failed: Rc<RefCell<Option<WorkerError>>> = Rc::default();
    let timer: Rc<Cell<Option<i32>>> = Rc::default();
    let on_message = {
        let (pending, waiting, w) = (pending.clone(), waiting.clone(), worker.clone());
        let timer = timer.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let data = e.data();
            if data.as_string().as_deref() == Some("ready") {
                worker::clear_timer(timer.take());
                for message in waiting.borrow_mut().take().unwrap_or_default() {
                    let _ = w.post_message(&message);
                }
            } else if let Some((resolve, _)) = pending.borrow_mut().pop_front() {
                let _ = resolve.call1(&JsValue::NULL, &data);
            }
        })
    };
    let on_error = {
        let (pending, failed, timer) = (pending.clone(), failed.clone(), timer.clone());
        Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            e.prevent_default();
            worker::clear_timer(timer.take());
            fail(
                &failed,
                &pending,
                WorkerError::Failed(worker::event_text("lists", &e)),
            );
        })
    };
    // Never ready: given up on, so its requests are refused rather than left waiting.
    let on_timeout = {
        let (pending, failed, w) = (pending.clone(), failed.clone(), worker.clone());
        Closure::<dyn FnMut()>::new(move || {
            w.terminate();
            fail(&failed, &pending, worker::ready_timeout("lists"));
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    timer.set(worker::after_ready_secs(&on_timeout));
    Ok(Running {
        worker,
        pending,
        waiting,
        failed,
        timer,
        _on_message: on_message,
        _on_error: on_error,
        _on_timeout: on_timeout,
    })
}

/// The instance's worker, started if need be. A worker that failed is never replaced here:
/// a new one would hold no lists and find no match, which would read as a clear screening.
fn running(instance: &str) -> Result<Rc<Running>, WorkerError> {
    if let Some(r) = WORKERS.with(|w| w.borrow().get(instance).cloned()) {
        if let Some(e) = r.failed.borrow().clone() {
            return Err(e);
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
        .map_err(|e| WorkerError::from_rejection(&e))?;
    let text = answer.as_string().unwrap_or_default();
    serde_json::from_str(&text).map_err(|_| WorkerError::Refused(text))
}
