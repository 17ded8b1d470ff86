//! Language packs: Arabic, French, Russian and Spanish content and interface words ship beside
//! the widget, not in it, so a visitor downloads only the languages they use (English and
//! Chinese are built in).
//!
//! A pack maps each English text of the seeds to its translation, and carries the language's
//! interface table (`core::i18n::catalog/<lang>.json`, checked again when it is installed). `build.rs` embeds the seeds
//! without those languages (`strip`); `apply` puts a pack's language back into the seed JSON
//! before it is parsed, so the content types and their parsing are the same with or without
//! packs. `scripts/build.mjs` writes the packs from the seeds (`dist/att-diligence.<lang>.json`).

use std::collections::HashMap;

use serde::Deserialize;
use serde_json::Value;

use super::question_set::Lang;

#[path = "strip.rs"]
mod strip_impl;
pub use strip_impl::{is_text, strip};

pub const KIND: &str = "att-diligence/language-pack";
/// 2: the interface table (`interface`) travels in the pack.
pub const FORMAT: u32 = 2;

/// The languages that come as packs.
pub fn is_pack_lang(lang: Lang) -> bool {
    strip_impl::PACK_LANGS.contains(&lang.tag())
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    pub kind: String,
    pub format: u32,
    pub lang: Lang,
    /// The widget version the pack was built with (informative).
    #[serde(default)]
    pub widget: String,
    /// English text to its translation.
    pub texts: HashMap<String, String>,
    /// The language's interface words (a `catalog/<lang>.json` table), checked when installed
    /// (`core::i18n::install`).
    #[serde(default)]
    pub interface: Value,
}

/// Why a pack was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    Malformed(String),
    /// A pack, but of another language than asked for, or of a built-in one.
    WrongLanguage(Lang),
}

pub fn parse(text: &str, want: Lang) -> Result<Pack, PackError> {
    let pack: Pack = serde_json::from_str(text).map_err(|e| PackError::Malformed(e.to_string()))?;
    if pack.kind != KIND || pack.format != FORMAT {
        return Err(PackError::Malformed(format!(
            "{} format {}",
            pack.kind, pack.format
        )));
    }
    if pack.lang != want || !is_pack_lang(pack.lang) {
        return Err(PackError::WrongLanguage(pack.lang));
    }
    Ok(pack)
}

/// Writes the pack's language into every text object it has a translation for, and marks the
/// file as a translation for review (packs are, until reviewed and built in).
pub fn apply(v: &mut Value, pack: &Pack) {
    fn walk(v: &mut Value, pack: &Pack) {
        if is_text(v) {
            let en = v.get("en").and_then(Value::as_str).unwrap_or_default();
            if let Some(t) = pack.texts.get(en) {
                let t = Value::String(t.clone());
                if let Some(m) = v.as_object_mut() {
                    m.insert(pack.lang.tag().to_owned(), t);
                }
            }
            return;
        }
        match v {
            Value::Object(m) => m.values_mut().for_each(|x| walk(x, pack)),
            Value::Array(a) => a.iter_mut().for_each(|x| walk(x, pack)),
            _ => {}
        }
    }
    walk(v, pack);
    if let Some(top) = v.as_object_mut() {
        let review = top
            .entry("translations_for_review")
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Some(list) = review.as_array_mut() {
            let tag = Value::String(pack.lang.tag().to_owned());
            if !list.contains(&tag) {
                list.push(tag);
            }
        }
    }
}

/// The pack for `lang` from the seed files as written (with every language): each English
/// text and its translation. Written as `dist/att-diligence.<lang>.json` by
/// `examples/packs.rs`, which `scripts/build.mjs` runs.
pub fn pack_json(lang: Lang, seeds: &[Value], interface: &Value) -> String {
    fn walk(v: &Value, tag: &str, out: &mut std::collections::BTreeMap<String, String>) {
        if is_text(v) {
            if let (Some(en), Some(t)) = (v["en"].as_str(), v.get(tag).and_then(Value::as_str)) {
                out.insert(en.to_owned(), t.to_owned());
            }
            return;
        }
        match v {
            Value::Object(m) => m.values().for_each(|x| walk(x, tag, out)),
            Value::Array(a) => a.iter().for_each(|x| walk(x, tag, out)),
            _ => {}
        }
    }
    let mut texts = std::collections::BTreeMap::new();
    for seed in seeds {
        walk(seed, lang.tag(), &mut texts);
    }
    serde_json::json!({
        "kind": KIND,
        "format": FORMAT,
        "lang": lang.tag(),
        "widget": super::version::WIDGET_VERSION,
        "texts": texts,
        "interface": interface,
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pack_puts_its_language_back_into_stripped_content() {
        let mut v: Value = serde_json::json!({
            "id": "s", "translations_for_review": ["fr"],
            "title": {"en": "Title", "zh": "标题", "fr": "Titre"},
            "items": [{"text": {"en": "Yes", "zh": "是", "fr": "Oui"}}]
        });
        strip(&mut v);
        assert_eq!(v["title"].get("fr"), None);
        assert_eq!(v.get("translations_for_review"), None);
        let pack = parse(
            r#"{"kind":"att-diligence/language-pack","format":2,"lang":"fr","texts":{"Title":"Titre","Yes":"Oui"}}"#,
            Lang::Fr,
        )
        .unwrap();
        apply(&mut v, &pack);
        assert_eq!(v["title"]["fr"], "Titre");
        assert_eq!(v["items"][0]["text"]["fr"], "Oui");
        assert_eq!(v["translations_for_review"], serde_json::json!(["fr"]));
        assert_eq!(
            parse(
                &serde_json::to_string(
                    &serde_json::json!({"kind": KIND, "format": FORMAT, "lang": "ar", "texts": {}})
                )
                .unwrap(),
                Lang::Fr
            ),
            Err(PackError::WrongLanguage(Lang::Ar))
        );
        assert!(matches!(parse("{", Lang::Fr), Err(PackError::Malformed(_))));
    }
}
