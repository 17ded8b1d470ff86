//! One shipment: its record, the red-flag checklist for its transport mode (`indicators`), the
//! finding that explains itself (`finding`), and the Article 7(4) flow.

use std::rc::Rc;

use yew::prelude::*;

use super::content::LoadedSet;
use super::finding::finding_view;
use super::gbv_flow::GbvFlow;
use super::indicators::indicator_sections;
use super::item::input_value;
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Lang, Mode};
use crate::core::register::{Edit, Screened, TextField};
use crate::core::rules::Document;
use crate::core::shipment::{Category, DocStatus};
use crate::core::sources::Catalogue;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub entry: Rc<Screened>,
    pub set: Rc<LoadedSet>,
    pub gbv: Option<Rc<LoadedSet>>,
    pub catalogue: Rc<Catalogue>,
    pub lang: Lang,
    pub instance: AttrValue,
    pub on_edit: Callback<Edit>,
    /// Whose embargoes the finding counts, in words.
    pub counted: AttrValue,
}

#[component]
pub fn ShipmentEditor(props: &EditorProps) -> Html {
    let (lang, e, set) = (props.lang, &props.entry, &props.set.set);
    let s = &e.shipment;
    let base = format!("{}-{}", props.instance, e.id);
    let emit = |f: Box<dyn Fn(String) -> Edit>| {
        let on_edit = props.on_edit.clone();
        Callback::from(move |ev: InputEvent| on_edit.emit(f(input_value(&ev))))
    };
    let select = |f: Box<dyn Fn(String) -> Edit>| {
        let on_edit = props.on_edit.clone();
        Callback::from(move |ev: Event| {
            let v = ev
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            on_edit.emit(f(v))
        })
    };

    let text_fields = TextField::ALL.iter().map(|&f| {
        let id = format!("{base}-{}", f.token()).to_lowercase();
        let kind = if f == TextField::Date { "date" } else { "text" };
        html! {
            <div class="att-field">
                <label for={id.clone()}>{ text(lang, &Msg::ShipmentField(f)) }</label>
                <input type={kind} {id} value={f.get(s).to_owned()}
                    oninput={emit(Box::new(move |v| Edit::Text(f, v)))} />
            </div>
        }
    });
    let mode_id = format!("{base}-mode");
    let mode_select = html! {
        <div class="att-field">
            <label for={mode_id.clone()}>{ text(lang, &Msg::ModeLabel) }</label>
            <select id={mode_id} onchange={select(Box::new(|v| Edit::Mode(Mode::parse(&v))))}>
                <option value="" selected={s.mode.is_none()}>{ text(lang, &Msg::Unknown) }</option>
                { for Mode::ALL.iter().map(|&m| html! {
                    <option value={m.token()} selected={s.mode == Some(m)}>{ text(lang, &Msg::ModeName(m)) }</option>
                }) }
            </select>
        </div>
    };
    let category_id = format!("{base}-category");
    let category_select = html! {
        <div class="att-field">
            <label for={category_id.clone()}>{ text(lang, &Msg::CategoryLabel) }</label>
            <select id={category_id} onchange={select(Box::new(|v| Edit::Category(Category::parse(&v))))}>
                <option value="" selected={s.category.is_none()}>{ text(lang, &Msg::Unknown) }</option>
                { for Category::ALL.iter().map(|&c| html! {
                    <option value={c.token()} selected={s.category == Some(c)}>{ text(lang, &Msg::CategoryName(c)) }</option>
                }) }
            </select>
        </div>
    };
    let transit_id = format!("{base}-transit");
    // Applied on `change`, not on every keystroke: splitting on `;` while typing would eat it.
    let transit = {
        let on_edit = props.on_edit.clone();
        let onchange = Callback::from(move |ev: Event| {
            let v = ev
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            on_edit.emit(Edit::Transit(v))
        });
        html! {
            <div class="att-field att-wide">
                <label for={transit_id.clone()}>{ text(lang, &Msg::TransitLabel) }</label>
                <input type="text" id={transit_id} value={s.transit.join("; ")} {onchange} />
            </div>
        }
    };
    let docs = [
        (Document::EndUserCertificate, s.documents.end_user_certificate),
        (Document::ExportLicence, s.documents.export_licence),
        (Document::TransportDocuments, s.documents.transport_documents),
    ]
    .into_iter()
    .map(|(d, status)| {
        let id = format!("{base}-{}", d.token()).to_lowercase();
        html! {
            <div class="att-field">
                <label for={id.clone()}>{ text(lang, &Msg::DocumentName(d)) }</label>
                <select {id} onchange={select(Box::new(move |v| Edit::Document(d, DocStatus::parse(&v).unwrap_or_default())))}>
                    { for DocStatus::ALL.iter().map(|&st| html! {
                        <option value={st.token()} selected={status == st}>{ text(lang, &Msg::DocStatusName(st)) }</option>
                    }) }
                </select>
            </div>
        }
    });

    let finding = finding_view(e, set, lang, &base, &props.counted);
    let indicators =
        indicator_sections(&props.set, e, &props.catalogue, lang, &base, &props.on_edit);

    html! {
        <div class="att-shipment" data-shipment={e.id.clone()}>
            { finding }
            <section class="att-record">
                <h3>{ text(lang, &Msg::ShipmentRecord) }</h3>
                <div class="att-details-grid">
                    { for text_fields }
                    { mode_select }
                    { category_select }
                    { transit }
                </div>
                <p class="att-label">{ text(lang, &Msg::DocumentsHeading) }</p>
                <div class="att-details-grid">{ for docs }</div>
            </section>
            <h3>{ text(lang, &Msg::Indicators) }</h3>
            { for indicators }
            if let Some(gbv) = &props.gbv {
                <GbvFlow set={gbv.clone()} state={e.gbv.clone()} {lang} instance={base.clone()}
                    on_action={props.on_edit.reform(Edit::Gbv)} />
            }
        </div>
    }
}
