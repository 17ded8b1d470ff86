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

/// `text` with the digits of each number run together: the old catalogues grouped some
/// counts (`1,000,000`) and left others raw (`1000000`); the tables group every count.
fn ungrouped(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::new();
    for (i, ch) in c.iter().enumerate() {
        let between_digits =
            i > 0 && c[i - 1].is_ascii_digit() && c.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if between_digits && ",.\u{a0}\u{202f}".contains(*ch) {
            continue;
        }
        out.push(*ch);
    }
    out
}

#[test]
fn the_tables_word_every_message_as_the_old_catalogues_did() {
    let old = Words {
        text: super::old_text,
        problem: super::old_problem,
        custom: super::old_custom_set_error,
        party: party::old_text,
    };
    let c = corpus(tricky, &COUNTS);
    let mut differ = Vec::new();
    let (mut same, mut grouping) = (0, 0);
    let mut grouped = std::collections::BTreeMap::new();
    for lang in Lang::ALL {
        let new = lines(lang, &c, &NEW);
        let was = lines(lang, &c, &old);
        for ((what, now), (_, then)) in new.iter().zip(&was) {
            if now == then {
                same += 1;
            } else if ungrouped(now) == ungrouped(then) {
                grouping += 1;
                let variant: String = what.chars().take_while(|c| c.is_alphanumeric()).collect();
                *grouped
                    .entry(format!("{} {variant}", lang.tag()))
                    .or_insert(0) += 1;
            } else {
                differ.push(format!(
                    "{} {what}\n   old {then:?}\n   new {now:?}",
                    lang.tag()
                ));
            }
        }
    }
    eprintln!(
        "{same} the same, {grouping} differing only in digit grouping, {} otherwise",
        differ.len()
    );
    eprintln!("grouping only: {grouped:?}");
    for d in differ.iter().take(40) {
        eprintln!("{d}");
    }
    assert!(differ.is_empty(), "{} messages differ", differ.len());
}
