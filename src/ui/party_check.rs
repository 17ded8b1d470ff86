//! One shipment's party screening: each party with a name, its possible matches (the entry,
//! the name that matched, the score and why), and the user's decision on each.

use std::rc::Rc;

use yew::prelude::*;

use super::party_lists::source_token;
use crate::core::i18n::party::PartyMsg;
use crate::core::i18n::{text, Msg};
use crate::core::parties::{
    parties, tenths, Against, Basis, DecisionKey, Decisions, Found, NameKind, Verdict,
};
use crate::core::question_set::Lang;
use crate::core::register::Screened;

/// A decision the user made: party name, the match, verdict, reason.
pub type Decide = (String, Found, Verdict, String);

#[derive(Properties, PartialEq)]
pub struct PartyCheckProps {
    pub lang: Lang,
    pub instance: AttrValue,
    pub entry: Rc<Screened>,
    pub against: Rc<Against>,
    pub decisions: Rc<Decisions>,
    pub on_decide: Callback<Decide>,
    pub on_revoke: Callback<DecisionKey>,
}

fn t(lang: Lang, m: PartyMsg) -> String {
    text(lang, &Msg::Party(m))
}

#[component]
pub fn PartyCheck(props: &PartyCheckProps) -> Html {
    let lang = props.lang;
    let s = &props.entry.shipment;
    let holds = props.entry.parties.holds(s, &props.against);
    let status = if props.against.lists.is_empty() {
        Some(t(lang, PartyMsg::NotScreened))
    } else if !holds {
        Some(t(lang, PartyMsg::Screening))
    } else {
        None
    };
    let rows = parties(s).into_iter().enumerate().map(|(pi, (role, name))| {
        let found = holds
            .then(|| props.entry.parties.result(role, name))
            .flatten();
        let matches = found.map(|r| r.matches.as_slice()).unwrap_or_default();
        html! {
            <li class="att-party" data-role={role.token()}>
                <strong>{ t(lang, PartyMsg::RoleName(role)) }</strong>{ ": " }<span class="att-party-name">{ name.to_owned() }</span>
                if holds && matches.is_empty() {
                    <span class="att-meta att-no-match">{ " — " }{ t(lang, PartyMsg::NoMatch) }</span>
                }
                <ul class="att-matches">
                    { for matches.iter().enumerate().map(|(mi, m)| html! {
                        <MatchView key={format!("{}-{}", m.source_token(), m.reference)} {lang}
                            id={format!("{}-{}-p{pi}-m{mi}", props.instance, props.entry.id)}
                            name={name.to_owned()} found={m.clone()}
                            decision={props.decisions.get(name, m).cloned()}
                            on_decide={props.on_decide.clone()} on_revoke={props.on_revoke.clone()} />
                    }) }
                </ul>
            </li>
        }
    });
    html! {
        <section class="att-party-check" aria-labelledby={format!("{}-parties-h", props.instance)}>
            <h4 id={format!("{}-parties-h", props.instance)}>{ t(lang, PartyMsg::PartiesHeading) }</h4>
            if let Some(status) = status { <p class="att-meta att-party-status" role="status">{ status }</p> }
            <ul class="att-parties">{ for rows }</ul>
        </section>
    }
}

trait SourceToken {
    fn source_token(&self) -> &'static str;
}

impl SourceToken for Found {
    fn source_token(&self) -> &'static str {
        source_token(self.source)
    }
}

#[derive(Properties, PartialEq)]
struct MatchProps {
    lang: Lang,
    id: String,
    name: String,
    found: Found,
    decision: Option<crate::core::parties::Decision>,
    on_decide: Callback<Decide>,
    on_revoke: Callback<DecisionKey>,
}

#[component]
fn MatchView(props: &MatchProps) -> Html {
    let lang = props.lang;
    let m = &props.found;
    let reason = use_state(String::new);
    let refused = use_state(|| false);
    let decide = |v: Verdict| {
        let (on_decide, name, m, reason, refused) = (
            props.on_decide.clone(),
            props.name.clone(),
            m.clone(),
            reason.clone(),
            refused.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if v == Verdict::NotSame && reason.trim().is_empty() {
                return refused.set(true);
            }
            refused.set(false);
            on_decide.emit((name.clone(), m.clone(), v, (*reason).clone()));
        })
    };
    let on_reason = {
        let reason = reason.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            reason.set(input.value());
        })
    };
    let revoke = {
        let (on_revoke, key) = (
            props.on_revoke.clone(),
            DecisionKey::new(&props.name, m.source, &m.reference),
        );
        Callback::from(move |_: MouseEvent| on_revoke.emit(key.clone()))
    };
    let kind = match m.name_kind {
        NameKind::Primary => None,
        _ => Some(m.matched_name.clone()),
    };
    let reason_id = format!("{}-reason", props.id);
    let verdict = props.decision.as_ref().map(|d| d.verdict.token());
    html! {
        <li class="att-match" data-source={m.source_token()} data-reference={m.reference.clone()}
            data-verdict={verdict.unwrap_or("open")}>
            <p class="att-match-head">{ t(lang, PartyMsg::Match { matched_name: m.matched_name.clone(), source: m.source, reference: m.reference.clone(), score_tenths: tenths(m.score) }) }</p>
            <dl class="att-match-entry">
                <dt>{ t(lang, PartyMsg::ListedName) }</dt><dd>{ m.listed_name.clone() }</dd>
                if let Some(alias) = kind { <dt>{ t(lang, PartyMsg::MatchedAlias) }</dt><dd>{ alias }</dd> }
                if !m.programmes.is_empty() { <dt>{ t(lang, PartyMsg::Programmes) }</dt><dd>{ m.programmes.join("; ") }</dd> }
                if let Some(d) = &m.listed_on { <dt>{ t(lang, PartyMsg::ListedOn) }</dt><dd>{ d.clone() }</dd> }
                if let Some(sl) = &m.sub_list { <dt>{ t(lang, PartyMsg::SubList) }</dt><dd>{ sl.clone() }</dd> }
                if m.basis == Basis::Identifier {
                    <dt>{ t(lang, PartyMsg::MatchedIdentifier) }</dt>
                    <dd>{ m.identifier.as_ref().map(|i| format!("{}: {}", i.kind, i.value)).unwrap_or_default() }</dd>
                } else if !m.tokens.is_empty() {
                    <dt>{ t(lang, PartyMsg::MatchedTokens) }</dt>
                    <dd>{ m.tokens.iter().map(|p| format!("{} ~ {} ({})", p.query, p.list, tenths_text(lang, p.score))).collect::<Vec<_>>().join(", ") }</dd>
                }
            </dl>
            if let Some(d) = &props.decision {
                <p class="att-decided">{ t(lang, PartyMsg::Decided { verdict: d.verdict, reason: d.reason.clone(), decided_on: d.decided_on.clone(), list_date: d.list_date.clone() }) }</p>
                <button type="button" class="att-revoke" onclick={revoke}>{ t(lang, PartyMsg::Revoke) }</button>
            } else {
                <div class="att-field">
                    <label for={reason_id.clone()}>{ t(lang, PartyMsg::Reason) }</label>
                    <textarea id={reason_id} class="att-reason" value={(*reason).clone()} oninput={on_reason} />
                    if *refused { <p class="att-error" role="alert">{ t(lang, PartyMsg::ReasonRequired) }</p> }
                </div>
                <div class="att-decide" role="group">
                    { for Verdict::ALL.into_iter().map(|v| html! {
                        <button type="button" data-verdict={v.token()} onclick={decide(v)}>{ t(lang, PartyMsg::VerdictName(v)) }</button>
                    }) }
                </div>
            }
        </li>
    }
}

fn tenths_text(lang: Lang, score: f64) -> String {
    let t = tenths(score);
    let decimal = match lang {
        Lang::Fr | Lang::Ru | Lang::Es => ',',
        _ => '.',
    };
    format!("{}{decimal}{}", t / 10, t % 10)
}
