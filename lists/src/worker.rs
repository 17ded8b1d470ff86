//! The worker's message loop: each message handed to [`Service::handle`], each reply posted
//! back as JSON.

use att_lists::protocol::{Reply, Request};
use att_lists::service::Service;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// `[request JSON, bytes...]`: the request and the files' bytes, or `None` when the message is
/// not as the protocol says.
fn read(data: &JsValue) -> Option<(Request, Vec<Vec<u8>>)> {
    let message = data.dyn_ref::<js_sys::Array>()?;
    let request = serde_json::from_str(&message.get(0).as_string()?).ok()?;
    let files = (1..message.length())
        .map(|i| {
            message
                .get(i)
                .dyn_into::<js_sys::Uint8Array>()
                .ok()
                .map(|b| b.to_vec())
        })
        .collect::<Option<Vec<_>>>()?;
    Some((request, files))
}

pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let mut service = Service::new();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
        let answer = match read(&e.data()) {
            Some((request, files)) => {
                let files: Vec<&[u8]> = files.iter().map(Vec::as_slice).collect();
                service.handle(request, &files)
            }
            None => Reply::BadRequest,
        };
        // Serialising these types (strings, numbers, enums) cannot fail.
        let json = serde_json::to_string(&answer).unwrap_or_default();
        let _ = reply.post_message(&JsValue::from_str(&json));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as its page: the handler must too.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}
