//! The shipment-screening module: the register (sortable, filterable by finding, rendering only
//! the rows on screen), one shipment's screening, batch import and the reference lists. Its
//! state is `core::widget::screening::Screening`; what its actions ask for (saving the
//! register, the lists, the jurisdictions, the decisions; telling the host) is carried out by
//! `web::effects::ScreeningRunner`.

use std::rc::Rc;

use yew::prelude::*;

use super::bridge::Bridge;
use super::content::LoadedSet;
use super::party_run::use_party_screening;
use super::register_transfer::RegisterTransfer;
use super::roving::{Kind, Roving};
use super::screening_panels::Panel;
use super::screening_state::{
    decide, export_register, export_shipment, import_register, use_screening_state,
};
use super::shipment_view::ShipmentView;
use crate::core::export_format::ExportFormat;
use crate::core::i18n::party::PartyMsg;
use crate::core::i18n::{text, Msg};
use crate::core::lists::RefList;
use crate::core::question_set::Lang;
use crate::core::register::{RegisterAction, SortKey};
use crate::core::screening::Level;
use crate::core::sources::Catalogue;
use crate::core::widget::screening::ScreeningAction;
use crate::web::storage::Store;

#[derive(Properties, PartialEq, Clone)]
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

#[component]
pub fn ScreeningModule(props: &ScreeningProps) -> Html {
    let lang = props.lang;
    let state = use_screening_state(
        props.store.clone(),
        props.set.clone(),
        props.lists.clone(),
        props.bridge.clone(),
        props.on_notice.clone(),
    );
    let counted = AttrValue::from(super::screening_panels::counted_names(
        &state.lists,
        &state.jurisdictions,
        lang,
    ));
    let open = use_state(|| None::<String>);
    let panel = use_state(|| Panel::Register);
    let sort = use_state(|| SortKey::Added);
    let only = use_state(|| None::<Level>);
    let first_row = use_state(|| 0usize);
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
            state.register.ordered(&state.findings, key, filter)
        })
    };
    let on_action = {
        let d = state.dispatcher();
        Callback::from(move |a: ScreeningAction| d.dispatch(a))
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
    let export = export_register(&state, lang);
    let import = import_register(&state, props.on_notice.clone());
    let toolbar = html! {
        <Roving kind={Kind::Toolbar} class="att-toolbar" label={text(lang, &Msg::Register)}>
            <button type="button" class="att-primary att-new-shipment" onclick={new_shipment}>{ text(lang, &Msg::NewShipment) }</button>
            <button type="button" data-panel="register" aria-pressed={(*panel == Panel::Register && open.is_none()).to_string()} onclick={to_panel(Panel::Register)}>{ text(lang, &Msg::Register) }</button>
            <button type="button" data-panel="batch" aria-pressed={(*panel == Panel::Batch).to_string()} onclick={to_panel(Panel::Batch)}>{ text(lang, &Msg::BatchImport) }</button>
            <button type="button" data-panel="parties" aria-pressed={(*panel == Panel::Parties).to_string()} onclick={to_panel(Panel::Parties)}>{ text(lang, &Msg::Party(PartyMsg::ListsHeading)) }</button>
            <button type="button" data-panel="lists" aria-pressed={(*panel == Panel::Lists).to_string()} onclick={to_panel(Panel::Lists)}>{ text(lang, &Msg::ReferenceLists) }</button>
        </Roving>
    };
    let on_decide = decide(&state, party.loaded.clone());
    let on_revoke = {
        let d = state.dispatcher();
        Callback::from(move |key| d.dispatch(ScreeningAction::Revoke(key)))
    };
    let on_jurisdictions = {
        let d = state.dispatcher();
        Callback::from(move |j| d.dispatch(ScreeningAction::SetJurisdictions(j)))
    };
    let body = if let Some(entry) = open
        .as_ref()
        .and_then(|id| state.register.entries.iter().find(|e| &e.id == id))
    {
        let on_back = {
            let open = open.clone();
            Callback::from(move |()| open.set(None))
        };
        let on_export = export_shipment(&state, entry, lang, &props.on_notice, &props.on_delivered);
        html! {
            <ShipmentView key={entry.id.clone()} entry={entry.clone()} set={props.set.clone()}
                gbv={props.gbv.clone()} catalogue={props.catalogue.clone()} {lang}
                instance={props.instance.clone()} counted={counted.clone()}
                against={state.against.clone()} decisions={state.decisions.clone()}
                on_action={on_action.clone()} {on_back} {on_export} {on_decide} {on_revoke} />
        }
    } else {
        super::screening_panels::panel(super::screening_panels::PanelArgs {
            panel: *panel,
            state: &state,
            party: &party,
            lang,
            instance: &props.instance,
            counted: &counted,
            order: &order,
            first_row: &first_row,
            sort: &sort,
            only: &only,
            open: &open,
            on_jurisdictions,
            on_revoke,
        })
    };

    html! {
        <div class="att-set att-screening" data-set={props.set.set.id.to_string()}>
            if let Some(d) = &props.set.set.description { <p class="att-intro">{ d.get(lang) }</p> }
            { toolbar }
            <div class="att-view-slot">{ body }</div>
            <RegisterTransfer {lang} instance={props.instance.clone()} {export} {import}
                on_notice={props.on_notice.clone()} on_delivered={props.on_delivered.clone()} />
        </div>
    }
}
