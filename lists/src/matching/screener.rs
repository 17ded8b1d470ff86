//! Screening names one after another against an index: each query token's similar
//! vocabulary found once and remembered, candidate rows gathered and cut before scoring, and
//! each query form's rows remembered (bounded) for the next time the register names it.

use std::cell::RefCell;
use std::rc::Rc;

use super::index::{Cut, Index};
use super::normalise::Script;
use super::score::{
    counted, outcome, run_together_fits, Form, Letters, Outcome, Unit, WHOLE_FLOOR,
};
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
    /// How many rows the tokens found hold, with repeats: what reading them costs.
    pub(super) rows: usize,
}

impl Probe<'_> {
    /// The pair score of a query unit and a row's unit, as [`compare`] would compute it.
    /// `tokens` and `merges` are the row's ([`Index::tokens`], [`Index::merges`]).
    fn pair(&self, vocab: &Vocab, tokens: &[u32], merges: &[u32], q: Unit, l: Unit) -> f64 {
        let sims = if q.len == 1 {
            &self.singles[q.start]
        } else {
            &self.merges[q.start]
        };
        let id = if l.len == 1 {
            tokens[l.start]
        } else {
            merges[l.start]
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
/// in the vocabulary (a register's parties share most of their words) and what each whole
/// query form and each name found (a register repeats its parties).
pub struct Screener<'a> {
    index: &'a Index,
    memory: Memory,
    /// Two tokens run together, written here to look them up.
    merged: String,
}

/// The vocabulary a query token pairs with, by id, and the pair scores; how many rows they
/// hold.
type Found = (Rc<[(u32, f64)]>, usize);

/// Tokens remembered at most; past it the memory starts again (a register's words fit).
const REMEMBERED: usize = 100_000;

/// Query forms whose rows are remembered, and names whose matches are, per generation
/// ([`Recent`]): at most twice as many of each, the most recently screened kept. 7/8 of a
/// power of two, the most a hash table of that many slots holds (about 9 MB in all, full).
const FORMS_REMEMBERED: usize = 28_672;
const NAMES_REMEMBERED: usize = 28_672;

/// Keys longer than this (in bytes) are not remembered, so that the memory stays small
/// whatever a register holds.
const LONGEST_REMEMBERED: usize = 256;

/// What a [`Screener`] remembered, kept between batches of names screened against the same
/// index ([`Index::resume`]). Only for that index: its vocabulary ids mean nothing to another.
#[derive(Default)]
pub struct Memory {
    /// By query token, and by two adjacent ones run together.
    found: FastMap<Box<str>, Found>,
    found_merged: FastMap<Box<str>, Found>,
    /// By [`form_key`]: the rows (and outcomes) reaching the threshold.
    forms: Recent<Box<[(u32, Outcome)]>>,
    /// Names as given, screened at `names_threshold` (a register repeats its parties word for
    /// word): their matches.
    names: Recent<Box<[Match]>>,
    names_threshold: u64,
}

/// A bounded memory: when the newer generation fills, it becomes the older and the oldest is
/// dropped; a key found in the older one moves to the newer.
struct Recent<V> {
    new: FastMap<Box<str>, V>,
    old: FastMap<Box<str>, V>,
}

impl<V> Default for Recent<V> {
    fn default() -> Self {
        Recent {
            new: FastMap::default(),
            old: FastMap::default(),
        }
    }
}

impl<V> Recent<V> {
    fn get(&mut self, key: &str, most: usize) -> Option<&V> {
        if !self.new.contains_key(key) {
            let (key, value) = self.old.remove_entry(key)?;
            self.insert(key, value, most);
        }
        self.new.get(key)
    }

    fn insert(&mut self, key: Box<str>, value: V, most: usize) {
        if key.len() > LONGEST_REMEMBERED {
            return;
        }
        if self.new.len() >= most {
            self.old = std::mem::take(&mut self.new);
        }
        self.new.insert(key, value);
    }

    fn clear(&mut self) {
        self.new.clear();
        self.old.clear();
    }
}

/// A query form's key: its script, the threshold's bits and its tokens, each after its
/// length, so that no two forms share one.
fn form_key(form: &Form, script: Option<Script>, t: f64) -> Box<str> {
    use std::fmt::Write;
    let mut key = String::with_capacity(form.compact.len() + 4 * form.tokens.len() + 24);
    let _ = write!(key, "{script:?}/{:x}", t.to_bits());
    for token in &form.tokens {
        let _ = write!(key, "/{}:{token}", token.len());
    }
    key.into_boxed_str()
}

/// Reused between names: which query units each vocabulary token pairs with (all zero between
/// names), and which rows were already gathered for the current form (`seen[row] == stamp`).
/// Any index can use it, grown to its size: one per thread, so that [`Index::screen`]'s
/// screener of one name does not allocate and clear arrays as long as the vocabulary.
#[derive(Default)]
struct Scratch {
    reach: Vec<u32>,
    seen: Vec<u32>,
    stamp: u32,
    rows: Vec<u32>,
}

impl Scratch {
    /// Grown to `index`'s size (never shrunk: the invariants hold for any index).
    fn fit(&mut self, index: &Index) {
        let (vocab, rows) = (index.vocab.text.len(), index.rows.len());
        if self.reach.len() < vocab {
            self.reach.resize(vocab, 0);
        }
        if self.seen.len() < rows {
            self.seen.resize(rows, 0);
        }
    }

    /// A new stamp: no row seen yet.
    fn stamp(&mut self) {
        if self.stamp == u32::MAX {
            self.seen.fill(0);
            self.stamp = 0;
        }
        self.stamp += 1;
    }

    /// The rows gathered from `from` on, without those seen since the stamp.
    fn dedup_from(&mut self, from: usize) {
        let (seen, stamp) = (&mut self.seen, self.stamp);
        let mut kept = from;
        for i in from..self.rows.len() {
            let r = self.rows[i];
            if seen[r as usize] != stamp {
                seen[r as usize] = stamp;
                self.rows[kept] = r;
                kept += 1;
            }
        }
        self.rows.truncate(kept);
    }
}

impl<'a> Screener<'a> {
    pub(super) fn new(index: &'a Index, memory: Memory) -> Screener<'a> {
        Screener {
            index,
            memory,
            merged: String::new(),
        }
    }

    /// What this screener remembered, to screen more names against the same index later.
    pub fn into_memory(self) -> Memory {
        self.memory
    }

    /// As [`Index::screen`].
    pub fn screen(&mut self, name: &str, threshold: f64) -> Vec<Match> {
        let t = threshold_fraction(threshold);
        if self.memory.names_threshold != t.to_bits() {
            self.memory.names.clear();
            self.memory.names_threshold = t.to_bits();
        }
        if let Some(found) = self.memory.names.get(name, NAMES_REMEMBERED) {
            return found.to_vec();
        }
        let index = self.index;
        let found = index.collect(name, |form, script| {
            let key = form_key(form, script, t);
            if let Some(hits) = self.memory.forms.get(&key, FORMS_REMEMBERED) {
                return hits.to_vec();
            }
            let hits = self.hits(form, script, t);
            let kept = hits.clone().into_boxed_slice();
            self.memory.forms.insert(key, kept, FORMS_REMEMBERED);
            hits
        });
        let kept = found.clone().into_boxed_slice();
        self.memory
            .names
            .insert(name.into(), kept, NAMES_REMEMBERED);
        found
    }

    /// The rows of `script` whose outcome against `form` reaches `t`, by row.
    fn hits(&mut self, form: &Form, script: Option<Script>, t: f64) -> Vec<(u32, Outcome)> {
        thread_local! {
            static SCRATCH: RefCell<Scratch> = RefCell::default();
        }
        SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut scratch) => self.hits_with(&mut scratch, form, script, t),
            Err(_) => self.hits_with(&mut Scratch::default(), form, script, t),
        })
    }

    fn hits_with(
        &mut self,
        scratch: &mut Scratch,
        form: &Form,
        script: Option<Script>,
        t: f64,
    ) -> Vec<(u32, Outcome)> {
        let index = self.index;
        let singles = form.tokens.iter().map(|q| self.sims(q, false)).collect();
        let mut merged = std::mem::take(&mut self.merged);
        let merges = (form.tokens.windows(2))
            .map(|w| {
                merged.clear();
                merged.push_str(&w[0]);
                merged.push_str(&w[1]);
                self.sims(&merged, true)
            })
            .collect();
        self.merged = merged;
        let probe = Probe {
            form,
            singles,
            merges,
        };
        scratch.fit(index);
        scratch.rows.clear();
        scratch.stamp();
        index.candidates(&probe, t, &mut scratch.rows);
        scratch.dedup_from(0);
        let by_tokens = scratch.rows.len();
        index.near_whole(&form.compact, &mut scratch.rows);
        scratch.dedup_from(by_tokens);
        let reach = &mut scratch.reach;
        for (i, s) in probe.singles.iter().enumerate() {
            for &(id, _) in s.found.iter() {
                reach[id as usize] |= 1 << i;
            }
        }
        for (i, s) in probe.merges.iter().enumerate() {
            for &(id, _) in s.found.iter() {
                reach[id as usize] |= 3 << i;
            }
        }
        let reach = &*reach;
        let weights = &form.weights;
        let total: f32 = weights.iter().sum();
        let whole_needed = t.max(WHOLE_FLOOR);
        let letters = Letters::new(&form.compact);
        let near_whole = |cut: &Cut| {
            letters.bound_counts(cut.letters.as_ref(), cut.len as usize) >= whole_needed
        };
        let (tokens_found, whole_found) = scratch.rows.split_at(by_tokens);
        let by_tokens = tokens_found.iter().copied().filter(|&r| {
            let cut = &index.cuts[r as usize];
            if cut.script != script {
                return false;
            }
            let mask = (index.units(r).iter()).fold(0u32, |m, &id| m | reach[id as usize]);
            let reachable: f32 = (0..weights.len())
                .filter(|i| mask & (1 << i) != 0)
                .map(|i| weights[i])
                .sum();
            // The token score is at most the reachable share of the query's weight.
            f64::from(reachable) + 1e-6 >= t * f64::from(total) || near_whole(cut)
        });
        // A row holding none of the tokens read reaches the threshold by its whole name or not
        // at all: the tokens left unread weigh less than the threshold's share.
        let by_whole = whole_found.iter().copied().filter(|&r| {
            let cut = &index.cuts[r as usize];
            cut.script == script && near_whole(cut)
        });
        let mut kept: Vec<u32> = by_tokens.chain(by_whole).collect();
        for s in probe.singles.iter().chain(&probe.merges) {
            for &(id, _) in s.found.iter() {
                scratch.reach[id as usize] = 0;
            }
        }
        // In row order, as a sorted gathering gave them: of equal scores the earlier row wins.
        kept.sort_unstable();
        kept.into_iter()
            .map(|r| {
                let (tokens, merges) = (index.tokens(r), index.merges(r));
                let pair = |q, l| probe.pair(&index.vocab, tokens, merges, q, l);
                let row = &index.rows[r as usize];
                (r, outcome(form, &letters, &row.compact, &row.weights, pair))
            })
            .filter(|(_, o)| o.score >= t)
            .collect()
    }

    fn sims(&mut self, token: &str, run_together: bool) -> Sims {
        let len = token.chars().count();
        let memory = if run_together {
            &mut self.memory.found_merged
        } else {
            &mut self.memory.found
        };
        let (found, rows) = match memory.get(token) {
            Some(known) => known.clone(),
            None => {
                let vocab = &self.index.vocab;
                let found = vocab.similar(token, run_together);
                let rows = found
                    .iter()
                    .map(|&(id, _)| vocab.postings[id as usize].len());
                let known: Found = (found.as_slice().into(), rows.sum());
                if memory.len() >= REMEMBERED {
                    memory.clear();
                }
                memory.insert(token.into(), known.clone());
                known
            }
        };
        Sims { len, found, rows }
    }
}
