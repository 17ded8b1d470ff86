//! Tier 2: browser-only code, run in headless Chromium by wasm-bindgen-test.
//! The widget rendered for real; IndexedDB for real (written behind, migrated from 0.2.0's
//! localStorage), and the localStorage fallback for real (including a full one).
#![cfg(target_arch = "wasm32")]

use att_diligence::embed::{mount, WidgetHandle};
use att_diligence::web::storage::{StorageError, Store};
use wasm_bindgen::{JsCast, JsValue};
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

async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

/// Waits (up to two seconds) until `ready` holds.
async fn until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..200 {
        if ready() {
            return;
        }
        sleep(10).await;
    }
    panic!("timed out waiting for {what}");
}

/// What IndexedDB itself holds under a full key (not the widget's memory of it).
async fn in_database(key: &str) -> Option<String> {
    let db = idb::Factory::new()
        .unwrap()
        .open("att-diligence", None)
        .unwrap()
        .await
        .unwrap();
    let tx = db
        .transaction(&["kv"], idb::TransactionMode::ReadOnly)
        .unwrap();
    let value = tx
        .object_store("kv")
        .unwrap()
        .get(JsValue::from_str(key))
        .unwrap()
        .await
        .unwrap();
    db.close();
    value.and_then(|v| v.as_string())
}

/// Puts a value into IndexedDB directly, as an earlier start of the widget would have.
async fn put_in_database(key: &str, value: &str) {
    let db = idb::Factory::new()
        .unwrap()
        .open("att-diligence", Some(1))
        .unwrap();
    let mut db = db;
    db.on_upgrade_needed(|e| {
        use idb::DatabaseEvent;
        let db = e.database().unwrap();
        if !db.store_names().iter().any(|n| n == "kv") {
            db.create_object_store("kv", idb::ObjectStoreParams::new())
                .unwrap();
        }
    });
    let db = db.await.unwrap();
    let tx = db
        .transaction(&["kv"], idb::TransactionMode::ReadWrite)
        .unwrap();
    tx.object_store("kv")
        .unwrap()
        .put(&JsValue::from_str(value), Some(&JsValue::from_str(key)))
        .unwrap();
    tx.await.unwrap();
    db.close();
}

/// Opens `store` as a browser without IndexedDB would (the localStorage fallback).
async fn open_without_indexeddb(store: &Store) {
    let global = js_sys::global();
    let idb = js_sys::Reflect::get(&global, &"indexedDB".into()).unwrap();
    let hidden = js_sys::Object::new();
    js_sys::Reflect::set(&hidden, &"value".into(), &JsValue::UNDEFINED).unwrap();
    js_sys::Reflect::set(&hidden, &"configurable".into(), &JsValue::TRUE).unwrap();
    js_sys::Object::define_property(&global, &"indexedDB".into(), &hidden);
    store.open().await;
    let back = js_sys::Object::new();
    js_sys::Reflect::set(&back, &"value".into(), &idb).unwrap();
    js_sys::Reflect::set(&back, &"configurable".into(), &JsValue::TRUE).unwrap();
    js_sys::Object::define_property(&global, &"indexedDB".into(), &back);
}

/// Mounts a widget through the JS API with `options` (a JS object literal as JSON).
async fn mount_with(options: &str) -> Result<(Element, WidgetHandle), String> {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let options = js_sys::JSON::parse(options).unwrap();
    let handle = mount(root.clone(), options, None, None, None).map_err(|e| {
        JsValue::from(e)
            .unchecked_into::<js_sys::Error>()
            .message()
            .as_string()
            .unwrap()
    })?;
    // The widget shows its stored work once it has read it (asynchronously, from IndexedDB).
    until("the widget to open its storage", || {
        root.query_selector(".att-loading").unwrap().is_none()
            && root.query_selector(".att-diligence").unwrap().is_some()
    })
    .await;
    scheduler::flush().await;
    // A fresh storage key shows the first screen (who is working): skipped, as a visitor may,
    // so the module is there for the test.
    if let Some(skip) = root.query_selector(".att-roles-skip").unwrap() {
        skip.unchecked_into::<HtmlElement>().click();
        scheduler::flush().await;
    }
    Ok((root, handle))
}

async fn open_widget(storage_key: &'static str) -> Element {
    let (root, handle) = mount_with(&format!(r#"{{"storageKey":"{storage_key}"}}"#))
        .await
        .unwrap();
    // Kept mounted for the rest of the test run, as a page would keep it.
    std::mem::forget(handle);
    root
}

fn radios(root: &Element) -> Vec<HtmlInputElement> {
    let list = root.query_selector_all("input[type=radio]").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

fn first_item(root: &Element) -> Element {
    root.query_selector("fieldset.att-item")
        .unwrap()
        .expect("a checklist item")
}

/// Every stored value (as the widget holds it) whose name starts with `prefix`.
fn stored_values(storage_key: &str, prefix: &str) -> Vec<String> {
    let store = Store::new(storage_key);
    store
        .names_with_prefix(prefix)
        .into_iter()
        .filter(|n| !n.ends_with(".unreadable"))
        .filter_map(|n| store.get_name(&n).unwrap())
        .collect()
}

#[wasm_bindgen_test]
async fn an_assessment_saved_by_the_first_version_is_picked_up() {
    local_storage()
        .set_item(
            "att-diligence:v1:browser-legacy:assessment:att-programme",
            r#"{"kind":"att-diligence/assessment","version":1,"set":{"id":"att-programme","version":"1.0.0"},"responses":{"prog.gov.management-commitment":{"status":"partly_in_place","note":"from v0.1"}}}"#,
        )
        .unwrap();
    let root = open_widget("browser-legacy").await;
    let item = root
        .query_selector("fieldset[data-item='prog.gov.management-commitment']")
        .unwrap()
        .expect("the item");
    assert_eq!(
        item.get_attribute("data-status").as_deref(),
        Some("partly_in_place")
    );
    let index = Store::new("browser-legacy")
        .get_name("workspace")
        .unwrap()
        .expect("the adopted assessment is now listed in the index");
    assert!(index.contains("\"att-programme\""), "{index}");
}

#[wasm_bindgen_test]
async fn an_unreadable_saved_assessment_is_set_aside_and_reported() {
    let key = "att-diligence:v1:browser-broken:assessment:att-programme";
    local_storage().set_item(key, "{broken").unwrap();
    let root = open_widget("browser-broken").await;
    scheduler::flush().await;
    let alert = root
        .query_selector("[role=alert]")
        .unwrap()
        .expect("a notice");
    assert!(alert.text_content().unwrap().contains("could not be read"));
    assert_eq!(
        Store::new("browser-broken")
            .get_name("assessment:att-programme.unreadable")
            .unwrap()
            .as_deref(),
        Some("{broken"),
        "the unreadable value is kept aside, not destroyed"
    );
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
    assert_eq!(
        options.len(),
        5,
        "in place / partly / not in place / n.a. / not sure"
    );
    let names: std::collections::HashSet<String> = options.iter().map(|r| r.name()).collect();
    assert_eq!(names.len(), 1, "one radio group per item");
}

#[wasm_bindgen_test]
async fn an_answer_is_saved_at_once_under_the_instance_key() {
    let root = open_widget("browser-save").await;
    let first = first_item(&root);
    radios(&first)[0].unchecked_ref::<HtmlElement>().click();
    scheduler::flush().await;
    let saved = stored_values("browser-save", "assessment:");
    assert_eq!(
        saved.len(),
        2,
        "one assessment per programme set (industry, logistics): {saved:?}"
    );
    let answered: Vec<&String> = saved
        .iter()
        .filter(|s| s.contains("\"in_place\""))
        .collect();
    assert_eq!(answered.len(), 1, "saved: {saved:?}");
    assert!(
        answered[0].contains("\"att-programme\""),
        "the open set's: {saved:?}"
    );
    let index = Store::new("browser-save")
        .get_name("workspace")
        .unwrap()
        .expect("the workspace index was saved");
    let key = Store::new("browser-save").key_name("workspace");
    until("the index to reach IndexedDB", || {
        att_diligence::web::db::unsaved_writes() == 0
    })
    .await;
    assert_eq!(
        in_database(&key).await.as_deref(),
        Some(index.as_str()),
        "written behind, to the database itself"
    );
    assert!(index.contains("att-diligence/workspace"));
    let progress = root.query_selector(".att-progress").unwrap().unwrap();
    assert!(progress.text_content().unwrap().starts_with("1 "));
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_keep_their_answers_apart() {
    let a = open_widget("browser-a").await;
    let b = open_widget("browser-b").await;
    radios(&first_item(&a))[2]
        .unchecked_ref::<HtmlElement>()
        .click();
    scheduler::flush().await;
    assert!(radios(&first_item(&a))[2].checked());
    assert!(
        radios(&first_item(&b)).iter().all(|r| !r.checked()),
        "b is untouched"
    );
    let b_saved = stored_values("browser-b", "assessment:");
    assert!(
        b_saved.iter().all(|v| !v.contains("not_in_place")),
        "b stored nothing of a's"
    );
}

#[wasm_bindgen_test]
async fn without_indexeddb_a_full_local_storage_is_reported_as_full_not_ignored() {
    let store = Store::new("browser-quota");
    open_without_indexeddb(&store).await;
    assert_eq!(store.mode(), att_diligence::web::db::Mode::LocalStorage);
    let chunk = "x".repeat(1 << 20);
    let mut filler = Vec::new();
    let mut result = Ok(());
    for i in 0..64 {
        let key = format!("quota-filler-{i}");
        result = store.set_name(&key, &chunk);
        filler.push(key);
        if result.is_err() {
            break;
        }
    }
    for key in &filler {
        store.remove_name(key).unwrap();
    }
    assert_eq!(result, Err(StorageError::Full));
    assert_eq!(store.set_name("after", "fits again"), Ok(()), "space freed");
    store.remove_name("after").unwrap();
}

#[wasm_bindgen_test]
async fn without_indexeddb_a_full_storage_is_told_plainly_and_the_answer_stays_on_screen() {
    open_without_indexeddb(&Store::new("browser-full")).await;
    let root = open_widget("browser-full").await;
    // Fill the origin's storage to the brim, as another site section or widget might.
    let filler = Store::new("browser-full-filler");
    open_without_indexeddb(&filler).await;
    let mut keys = Vec::new();
    for (size, tag) in [(1 << 18, 'a'), (1 << 10, 'b'), (32, 'c'), (1, 'd')] {
        let chunk = "x".repeat(size);
        for i in 0..400 {
            let key = format!("{tag}{i}");
            let full = filler.set_name(&key, &chunk).is_err();
            keys.push(key);
            if full {
                break;
            }
        }
    }
    let item = first_item(&root);
    radios(&item)[1].unchecked_ref::<HtmlElement>().click();
    scheduler::flush().await;
    let alert = root.query_selector("[role=alert]").unwrap().unwrap();
    let told = alert.text_content().unwrap_or_default();
    for key in &keys {
        filler.remove_name(key).unwrap();
    }
    assert!(told.contains("storage is full"), "notice: {told:?}");
    assert!(
        radios(&first_item(&root))[1].checked(),
        "the answer is still on screen"
    );
}

#[wasm_bindgen_test]
async fn local_storage_of_0_2_0_is_moved_in_read_back_and_only_then_removed() {
    let ls = local_storage();
    let prefix = "att-diligence:v1:browser-migrate:";
    ls.set_item(&format!("{prefix}lang"), "fr").unwrap();
    ls.set_item(&format!("{prefix}open"), "att-programme")
        .unwrap();
    ls.set_item("att-diligence:v1:someone-else:lang", "zh")
        .unwrap();
    let store = Store::new("browser-migrate");
    store.open().await;
    assert_eq!(store.mode(), att_diligence::web::db::Mode::Database);
    assert_eq!(store.get_name("lang").unwrap().as_deref(), Some("fr"));
    assert_eq!(
        in_database(&format!("{prefix}lang")).await.as_deref(),
        Some("fr")
    );
    assert_eq!(
        in_database(&format!("{prefix}open")).await.as_deref(),
        Some("att-programme")
    );
    assert_eq!(
        ls.get_item(&format!("{prefix}lang")).unwrap(),
        None,
        "removed once moved"
    );
    assert_eq!(ls.get_item(&format!("{prefix}open")).unwrap(), None);
    assert_eq!(
        ls.get_item("att-diligence:v1:someone-else:lang")
            .unwrap()
            .as_deref(),
        Some("zh"),
        "another instance's values wait for that instance"
    );
    ls.remove_item("att-diligence:v1:someone-else:lang")
        .unwrap();
}

#[wasm_bindgen_test]
async fn what_a_page_left_unsaved_when_it_closed_is_read_at_the_next_start_and_written_in() {
    let prefix = "att-diligence:v1:browser-journal:";
    let journal = "att-diligence-unsaved:att-diligence:v1:browser-journal:";
    // The database has older values; the page closed before its last writes reached it.
    put_in_database(&format!("{prefix}lang"), "fr").await;
    put_in_database(&format!("{prefix}gone"), "removed before the page closed").await;
    let left = serde_json::json!({
        format!("{prefix}lang"): "ar",
        format!("{prefix}note"): "ملاحظة <b>",
        format!("{prefix}gone"): null,
        "att-diligence:v1:someone-else:lang": "zh",
    });
    local_storage()
        .set_item(journal, &left.to_string())
        .unwrap();
    let store = Store::new("browser-journal");
    store.open().await;
    assert_eq!(store.get_name("lang").unwrap().as_deref(), Some("ar"));
    assert_eq!(
        store.get_name("note").unwrap().as_deref(),
        Some("ملاحظة <b>")
    );
    assert_eq!(
        store.get_name("gone").unwrap(),
        None,
        "a removal is kept too"
    );
    until("the journal's values to reach IndexedDB", || {
        att_diligence::web::db::unsaved_writes() == 0
    })
    .await;
    assert_eq!(
        in_database(&format!("{prefix}lang")).await.as_deref(),
        Some("ar")
    );
    assert_eq!(
        in_database(&format!("{prefix}note")).await.as_deref(),
        Some("ملاحظة <b>")
    );
    assert_eq!(in_database(&format!("{prefix}gone")).await, None);
    assert_eq!(
        in_database("att-diligence:v1:someone-else:lang").await,
        None,
        "only this instance's entries are taken"
    );
    assert_eq!(
        local_storage().get_item(journal).unwrap(),
        None,
        "the journal goes once the database holds it"
    );
}

#[wasm_bindgen_test]
async fn leaving_the_page_copies_what_is_not_yet_stored_into_the_journal() {
    let journal = "att-diligence-unsaved:att-diligence:v1:browser-leaving:";
    let store = Store::new("browser-leaving");
    store.open().await;
    store
        .set_name("note", "typed just before the reload")
        .unwrap();
    // What the page's beforeunload/pagehide listener does, synchronously.
    assert!(
        att_diligence::web::db::leaving(),
        "kept: the page need not ask"
    );
    let kept: serde_json::Value = serde_json::from_str(
        &local_storage()
            .get_item(journal)
            .unwrap()
            .expect("a journal"),
    )
    .unwrap();
    assert_eq!(
        kept[store.key_name("note")].as_str(),
        Some("typed just before the reload")
    );
    // The page stayed after all (a hidden tab shown again): once written, the journal goes.
    until("the write to reach IndexedDB", || {
        att_diligence::web::db::unsaved_writes() == 0
    })
    .await;
    assert_eq!(local_storage().get_item(journal).unwrap(), None);
    assert_eq!(
        in_database(&store.key_name("note")).await.as_deref(),
        Some("typed just before the reload")
    );
}

#[wasm_bindgen_test]
async fn a_migration_cut_short_loses_nothing_and_resumes() {
    // An earlier start copied `same` and `changed`, then the tab closed before localStorage was
    // emptied, and the user changed `changed` afterwards.
    let ls = local_storage();
    let prefix = "att-diligence:v1:browser-resume:";
    for (name, value) in [("same", "1"), ("changed", "old"), ("not-yet", "3")] {
        ls.set_item(&format!("{prefix}{name}"), value).unwrap();
    }
    put_in_database(&format!("{prefix}same"), "1").await;
    put_in_database(&format!("{prefix}changed"), "new").await;
    let store = Store::new("browser-resume");
    store.open().await;
    assert_eq!(store.get_name("same").unwrap().as_deref(), Some("1"));
    assert_eq!(
        store.get_name("changed").unwrap().as_deref(),
        Some("new"),
        "the database's is newer"
    );
    assert_eq!(
        store
            .get_name("changed.from-localstorage")
            .unwrap()
            .as_deref(),
        Some("old"),
        "kept beside, never over"
    );
    assert_eq!(
        store.get_name("not-yet").unwrap().as_deref(),
        Some("3"),
        "the rest moved in"
    );
    assert_eq!(
        in_database(&format!("{prefix}not-yet")).await.as_deref(),
        Some("3")
    );
    for name in ["same", "changed", "not-yet"] {
        assert_eq!(ls.get_item(&format!("{prefix}{name}")).unwrap(), None);
    }
}

#[wasm_bindgen_test]
async fn writes_reach_the_database_in_order_and_removals_too() {
    let store = Store::new("browser-writes");
    store.open().await;
    store.set_name("a", "1").unwrap();
    store.set_name("a", "2").unwrap();
    store.set_name("b", "x").unwrap();
    assert_eq!(
        store.get_name("a").unwrap().as_deref(),
        Some("2"),
        "in memory at once"
    );
    until("the writes to be committed", || {
        att_diligence::web::db::unsaved_writes() == 0
    })
    .await;
    assert_eq!(
        in_database(&store.key_name("a")).await.as_deref(),
        Some("2"),
        "the last one wins"
    );
    store.remove_name("b").unwrap();
    until("the removal to be committed", || {
        att_diligence::web::db::unsaved_writes() == 0
    })
    .await;
    assert_eq!(in_database(&store.key_name("b")).await, None);
    assert_eq!(store.names_with_prefix(""), ["a"]);
}

#[wasm_bindgen_test]
async fn answers_given_on_an_older_checklist_version_are_kept_and_the_change_is_shown() {
    let s = local_storage();
    s.set_item(
        "att-diligence:v1:browser-upgrade:workspace",
        r#"{"kind":"att-diligence/workspace","version":1,"counter":1,"entries":[{"id":"old-1","name":"2025","set":"att-programme"}],"open":{"att-programme":"old-1"}}"#,
    )
    .unwrap();
    s.set_item(
        "att-diligence:v1:browser-upgrade:assessment:old-1",
        r#"{"kind":"att-diligence/assessment","version":1,"set":{"id":"att-programme","version":"0.9.0"},"responses":{"prog.gov.management-commitment":{"status":"in_place"},"prog.retired-question":{"status":"not_in_place","note":"kept"}}}"#,
    )
    .unwrap();
    let root = open_widget("browser-upgrade").await;
    let banner = root
        .query_selector(".att-changes")
        .unwrap()
        .expect("a change notice");
    let said = banner.text_content().unwrap_or_default();
    assert!(said.contains("from version 0.9.0 to"), "{said}");
    assert!(said.contains("prog.retired-question"), "{said}");
    let item = root
        .query_selector("fieldset[data-item='prog.gov.management-commitment']")
        .unwrap()
        .unwrap();
    assert_eq!(
        item.get_attribute("data-status").as_deref(),
        Some("in_place")
    );
    banner
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_ref::<HtmlElement>()
        .click();
    scheduler::flush().await;
    assert!(
        root.query_selector(".att-changes").unwrap().is_none(),
        "acknowledged"
    );
    let saved = Store::new("browser-upgrade")
        .get_name("assessment:old-1")
        .unwrap()
        .unwrap();
    assert!(
        saved.contains("prog.retired-question"),
        "retired answers are kept: {saved}"
    );
}

#[wasm_bindgen_test]
async fn an_unreadable_index_never_costs_the_assessments_it_listed() {
    let s = local_storage();
    let key = "att-diligence:v1:browser-recover:assessment:att-programme-1";
    let saved = r#"{"kind":"att-diligence/assessment","version":1,"set":{"id":"att-programme","version":"1.0.0"},"responses":{"prog.gov.management-commitment":{"status":"not_in_place","note":"kept"}}}"#;
    s.set_item("att-diligence:v1:browser-recover:workspace", "{broken")
        .unwrap();
    s.set_item(key, saved).unwrap();
    let root = open_widget("browser-recover").await;
    scheduler::flush().await;
    let item = root
        .query_selector("fieldset[data-item='prog.gov.management-commitment']")
        .unwrap()
        .unwrap();
    assert_eq!(
        item.get_attribute("data-status").as_deref(),
        Some("not_in_place"),
        "adopted"
    );
    let store = Store::new("browser-recover");
    assert!(
        store
            .get_name("assessment:att-programme-1")
            .unwrap()
            .unwrap()
            .contains("kept"),
        "not overwritten"
    );
    let index = store.get_name("workspace").unwrap().unwrap();
    assert!(index.contains("att-programme-1"), "listed again: {index}");
    assert_eq!(
        store.get_name("workspace.unreadable").unwrap().as_deref(),
        Some("{broken"),
        "the broken index is set aside"
    );
}

/// A widget with its first item answered "In place".
async fn mount_and_answer(storage_key: &str) -> (Element, WidgetHandle) {
    let (root, handle) = mount_with(&format!(r#"{{"storageKey":"{storage_key}"}}"#))
        .await
        .unwrap();
    radios(&first_item(&root))[0].click();
    scheduler::flush().await;
    (root, handle)
}

fn state_json(handle: &WidgetHandle) -> serde_json::Value {
    let state = handle.get_state().map_err(JsValue::from).unwrap();
    serde_json::from_str(
        &js_sys::JSON::stringify(&state)
            .unwrap()
            .as_string()
            .unwrap(),
    )
    .unwrap()
}

fn js_error(e: wasm_bindgen::JsError) -> String {
    JsValue::from(e)
        .unchecked_into::<js_sys::Error>()
        .message()
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
async fn a_wrong_option_is_refused_with_a_message_naming_it() {
    let e = mount_with(r#"{"langauge":"zh"}"#).await.err().unwrap();
    assert!(e.contains("unknown option \"langauge\""), "{e}");
    let e = mount_with(r#"{"lang":"xx"}"#).await.err().unwrap();
    assert!(e.contains("option lang") && e.contains("en, zh"), "{e}");
    let e = mount_with(r#"{"modules":"programme,shipping"}"#)
        .await
        .err()
        .unwrap();
    assert!(e.contains("\"shipping\""), "{e}");
    let e = mount_with(r#"{"storageKey":"<b>"}"#).await.err().unwrap();
    assert!(e.contains("storageKey"), "{e}");
}

#[wasm_bindgen_test]
async fn options_choose_the_language_and_the_modules_offered() {
    let (root, _h) =
        mount_with(r#"{"lang":"zh","modules":["screening"],"storageKey":"browser-opts"}"#)
            .await
            .unwrap();
    let widget = root.query_selector(".att-diligence").unwrap().unwrap();
    assert_eq!(widget.get_attribute("lang").as_deref(), Some("zh"));
    let tabs = root.query_selector_all(".att-modules button").unwrap();
    assert_eq!(tabs.length(), 1, "only the screening module is offered");
    assert!(root.query_selector(".att-register").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn state_taken_from_one_widget_and_set_in_another_carries_the_answers() {
    let (a_root, a) = mount_and_answer("browser-state-a").await;
    let state = state_json(&a);
    assert_eq!(state["kind"], "att-diligence/state");
    let answered = &state["assessments"][0]["assessment"]["responses"];
    assert_eq!(answered.as_object().map(|m| m.len()), Some(1), "{state}");

    let (b_root, b) = mount_with(r#"{"storageKey":"browser-state-b"}"#)
        .await
        .unwrap();
    assert!(radios(&first_item(&b_root)).iter().all(|r| !r.checked()));
    b.set_state(a.get_state().map_err(JsValue::from).unwrap())
        .map_err(js_error)
        .unwrap();
    scheduler::flush().await;
    assert!(
        radios(&first_item(&b_root))[0].checked(),
        "the answer shows in the second widget"
    );
    assert_eq!(state_json(&b)["assessments"], state["assessments"]);
    // The first widget is untouched by the second.
    assert!(radios(&first_item(&a_root))[0].checked());
}

#[wasm_bindgen_test]
async fn a_refused_state_changes_nothing_and_says_why() {
    let (root, h) = mount_and_answer("browser-state-bad").await;
    let before = state_json(&h);
    let e = h
        .set_state(js_sys::JSON::parse(r#"{"kind":"something else"}"#).unwrap())
        .map_err(js_error)
        .unwrap_err();
    assert!(e.contains("setState takes what getState returns"), "{e}");
    let mut broken = before.clone();
    broken["assessments"][0]["question_set"]["id"] = "no-such-set".into();
    let js = js_sys::JSON::parse(&broken.to_string()).unwrap();
    let e = h.set_state(js).map_err(js_error).unwrap_err();
    assert!(
        e.contains("assessments[0]") && e.contains("no-such-set"),
        "{e}"
    );
    scheduler::flush().await;
    assert_eq!(state_json(&h), before);
    assert!(radios(&first_item(&root))[0].checked());
}

#[wasm_bindgen_test]
async fn export_as_gives_a_named_file_with_the_same_bytes_as_the_button() {
    let (_root, h) = mount_and_answer("browser-export").await;
    let file: web_sys::File = wasm_bindgen_futures::JsFuture::from(
        h.export_as("json".into(), None)
            .expect("a live widget gives a promise"),
    )
    .await
    .unwrap()
    .unchecked_into();
    assert!(file.name().ends_with(".json"), "{}", file.name());
    assert_eq!(file.type_(), "application/json");
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .unwrap()
        .as_string()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc, state_json(&h)["assessments"][0]);
    let refused = wasm_bindgen_futures::JsFuture::from(
        h.export_as("markdown".into(), Some("register".into()))
            .expect("a live widget gives a promise"),
    )
    .await;
    let e = refused
        .unwrap_err()
        .unchecked_into::<js_sys::Error>()
        .message()
        .as_string()
        .unwrap();
    assert!(e.contains("json, csv, xlsx or html"), "{e}");
}

#[wasm_bindgen_test]
fn dates_are_shown_as_each_language_writes_them_and_anything_else_as_written() {
    use att_diligence::core::question_set::Lang;
    use att_diligence::web::intl::date;
    let fr = date(Lang::Fr, "2027-03-31");
    assert!(fr.contains("mars") && fr.contains("2027"), "{fr}");
    let zh = date(Lang::Zh, "2027-03-31");
    assert!(zh.contains("2027年"), "{zh}");
    let ar = date(Lang::Ar, "2027-03-31");
    assert!(
        ar.contains("2027") && ar.contains("31"),
        "Western digits in Arabic: {ar}"
    );
    for odd in ["", "31/03/2027", "2027-02-31", "next week"] {
        assert_eq!(date(Lang::En, odd), odd);
    }
}

#[wasm_bindgen_test]
async fn storage_cleared_under_the_page_is_written_back_from_what_it_shows() {
    let store = Store::new("browser-cleared");
    store.open().await;
    store
        .set_name("assessment:kept", "answers on screen")
        .unwrap();
    until("the write", || {
        att_diligence::web::db::unsaved_writes() == 0
    })
    .await;
    let told = std::rc::Rc::new(std::cell::Cell::new(false));
    let _guard = {
        let told = told.clone();
        store.subscribe(move |e| {
            if *e == att_diligence::web::db::Event::WrittenBack {
                told.set(true);
            }
        })
    };
    // As "clear site data" does: the database deleted while the page has it open.
    let deletion = idb::Factory::new()
        .unwrap()
        .delete("att-diligence")
        .unwrap();
    deletion.await.unwrap();
    until("the page to write its work back", || told.get()).await;
    assert_eq!(
        in_database(&store.key_name("assessment:kept"))
            .await
            .as_deref(),
        Some("answers on screen")
    );
    assert_eq!(store.mode(), att_diligence::web::db::Mode::Database);
    store.set_name("after", "still saved").unwrap();
    until("the next write", || {
        att_diligence::web::db::unsaved_writes() == 0
    })
    .await;
    assert_eq!(
        in_database(&store.key_name("after")).await.as_deref(),
        Some("still saved")
    );
}

#[wasm_bindgen_test]
async fn a_large_batch_of_writes_reaches_the_database_in_pieces_all_of_it() {
    let store = Store::new("browser-batch");
    store.open().await;
    for i in 0..4_500 {
        store
            .set_name(&format!("register/s{i}"), &format!("shipment {i}"))
            .unwrap();
    }
    store
        .set_name("register", "the index, written last")
        .unwrap();
    assert!(att_diligence::web::db::unsaved_writes() >= 4_501);
    until("every piece to be committed", || {
        att_diligence::web::db::unsaved_writes() == 0
    })
    .await;
    for key in [
        "register/s0",
        "register/s2222",
        "register/s4499",
        "register",
    ] {
        assert!(
            in_database(&store.key_name(key)).await.is_some(),
            "{key} reached the database"
        );
    }
    assert_eq!(store.names_with_prefix("register").len(), 4_501);
}
