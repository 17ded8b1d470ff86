//! The message tables' rules, checked for each language against English: the same keys, the
//! same placeholders in each text, the plural forms the language takes, well-formed braces.
//! `build.rs` runs it over `catalog/*.json` and fails the build on any problem; a language
//! pack read at run time can be held to it too. No crate paths: `build.rs` includes this file
//! (with `plural.rs` beside it).

use std::collections::{BTreeMap, BTreeSet};

use super::plural::{self, Category};

/// One key's text: a template, or a template per plural category (by CLDR name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Plural(BTreeMap<String, String>),
}

/// A language's table, key to value.
pub type Table = BTreeMap<String, Value>;

/// The placeholder a plural key's category is chosen by (a form may leave it out).
pub const COUNT: &str = "count";

/// A piece of a template: text as it is, or a placeholder's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Arg(&'a str),
}

/// A template's pieces: `{name}` a placeholder (lowercase letters, digits and `_`, starting
/// with a letter), `{{` and `}}` a brace; any other brace is an error.
pub fn pieces(template: &str) -> Result<Vec<Piece<'_>>, String> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(at) = rest.find(['{', '}']) {
        if at > 0 {
            out.push(Piece::Text(&rest[..at]));
        }
        let tail = &rest[at..];
        if let Some(after) = tail.strip_prefix("{{") {
            out.push(Piece::Text("{"));
            rest = after;
        } else if let Some(after) = tail.strip_prefix("}}") {
            out.push(Piece::Text("}"));
            rest = after;
        } else if tail.starts_with('}') {
            return Err(format!(
                "a lone `}}` at byte {at} (write `}}}}` for a brace)"
            ));
        } else {
            let Some(end) = tail.find('}') else {
                return Err("a `{` is never closed (write `{{` for a brace)".into());
            };
            let name = &tail[1..end];
            let ok = name.starts_with(|c: char| c.is_ascii_lowercase())
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if !ok {
                return Err(format!(
                    "`{{{name}}}` is not a placeholder (lowercase letters, digits and _)"
                ));
            }
            out.push(Piece::Arg(name));
            rest = &tail[end + 1..];
        }
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    Ok(out)
}

/// A table from a catalogue file's JSON text: an object of key to text, or key to an object
/// of plural category to text.
pub fn parse(json: &str) -> Result<Table, String> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| format!("not valid JSON: {e}"))?;
    from_value(value)
}

/// A table from a catalogue already read as JSON (a language pack's `interface`).
pub fn from_value(value: serde_json::Value) -> Result<Table, String> {
    let serde_json::Value::Object(map) = value else {
        return Err("not a JSON object of key to text".into());
    };
    let mut table = Table::new();
    for (key, v) in map {
        let value = match v {
            serde_json::Value::String(s) => Value::Text(s),
            serde_json::Value::Object(forms) => {
                let mut out = BTreeMap::new();
                for (cat, text) in forms {
                    let serde_json::Value::String(text) = text else {
                        return Err(format!("key `{key}`: plural form `{cat}` is not text"));
                    };
                    out.insert(cat, text);
                }
                Value::Plural(out)
            }
            _ => return Err(format!("key `{key}`: neither text nor plural forms")),
        };
        table.insert(key, value);
    }
    Ok(table)
}

fn placeholders(template: &str) -> Result<BTreeSet<&str>, String> {
    Ok(pieces(template)?
        .into_iter()
        .filter_map(|p| match p {
            Piece::Arg(a) => Some(a),
            Piece::Text(_) => None,
        })
        .collect())
}

fn list(set: &BTreeSet<&str>) -> String {
    if set.is_empty() {
        return "none".into();
    }
    set.iter()
        .map(|a| format!("{{{a}}}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Every problem in `table`, the language `lang` (a BCP 47 tag), held against `english`
/// (itself checked with `lang` "en" and `english` itself). Each names the key.
pub fn check(lang: &str, table: &Table, english: &Table) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(cats) = plural::categories(lang) else {
        return vec![format!("`{lang}` is not a language this widget knows")];
    };
    for key in english.keys().filter(|k| !table.contains_key(*k)) {
        problems.push(format!("key `{key}` is missing"));
    }
    for (key, value) in table {
        let Some(en) = english.get(key) else {
            problems.push(format!(
                "key `{key}` is not in English (a key no message uses)"
            ));
            continue;
        };
        // English's placeholders: every form's (the source language gives the shape).
        let mut wanted = BTreeSet::new();
        let en_plural = matches!(en, Value::Plural(_));
        let en_texts: Vec<&String> = match en {
            Value::Text(t) => vec![t],
            Value::Plural(forms) => forms.values().collect(),
        };
        for t in en_texts {
            // English's own malformed braces are reported where English is checked.
            wanted.extend(placeholders(t).unwrap_or_default());
        }
        let forms: Vec<(Option<&str>, &String)> = match value {
            Value::Text(t) => vec![(None, t)],
            Value::Plural(_) if !en_plural => {
                problems.push(format!(
                    "key `{key}` has plural forms, but its English is one text (no count chooses)"
                ));
                continue;
            }
            Value::Plural(forms) => {
                for c in cats {
                    if !forms.contains_key(c.name()) {
                        problems.push(format!(
                            "key `{key}`: plural form `{}` is missing",
                            c.name()
                        ));
                    }
                }
                for name in forms.keys() {
                    match Category::from_name(name) {
                        Some(c) if cats.contains(&c) => {}
                        Some(_) => problems.push(format!(
                            "key `{key}`: plural form `{name}` is not one this language uses ({})",
                            cats.iter().map(|c| c.name()).collect::<Vec<_>>().join(", ")
                        )),
                        None => problems.push(format!(
                            "key `{key}`: `{name}` is not a plural category (zero, one, two, few, many, other)"
                        )),
                    }
                }
                forms.iter().map(|(c, t)| (Some(c.as_str()), t)).collect()
            }
        };
        for (form, text) in forms {
            let at = match form {
                Some(c) => format!("key `{key}` (form `{c}`)"),
                None => format!("key `{key}`"),
            };
            match placeholders(text) {
                Err(e) => problems.push(format!("{at}: {e}")),
                Ok(got) => {
                    let extra: BTreeSet<&str> = got.difference(&wanted).copied().collect();
                    // A plural form may leave the count out ("one shipment").
                    let missing: BTreeSet<&str> = wanted
                        .difference(&got)
                        .copied()
                        .filter(|a| !(en_plural && *a == COUNT))
                        .collect();
                    if !extra.is_empty() || !missing.is_empty() {
                        problems.push(format!(
                            "{at}: placeholders differ from English: {} not in English, {} missing (English has {})",
                            list(&extra),
                            list(&missing),
                            list(&wanted)
                        ));
                    }
                }
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::{check, parse, pieces, Piece, Table};

    fn table(json: &str) -> Table {
        parse(json).unwrap_or_else(|e| panic!("{e}"))
    }

    const EN: &str = r#"{
        "done": "Imported {name}.",
        "rows": {"one": "{count} row of {total}", "other": "{count} rows of {total}"},
        "title": "Register"
    }"#;

    fn problems(lang: &str, json: &str) -> Vec<String> {
        check(lang, &table(json), &table(EN))
    }

    #[test]
    fn a_complete_translation_passes() {
        assert_eq!(problems("en", EN), Vec::<String>::new());
        let fr = r#"{"done": "{name} importé.", "title": "Registre",
            "rows": {"one": "{count} ligne sur {total}", "many": "{count} de lignes sur {total}",
                     "other": "{count} lignes sur {total}"}}"#;
        assert_eq!(problems("fr", fr), Vec::<String>::new());
        // One text for every count, and a form without the count, are allowed.
        let zh = r#"{"done": "已导入{name}。", "title": "登记册", "rows": "{count}/{total} 行"}"#;
        assert_eq!(problems("zh", zh), Vec::<String>::new());
        let ru = r#"{"done": "{name}", "title": "Реестр", "rows": {"one": "строка из {total}",
            "few": "{count} строки из {total}", "many": "{count} строк из {total}",
            "other": "{count} строки из {total}"}}"#;
        assert_eq!(problems("ru", ru), Vec::<String>::new());
    }

    #[test]
    fn a_missing_or_extra_key_is_named() {
        let p = problems(
            "zh",
            r#"{"done": "{name}", "rows": "{count}{total}", "titel": "x"}"#,
        );
        assert_eq!(
            p,
            [
                "key `title` is missing",
                "key `titel` is not in English (a key no message uses)"
            ]
        );
    }

    #[test]
    fn a_placeholder_renamed_dropped_or_added_is_named() {
        let p = problems(
            "es",
            r#"{"done": "Importado {nombre}.", "title": "Registro {n}",
                "rows": {"one": "{count} fila", "many": "{count} filas de {total}", "other": "{count} filas de {total}"}}"#,
        );
        assert_eq!(p.len(), 3, "{p:?}");
        assert!(p[0].starts_with("key `done`: placeholders differ from English: {nombre} not in English, {name} missing"), "{}", p[0]);
        assert!(p[1].starts_with("key `rows` (form `one`): placeholders differ from English: none not in English, {total} missing"), "{}", p[1]);
        assert!(
            p[2].starts_with("key `title`: placeholders differ from English: {n} not in English"),
            "{}",
            p[2]
        );
    }

    #[test]
    fn plural_forms_must_be_the_languages_own() {
        let p = problems(
            "ru",
            r#"{"done": "{name}", "title": "Реестр",
                "rows": {"one": "{count} {total}", "two": "{count} {total}", "few": "{count} {total}", "lots": "{count} {total}"}}"#,
        );
        assert_eq!(
            p,
            [
                "key `rows`: plural form `many` is missing",
                "key `rows`: plural form `other` is missing",
                "key `rows`: `lots` is not a plural category (zero, one, two, few, many, other)",
                "key `rows`: plural form `two` is not one this language uses (one, few, many, other)",
            ]
        );
        let p = problems(
            "ar",
            r#"{"done": {"one": "{name}", "other": "{name}"}, "title": "x", "rows": "{count}{total}"}"#,
        );
        assert_eq!(
            p,
            ["key `done` has plural forms, but its English is one text (no count chooses)"]
        );
        assert_eq!(
            problems("xx", EN),
            ["`xx` is not a language this widget knows"]
        );
    }

    #[test]
    fn malformed_braces_are_named() {
        for (text, why) in [
            ("Imported {name.", "never closed"),
            ("Imported name}.", "a lone `}`"),
            ("Imported {Name}.", "`{Name}` is not a placeholder"),
            ("Imported {}.", "`{}` is not a placeholder"),
        ] {
            let json =
                format!(r#"{{"done": {text:?}, "title": "x", "rows": "{{count}}{{total}}"}}"#);
            let p = problems("fr", &json);
            assert_eq!(p.len(), 1, "{text}: {p:?}");
            assert!(
                p[0].starts_with("key `done`: ") && p[0].contains(why),
                "{text}: {}",
                p[0]
            );
        }
        assert_eq!(
            pieces("{{x}} {a}!").unwrap(),
            [
                Piece::Text("{"),
                Piece::Text("x"),
                Piece::Text("}"),
                Piece::Text(" "),
                Piece::Arg("a"),
                Piece::Text("!")
            ]
        );
    }

    #[test]
    fn a_file_that_is_not_a_table_is_refused() {
        assert!(parse("[1]").is_err());
        assert!(parse(r#"{"a": 1}"#).unwrap_err().contains("`a`"));
        assert!(parse(r#"{"a": {"one": 1}}"#).unwrap_err().contains("`one`"));
        assert!(parse("{").is_err());
    }
}
