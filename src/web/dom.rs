//! Finding elements from inside the widget: it lives in a shadow root, where
//! `document.getElementById` sees nothing, and ids are unique only within one tree.

use wasm_bindgen::JsCast;

/// The element with `id` in the same tree (shadow root or document) as `near`.
pub fn by_id_near(near: &web_sys::Node, id: &str) -> Option<web_sys::Element> {
    let root = near.get_root_node();
    if let Some(shadow) = root.dyn_ref::<web_sys::ShadowRoot>() {
        return shadow.get_element_by_id(id);
    }
    root.dyn_ref::<web_sys::Document>()?.get_element_by_id(id)
}
