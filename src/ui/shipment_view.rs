//! One shipment of the register, open: its toolbar (back, export, remove with a confirmation),
//! its screening and its party check.

use std::rc::Rc;

use yew::prelude::*;

use super::content::LoadedSet;
use super::party_check::{Decide, PartyCheck};
use super::shipment_editor::ShipmentEditor;
use crate::core::embed::format_name;
use crate::core::export_format::ExportFormat;
use crate::core::i18n::{text, Msg};
use crate::core::parties::{Against, DecisionKey, Decisions};
use crate::core::question_set::Lang;
use crate::core::register::{RegisterAction, Screened};
use crate::core::sources::Catalogue;
use crate::core::widget::screening::ScreeningAction;

#[derive(Properties, PartialEq)]
pub struct ShipmentViewProps {
    pub entry: Rc<Screened>,
    pub set: Rc<LoadedSet>,
    pub gbv: Option<Rc<LoadedSet>>,
    pub catalogue: Rc<Catalogue>,
    pub lang: Lang,
    pub instance: AttrValue,
    /// What every finding is made under ("Embargoes counted: …").
    pub counted: AttrValue,
    pub against: Rc<Against>,
    pub decisions: Rc<Decisions>,
    pub on_action: Callback<ScreeningAction>,
    /// Back to the register (also once the shipment is removed).
    pub on_back: Callback<()>,
    /// This shipment exported in a format.
    pub on_export: Callback<ExportFormat>,
    pub on_decide: Callback<Decide>,
    pub on_revoke: Callback<DecisionKey>,
}

#[component]
pub fn ShipmentView(props: &ShipmentViewProps) -> Html {
    let lang = props.lang;
    // Removing a shipment asks first, as deleting an assessment does.
    let confirming = use_state(|| false);
    let id = props.entry.id.clone();
    let on_edit = {
        let (on_action, id) = (props.on_action.clone(), id.clone());
        Callback::from(move |edit| {
            on_action.emit(ScreeningAction::Register(RegisterAction::Edit(
                id.clone(),
                edit,
            )))
        })
    };
    let back = {
        let (on_back, confirming) = (props.on_back.clone(), confirming.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            on_back.emit(());
        })
    };
    let export = |format: ExportFormat| {
        let on_export = props.on_export.clone();
        Callback::from(move |_: MouseEvent| on_export.emit(format))
    };
    let remove = {
        let (on_action, on_back, id) = (props.on_action.clone(), props.on_back.clone(), id.clone());
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(ScreeningAction::Register(RegisterAction::Remove(
                id.clone(),
            )));
            confirming.set(false);
            on_back.emit(());
        })
    };
    let ask = |v: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(v))
    };
    html! {
        <div>
            <div class="att-toolbar">
                <button type="button" onclick={back}>{ text(lang, &Msg::BackToRegister) }</button>
                <button type="button" class="att-export-one" onclick={export(ExportFormat::Json)}>{ text(lang, &Msg::ExportShipment) }</button>
                <span class="att-export-shipment" role="group" aria-label={text(lang, &Msg::ExportAs)}>
                    { for [ExportFormat::Html, ExportFormat::Markdown, ExportFormat::Csv].into_iter().map(|f| html! {
                        <button type="button" class="att-export-one-as" data-format={format_name(f)} onclick={export(f)}>{ text(lang, &Msg::ExportFormat(f)) }</button>
                    }) }
                </span>
                <button type="button" class="att-danger" onclick={ask(true)}>{ text(lang, &Msg::RemoveShipment) }</button>
            </div>
            <div class="att-panel" role="alertdialog" aria-label={text(lang, &Msg::RemoveShipment)}
                hidden={!*confirming}>
                <p>{ text(lang, &Msg::ConfirmRemoveShipment(props.entry.shipment.reference.clone())) }</p>
                <button type="button" class="att-danger" onclick={remove}>{ text(lang, &Msg::RemoveShipment) }</button>
                <button type="button" onclick={ask(false)}>{ text(lang, &Msg::Cancel) }</button>
            </div>
            <ShipmentEditor key={id} entry={props.entry.clone()} set={props.set.clone()} gbv={props.gbv.clone()}
                catalogue={props.catalogue.clone()} {lang} instance={props.instance.clone()} {on_edit}
                counted={props.counted.clone()} />
            <PartyCheck {lang} instance={props.instance.clone()} entry={props.entry.clone()}
                against={props.against.clone()} decisions={props.decisions.clone()}
                on_decide={props.on_decide.clone()} on_revoke={props.on_revoke.clone()} />
        </div>
    }
}
