//! Every name the widget stores a value under, in one enum: a key is never a string literal
//! in a component. `Key::name` gives the name within the instance; the storage layer prefixes
//! it with `att-diligence:v1:<storageKey>:`. The names are stored data: they never change.

use std::borrow::Cow;

use crate::core::parties::{self, Source};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    /// The interface language the user chose (a language tag).
    Lang,
    /// The set whose module was open (a set id).
    Open,
    /// The user's custom question sets.
    CustomSets,
    /// When a backup or any export was last downloaded (ISO 8601).
    LastBackup,
    /// The workspace index: the assessments and which is open per set.
    Workspace,
    /// One assessment, by its id.
    Assessment(String),
    /// The register index (or, from 0.2, the whole register).
    Register,
    /// One shipment record, by its id.
    Shipment(String),
    /// The reference-list edits (embargoes, control lists).
    Lists,
    /// Which jurisdictions' law binds the user.
    Jurisdictions,
    /// Party screening's threshold.
    PartySettings,
    /// Party screening's decisions on possible matches.
    PartyDecisions,
    /// A loaded sanctions list, by its source.
    PartyList(Source),
    /// This tab's open assessment per set (in the tab's sessionStorage, not the database).
    TabOpenAssessments,
    /// When the browser was asked to keep the storage (asked once).
    PersistAsked,
    /// Who is working, as said on the first screen, or that it was skipped (`role`).
    Role,
}

impl Key {
    pub fn name(&self) -> Cow<'static, str> {
        match self {
            Key::Lang => "lang".into(),
            Key::Open => "open".into(),
            Key::CustomSets => "custom-sets".into(),
            Key::LastBackup => "last-backup".into(),
            Key::Workspace => "workspace".into(),
            Key::Assessment(id) => format!("assessment:{id}").into(),
            Key::Register => "register".into(),
            Key::Shipment(id) => format!("register/{id}").into(),
            Key::Lists => "lists".into(),
            Key::Jurisdictions => "jurisdictions".into(),
            Key::PartySettings => "party-settings".into(),
            Key::PartyDecisions => "party-decisions".into(),
            Key::PartyList(source) => parties::list_key(*source).into(),
            Key::TabOpenAssessments => "open-assessments".into(),
            Key::PersistAsked => "persist-asked".into(),
            Key::Role => "role".into(),
        }
    }

    /// The prefix every shipment record's name starts with (to list them all).
    pub const SHIPMENT_PREFIX: &'static str = "register/";
    /// The prefix every assessment's name starts with.
    pub const ASSESSMENT_PREFIX: &'static str = "assessment:";
}
