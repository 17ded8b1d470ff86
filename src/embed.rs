//! The JS API the loader (`www/js/widget.js`) wraps: `mount` renders the widget into an element
//! inside the host element's shadow root and returns a handle with `getState`, `setState`,
//! `exportAs`, `setLang` and `destroy`. Options and state cross the boundary through
//! serde-wasm-bindgen and are checked by `core::embed`; every refusal is a JS `Error` whose
//! message names what was wrong, and a refused `setState` changes nothing.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::AppHandle;

use crate::core::deliver::{self, Deliverable};
use crate::core::embed::{self, Config, Options, StateV1, Target};
use crate::core::export::{self, Imported};
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Lang, QuestionSet};
use crate::core::register::{Register, RegisterAction};
use crate::core::register_export;
use crate::core::rules::Engine;
use crate::core::workspace::Workspace;
use crate::ui::content::{load_builtin, Content, LoadedSet};
use crate::ui::restore;
use crate::ui::screening_state::ScreeningState;
use crate::ui::{App, AppProps, Bridge, Command};
use crate::web::download::bytes_of;
use crate::web::storage::Store;

/// A mounted widget, as the host page holds it.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<AppHandle<App>>,
    config: Rc<Config>,
    bridge: Rc<Bridge>,
    content: Rc<Content>,
}

/// Renders a widget into `root` with `options` (`{ lang, modules, storageKey }`, all optional).
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
    // As a JSON value, checked by the core: names, types and values, each refusal naming the
    // option. (A function or symbol in it reads as no value at all, or as not an object.)
    let options: Options = if options.is_undefined() || options.is_null() {
        Options::default()
    } else {
        let value: serde_json::Value = serde_wasm_bindgen::from_value(options)
            .map_err(|_| JsError::from(embed::OptionError::NotAnObject))?;
        embed::options(&value)?
    };
    let config = Rc::new(embed::config(options)?);
    if let Some(locate) = worker {
        crate::web::worker::set_locator(locate);
    }
    let content = Rc::new(load_builtin().map_err(|e| JsError::new(&e))?);
    let bridge = Bridge::new(emit, load_pack);
    let props = AppProps {
        config: config.clone(),
        bridge: bridge.clone(),
        content: Some(content.clone()),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    Ok(WidgetHandle {
        app: Some(app),
        config,
        bridge,
        content,
    })
}

fn refuse(message: impl std::fmt::Display) -> JsError {
    JsError::new(&message.to_string())
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Every assessment and the shipment register, each as its JSON export.
    #[wasm_bindgen(js_name = getState)]
    pub fn get_state(&self) -> Result<JsValue, JsError> {
        // As a JSON value first: serde-wasm-bindgen then needs one serializer (for `Value`)
        // rather than one per export type, which keeps the bundle smaller.
        let value: serde_json::Value =
            serde_json::from_str(&export::canonical(&self.state())).map_err(refuse)?;
        serde::Serialize::serialize(&value, &serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(refuse)
    }

    /// Replaces the assessments and/or the register with those in `state` (what `getState`
    /// returns). Every document is checked before anything is written.
    #[wasm_bindgen(js_name = setState)]
    pub fn set_state(&self, state: JsValue) -> Result<(), JsError> {
        let lang = self.lang();
        let value: serde_json::Value = serde_wasm_bindgen::from_value(state)
            .map_err(|_| refuse(embed::StateError::NotAState))?;
        let incoming = embed::split_state(&value).map_err(refuse)?;
        let sets = self.sets();
        let plain: Vec<QuestionSet> = sets.iter().map(|s| s.set.clone()).collect();
        let assessments = match &incoming.assessments {
            None => None,
            Some(docs) => Some(
                docs.iter()
                    .enumerate()
                    .map(|(i, bytes)| {
                        export::import(bytes, &plain).map_err(|e| {
                            refuse(format!(
                                "att-diligence: setState: assessments[{i}]: {}",
                                text(lang, &Msg::ImportFailed(e))
                            ))
                        })
                    })
                    .collect::<Result<Vec<Imported>, JsError>>()?,
            ),
        };
        let screening = self.screening();
        let register = match (&incoming.register, &screening) {
            (Some(bytes), Some(s)) => {
                let engine = Engine::new(&s.rules, &s.lists, &s.jurisdictions);
                let (shipments, _) = register_export::import(bytes, &engine).map_err(|e| {
                    refuse(format!(
                        "att-diligence: setState: register: {}",
                        text(lang, &Msg::ImportFailed(e))
                    ))
                })?;
                let mut r = Register::default();
                r.apply(RegisterAction::Append(shipments), &engine);
                Some(r)
            }
            _ => None,
        };

        // Written, and the open module remounted, the way a restored backup is.
        restore::write_and_remount(
            &self.store(),
            &self.bridge,
            &self.content(),
            &self.first_name(),
            assessments,
            register,
        )
        .map_err(|_| refuse(text(lang, &Msg::StorageFull)))?;
        Ok(())
    }

    /// A `File` with the export of the open assessment (`target` "assessment", the default) or
    /// of the register (`target` "register") in `format` (json, csv, markdown, html, xlsx).
    #[wasm_bindgen(js_name = exportAs)]
    pub fn export_as(&self, format: String, target: Option<String>) -> js_sys::Promise {
        let file = self.deliverable(&format, target.as_deref());
        let (bridge, lang) = (self.bridge.clone(), self.lang());
        wasm_bindgen_futures::future_to_promise(async move {
            let (
                format,
                Deliverable {
                    filename,
                    mime,
                    body,
                },
            ) = file.map_err(JsValue::from)?;
            // The reason in the widget's language, the writer's own words after it.
            let bytes = bytes_of(body).await.map_err(|e| {
                let detail = e.detail().to_owned();
                JsValue::from(refuse(format!(
                    "{} ({detail})",
                    text(lang, &Msg::XlsxFailed(e))
                )))
            })?;
            let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
            let options = web_sys::FilePropertyBag::new();
            options.set_type(mime);
            let file =
                web_sys::File::new_with_u8_array_sequence_and_options(&parts, &filename, &options)?;
            bridge.emit(
                "export",
                &crate::ui::app::Exported {
                    format: embed::format_name(format),
                    filename,
                },
            );
            Ok(file.into())
        })
    }

    /// Shows the widget in another language (`en`, `zh`).
    #[wasm_bindgen(js_name = setLang)]
    pub fn set_lang(&self, tag: &str) -> Result<(), JsError> {
        let lang =
            Lang::from_tag(tag).ok_or_else(|| refuse(embed::OptionError::Lang(tag.into())))?;
        self.bridge.command(Command::SetLang(lang));
        Ok(())
    }

    /// Removes the widget from the page; its saved work stays in storage.
    pub fn destroy(mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

impl WidgetHandle {
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
        restore::all_sets(&self.store(), &self.content())
    }

    fn programme_sets<'a>(&self, sets: &'a [Rc<LoadedSet>]) -> Vec<&'a QuestionSet> {
        restore::programme_sets(sets)
    }

    fn workspace(&self, sets: &[Rc<LoadedSet>]) -> Workspace {
        restore::workspace(&self.store(), &self.bridge, sets, &self.first_name())
    }

    fn screening(&self) -> Option<Rc<ScreeningState>> {
        restore::screening(&self.store(), &self.bridge, &self.content())
    }

    fn state(&self) -> StateV1 {
        restore::state(
            &self.store(),
            &self.bridge,
            &self.content(),
            self.lang(),
            &self.first_name(),
        )
    }

    fn deliverable(
        &self,
        format: &str,
        target: Option<&str>,
    ) -> Result<(crate::core::i18n::ExportFormat, Deliverable), JsError> {
        let format = embed::parse_format(format)?;
        let lang = self.lang();
        match embed::parse_target(target)? {
            Target::Assessment => {
                let sets = self.sets();
                let workspace = self.workspace(&sets);
                // The open assessment of the first programme set (the built-in one).
                let (entry, a, set) = self
                    .programme_sets(&sets)
                    .into_iter()
                    .find_map(|set| {
                        let (e, a) = workspace.open_of(&set.id)?;
                        Some((e.clone(), a.clone(), set.clone()))
                    })
                    .ok_or_else(|| refuse("att-diligence: exportAs: no assessment to export"))?;
                Ok((
                    format,
                    deliver::assessment(format, &entry.name, &a, &set, lang),
                ))
            }
            Target::Register => {
                let s = self
                    .screening()
                    .ok_or_else(|| refuse("att-diligence: exportAs: no register to export"))?;
                deliver::register(
                    format,
                    &s.register,
                    &s.set,
                    &s.lists,
                    &s.jurisdictions,
                    &s.decisions,
                    lang,
                )
                    .map(|d| (format, d))
                    .ok_or_else(|| {
                        refuse(format!(
                            "att-diligence: exportAs: the register exports as json, csv or xlsx, not {}",
                            embed::format_name(format)
                        ))
                    })
            }
        }
    }
}
