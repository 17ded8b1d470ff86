//! The batch file reader, as a web worker of its own: encoding_rs's tables and calamine's zip
//! and XML readers are fetched only when a user picks a batch file, never with the widget.
//!
//! Protocol: the worker posts `"ready"` once it runs (messages sent before that would be lost);
//! each message is then an array `[Uint8Array bytes, string request]` (`att_reader::Request` as
//! JSON) and is answered with a string, `att_reader::Reply` as JSON.

#[cfg(target_arch = "wasm32")]
mod worker {
    use att_reader::{ReadError, Reply, Request};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    /// A message not as the protocol says (never sent by the widget) is answered as a file
    /// that is not text, so the widget always gets a reply it can show.
    fn answer(data: &JsValue) -> Reply {
        let message = data.dyn_ref::<js_sys::Array>().ok_or(ReadError::NotText)?;
        let bytes = message
            .get(0)
            .dyn_into::<js_sys::Uint8Array>()
            .map_err(|_| ReadError::NotText)?
            .to_vec();
        let request: Request = message
            .get(1)
            .as_string()
            .and_then(|json| serde_json::from_str(&json).ok())
            .ok_or(ReadError::NotText)?;
        att_reader::read(&bytes, request.delimiter)
    }

    pub fn start() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let reply = scope.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            // Serialising these types (strings, numbers, enums) cannot fail.
            let json = serde_json::to_string(&answer(&e.data())).unwrap_or_default();
            let _ = reply.post_message(&JsValue::from_str(&json));
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
    eprintln!("att-reader is a web worker: it runs in the browser.");
}
