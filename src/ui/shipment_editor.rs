//! One shipment: its record, the red-flag checklist for its transport mode, the finding that
//! explains itself, and the Article 7(4) flow.

use std::rc::Rc;

use yew::prelude::*;

use super::content::LoadedSet;
use super::gbv_flow::GbvFlow;
use super::item::input_value;
use super::sources::{severity_badge, sources_list};
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Lang, Mode, Severity};
use crate::core::register::{Edit, Screened, TextField};
use crate::core::rules::Document;
use crate::core::screening::{applies, Check, Evidence, Level};
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

fn level_class(l: Level) -> &'static str {
    match l {
        Level::Stop => "att-finding att-finding-stop",
        Level::Inquire => "att-finding att-finding-inquire",
        Level::Incomplete => "att-finding att-finding-incomplete",
        Level::NoRedFlags => "att-finding att-finding-clear",
    }
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

    let f = e.finding(set);
    let item_text = |id: &crate::core::question_set::ItemId| {
        set.item(id)
            .map_or_else(|| id.to_string(), |i| i.text.get(lang).to_owned())
    };
    let questions: Vec<Html> = f
        .stop
        .iter()
        .chain(&f.inquire)
        .filter_map(|id| set.item(id)?.inquiry.as_ref())
        .map(|q| html! { <li>{ q.get(lang) }</li> })
        .collect();
    let finding = html! {
        <section class={level_class(f.level)} aria-live="polite" aria-labelledby={format!("{base}-finding")} data-level={f.level.name()}>
            <h3 id={format!("{base}-finding")}>
                { text(lang, &Msg::FindingTitle(f.level)) }
            </h3>
            <p>{ text(lang, &Msg::LevelExplain(f.level)) }</p>
            <p class="att-meta">{ text(lang, &Msg::NotApproval) }</p>
            <p class="att-meta att-counted">{ props.counted.clone() }</p>
            <div hidden={f.stop.is_empty() && f.inquire.is_empty() && !f.overriding_risk}>
                <p class="att-label">{ text(lang, &Msg::DrivenBy) }</p>
                <ul class="att-drivers">
                    if f.overriding_risk { <li>{ text(lang, &Msg::OverridingRiskFound) }</li> }
                    { for f.stop.iter().chain(&f.inquire).map(|id| html! { <li data-item={id.to_string()}>{ item_text(id) }</li> }) }
                </ul>
            </div>
            <div hidden={questions.is_empty()}>
                <p class="att-label">{ text(lang, &Msg::QuestionsToAsk) }</p>
                <ul class="att-questions">{ for questions }</ul>
            </div>
            <div hidden={f.context.is_empty()}>
                <p class="att-label">{ text(lang, &Msg::ContextNoted) }</p>
                <ul>{ for f.context.iter().map(|id| html! { <li>{ item_text(id) }</li> }) }</ul>
            </div>
            <p class="att-meta" hidden={f.unchecked.is_empty()}>{ text(lang, &Msg::UncheckedCount(f.unchecked.len())) }</p>
        </section>
    };

    let indicators = set.sections.iter().zip(&props.set.items).map(|(section, items)| {
        let rows = items.iter().map(|item| {
            let applicable = applies(&item.modes, s.mode);
            let answer = e.answers.get(&item.id);
            let check = answer.and_then(|a| a.check);
            let hit = e.hits.iter().find(|h| h.indicator == item.id);
            let name = format!("{base}-{}", item.id);
            let radio = |value: Option<Check>, label: Msg| {
                let id = format!("{name}-{}", match value { Some(Check::Present) => "present", Some(Check::NotPresent) => "absent", None => "unchecked" });
                let (on_edit, item_id) = (props.on_edit.clone(), item.id.clone());
                let onchange = Callback::from(move |_| on_edit.emit(Edit::Answer(item_id.clone(), value)));
                html! {
                    <label class="att-option" for={id.clone()}>
                        <input type="radio" {id} name={name.clone()} checked={check == value} {onchange} />
                        { text(lang, &label) }
                    </label>
                }
            };
            let note_id = format!("{name}-note");
            let item_id = item.id.clone();
            html! {
                <fieldset class="att-item att-indicator" data-item={item.id.to_string()} hidden={!applicable}
                    data-severity={item.severity.map(Severity::token)}>
                    <legend>{ item.text.get(lang) }</legend>
                    { severity_badge(item.severity, lang) }
                    <p class="att-meta">{ text(lang, &Msg::Modes(item.modes.clone())) }</p>
                    <div class="att-options">
                        { radio(Some(Check::Present), Msg::CheckPresent) }
                        { radio(Some(Check::NotPresent), Msg::CheckNotPresent) }
                        { radio(None, Msg::CheckNotChecked) }
                    </div>
                    <p class="att-auto" hidden={hit.is_none()}>
                        { hit.map(|h| text(lang, &Msg::AutomaticRule(format!("{} ({})",
                            text(lang, &if h.check == Check::Present { Msg::CheckPresent } else { Msg::CheckNotPresent }), evidence(lang, &h.detail))))).unwrap_or_default() }
                    </p>
                    { sources_list(&item.provenance, &props.catalogue, lang) }
                    <div class="att-field">
                        <label for={note_id.clone()}>{ text(lang, &Msg::Note) }</label>
                        <input type="text" id={note_id} value={answer.map(|a| a.note.clone()).unwrap_or_default()}
                            oninput={emit(Box::new(move |v| Edit::Note(item_id.clone(), v)))} />
                    </div>
                </fieldset>
            }
        });
        html! {
            <section class="att-section">
                <h3>{ section.title.get(lang) }</h3>
                { for rows }
            </section>
        }
    });

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

/// A rule's evidence in the user's language (facts are the record's and the lists' own words).
fn evidence(lang: Lang, e: &Evidence) -> String {
    match e {
        Evidence::Fact(fact) => fact.to_string(),
        Evidence::Contains { value, word } => text(
            lang,
            &Msg::RuleContains {
                value: value.clone(),
                word: word.clone(),
            },
        ),
        Evidence::Party(e) => text(
            lang,
            &Msg::Party(crate::core::i18n::party::PartyMsg::Evidence((**e).clone())),
        ),
        Evidence::Cleared(c) => text(
            lang,
            &Msg::Party(crate::core::i18n::party::PartyMsg::Cleared((**c).clone())),
        ),
    }
}
