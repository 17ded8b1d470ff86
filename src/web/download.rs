//! Saving a file to the user's machine with the browser's own download mechanism: a Blob and
//! an object URL (no server, no data-URL length limit).

use wasm_bindgen::{JsCast, JsValue};

/// Offers `contents` as a download named `filename`.
pub fn download(filename: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    offer(filename, mime, &JsValue::from_str(contents))
}

/// Offers raw bytes (a workbook) as a download.
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) -> Result<(), JsValue> {
    offer(filename, mime, &js_sys::Uint8Array::from(bytes).into())
}

fn offer(filename: &str, mime: &str, part: &JsValue) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(part);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_buffer_source_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let anchor: web_sys::HtmlAnchorElement = gloo::utils::document()
        .create_element("a")?
        .dyn_into()
        .map_err(JsValue::from)?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    // Revoked a moment later: some browsers start reading the URL after `click` returns.
    yew::platform::spawn_local(async move {
        yew::platform::time::sleep(std::time::Duration::from_secs(30)).await;
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    Ok(())
}
