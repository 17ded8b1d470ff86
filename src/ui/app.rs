//! The widget's root: loads the content, keeps the language, the open module and the user's
//! custom sets, and shows the open module.

use std::rc::Rc;

use yew::prelude::*;

use super::bridge::{Bridge, Changed, Command};
use super::content::{load_builtin, load_with, Content, LoadedSet};
use super::custom_set::CustomSetPicker;
use super::problem::Problem;
use super::programme::ProgrammeModule;
use super::screening::ScreeningModule;
use super::set_view::SetView;
use super::your_data::YourData;
use crate::core::custom::{self, CustomSetError};
use crate::core::embed::{format_name, Config};
use crate::core::export_format::ExportFormat;
use crate::core::i18n::{text, Msg};
use crate::core::l10n::{self, Pack};
use crate::core::question_set::{Lang, ModuleKind, QuestionSet, SetId};
use crate::web::files::FileError;
use crate::web::storage::Store;
use crate::web::tabs::on_foreign_change;

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
    // and starts nothing, and `destroy` removes it as soon as it exists. (Never drawn, it has
    // no hooks whose order a later render would have to keep.)
    if !props.bridge.draws() {
        return Html::default();
    }
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

pub(crate) const CUSTOM_SETS_KEY: &str = "custom-sets";
/// When a backup or any export was last downloaded (ISO 8601).
const LAST_BACKUP_KEY: &str = "last-backup";

/// The `att-export` event's detail.
#[derive(serde::Serialize)]
pub(crate) struct Exported {
    pub format: &'static str,
    pub filename: String,
}

/// The user's custom sets as stored, and a notice if any could not be restored.
pub(crate) fn restore_custom(
    store: &Store,
    content: &Content,
) -> (Vec<Rc<LoadedSet>>, Option<Msg>) {
    let Ok(Some(raw)) = store.get(CUSTOM_SETS_KEY) else {
        return (Vec::new(), None);
    };
    let (sets, errors) = custom::decode_stored(&raw, &content.catalogue);
    let notice = errors.into_iter().next().map(|e| {
        let _ = store.quarantine(CUSTOM_SETS_KEY, &raw);
        Msg::CustomSetRejected(e)
    });
    let sets = sets.into_iter().map(|s| LoadedSet::new(s, true)).collect();
    (sets, notice)
}

/// The user's custom sets; `revision` tells the saving effect the list changed.
#[derive(PartialEq)]
struct CustomSets {
    revision: u64,
    sets: Rc<Vec<Rc<LoadedSet>>>,
}

impl Reducible for CustomSets {
    /// A newly loaded set (replacing one with the same id).
    type Action = QuestionSet;

    fn reduce(self: Rc<Self>, set: QuestionSet) -> Rc<Self> {
        let mut sets: Vec<Rc<LoadedSet>> = (*self.sets).clone();
        sets.retain(|s| s.set.id != set.id);
        sets.push(LoadedSet::new(set, true));
        Rc::new(CustomSets {
            revision: self.revision + 1,
            sets: Rc::new(sets),
        })
    }
}

/// Counts writes by other tabs; a reducer, so a listener set up once always bumps the latest.
#[derive(Default, PartialEq)]
struct Generation(u64);

impl Reducible for Generation {
    type Action = ();

    fn reduce(self: Rc<Self>, _: ()) -> Rc<Self> {
        Rc::new(Generation(self.0 + 1))
    }
}

#[component]
fn Widget(props: &WidgetProps) -> Html {
    // The built-in content, replaced by one with more languages as their packs arrive.
    let content_state = use_state(|| props.content.clone());
    let packs = use_mut_ref(Vec::<Pack>::new);
    let content: &Content = &content_state;
    let instance = AttrValue::from(props.config.storage_key.clone());
    let store = use_memo(instance.clone(), |i| Store::new(i));
    let restored = use_memo((), |_| restore_custom(&store, content));
    let notice = use_state(|| {
        // Told while the storage was opening, before anything listened.
        let newer = (store.mode() == crate::web::db::Mode::ReadOnly).then_some(Msg::StorageNewer);
        restored.1.clone().or(newer)
    });
    // (revision, sets): the revision tells the saving effect a user changed the list.
    let custom_sets = use_reducer(|| CustomSets {
        revision: 0,
        sets: Rc::new(restored.0.clone()),
    });
    let lang = use_state(|| {
        store
            .get("lang")
            .ok()
            .flatten()
            .and_then(|t| Lang::from_tag(&t))
            .or(props.config.lang)
            .unwrap_or(Lang::En)
    });
    let open = use_state(|| store.get("open").ok().flatten().map(SetId));
    // When a backup or any export was last downloaded (shown, and saved, by "Your data").
    let last_backup = use_state(|| store.get(LAST_BACKUP_KEY).ok().flatten());
    let generation = use_reducer(Generation::default);
    {
        let (bridge, set_lang, reload) =
            (props.bridge.clone(), lang.setter(), generation.dispatcher());
        use_effect_with((), move |_| {
            bridge.listen(Callback::from(move |c| match c {
                Command::SetLang(l) => set_lang.set(l),
                Command::Reload => reload.dispatch(()),
            }));
        });
    }
    // Another tab's change remounts the open module, which re-reads storage; while the user
    // is typing in a field here it waits until they leave the field, so no keystroke is lost.
    let root_ref = use_node_ref();
    let deferred = use_mut_ref(|| false);
    let on_focus_out = {
        let (deferred, bump, notice) = (deferred.clone(), generation.dispatcher(), notice.clone());
        Callback::from(move |_: FocusEvent| {
            if std::mem::take(&mut *deferred.borrow_mut()) {
                bump.dispatch(());
                notice.set(Some(Msg::ChangedInAnotherTab));
            }
        })
    };
    // The notice on screen now, for listeners set up once (a state handle they hold is stale).
    let shown = use_mut_ref(|| None::<Msg>);
    {
        let shown = shown.clone();
        use_effect_with((*notice).clone(), move |n| *shown.borrow_mut() = n.clone());
    }
    {
        let (store, bump, notice) = (store.clone(), generation.dispatcher(), notice.clone());
        let (root_ref, deferred, shown) = (root_ref.clone(), deferred.clone(), shown.clone());
        use_effect_with((), move |_| {
            let guard = on_foreign_change(&store, {
                let notice = notice.clone();
                move || {
                    if crate::web::dom::typing_in(&root_ref) {
                        *deferred.borrow_mut() = true;
                    } else {
                        bump.dispatch(());
                        notice.set(Some(Msg::ChangedInAnotherTab));
                    }
                }
            });
            // A write the database refused later (full, gone) or a newer widget's database.
            let failures = store.subscribe(move |e| match e {
                crate::web::db::Event::Failed(err) => notice.set(Some(err.message())),
                crate::web::db::Event::Newer => notice.set(Some(Msg::StorageNewer)),
                crate::web::db::Event::WrittenBack => notice.set(Some(Msg::StorageWrittenBack)),
                // Everything refused before is stored now: the failure notice no longer holds.
                crate::web::db::Event::Recovered => {
                    let stale = matches!(
                        *shown.borrow(),
                        Some(Msg::StorageFull | Msg::StorageUnavailable)
                    );
                    if stale {
                        notice.set(None);
                    }
                }
                crate::web::db::Event::ForeignChange => {}
            });
            move || {
                drop(guard);
                drop(failures);
            }
        });
    }

    {
        // A language that comes as a pack: fetched once, on first use; until it is here (or if
        // it cannot be had) its content shows in English.
        let (bridge, set_content, packs, notice) = (
            props.bridge.clone(),
            content_state.setter(),
            packs.clone(),
            notice.clone(),
        );
        use_effect_with(*lang, move |lang| {
            let lang = *lang;
            if l10n::is_pack_lang(lang) && !packs.borrow().iter().any(|p| p.lang == lang) {
                wasm_bindgen_futures::spawn_local(async move {
                    let fetched = bridge.fetch_pack(lang).await;
                    // Destroyed while the pack was fetched: not parsed, nothing set.
                    if bridge.is_destroyed() {
                        return;
                    }
                    let pack = fetched
                        .and_then(|text| l10n::parse(&text, lang).map_err(|e| format!("{e:?}")));
                    let Ok(pack) = pack else {
                        notice.set(Some(Msg::LanguagePackFailed(lang)));
                        return;
                    };
                    if !packs.borrow().iter().any(|p| p.lang == lang) {
                        packs.borrow_mut().push(pack);
                    }
                    match load_with(&packs.borrow()) {
                        Ok(c) => set_content.set(Rc::new(c)),
                        Err(_) => notice.set(Some(Msg::LanguagePackFailed(lang))),
                    }
                });
            }
        });
    }
    {
        let bridge = props.bridge.clone();
        use_effect_with(content_state.clone(), move |content| {
            bridge.live.borrow_mut().content = Some((**content).clone());
        });
    }
    {
        let store = store.clone();
        let bridge = props.bridge.clone();
        use_effect_with(*lang, move |lang| {
            let first = bridge.live.borrow_mut().lang.replace(*lang).is_none();
            if !first {
                let _ = store.set("lang", lang.tag());
                bridge.emit("change", &Changed { what: "lang" });
            }
        });
    }
    {
        let store = store.clone();
        use_effect_with((*open).clone(), move |open| {
            if let Some(id) = open {
                let _ = store.set("open", id.as_str());
            }
        });
    }
    {
        let (store, notice, sets) = (store.clone(), notice.clone(), custom_sets.clone());
        use_effect_with(custom_sets.revision, move |revision| {
            if *revision > 0 {
                let plain: Vec<QuestionSet> = sets.sets.iter().map(|s| s.set.clone()).collect();
                if store
                    .set(CUSTOM_SETS_KEY, &custom::encode_stored(&plain))
                    .is_err()
                {
                    notice.set(Some(Msg::StorageFull));
                }
            }
        });
    }

    let mut all: Vec<Rc<LoadedSet>> = content.builtin.clone();
    all.retain(|s| props.config.offers(s.set.module));
    all.sort_by_key(|s| crate::core::widget::module_rank(s.set.module));
    all.extend(
        custom_sets
            .sets
            .iter()
            .filter(|s| props.config.offers(s.set.module))
            .cloned(),
    );
    let current = (*open)
        .as_ref()
        .and_then(|id| all.iter().find(|s| &s.set.id == id))
        .or_else(|| all.first())
        .cloned();
    let lang_now = *lang;
    let for_review = current
        .as_ref()
        .is_some_and(|s| s.set.translations_for_review.contains(&lang_now));

    let on_notice = {
        let notice = notice.clone();
        use_callback((), move |msg: Msg, _| notice.set(Some(msg)))
    };
    let on_delivered = {
        let (bridge, last_backup) = (props.bridge.clone(), last_backup.setter());
        use_callback((), move |(format, filename): (ExportFormat, String), _| {
            // Every export reaches the user through here: each is work saved to a file.
            last_backup.set(Some(crate::web::clock::now_iso()));
            bridge.emit(
                "export",
                &Exported {
                    format: format_name(format),
                    filename,
                },
            );
        })
    };
    let on_file = {
        let (notice, add_set, open) = (notice.clone(), custom_sets.dispatcher(), open.clone());
        let catalogue = content.catalogue.clone();
        let builtin_ids: Vec<SetId> = content.builtin.iter().map(|s| s.set.id.clone()).collect();
        Callback::from(move |file: Result<String, FileError>| {
            let loaded = match file {
                Ok(json) => custom::load(&json, &catalogue),
                Err(FileError::TooLarge { bytes }) => Err(CustomSetError::TooLarge { bytes }),
                Err(FileError::Unreadable) => {
                    notice.set(Some(Msg::FileUnreadable));
                    return;
                }
            };
            match loaded {
                Err(e) => notice.set(Some(Msg::CustomSetRejected(e))),
                Ok(set) if builtin_ids.contains(&set.id) => {
                    notice.set(Some(Msg::CustomSetIdTaken(set.id.to_string())))
                }
                Ok(set) => {
                    let (id, title) = (set.id.clone(), set.title.clone());
                    // Through the reducer: files finish reading in any order, and each must be
                    // added to the latest list, not to the one this callback saw.
                    add_set.dispatch(set);
                    open.set(Some(id));
                    notice.set(Some(Msg::CustomSetLoaded(title)));
                }
            }
        })
    };

    {
        let store = store.clone();
        use_effect_with((*last_backup).clone(), move |last| {
            if let Some(iso) = last
                .as_deref()
                .filter(|&l| store.get(LAST_BACKUP_KEY).ok().flatten().as_deref() != Some(l))
            {
                let _ = store.set(LAST_BACKUP_KEY, iso);
            }
        });
    }
    // A restored backup is in storage; the language and custom sets are shown from here.
    let on_restored = {
        let (lang, add_set) = (lang.setter(), custom_sets.dispatcher());
        let last_backup = last_backup.setter();
        Callback::from(
            move |(restored_lang, sets): (Option<Lang>, Vec<QuestionSet>)| {
                // What this browser now holds is in a file the user has: nothing is unsaved.
                last_backup.set(Some(crate::web::clock::now_iso()));
                if let Some(l) = restored_lang {
                    lang.set(l);
                }
                sets.into_iter().for_each(|s| add_set.dispatch(s));
            },
        )
    };

    let lang_buttons = Lang::ALL.iter().map(|&l| {
        let lang = lang.clone();
        let onclick = Callback::from(move |_| lang.set(l));
        html! {
            <button type="button" lang={l.tag()} aria-pressed={(l == lang_now).to_string()} {onclick}>
                { text(lang_now, &Msg::LangName(l)) }
            </button>
        }
    });
    let tabs = all.iter().map(|s| {
        let is_open = current.as_ref().is_some_and(|c| c.set.id == s.set.id);
        let onclick = {
            let (open, id) = (open.clone(), s.set.id.clone());
            Callback::from(move |_| open.set(Some(id.clone())))
        };
        // A set's own label first: two sets of one module (the built-in programme sets) must
        // not share a name.
        let label = match (&s.set.label, s.custom) {
            (Some(l), _) => l.get(lang_now).to_owned(),
            (None, true) => s.set.title.get(lang_now).to_owned(),
            (None, false) => text(lang_now, &Msg::ModuleName(s.set.module)),
        };
        html! {
            <li>
                <button type="button" data-set={s.set.id.to_string()}
                    aria-current={is_open.then_some("true")} {onclick}>
                    { label }
                    if s.custom { <span class="att-badge">{ text(lang_now, &Msg::CustomBadge) }</span> }
                </button>
            </li>
        }
    });

    let view = current.clone().map(|set| {
        // The generation in the key remounts the module, which re-reads storage, whenever
        // another tab has written to it.
        // And the packs loaded: a module holds its set from mount, so new languages remount it.
        let key = format!("{}#{}#{}", set.set.id, generation.0, content.packs.len());
        if set.set.module == ModuleKind::Screening {
            let gbv = content.builtin.iter().find(|s| s.set.module == ModuleKind::Gbv74).cloned();
            html! { <ScreeningModule {key} {set} {gbv} catalogue={content.catalogue.clone()} lang={lang_now}
                instance={instance.clone()} store={store.clone()} on_notice={on_notice.clone()}
                on_delivered={on_delivered.clone()} bridge={props.bridge.clone()}
                lists={content.lists.clone()} /> }
        } else if set.set.module == ModuleKind::Programme {
            let sets = Rc::new(all.iter().map(|s| s.set.clone()).collect::<Vec<_>>());
            html! { <ProgrammeModule {key} {set} {sets} catalogue={content.catalogue.clone()} lang={lang_now}
                instance={instance.clone()} store={store.clone()} on_notice={on_notice.clone()}
                on_delivered={on_delivered.clone()} bridge={props.bridge.clone()} /> }
        } else {
            html! { <SetView {key} {set} catalogue={content.catalogue.clone()} lang={lang_now}
                instance={instance.clone()} /> }
        }
    });

    html! {
        <div class="att-diligence" lang={lang_now.tag()} dir={lang_now.dir()} ref={root_ref} onfocusout={on_focus_out}>
            <header class="att-header">
                <h1>{ text(lang_now, &Msg::AppTitle) }</h1>
                <div class="att-lang" role="group" aria-label={text(lang_now, &Msg::Language)}>
                    { for lang_buttons }
                </div>
            </header>
            <nav class="att-modules" aria-label={text(lang_now, &Msg::Modules)}>
                <ul>{ for tabs }</ul>
            </nav>
            // Always present (hidden when empty): a live region that is there before its message.
            <Problem lang={lang_now} msg={(*notice).clone()} class="att-notice" />
            // Always present, hidden unless the set's text in this language awaits review.
            <p class="att-review" role="note" hidden={!for_review}>{ text(lang_now, &Msg::TranslationForReview) }</p>
            <main class="att-main">{ view }</main>
            <footer class="att-footer">
                <YourData lang={lang_now} instance={instance.clone()} store={store.clone()} bridge={props.bridge.clone()}
                    content={(*content_state).clone()} last_backup={(*last_backup).clone()} on_notice={on_notice.clone()}
                    on_delivered={on_delivered.clone()} {on_restored} />
                <CustomSetPicker lang={lang_now} instance={instance.clone()} {on_file} />
                <p class="att-version">{ text(lang_now, &Msg::WidgetVersion(crate::core::export::WIDGET_VERSION)) }</p>
            </footer>
        </div>
    }
}
