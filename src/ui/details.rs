//! The assessment's details: organisation, assessor, date and scope.

use yew::prelude::*;

use super::item::input_value;
use crate::core::assessment::{Action, DetailField, Details};
use crate::core::i18n::{text, Msg};
use crate::core::question_set::Lang;

#[derive(Properties, PartialEq)]
pub struct DetailsProps {
    pub details: Details,
    pub lang: Lang,
    pub instance: AttrValue,
    pub on_action: Callback<Action>,
}

#[component]
pub fn DetailsForm(props: &DetailsProps) -> Html {
    let lang = props.lang;
    let fields = DetailField::ALL.iter().map(|&field| {
        let id = format!("{}-detail-{}", props.instance, field.token()).to_lowercase();
        let oninput = {
            let on_action = props.on_action.clone();
            Callback::from(move |e: InputEvent| {
                on_action.emit(Action::SetDetail(field, input_value(&e)))
            })
        };
        let kind = if field == DetailField::Date {
            "date"
        } else {
            "text"
        };
        html! {
            <div class="att-field">
                <label for={id.clone()}>{ text(lang, &Msg::Detail(field)) }</label>
                <input type={kind} {id} value={field.get(&props.details).to_owned()} {oninput} />
            </div>
        }
    });
    html! {
        // Closed: the checklist comes first; the summary says what is inside (never a
        // controlled `open`, which would snap shut at the first keystroke).
        <details class="att-details">
            <summary>{ text(lang, &Msg::DetailsHeading) }</summary>
            <div class="att-details-grid">{ for fields }</div>
        </details>
    }
}
