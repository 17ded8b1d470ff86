//! Screening names one after another against an index: each query token's similar
//! vocabulary found once and remembered, candidate rows gathered and cut before scoring.

use std::collections::HashMap;
use std::rc::Rc;

use super::index::{Index, Row};
use super::score::{counted, outcome, run_together_fits, Form, Letters, Unit, WHOLE_FLOOR};
use super::vocab::{FastMap, Vocab};
use super::{threshold_fraction, Match};

/// A query form ready to look up: its tokens' similar vocabulary, per token and per adjacent
/// pair run together, with their lengths.
pub(super) struct Probe<'a> {
    pub(super) form: &'a Form,
    pub(super) singles: Vec<Sims>,
    pub(super) merges: Vec<Sims>,
}

pub(super) struct Sims {
    pub(super) len: usize,
    pub(super) found: Rc<[(u32, f64)]>,
}

impl Probe<'_> {
    /// The pair score of a query unit and a row's unit, as [`compare`] would compute it.
    fn pair(&self, vocab: &Vocab, row: &Row, q: Unit, l: Unit) -> f64 {
        let sims = if q.len == 1 {
            &self.singles[q.start]
        } else {
            &self.merges[q.start]
        };
        let id = if l.len == 1 {
            row.tokens[l.start]
        } else {
            row.merges[l.start]
        };
        let run_together = q.len + l.len > 2;
        if run_together && !run_together_fits(sims.len, vocab.tok(id).len) {
            return 0.0;
        }
        let found = &sims.found;
        let s = found
            .binary_search_by_key(&id, |&(v, _)| v)
            .map_or(0.0, |i| found[i].1);
        counted(s, run_together)
    }
}

/// Screens names one after another against one index, remembering what each query token found
/// in the vocabulary: a register's parties share most of their words.
pub struct Screener<'a> {
    index: &'a Index,
    found: HashMap<(Box<str>, bool), Found>,
}

/// The vocabulary a query token pairs with, by id, and the pair scores.
type Found = Rc<[(u32, f64)]>;

/// Tokens remembered at most; past it the memory starts again (a register's words fit).
const REMEMBERED: usize = 100_000;

/// What a [`Screener`] remembered, kept between batches of names screened against the same
/// index ([`Index::resume`]). Only for that index: its vocabulary ids mean nothing to another.
#[derive(Default)]
pub struct Memory {
    found: HashMap<(Box<str>, bool), Found>,
}

impl<'a> Screener<'a> {
    pub(super) fn new(index: &'a Index, memory: Memory) -> Screener<'a> {
        Screener {
            index,
            found: memory.found,
        }
    }

    /// What this screener remembered, to screen more names against the same index later.
    pub fn into_memory(self) -> Memory {
        Memory { found: self.found }
    }

    /// As [`Index::screen`].
    pub fn screen(&mut self, name: &str, threshold: f64) -> Vec<Match> {
        let t = threshold_fraction(threshold);
        let index = self.index;
        index.collect(name, |form, script| {
            let probe = Probe {
                form,
                singles: form
                    .tokens
                    .iter()
                    .map(|q| self.sims(q.clone(), false))
                    .collect(),
                merges: form
                    .tokens
                    .windows(2)
                    .map(|w| self.sims(w.concat(), true))
                    .collect(),
            };
            let mut rows = index.candidates(&probe, t);
            rows.extend(index.near_whole(&form.compact));
            rows.sort_unstable();
            rows.dedup();
            // Which query tokens each vocabulary token found pairs with, to skip a row that
            // cannot reach the threshold before scoring it.
            let mut reach: FastMap<u32, u64> = FastMap::default();
            for (i, s) in probe.singles.iter().enumerate() {
                for &(id, _) in s.found.iter() {
                    *reach.entry(id).or_default() |= 1 << i;
                }
            }
            for (i, s) in probe.merges.iter().enumerate() {
                for &(id, _) in s.found.iter() {
                    *reach.entry(id).or_default() |= 3 << i;
                }
            }
            let total: f32 = form.weights.iter().sum();
            let whole_needed = t.max(WHOLE_FLOOR);
            let letters = Letters::new(&form.compact);
            rows.into_iter()
                .filter(|&r| {
                    let row = &index.rows[r as usize];
                    if row.script != script {
                        return false;
                    }
                    let ids = row.tokens.iter().chain(row.merges.iter());
                    let mask = ids.fold(0u64, |m, id| m | reach.get(id).copied().unwrap_or(0));
                    let reachable: f32 = (0..form.weights.len())
                        .filter(|i| mask & (1 << i) != 0)
                        .map(|i| form.weights[i])
                        .sum();
                    // The token score is at most the reachable share of the query's weight.
                    f64::from(reachable) + 1e-6 >= t * f64::from(total)
                        || letters.bound(&row.compact) >= whole_needed
                })
                .map(|r| {
                    let row = &index.rows[r as usize];
                    let pair = |q, l| probe.pair(&index.vocab, row, q, l);
                    (r, outcome(form, &row.compact, &row.weights, pair))
                })
                .filter(|(_, o)| o.score >= t)
                .collect()
        })
    }

    fn sims(&mut self, token: String, run_together: bool) -> Sims {
        let len = token.chars().count();
        if self.found.len() >= REMEMBERED {
            self.found.clear();
        }
        let vocab = &self.index.vocab;
        let found = self
            .found
            .entry((token.into_boxed_str(), run_together))
            .or_insert_with_key(|(t, r)| vocab.similar(t, *r).into())
            .clone();
        Sims { len, found }
    }
}
