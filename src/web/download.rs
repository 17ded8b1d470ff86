//! Saving a file to the user's machine with the browser's own download mechanism: a Blob and
//! an object URL (no server, no data-URL length limit).

use wasm_bindgen::{JsCast, JsValue};

use crate::core::deliver::{Body, Deliverable};
use crate::core::export_format::ExportFormat;
use crate::core::i18n::Msg;
use crate::core::xlsx_error::XlsxError;

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

/// The bytes of an export: text as UTF-8, a workbook model through the XLSX worker.
pub async fn bytes_of(body: Body) -> Result<Vec<u8>, XlsxError> {
    match body {
        Body::Text(text) => Ok(text.into_bytes()),
        Body::WorkbookModel { model, .. } => super::xlsx::workbook(model).await,
    }
}

/// Hands an export to the user as a download, then tells `on_delivered`; a workbook the worker
/// could not write becomes a notice, and so does one with texts cut to fit its cells.
pub fn deliver_file(
    file: Deliverable,
    format: ExportFormat,
    on_delivered: &yew::Callback<(ExportFormat, String)>,
    on_notice: &yew::Callback<Msg>,
) {
    let (on_delivered, on_notice) = (on_delivered.clone(), on_notice.clone());
    let Deliverable {
        filename,
        mime,
        body,
    } = file;
    if let Body::Text(text) = &body {
        // Synchronously, inside the click: some browsers refuse downloads started later.
        if download(&filename, mime, text).is_ok() {
            on_delivered.emit((format, filename));
        }
        return;
    }
    let cut = match &body {
        Body::WorkbookModel { cut, .. } => cut.clone(),
        Body::Text(_) => Vec::new(),
    };
    wasm_bindgen_futures::spawn_local(async move {
        match bytes_of(body).await {
            Ok(bytes) => {
                if download_bytes(&filename, mime, &bytes).is_ok() {
                    on_delivered.emit((format, filename));
                    if !cut.is_empty() {
                        on_notice.emit(Msg::XlsxCut(cut));
                    }
                }
            }
            Err(e) => on_notice.emit(Msg::XlsxFailed(e)),
        }
    });
}
