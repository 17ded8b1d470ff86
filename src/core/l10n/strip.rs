// Shared by `build.rs` (which embeds the seeds without these languages) and `core::l10n`: keep
// it free of crate paths.

/// The languages shipped as packs loaded on demand, not inside the wasm.
pub const PACK_LANGS: [&str; 4] = ["ar", "fr", "ru", "es"];

/// Whether `v` is a text object: `en` and `zh` strings (and maybe pack languages).
pub fn is_text(v: &serde_json::Value) -> bool {
    v.get("en").is_some_and(serde_json::Value::is_string)
        && v.get("zh").is_some_and(serde_json::Value::is_string)
}

/// Removes the pack languages from every text object, and the file's review marks.
pub fn strip(v: &mut serde_json::Value) {
    if let Some(top) = v.as_object_mut() {
        top.remove("translations_for_review");
    }
    strip_texts(v);
}

fn strip_texts(v: &mut serde_json::Value) {
    if is_text(v) {
        if let Some(m) = v.as_object_mut() {
            for lang in PACK_LANGS {
                m.remove(lang);
            }
        }
        return;
    }
    match v {
        serde_json::Value::Object(m) => m.values_mut().for_each(strip_texts),
        serde_json::Value::Array(a) => a.iter_mut().for_each(strip_texts),
        _ => {}
    }
}
