//! The register as a table that renders only the rows in view (plus a margin), so 100,000
//! screened shipments stay responsive; sorting and the finding filter apply to all of them.

use yew::prelude::*;

use crate::web::intl::date;

use crate::core::i18n::party::PartyMsg;
use crate::core::i18n::{text, Count, Msg};
use crate::core::parties::Decisions;
use crate::core::question_set::Lang;
use crate::core::register::{Findings, Register, SortKey};
use crate::core::screening::Level;

pub struct TableArgs<'a> {
    pub register: &'a Register,
    pub findings: &'a Findings,
    /// Positions to show, filtered and sorted.
    pub order: &'a [usize],
    pub first_row: usize,
    pub rows: usize,
    pub row_px: usize,
    pub lang: Lang,
    pub instance: &'a str,
    pub sort: UseStateHandle<SortKey>,
    pub only: UseStateHandle<Option<Level>>,
    pub on_scroll: UseStateSetter<usize>,
    pub on_open: Callback<String>,
    /// For each record's count of possible matches without a decision.
    pub decisions: &'a Decisions,
    /// Records whose last screening found an entry the one before had not.
    pub newly: &'a std::collections::HashSet<String>,
}

const LEVELS: [Level; 4] = [
    Level::Stop,
    Level::Inquire,
    Level::Incomplete,
    Level::NoRedFlags,
];

fn sort_label(k: SortKey, lang: Lang) -> String {
    use crate::core::register::TextField;
    match k {
        SortKey::Finding => text(lang, &Msg::FilterByFinding),
        SortKey::Reference => text(lang, &Msg::ShipmentField(TextField::Reference)),
        SortKey::Date => text(lang, &Msg::ShipmentField(TextField::Date)),
        SortKey::Destination => text(lang, &Msg::ShipmentField(TextField::Destination)),
        SortKey::Added => text(lang, &Msg::SortAdded),
    }
}

#[derive(Properties, PartialEq)]
struct SpacerProps {
    px: usize,
}

/// A row standing for the rows not rendered. Its height goes through the CSSOM: a strict
/// Content-Security-Policy (`style-src 'self'`) refuses `style` attributes.
#[component]
fn Spacer(props: &SpacerProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.px, move |px| {
            if let Some(row) = node.cast::<web_sys::HtmlElement>() {
                let _ = row.style().set_property("height", &format!("{px}px"));
            }
        });
    }
    html! { <tr ref={node} class="att-pad" aria-hidden="true"></tr> }
}

pub fn register_table(a: TableArgs<'_>) -> Html {
    let lang = a.lang;
    let sort_id = format!("{}-sort", a.instance);
    let filter_id = format!("{}-finding-filter", a.instance);
    let on_sort = {
        let sort = a.sort.clone();
        Callback::from(move |e: Event| {
            let i: usize = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value()
                .parse()
                .unwrap_or(0);
            sort.set(SortKey::ALL.get(i).copied().unwrap_or(SortKey::Added));
        })
    };
    let on_filter = {
        let only = a.only.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            only.set(v.parse::<usize>().ok().and_then(|i| LEVELS.get(i).copied()));
        })
    };
    let onscroll = {
        let (setter, row_px) = (a.on_scroll.clone(), a.row_px);
        Callback::from(move |e: Event| {
            let top = e.target_unchecked_into::<web_sys::Element>().scroll_top();
            // Whole pixels: no float formatting or maths in the bundle for this.
            setter.set(usize::try_from(top).unwrap_or(0) / row_px.max(1));
        })
    };
    let total = a.order.len();
    let start = a.first_row.saturating_sub(5).min(total);
    let end = (start + a.rows + 10).min(total);
    let rows = a.order[start..end].iter().map(|&i| {
        let e = &a.register.entries[i];
        let level = a.findings.get(&e.id).unwrap_or(Level::Incomplete);
        let s = &e.shipment;
        let open = { let (on_open, id) = (a.on_open.clone(), e.id.clone()); Callback::from(move |_| on_open.emit(id.clone())) };
        html! {
            <tr key={e.id.clone()} data-shipment={e.id.clone()} data-level={level.name()}>
                <td><button type="button" class="att-link" onclick={open}
                    aria-label={text(lang, &Msg::OpenShipment(s.reference.clone()))}>{ &s.reference }</button></td>
                <td>{ date(lang, &s.date) }</td>
                <td>{ s.mode.map(|m| text(lang, &Msg::ModeName(m))).unwrap_or_default() }</td>
                <td>{ &s.destination }</td>
                <td><span class={format!("att-level att-level-{}", level.token())}>{ text(lang, &Msg::LevelName(level)) }</span></td>
                { open_matches(lang, e, a.decisions, a.newly.contains(&e.id)) }
            </tr>
        }
    });
    let pad = |n: usize| html! { <Spacer px={n * a.row_px} /> };
    html! {
        <section class="att-register">
            <div class="att-toolbar">
                <label for={sort_id.clone()}>{ text(lang, &Msg::SortBy) }</label>
                <select id={sort_id} onchange={on_sort}>
                    { for SortKey::ALL.iter().enumerate().map(|(i, k)| html! {
                        <option value={i.to_string()} selected={*a.sort == *k}>{ sort_label(*k, lang) }</option>
                    }) }
                </select>
                <label for={filter_id.clone()}>{ text(lang, &Msg::FilterByFinding) }</label>
                <select id={filter_id} onchange={on_filter}>
                    <option value="" selected={a.only.is_none()}>{ text(lang, &Msg::AllFindings) }</option>
                    { for LEVELS.iter().enumerate().map(|(i, l)| html! {
                        <option value={i.to_string()} selected={*a.only == Some(*l)}>{ text(lang, &Msg::LevelName(*l)) }</option>
                    }) }
                </select>
                <span class="att-count" role="status">{ text(lang, &Msg::RowsShown { shown: Count::new(lang, total), total: Count::new(lang, a.register.entries.len()) }) }</span>
            </div>
            <div class="att-register-scroll" {onscroll} tabindex="0" role="region" aria-label={text(lang, &Msg::Register)}>
                <table class="att-table att-register-table">
                    <thead><tr>
                        <th scope="col">{ sort_label(SortKey::Reference, lang) }</th>
                        <th scope="col">{ sort_label(SortKey::Date, lang) }</th>
                        <th scope="col">{ text(lang, &Msg::ModeLabel) }</th>
                        <th scope="col">{ sort_label(SortKey::Destination, lang) }</th>
                        <th scope="col">{ text(lang, &Msg::FilterByFinding) }</th>
                        <th scope="col">{ text(lang, &Msg::Party(PartyMsg::OpenMatches)) }</th>
                    </tr></thead>
                    <tbody>
                        { pad(start) }
                        { for rows }
                        { pad(total - end) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// A record's possible matches without a decision, and whether its last screening found one
/// the screening before had not.
fn open_matches(
    lang: Lang,
    e: &crate::core::register::Screened,
    decisions: &Decisions,
    new: bool,
) -> Html {
    let open = e.parties.open(&e.shipment, decisions);
    html! {
        <td class="att-open-matches" data-open={open.to_string()} data-new={new.to_string()}>
            if open > 0 { { Count::new(lang, open).to_string() } }
            if new { <span class="att-new">{ " " }{ text(lang, &Msg::Party(PartyMsg::NewMatches)) }</span> }
        </td>
    }
}
