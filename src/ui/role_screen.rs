//! The first screen: who is working (`core::widget::role`). One button per role the embed
//! offers, each naming what that role does here; and skip. It only says what was chosen.

use yew::prelude::*;

use crate::core::i18n::{text, Msg};
use crate::core::question_set::Lang;
use crate::core::widget::Role;

#[derive(Properties, PartialEq)]
pub struct RoleScreenProps {
    pub lang: Lang,
    pub instance: AttrValue,
    /// The roles whose module is offered, in order.
    pub roles: Vec<Role>,
    /// The screen was asked for from the header: its heading takes the focus (shown at start,
    /// it takes nothing from the host page).
    pub focus: bool,
    pub on_role: Callback<Role>,
    pub on_skip: Callback<()>,
}

#[component]
pub fn RoleScreen(props: &RoleScreenProps) -> Html {
    let lang = props.lang;
    let heading_id = format!("{}-roles", props.instance);
    let heading = use_node_ref();
    {
        let (heading, focus) = (heading.clone(), props.focus);
        use_effect_with((), move |_| {
            if focus {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    }
    let roles = props.roles.iter().map(|&role| {
        let onclick = props.on_role.reform(move |_: MouseEvent| role);
        let hint_id = format!("{}-role-{}", props.instance, role.tag());
        html! {
            <li>
                <button type="button" class="att-role" data-role={role.tag()}
                    aria-describedby={hint_id.clone()} {onclick}>
                    <span class="att-role-name">{ text(lang, &Msg::RoleName(role)) }</span>
                    <span class="att-role-hint" id={hint_id}>{ text(lang, &Msg::RoleHint(role)) }</span>
                </button>
            </li>
        }
    });
    let skip = props.on_skip.reform(|_: MouseEvent| ());
    html! {
        <section class="att-roles" aria-labelledby={heading_id.clone()}>
            <h2 id={heading_id} tabindex="-1" ref={heading}>{ text(lang, &Msg::RolesHeading) }</h2>
            <p class="att-roles-lead">{ text(lang, &Msg::RolesLead) }</p>
            <ul class="att-role-list">{ for roles }</ul>
            <button type="button" class="att-roles-skip" onclick={skip}>{ text(lang, &Msg::RolesSkip) }</button>
        </section>
    }
}
