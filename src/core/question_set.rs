//! The question-set file format: what `seeds/sets/*.json` and a user's custom set deserialize into.
//!
//! These types are the on-disk format (versioned by [`FORMAT_VERSION`]); they carry no answers
//! and no UI state. Structural checks beyond what serde enforces live in `validate`.

use serde::{Deserialize, Serialize};

/// The version of the question-set file format this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// A text in every language the content carries. English and Chinese are required; the other
/// UN languages are optional translations (marked for review at set level).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub en: String,
    pub zh: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ar: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ru: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub es: Option<String>,
}

/// A language the interface and the content can be shown in: the six official UN languages.
/// English and Chinese are complete and reviewed; the others are translations for review
/// (`QuestionSet::translations_for_review`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Zh,
    Ar,
    Fr,
    Ru,
    Es,
}

impl Lang {
    /// In the order the language switch offers them.
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Zh, Lang::Ar, Lang::Fr, Lang::Ru, Lang::Es];

    /// The BCP 47 tag, as used in `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
            Lang::Ar => "ar",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    /// Writing direction, for the `dir` attribute (set by the widget, never left to the host
    /// page's direction).
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            Lang::En | Lang::Zh | Lang::Fr | Lang::Ru | Lang::Es => "ltr",
        }
    }

    pub fn is_rtl(self) -> bool {
        self.dir() == "rtl"
    }

    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
    }
}

impl Text {
    /// The text in `lang`; English where a translation is missing (a custom set may have
    /// only English and Chinese; the built-in content has all six, `tests/content.rs`).
    pub fn get(&self, lang: Lang) -> &str {
        let translated = match lang {
            Lang::En => return &self.en,
            Lang::Zh => return &self.zh,
            Lang::Ar => &self.ar,
            Lang::Fr => &self.fr,
            Lang::Ru => &self.ru,
            Lang::Es => &self.es,
        };
        translated.as_deref().unwrap_or(&self.en)
    }

    /// Whether `lang` has its own text here (not the English fallback).
    pub fn has(&self, lang: Lang) -> bool {
        match lang {
            Lang::En | Lang::Zh => true,
            Lang::Ar => self.ar.is_some(),
            Lang::Fr => self.fr.is_some(),
            Lang::Ru => self.ru.is_some(),
            Lang::Es => self.es.is_some(),
        }
    }
}

macro_rules! id_newtype {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }
    };
}

id_newtype!(
    /// Identifies a question set across versions, e.g. `att-programme`.
    SetId
);
id_newtype!(
    /// Identifies a section within a set; stable across versions.
    SectionId
);
id_newtype!(
    /// Identifies an item; answers attach to it, so it never changes meaning once published.
    ItemId
);
id_newtype!(
    /// Identifies a catalogued element of the source document (see `sources`).
    ElementId
);
id_newtype!(
    /// Identifies a catalogued public reference (a red-flag list, a guideline).
    PublicSourceId
);

/// What kind of work a set supports; it decides the answer scale and which item fields apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModuleKind {
    /// Internal compliance programme self-assessment (in place / partly / not / n.a.).
    Programme,
    /// Red flags for one shipment (present / not present / not checked), with severity and modes.
    Screening,
    /// The six-step Article 7(4) GBV/VAWC assessment, items carry their step.
    Gbv74,
    /// Reassessment of an existing authorisation on new information (Article 7(7)).
    Reassessment,
    /// Reference resources to read; items are entries, not questions.
    Resources,
}

/// How serious a screening indicator is when present.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Do not proceed; refer to the competent authority.
    Stop,
    /// Resolve before proceeding.
    Inquire,
    /// Raises the level of scrutiny but does not on its own block.
    Context,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Stop, Severity::Inquire, Severity::Context];

    /// The stable token of the page's `data-severity` attribute (its serde name too).
    pub fn token(self) -> &'static str {
        match self {
            Severity::Stop => "stop",
            Severity::Inquire => "inquire",
            Severity::Context => "context",
        }
    }
}

/// Transport modes a screening indicator applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Sea,
    Air,
    Road,
    Rail,
    Multimodal,
}

/// Where an item comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Provenance {
    /// A catalogued element of the seed document (which carries section and line numbers).
    Seed(ElementId),
    /// A catalogued public list, with the place in it (rule number, section, paragraph).
    Public {
        source: PublicSourceId,
        #[serde(rename = "ref")]
        reference: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: ItemId,
    pub text: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guidance: Option<Text>,
    /// Treaty articles, e.g. `"7(4)"`, `"11"`, `"2(1)"`.
    #[serde(default)]
    pub articles: Vec<String>,
    pub provenance: Vec<Provenance>,
    /// Screening only: how serious the indicator is when present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    /// Screening only: the transport modes the indicator applies to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modes: Vec<Mode>,
    /// Screening only: the question to put to the customer when the indicator is present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inquiry: Option<Text>,
    /// The set version that added this item (absent: there from the first version). Lets an
    /// assessment answered on an older version list what is new.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// Article 7(4) only: the flowchart step (1 to 6) the item belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: SectionId,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<Text>,
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionSet {
    pub format: u32,
    pub id: SetId,
    /// Semantic version of the content; answers migrate by item id across versions.
    pub version: String,
    pub module: ModuleKind,
    pub title: Text,
    /// A short name for the module navigation, for a set that shares its module with another
    /// (two programme sets); without it a built-in set is shown by its module's name and a
    /// custom set by its title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    pub sections: Vec<Section>,
    /// Languages whose text in this set is a translation not yet reviewed; the widget says so
    /// when showing the set in one of them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translations_for_review: Vec<Lang>,
}

impl QuestionSet {
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.sections.iter().flat_map(|s| s.items.iter())
    }

    pub fn item(&self, id: &ItemId) -> Option<&Item> {
        self.items().find(|i| &i.id == id)
    }
}
