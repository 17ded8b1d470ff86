//! The first screen: who is working decides which module opens. Shown once, to a visitor with
//! nothing stored, where the embed offers a choice; the answer (or "skip") is stored, and the
//! screen can always be opened again from the header.

use crate::core::embed::Config;
use crate::core::question_set::{ModuleKind, QuestionSet, SetId};

/// Who is working, in the words of the three kinds of users the widget serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// An exporter or manufacturer assessing its compliance programme.
    Programme,
    /// A carrier, forwarder, shipping agent or broker screening shipments.
    Logistics,
    /// Someone reading the guidance.
    Reader,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Programme, Role::Logistics, Role::Reader];

    /// The module this role starts in.
    pub fn module(self) -> ModuleKind {
        match self {
            Role::Programme => ModuleKind::Programme,
            Role::Logistics => ModuleKind::Screening,
            Role::Reader => ModuleKind::Resources,
        }
    }

    /// The stored name (stored data: never changes).
    pub fn tag(self) -> &'static str {
        match self {
            Role::Programme => "programme",
            Role::Logistics => "logistics",
            Role::Reader => "reader",
        }
    }

    /// The roles whose module this embed offers.
    pub fn offered(config: &Config) -> Vec<Role> {
        Role::ALL
            .into_iter()
            .filter(|r| config.offers(r.module()))
            .collect()
    }

    /// The set this role opens among those offered: the first of its module.
    pub fn set_in(self, offered: &[&QuestionSet]) -> Option<SetId> {
        offered
            .iter()
            .find(|s| s.module == self.module())
            .map(|s| s.id.clone())
    }
}

/// What `Key::Role` holds: `"skipped"` or a role's tag.
pub const SKIPPED: &str = "skipped";

/// Whether this embed offers a choice of roles (more than one role's module): else there is
/// no first screen to show, at start or asked for.
pub fn choice_offered(config: &Config) -> bool {
    Role::offered(config).len() > 1
}

/// Whether the first screen is shown at start: the visitor is new here (`been_here` false:
/// nothing stored says otherwise, `widget::BEEN_HERE`), and this embed offers a choice.
pub fn shown_at_start(been_here: bool, config: &Config) -> bool {
    !been_here && choice_offered(config)
}
