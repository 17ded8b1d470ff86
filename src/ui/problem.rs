//! A problem told to the user: the message in their language, as an alert, and below it, when
//! there is one, the technical text behind it (a parser's own English words) in a collapsed
//! part, labelled in their language. Never the technical text instead of the message. Where a
//! second attempt may pass (a worker that did not start), a button beside it tries again.

use yew::prelude::*;

use crate::core::i18n::{detail, text, Msg};
use crate::core::question_set::Lang;

#[derive(Properties, PartialEq)]
pub struct ProblemProps {
    pub lang: Lang,
    /// `None`: nothing to tell. The alert stays in the tree, hidden, so it is a live region
    /// before its message arrives.
    pub msg: Option<Msg>,
    /// The message's class: `att-notice` for the widget's notice, `att-error` beside a control.
    #[prop_or(AttrValue::Static("att-error"))]
    pub class: AttrValue,
    /// Does again what failed; `None`: no button.
    #[prop_or_default]
    pub on_retry: Option<Callback<MouseEvent>>,
}

#[component]
pub fn Problem(props: &ProblemProps) -> Html {
    let message = props.msg.as_ref().map(|m| text(props.lang, m));
    let detail = props.msg.as_ref().and_then(detail);
    html! {
        <div class="att-problem" hidden={message.is_none()}>
            <p class={props.class.clone()} role="alert">{ message.unwrap_or_default() }</p>
            if let Some(onclick) = props.on_retry.clone().filter(|_| props.msg.is_some()) {
                <button type="button" class="att-retry" {onclick}>{ text(props.lang, &Msg::TryAgain) }</button>
            }
            <details class="att-problem-details" hidden={detail.is_none()}>
                <summary>{ text(props.lang, &Msg::TechnicalDetails) }</summary>
                <pre>{ detail.unwrap_or_default() }</pre>
            </details>
        </div>
    }
}
