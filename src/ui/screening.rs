//! The shipment-screening module: the register (sortable, filterable by finding, rendering only
//! the rows on screen), one shipment's screening, batch import and the reference lists. The
//! register and the user's lists are saved by one effect each.

use std::rc::Rc;

use yew::prelude::*;

use super::batch_import::BatchImport;
use super::bridge::Bridge;
use super::content::LoadedSet;
use super::delivery::use_delivery;
use super::lists_view::ListsView;
use super::party_check::PartyCheck;
use super::party_lists::PartyLists;
use super::party_run::{date_today, use_party_screening};
use super::problem::Problem;
use super::screening_state::{ScreeningAction, ScreeningState};
use super::shipment_editor::ShipmentEditor;
use crate::core::builtin;
use crate::core::deliver::{self, REGISTER_FORMATS};
use crate::core::embargo::Jurisdictions;
use crate::core::embed::format_name;
use crate::core::export::ImportError;
use crate::core::export_format::ExportFormat;
use crate::core::i18n::party::PartyMsg;
use crate::core::i18n::{text, Msg};
use crate::core::lists::{ListEdits, RefList, EDITS_KIND};
use crate::core::parties::Decisions;
use crate::core::question_set::Lang;
use crate::core::register::{RegisterAction, SortKey};
use crate::core::register_export;
use crate::core::register_export::MAX_IMPORT_BYTES;
use crate::core::rules::{Engine, RuleSet};
use crate::core::screening::Level;
use crate::core::sources::Catalogue;
use crate::core::widget::{Changed, HostEvent, Key};
use crate::web::download::deliver_file;
use crate::web::files::{read_bytes, FileError};
use crate::web::persist::{load_register, save_register, Saved};
use crate::web::storage::Store;

/// Fixed row height of the register table (CSS matches), so the window can be computed.
const ROW_PX: usize = 36;
const WINDOW_ROWS: usize = 30;

#[derive(Properties, PartialEq)]
pub struct ScreeningProps {
    pub set: Rc<LoadedSet>,
    pub gbv: Option<Rc<LoadedSet>>,
    pub catalogue: Rc<Catalogue>,
    pub lang: Lang,
    pub instance: AttrValue,
    pub store: Rc<Store>,
    pub on_notice: Callback<Msg>,
    /// Told of every file handed to the user (the embedding page hears of it).
    pub on_delivered: Callback<(ExportFormat, String)>,
    pub bridge: Rc<Bridge>,
    /// The built-in reference lists (in the languages loaded).
    pub lists: Rc<Vec<RefList>>,
}

/// The register and lists as saved (what the module shows at mount, and what `getState` reads
/// when the module is not open).
pub(crate) fn load(
    store: &Store,
    set: &LoadedSet,
    builtin_lists: &Rc<Vec<RefList>>,
) -> (ScreeningState, Rc<Vec<RefList>>, Vec<Msg>, Saved) {
    let mut notices = Vec::new();
    let rules = Rc::new(builtin::rules().unwrap_or_else(|_| RuleSet {
        format: 1,
        rules: Vec::new(),
    }));
    let builtin_lists: Vec<RefList> = (**builtin_lists).clone();
    // The user's edits are kept apart from the built-in lists and applied on top, so lists
    // updated in a newer widget still reach users who edited theirs.
    let lists: Vec<RefList> = match store.get(&Key::Lists).ok().flatten() {
        Some(raw) => match serde_json::from_str::<ListEdits>(&raw) {
            Ok(edits) if edits.kind == EDITS_KIND && edits.version == 1 => {
                edits.apply(&builtin_lists)
            }
            Ok(_) | Err(_) => {
                let _ = store.quarantine(&Key::Lists, &raw);
                notices.push(Msg::SavedWorkUnreadable(
                    crate::core::saved::LoadError::NotAnAssessment,
                ));
                builtin_lists.clone()
            }
        },
        None => builtin_lists.clone(),
    };
    let jurisdictions = match store.get(&Key::Jurisdictions).ok().flatten() {
        Some(raw) => Jurisdictions::decode(&raw).unwrap_or_else(|e| {
            let _ = store.quarantine(&Key::Jurisdictions, &raw);
            notices.push(Msg::SavedWorkUnreadable(e));
            Jurisdictions::default()
        }),
        None => Jurisdictions::default(),
    };
    let decisions = match store.get(&Key::PartyDecisions).ok().flatten() {
        Some(raw) => Decisions::decode(&raw).unwrap_or_else(|e| {
            let _ = store.quarantine(&Key::PartyDecisions, &raw);
            notices.push(Msg::SavedWorkUnreadable(e));
            Decisions::default()
        }),
        None => Decisions::default(),
    };
    let (register, saved) = {
        let engine = Engine::new(&rules, &lists, &jurisdictions);
        let (register, saved, problems) = load_register(store, &engine);
        notices.extend(problems.into_iter().map(Msg::SavedWorkUnreadable));
        (register, saved)
    };
    let state = ScreeningState::new(
        register,
        Rc::new(set.set.clone()),
        rules,
        Rc::new(lists),
        Rc::new(jurisdictions),
        Rc::new(decisions),
    );
    (state, Rc::new(builtin_lists), notices, saved)
}

#[derive(Clone, Copy, PartialEq)]
enum Panel {
    Register,
    Batch,
    Lists,
    Parties,
}

#[component]
pub fn ScreeningModule(props: &ScreeningProps) -> Html {
    let lang = props.lang;
    let loaded = {
        let (store, set, lists) = (props.store.clone(), props.set.clone(), props.lists.clone());
        use_memo((), move |_| load(&store, &set, &lists))
    };
    {
        let (on_notice, notices) = (props.on_notice.clone(), loaded.2.clone());
        use_effect_with((), move |_| {
            notices.into_iter().for_each(|m| on_notice.emit(m))
        });
    }
    let state = use_reducer(|| loaded.0.clone());
    // What storage holds of the register, so a save writes only what changed since.
    let saved = use_mut_ref(|| loaded.3.clone());
    {
        let (store, on_notice, state, bridge) = (
            props.store.clone(),
            props.on_notice.clone(),
            state.clone(),
            props.bridge.clone(),
        );
        let saved = saved.clone();
        use_effect_with(state.revision, move |revision| {
            // A copy of pointers (the entries are `Rc`), not of the records.
            bridge.live.borrow_mut().screening = Some(Rc::new((*state).clone()));
            if *revision > 0 {
                bridge.tell(&HostEvent::Change(Changed::Register));
            }
            if *revision > 0 {
                // Only the shipments that changed are written (and the index when it changed).
                let before = saved.borrow().clone();
                match save_register(&store, &before, &state.register) {
                    Ok(now) => *saved.borrow_mut() = now,
                    Err(e) => on_notice.emit(e.message()),
                }
            }
        });
    }
    {
        let (store, on_notice, state, builtin) = (
            props.store.clone(),
            props.on_notice.clone(),
            state.clone(),
            loaded.1.clone(),
        );
        use_effect_with(state.lists_revision, move |revision| {
            if *revision > 0 {
                // Only the user's changes are saved, over whatever built-in lists are current.
                let edits = ListEdits::diff(&builtin, &state.lists);
                let json = serde_json::to_string(&edits).unwrap_or_default();
                match store.set(&Key::Lists, &json) {
                    Ok(()) => on_notice.emit(Msg::ListsChanged),
                    Err(_) => on_notice.emit(Msg::StorageFull),
                }
            }
        });
    }
    {
        let (store, on_notice, state) =
            (props.store.clone(), props.on_notice.clone(), state.clone());
        use_effect_with(state.jurisdictions_revision, move |revision| {
            if *revision > 0
                && store
                    .set(&Key::Jurisdictions, &state.jurisdictions.encode())
                    .is_err()
            {
                on_notice.emit(Msg::StorageFull);
            }
        });
    }
    let counted = AttrValue::from(counted_names(&state.lists, &state.jurisdictions, lang));
    let open = use_state(|| None::<String>);
    // Removing a shipment asks first, as deleting an assessment does.
    let confirming_remove = use_state(|| false);
    let panel = use_state(|| Panel::Register);
    let sort = use_state(|| SortKey::Added);
    let only = use_state(|| None::<Level>);
    let first_row = use_state(|| 0usize);
    let delivery = use_delivery(&props.on_delivered, &props.on_notice);
    let party = use_party_screening(
        props.store.clone(),
        props.instance.clone(),
        state.clone(),
        (*open).clone(),
        props.on_notice.clone(),
    );
    let order = {
        let (revision, key, filter) = (state.revision, *sort, *only);
        let state = state.clone();
        use_memo((revision, key, filter), move |_| {
            state.register.ordered(&state.levels, key, filter)
        })
    };

    let dispatch = |f: Rc<dyn Fn() -> ScreeningAction>| {
        let d = state.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(f()))
    };
    let to_panel = |p: Panel| {
        let (panel, open) = (panel.clone(), open.clone());
        Callback::from(move |_: MouseEvent| {
            open.set(None);
            panel.set(p);
        })
    };
    let new_shipment = {
        let (d, open, panel) = (state.dispatcher(), open.clone(), panel.clone());
        let (id, n) = (state.register.peek_next_id(), state.register.counter + 1);
        let reference = text(lang, &Msg::NewShipmentReference(n));
        Callback::from(move |_: MouseEvent| {
            d.dispatch(ScreeningAction::Register(RegisterAction::New(
                reference.clone(),
            )));
            open.set(Some(id.clone()));
            panel.set(Panel::Register);
        })
    };
    let export = |format: ExportFormat| {
        let state = state.clone();
        delivery.callback(move || {
            deliver::register(
                format,
                &state.register,
                &state.set,
                &state.lists,
                &state.jurisdictions,
                &state.decisions,
                lang,
            )
            .map(|file| (file, format))
        })
    };
    let import_id = format!("{}-register-import", props.instance);
    // Why the last register file picked was refused; cleared when another is picked.
    let import_failed = use_state(|| None::<Msg>);
    let on_import = {
        let (d, on_notice, state) = (state.dispatcher(), props.on_notice.clone(), state.clone());
        let failed = import_failed.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            failed.set(None);
            let (d, on_notice, state, failed) =
                (d.clone(), on_notice.clone(), state.clone(), failed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let bytes = match read_bytes(file, MAX_IMPORT_BYTES).await {
                    Ok(b) => b,
                    Err(FileError::TooLarge { bytes }) => {
                        let limit = MAX_IMPORT_BYTES;
                        let e = ImportError::TooLarge { bytes, limit };
                        return failed.set(Some(Msg::ImportFailed(e)));
                    }
                    Err(FileError::Unreadable) => return failed.set(Some(Msg::FileUnreadable)),
                };
                let engine = Engine::new(&state.rules, &state.lists, &state.jurisdictions);
                match register_export::import(&bytes, &engine) {
                    Ok((records, integrity)) => {
                        let n = records.len();
                        d.dispatch(ScreeningAction::Register(RegisterAction::Append(records)));
                        on_notice.emit(Msg::RegisterImported {
                            shipments: n,
                            integrity,
                        });
                    }
                    Err(e) => failed.set(Some(Msg::ImportFailed(e))),
                }
            });
        })
    };
    let toolbar = html! {
        <div class="att-toolbar">
            <button type="button" class="att-primary att-new-shipment" onclick={new_shipment}>{ text(lang, &Msg::NewShipment) }</button>
            <button type="button" data-panel="register" aria-pressed={(*panel == Panel::Register && open.is_none()).to_string()} onclick={to_panel(Panel::Register)}>{ text(lang, &Msg::Register) }</button>
            <button type="button" data-panel="batch" aria-pressed={(*panel == Panel::Batch).to_string()} onclick={to_panel(Panel::Batch)}>{ text(lang, &Msg::BatchImport) }</button>
            <button type="button" data-panel="parties" aria-pressed={(*panel == Panel::Parties).to_string()} onclick={to_panel(Panel::Parties)}>{ text(lang, &Msg::Party(PartyMsg::ListsHeading)) }</button>
            <button type="button" data-panel="lists" aria-pressed={(*panel == Panel::Lists).to_string()} onclick={to_panel(Panel::Lists)}>{ text(lang, &Msg::ReferenceLists) }</button>
        </div>
    };
    let transfer = html! {
        <div class="att-transfer">
            <div class="att-export" role="group" aria-label={text(lang, &Msg::ExportAs)}>
                <span class="att-label">{ text(lang, &Msg::ExportAs) }</span>
                { for REGISTER_FORMATS.iter().map(|&f| html! {
                    <button type="button" data-format={format_name(f)} onclick={export(f)}>{ text(lang, &Msg::ExportFormat(f)) }</button>
                }) }
            </div>
            { delivery.problem(lang) }
            <div class="att-field att-import">
                <label for={import_id.clone()}>{ text(lang, &Msg::ImportRegister) }</label>
                <input type="file" id={import_id} accept="application/json,.json" onchange={on_import} />
                <Problem {lang} msg={(*import_failed).clone()} />
            </div>
        </div>
    };

    let on_decide = {
        let d = state.dispatcher();
        let loaded = party.loaded.clone();
        Callback::from(
            move |(name, found, verdict, reason): super::party_check::Decide| {
                let list_date = loaded
                    .iter()
                    .find(|l| l.source == found.source)
                    .and_then(|l| l.generated.clone());
                d.dispatch(ScreeningAction::Decide {
                    name,
                    found: Box::new(found),
                    verdict,
                    reason,
                    list_date,
                    today: date_today(),
                })
            },
        )
    };
    let on_revoke = {
        let d = state.dispatcher();
        Callback::from(move |key| d.dispatch(ScreeningAction::Revoke(key)))
    };
    let party_bar = {
        let (run_all, cancel) = (party.run_all.clone(), party.cancel.clone());
        html! {
            <div class="att-party-run" hidden={party.loaded.is_empty()}>
                if let Some((done, total)) = party.progress {
                    <progress max={total.to_string()} value={done.to_string()}
                        aria-label={text(lang, &Msg::Party(PartyMsg::Progress { done, total }))}></progress>
                    <span role="status">{ text(lang, &Msg::Party(PartyMsg::Progress { done, total })) }</span>
                    <button type="button" class="att-party-cancel" onclick={move |_| cancel.emit(())}>{ text(lang, &Msg::Party(PartyMsg::Cancel)) }</button>
                } else {
                    <button type="button" class="att-party-screen" onclick={move |_| run_all.emit(())}>{ text(lang, &Msg::Party(PartyMsg::ScreenAll)) }</button>
                    if let Some(o) = &party.outcome { <span class="att-party-outcome" role="status">{ text(lang, &Msg::Party(o.clone())) }</span> }
                }
            </div>
        }
    };
    let body = if let Some(entry) = open
        .as_ref()
        .and_then(|id| state.register.entries.iter().find(|e| &e.id == id))
    {
        let id = entry.id.clone();
        let on_edit = {
            let (d, id) = (state.dispatcher(), id.clone());
            Callback::from(move |edit| {
                d.dispatch(ScreeningAction::Register(RegisterAction::Edit(
                    id.clone(),
                    edit,
                )))
            })
        };
        let back = {
            let (open, confirming) = (open.clone(), confirming_remove.clone());
            Callback::from(move |_: MouseEvent| {
                confirming.set(false);
                open.set(None);
            })
        };
        let export_one = |format: ExportFormat| {
            let (entry, state, on_notice, on_delivered) = (
                entry.clone(),
                state.clone(),
                props.on_notice.clone(),
                props.on_delivered.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                let file = deliver::shipment(
                    format,
                    &entry,
                    &state.set,
                    &state.lists,
                    &state.jurisdictions,
                    &state.decisions,
                    lang,
                );
                deliver_file(file, format, &on_delivered, &on_notice);
            })
        };
        let remove = {
            let (open, id, confirming) = (open.clone(), id.clone(), confirming_remove.clone());
            let f = dispatch(Rc::new(move || {
                ScreeningAction::Register(RegisterAction::Remove(id.clone()))
            }));
            Callback::from(move |e: MouseEvent| {
                f.emit(e);
                confirming.set(false);
                open.set(None);
            })
        };
        let ask = |v: bool| {
            let confirming = confirming_remove.clone();
            Callback::from(move |_: MouseEvent| confirming.set(v))
        };
        html! {
            <div>
                <div class="att-toolbar">
                    <button type="button" onclick={back}>{ text(lang, &Msg::BackToRegister) }</button>
                    <button type="button" class="att-export-one" onclick={export_one(ExportFormat::Json)}>{ text(lang, &Msg::ExportShipment) }</button>
                    <span class="att-export-shipment" role="group" aria-label={text(lang, &Msg::ExportAs)}>
                        { for [ExportFormat::Html, ExportFormat::Markdown, ExportFormat::Csv].into_iter().map(|f| html! {
                            <button type="button" class="att-export-one-as" data-format={format_name(f)} onclick={export_one(f)}>{ text(lang, &Msg::ExportFormat(f)) }</button>
                        }) }
                    </span>
                    <button type="button" class="att-danger" onclick={ask(true)}>{ text(lang, &Msg::RemoveShipment) }</button>
                </div>
                <div class="att-panel" role="alertdialog" aria-label={text(lang, &Msg::RemoveShipment)}
                    hidden={!*confirming_remove}>
                    <p>{ text(lang, &Msg::ConfirmRemoveShipment(entry.shipment.reference.clone())) }</p>
                    <button type="button" class="att-danger" onclick={remove}>{ text(lang, &Msg::RemoveShipment) }</button>
                    <button type="button" onclick={ask(false)}>{ text(lang, &Msg::Cancel) }</button>
                </div>
                <ShipmentEditor key={id} entry={entry.clone()} set={props.set.clone()} gbv={props.gbv.clone()}
                    catalogue={props.catalogue.clone()} {lang} instance={props.instance.clone()} {on_edit}
                    counted={counted.clone()} />
                <PartyCheck {lang} instance={props.instance.clone()} entry={entry.clone()}
                    against={state.against.clone()} decisions={state.decisions.clone()}
                    on_decide={on_decide.clone()} on_revoke={on_revoke.clone()} />
            </div>
        }
    } else {
        match *panel {
            Panel::Batch => {
                let d = state.dispatcher();
                let on_import = Callback::from(move |rows| {
                    d.dispatch(ScreeningAction::Register(RegisterAction::Import(rows)))
                });
                html! { <BatchImport {lang} instance={props.instance.clone()} {on_import} /> }
            }
            Panel::Lists => {
                let d = state.dispatcher();
                let on_change =
                    Callback::from(move |lists| d.dispatch(ScreeningAction::SetLists(lists)));
                let d = state.dispatcher();
                let on_jurisdictions =
                    Callback::from(move |j| d.dispatch(ScreeningAction::SetJurisdictions(j)));
                html! { <ListsView lists={state.lists.clone()} jurisdictions={state.jurisdictions.clone()}
                {lang} instance={props.instance.clone()} {on_change} {on_jurisdictions} /> }
            }
            Panel::Parties => {
                let d = state.dispatcher();
                let on_jurisdictions =
                    Callback::from(move |j| d.dispatch(ScreeningAction::SetJurisdictions(j)));
                html! { <PartyLists {lang} instance={props.instance.clone()} handle={party.clone()}
                jurisdictions={state.jurisdictions.clone()} {on_jurisdictions}
                decisions={state.decisions.clone()} on_revoke={on_revoke.clone()} /> }
            }
            Panel::Register => html! { <>
                <p class="att-counted">{ counted.clone() }</p>
                { party_bar }
                { super::register_table::register_table(super::register_table::TableArgs {
                    register: &state.register,
                    levels: &state.levels,
                    order: &order,
                    first_row: *first_row,
                    rows: WINDOW_ROWS,
                    row_px: ROW_PX,
                    lang,
                    instance: &props.instance,
                    sort: sort.clone(),
                    only: only.clone(),
                    on_scroll: first_row.setter(),
                    on_open: {
                        let open = open.clone();
                        Callback::from(move |id| open.set(Some(id)))
                    },
                    decisions: &state.decisions,
                    newly: &party.newly,
                }) }
            </> },
        }
    };

    html! {
        <div class="att-set att-screening" data-set={props.set.set.id.to_string()}>
            if let Some(d) = &props.set.set.description { <p class="att-intro">{ d.get(lang) }</p> }
            { toolbar }
            <div class="att-view-slot">{ body }</div>
            { transfer }
        </div>
    }
}

/// "Embargoes counted: UN Security Council, European Union": what every finding is made under.
pub(crate) fn counted_names(lists: &[RefList], j: &Jurisdictions, lang: Lang) -> String {
    let declared = lists.iter().flat_map(|l| &l.jurisdictions);
    let names: Vec<String> = j
        .counted()
        .iter()
        .map(|id| match declared.clone().find(|d| &d.id == id) {
            _ if id == crate::core::lists::UN => text(lang, &Msg::UnSecurityCouncil),
            Some(d) => d.name.get(lang).to_owned(),
            // No longer declared by the lists: shown as recorded.
            None => id.to_uppercase(),
        })
        .collect();
    text(lang, &Msg::JurisdictionsCounted(names.join(", ")))
}
