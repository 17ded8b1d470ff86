//! The vocabulary of an index: every distinct token of the listed names (and each adjacent
//! pair run together), its blocking keys, and the rows holding it.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::RangeInclusive;

use super::phonetic::soundex;
use super::score::{counted, pair_at_floor, run_together_fits, Tok};

/// A hash map with a multiply-rotate hasher (FxHash's): the keys are ids and packed letters,
/// never attacker-chosen in a way that matters, and SipHash costs more than the lookups.
pub(super) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fast>>;

#[derive(Default, Clone, Copy)]
pub(super) struct Fast(u64);

impl Hasher for Fast {
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes a round: the screener's memory is keyed by words and names.
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

#[derive(Debug, Clone, Default)]
pub(super) struct Vocab {
    pub(super) ids: HashMap<Box<str>, u32>,
    pub(super) text: Vec<Box<str>>,
    /// What pairing reads of each token besides its letters, side by side: a look-up weighs
    /// many tokens and keeps few.
    pub(super) meta: Vec<Meta>,
    /// Rows holding each token.
    pub(super) postings: Vec<Vec<u32>>,
    pub(super) keys: FastMap<u64, ByLen>,
    /// Keys of the tokens only seen run together.
    pub(super) merged_keys: FastMap<u64, ByLen>,
}

/// Ids (of tokens, or of rows) under one key, shortest first, each once, with their lengths
/// in characters (past `u16::MAX` counted as that): a look-up often wants only the lengths
/// within reach of its own. Sorted by [`ByLen::sort`] once everything is in.
#[derive(Debug, Clone, Default)]
pub(super) struct ByLen {
    lens: Vec<u16>,
    ids: Vec<u32>,
}

impl ByLen {
    pub(super) fn push(&mut self, len: usize, id: u32) {
        self.lens.push(len.min(usize::from(u16::MAX)) as u16);
        self.ids.push(id);
    }

    pub(super) fn sort(&mut self) {
        let mut pairs: Vec<(u16, u32)> = self
            .lens
            .iter()
            .copied()
            .zip(self.ids.iter().copied())
            .collect();
        pairs.sort_unstable();
        pairs.dedup();
        (self.lens, self.ids) = pairs.into_iter().unzip();
    }

    pub(super) fn all(&self) -> &[u32] {
        &self.ids
    }

    /// The ids whose lengths are within `lens` (those past `u16::MAX` at its end).
    pub(super) fn within(&self, lens: RangeInclusive<usize>) -> &[u32] {
        let kept = |len: usize| len.min(usize::from(u16::MAX));
        let at = |len: usize| self.lens.partition_point(|&l| usize::from(l) < len);
        let (start, end) = (kept(*lens.start()), kept(*lens.end()));
        if start > end {
            return &[];
        }
        &self.ids[at(start)..at(end + 1)]
    }

    /// Heap bytes at capacity.
    pub(super) fn bytes(&self) -> usize {
        2 * self.lens.capacity() + 4 * self.ids.capacity()
    }
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Meta {
    /// Length in characters, computed once.
    len: u16,
    soundex: Option<[u8; 4]>,
    ascii: bool,
    /// Seen only as two tokens run together (never paired with a query's own run-together).
    merged_only: bool,
}

impl Vocab {
    pub(super) fn intern(&mut self, token: &str, merged: bool) -> u32 {
        if let Some(&id) = self.ids.get(token) {
            if !merged && self.meta[id as usize].merged_only {
                self.meta[id as usize].merged_only = false;
                self.add_keys(id, false);
            }
            return id;
        }
        let id = self.text.len() as u32;
        self.ids.insert(token.into(), id);
        let tok = Tok::new(token);
        self.text.push(token.into());
        self.meta.push(Meta {
            len: tok.len.min(usize::from(u16::MAX)) as u16,
            soundex: tok.soundex,
            ascii: tok.ascii,
            merged_only: merged,
        });
        self.postings.push(Vec::new());
        self.add_keys(id, merged);
        id
    }

    /// A token is reached by its keys, and by its length within them: a token only ever seen
    /// run together, or a query's two tokens run together, pairs only with a token of about
    /// its length ([`run_together_fits`]).
    fn add_keys(&mut self, id: u32, merged: bool) {
        let len = usize::from(self.meta[id as usize].len);
        for key in keys(&self.text[id as usize]) {
            let map = if merged {
                &mut self.merged_keys
            } else {
                &mut self.keys
            };
            map.entry(key).or_default().push(len, id);
        }
    }

    /// Once every token is in: the keys' ids sorted by length.
    pub(super) fn finish(&mut self) {
        for list in self.keys.values_mut().chain(self.merged_keys.values_mut()) {
            list.sort();
        }
    }

    pub(super) fn post(&mut self, id: u32, row: u32) {
        let list = &mut self.postings[id as usize];
        if list.last() != Some(&row) {
            list.push(row);
        }
    }

    pub(super) fn tok(&self, id: u32) -> Tok<'_> {
        let (i, meta) = (id as usize, &self.meta[id as usize]);
        Tok {
            text: &self.text[i],
            len: usize::from(meta.len),
            soundex: meta.soundex,
            ascii: meta.ascii,
        }
    }

    /// The vocabulary tokens pairing with `token` at or above the floor, by id.
    /// `run_together`: the query's token is two run together; it pairs with single tokens only.
    pub(super) fn similar(&self, token: &str, run_together: bool) -> Vec<(u32, f64)> {
        let q = Tok::new(token);
        // The lengths a run-together unit pairs with, either side of it.
        let fits = (4 * q.len).div_ceil(5)..=(5 * q.len / 4);
        let mut ids: Vec<u32> = Vec::new();
        for k in keys(token) {
            if let Some(list) = self.keys.get(&k) {
                let found = if run_together {
                    list.within(fits.clone())
                } else {
                    list.all()
                };
                ids.extend_from_slice(found);
            }
            if !run_together {
                if let Some(list) = self.merged_keys.get(&k) {
                    ids.extend_from_slice(list.within(fits.clone()));
                }
            }
        }
        ids.sort_unstable();
        ids.dedup();
        ids.into_iter()
            .filter_map(|id| {
                // A token only ever seen run together pairs only as a respacing of it.
                let meta = &self.meta[id as usize];
                let merged = meta.merged_only;
                if (merged && run_together)
                    || ((merged || run_together)
                        && !run_together_fits(q.len, usize::from(meta.len)))
                {
                    return None;
                }
                let s = pair_at_floor(&q, &self.tok(id))?;
                (counted(s, run_together || merged) > 0.0).then_some((id, s))
            })
            .collect()
    }
}

/// The letter keys of a name's first four letters (no Soundex).
pub(super) fn start_keys(compact: &str) -> Vec<u64> {
    let start: String = compact.chars().take(4).collect();
    keys(&start).into_iter().filter(|k| k >> 63 == 0).collect()
}

/// A token's blocking keys: letters packed 21 bits each (three at most), Soundex tagged by
/// the top bit. Tokens of two letters or fewer pair only when equal: their one key is whole.
fn keys(token: &str) -> Vec<u64> {
    let c: Vec<u64> = token.chars().map(u64::from).collect();
    let pack = |a: u64, b: u64, d: u64| (a << 42) | (b << 21) | d;
    let mut out = match c.len() {
        0 => Vec::new(),
        1 => vec![pack(c[0], 0, 0)],
        2 => vec![pack(c[0], c[1], 0)],
        3 => vec![
            pack(c[0], c[1], c[2]),
            pack(c[1], c[2], 0),
            pack(c[0], c[2], 0),
            pack(c[0], c[1], 0),
        ],
        _ => vec![
            pack(c[0], c[1], c[2]),
            pack(c[1], c[2], c[3]),
            pack(c[0], c[2], c[3]),
            pack(c[0], c[1], c[3]),
        ],
    };
    if c.len() > 2 {
        if let Some(code) = soundex(token) {
            out.push((1 << 63) | u64::from(u32::from_be_bytes(code)));
        }
    }
    out
}
