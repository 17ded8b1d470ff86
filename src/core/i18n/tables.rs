//! The message tables: `build.rs` checks `catalog/*.json` (`check.rs`) and generates `Key`,
//! one variant per key, and a static table per language indexed by it. A table can also be
//! read from a language pack's JSON at run time, held to the same rules.

use super::check::{self, Value};
use super::format::{fill, Arg, Words};
use super::plural::{self, Category};
use std::sync::OnceLock;

use crate::core::question_set::Lang;

/// One key's text in a built-in table: a template, or one per plural category (`Category`
/// order; a category the language does not use is empty and never chosen). Two words wide, so
/// the six tables cost little beside their texts.
#[derive(Debug, Clone, Copy)]
pub enum Entry {
    Text(&'static str),
    Plural(&'static [&'static str; 6]),
}

/// One key's text read from a language pack.
#[derive(Debug, Clone)]
enum Owned {
    Text(String),
    Plural([String; 6]),
}

include!(concat!(env!("OUT_DIR"), "/i18n.rs"));

impl Key {
    /// The key as the catalogue files write it (`status.in-place`).
    pub fn name(self) -> &'static str {
        NAMES[self as usize]
    }

    pub fn from_name(name: &str) -> Option<Key> {
        NAMES.binary_search(&name).ok().map(|i| Key::ALL[i])
    }
}

#[derive(Debug, Clone)]
enum Entries {
    Builtin(&'static [Entry; KEYS]),
    Pack(Vec<Owned>),
}

/// A language's words, every key's entry in `Key` order.
#[derive(Debug, Clone)]
pub struct Table {
    lang: Lang,
    entries: Entries,
}

static ENGLISH: Table = Table::compiled_in(Lang::En, &EN);

/// The tables compiled in, in `Lang::ALL` order: English and Chinese; the pack languages' only
/// off the web (the widget installs theirs from their pack).
static BUILTIN: [Option<Table>; 6] = [
    compiled(Lang::En, EN_BUILTIN),
    compiled(Lang::Zh, ZH_BUILTIN),
    compiled(Lang::Ar, AR_BUILTIN),
    compiled(Lang::Fr, FR_BUILTIN),
    compiled(Lang::Ru, RU_BUILTIN),
    compiled(Lang::Es, ES_BUILTIN),
];

const fn compiled(lang: Lang, entries: Option<&'static [Entry; KEYS]>) -> Option<Table> {
    match entries {
        Some(e) => Some(Table::compiled_in(lang, e)),
        None => None,
    }
}

/// The tables read from language packs, once each (a table never changes while the page runs).
static INSTALLED: [OnceLock<Table>; 6] = [const { OnceLock::new() }; 6];

fn index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

impl Table {
    const fn compiled_in(lang: Lang, entries: &'static [Entry; KEYS]) -> Table {
        Table {
            lang,
            entries: Entries::Builtin(entries),
        }
    }

    /// `lang`'s words: compiled in, or installed from its pack; English until a pack language's
    /// pack is here (the widget draws nothing in that language before: `WidgetState::shown`).
    pub fn of(lang: Lang) -> &'static Table {
        let i = index(lang);
        INSTALLED[i]
            .get()
            .or(BUILTIN[i].as_ref())
            .unwrap_or(&ENGLISH)
    }

    /// Whether `lang`'s own words are here (compiled in or installed).
    pub fn has(lang: Lang) -> bool {
        let i = index(lang);
        INSTALLED[i].get().is_some() || BUILTIN[i].is_some()
    }

    /// Installs a pack's table for its language (the first one installed stays).
    pub fn install(table: Table) {
        let _ = INSTALLED[index(table.lang)].set(table);
    }

    /// `key`'s template, the form for `category` where the key has plural forms.
    pub fn template(&self, key: Key, category: Category) -> &str {
        let i = key as usize;
        match &self.entries {
            Entries::Builtin(e) => match e[i] {
                Entry::Text(t) => t,
                Entry::Plural(forms) => forms[category.index()],
            },
            Entries::Pack(e) => match &e[i] {
                Owned::Text(t) => t,
                Owned::Plural(forms) => &forms[category.index()],
            },
        }
    }

    /// Whether `key` has plural forms in this language (or one text for every count).
    pub fn is_plural(&self, key: Key) -> bool {
        match &self.entries {
            Entries::Builtin(e) => matches!(e[key as usize], Entry::Plural(_)),
            Entries::Pack(e) => matches!(e[key as usize], Owned::Plural(_)),
        }
    }

    /// A language pack's table from its JSON text (one `catalog/<lang>.json`), refused with
    /// every problem when it breaks the rules the build holds the built-in tables to.
    pub fn from_json(lang: Lang, json: &str) -> Result<Table, Vec<String>> {
        Self::checked(lang, check::parse(json).map_err(|e| vec![e])?)
    }

    /// The same from a table already read as JSON (a pack's `interface`).
    pub fn from_value(lang: Lang, value: serde_json::Value) -> Result<Table, Vec<String>> {
        Self::checked(lang, check::from_value(value).map_err(|e| vec![e])?)
    }

    fn checked(lang: Lang, table: check::Table) -> Result<Table, Vec<String>> {
        let problems = check::check(lang.tag(), &table, &english());
        if !problems.is_empty() {
            return Err(problems);
        }
        let entries = Key::ALL
            .iter()
            .map(|k| match &table[k.name()] {
                Value::Text(t) => Owned::Text(t.clone()),
                Value::Plural(forms) => Owned::Plural(
                    Category::ALL.map(|c| forms.get(c.name()).cloned().unwrap_or_default()),
                ),
            })
            .collect();
        Ok(Table {
            lang,
            entries: Entries::Pack(entries),
        })
    }
}

/// English's table as the checker reads one.
fn english() -> check::Table {
    let cats = plural::categories("en").unwrap_or(&[]);
    Key::ALL
        .iter()
        .map(|k| {
            let value = match EN[*k as usize] {
                Entry::Text(t) => Value::Text(t.to_owned()),
                Entry::Plural(forms) => Value::Plural(
                    cats.iter()
                        .map(|c| (c.name().to_owned(), forms[c.index()].to_string()))
                        .collect(),
                ),
            };
            (k.name().to_owned(), value)
        })
        .collect()
}

impl Words for Table {
    fn lang(&self) -> Lang {
        self.lang
    }

    fn get(&self, key: Key, count: Option<u64>, args: &[Arg]) -> String {
        let c = match count {
            Some(n) if self.is_plural(key) => plural::select(self.lang.tag(), n),
            _ => Category::Other,
        };
        fill(self.template(key, c), args)
    }
}

#[cfg(test)]
mod tests {
    use super::{Key, Table};
    use crate::core::i18n::format::{Words, R};
    use crate::core::i18n::Msg;
    use crate::core::question_set::Lang;

    fn pack(edit: impl Fn(&mut serde_json::Map<String, serde_json::Value>)) -> String {
        let text = include_str!("catalog/fr.json");
        let mut v: serde_json::Map<String, serde_json::Value> = serde_json::from_str(text).unwrap();
        edit(&mut v);
        serde_json::to_string(&v).unwrap()
    }

    #[test]
    fn a_pack_read_at_run_time_words_messages_like_the_built_in_table() {
        let t = Table::from_json(Lang::Fr, &pack(|_| {})).unwrap();
        let msg = Msg::ListEntries(3);
        assert_eq!(
            R::new(&t).text(&msg),
            R::new(Table::of(Lang::Fr)).text(&msg)
        );
        let t = Table::from_json(
            Lang::Fr,
            &pack(|v| {
                v.insert("save".into(), "Garder".into());
            }),
        )
        .unwrap();
        assert_eq!(t.get(Key::Save, None, &[]), "Garder");
    }

    #[test]
    fn a_pack_that_breaks_the_rules_is_refused_with_its_problems() {
        let broken = pack(|v| {
            v.remove("save");
            v.insert("import.done".into(), "Importé {nom}.".into());
        });
        let problems = Table::from_json(Lang::Fr, &broken).unwrap_err();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("`save` is missing"));
        assert!(problems[1].contains("`import.done`") && problems[1].contains("{nom}"));
        assert!(Table::from_json(Lang::Fr, "[]").is_err());
    }

    #[test]
    fn keys_are_named_as_the_files_write_them() {
        assert_eq!(Key::StatusInPlace.name(), "status.in-place");
        assert_eq!(Key::from_name("status.in-place"), Some(Key::StatusInPlace));
        assert_eq!(Key::from_name("status.nowhere"), None);
    }
}
