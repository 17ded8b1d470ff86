//! The widget instance's own state, framework-free: the language, the open module, the user's
//! custom sets, when work was last saved to a file, the notice on screen, and when the open
//! module must read storage again. One `Action` enum changes it; `apply` returns the
//! `Effect`s to carry out (save this key, tell the host page this, fetch that pack), which
//! `web::effects` carries out. The Yew root (`ui::app`) only renders this state and sends
//! actions; nothing here knows of the DOM, so a user's day is tested natively.
//!
//! The assessments and the register keep their own state cores (`workspace`, `register`),
//! driven by their modules; `state` holds what `getState` and `setState` do with them.

mod events;
mod keys;
pub mod screening;
pub mod state;

pub use crate::core::role::{self, Role};
pub use events::{Changed, HostEvent};
pub use keys::Key;

use super::custom::{self, CustomSetError};
use super::embed::Config;
use super::export_format::ExportFormat;
use super::i18n::Msg;
use super::l10n;
use super::question_set::{Lang, ModuleKind, QuestionSet, SetId};
use super::sources::Catalogue;

/// What the widget was given that does not change while it is mounted.
pub struct Setup<'a> {
    pub config: &'a Config,
    /// The ids of the built-in sets: a custom set may not take one.
    pub builtin: &'a [SetId],
    /// The sources custom sets may cite.
    pub catalogue: &'a Catalogue,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WidgetState {
    /// The language chosen (by the user, the host or storage).
    pub lang: Lang,
    /// The language the widget is drawn in: `lang` once its pack is here (English and Chinese
    /// need none), until then the one shown before, so the words, the content and the `lang`
    /// attribute around them never disagree.
    pub shown: Lang,
    /// The packs applied to the content so far.
    pub packs_loaded: Vec<Lang>,
    /// The set whose module is open; `None` (or a set no longer offered): the first offered.
    pub open: Option<SetId>,
    /// The user's custom sets, in the order loaded.
    pub custom: Vec<QuestionSet>,
    /// When work was last saved to a file (an export or a backup), ISO 8601.
    pub last_backup: Option<String>,
    pub notice: Option<Msg>,
    /// Bumped whenever storage changed under the open module (another tab, `setState`, a
    /// restored backup): the module is mounted again and reads storage afresh.
    pub generation: u64,
    /// Another tab wrote while the user was typing here: the module is mounted again once
    /// they leave the field, so no keystroke is lost.
    pub remount_pending: bool,
    /// Languages whose content pack was asked for (fetched once; again after a failure).
    pub packs_asked: Vec<Lang>,
    /// The first screen (who is working), where it is shown in place of the module.
    pub role_screen: Option<RoleScreen>,
}

/// How the first screen came to be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleScreen {
    /// At start, to a new visitor: it takes nothing (the focus) from the host page.
    AtStart,
    /// Asked for from the header: its heading takes the focus.
    Asked,
}

/// What says a visitor has been here before: any of these stored (an answer to this screen,
/// a module or language chosen, work saved, a file saved).
pub const BEEN_HERE: [Key; 7] = [
    Key::Role,
    Key::Open,
    Key::Lang,
    Key::Workspace,
    Key::Register,
    Key::LastBackup,
    Key::CustomSets,
];

/// What can happen to the widget.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The visitor picked a language, or the host called `setLang`.
    ChooseLang(Lang),
    /// The visitor opened a module (a set).
    Open(SetId),
    /// The visitor said who is working on the first screen; `open`: the set that role starts
    /// in, among those offered.
    ChooseRole { role: Role, open: Option<SetId> },
    /// The visitor skipped the first screen.
    SkipRoles,
    /// The visitor asked for the first screen again.
    ShowRoles,
    /// The visitor chose a custom set file: its text, or why it could not be read.
    CustomSetFile(Result<String, FileProblem>),
    /// A language pack came (`Ok`) or could not be had or read (`Err`).
    PackLoaded(Lang, Result<(), ()>),
    /// A file was offered to the visitor (any export, or a backup) at `at` (ISO 8601).
    Exported {
        format: ExportFormat,
        filename: String,
        at: String,
    },
    /// A backup was restored at `at`: its language, if it had one, and its custom sets.
    Restored {
        lang: Option<Lang>,
        sets: Vec<QuestionSet>,
        at: String,
    },
    /// Another tab wrote this instance's storage; `typing`: the user is in a field here.
    ForeignChange { typing: bool },
    /// The user left the field they were typing in.
    LeftField,
    /// `setState` or a restored backup wrote storage: the open module reads it again.
    StateReplaced,
    /// What the storage said later (a write refused, a newer widget's database, …).
    Storage(StorageNews),
    /// A module's own notice (shown in the one notice region).
    Notice(Msg),
}

/// Why a chosen file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileProblem {
    TooLarge { bytes: usize },
    Unreadable,
}

/// What the storage tells the widget after it opened.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageNews {
    /// A write was refused; the message says why (full, unavailable).
    Failed(Msg),
    /// Another, newer widget's database: nothing is written over it.
    Newer,
    /// The site's data was cleared under the page; what the page held was written back.
    WrittenBack,
    /// Everything refused before is stored now.
    Recovered,
}

/// What `apply` asks the runner to do, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Store `value` under `key`; a refusal comes back as `Action::Storage(Failed(..))`.
    Save(Key, String),
    /// Set an unreadable stored value aside (`<key>.unreadable`), never overwriting it.
    SetAside(Key, String),
    /// Tell the host page.
    Emit(HostEvent),
    /// Fetch a language's content pack; its outcome comes back as `Action::PackLoaded`.
    FetchPack(Lang),
    /// Write what changed in the register since it was last stored (the runner knows what is
    /// stored: shipments are written one by one, and only those that changed).
    SaveRegister,
    /// Show a notice in the widget's one notice region.
    Notice(Msg),
}

impl WidgetState {
    /// The state as storage holds it. `read` gives a stored value by key; `read_only`: the
    /// database is a newer widget's, which the visitor is told.
    pub fn restore(
        read: impl Fn(&Key) -> Option<String>,
        read_only: bool,
        setup: &Setup,
    ) -> (Self, Vec<Effect>) {
        let mut effects = Vec::new();
        let lang = read(&Key::Lang)
            .and_then(|t| Lang::from_tag(&t))
            .or(setup.config.lang)
            .unwrap_or(Lang::En);
        let mut notice = read_only.then_some(Msg::StorageNewer);
        let mut custom_sets = Vec::new();
        if let Some(raw) = read(&Key::CustomSets) {
            let (sets, errors) = custom::decode_stored(&raw, setup.catalogue);
            custom_sets = sets;
            if let Some(e) = errors.into_iter().next() {
                effects.push(Effect::SetAside(Key::CustomSets, raw));
                notice = Some(Msg::CustomSetRejected(e));
            }
        }
        let mut state = WidgetState {
            lang,
            // Until its pack is here (set below), a pack language is drawn in English.
            shown: Lang::En,
            packs_loaded: Vec::new(),
            role_screen: role::shown_at_start(
                BEEN_HERE.iter().any(|k| read(k).is_some()),
                setup.config,
            )
            .then_some(RoleScreen::AtStart),
            open: read(&Key::Open).map(SetId),
            custom: custom_sets,
            last_backup: read(&Key::LastBackup),
            notice,
            generation: 0,
            remount_pending: false,
            packs_asked: Vec::new(),
        };
        if state.available(lang) {
            state.shown = lang;
        }
        effects.extend(state.ask_pack(lang));
        (state, effects)
    }

    pub fn apply(&mut self, action: Action, setup: &Setup) -> Vec<Effect> {
        match action {
            Action::ChooseLang(lang) => {
                if lang == self.lang {
                    return Vec::new();
                }
                self.lang = lang;
                if self.available(lang) {
                    self.shown = lang;
                }
                let mut effects = vec![
                    Effect::Save(Key::Lang, lang.tag().to_owned()),
                    Effect::Emit(HostEvent::Change(Changed::Lang)),
                ];
                effects.extend(self.ask_pack(lang));
                effects
            }
            Action::Open(id) => {
                // A module chosen from the tabs answers the first screen too.
                self.role_screen = None;
                if self.open.as_ref() == Some(&id) {
                    return Vec::new();
                }
                let value = id.as_str().to_owned();
                self.open = Some(id);
                vec![Effect::Save(Key::Open, value)]
            }
            Action::ChooseRole { role, open } => {
                let mut effects = vec![Effect::Save(Key::Role, role.tag().to_owned())];
                if let Some(id) = open {
                    effects.extend(self.apply(Action::Open(id), setup));
                }
                self.role_screen = None;
                effects
            }
            Action::SkipRoles => {
                self.role_screen = None;
                vec![Effect::Save(Key::Role, role::SKIPPED.to_owned())]
            }
            Action::ShowRoles => {
                if role::choice_offered(setup.config) {
                    self.role_screen = Some(RoleScreen::Asked);
                }
                Vec::new()
            }
            Action::CustomSetFile(file) => self.add_custom(file, setup),
            Action::PackLoaded(lang, outcome) => {
                if outcome.is_err() {
                    // Asked again the next time it is chosen; meanwhile the language shown
                    // stays, and so does the choice the user sees.
                    self.packs_asked.retain(|&l| l != lang);
                    self.notice = Some(Msg::LanguagePackFailed(lang));
                    if self.lang == lang {
                        self.lang = self.shown;
                    }
                } else {
                    if !self.packs_loaded.contains(&lang) {
                        self.packs_loaded.push(lang);
                    }
                    if self.lang == lang {
                        self.shown = lang;
                    }
                }
                Vec::new()
            }
            Action::Exported {
                format,
                filename,
                at,
            } => {
                // Every export reaches the user as a file: the work is saved somewhere.
                let mut effects = self.saved_to_file(at);
                effects.push(Effect::Emit(HostEvent::Export { format, filename }));
                effects
            }
            Action::Restored { lang, sets, at } => {
                let mut effects = self.saved_to_file(at);
                if let Some(l) = lang {
                    effects.extend(self.apply(Action::ChooseLang(l), setup));
                }
                if !sets.is_empty() {
                    for set in sets {
                        self.put_custom(set);
                    }
                    effects.push(self.save_custom());
                }
                // The open module is remounted by the restore itself (`StateReplaced`).
                effects
            }
            Action::ForeignChange { typing: true } => {
                self.remount_pending = true;
                Vec::new()
            }
            Action::ForeignChange { typing: false } => {
                self.remount(Some(Msg::ChangedInAnotherTab));
                Vec::new()
            }
            Action::LeftField => {
                if std::mem::take(&mut self.remount_pending) {
                    self.remount(Some(Msg::ChangedInAnotherTab));
                }
                Vec::new()
            }
            // The host is told by the writer (`ui::restore`), once storage holds the state.
            Action::StateReplaced => {
                self.remount(None);
                Vec::new()
            }
            Action::Storage(news) => {
                match news {
                    StorageNews::Failed(msg) => self.notice = Some(msg),
                    StorageNews::Newer => self.notice = Some(Msg::StorageNewer),
                    StorageNews::WrittenBack => self.notice = Some(Msg::StorageWrittenBack),
                    // The failure notice no longer holds; any other stays.
                    StorageNews::Recovered => {
                        if matches!(
                            self.notice,
                            Some(Msg::StorageFull | Msg::StorageUnavailable)
                        ) {
                            self.notice = None;
                        }
                    }
                }
                Vec::new()
            }
            Action::Notice(msg) => {
                self.notice = Some(msg);
                Vec::new()
            }
        }
    }

    /// The sets this embed offers, in the order shown: the built-in ones by module, then the
    /// user's custom ones as loaded.
    pub fn offered<'a>(
        &'a self,
        builtin: &'a [QuestionSet],
        config: &Config,
    ) -> Vec<&'a QuestionSet> {
        let mut all: Vec<&QuestionSet> =
            builtin.iter().filter(|s| config.offers(s.module)).collect();
        all.sort_by_key(|s| module_rank(s.module));
        all.extend(self.custom.iter().filter(|s| config.offers(s.module)));
        all
    }

    /// The set shown: the open one if it is offered, else the first offered.
    pub fn current<'a>(&self, offered: &[&'a QuestionSet]) -> Option<&'a QuestionSet> {
        let open = self.open.as_ref();
        offered
            .iter()
            .find(|s| Some(&s.id) == open)
            .or_else(|| offered.first())
            .copied()
    }

    /// Whether `lang` can be drawn now: it needs no pack, or its pack is here.
    fn available(&self, lang: Lang) -> bool {
        !l10n::is_pack_lang(lang) || self.packs_loaded.contains(&lang)
    }

    /// A language was chosen and its pack is on its way: the widget says it is busy.
    pub fn lang_pending(&self) -> bool {
        self.lang != self.shown
    }

    fn ask_pack(&mut self, lang: Lang) -> Option<Effect> {
        if !l10n::is_pack_lang(lang) || self.packs_asked.contains(&lang) {
            return None;
        }
        self.packs_asked.push(lang);
        Some(Effect::FetchPack(lang))
    }

    fn saved_to_file(&mut self, at: String) -> Vec<Effect> {
        if self.last_backup.as_deref() == Some(at.as_str()) {
            return Vec::new();
        }
        self.last_backup = Some(at.clone());
        vec![Effect::Save(Key::LastBackup, at)]
    }

    fn remount(&mut self, notice: Option<Msg>) {
        self.generation += 1;
        if notice.is_some() {
            self.notice = notice;
        }
    }

    fn add_custom(&mut self, file: Result<String, FileProblem>, setup: &Setup) -> Vec<Effect> {
        let loaded = match file {
            Ok(json) => custom::load(&json, setup.catalogue),
            Err(FileProblem::TooLarge { bytes }) => Err(CustomSetError::TooLarge { bytes }),
            Err(FileProblem::Unreadable) => {
                self.notice = Some(Msg::FileUnreadable);
                return Vec::new();
            }
        };
        match loaded {
            Err(e) => {
                self.notice = Some(Msg::CustomSetRejected(e));
                Vec::new()
            }
            Ok(set) if setup.builtin.contains(&set.id) => {
                self.notice = Some(Msg::CustomSetIdTaken(set.id.to_string()));
                Vec::new()
            }
            Ok(set) => {
                self.notice = Some(Msg::CustomSetLoaded(set.title.clone()));
                let id = set.id.clone();
                self.put_custom(set);
                let mut effects = vec![self.save_custom()];
                effects.extend(self.apply(Action::Open(id), setup));
                effects
            }
        }
    }

    /// Adds `set`, replacing one with the same id (a newer version of the user's set).
    fn put_custom(&mut self, set: QuestionSet) {
        self.custom.retain(|s| s.id != set.id);
        self.custom.push(set);
    }

    fn save_custom(&self) -> Effect {
        Effect::Save(Key::CustomSets, custom::encode_stored(&self.custom))
    }
}

/// The module a visitor sees first when storage names none: the first one this embed offers.
/// (A returning visitor may have left another open; the widget cannot know before storage is
/// read, and fetches this one's code early on that bet.)
pub fn first_module(config: &Config) -> Option<ModuleKind> {
    [
        ModuleKind::Programme,
        ModuleKind::Screening,
        ModuleKind::Gbv74,
        ModuleKind::Reassessment,
        ModuleKind::Resources,
    ]
    .into_iter()
    .filter(|&m| config.offers(m))
    .min_by_key(|&m| module_rank(m))
}

/// The order modules are offered in, whatever the file names.
pub fn module_rank(m: ModuleKind) -> u8 {
    match m {
        ModuleKind::Programme => 0,
        ModuleKind::Screening => 1,
        ModuleKind::Gbv74 => 2,
        ModuleKind::Reassessment => 3,
        ModuleKind::Resources => 4,
    }
}
