//! Filling a message's template from a language's table: placeholders by name, the plural
//! category by the language's rules. Which key and which arguments a message takes is written
//! once for every language (`words.rs`, `errors.rs`, `party/words.rs`).

use std::fmt::{Display, Write as _};

use super::check::{pieces, Piece, COUNT};
use super::Count;
use crate::core::question_set::Lang;

pub(crate) use super::tables::Key;

/// An argument: its placeholder's name and its value.
pub(crate) type Arg<'a> = (&'a str, &'a dyn Display);

/// Where the templates come from: a language's table.
pub(crate) trait Words {
    fn lang(&self) -> Lang;
    /// `key`'s template, for `count`'s plural category when the key has plural forms, filled.
    fn get(&self, key: Key, count: Option<u64>, args: &[Arg]) -> String;
}

/// `template` with each `{name}` replaced by its argument's value (values are not read as
/// templates). A placeholder without an argument is left as it is; the build has checked that
/// every template is well formed.
pub(crate) fn fill(template: &str, args: &[Arg]) -> String {
    let Ok(ps) = pieces(template) else {
        return template.to_owned();
    };
    let mut out = String::with_capacity(template.len() + 16);
    for p in ps {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Arg(a) => match args.iter().find(|(name, _)| *name == a) {
                Some((_, v)) => {
                    let _ = write!(out, "{v}");
                }
                None => {
                    out.push('{');
                    out.push_str(a);
                    out.push('}');
                }
            },
        }
    }
    out
}

/// The words of one language, as the message mappings ask for them.
#[derive(Clone, Copy)]
pub(crate) struct R<'a> {
    pub w: &'a dyn Words,
    pub lang: Lang,
}

impl<'a> R<'a> {
    pub fn new(w: &'a dyn Words) -> Self {
        R { w, lang: w.lang() }
    }

    /// A text without placeholders.
    pub fn t(&self, key: Key) -> String {
        self.w.get(key, None, &[])
    }

    /// A text with its arguments.
    pub fn f(&self, key: Key, args: &[Arg]) -> String {
        self.w.get(key, None, args)
    }

    /// A text whose wording follows `n` (as `{count}`, grouped as the language writes it).
    pub fn p(&self, key: Key, n: usize, args: &[Arg]) -> String {
        let c = Count::new(self.lang, n);
        // A `count` argument given (a `Count` the caller made) comes first, so it is the one shown.
        let mut all: Vec<Arg> = Vec::with_capacity(args.len() + 1);
        all.extend_from_slice(args);
        all.push((COUNT, &c));
        self.w.get(key, Some(n as u64), &all)
    }

    /// A count as the language groups it.
    pub fn n(&self, n: usize) -> Count {
        Count::new(self.lang, n)
    }
}

/// `&[("name", &value), ...]` as the mappings pass arguments.
macro_rules! args {
    ($($name:ident = $v:expr),* $(,)?) => {
        &[$((stringify!($name), &$v as &dyn std::fmt::Display)),*]
    };
}
pub(crate) use args;

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn placeholders_are_filled_once_and_values_are_not_read_as_templates() {
        let name = "{total} “x”";
        assert_eq!(
            fill(
                "Imported {name} ({total}) {{ok}}",
                super::args![name = name, total = 3]
            ),
            "Imported {total} “x” (3) {ok}"
        );
        assert_eq!(fill("{missing} here", &[]), "{missing} here");
        assert_eq!(fill("broken {", &[]), "broken {");
    }
}
