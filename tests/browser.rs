//! Tier 2: browser-only code, run in headless Chromium by wasm-bindgen-test.
//! The widget rendered for real, localStorage for real (including a full one).
#![cfg(target_arch = "wasm32")]

use att_diligence::ui::{App, AppProps};
use att_diligence::web::storage::{StorageError, Store};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::scheduler;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    gloo::utils::document()
}

fn local_storage() -> web_sys::Storage {
    gloo::utils::window().local_storage().unwrap().unwrap()
}

async fn open_widget(instance: &'static str) -> Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            instance: instance.into(),
        },
    )
    .render();
    scheduler::flush().await;
    root
}

fn radios(root: &Element) -> Vec<HtmlInputElement> {
    let list = root.query_selector_all("input[type=radio]").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

#[wasm_bindgen_test]
async fn the_checklist_shows_items_as_fieldsets_with_native_radios() {
    let root = open_widget("browser-render").await;
    let first = root
        .query_selector("fieldset.att-item")
        .unwrap()
        .expect("a checklist item");
    let legend = first.query_selector("legend").unwrap().expect("a legend");
    assert!(!legend.text_content().unwrap_or_default().trim().is_empty());
    let options = radios(&first);
    assert_eq!(options.len(), 4, "in place / partly / not in place / n.a.");
    let names: std::collections::HashSet<String> = options.iter().map(|r| r.name()).collect();
    assert_eq!(names.len(), 1, "one radio group per item");
}

#[wasm_bindgen_test]
async fn an_answer_is_saved_at_once_under_the_instance_key() {
    let root = open_widget("browser-save").await;
    let first = radios(&root).into_iter().next().expect("a radio");
    first.unchecked_ref::<HtmlElement>().click();
    scheduler::flush().await;
    let saved = local_storage()
        .get_item("att-diligence:v1:browser-save:assessment:att-programme")
        .unwrap()
        .expect("the answer was saved");
    assert!(saved.contains("\"in_place\""), "saved: {saved}");
    let progress = root.query_selector(".att-progress").unwrap().unwrap();
    assert!(progress.text_content().unwrap().starts_with("1 "));
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_keep_their_answers_apart() {
    let a = open_widget("browser-a").await;
    let b = open_widget("browser-b").await;
    radios(&a)[2].unchecked_ref::<HtmlElement>().click();
    scheduler::flush().await;
    assert!(radios(&a)[2].checked());
    assert!(radios(&b).iter().all(|r| !r.checked()), "b is untouched");
    assert!(local_storage()
        .get_item("att-diligence:v1:browser-b:assessment:att-programme")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_as_full_not_ignored() {
    let store = Store::new("browser-quota");
    let chunk = "x".repeat(1 << 20);
    let mut filler = Vec::new();
    let mut result = Ok(());
    for i in 0..64 {
        let key = format!("quota-filler-{i}");
        result = store.set(&key, &chunk);
        filler.push(key);
        if result.is_err() {
            break;
        }
    }
    for key in &filler {
        local_storage().remove_item(&store.key(key)).unwrap();
    }
    assert_eq!(result, Err(StorageError::Full));
    assert_eq!(store.set("after", "fits again"), Ok(()), "space freed");
    local_storage().remove_item(&store.key("after")).unwrap();
}
