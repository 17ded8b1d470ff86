//! Every message of the corpus in every language, held to `tests/golden/i18n/<lang>.txt`
//! (written from the tables with `ATT_I18N_GOLDEN=1 cargo test --lib golden`): a change to a
//! catalogue file or to the key mapping shows there, message by message.

use std::fmt::Write as _;

use super::corpus::{corpus, small, tricky, Corpus, COUNTS};
use super::{custom_set_error, party, problem, text};
use crate::core::question_set::Lang;

/// The counts the golden files show: every plural rule's edges, and digit grouping.
const GOLDEN_COUNTS: [usize; 11] = [0, 1, 2, 3, 5, 11, 21, 100, 101, 102, 1_000_000];

/// Each message of `c` with its text in `lang`, one a line.
fn lines(lang: Lang, c: &Corpus, words: &Words) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for m in &c.msgs {
        out.push((format!("{m:?}"), (words.text)(lang, m)));
    }
    for p in &c.problems {
        out.push((format!("{p:?}"), (words.problem)(lang, p)));
    }
    for e in &c.customs {
        out.push((format!("{e:?}"), (words.custom)(lang, e)));
    }
    for m in &c.party {
        out.push((format!("{m:?}"), (words.party)(lang, m)));
    }
    out
}

struct Words {
    text: fn(Lang, &super::Msg) -> String,
    problem: fn(Lang, &crate::core::validate::Problem) -> String,
    custom: fn(Lang, &crate::core::custom::CustomSetError) -> String,
    party: fn(Lang, &party::PartyMsg) -> String,
}

const NEW: Words = Words {
    text,
    problem,
    custom: custom_set_error,
    party: party::text,
};

fn golden_path(lang: Lang) -> String {
    format!(
        "{}/tests/golden/i18n/{}.txt",
        env!("CARGO_MANIFEST_DIR"),
        lang.tag()
    )
}

#[test]
fn every_message_reads_as_its_golden_text_in_every_language() {
    let c = small(tricky, &GOLDEN_COUNTS);
    let write = std::env::var_os("ATT_I18N_GOLDEN").is_some();
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        let mut file = String::new();
        for (what, said) in lines(lang, &c, &NEW) {
            let _ = writeln!(file, "{what}\n  {said:?}");
        }
        let path = golden_path(lang);
        if write {
            std::fs::create_dir_all(std::path::Path::new(&path).parent().unwrap()).unwrap();
            std::fs::write(&path, &file).unwrap();
            continue;
        }
        let golden = std::fs::read_to_string(&path).unwrap_or_default();
        if golden != file {
            let first = golden
                .lines()
                .zip(file.lines())
                .find(|(g, f)| g != f)
                .map(|(g, f)| format!("golden {g}\n   now {f}"))
                .unwrap_or_else(|| "a message added or removed".into());
            failures.push(format!("{}: {first}", lang.tag()));
        }
    }
    assert!(
        failures.is_empty(),
        "messages changed (ATT_I18N_GOLDEN=1 rewrites the golden files after a deliberate change):\n{}",
        failures.join("\n")
    );
}

#[test]
fn no_message_shows_a_placeholder_unfilled() {
    // Arguments without braces: a brace in a text is then a placeholder the mapping did not
    // fill (the tables' texts have no literal brace).
    let c = corpus(|n| format!("⦃{n}⦄"), &COUNTS);
    for lang in Lang::ALL {
        for (what, said) in lines(lang, &c, &NEW) {
            assert!(
                !said.contains(['{', '}']) && !said.trim().is_empty(),
                "{}: {what} reads {said:?}",
                lang.tag()
            );
        }
    }
}

/// Words that remember which keys were asked for.
struct Recorder {
    table: &'static super::tables::Table,
    asked: std::cell::RefCell<std::collections::BTreeSet<super::tables::Key>>,
}

impl super::format::Words for Recorder {
    fn lang(&self) -> Lang {
        self.table.lang()
    }
    fn get(
        &self,
        key: super::tables::Key,
        count: Option<u64>,
        args: &[super::format::Arg],
    ) -> String {
        self.asked.borrow_mut().insert(key);
        self.table.get(key, count, args)
    }
}

#[test]
fn every_key_of_the_tables_is_one_some_message_shows() {
    let r = Recorder {
        table: super::tables::Table::of(Lang::En),
        asked: Default::default(),
    };
    let words = super::format::R::new(&r);
    let c = corpus(tricky, &COUNTS);
    for m in &c.msgs {
        words.text(m);
    }
    for p in &c.problems {
        words.problem(p);
    }
    let asked = r.asked.borrow();
    let unused: Vec<&str> = super::tables::Key::ALL
        .iter()
        .filter(|k| !asked.contains(k))
        .map(|k| k.name())
        .collect();
    assert!(
        unused.is_empty(),
        "keys no message shows (remove them from every catalog file): {unused:?}"
    );
}
