//! One Tab stop for a group of controls, arrow keys within it (the ARIA Authoring Practices'
//! roving tabindex): a toolbar of actions, the module tabs, the section jumps. Tab enters the
//! group at the control last used (or the selected one, or the first); the arrow keys, Home
//! and End move among the controls, mirrored right to left; Tab leaves. Tabs are activated as
//! focus moves to them, as the pattern asks; toolbar buttons only when the user presses them.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How a group is laid out, and what moving in it does.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// role="toolbar", across.
    Toolbar,
    /// role="toolbar", down (the section jumps in their sidebar).
    Vertical,
    /// role="tablist": moving to a tab opens it.
    Tabs,
}

#[derive(Properties, PartialEq)]
pub struct RovingProps {
    pub kind: Kind,
    pub label: AttrValue,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// The controls of the group, in order (disabled and hidden ones left out).
fn controls(group: &web_sys::Element) -> Vec<web_sys::HtmlElement> {
    let Ok(all) = group.query_selector_all("button, select, input, a[href]") else {
        return Vec::new();
    };
    (0..all.length())
        .filter_map(|i| all.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        // Hidden by an attribute, not by layout: asking the layout would cost a reflow at
        // every render of the module.
        .filter(|e| !e.has_attribute("disabled") && e.closest("[hidden]").ok().flatten().is_none())
        .collect()
}

/// Makes `current` the group's one Tab stop.
fn settle(all: &[web_sys::HtmlElement], current: usize) {
    for (i, e) in all.iter().enumerate() {
        let want = if i == current { "0" } else { "-1" };
        if e.get_attribute("tabindex").as_deref() != Some(want) {
            let _ = e.set_attribute("tabindex", want);
        }
    }
}

/// The control the group is entered at: a tab list's selected tab; in a toolbar the control
/// last used, else the pressed one, else the first.
fn entry(all: &[web_sys::HtmlElement], kind: Kind) -> usize {
    let marked = |attr: &str, value: &str| {
        all.iter()
            .position(|e| e.get_attribute(attr).as_deref() == Some(value))
    };
    let selected = marked("aria-selected", "true");
    match kind {
        Kind::Tabs => selected.or_else(|| marked("tabindex", "0")),
        Kind::Toolbar | Kind::Vertical => marked("tabindex", "0")
            .or(selected)
            .or_else(|| marked("aria-pressed", "true")),
    }
    .unwrap_or(0)
}

#[component]
pub fn Roving(props: &RovingProps) -> Html {
    let node = use_node_ref();
    let kind = props.kind;
    {
        // After every render: the controls may have changed (a button added, one re-keyed).
        let node = node.clone();
        use_effect(move || {
            if let Some(group) = node.cast::<web_sys::Element>() {
                let all = controls(&group);
                if !all.is_empty() {
                    settle(&all, entry(&all, kind));
                }
            }
        });
    }
    let onfocusin = {
        let node = node.clone();
        Callback::from(move |e: FocusEvent| {
            let (Some(group), Some(target)) = (
                node.cast::<web_sys::Element>(),
                e.target_dyn_into::<web_sys::HtmlElement>(),
            ) else {
                return;
            };
            let all = controls(&group);
            if let Some(i) = all.iter().position(|c| *c == target) {
                settle(&all, i);
            }
        })
    };
    let onkeydown = {
        let node = node.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(group) = node.cast::<web_sys::Element>() else {
                return;
            };
            let all = controls(&group);
            let Some(target) = e.target_dyn_into::<web_sys::HtmlElement>() else {
                return;
            };
            let Some(at) = all.iter().position(|c| *c == target) else {
                return;
            };
            // A select or a text field keeps its own arrow keys.
            if matches!(target.tag_name().as_str(), "SELECT" | "INPUT") {
                return;
            }
            let rtl = group
                .closest("[dir]")
                .ok()
                .flatten()
                .is_some_and(|d| d.get_attribute("dir").as_deref() == Some("rtl"));
            let (back, forth) = match (kind, rtl) {
                (Kind::Vertical, _) => ("ArrowUp", "ArrowDown"),
                (_, false) => ("ArrowLeft", "ArrowRight"),
                (_, true) => ("ArrowRight", "ArrowLeft"),
            };
            let last = all.len() - 1;
            let next = match e.key().as_str() {
                k if k == forth => (at + 1) % all.len(),
                k if k == back => (at + last) % all.len(),
                "Home" => 0,
                "End" => last,
                _ => return,
            };
            e.prevent_default();
            settle(&all, next);
            let _ = all[next].focus();
            if kind == Kind::Tabs {
                all[next].click();
            }
        })
    };
    let (role, orientation) = match kind {
        Kind::Toolbar => ("toolbar", None),
        Kind::Vertical => ("toolbar", Some("vertical")),
        Kind::Tabs => ("tablist", None),
    };
    html! {
        <div ref={node} class={props.class.clone()} {role} aria-label={props.label.clone()}
            aria-orientation={orientation} {onfocusin} {onkeydown}>
            { props.children.clone() }
        </div>
    }
}
