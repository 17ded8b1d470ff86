//! The index: every name of every loaded list normalised once, its tokens kept in a
//! vocabulary reached by short keys, so that screening one name scores only the listed names
//! that share a similar token with it, never every entry.
//!
//! Blocking, and what it can lose. A query token finds the vocabulary tokens that share a key
//! with it: its first three letters, its letters 2–4, its letters 1, 3, 4 and 1, 2, 4 (a
//! 3-letter token: all three, 2–3, 1 and 3, 1–2), or its Soundex code. Any two tokens one
//! edit apart within their first four letters share one of these, and so do tokens Soundex
//! calls alike. Those found are scored; the pairs at their floor or above lead to the names
//! holding them. Of the query's tokens, the index reads the names of only enough of them (the
//! rarest first) that the tokens left out weigh less than the threshold's share of the query:
//! a name holding none of the tokens read cannot reach the threshold by its token score. Whole
//! names are found by the keys of their first four letters and their length, since the
//! whole-name score counts only near identity. So, against a full scan ([`Index::scan`]),
//! screening can miss a name only when it reaches the threshold through a token pair that
//! shares no key (two edits in the first four letters, Soundex codes apart: "nikolaevich"
//! against "mikalayevich", 0.81), or through a whole name differing twice in its first four
//! letters. Measured on the samples and the evaluation set (tests/matching.rs): nothing lost
//! at the default threshold or above; at 75, 3 matches in 585, all scoring under 81.

use std::collections::HashMap;

use super::identifier::{imo_numbers, normalise_id, IdKind};
use super::normalise::{normalise, Script};
use super::score::{compare, jw_bound, letter_counts, token_pairs, Form, Outcome, WHOLE_FLOOR};
use super::screener::{Memory, Probe, Screener};
use super::variants::{split_names, Found};
use super::vocab::{start_keys, ByLen, FastMap, Vocab};
use super::{threshold_fraction, Basis, Match};
use crate::{Identifier, List, NameKind, Source};

/// Every loaded list's names, normalised and blocked; built once, screened many times.
#[derive(Debug, Clone, Default)]
pub struct Index {
    sources: Vec<Source>,
    entries: Vec<EntryInfo>,
    pub(super) rows: Vec<Row>,
    /// Each row's [`Cut`], by row.
    pub(super) cuts: Vec<Cut>,
    /// Every row's vocabulary ids, row after row: its tokens, then each adjacent pair of them
    /// run together ([`Index::tokens`], [`Index::merges`]).
    units: Vec<u32>,
    pub(super) vocab: Vocab,
    /// Rows by the keys of their run-together name's first four letters, by length: the
    /// whole-name score counts only near identity, which these find ([`Index::near_whole`]).
    wholes: FastMap<u64, ByLen>,
    /// Normalised identifier → the entries holding it.
    ids: HashMap<String, Vec<IdRef>>,
}

#[derive(Debug, Clone)]
struct EntryInfo {
    list: u32,
    entry: u32,
    reference: Box<str>,
    /// The entry's primary name, for a match by identifier.
    primary: Box<str>,
}

/// One name in one form: an alias (or a fragment of one), in Latin letters or in its script.
#[derive(Debug, Clone)]
pub(super) struct Row {
    pub(super) entry: u32,
    pub(super) name_index: u32,
    pub(super) kind: NameKind,
    /// `None`: the Latin form; otherwise the original script's.
    pub(super) script: Option<Script>,
    pub(super) text: Box<str>,
    pub(super) weights: Box<[f32]>,
    pub(super) compact: Box<str>,
}

/// What screening reads of a row to cut it before scoring, apart from the rows and small, so
/// that the many candidates cut each cost one read: where its vocabulary ids start in
/// `Index::units`, how many tokens it has, its script, and its whole name's length in
/// characters and letter counts ([`letter_counts`]) for the whole-name bound.
#[derive(Debug, Clone)]
pub(super) struct Cut {
    at: u32,
    tokens: u8,
    pub(super) script: Option<Script>,
    pub(super) len: u32,
    pub(super) letters: Option<[u8; 36]>,
}

#[derive(Debug, Clone)]
struct IdRef {
    entry: u32,
    kind: IdKind,
    identifier: Identifier,
}

impl Index {
    /// Indexes every name of every entry of `lists` (each alias, each "a.k.a." or "ex-"
    /// fragment, in Latin letters and in its own script) and every identifier.
    pub fn new(lists: &[List]) -> Index {
        let mut index = Index::default();
        for (li, list) in lists.iter().enumerate() {
            index.sources.push(list.source);
            for (ei, entry) in list.entries.iter().enumerate() {
                let eid = index.entries.len() as u32;
                index.entries.push(EntryInfo {
                    list: li as u32,
                    entry: ei as u32,
                    reference: entry.reference.as_str().into(),
                    primary: entry.names.first().map_or("", |n| n.text.as_str()).into(),
                });
                for (ni, name) in entry.names.iter().enumerate() {
                    for variant in split_names(&name.text) {
                        let kind = match variant.how {
                            Found::Whole => name.kind,
                            Found::Alias => NameKind::Alias { weak: false },
                            Found::Former => NameKind::Former,
                        };
                        let n = normalise(&variant.text);
                        let mut forms = vec![(None, n.tokens)];
                        forms.extend(n.original.map(|o| (Some(o.script), o.tokens)));
                        for (script, tokens) in forms {
                            index.add_row(eid, ni as u32, kind, script, &variant.text, tokens);
                        }
                    }
                }
                for identifier in &entry.identifiers {
                    if let Some(value) = normalise_id(&identifier.value) {
                        let kind = IdKind::of(&identifier.kind);
                        let at = IdRef {
                            entry: eid,
                            kind,
                            identifier: identifier.clone(),
                        };
                        index.ids.entry(value).or_default().push(at);
                    }
                }
            }
        }
        index.wholes.values_mut().for_each(ByLen::sort);
        index.vocab.finish();
        index.units.shrink_to_fit();
        index.cuts.shrink_to_fit();
        index
    }

    fn add_row(
        &mut self,
        entry: u32,
        name_index: u32,
        kind: NameKind,
        script: Option<Script>,
        text: &str,
        tokens: Vec<String>,
    ) {
        let form = Form::new(tokens);
        if form.tokens.is_empty() {
            return;
        }
        let row = self.rows.len() as u32;
        let ids: Vec<u32> = form
            .tokens
            .iter()
            .map(|t| self.vocab.intern(t, false))
            .collect();
        let merges: Vec<u32> = form
            .tokens
            .windows(2)
            .map(|w| self.vocab.intern(&w.concat(), true))
            .collect();
        for &id in ids.iter().chain(&merges) {
            self.vocab.post(id, row);
        }
        let len = form.compact.chars().count();
        self.cuts.push(Cut {
            at: self.units.len() as u32,
            tokens: ids.len() as u8,
            script,
            len: len.try_into().unwrap_or(u32::MAX),
            letters: letter_counts(&form.compact),
        });
        self.units.extend(ids.iter().chain(&merges));
        for key in start_keys(&form.compact) {
            self.wholes.entry(key).or_default().push(len, row);
        }
        self.rows.push(Row {
            entry,
            name_index,
            kind,
            script,
            text: text.into(),
            weights: form.weights.into(),
            compact: form.compact.into(),
        });
    }

    /// A row's vocabulary ids: its tokens, then each adjacent pair run together.
    pub(super) fn units(&self, row: u32) -> &[u32] {
        let cut = &self.cuts[row as usize];
        let n = usize::from(cut.tokens);
        &self.units[cut.at as usize..][..2 * n - 1]
    }

    /// A row's tokens, by vocabulary id.
    pub(super) fn tokens(&self, row: u32) -> &[u32] {
        &self.units(row)[..usize::from(self.cuts[row as usize].tokens)]
    }

    /// A row's adjacent pairs of tokens run together, by vocabulary id.
    pub(super) fn merges(&self, row: u32) -> &[u32] {
        &self.units(row)[usize::from(self.cuts[row as usize].tokens)..]
    }

    /// Screens one name: every entry with a name scoring `threshold` (0–100) or more, its best
    /// name only, the best entries first; entries found by an IMO number written in the name
    /// come first of all. For many names, a [`Screener`] is faster.
    pub fn screen(&self, name: &str, threshold: f64) -> Vec<Match> {
        self.screener().screen(name, threshold)
    }

    /// A screener for many names in a row (a shipment's parties, a register).
    pub fn screener(&self) -> Screener<'_> {
        Screener::new(self, Memory::default())
    }

    /// A screener that starts with what an earlier one on this same index remembered.
    pub fn resume(&self, memory: Memory) -> Screener<'_> {
        Screener::new(self, memory)
    }

    /// What [`Index::screen`] would return without blocking: every name scored. The reference
    /// the index is held to; it takes as long as the lists are long.
    pub fn scan(&self, name: &str, threshold: f64) -> Vec<Match> {
        let t = threshold_fraction(threshold);
        self.collect(name, |form, script| {
            let rows = self
                .rows
                .iter()
                .enumerate()
                .filter(|(_, r)| r.script == script);
            rows.map(|(i, _)| (i as u32, compare(form, &self.form_of(i as u32))))
                .filter(|(_, o)| o.score >= t)
                .collect()
        })
    }

    /// Screens each name (and IMO number) in `name`; `hits` gives the rows of a script whose
    /// outcome against a query form reaches the threshold.
    pub(super) fn collect(
        &self,
        name: &str,
        mut hits: impl FnMut(&Form, Option<Script>) -> Vec<(u32, Outcome)>,
    ) -> Vec<Match> {
        let mut best: HashMap<u32, Match> = HashMap::new();
        for variant in split_names(name) {
            let n = normalise(&variant.text);
            let mut latin = n.tokens;
            for (at, number) in imo_numbers(&latin).into_iter().rev() {
                for m in self.screen_identifier(Some(IdKind::Imo), &number) {
                    keep(&mut best, self.entry_id(&m), m);
                }
                for i in at.into_iter().rev() {
                    latin.remove(i);
                }
            }
            let mut forms = vec![(None, Form::new(latin))];
            forms.extend(n.original.map(|o| (Some(o.script), Form::new(o.tokens))));
            for (script, form) in &forms {
                if form.tokens.is_empty() {
                    continue;
                }
                for (row, o) in hits(form, *script) {
                    let entry = self.rows[row as usize].entry;
                    keep(&mut best, entry, self.to_match(form, row, &o));
                }
            }
        }
        let mut out: Vec<Match> = best.into_values().collect();
        out.sort_by(|a, b| {
            b.by_identifier
                .cmp(&a.by_identifier)
                .then(b.score.total_cmp(&a.score))
                .then((a.list, a.entry).cmp(&(b.list, b.entry)))
        });
        out
    }

    /// The rows whose whole name may be near enough `compact` for its score to count: same
    /// start within one edit (the keys of the first four letters), length within reach. Added
    /// to `rows`, unsorted, with repeats.
    pub(super) fn near_whole(&self, compact: &str, rows: &mut Vec<u32>) {
        let n = compact.chars().count();
        // The lengths within reach lie around n (the bound falls as they part): from the first
        // of them to the last (any between is cut by the letters' bound all the same).
        let mut reach = ((n / 2).max(1)..=2 * n).filter(|&len| jw_bound(n, len) >= WHOLE_FLOOR);
        let Some(shortest) = reach.next() else {
            return;
        };
        let longest = reach.next_back().unwrap_or(shortest);
        for k in start_keys(compact) {
            if let Some(wholes) = self.wholes.get(&k) {
                rows.extend_from_slice(wholes.within(shortest..=longest));
            }
        }
    }

    /// The rows to score: those holding a token similar to one of the query tokens read, the
    /// rarest first, until the tokens left weigh less than `t` of the query. Added to `rows`,
    /// unsorted, with repeats.
    pub(super) fn candidates(&self, probe: &Probe, t: f64, rows: &mut Vec<u32>) {
        let n = probe.form.tokens.len();
        let sims_of = |i: usize| {
            let before = i.checked_sub(1).map(|j| &probe.merges[j]);
            let after = probe.merges.get(i);
            let all = std::iter::once(&probe.singles[i])
                .chain(before)
                .chain(after);
            all.flat_map(|s| s.found.iter())
        };
        let cost = |i: usize| -> usize {
            let before = i.checked_sub(1).map_or(0, |j| probe.merges[j].rows);
            let after = probe.merges.get(i).map_or(0, |s| s.rows);
            probe.singles[i].rows + before + after
        };
        let mut order: Vec<(usize, usize)> = (0..n).map(|i| (cost(i), i)).collect();
        order.sort_unstable();
        let total: f64 = probe.form.weights.iter().map(|&w| f64::from(w)).sum();
        let mut left = total;
        for (_, i) in order {
            if left + 1e-9 < t * total {
                break;
            }
            left -= f64::from(probe.form.weights[i]);
            for &(id, _) in sims_of(i) {
                rows.extend_from_slice(&self.vocab.postings[id as usize]);
            }
        }
    }

    pub(super) fn form_of(&self, row: u32) -> Form {
        Form::new(
            self.tokens(row)
                .iter()
                .map(|&id| self.vocab.text[id as usize].to_string())
                .collect(),
        )
    }

    pub(super) fn to_match(&self, form: &Form, id: u32, o: &Outcome) -> Match {
        let row = &self.rows[id as usize];
        let e = &self.entries[row.entry as usize];
        Match {
            list: e.list as usize,
            source: self.sources[e.list as usize],
            entry: e.entry as usize,
            reference: e.reference.to_string(),
            name_index: row.name_index as usize,
            name: row.text.to_string(),
            name_kind: row.kind,
            score: 100.0 * o.score,
            basis: if o.token >= o.whole {
                Basis::Tokens
            } else {
                Basis::WholeName
            },
            tokens: token_pairs(form, &self.form_of(id), &o.pairs),
            by_identifier: false,
            identifier: None,
        }
    }

    /// Entries holding this identifier exactly (letters and digits compared, "IMO" dropped
    /// before a number): score 100, `by_identifier`. With a kind, only identifiers of that kind.
    pub fn screen_identifier(&self, kind: Option<IdKind>, value: &str) -> Vec<Match> {
        let Some(v) = normalise_id(value) else {
            return Vec::new();
        };
        let mut out: Vec<Match> = Vec::new();
        for at in self.ids.get(&v).into_iter().flatten() {
            if kind.is_some_and(|k| k != at.kind)
                || out.iter().any(|m| self.entry_id(m) == at.entry)
            {
                continue;
            }
            let e = &self.entries[at.entry as usize];
            out.push(Match {
                list: e.list as usize,
                source: self.sources[e.list as usize],
                entry: e.entry as usize,
                reference: e.reference.to_string(),
                name_index: 0,
                name: e.primary.to_string(),
                name_kind: NameKind::Primary,
                score: 100.0,
                basis: Basis::Identifier,
                tokens: Vec::new(),
                by_identifier: true,
                identifier: Some(at.identifier.clone()),
            });
        }
        out
    }

    fn entry_id(&self, m: &Match) -> u32 {
        // Entries are numbered list by list, in order, so the first of a list gives the rest.
        let first = self.entries.partition_point(|e| (e.list as usize) < m.list);
        (first + m.entry) as u32
    }

    /// How many names (rows: each alias or fragment, in each of its forms) the index holds.
    pub fn names(&self) -> usize {
        self.rows.len()
    }

    /// Approximate heap bytes the index holds (strings, vectors, hash tables at capacity).
    pub fn memory_bytes(&self) -> usize {
        use std::mem::size_of;
        let vec = |cap: usize, item: usize| cap * item;
        let map = |cap: usize, item: usize| cap * (item + 1);
        let rows: usize = self
            .rows
            .iter()
            .map(|r| r.text.len() + r.compact.len() + 4 * r.weights.len())
            .sum::<usize>()
            + vec(self.rows.capacity(), size_of::<Row>())
            + vec(self.cuts.capacity(), size_of::<Cut>())
            + vec(self.units.capacity(), 4);
        let entries: usize = self
            .entries
            .iter()
            .map(|e| e.reference.len() + e.primary.len())
            .sum::<usize>()
            + vec(self.entries.capacity(), size_of::<EntryInfo>());
        let v = &self.vocab;
        let text: usize = v.text.iter().map(|t| 2 * t.len()).sum();
        let postings: usize = v
            .postings
            .iter()
            .map(|p| vec(p.capacity(), 4))
            .sum::<usize>()
            + vec(v.postings.capacity(), size_of::<Vec<u32>>());
        let keys: usize = [&v.keys, &v.merged_keys]
            .iter()
            .map(|m| {
                m.values().map(ByLen::bytes).sum::<usize>()
                    + map(m.capacity(), size_of::<(u64, ByLen)>())
            })
            .sum();
        let vocab = text
            + postings
            + keys
            + map(v.ids.capacity(), size_of::<(Box<str>, u32)>())
            + vec(v.text.capacity(), size_of::<Box<str>>())
            + vec(v.meta.capacity(), size_of::<super::vocab::Meta>());
        let wholes: usize = self.wholes.values().map(ByLen::bytes).sum::<usize>()
            + map(self.wholes.capacity(), size_of::<(u64, ByLen)>());
        let ids: usize = self
            .ids
            .iter()
            .map(|(k, refs)| {
                k.len()
                    + refs
                        .iter()
                        .map(|r| r.identifier.kind.len() + r.identifier.value.len())
                        .sum::<usize>()
                    + vec(refs.capacity(), size_of::<IdRef>())
            })
            .sum::<usize>()
            + map(self.ids.capacity(), size_of::<(String, Vec<IdRef>)>());
        rows + entries + vocab + wholes + ids
    }
}

/// Keeps an entry's best match: an identifier's over a name's, then the higher score, then
/// the earlier name.
fn keep(best: &mut HashMap<u32, Match>, entry: u32, m: Match) {
    match best.get(&entry) {
        Some(old)
            if (
                old.by_identifier,
                old.score,
                std::cmp::Reverse(old.name_index),
            ) >= (m.by_identifier, m.score, std::cmp::Reverse(m.name_index)) => {}
        _ => {
            best.insert(entry, m);
        }
    }
}
