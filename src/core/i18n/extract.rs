#![allow(clippy::all)]
//! Throwaway: writes `catalog/<lang>.json` from the old hand-written `match`es, by running the
//! new key mapping against a tracer over the corpus and reading each template back out of the
//! old text. `ATT_I18N_EXTRACT=1 cargo test --lib extract_catalogues -- --nocapture`.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Display;

use super::corpus::{corpus, Corpus};
use super::format::{fill, Arg, Key, Words, R};
use super::plural::{self, Category};
use super::{ar, en, es, fr, ru, zh};
use crate::core::question_set::Lang;

macro_rules! old {
    ($l:expr, $f:ident ( $($a:expr),* )) => {
        match $l {
            Lang::En => en::$f($($a),*).to_string(),
            Lang::Zh => zh::$f($($a),*).to_string(),
            Lang::Ar => ar::$f($($a),*).to_string(),
            Lang::Fr => fr::$f($($a),*).to_string(),
            Lang::Ru => ru::$f($($a),*).to_string(),
            Lang::Es => es::$f($($a),*).to_string(),
        }
    };
}
macro_rules! old_party {
    ($l:expr, $f:ident ( $($a:expr),* )) => {
        match $l {
            Lang::En => super::party::en::$f($($a),*).to_string(),
            Lang::Zh => super::party::zh::$f($($a),*).to_string(),
            Lang::Ar => super::party::ar::$f($($a),*).to_string(),
            Lang::Fr => super::party::fr::$f($($a),*).to_string(),
            Lang::Ru => super::party::ru::$f($($a),*).to_string(),
            Lang::Es => super::party::es::$f($($a),*).to_string(),
        }
    };
}

const MARK: u32 = 0xF0000;

fn marker(i: usize) -> char {
    char::from_u32(MARK + i as u32).unwrap()
}

fn marker_id(c: char) -> Option<usize> {
    let v = c as u32;
    (MARK..MARK + 0xFFFD)
        .contains(&v)
        .then(|| (v - MARK) as usize)
}

fn has_marker(s: &str) -> bool {
    s.chars().any(|c| marker_id(c).is_some())
}

#[derive(Clone, Debug)]
struct Call {
    key: Key,
    cat: Option<Category>,
    args: Vec<(String, String)>,
    canon: String,
}

type Slot = (Key, Option<Category>);

struct Tracer {
    lang: Lang,
    known: RefCell<BTreeMap<Slot, String>>,
    plural: RefCell<BTreeSet<Key>>,
    used: RefCell<BTreeSet<Key>>,
    calls: RefCell<Vec<Call>>,
}

impl Words for Tracer {
    fn lang(&self) -> Lang {
        self.lang
    }
    fn get(&self, key: Key, count: Option<u64>, args: &[Arg]) -> String {
        self.used.borrow_mut().insert(key);
        let cat = count.map(|n| plural::select(self.lang.tag(), n));
        if count.is_some() {
            self.plural.borrow_mut().insert(key);
        }
        if let Some(t) = self.known.borrow().get(&(key, cat)) {
            return fill(t, args);
        }
        let mut calls = self.calls.borrow_mut();
        let args: Vec<(String, String)> = args
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        let canon_of = |s: &str| -> String {
            s.chars()
                .map(|c| match marker_id(c) {
                    Some(i) => format!("<{}>", calls[i].canon),
                    None => c.to_string(),
                })
                .collect()
        };
        let canon = format!(
            "{key}|{cat:?}|{}",
            args.iter()
                .map(|(n, v)| format!("{n}={}", canon_of(v)))
                .collect::<Vec<_>>()
                .join("|")
        );
        let id = calls.len();
        calls.push(Call {
            key,
            cat,
            args,
            canon,
        });
        marker(id).to_string()
    }
}

type Old = Box<dyn Fn(Lang) -> String>;
type New = Box<dyn Fn(&R) -> String>;

struct Sample {
    old: Old,
    new: New,
}

fn sample(old: impl Fn(Lang) -> String + 'static, new: impl Fn(&R) -> String + 'static) -> Sample {
    Sample {
        old: Box::new(old),
        new: Box::new(new),
    }
}

fn samples(c: &Corpus) -> Vec<Sample> {
    let mut out = Vec::new();
    use crate::core::batch::{Delimiter, Encoding};
    use crate::core::json_error::Expected;
    use crate::core::parties::{Role, Source, Verdict};
    use crate::core::question_set::Mode;
    use crate::core::xlsx_error::XlsxError;
    use att_lists::FileKind;
    for m in Mode::ALL {
        out.push(sample(
            move |l| old!(l, mode_name(m)),
            move |r| r.t(r.mode(m)),
        ));
    }
    for x in [
        Expected::Text,
        Expected::WholeNumber,
        Expected::Number,
        Expected::TrueFalse,
        Expected::List,
        Expected::Group,
    ] {
        let _ = x;
    }
    for e in [
        Encoding::Utf8,
        Encoding::Utf8Bom,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
        Encoding::Windows1252,
    ] {
        out.push(sample(
            move |l| old!(l, encoding_name(e)),
            move |r| r.t(r.encoding(e)),
        ));
    }
    for d in Delimiter::ALL {
        out.push(sample(
            move |l| old!(l, separated_by(d)),
            move |r| r.t(r.separated_by(d)),
        ));
    }
    for e in [
        XlsxError::Unavailable(String::new()),
        XlsxError::TimedOut(String::new()),
        XlsxError::Blocked(String::new()),
        XlsxError::TooManyRows(String::new()),
        XlsxError::Refused(String::new()),
    ] {
        let e2 = e.clone();
        out.push(sample(
            move |l| old!(l, xlsx_failure(&e)),
            move |r| r.t(r.xlsx_failure(&e2)),
        ));
    }
    for &b in &c.sizes {
        out.push(sample(
            move |l| old!(l, file_size(b as usize)),
            move |r| r.size(b),
        ));
    }
    macro_rules! each {
        ($list:expr, $old:ident, $new:ident) => {
            for v in $list.iter().cloned() {
                let v2 = v.clone();
                out.push(sample(move |l| old!(l, $old(&v)), move |r| r.$new(&v2)));
            }
        };
    }
    each!(c.json, json_error, json_error);
    each!(c.locations, location, location);
    each!(c.problems, problem, problem);
    each!(c.imports, import_error, import_error);
    each!(c.loads, load_error, load_error);
    each!(c.rows, row_problem, row_problem);
    each!(c.reads, read_error, read_error);
    each!(c.cuts, cut_place, cut_place);
    for v in c.customs.iter().cloned() {
        let v2 = v.clone();
        out.push(sample(
            move |l| super::custom_set_error(l, &v),
            move |r| r.custom_set_error(&v2),
        ));
    }
    for &p in &c.parts {
        out.push(sample(
            move |l| old!(l, part_name(p)),
            move |r| r.part_name(p),
        ));
    }
    for s in [Source::Un, Source::OfacSdn, Source::UsCsl] {
        out.push(sample(
            move |l| old_party!(l, source_name(s)),
            move |r| r.t(super::party::words::source_name(s)),
        ));
        out.push(sample(
            move |l| old_party!(l, short(s)),
            move |r| r.t(super::party::words::short(s)),
        ));
    }
    for k in [
        FileKind::UnXml,
        FileKind::OfacSdn,
        FileKind::OfacAlt,
        FileKind::OfacAdd,
        FileKind::UsCsl,
    ] {
        out.push(sample(
            move |l| old_party!(l, file_kind(k)),
            move |r| r.t(super::party::words::file_kind(k)),
        ));
    }
    for v in Verdict::ALL {
        out.push(sample(
            move |l| old_party!(l, verdict(v)),
            move |r| r.t(super::party::words::verdict(v)),
        ));
    }
    for ro in Role::ALL {
        out.push(sample(
            move |l| old_party!(l, role(ro)),
            move |r| r.t(super::party::words::role(ro)),
        ));
    }
    // The cut list's separator: between two places in the old text.
    {
        let (a, b) = (c.cuts[0].clone(), c.cuts[1].clone());
        out.push(sample(
            move |l| {
                let t = super::text(l, &super::Msg::XlsxCut(vec![a.clone(), b.clone()]));
                let (pa, pb) = (old!(l, cut_place(&a)), old!(l, cut_place(&b)));
                let from = t.find(&pa).unwrap() + pa.len();
                let to = from + t[from..].find(&pb).unwrap();
                t[from..to].to_owned()
            },
            |r| r.t("xlsx.cut.separator"),
        ));
    }
    for m in c.msgs.iter().cloned() {
        let m2 = m.clone();
        out.push(sample(move |l| super::text(l, &m), move |r| r.text(&m2)));
    }
    out
}

/// Finds where each unknown call's text sits: `pattern` is known text with markers; a marker
/// seen twice stands for the same text.
fn solve(pattern: &[Piece], text: &str, binds: &mut BTreeMap<char, String>) -> bool {
    let Some((first, rest)) = pattern.split_first() else {
        return text.is_empty();
    };
    match first {
        Piece::Lit(l) => text.starts_with(l.as_str()) && solve(rest, &text[l.len()..], binds),
        Piece::Mark(m) => {
            if let Some(b) = binds.get(m).cloned() {
                return text.starts_with(&b) && solve(rest, &text[b.len()..], binds);
            }
            let ends: Vec<usize> = match rest.first() {
                None => vec![text.len()],
                Some(Piece::Lit(l)) => text.match_indices(l.as_str()).map(|(i, _)| i).collect(),
                Some(Piece::Mark(_)) => text
                    .char_indices()
                    .map(|(i, _)| i)
                    .chain([text.len()])
                    .collect(),
            };
            for end in ends {
                binds.insert(*m, text[..end].to_owned());
                if solve(rest, &text[end..], binds) {
                    return true;
                }
            }
            binds.remove(m);
            false
        }
    }
}

#[derive(Debug)]
enum Piece {
    Lit(String),
    Mark(char),
}

fn pattern(s: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut lit = String::new();
    for c in s.chars() {
        if marker_id(c).is_some() {
            if !lit.is_empty() {
                out.push(Piece::Lit(std::mem::take(&mut lit)));
            }
            out.push(Piece::Mark(c));
        } else {
            lit.push(c);
        }
    }
    if !lit.is_empty() {
        out.push(Piece::Lit(lit));
    }
    out
}

fn is_number(v: &str) -> bool {
    v.chars()
        .all(|c| c.is_ascii_digit() || ",.\u{a0}\u{202f}".contains(c))
        && v.chars().any(|c| c.is_ascii_digit())
}

/// `text` with each argument's value turned back into its placeholder, or `None` when a value
/// is found more than once (which one is the placeholder is then unknown).
fn template(text: &str, args: &[(String, String)]) -> Option<String> {
    let mut t: Vec<char> = text.chars().collect();
    let mut order: Vec<(usize, &(String, String))> = args
        .iter()
        .enumerate()
        .filter(|(_, (_, v))| !v.is_empty())
        .collect();
    order.sort_by_key(|(_, (_, v))| std::cmp::Reverse(v.chars().count()));
    for (i, (_, v)) in order {
        let v: Vec<char> = v.chars().collect();
        let num = is_number(&v.iter().collect::<String>());
        let mut hits = Vec::new();
        let mut at = 0;
        while at + v.len() <= t.len() {
            if t[at..at + v.len()] == v[..] {
                let seps = ",.\u{a0}\u{202f}";
                let digit =
                    |j: Option<usize>| j.and_then(|j| t.get(j)).is_some_and(|c| c.is_ascii_digit());
                let sep =
                    |j: Option<usize>| j.and_then(|j| t.get(j)).is_some_and(|c| seps.contains(*c));
                let end = at + v.len();
                let glued_before = digit(at.checked_sub(1))
                    || (sep(at.checked_sub(1)) && digit(at.checked_sub(2)));
                let glued_after = digit(Some(end)) || (sep(Some(end)) && digit(Some(end + 1)));
                let glued = |b: bool| b;
                let (before, after) = (glued_before, glued_after);
                if !num || (!glued(before) && !glued(after)) {
                    hits.push(at);
                    at += v.len();
                    continue;
                }
            }
            at += 1;
        }
        if hits.len() > 1 {
            return None;
        }
        // Only a count may be left out (a plural form "one shipment"); any other argument
        // not found means the text around it is not what the new mapping thinks.
        if hits.is_empty() && !num {
            return None;
        }
        if let Some(&at) = hits.first() {
            let ph = char::from_u32(0xE000 + i as u32).unwrap();
            t.splice(at..at + v.len(), [ph]);
        }
    }
    let mut out = String::new();
    for c in t {
        match c as u32 {
            0xE000..=0xE0FF => {
                out.push('{');
                out.push_str(&args[(c as u32 - 0xE000) as usize].0);
                out.push('}');
            }
            _ if c == '{' => out.push_str("{{"),
            _ if c == '}' => out.push_str("}}"),
            _ => out.push(c),
        }
    }
    Some(out)
}

#[derive(Default)]
struct Report {
    conflicts: BTreeSet<String>,
    mismatches: Vec<String>,
    stuck: Vec<String>,
}

fn learn(tr: &Tracer, rep: &mut Report, call: &Call, text: &str) -> bool {
    // An empty argument cannot be placed: another sample gives this key.
    if call.args.iter().any(|(_, v)| v.is_empty()) {
        return false;
    }
    let Some(t) = template(text, &call.args) else {
        return false;
    };
    // A sentinel left in the template is an argument taken for text.
    if t.contains('⦃') {
        return false;
    }
    let slot = (call.key, call.cat);
    let mut known = tr.known.borrow_mut();
    match known.get(&slot) {
        Some(k) if *k != t => {
            rep.conflicts.insert(format!(
                "{} {}{:?}: {k:?} vs {t:?}",
                tr.lang.tag(),
                call.key,
                call.cat
            ));
            false
        }
        Some(_) => false,
        None => {
            known.insert(slot, t);
            true
        }
    }
}

fn extract(lang: Lang, samples: &[Sample]) -> (Tracer, Report) {
    let tr = Tracer {
        lang,
        known: RefCell::default(),
        plural: RefCell::default(),
        used: RefCell::default(),
        calls: RefCell::default(),
    };
    let mut rep = Report::default();
    let olds: Vec<String> = samples.iter().map(|s| (s.old)(lang)).collect();
    for round in 0..12 {
        let mut progress = false;
        // Calls whose text is known but whose arguments hold unknown calls, by key.
        let mut groups: BTreeMap<Key, Vec<(Call, String, Vec<Call>)>> = BTreeMap::new();
        rep.stuck.clear();
        rep.mismatches.clear();
        for (s, old) in samples.iter().zip(&olds) {
            tr.calls.borrow_mut().clear();
            let out = (s.new)(&R::new(&tr));
            let calls = tr.calls.borrow().clone();
            if !has_marker(&out) {
                if out != *old {
                    rep.mismatches
                        .push(format!("{}: new {out:?}\n   old {old:?}", lang.tag()));
                }
                continue;
            }
            let mut binds = BTreeMap::new();
            if !solve(&pattern(&out), old, &mut binds) {
                rep.stuck.push(format!("no match: {out:?} / {old:?}"));
                continue;
            }
            for (m, text) in binds {
                let call = &calls[marker_id(m).unwrap()];
                if call.args.iter().any(|(_, v)| has_marker(v)) {
                    groups
                        .entry(call.key)
                        .or_default()
                        .push((call.clone(), text, calls.clone()));
                } else {
                    progress |= learn(&tr, &mut rep, call, &text);
                }
            }
        }
        // A call whose arguments are themselves unknown: across the samples where one
        // argument changes and the others stay, the text around it stays too.
        for (key, entries) in &groups {
            let slots: BTreeSet<String> = entries
                .iter()
                .flat_map(|(c, _, _)| {
                    c.args
                        .iter()
                        .filter(|(_, v)| has_marker(v))
                        .map(|(n, _)| n.clone())
                })
                .collect();
            for slot in slots {
                let mut by_rest: BTreeMap<String, Vec<(usize, &(Call, String, Vec<Call>))>> =
                    BTreeMap::new();
                for (i, e) in entries.iter().enumerate() {
                    let canon_rest: String =
                        e.0.args
                            .iter()
                            .filter(|(n, _)| *n != slot)
                            .map(|(n, v)| {
                                let v: String = v
                                    .chars()
                                    .map(|c| match marker_id(c) {
                                        Some(j) => format!("<{}>", e.2[j].canon),
                                        None => c.to_string(),
                                    })
                                    .collect();
                                format!("{n}={v}")
                            })
                            .collect::<Vec<_>>()
                            .join("|");
                    by_rest.entry(canon_rest).or_default().push((i, e));
                }
                for group in by_rest.values() {
                    let texts: Vec<Vec<char>> =
                        group.iter().map(|(_, e)| e.1.chars().collect()).collect();
                    let distinct: BTreeSet<&Vec<char>> = texts.iter().collect();
                    if distinct.len() < 2 {
                        continue;
                    }
                    let min = texts.iter().map(Vec::len).min().unwrap();
                    let mut p = (0..min)
                        .take_while(|&i| texts.iter().all(|t| t[i] == texts[0][i]))
                        .count();
                    let mut s = (0..min - p)
                        .take_while(|&i| {
                            texts
                                .iter()
                                .all(|t| t[t.len() - 1 - i] == texts[0][texts[0].len() - 1 - i])
                        })
                        .count();
                    // Never cut through a sentinel or a number.
                    let t0 = &texts[0];
                    // CJK text has no spaces between words: no word to keep whole.
                    let word = |c: char| c.is_alphanumeric() && c < '\u{2e80}';
                    let numeric = |c: char| c.is_ascii_digit() || ",.\u{a0}\u{202f}".contains(c);
                    if let Some(open) = t0[..p].iter().rposition(|&c| c == '⦃') {
                        if !t0[open..p].contains(&'⦄') {
                            p = open;
                        }
                    }
                    // Nor through a word: translators see whole words on each side.
                    while p > 0 && word(t0[p - 1]) {
                        p -= 1;
                    }
                    let tail = &t0[t0.len() - s..];
                    let close = tail.iter().position(|&c| c == '⦄');
                    let open = tail.iter().position(|&c| c == '⦃');
                    if let Some(cl) = close {
                        if open.is_none_or(|o| cl < o) {
                            s -= cl + 1;
                        }
                    }
                    while s > 0
                        && (numeric(t0[t0.len() - s]) && t0[t0.len() - s].is_ascii_digit()
                            || word(t0[t0.len() - s]))
                    {
                        s -= 1;
                    }
                    for (_, e) in group {
                        let v = &e.0.args.iter().find(|(n, _)| *n == slot).unwrap().1;
                        let ms: Vec<char> = v.chars().collect();
                        if ms.len() != 1 || marker_id(ms[0]).is_none() {
                            continue;
                        }
                        let inner = &e.2[marker_id(ms[0]).unwrap()];
                        if inner.args.iter().any(|(_, v)| has_marker(v)) {
                            continue;
                        }
                        let t: Vec<char> = e.1.chars().collect();
                        let middle: String = t[p..t.len() - s].iter().collect();
                        if inner
                            .args
                            .iter()
                            .any(|(_, v)| v.contains('⦃') && !middle.contains(v.as_str()))
                        {
                            continue;
                        }
                        progress |= learn(&tr, &mut rep, inner, &middle);
                    }
                }
            }
            let _ = key;
        }
        if !progress {
            eprintln!("{}: settled after {round} rounds", lang.tag());
            for (s, old) in samples.iter().zip(&olds) {
                tr.calls.borrow_mut().clear();
                let out = (s.new)(&R::new(&tr));
                if has_marker(&out) {
                    rep.stuck.push(format!("unresolved: {old:?}"));
                }
            }
            break;
        }
    }
    (tr, rep)
}

fn to_json(lang: Lang, tr: &Tracer) -> (serde_json::Value, Vec<String>) {
    let known = tr.known.borrow();
    let plural = tr.plural.borrow();
    let mut missing = Vec::new();
    let mut map = serde_json::Map::new();
    let cats = plural::categories(lang.tag()).unwrap();
    for &key in tr.used.borrow().iter() {
        if plural.contains(key) {
            let mut forms = serde_json::Map::new();
            for c in cats {
                // ru's "other" is for fractions, fr's and es's "many" for millions, which the old
                // catalogues worded as "many" and "other".
                let fallback = match (lang, c) {
                    (Lang::Ru, Category::Other) => Some(Category::Many),
                    (Lang::Fr | Lang::Es, Category::Many) => Some(Category::Other),
                    _ => None,
                };
                let t = known
                    .get(&(key, Some(*c)))
                    .or_else(|| fallback.and_then(|f| known.get(&(key, Some(f)))));
                match t {
                    Some(t) => {
                        forms.insert(c.name().into(), t.clone().into());
                    }
                    None => missing.push(format!("{key} {}", c.name())),
                }
            }
            let same: BTreeSet<String> = forms.values().map(|v| v.to_string()).collect();
            // The old catalogue worded every count the same: a count not in the corpus too.
            if same.len() == 1 && forms.len() < cats.len() {
                let only = forms.values().next().unwrap().clone();
                for c in cats {
                    if !forms.contains_key(c.name()) {
                        forms.insert(c.name().into(), only.clone());
                        missing.retain(|m| *m != format!("{key} {}", c.name()));
                    }
                }
            }
            if lang != Lang::En && same.len() == 1 && forms.len() == cats.len() {
                let first = forms.values().next().unwrap().clone();
                map.insert(key.into(), first);
            } else {
                map.insert(key.into(), forms.into());
            }
        } else {
            match known.get(&(key, None)) {
                Some(t) => {
                    map.insert(key.into(), t.clone().into());
                }
                None => missing.push(key.into()),
            }
        }
    }
    (map.into(), missing)
}

#[test]
fn extract_catalogues() {
    if std::env::var_os("ATT_I18N_EXTRACT").is_none() {
        return;
    }
    // Below a thousand: the old catalogues grouped digits in some places and not others.
    let counts: Vec<usize> = super::corpus::COUNTS
        .into_iter()
        .filter(|&n| n < 1000)
        .collect();
    let c = corpus(|n| format!("⦃{n}⦄"), &counts);
    let samples = samples(&c);
    let mut failed = false;
    for lang in Lang::ALL {
        let (tr, rep) = extract(lang, &samples);
        let (json, missing) = to_json(lang, &tr);
        for c in &rep.conflicts {
            eprintln!("CONFLICT {c}");
        }
        for m in rep.mismatches.iter().take(30) {
            eprintln!("MISMATCH {m}");
        }
        for m in rep.stuck.iter().take(10) {
            eprintln!("STUCK {m}");
        }
        for m in &missing {
            eprintln!("MISSING {} {m}", lang.tag());
        }
        eprintln!(
            "{}: {} conflicts, {} mismatches, {} stuck, {} missing",
            lang.tag(),
            rep.conflicts.len(),
            rep.mismatches.len(),
            rep.stuck.len(),
            missing.len()
        );
        failed |= !rep.conflicts.is_empty() || !rep.mismatches.is_empty() || !missing.is_empty();
        let text = serde_json::to_string_pretty(&json).unwrap() + "\n";
        let path = format!(
            "{}/src/core/i18n/catalog/{}.json",
            env!("CARGO_MANIFEST_DIR"),
            lang.tag()
        );
        std::fs::write(path, text).unwrap();
    }
    let _ = failed;
    let _: Option<&dyn Display> = None;
}
