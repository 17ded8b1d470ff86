//! The widget's side of the embedding API: what it tells the host page (events), what the host
//! asks of it (commands), and the live state `getState` reads while a module is open.
//!
//! Architecture invariant: the widget never reaches the host page except through `emit`, which
//! dispatches a DOM event on the host element.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsValue;
use yew::Callback;

use super::content::Content;
use crate::core::question_set::Lang;
use crate::core::widget::screening::Screening;
use crate::core::widget::HostEvent;
use crate::core::workspace::Workspace;

/// What the host asks of the mounted widget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    SetLang(Lang),
    /// Storage was replaced (`setState`): open modules read it again.
    Reload,
}

/// The state of modules opened since mount (newer than storage when storage is full or the
/// register is too large to keep).
#[derive(Default)]
pub struct Live {
    pub lang: Option<Lang>,
    /// The content with the language packs loaded so far.
    pub content: Option<Rc<Content>>,
    pub workspace: Option<Workspace>,
    pub screening: Option<Rc<Screening>>,
}

#[derive(Default)]
pub struct Bridge {
    /// `(name, detail)`, dispatched by the loader as an `att-<name>` event on the host element.
    emit: Option<js_sys::Function>,
    /// `(lang)`: a Promise of a language pack's JSON text (fetched beside the module, or inlined).
    load_pack: Option<js_sys::Function>,
    pub live: RefCell<Live>,
    commands: RefCell<Option<Callback<Command>>>,
    /// Commands given before the widget listened (`setLang` at once after `mount`, while
    /// storage opens): carried out, in order, once it does.
    queued: RefCell<Vec<Command>>,
    /// Told of each change a module reports, after its live state is set (the "Your data"
    /// panel watches for work becoming substantial).
    changes: RefCell<Option<Callback<()>>>,
    /// `destroy()` was called: nothing more is drawn, emitted or fetched for this widget.
    destroyed: Cell<bool>,
    /// The widget has rendered once (with its hooks: every later render must call them too).
    drawn: Cell<bool>,
}

impl PartialEq for Bridge {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Bridge {
    pub fn new(emit: Option<js_sys::Function>, load_pack: Option<js_sys::Function>) -> Rc<Self> {
        Rc::new(Self {
            emit,
            load_pack,
            ..Self::default()
        })
    }

    /// Marks the widget destroyed: nothing more is emitted or fetched, and the command handler,
    /// change watcher and live state (which hold the widget's state) are let go.
    pub fn close(&self) {
        self.destroyed.set(true);
        self.commands.borrow_mut().take();
        self.queued.borrow_mut().clear();
        self.changes.borrow_mut().take();
        *self.live.borrow_mut() = Live::default();
    }

    pub fn is_destroyed(&self) -> bool {
        self.destroyed.get()
    }

    /// Whether the widget is to be drawn: not when it was destroyed before its first render.
    pub fn draws(&self) -> bool {
        if self.drawn.get() {
            return true;
        }
        let draws = !self.is_destroyed();
        self.drawn.set(draws);
        draws
    }

    /// The text of `lang`'s language pack, from the host page's loader.
    pub async fn fetch_pack(&self, lang: Lang) -> Result<String, String> {
        if self.is_destroyed() {
            return Err("destroyed".to_owned());
        }
        let load = self.load_pack.as_ref().ok_or("no language-pack loader")?;
        let promise = load
            .call1(&JsValue::NULL, &JsValue::from_str(lang.tag()))
            .map_err(|e| {
                wasm_bindgen::JsCast::dyn_ref::<js_sys::Error>(&e).map_or_else(
                    || {
                        e.as_string()
                            .unwrap_or_else(|| "the language-pack loader threw".to_owned())
                    },
                    |e| String::from(e.message()),
                )
            })?;
        let text = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&promise))
            .await
            .map_err(|e| {
                wasm_bindgen::JsCast::dyn_ref::<js_sys::Error>(&e).map_or_else(
                    || {
                        e.as_string()
                            .unwrap_or_else(|| "the language-pack loader failed".to_owned())
                    },
                    |e| String::from(e.message()),
                )
            })?;
        text.as_string().ok_or_else(|| "not text".to_owned())
    }

    /// Tells the host page; a host listener that throws cannot break the widget.
    pub fn tell(&self, event: &HostEvent) {
        if self.is_destroyed() {
            return;
        }
        if matches!(event, HostEvent::Change(_)) {
            let watcher = self.changes.borrow().clone();
            if let Some(w) = watcher {
                w.emit(());
            }
        }
        if let Some(f) = &self.emit {
            let detail = serde::Serialize::serialize(
                &event.detail(),
                &serde_wasm_bindgen::Serializer::json_compatible(),
            )
            .unwrap_or(JsValue::NULL);
            let _ = f.call2(&JsValue::NULL, &JsValue::from_str(event.name()), &detail);
        }
    }

    /// The widget's command handler, set once it is mounted; the commands queued until then
    /// are handed to it.
    pub fn listen(&self, handler: Callback<Command>) {
        *self.commands.borrow_mut() = Some(handler.clone());
        let queued = std::mem::take(&mut *self.queued.borrow_mut());
        for c in queued {
            handler.emit(c);
        }
    }

    /// The one watcher of changes (the widget's "Your data" panel).
    pub fn watch_changes(&self, watcher: Callback<()>) {
        *self.changes.borrow_mut() = Some(watcher);
    }

    /// Hands `command` to the widget, or queues it until the widget listens (none is kept
    /// for a destroyed widget). Whether it was carried out now.
    pub fn command(&self, command: Command) -> bool {
        let handler = self.commands.borrow().clone();
        match handler {
            Some(h) => {
                h.emit(command);
                true
            }
            None => {
                if !self.is_destroyed() {
                    self.queued.borrow_mut().push(command);
                }
                false
            }
        }
    }
}
