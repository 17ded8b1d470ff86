//! Why a JSON file could not be read, in terms a person can act on: where (the line and column
//! of broken text, or the path of a wrong field) and what (cut off, missing, not allowed, not a
//! date), with the parser's own English text kept apart as a detail for the curious.
//!
//! The reason comes from `serde_json::Error::classify` and its position. serde_json names no
//! field path, so the path is found by walking the text up to the error's position (tracking it
//! with `serde_path_to_error` would compile a second deserializer of every type into the wasm).
//! Only a missing field's name and the values an enum allows are read from serde's message,
//! which spells our own identifiers between backticks.

use serde_json::error::Category;

/// A JSON document that could not be read. Boxed, as rust-csv's errors are: it rides in the
/// `Err` of every importer, which should stay small.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError(Box<Fault>);

/// What a `JsonError` says (read through it: `e.path`, `e.kind`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    pub kind: Kind,
    /// The field's path from the top of the document (`assessment.responses.sec-1.status`,
    /// list elements as `[0]`); empty for the document itself or when not known.
    pub path: String,
    /// Where in the text, 1-based (the column counts characters); 0 when not known.
    pub line: usize,
    pub column: usize,
    /// The parser's own (English) text, shown only in a collapsed part; empty when none.
    pub detail: String,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Kind {
    /// The text is not JSON (at `line`, `column`).
    Syntax,
    /// The text stops in the middle: the file is incomplete.
    CutOff,
    /// Nested deeper than the reader goes.
    TooDeep,
    /// A required field is absent; `path` ends with its name.
    Missing,
    /// A field this format does not have (misspelt, or another program's file).
    UnknownField,
    /// The same field twice in one object.
    Duplicate,
    /// A value that is not one of those allowed.
    UnknownValue { value: String, allowed: Vec<String> },
    /// A value of the wrong kind.
    Expected(Expected),
    /// A date not written as YYYY-MM-DD.
    NotADate { value: String },
    /// Some other value the format does not allow.
    Invalid,
}

/// The kind of value a field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Text,
    WholeNumber,
    Number,
    TrueFalse,
    List,
    /// A JSON object.
    Group,
    Other,
}

/// The deepest nesting serde_json reads (its recursion limit).
pub const MAX_DEPTH: usize = 128;

impl std::ops::Deref for JsonError {
    type Target = Fault;
    fn deref(&self) -> &Fault {
        &self.0
    }
}

impl JsonError {
    fn new(kind: Kind, path: String, (line, column): (usize, usize), detail: String) -> Self {
        Self(Box::new(Fault {
            kind,
            path,
            line,
            column,
            detail,
        }))
    }

    /// A problem the widget found itself, at `path`, with no parser text.
    pub fn at(path: impl Into<String>, kind: Kind) -> Self {
        Self::new(kind, path.into(), (0, 0), String::new())
    }

    /// serde_json's error reading `text`, which may not be JSON at all.
    pub fn reading(e: &serde_json::Error, text: &str) -> Self {
        match e.classify() {
            Category::Data => Self::shape(e, text),
            Category::Eof => Self::positioned(Kind::CutOff, e, text, String::new()),
            Category::Syntax | Category::Io => {
                // The one syntax error that is not broken text; serde_json gives it no category
                // of its own.
                let kind = if e.to_string().starts_with("recursion limit") {
                    Kind::TooDeep
                } else {
                    Kind::Syntax
                };
                Self::positioned(kind, e, text, String::new())
            }
        }
    }

    /// serde_json's error reading `text`, already known to be JSON, into a typed document:
    /// every failure is then a field of the wrong shape (an enum given a number is reported
    /// as a syntax error by serde_json).
    pub fn shape(e: &serde_json::Error, text: &str) -> Self {
        if e.classify() == Category::Eof {
            return Self::positioned(Kind::CutOff, e, text, String::new());
        }
        let message = e.to_string();
        let offset = offset(text, e.line(), e.column());
        let scan = scan(text, offset);
        let mut path = scan.path;
        let kind = if let Some(field) = ticked_after(&message, "missing field ") {
            path = join(&path, &field);
            Kind::Missing
        } else if message.starts_with("unknown field ") {
            Kind::UnknownField
        } else if message.starts_with("duplicate field ") {
            Kind::Duplicate
        } else if message.starts_with("unknown variant ") {
            Kind::UnknownValue {
                value: scan.last_string.unwrap_or_default(),
                allowed: allowed(&message),
            }
        } else if message.starts_with("invalid type: ")
            || message.starts_with("invalid value: ")
            || message.starts_with("invalid length ")
            || e.classify() == Category::Syntax
        {
            Kind::Expected(expected(&message))
        } else {
            Kind::Invalid
        };
        Self::new(kind, path, position(text, e.line(), offset), message)
    }

    fn positioned(kind: Kind, e: &serde_json::Error, text: &str, path: String) -> Self {
        let at = position(text, e.line(), offset(text, e.line(), e.column()));
        Self::new(kind, path, at, e.to_string())
    }

    /// The same problem in a part of a larger document, found at `prefix` in it.
    pub fn within(mut self, prefix: &str) -> Self {
        self.0.path = join(prefix, &self.0.path);
        self
    }

    /// The same problem found in a part the widget wrote out again to read it on its own (an
    /// item of a custom set, a document inside a backup): the parser's line and column are in
    /// that copy, not in the user's file, so they are dropped; the path still says where.
    pub fn reserialized(mut self) -> Self {
        let fault = &mut *self.0;
        (fault.line, fault.column) = (0, 0);
        if let Some(i) = fault.detail.rfind(" at line ") {
            let tail = &fault.detail[i + " at line ".len()..];
            let is_position = tail.split_once(" column ").is_some_and(|(l, c)| {
                [l, c]
                    .iter()
                    .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            });
            if is_position {
                fault.detail.truncate(i);
            }
        }
        self
    }

    /// The parser's text, when there is one.
    pub fn detail(&self) -> Option<&str> {
        Some(self.detail.as_str()).filter(|d| !d.is_empty())
    }
}

/// `prefix` and `path` as one path (`a` + `b.c` = `a.b.c`, `a` + `[2]` = `a[2]`).
pub fn join(prefix: &str, path: &str) -> String {
    match (prefix.is_empty(), path.is_empty()) {
        (true, _) => path.to_owned(),
        (_, true) => prefix.to_owned(),
        _ if path.starts_with('[') => format!("{prefix}{path}"),
        _ => format!("{prefix}.{path}"),
    }
}

/// The byte offset of serde_json's (line, column): the column counts the bytes of the line
/// read so far, so the offset is just after the byte where the error was noticed.
fn offset(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let mut offset = (start + column).min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The line and the column in characters (as an editor shows it) of the byte at `offset`.
fn position(text: &str, line: usize, offset: usize) -> (usize, usize) {
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    (line.max(1), text[start..offset].chars().count().max(1))
}

/// What the text holds up to an offset: the path of the value there, and the last string
/// value read (an unknown enum value is the string just before the error).
struct Scan {
    path: String,
    last_string: Option<String>,
}

enum Frame {
    Object {
        key: Option<String>,
        expect_key: bool,
    },
    Array {
        index: usize,
    },
}

/// Walks JSON text up to `end`, keeping the open objects and lists. Never fails: on text that
/// is not JSON it just gives a less useful path.
fn scan(text: &str, end: usize) -> Scan {
    let bytes = text.as_bytes();
    let end = end.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut last_string = None;
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => stack.push(Frame::Object {
                key: None,
                expect_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, expect_key }) => {
                    *key = None;
                    *expect_key = true;
                }
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            b':' => {
                if let Some(Frame::Object { expect_key, .. }) = stack.last_mut() {
                    *expect_key = false;
                }
            }
            b'"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                let stop = (i + 1).min(bytes.len());
                // Both ends are a quote or the end of the text: character boundaries.
                let raw = text.get(start..stop).unwrap_or_default();
                let s = serde_json::from_str::<String>(raw)
                    .unwrap_or_else(|_| raw.trim_matches('"').to_owned());
                match stack.last_mut() {
                    Some(Frame::Object {
                        key,
                        expect_key: true,
                    }) => *key = Some(s),
                    _ => last_string = Some(s),
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k), .. } => path = join(&path, k),
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    Scan { path, last_string }
}

/// The name between backticks right after `prefix` at the start of `message`.
fn ticked_after(message: &str, prefix: &str) -> Option<String> {
    let rest = message.strip_prefix(prefix)?.strip_prefix('`')?;
    rest.split_once('`').map(|(name, _)| name.to_owned())
}

/// serde's part after the found value (which is the user's text, so searched from the end)
/// and before its position suffix.
fn expectation(message: &str) -> &str {
    let tail = message
        .rfind(", expected ")
        .map_or("", |i| &message[i + ", expected ".len()..]);
    tail.rfind(" at line ").map_or(tail, |i| &tail[..i])
}

/// The values an enum allows, as serde lists them (`a` or `b`; one of `a`, `b`, `c`).
fn allowed(message: &str) -> Vec<String> {
    expectation(message)
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

fn expected(message: &str) -> Expected {
    let e = expectation(message);
    let word = e.split_whitespace().next().unwrap_or_default();
    match word {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64" | "i128"
        | "isize" => Expected::WholeNumber,
        "f32" | "f64" => Expected::Number,
        "struct" => Expected::Group,
        _ if e.starts_with("a string") || e.starts_with("a character") => Expected::Text,
        _ if e.starts_with("a boolean") => Expected::TrueFalse,
        _ if e.starts_with("a sequence") || e.starts_with("a tuple") => Expected::List,
        _ if e.starts_with("a map") => Expected::Group,
        _ => Expected::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        name: String,
        #[serde(default)]
        items: Vec<Entry>,
    }

    #[derive(serde::Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Entry {
        status: Option<Status>,
        #[serde(default)]
        count: u32,
    }

    #[derive(serde::Deserialize, Debug)]
    #[serde(rename_all = "snake_case")]
    enum Status {
        InPlace,
        NotInPlace,
    }

    fn shape(text: &str) -> JsonError {
        let e = serde_json::from_str::<Doc>(text).unwrap_err();
        JsonError::shape(&e, text)
    }

    #[test]
    fn a_wrong_field_is_named_by_its_path() {
        let e = shape(r#"{"name":"x","items":[{},{"status":"maybe"}]}"#);
        assert_eq!(e.path, "items[1].status");
        assert_eq!(
            e.kind,
            Kind::UnknownValue {
                value: "maybe".into(),
                allowed: vec!["in_place".into(), "not_in_place".into()]
            }
        );
        let e = shape(r#"{"name":"x","items":[{"count":"five"}]}"#);
        assert_eq!(
            (e.path.as_str(), &e.kind),
            ("items[0].count", &Kind::Expected(Expected::WholeNumber))
        );
        let e = shape(r#"{"name":"x","items":[{"status":5}]}"#);
        assert_eq!(
            (e.path.as_str(), &e.kind),
            ("items[0].status", &Kind::Expected(Expected::Other))
        );
        let e = shape(r#"{"items":[]}"#);
        assert_eq!((e.path.as_str(), &e.kind), ("name", &Kind::Missing));
        let e = shape(r#"{"name":"x","items":[{"colour":1}]}"#);
        assert_eq!(
            (e.path.as_str(), &e.kind),
            ("items[0].colour", &Kind::UnknownField)
        );
        let e = shape(r#"{"name":5}"#);
        assert_eq!(e.kind, Kind::Expected(Expected::Text));
        let e = shape(r#"{"name":"x","items":{}}"#);
        assert_eq!(
            (e.path.as_str(), &e.kind),
            ("items", &Kind::Expected(Expected::List))
        );
        let e = shape(r#"{"name":"x","name":"y"}"#);
        assert_eq!((e.path.as_str(), &e.kind), ("name", &Kind::Duplicate));
        assert!(e.detail().is_some_and(|d| d.contains("duplicate field")));
        let e = e.reserialized();
        assert_eq!(e.detail(), Some("duplicate field `name`"));
        assert_eq!((e.line, e.column), (0, 0));
    }

    #[test]
    fn keys_with_escapes_and_values_that_look_like_serde_text_are_read_as_written() {
        let e = shape(r#"{"name":"x","items":[{"status":"a`, expected `b` at line 9"}]}"#);
        assert_eq!(
            e.kind,
            Kind::UnknownValue {
                value: "a`, expected `b` at line 9".into(),
                allowed: vec!["in_place".into(), "not_in_place".into()]
            }
        );
        let v: serde_json::Value = serde_json::from_str(r#"{"a\"b":{"c":[1,{"d":"e"}]}}"#).unwrap();
        let text = v.to_string();
        assert_eq!(scan(&text, text.len() - 4).path, "a\"b.c[1].d");
        assert_eq!(scan(&text, text.len() - 3).path, "a\"b.c[1]");
    }

    #[test]
    fn broken_text_is_placed_by_line_and_character_column() {
        let text = "{\n  \"name\": \"é\",\n  x }";
        let e = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        let e = JsonError::reading(&e, text);
        assert_eq!((&e.kind, e.line, e.column), (&Kind::Syntax, 3, 3));
        let text = "{\"name\": \"ééé\" x}";
        let e = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        assert_eq!(JsonError::reading(&e, text).column, 16);
        let text = r#"{"name":"x","items":[{"#;
        let e = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        assert_eq!(JsonError::reading(&e, text).kind, Kind::CutOff);
        let deep = "[".repeat(MAX_DEPTH + 1);
        let e = serde_json::from_str::<serde_json::Value>(&deep).unwrap_err();
        assert_eq!(JsonError::reading(&e, &deep).kind, Kind::TooDeep);
    }

    #[test]
    fn any_text_and_position_is_scanned_without_panicking() {
        for text in [
            "",
            "\"",
            "\"\\",
            "{\"é",
            "[[[",
            "}}]]",
            "{\"a\":\"\\u00",
            "é\né",
        ] {
            for end in 0..=text.len() + 2 {
                let _ = scan(text, end);
                let _ = offset(text, 2, end);
            }
        }
    }
}
