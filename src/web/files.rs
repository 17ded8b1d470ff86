//! Reading a file the user picked, without a server.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    /// Refused before reading: larger than the caller's limit.
    TooLarge { bytes: usize },
    /// The browser could not read it.
    Unreadable,
}

/// The file just picked in the file input that fired `change`, the input cleared so that
/// picking the same file again (after fixing it) fires `change` again.
pub fn take_picked(e: &web_sys::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = e.target()?.dyn_into().ok()?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}

/// Reads `file` as text (UTF-8, invalid bytes replaced), refusing files over `max_bytes`
/// before reading a single byte of them.
pub async fn read_text(file: web_sys::File, max_bytes: usize) -> Result<String, FileError> {
    // f64 -> usize saturates; a file too large for usize is certainly too large.
    let bytes = file.size() as usize;
    if bytes > max_bytes {
        return Err(FileError::TooLarge { bytes });
    }
    let value = JsFuture::from(file.text())
        .await
        .map_err(|_| FileError::Unreadable)?;
    value
        .dyn_into::<js_sys::JsString>()
        .map(String::from)
        .map_err(|_| FileError::Unreadable)
}

/// Reads `file` as raw bytes (so the caller can tell invalid UTF-8 from text), refusing files
/// over `max_bytes` before reading them.
pub async fn read_bytes(file: web_sys::File, max_bytes: usize) -> Result<Vec<u8>, FileError> {
    let bytes = file.size() as usize;
    if bytes > max_bytes {
        return Err(FileError::TooLarge { bytes });
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| FileError::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
