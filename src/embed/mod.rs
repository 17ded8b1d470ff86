//! The JS API the loader (`www/js/widget.js`) wraps: `mount` renders the widget into an element
//! inside the host element's shadow root and returns a handle with `getState`, `setState`,
//! `exportAs`, `setLang`, `loadList`, `screenNames` and `destroy`. Options and state cross the
//! boundary through serde-wasm-bindgen and are checked by `core::embed`; every refusal is a JS
//! `Error` whose message names what was wrong, and a refused `setState` changes nothing.
//!
//! What the host passes is written out as JSON by the browser and bounded (size, depth) before
//! the widget reads it, so no value can overflow the wasm stack. `destroy()` may come at any
//! moment, even before the first render; after it the handle stays valid and every method
//! throws "destroyed".

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::AppHandle;

mod ops;

use crate::core::embed::{self, Config, Options, StateV1, Target};
use crate::core::export;
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Lang, QuestionSet};
use crate::core::rules::Engine;
use crate::core::widget;
use crate::core::widget::screening::Screening;
use crate::core::workspace::Workspace;
use crate::ui::content::{load_builtin, Content, LoadedSet};
use crate::ui::{App, AppProps, Bridge, Command};
use crate::web::party_lists::ApiLists;
use crate::web::storage::Store;
use crate::web::whole_state;

/// A mounted widget, as the host page holds it: what it holds is let go at `destroy()`, and
/// the handle (a few bytes) stays to say so.
#[wasm_bindgen]
pub struct WidgetHandle {
    mounted: RefCell<Option<Rc<Mounted>>>,
}

struct Mounted {
    app: RefCell<Option<AppHandle<App>>>,
    config: Rc<Config>,
    bridge: Rc<Bridge>,
    content: Rc<Content>,
    /// `loadList` and `screenNames`' own lists worker.
    lists: Rc<ApiLists>,
    /// Keeps the storage backend while mounted; dropped, it is shut once its writes are stored.
    storage: RefCell<Option<crate::web::db::Hold>>,
}

const DESTROYED: &str =
    "att-diligence: this widget was destroyed; mount it again (mount(element, options)) to use it";

/// The most names one `screenNames` call takes, and the longest name.
const MAX_NAMES: usize = 100_000;
const MAX_NAME_CHARS: usize = 1_000;

/// Renders a widget into `root` with `options` (`{ lang, modules, storageKey, theme }`, all optional).
/// `emit(name, detail)` is how the widget tells the host page; `worker(name)` gives the script
/// URL of a worker (`xlsx`, `reader`); `load_pack(lang)` gives a Promise of a language pack's JSON text.
#[wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    options: JsValue,
    emit: Option<js_sys::Function>,
    worker: Option<js_sys::Function>,
    load_pack: Option<js_sys::Function>,
) -> Result<WidgetHandle, JsError> {
    // As a JSON value, bounded, checked by the core: names, types and values, each refusal
    // naming the option. (A function or symbol in it reads as no value at all, or as not an
    // object.)
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        let value = bounded("mount", &options)?
            .ok_or_else(|| JsError::from(embed::OptionError::NotAnObject))?;
        embed::options(&value)?
    };
    let config = Rc::new(embed::config(options)?);
    if let Some(locate) = worker {
        crate::web::worker::set_locator(locate);
    }
    // The first module's code is fetched while the content is parsed and storage opens.
    crate::ui::prefetch_first(&config);
    let content = Rc::new(load_builtin().map_err(|e| JsError::new(&e))?);
    let bridge = Bridge::new(emit, load_pack);
    let store = Store::new(&config.storage_key);
    let hold = crate::web::db::hold(store.prefix());
    let lists = ApiLists::new(&store, &config.storage_key);
    let props = AppProps {
        config: config.clone(),
        bridge: bridge.clone(),
        content: Some(content.clone()),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    let mounted = Mounted {
        app: RefCell::new(Some(app)),
        config,
        bridge,
        content,
        lists,
        storage: RefCell::new(Some(hold)),
    };
    Ok(WidgetHandle {
        mounted: RefCell::new(Some(Rc::new(mounted))),
    })
}

/// `value` as JSON, read within the bounds: written out by the browser (which refuses a
/// circular value and says so), measured, then parsed with serde_json's depth limit. `None`:
/// nothing JSON can hold (undefined, a function).
fn bounded(call: &'static str, value: &JsValue) -> Result<Option<serde_json::Value>, JsError> {
    let refused = |why| refuse(embed::Refused { call, why });
    let text = js_sys::JSON::stringify(value).map_err(|e| {
        let (name, message) = match e.dyn_ref::<js_sys::Error>() {
            Some(e) => (String::from(e.name()), String::from(e.message())),
            None => (String::new(), e.as_string().unwrap_or_default()),
        };
        refused(embed::stringify_failure(&name, &message))
    })?;
    if !text.is_string() {
        return Ok(None);
    }
    // UTF-16 units, before the copy into wasm: never more than the UTF-8 bytes.
    if text.length() as usize > embed::MAX_BOUNDARY_BYTES {
        return Err(refused(embed::BoundaryError::TooLarge));
    }
    embed::read_boundary(&String::from(text))
        .map(Some)
        .map_err(refused)
}

fn refuse(message: impl std::fmt::Display) -> JsError {
    JsError::new(&message.to_string())
}

fn rejected(e: JsError) -> js_sys::Promise {
    js_sys::Promise::reject(&JsValue::from(e))
}

/// `loadList`'s files: a `File`, an array of them, or a `FileList`.
fn list_files(value: &JsValue) -> Result<Vec<web_sys::File>, JsError> {
    const WHAT: &str = "att-diligence: loadList takes a File or an array of Files (for OFAC, sdn.csv, alt.csv and add.csv together)";
    let files: Vec<JsValue> = if let Some(f) = value.dyn_ref::<web_sys::File>() {
        vec![f.clone().into()]
    } else if let Some(list) = value.dyn_ref::<web_sys::FileList>() {
        (0..list.length())
            .filter_map(|i| list.get(i))
            .map(Into::into)
            .collect()
    } else if js_sys::Array::is_array(value) {
        value.unchecked_ref::<js_sys::Array>().iter().collect()
    } else {
        return Err(refuse(WHAT));
    };
    if files.is_empty() {
        return Err(refuse(format!("{WHAT}, not none")));
    }
    files
        .into_iter()
        .enumerate()
        .map(|(i, f)| {
            f.dyn_into::<web_sys::File>()
                .map_err(|_| refuse(format!("att-diligence: loadList: files[{i}] is not a File")))
        })
        .collect()
}

/// `screenNames`' names: an array of at most [`MAX_NAMES`] strings.
fn screen_names_of(value: &JsValue) -> Result<Vec<String>, JsError> {
    if !js_sys::Array::is_array(value) {
        return Err(refuse(
            "att-diligence: screenNames takes an array of names (strings)",
        ));
    }
    let names = value.unchecked_ref::<js_sys::Array>();
    let n = names.length() as usize;
    if n > MAX_NAMES {
        return Err(refuse(format!(
            "att-diligence: screenNames: {n} names; it takes at most {MAX_NAMES} at a time"
        )));
    }
    names
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let name = v.as_string().ok_or_else(|| {
                refuse(format!("att-diligence: screenNames: names[{i}] is not a string"))
            })?;
            if name.chars().count() > MAX_NAME_CHARS {
                return Err(refuse(format!(
                    "att-diligence: screenNames: names[{i}] is longer than {MAX_NAME_CHARS} characters"
                )));
            }
            Ok(name)
        })
        .collect()
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Every assessment and the shipment register, each as its JSON export.
    #[wasm_bindgen(js_name = getState)]
    pub fn get_state(&self) -> Result<JsValue, JsError> {
        self.live()?.get_state()
    }

    /// Replaces the assessments and/or the register with those in `state` (what `getState`
    /// returns). Every document is checked before anything is written.
    #[wasm_bindgen(js_name = setState)]
    pub fn set_state(&self, state: JsValue) -> Result<(), JsError> {
        self.live()?.set_state(state)
    }

    /// A `File` with the export of the open assessment (`target` "assessment", the default) or
    /// of the register (`target` "register") in `format` (json, csv, markdown, html, xlsx).
    #[wasm_bindgen(js_name = exportAs)]
    pub fn export_as(
        &self,
        format: String,
        target: Option<String>,
    ) -> Result<js_sys::Promise, JsError> {
        Ok(self.live()?.export_as(format, target))
    }

    /// Shows the widget in another language (`en`, `zh`).
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&self, tag: &str) -> Result<(), JsError> {
        self.live()?.set_lang(tag)
    }

    /// Loads a sanctions list from `files`: a Promise of the list (see `Mounted::load_list`).
    #[wasm_bindgen(js_name = loadList)]
    pub fn load_list(&self, files: JsValue) -> Result<js_sys::Promise, JsError> {
        Ok(self.live()?.load_list(files))
    }

    /// Screens names against the saved lists (see `Mounted::screen_names`).
    #[wasm_bindgen(js_name = screenNames)]
    pub fn screen_names(&self, names: JsValue) -> Result<js_sys::Promise, JsError> {
        Ok(self.live()?.screen_names(names))
    }

    /// Removes the widget from the page, at any moment (even before its first render), and
    /// lets go of all it holds: storage listeners, lists worker, pending work. Its saved work
    /// stays in storage. A second call does nothing.
    pub fn destroy(&self) {
        let taken = self.mounted.borrow_mut().take();
        if let Some(m) = taken {
            m.destroy();
        }
    }
}

impl WidgetHandle {
    fn live(&self) -> Result<Rc<Mounted>, JsError> {
        self.mounted
            .borrow()
            .clone()
            .ok_or_else(|| refuse(DESTROYED))
    }
}

impl Mounted {
    fn destroy(&self) {
        // First: no further render, event or language pack for this widget.
        self.bridge.close();
        self.lists.stop();
        let mut app = self.app.borrow_mut().take();
        let hold = self.storage.borrow_mut().take();
        if let Some(a) = app.take() {
            if a.get_component().is_some() {
                a.destroy();
            } else {
                app = Some(a);
            }
        }
        let pause = || yew::platform::time::sleep(std::time::Duration::ZERO);
        yew::platform::spawn_local(async move {
            // Not created yet (mounted in this same task) or in the middle of rendering: Yew
            // runs a destroy queued now before the pending create, and the new component would
            // draw into a detached root for good. Destroyed once it exists (drawing nothing).
            let mut tries = 0;
            while let Some(a) = app.take() {
                pause().await;
                if a.get_component().is_some() {
                    a.destroy();
                } else if tries < 1_000 {
                    tries += 1;
                    app = Some(a);
                }
            }
            // After the components' own cleanup (a note's last save): the storage is let go.
            pause().await;
            drop(hold);
        });
    }

    fn get_state(&self) -> Result<JsValue, JsError> {
        // As a JSON value first: serde-wasm-bindgen then needs one serializer (for `Value`)
        // rather than one per export type, which keeps the bundle smaller.
        let value: serde_json::Value =
            serde_json::from_str(&export::canonical(&self.state())).map_err(refuse)?;
        serde::Serialize::serialize(&value, &serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(refuse)
    }

    fn set_state(&self, state: JsValue) -> Result<(), JsError> {
        let lang = self.lang();
        let value =
            bounded("setState", &state)?.ok_or_else(|| refuse(embed::StateError::NotAState))?;
        let plain: Vec<QuestionSet> = self.sets().iter().map(|s| s.set.clone()).collect();
        let screening = self.screening();
        let engine = screening
            .as_ref()
            .map(|s| Engine::new(&s.rules, &s.lists, &s.jurisdictions));
        // Checked whole in the core before anything is written: a refused state changes nothing.
        let replacement = widget::state::check_set_state(&value, &plain, engine.as_ref())
            .map_err(|e| refuse(e.message(lang)))?;
        // Written, and the open module remounted, the way a restored backup is.
        whole_state::write_and_remount(
            &self.store(),
            &self.bridge,
            &self.content(),
            &self.first_name(),
            replacement.assessments,
            replacement.register,
        )
        .map_err(|_| refuse(text(lang, &Msg::StorageFull)))?;
        Ok(())
    }

    fn export_as(&self, format: String, target: Option<String>) -> js_sys::Promise {
        let job = self.export_job(&format, target.as_deref());
        let (bridge, lang) = (self.bridge.clone(), self.lang());
        wasm_bindgen_futures::future_to_promise(async move {
            let job = job.map_err(JsValue::from)?;
            let ops = ops::ops(lang).await?;
            (ops.export)(job, lang, bridge).await
        })
    }

    fn set_lang(&self, tag: &str) -> Result<(), JsError> {
        let lang =
            Lang::from_tag(tag).ok_or_else(|| refuse(embed::OptionError::Lang(tag.into())))?;
        self.bridge.command(Command::SetLang(lang));
        Ok(())
    }

    /// Loads a sanctions list from `files` (a `File`, or an array of them: OFAC's sdn.csv,
    /// alt.csv and add.csv together) and keeps it as the lists panel does; the screening
    /// module screens against it at once. A Promise of the list, or of an Error saying in the
    /// widget's language why it was not loaded (the lists loaded before stay).
    fn load_list(&self, files: JsValue) -> js_sys::Promise {
        let files = match list_files(&files) {
            Ok(f) => f,
            Err(e) => return rejected(e),
        };
        let (lists, store, lang) = (self.lists.clone(), self.store(), self.lang());
        self.lists.queue(async move {
            let ops = ops::ops(lang).await?;
            (ops.load_list)(lists, store, files, lang).await
        })
    }

    /// Screens each of `names` against the saved lists at the saved threshold: a Promise of
    /// `[{ name, matches }]` in the order given, or of an Error when no list is loaded.
    fn screen_names(&self, names: JsValue) -> js_sys::Promise {
        let names = match screen_names_of(&names) {
            Ok(n) => n,
            Err(e) => return rejected(e),
        };
        let (lists, store, lang) = (self.lists.clone(), self.store(), self.lang());
        self.lists.queue(async move {
            let ops = ops::ops(lang).await?;
            (ops.screen_names)(lists, store, names, lang).await
        })
    }

    fn store(&self) -> Store {
        Store::new(&self.config.storage_key)
    }

    fn lang(&self) -> Lang {
        let live = self.bridge.live.borrow().lang;
        live.or(self.config.lang).unwrap_or(Lang::En)
    }

    fn first_name(&self) -> String {
        text(self.lang(), &Msg::AssessmentNumber(1))
    }

    /// The content as the widget shows it: with the language packs loaded so far.
    fn content(&self) -> Rc<Content> {
        let live = self.bridge.live.borrow().content.clone();
        live.unwrap_or_else(|| self.content.clone())
    }

    /// Built-in and custom sets (whether offered in this embed or not: state is the storage's).
    fn sets(&self) -> Vec<Rc<LoadedSet>> {
        whole_state::all_sets(&self.store(), &self.content())
    }

    fn programme_sets<'a>(&self, sets: &'a [Rc<LoadedSet>]) -> Vec<&'a QuestionSet> {
        whole_state::programme_sets(sets)
    }

    fn workspace(&self, sets: &[Rc<LoadedSet>]) -> Workspace {
        whole_state::workspace(&self.store(), &self.bridge, sets, &self.first_name())
    }

    fn screening(&self) -> Option<Rc<Screening>> {
        whole_state::screening(&self.store(), &self.bridge, &self.content())
    }

    fn state(&self) -> StateV1 {
        whole_state::state(
            &self.store(),
            &self.bridge,
            &self.content(),
            self.lang(),
            &self.first_name(),
        )
    }

    /// What `exportAs` writes, read now (the writing waits for the `api` chunk).
    fn export_job(&self, format: &str, target: Option<&str>) -> Result<ops::Export, JsError> {
        let format = embed::parse_format(format)?;
        match embed::parse_target(target)? {
            Target::Assessment => {
                let sets = self.sets();
                let workspace = self.workspace(&sets);
                // The open assessment of the first programme set (the built-in one).
                let (name, assessment, set) = self
                    .programme_sets(&sets)
                    .into_iter()
                    .find_map(|set| {
                        let (e, a) = workspace.open_of(&set.id)?;
                        Some((e.name.clone(), a.clone(), Box::new(set.clone())))
                    })
                    .ok_or_else(|| refuse("att-diligence: exportAs: no assessment to export"))?;
                Ok(ops::Export::Assessment {
                    format,
                    name,
                    assessment,
                    set,
                })
            }
            Target::Register => {
                let screening = self
                    .screening()
                    .ok_or_else(|| refuse("att-diligence: exportAs: no register to export"))?;
                let day: String = crate::web::clock::now_iso().chars().take(10).collect();
                Ok(ops::Export::Register {
                    format,
                    screening,
                    day,
                })
            }
        }
    }
}
