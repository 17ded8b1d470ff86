//! The embedding boundary's data, checked here so a web editor gets a message they can act on:
//! the options a host page passes to `mount` (or sets as attributes), the names of export
//! formats and targets, and the state that `getState` returns and `setState` takes.
//!
//! The state is made of the widget's own export documents (one per assessment, and the
//! register's), so whatever reads an export reads the state, and `setState` goes through the
//! same importers as a file the user picks.

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use super::export::{ExportV1, WIDGET_VERSION};
use super::export_format::ExportFormat;
use super::json_error::MAX_DEPTH;
use super::question_set::{Lang, ModuleKind};
use super::register_export::RegisterExportV1;

pub const STATE_KIND: &str = "att-diligence/state";
pub const STATE_FORMAT: u32 = 1;
/// The storage key used when a host gives none (also the standalone page's).
pub const DEFAULT_STORAGE_KEY: &str = "default";

/// What a host page may pass to `mount`; attributes map onto the same names.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Options {
    /// BCP 47 tag of the first language shown (the user's own later choice wins).
    pub lang: Option<String>,
    /// Which modules to offer, by name (given as a comma-separated string or a list).
    pub modules: Option<Vec<String>>,
    /// Namespaces this widget's saved work; two widgets on one site need different keys.
    pub storage_key: Option<String>,
    /// The colour scheme: `light`, `dark`, or `auto` (the visitor's preference).
    pub theme: Option<String>,
}

/// Reads the options object a host passed, checking each option's type by hand: serde's own
/// messages ("data did not match any variant of untagged enum Modules") name neither the
/// option nor what it takes.
pub fn options(value: &Value) -> Result<Options, OptionError> {
    let object = match value {
        Value::Null => return Ok(Options::default()),
        Value::Object(o) => o,
        _ => return Err(OptionError::NotAnObject),
    };
    check_names(object.keys().map(String::as_str))?;
    let text = |name: &'static str, expected: &'static str| match object.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(OptionError::Type {
            option: name,
            expected,
        }),
    };
    const MODULES: &str = "a comma-separated string or a list of module names";
    let modules = match object.get("modules") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.split(',').map(str::to_owned).collect()),
        Some(Value::Array(names)) => Some(
            names
                .iter()
                .map(|n| n.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()
                .ok_or(OptionError::Type {
                    option: "modules",
                    expected: MODULES,
                })?,
        ),
        Some(_) => {
            return Err(OptionError::Type {
                option: "modules",
                expected: MODULES,
            })
        }
    };
    Ok(Options {
        lang: text("lang", "a language tag such as \"fr\"")?,
        modules,
        storage_key: text("storageKey", "a string")?,
        theme: text("theme", "\"light\", \"dark\" or \"auto\"")?,
    })
}

/// Checked options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub lang: Option<Lang>,
    /// Empty: every module.
    pub modules: Vec<ModuleKind>,
    pub storage_key: String,
    pub theme: Theme,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            lang: None,
            modules: Vec::new(),
            storage_key: DEFAULT_STORAGE_KEY.to_owned(),
            theme: Theme::Auto,
        }
    }
}

/// The colour scheme a host asks for. The stylesheet does the work, from the host element's
/// `theme` attribute (which `mount` sets from this option); the core only checks the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// The visitor's `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The option's and the attribute's value.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

impl Config {
    pub fn offers(&self, module: ModuleKind) -> bool {
        self.modules.is_empty() || self.modules.contains(&module)
    }
}

/// Why an option or argument was refused. Messages are for the web editor, in English, and
/// name the option, the value and what is accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionError {
    /// The options are not an object.
    NotAnObject,
    /// An option given a value of the wrong type: what it takes.
    Type {
        option: &'static str,
        expected: &'static str,
    },
    /// An option this widget does not have (a misspelling, most likely).
    Unknown(String),
    Lang(String),
    Module(String),
    StorageKey(String),
    Theme(String),
    Format(String),
    Target(String),
}

const MODULE_NAMES: [(&str, ModuleKind); 5] = [
    ("programme", ModuleKind::Programme),
    ("screening", ModuleKind::Screening),
    ("gbv74", ModuleKind::Gbv74),
    ("reassessment", ModuleKind::Reassessment),
    ("resources", ModuleKind::Resources),
];

fn langs() -> String {
    Lang::ALL.map(Lang::tag).join(", ")
}

impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "att-diligence: ")?;
        match self {
            OptionError::NotAnObject => write!(
                f,
                "the options must be an object, such as {{ lang: \"fr\" }}; the options are {}",
                OPTION_NAMES.join(", ")
            ),
            OptionError::Type { option, expected } => {
                write!(f, "option {option}: the value must be {expected}")
            }
            OptionError::Unknown(name) => write!(
                f,
                "unknown option {name:?}; the options are {}",
                OPTION_NAMES.join(", ")
            ),
            OptionError::Lang(v) => {
                write!(f, "option lang: unsupported language {v:?}; use one of {}", langs())
            }
            OptionError::Module(v) => write!(
                f,
                "option modules: unknown module {v:?}; use any of {}",
                MODULE_NAMES.map(|(n, _)| n).join(", ")
            ),
            OptionError::StorageKey(v) => write!(
                f,
                "option storageKey: {v:?} must be 1 to 64 characters of A-Z, a-z, 0-9, '-', '_' or '.'"
            ),
            OptionError::Theme(v) => write!(
                f,
                "option theme: unknown theme {v:?}; use one of {}",
                Theme::ALL.map(Theme::name).join(", ")
            ),
            OptionError::Format(v) => write!(
                f,
                "exportAs: unknown format {v:?}; use one of {}",
                ExportFormat::ALL.map(format_name).join(", ")
            ),
            OptionError::Target(v) => write!(
                f,
                "exportAs: unknown target {v:?}; use \"assessment\" or \"register\""
            ),
        }
    }
}

impl std::error::Error for OptionError {}

/// The options, as spelled in JS.
pub const OPTION_NAMES: [&str; 4] = ["lang", "modules", "storageKey", "theme"];

/// Refuses option names this widget does not have. (serde-wasm-bindgen reads a struct's own
/// fields from a JS object and never sees the others, so `deny_unknown_fields` cannot.)
pub fn check_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<(), OptionError> {
    match names.into_iter().find(|n| !OPTION_NAMES.contains(n)) {
        Some(unknown) => Err(OptionError::Unknown(unknown.to_owned())),
        None => Ok(()),
    }
}

/// Checks the options' values (`options` has checked their names and types).
pub fn config(options: Options) -> Result<Config, OptionError> {
    let lang = match options.lang.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(tag) => Some(Lang::from_tag(tag).ok_or_else(|| OptionError::Lang(tag.to_owned()))?),
    };
    let names = options.modules.unwrap_or_default();
    let mut modules = Vec::new();
    for name in names.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
        let kind = MODULE_NAMES
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|&(_, k)| k)
            .ok_or_else(|| OptionError::Module(name.to_owned()))?;
        if !modules.contains(&kind) {
            modules.push(kind);
        }
    }
    let storage_key = match options.storage_key {
        None => DEFAULT_STORAGE_KEY.to_owned(),
        Some(key) => {
            let ok = (1..=64).contains(&key.len())
                && key
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
            if !ok {
                return Err(OptionError::StorageKey(key));
            }
            key
        }
    };
    let theme = match options.theme.as_deref().map(str::trim) {
        None | Some("") => Theme::Auto,
        Some(name) => Theme::ALL
            .into_iter()
            .find(|t| t.name().eq_ignore_ascii_case(name))
            .ok_or_else(|| OptionError::Theme(name.to_owned()))?,
    };
    Ok(Config {
        lang,
        modules,
        storage_key,
        theme,
    })
}

/// The name a format has at the boundary (`exportAs("markdown")`).
pub fn format_name(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Json => "json",
        ExportFormat::Csv => "csv",
        ExportFormat::Markdown => "markdown",
        ExportFormat::Html => "html",
        ExportFormat::Xlsx => "xlsx",
    }
}

pub fn parse_format(name: &str) -> Result<ExportFormat, OptionError> {
    let name = name.trim();
    let alias = if name.eq_ignore_ascii_case("md") {
        "markdown"
    } else {
        name
    };
    ExportFormat::ALL
        .into_iter()
        .find(|&f| format_name(f).eq_ignore_ascii_case(alias))
        .ok_or_else(|| OptionError::Format(name.to_owned()))
}

/// What `exportAs` exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The open programme assessment.
    Assessment,
    /// The shipment register.
    Register,
}

pub fn parse_target(name: Option<&str>) -> Result<Target, OptionError> {
    match name.map(str::trim) {
        None | Some("") => Ok(Target::Assessment),
        Some(n) if n.eq_ignore_ascii_case("assessment") => Ok(Target::Assessment),
        Some(n) if n.eq_ignore_ascii_case("register") => Ok(Target::Register),
        Some(n) => Err(OptionError::Target(n.to_owned())),
    }
}

/// `getState()`: every assessment and the register, each as its JSON export.
#[derive(Debug, Clone, Serialize)]
pub struct StateV1 {
    pub kind: &'static str,
    pub format: u32,
    pub widget: String,
    pub lang: &'static str,
    pub assessments: Vec<ExportV1>,
    pub register: Option<RegisterExportV1>,
}

pub fn state(
    lang: Lang,
    assessments: Vec<ExportV1>,
    register: Option<RegisterExportV1>,
) -> StateV1 {
    StateV1 {
        kind: STATE_KIND,
        format: STATE_FORMAT,
        widget: format!("att-diligence {WIDGET_VERSION}"),
        lang: lang.tag(),
        assessments,
        register,
    }
}

/// `setState(state)` split into the documents to import; a missing part is left as it is.
#[derive(Debug, Clone, PartialEq)]
pub struct IncomingState {
    /// Each assessment's export, as JSON bytes for `export::import`.
    pub assessments: Option<Vec<Vec<u8>>>,
    /// The register's export, as JSON bytes for `register_export::import`.
    pub register: Option<Vec<u8>>,
}

/// Why `setState` refused a state before looking at its documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StateError {
    NotAState,
    NewerFormat(u64),
    /// A part that is not what it should be: its name.
    Malformed(&'static str),
}

impl fmt::Display for StateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StateError::NotAState => write!(
                f,
                "att-diligence: setState takes what getState returns (kind {STATE_KIND:?})"
            ),
            StateError::NewerFormat(n) => write!(
                f,
                "att-diligence: state format {n} is newer than this widget reads ({STATE_FORMAT})"
            ),
            StateError::Malformed(part) => {
                write!(
                    f,
                    "att-diligence: setState: {part} must be a list of exports"
                )
            }
        }
    }
}

pub fn split_state(value: &Value) -> Result<IncomingState, StateError> {
    if value.get("kind").and_then(Value::as_str) != Some(STATE_KIND) {
        return Err(StateError::NotAState);
    }
    let format = value.get("format").and_then(Value::as_u64).unwrap_or(0);
    if format > u64::from(STATE_FORMAT) {
        return Err(StateError::NewerFormat(format));
    }
    let assessments = match value.get("assessments") {
        None | Some(Value::Null) => None,
        Some(Value::Array(docs)) => Some(docs.iter().map(|d| d.to_string().into_bytes()).collect()),
        Some(_) => return Err(StateError::Malformed("assessments")),
    };
    let register = match value.get("register") {
        None | Some(Value::Null) => None,
        Some(doc) => Some(doc.to_string().into_bytes()),
    };
    Ok(IncomingState {
        assessments,
        register,
    })
}

/// The most a value from the host page may weigh as JSON text before it is read: the largest
/// register the widget reads back (a state carries one, and its assessments are far smaller).
pub const MAX_BOUNDARY_BYTES: usize = super::register_export::MAX_IMPORT_BYTES;

/// Why a value the host page passed (the state for `setState`, the options for `mount`) was
/// refused before it was read. The browser writes it out as JSON text first, so no value, however
/// made, reaches the widget's parser circular, deeper than [`MAX_DEPTH`] or larger than
/// [`MAX_BOUNDARY_BYTES`]: such a value once overflowed the wasm stack and broke every widget on
/// the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BoundaryError {
    /// An object that contains itself.
    Circular,
    TooDeep,
    TooLarge,
    /// Not plain data (a BigInt, a getter that throws): the browser's words.
    NotData(String),
}

/// A [`BoundaryError`] with the call it was passed to (`setState`, `mount`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub call: &'static str,
    pub why: BoundaryError,
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let call = self.call;
        match &self.why {
            BoundaryError::Circular => write!(
                f,
                "att-diligence: {call}: the value refers to itself (a circular object); pass plain JSON data"
            ),
            BoundaryError::TooDeep => write!(
                f,
                "att-diligence: {call}: the value is nested more than {MAX_DEPTH} levels deep"
            ),
            BoundaryError::TooLarge => write!(
                f,
                "att-diligence: {call}: the value is larger than {} MB as JSON",
                MAX_BOUNDARY_BYTES / (1024 * 1024)
            ),
            BoundaryError::NotData(detail) => write!(
                f,
                "att-diligence: {call}: the value is not plain JSON data ({detail})"
            ),
        }
    }
}

impl std::error::Error for Refused {}

/// What `JSON.stringify`'s exception (`name`, `message`) says of the value; each engine words
/// it its own way (Chromium, Firefox, WebKit).
pub fn stringify_failure(name: &str, message: &str) -> BoundaryError {
    let m = message.to_ascii_lowercase();
    if m.contains("circular") || m.contains("cyclic") {
        BoundaryError::Circular
    } else if m.contains("string length") || m.contains("allocation") || m.contains("memory") {
        BoundaryError::TooLarge
    } else if name == "InternalError" || m.contains("call stack") || m.contains("recursion") {
        // Firefox's InternalError is "too much recursion" when it is not an allocation.
        BoundaryError::TooDeep
    } else {
        BoundaryError::NotData(message.to_owned())
    }
}

/// Reads the JSON text of a value the host passed, within the bounds.
pub fn read_boundary(text: &str) -> Result<Value, BoundaryError> {
    read_within(text, MAX_BOUNDARY_BYTES)
}

fn read_within(text: &str, max_bytes: usize) -> Result<Value, BoundaryError> {
    if text.len() > max_bytes {
        return Err(BoundaryError::TooLarge);
    }
    // serde_json stops at its recursion limit (MAX_DEPTH) rather than overflowing the stack.
    serde_json::from_str(text).map_err(|e| {
        let said = e.to_string();
        if said.starts_with("recursion limit") {
            BoundaryError::TooDeep
        } else {
            BoundaryError::NotData(said)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn configure(json: &str) -> Result<Config, String> {
        let v: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
        options(&v).and_then(config).map_err(|e| e.to_string())
    }

    #[test]
    fn options_are_checked_with_messages_naming_the_option() {
        let c = configure(
            r#"{"lang":"zh-Hans","modules":"programme, screening","storageKey":"ngo.site-1"}"#,
        )
        .unwrap();
        assert_eq!(c.lang, Some(Lang::Zh));
        assert_eq!(c.modules, [ModuleKind::Programme, ModuleKind::Screening]);
        assert_eq!(c.storage_key, "ngo.site-1");
        assert_eq!(configure("{}").unwrap(), Config::default());
        assert_eq!(configure("null").unwrap(), Config::default());
        assert!(configure(r#"{"modules":["screening"]}"#)
            .unwrap()
            .offers(ModuleKind::Screening));
        assert!(!configure(r#"{"modules":["screening"]}"#)
            .unwrap()
            .offers(ModuleKind::Programme));
        for (json, needle) in [
            (
                r#"{"lang":"xx"}"#,
                "option lang: unsupported language \"xx\"",
            ),
            (
                r#"{"modules":"programme,shipping"}"#,
                "unknown module \"shipping\"",
            ),
            (r#"{"storageKey":"a b"}"#, "option storageKey"),
            (r#"{"storageKey":""}"#, "option storageKey"),
        ] {
            let e = configure(json).unwrap_err();
            assert!(e.contains(needle), "{json}: {e}");
        }
        // An option name spelled wrong is named, not ignored.
        let e = check_names(["lang", "langauge"]).unwrap_err().to_string();
        assert!(
            e.contains(
                "unknown option \"langauge\"; the options are lang, modules, storageKey, theme"
            ),
            "{e}"
        );
        assert_eq!(check_names(OPTION_NAMES), Ok(()));
        let e = configure(r#"{"language":"en"}"#).unwrap_err();
        assert!(e.contains("unknown option \"language\""), "{e}");
        // A value of the wrong type names the option and what it takes, in words.
        for (json, needle) in [
            (r#"{"modules":5}"#, "option modules: the value must be a comma-separated string or a list of module names"),
            (r#"{"modules":["programme",7]}"#, "option modules: the value must be"),
            (r#"{"lang":true}"#, "option lang: the value must be a language tag"),
            (r#"{"storageKey":{}}"#, "option storageKey: the value must be a string"),
            ("[1]", "the options must be an object"),
            ("\"en\"", "the options must be an object"),
        ] {
            let e = configure(json).unwrap_err();
            assert!(e.contains(needle), "{json}: {e}");
            for word in ["untagged", "variant", "invalid type", "expected"] {
                assert!(!e.contains(word), "{json}: {e}");
            }
        }
    }

    #[test]
    fn export_formats_and_targets_have_stable_names() {
        for f in ExportFormat::ALL {
            assert_eq!(parse_format(format_name(f)), Ok(f));
        }
        assert_eq!(parse_format("MD"), Ok(ExportFormat::Markdown));
        assert!(parse_format("pdf")
            .unwrap_err()
            .to_string()
            .contains("json, csv, markdown, html, xlsx"));
        assert_eq!(parse_target(None), Ok(Target::Assessment));
        assert_eq!(parse_target(Some("register")), Ok(Target::Register));
        assert!(parse_target(Some("shipment")).is_err());
    }

    #[test]
    fn a_state_splits_into_export_documents_or_is_refused_whole() {
        let v: Value = serde_json::json!({
            "kind": STATE_KIND, "format": 1,
            "assessments": [{"kind": "x"}], "register": null
        });
        let s = split_state(&v).unwrap();
        assert_eq!(s.assessments.unwrap(), [br#"{"kind":"x"}"#.to_vec()]);
        assert_eq!(s.register, None);
        assert_eq!(
            split_state(&serde_json::json!({"kind": "other"})),
            Err(StateError::NotAState)
        );
        assert_eq!(
            split_state(&serde_json::json!({"kind": STATE_KIND, "format": 9})),
            Err(StateError::NewerFormat(9))
        );
        assert_eq!(
            split_state(&serde_json::json!({"kind": STATE_KIND, "assessments": {}})),
            Err(StateError::Malformed("assessments"))
        );
    }

    #[test]
    fn values_from_the_host_are_bounded_before_they_are_read() {
        let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        // What getState returns is a few levels deep: read.
        assert!(read_boundary(&nested(MAX_DEPTH - 1)).is_ok());
        // A 10,000-deep value is refused by name, not by overflowing the stack.
        assert_eq!(read_boundary(&nested(10_000)), Err(BoundaryError::TooDeep));
        assert_eq!(
            read_boundary(&nested(MAX_DEPTH + 1)),
            Err(BoundaryError::TooDeep)
        );
        assert_eq!(read_within("[1,2,3]", 6), Err(BoundaryError::TooLarge));
        assert!(read_within("[1,2,3]", 7).is_ok());
        assert!(matches!(read_boundary("{"), Err(BoundaryError::NotData(_))));
        // Each engine's words for JSON.stringify's failures.
        for (name, message, why) in [
            ("TypeError", "Converting circular structure to JSON\n    --> starting at object with constructor 'Object'", BoundaryError::Circular),
            ("TypeError", "cyclic object value", BoundaryError::Circular),
            ("TypeError", "JSON.stringify cannot serialize cyclic structures.", BoundaryError::Circular),
            ("RangeError", "Maximum call stack size exceeded", BoundaryError::TooDeep),
            ("InternalError", "too much recursion", BoundaryError::TooDeep),
            ("RangeError", "Invalid string length", BoundaryError::TooLarge),
            ("InternalError", "allocation size overflow", BoundaryError::TooLarge),
            ("RangeError", "Out of memory", BoundaryError::TooLarge),
        ] {
            assert_eq!(stringify_failure(name, message), why, "{message}");
        }
        assert_eq!(
            stringify_failure("TypeError", "Do not know how to serialize a BigInt"),
            BoundaryError::NotData("Do not know how to serialize a BigInt".into())
        );
        // The messages name the call and what was wrong.
        let said = |why| {
            Refused {
                call: "setState",
                why,
            }
            .to_string()
        };
        assert_eq!(
            said(BoundaryError::Circular),
            "att-diligence: setState: the value refers to itself (a circular object); pass plain JSON data"
        );
        assert_eq!(
            said(BoundaryError::TooDeep),
            "att-diligence: setState: the value is nested more than 128 levels deep"
        );
        assert_eq!(
            said(BoundaryError::TooLarge),
            "att-diligence: setState: the value is larger than 512 MB as JSON"
        );
    }
}
