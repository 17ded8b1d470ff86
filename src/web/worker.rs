//! The widget's web workers, each fetched on first use, never with the widget: `att-xlsx`
//! (writes workbooks) and `att-reader` (reads batch files). Each is asked one question and
//! terminated. A worker says "ready" before it is sent anything: a message posted before its
//! module has loaded would be lost. One that has not said it within [`READY_SECS`] is given up
//! on, so a start that fails without an error event (its wasm not found, a stalled fetch)
//! still ends in a message to the user.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// How long a worker may take to fetch and compile its wasm and say "ready".
pub const READY_SECS: u32 = 10;

thread_local! {
    /// Gives a worker's script URL by name: beside the widget's module, or a `blob:` URL in
    /// the single-file build; a TrustedScriptURL where the page has Trusted Types. Set by the
    /// loader at mount.
    static LOCATE: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

pub fn set_locator(locate: js_sys::Function) {
    LOCATE.with(|l| *l.borrow_mut() = Some(locate));
}

/// Why a worker gave no answer, each with plain text for a details part: the browser's or the
/// worker's words, never a JsValue's debug form nor a stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkerError {
    /// It could not be created, its script failed to load or run, or it died.
    Failed(String),
    /// It did not say "ready" within [`READY_SECS`].
    TimedOut(String),
    /// The page's Trusted Types refused its script URL: the page does not allow the loader's
    /// policy (`att-diligence`, docs/embedding.md).
    Blocked(String),
    /// It answered something other than what it was asked for: its text.
    Refused(String),
}

impl WorkerError {
    pub fn detail(&self) -> &str {
        match self {
            WorkerError::Failed(d)
            | WorkerError::TimedOut(d)
            | WorkerError::Blocked(d)
            | WorkerError::Refused(d) => d,
        }
    }

    /// The value a worker's promise is rejected with: `[kind, text]`, read back by
    /// [`WorkerError::from_rejection`].
    pub fn to_rejection(&self) -> JsValue {
        let kind = match self {
            WorkerError::Failed(_) => "failed",
            WorkerError::TimedOut(_) => "timeout",
            WorkerError::Blocked(_) => "blocked",
            WorkerError::Refused(_) => "refused",
        };
        js_sys::Array::of2(&kind.into(), &self.detail().into()).into()
    }

    pub fn from_rejection(v: &JsValue) -> Self {
        let Some(a) = v.dyn_ref::<js_sys::Array>() else {
            return WorkerError::Failed(error_text(v));
        };
        let text = error_text(&a.get(1));
        match a.get(0).as_string().as_deref() {
            Some("timeout") => WorkerError::TimedOut(text),
            Some("blocked") => WorkerError::Blocked(text),
            Some("refused") => WorkerError::Refused(text),
            _ => WorkerError::Failed(text),
        }
    }
}

/// Plain text of a thrown or rejected value: an error's name and message (not its stack), a
/// string as it is, an event's message.
pub fn error_text(v: &JsValue) -> String {
    if let Some(s) = v.as_string() {
        return s;
    }
    if let Some(e) = v.dyn_ref::<js_sys::Error>() {
        return format!("{}: {}", String::from(e.name()), String::from(e.message()));
    }
    let message = js_sys::Reflect::get(v, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .filter(|m| !m.is_empty());
    message.unwrap_or_else(|| "no reason given".to_owned())
}

/// The script of worker `name` as the loader gives it (a string or a TrustedScriptURL), else
/// the file beside the page (tests that mount without a loader).
fn script(name: &str) -> Result<JsValue, WorkerError> {
    let given = LOCATE.with(|l| {
        l.borrow()
            .as_ref()
            .map(|f| f.call1(&JsValue::NULL, &JsValue::from_str(name)))
    });
    match given {
        Some(Ok(v)) if !v.is_undefined() && !v.is_null() => Ok(v),
        Some(Err(e)) => Err(WorkerError::Failed(error_text(&e))),
        _ => Ok(JsValue::from_str(&format!("./att-{name}.js"))),
    }
}

/// Creates worker `name`. Through the `Worker` constructor itself: the loader's value may be a
/// TrustedScriptURL, which `web_sys::Worker::new` (a `&str`) cannot pass.
pub fn start(name: &str) -> Result<web_sys::Worker, WorkerError> {
    let url = script(name)?;
    let global = js_sys::global();
    let ctor = js_sys::Reflect::get(&global, &"Worker".into())
        .ok()
        .and_then(|c| c.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| WorkerError::Failed("this browser has no Worker".into()))?;
    match js_sys::Reflect::construct(&ctor, &js_sys::Array::of1(&url)) {
        Ok(w) => Ok(w.unchecked_into()),
        // A plain URL refused with a TypeError on a page with Trusted Types: the page requires
        // a TrustedScriptURL and did not let the loader's policy make one.
        Err(e)
            if url.is_string()
                && e.is_instance_of::<js_sys::TypeError>()
                && js_sys::Reflect::has(&global, &"trustedTypes".into()).unwrap_or(false) =>
        {
            Err(WorkerError::Blocked(error_text(&e)))
        }
        Err(e) => Err(WorkerError::Failed(error_text(&e))),
    }
}

/// The text of a worker's `error` event: a script that failed to load gives a bare `Event`.
pub fn event_text(name: &str, e: &web_sys::Event) -> String {
    let message = js_sys::Reflect::get(e, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .filter(|m| !m.is_empty());
    message.unwrap_or_else(|| format!("att-{name}: its script could not be loaded or run"))
}

/// The timeout for a worker's "ready": `WorkerError::TimedOut` once [`READY_SECS`] pass.
pub fn ready_timeout(name: &str) -> WorkerError {
    WorkerError::TimedOut(format!("att-{name} did not start within {READY_SECS} s"))
}

/// Runs `f` after [`READY_SECS`] unless cleared: the timer's id, if the page has timers.
pub fn after_ready_secs(f: &Closure<dyn FnMut()>) -> Option<i32> {
    web_sys::window()?
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            f.as_ref().unchecked_ref(),
            READY_SECS as i32 * 1000,
        )
        .ok()
}

pub fn clear_timer(id: Option<i32>) {
    if let (Some(id), Some(w)) = (id, web_sys::window()) {
        w.clear_timeout_with_handle(id);
    }
}

type Settle = Rc<dyn Fn(Result<JsValue, WorkerError>)>;

/// Starts worker `name`, posts `message` (transferring `transfer`, if any) once it is ready,
/// and resolves with its one answer when `accept(answer)` holds; any other answer is a
/// `Refused` with its text.
pub async fn ask(
    name: &str,
    message: JsValue,
    transfer: Option<js_sys::Array>,
    accept: fn(&JsValue) -> bool,
) -> Result<JsValue, WorkerError> {
    let worker = start(name)?;
    let mut callbacks = None;
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        callbacks = Some((resolve, reject));
    });
    let callbacks = RefCell::new(callbacks);
    // Settles the promise once: later events (an error after the answer) change nothing.
    let settle: Settle = Rc::new(move |outcome: Result<JsValue, WorkerError>| {
        if let Some((resolve, reject)) = callbacks.borrow_mut().take() {
            let _ = match outcome {
                Ok(v) => resolve.call1(&JsValue::NULL, &v),
                Err(e) => reject.call1(&JsValue::NULL, &e.to_rejection()),
            };
        }
    });
    let timer = Rc::new(Cell::new(None));
    let on_message = {
        let (w, settle, timer) = (worker.clone(), settle.clone(), timer.clone());
        let mut message = Some((message, transfer));
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let data = e.data();
            if data.as_string().as_deref() == Some("ready") {
                clear_timer(timer.take());
                if let Some((message, transfer)) = message.take() {
                    let _ = match transfer {
                        Some(t) => w.post_message_with_transfer(&message, &t),
                        None => w.post_message(&message),
                    };
                }
            } else if accept(&data) {
                settle(Ok(data));
            } else {
                settle(Err(WorkerError::Refused(error_text(&data))));
            }
        })
    };
    let on_error = {
        let (settle, name) = (settle.clone(), name.to_owned());
        Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            // Handled here: not reported again as an error of the page.
            e.prevent_default();
            settle(Err(WorkerError::Failed(event_text(&name, &e))));
        })
    };
    let on_timeout = {
        let (settle, name) = (settle.clone(), name.to_owned());
        Closure::<dyn FnMut()>::new(move || settle(Err(ready_timeout(&name))))
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    timer.set(after_ready_secs(&on_timeout));
    let result = JsFuture::from(promise).await;
    clear_timer(timer.take());
    worker.set_onmessage(None);
    worker.set_onerror(None);
    worker.terminate();
    drop((on_message, on_error, on_timeout));
    result.map_err(|e| WorkerError::from_rejection(&e))
}
