//! What the screening module shows under its toolbar when no shipment is open: the register
//! (with party screening's bar), batch import, the sanctions lists, or the reference lists.

use yew::prelude::*;

use super::batch_import::BatchImport;
use super::finding_chart::FindingChart;
use super::lists_view::ListsView;
use super::party_lists::PartyLists;
use super::party_run::PartyHandle;
use super::register_table::{register_table, TableArgs};
use super::screening_state::ScreeningState;
use crate::core::embargo::Jurisdictions;
use crate::core::i18n::party::PartyMsg;
use crate::core::i18n::{text, Msg};
use crate::core::lists::RefList;
use crate::core::parties::DecisionKey;
use crate::core::question_set::Lang;
use crate::core::register::{RegisterAction, SortKey};
use crate::core::screening::Level;
use crate::core::widget::screening::ScreeningAction;

/// Fixed row height of the register table (CSS matches), so the window can be computed.
const ROW_PX: usize = 36;
const WINDOW_ROWS: usize = 30;

#[derive(Clone, Copy, PartialEq)]
pub enum Panel {
    Register,
    Batch,
    Lists,
    Parties,
}

pub struct PanelArgs<'a> {
    pub panel: Panel,
    pub state: &'a UseReducerHandle<ScreeningState>,
    pub party: &'a PartyHandle,
    pub lang: Lang,
    pub instance: &'a AttrValue,
    pub counted: &'a AttrValue,
    /// The register's positions to show, filtered and sorted.
    pub order: &'a [usize],
    pub first_row: &'a UseStateHandle<usize>,
    pub sort: &'a UseStateHandle<SortKey>,
    pub only: &'a UseStateHandle<Option<Level>>,
    pub open: &'a UseStateHandle<Option<String>>,
    pub on_jurisdictions: Callback<Jurisdictions>,
    pub on_revoke: Callback<DecisionKey>,
}

pub fn panel(a: PanelArgs<'_>) -> Html {
    let (lang, state, instance) = (a.lang, a.state, a.instance.clone());
    match a.panel {
        Panel::Batch => {
            let d = state.dispatcher();
            let on_import = Callback::from(move |rows| {
                d.dispatch(ScreeningAction::Register(RegisterAction::Import(rows)))
            });
            html! { <BatchImport {lang} {instance} {on_import} /> }
        }
        Panel::Lists => {
            let d = state.dispatcher();
            let on_change =
                Callback::from(move |lists| d.dispatch(ScreeningAction::SetLists(lists)));
            html! { <ListsView lists={state.lists.clone()} jurisdictions={state.jurisdictions.clone()}
            {lang} {instance} {on_change} on_jurisdictions={a.on_jurisdictions} /> }
        }
        Panel::Parties => html! {
            <PartyLists {lang} {instance} handle={a.party.clone()}
                jurisdictions={state.jurisdictions.clone()} on_jurisdictions={a.on_jurisdictions}
                decisions={state.decisions.clone()} on_revoke={a.on_revoke} />
        },
        Panel::Register => html! { <>
            <p class="att-counted">{ a.counted.clone() }</p>
            if !state.register.entries.is_empty() {
                <FindingChart counts={state.findings.counts()} {lang} instance={a.instance.clone()} />
            }
            { party_bar(a.party, lang) }
            { register_table(TableArgs {
                register: &state.register,
                findings: &state.findings,
                order: a.order,
                first_row: **a.first_row,
                rows: WINDOW_ROWS,
                row_px: ROW_PX,
                lang,
                instance: a.instance,
                sort: a.sort.clone(),
                only: a.only.clone(),
                on_scroll: a.first_row.setter(),
                on_open: {
                    let open = a.open.clone();
                    Callback::from(move |id| open.set(Some(id)))
                },
                decisions: &state.decisions,
                newly: &a.party.newly,
            }) }
        </> },
    }
}

/// Party screening over the whole register: its progress and cancel while it runs, the button
/// that starts it and how the last run ended otherwise (hidden while no list is loaded).
fn party_bar(party: &PartyHandle, lang: Lang) -> Html {
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
}

/// "Embargoes counted: UN Security Council, European Union": what every finding is made under.
pub fn counted_names(lists: &[RefList], j: &Jurisdictions, lang: Lang) -> String {
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
