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
