//! The JS API's rare and heavy operations, behind a seam of their own (`api`): `exportAs`'s
//! writers and `loadList` / `screenNames`' lists-worker client are fetched with their chunk
//! the first time one is called, so a page that never calls them never downloads them.
//!
//! The callers (`embed::Mounted`) gather what each operation reads synchronously, as before,
//! and hand it over here; every method already answered with a Promise, so the fetch only
//! adds to the time before it settles. A chunk that cannot be fetched rejects the Promise
//! with the widget's words for it, and changes nothing.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use wasm_bindgen::prelude::*;

use crate::core::assessment::Assessment;
use crate::core::deliver::{self, Deliverable};
use crate::core::embed;
use crate::core::export_format::ExportFormat;
use crate::core::i18n::party::PartyMsg;
use crate::core::i18n::{text, Msg};
use crate::core::parties::Found;
use crate::core::question_set::{Lang, QuestionSet};
use crate::core::widget::screening::Screening;
use crate::core::widget::HostEvent;
use crate::ui::seam::NotLoaded;
use crate::ui::Bridge;
use crate::web::download::bytes_of;
use crate::web::party_lists::ApiLists;
use crate::web::storage::Store;

/// What an operation settles its Promise with.
pub type Op = Pin<Box<dyn Future<Output = Result<JsValue, JsValue>>>>;

/// What `exportAs` writes, read from storage by the caller.
pub enum Export {
    Assessment {
        format: ExportFormat,
        name: String,
        assessment: Rc<Assessment>,
        set: Box<QuestionSet>,
    },
    Register {
        format: ExportFormat,
        screening: Rc<Screening>,
        /// The day the report is dated (an ISO date).
        day: String,
    },
}

/// The operations, as plain function pointers into the chunk.
#[derive(Clone, Copy)]
pub struct Ops {
    pub export: fn(Export, Lang, Rc<Bridge>) -> Op,
    pub load_list: fn(Rc<ApiLists>, Store, Vec<web_sys::File>, Lang) -> Op,
    pub screen_names: fn(Rc<ApiLists>, Store, Vec<String>, Lang) -> Op,
}

// Built inside the split function (not a `static`): the pointers are then taken in the chunk's
// code, and so is everything they reach.
#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(api, fallible)]
fn api() -> Result<Ops, NotLoaded> {
    Ok(all())
}

fn all() -> Ops {
    Ops {
        export,
        load_list,
        screen_names,
    }
}

thread_local! {
    static LOADED: Cell<Option<Ops>> = const { Cell::new(None) };
}

/// The operations, fetching their chunk the first time (a failed fetch is tried again on the
/// next call).
pub async fn ops(lang: Lang) -> Result<Ops, JsValue> {
    if let Some(ops) = LOADED.with(Cell::get) {
        return Ok(ops);
    }
    #[cfg(feature = "split")]
    let loaded = api().await;
    #[cfg(not(feature = "split"))]
    let loaded: Result<Ops, NotLoaded> = Ok(all());
    let ops = loaded.map_err(|NotLoaded| refuse(text(lang, &Msg::PartUnavailable)))?;
    LOADED.with(|l| l.set(Some(ops)));
    Ok(ops)
}

fn refuse(message: impl std::fmt::Display) -> JsValue {
    super::refuse(message).into()
}

/// `msg` in `lang` as an Error, the worker's own words after it when it failed.
fn refusal(lang: Lang, msg: Msg) -> JsValue {
    let said = text(lang, &msg);
    match &msg {
        Msg::Party(PartyMsg::WorkerFailed(detail)) if !detail.is_empty() => {
            refuse(format!("{said} ({detail})"))
        }
        _ => refuse(said),
    }
}

fn to_js(value: &serde_json::Value) -> Result<JsValue, JsValue> {
    serde::Serialize::serialize(value, &serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(refuse)
}

/// A `File` of the export, the host told of it.
fn export(job: Export, lang: Lang, bridge: Rc<Bridge>) -> Op {
    Box::pin(async move {
        let (format, file) = match job {
            Export::Assessment {
                format,
                name,
                assessment,
                set,
            } => (
                format,
                deliver::assessment(format, &name, &assessment, &set, lang),
            ),
            Export::Register {
                format,
                screening,
                day,
            } => {
                let file = screening.export(format, lang, &day).ok_or_else(|| {
                    refuse(format!(
                        "att-diligence: exportAs: the register exports as json, csv, xlsx or html, not {}",
                        embed::format_name(format)
                    ))
                })?;
                (format, file)
            }
        };
        let Deliverable {
            filename,
            mime,
            body,
        } = file;
        // The reason in the widget's language, the writer's own words after it.
        let bytes = bytes_of(body).await.map_err(|e| {
            let detail = e.detail().to_owned();
            refuse(format!("{} ({detail})", text(lang, &Msg::XlsxFailed(e))))
        })?;
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
        let options = web_sys::FilePropertyBag::new();
        options.set_type(mime);
        let file =
            web_sys::File::new_with_u8_array_sequence_and_options(&parts, &filename, &options)?;
        bridge.tell(&HostEvent::Export { format, filename });
        Ok(file.into())
    })
}

/// Loads `files` as one list, kept as the lists panel keeps it: a Promise of the list.
fn load_list(lists: Rc<ApiLists>, store: Store, files: Vec<web_sys::File>, lang: Lang) -> Op {
    Box::pin(async move {
        let l = lists
            .load(&store, files)
            .await
            .map_err(|m| refusal(lang, m))?;
        to_js(&serde_json::json!({
            "source": l.list.source,
            "generated": l.list.generated,
            "datedByList": l.list.dated_by_list,
            "entries": l.list.entries,
            "names": l.list.names,
            "kept": l.kept,
        }))
    })
}

/// Screens `names` against the saved lists at the saved threshold: `[{ name, matches }]`.
fn screen_names(lists: Rc<ApiLists>, store: Store, names: Vec<String>, lang: Lang) -> Op {
    Box::pin(async move {
        let threshold = crate::web::party_lists::threshold(&store);
        let results = lists
            .screen(&store, names.clone(), threshold)
            .await
            .map_err(|m| refusal(lang, m))?;
        let out: Vec<serde_json::Value> = names
            .into_iter()
            .zip(results)
            .map(|(name, found)| {
                serde_json::json!({
                    "name": name,
                    "matches": found.iter().map(found_json).collect::<Vec<_>>(),
                })
            })
            .collect();
        to_js(&serde_json::Value::Array(out))
    })
}

/// A possible match as `screenNames` gives it.
fn found_json(f: &Found) -> serde_json::Value {
    serde_json::json!({
        "list": f.source,
        "reference": f.reference,
        "listedName": f.listed_name,
        "matchedName": f.matched_name,
        "score": f.score,
        "programmes": f.programmes,
        "listedOn": f.listed_on,
        "subList": f.sub_list,
    })
}
