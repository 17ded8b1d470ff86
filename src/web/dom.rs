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

/// Whether the focused element of the tree `root` is in is a field the user types in.
pub fn typing_in(root: &yew::NodeRef) -> bool {
    let Some(node) = root.get() else {
        return false;
    };
    let tree = node.get_root_node();
    let active = match tree.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => tree
            .dyn_ref::<web_sys::Document>()
            .and_then(|d| d.active_element()),
    };
    active.is_some_and(|a| match a.tag_name().as_str() {
        "TEXTAREA" => true,
        "INPUT" => !matches!(
            a.get_attribute("type").as_deref(),
            Some("radio" | "checkbox" | "button" | "submit" | "file")
        ),
        _ => false,
    })
}

/// Resolves once the browser has painted the next frame (an animation frame, then a task
/// after it), or after 100 ms where no frame comes (a hidden tab or frame): work started after
/// it does not hold back the paint of what was just drawn.
pub async fn after_next_paint() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
            return;
        };
        let _ = window.request_animation_frame(&resolve);
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
    // The frame's callbacks run before its paint: one task later, it is on screen.
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
}
