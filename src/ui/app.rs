//! The widget's root: opens storage, then draws the widget from its state core (`ui::hub`):
//! the header, the notice, the open module and the footer. It sends what the user does as
//! actions and renders the state; it keeps no state of its own.

use std::rc::Rc;

use yew::prelude::*;

use super::bridge::Bridge;
use super::content::{load_builtin, Content};
use super::custom_set::CustomSetPicker;
use super::header::Header;
use super::hub::Hub;
use super::problem::Problem;
use super::programme::ProgrammeProps;
use super::role_screen::RoleScreen as RoleScreenView;
use super::screening::ScreeningProps;
use super::seam::{self, Lazy};
use super::set_view::SetViewProps;
use super::wiring::Senders;
use super::your_data::YourDataProps;
use crate::core::embed::Config;
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{Lang, ModuleKind};
use crate::core::widget::{role, Role, RoleScreen};
use crate::web::storage::Store;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// Checked options (language, modules, storage key).
    pub config: Rc<Config>,
    /// Events to the host page and commands from it.
    pub bridge: Rc<Bridge>,
    /// The built-in content, when the caller has parsed it already (`mount` has).
    pub content: Option<Rc<Content>>,
}

impl Default for AppProps {
    fn default() -> Self {
        Self {
            config: Rc::new(Config::default()),
            bridge: Bridge::new(None, None),
            content: None,
        }
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    // Destroyed before its first render (`mount` then `destroy` in one task): it draws nothing
    // and starts nothing, and `destroy` removes it as soon as it exists.
    if !props.bridge.draws() {
        return Html::default();
    }
    html! { <StorageGate ..props.clone() /> }
}

/// Opens storage, then draws the widget (or says why the built-in content cannot be shown).
#[component]
fn StorageGate(props: &AppProps) -> Html {
    let content = use_memo((), |_| match &props.content {
        Some(c) => Ok(c.clone()),
        None => load_builtin().map(Rc::new),
    });
    // The stored work is read once, asynchronously, before anything that shows it renders.
    let store = use_memo(props.config.storage_key.clone(), |k| Store::new(k));
    let opened = use_state(|| store.is_open());
    {
        let (store, opened) = (store.clone(), opened.clone());
        use_effect_with((), move |_| {
            if !store.is_open() {
                wasm_bindgen_futures::spawn_local(async move {
                    store.open().await;
                    opened.set(true);
                });
            }
        });
    }
    if !*opened {
        let lang = props.config.lang.unwrap_or(Lang::En);
        return html! {
            <p class="att-loading" role="status" lang={lang.tag()} dir={lang.dir()}>{ text(lang, &Msg::OpeningStorage) }</p>
        };
    }
    match &*content {
        Ok(c) => {
            html! { <Widget content={c.clone()} config={props.config.clone()} bridge={props.bridge.clone()} /> }
        }
        Err(detail) => {
            let lang = props.config.lang.unwrap_or(Lang::En);
            html! {
                <div lang={lang.tag()} dir={lang.dir()}>
                    <Problem {lang} msg={Some(Msg::ContentBroken(detail.clone()))} />
                </div>
            }
        }
    }
}

#[derive(Properties)]
struct WidgetProps {
    content: Rc<Content>,
    config: Rc<Config>,
    bridge: Rc<Bridge>,
}

impl PartialEq for WidgetProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.content, &other.content)
            && self.config == other.config
            && Rc::ptr_eq(&self.bridge, &other.bridge)
    }
}

#[component]
fn Widget(props: &WidgetProps) -> Html {
    let redraw = use_force_update();
    let hub = use_memo((), |_| {
        let redraw = Callback::from(move |_| redraw.force_update());
        let store = Store::new(&props.config.storage_key);
        Hub::new(
            props.content.clone(),
            props.config.clone(),
            store,
            props.bridge.clone(),
            redraw,
        )
    });
    let root_ref = use_node_ref();
    super::wiring::use_host_and_storage(&hub, &root_ref);

    // Made once: the modules' props compare equal from one render to the next.
    let send = use_memo((), |_| Senders::new(&hub));
    let (sets, current) = hub.offered();
    let content = hub.content();
    let state = hub.state();
    // Drawn in the language whose words and content are both here (see `WidgetState::shown`).
    let lang = state.shown;
    let instance = AttrValue::from(props.config.storage_key.clone());
    let panel_id = AttrValue::from(format!("{instance}-module"));
    let store = hub.store().clone();
    let bridge = hub.bridge().clone();
    let for_review = current
        .as_ref()
        .is_some_and(|s| s.set.translations_for_review.contains(&lang));
    let Senders {
        on_notice,
        on_delivered,
        on_restored,
        on_file,
        on_focus_out,
        on_lang,
        on_open,
        on_role,
        on_skip_roles,
        on_show_roles,
    } = (*send).clone();
    let role_screen = state.role_screen.is_some();

    let view = if let Some(shown) = state.role_screen {
        Some(
            html! { <RoleScreenView {lang} instance={instance.clone()} roles={Role::offered(&props.config)}
            focus={shown == RoleScreen::Asked} {on_role} on_skip={on_skip_roles} /> },
        )
    } else {
        current.clone().map(|set| {
            // The generation in the key remounts the module, which re-reads storage, whenever
            // storage changed under it (another tab, setState, a restored backup); and the packs
            // loaded: a module holds its set from mount, so new languages remount it.
            let key = format!(
                "{}#{}#{}",
                set.set.id,
                state.generation,
                content.packs.len()
            );
            let catalogue = content.catalogue.clone();
            match set.set.module {
                ModuleKind::Screening => {
                    let gbv = content
                        .builtin
                        .iter()
                        .find(|s| s.set.module == ModuleKind::Gbv74)
                        .cloned();
                    let inner = ScreeningProps {
                        set,
                        gbv,
                        catalogue,
                        lang,
                        instance: instance.clone(),
                        store: store.clone(),
                        on_notice: on_notice.clone(),
                        on_delivered: on_delivered.clone(),
                        bridge: bridge.clone(),
                        lists: content.lists.clone(),
                    };
                    html! { <Lazy<seam::Screening> {key} {inner} {lang} /> }
                }
                ModuleKind::Programme => {
                    let all = Rc::new(sets.iter().map(|s| s.set.clone()).collect::<Vec<_>>());
                    let inner = ProgrammeProps {
                        set,
                        sets: all,
                        catalogue,
                        lang,
                        instance: instance.clone(),
                        store: store.clone(),
                        on_notice: on_notice.clone(),
                        on_delivered: on_delivered.clone(),
                        bridge: bridge.clone(),
                    };
                    html! { <Lazy<seam::Programme> {key} {inner} {lang} /> }
                }
                _ => {
                    let inner = SetViewProps {
                        set,
                        catalogue,
                        lang,
                        instance: instance.clone(),
                    };
                    html! { <Lazy<seam::Reference> {key} {inner} {lang} /> }
                }
            }
        })
    };

    html! {
        <div class="att-diligence" lang={lang.tag()} dir={lang.dir()} ref={root_ref} onfocusout={on_focus_out}
            aria-busy={state.lang_pending().then_some("true")}>
            <Header {lang} chosen={state.lang} sets={Rc::new(sets.clone())}
                // No module is shown while the first screen is: no tab is selected.
                current={current.as_ref().filter(|_| !role_screen).map(|s| s.set.id.clone())}
                panel={panel_id.clone()} instance={instance.clone()} {on_lang} {on_open}
                on_roles={role::choice_offered(&props.config).then_some(on_show_roles)} />
            // Always present (hidden when empty): a live region that is there before its message.
            <Problem {lang} msg={state.notice.clone()} class="att-notice" />
            // Always present, hidden unless the set's text in this language awaits review.
            <p class="att-review" role="note" hidden={!for_review}>{ text(lang, &Msg::TranslationForReview) }</p>
            // The first screen stands in for the module: the panel is no tab's while it shows.
            <main class="att-main" id={panel_id} role={(!role_screen).then_some("tabpanel")}
                aria-labelledby={current.as_ref().filter(|_| !role_screen)
                    .map(|s| super::header::tab_id(&instance, &s.set.id))}>{ view }</main>
            <footer class="att-footer">
                <Lazy<seam::YourData> {lang} inner={YourDataProps { lang, instance: instance.clone(), store,
                    bridge, content: content.clone(), last_backup: state.last_backup.clone(), on_notice,
                    on_delivered, on_restored }} />
                <CustomSetPicker {lang} {instance} {on_file} />
                <p class="att-version">{ text(lang, &Msg::WidgetVersion(crate::core::export::WIDGET_VERSION)) }</p>
            </footer>
        </div>
    }
}
