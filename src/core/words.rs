//! The word lists of text rules: their form in `seeds/rules.json` (lists by language, or one
//! plain list as before) and the phrases they are compiled to once, when the engine is built.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

use super::fold::{Folded, Phrase};

/// The words of a rule, as written in the seed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Words {
    /// One list (the form before lists by language; still read).
    List(Vec<String>),
    /// Lists by language code (`en`, `fr`, `de`...), in the file's order.
    ByLanguage(Vec<(String, Vec<String>)>),
}

impl Default for Words {
    fn default() -> Self {
        Words::List(Vec::new())
    }
}

impl Words {
    /// Every word, language by language in the file's order.
    pub fn iter(&self) -> impl Iterator<Item = &String> {
        let lists: Vec<&Vec<String>> = match self {
            Words::List(words) => vec![words],
            Words::ByLanguage(by) => by.iter().map(|(_, words)| words).collect(),
        };
        lists.into_iter().flatten()
    }

    /// The words listed for `language` (none in a plain list).
    pub fn language(&self, language: &str) -> &[String] {
        match self {
            Words::List(_) => &[],
            Words::ByLanguage(by) => by
                .iter()
                .find(|(code, _)| code == language)
                .map_or(&[], |(_, words)| words),
        }
    }

    /// The language codes that have a list.
    pub fn languages(&self) -> Vec<&str> {
        match self {
            Words::List(_) => Vec::new(),
            Words::ByLanguage(by) => by.iter().map(|(code, _)| code.as_str()).collect(),
        }
    }
}

impl Serialize for Words {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Words::List(words) => s.collect_seq(words),
            Words::ByLanguage(by) => s.collect_map(by.iter().map(|(code, words)| (code, words))),
        }
    }
}

impl<'de> Deserialize<'de> for Words {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct WordsVisitor;
        impl<'de> Visitor<'de> for WordsVisitor {
            type Value = Words;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of words, or lists of words by language code")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Words, A::Error> {
                let mut words = Vec::new();
                while let Some(word) = seq.next_element()? {
                    words.push(word);
                }
                Ok(Words::List(words))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Words, A::Error> {
                let mut by: Vec<(String, Vec<String>)> = Vec::new();
                while let Some((code, words)) = map.next_entry::<String, Vec<String>>()? {
                    if by.iter().any(|(c, _)| *c == code) {
                        return Err(de::Error::custom(format!(
                            "language {code} is listed twice"
                        )));
                    }
                    by.push((code, words));
                }
                Ok(Words::ByLanguage(by))
            }
        }
        d.deserialize_any(WordsVisitor)
    }
}

/// A text rule's words and exceptions compiled once, each word kept as the seed writes it
/// for the hit's detail.
pub struct Compiled<'a> {
    words: Vec<(Phrase, &'a str)>,
    unless: Vec<Phrase>,
}

impl<'a> Compiled<'a> {
    /// Words with nothing to find (empty, only punctuation or `#`) are left out.
    pub fn new(words: &'a Words, unless: &Words) -> Self {
        Self {
            words: words
                .iter()
                .filter_map(|w| Some((Phrase::new(w)?, w.as_str())))
                .collect(),
            unless: unless.iter().filter_map(|w| Phrase::new(w)).collect(),
        }
    }

    /// The first word (as written in the seed) found in `folded`, unless an exception is.
    pub fn find(&self, folded: &Folded) -> Option<&'a str> {
        if self.unless.iter().any(|p| p.is_in(folded)) {
            return None;
        }
        self.words
            .iter()
            .find(|(p, _)| p.is_in(folded))
            .map(|(_, w)| *w)
    }
}
