//! The vocabulary of an index: every distinct token of the listed names (and each adjacent
//! pair run together), its blocking keys, and the rows holding it.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::phonetic::soundex;
use super::score::{counted, pair_at_floor, run_together_fits, Tok};

/// A hash map with a multiply-rotate hasher (FxHash's): the keys are ids and packed letters,
/// never attacker-chosen in a way that matters, and SipHash costs more than the lookups.
pub(super) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fast>>;

#[derive(Default, Clone, Copy)]
pub(super) struct Fast(u64);

impl Hasher for Fast {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
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
    /// Each token's length in characters and Soundex code, computed once.
    pub(super) len: Vec<u16>,
    pub(super) soundex: Vec<Option<[u8; 4]>>,
    /// Seen only as two tokens run together (never paired with a query's own run-together).
    pub(super) merged_only: Vec<bool>,
    /// Rows holding each token.
    pub(super) postings: Vec<Vec<u32>>,
    pub(super) keys: FastMap<u64, Vec<u32>>,
    /// Keys of the tokens only seen run together, with their lengths ([`with_len`]).
    pub(super) merged_keys: FastMap<u64, Vec<u32>>,
}

impl Vocab {
    pub(super) fn intern(&mut self, token: &str, merged: bool) -> u32 {
        if let Some(&id) = self.ids.get(token) {
            if !merged && self.merged_only[id as usize] {
                self.merged_only[id as usize] = false;
                self.add_keys(id, false);
            }
            return id;
        }
        let id = self.text.len() as u32;
        self.ids.insert(token.into(), id);
        let tok = Tok::new(token);
        self.text.push(token.into());
        self.len.push(tok.len.min(usize::from(u16::MAX)) as u16);
        self.soundex.push(tok.soundex);
        self.merged_only.push(merged);
        self.postings.push(Vec::new());
        self.add_keys(id, merged);
        id
    }

    /// A token is reached by its keys; one only ever seen run together, by its keys and its
    /// length, since it pairs only with a token of about its length ([`run_together_fits`]).
    fn add_keys(&mut self, id: u32, merged: bool) {
        let len = usize::from(self.len[id as usize]);
        for key in keys(&self.text[id as usize]) {
            let map = if merged {
                &mut self.merged_keys
            } else {
                &mut self.keys
            };
            let key = if merged { with_len(key, len) } else { key };
            map.entry(key).or_default().push(id);
        }
    }

    pub(super) fn post(&mut self, id: u32, row: u32) {
        let list = &mut self.postings[id as usize];
        if list.last() != Some(&row) {
            list.push(row);
        }
    }

    pub(super) fn tok(&self, id: u32) -> Tok<'_> {
        let i = id as usize;
        Tok {
            text: &self.text[i],
            len: usize::from(self.len[i]),
            soundex: self.soundex[i],
        }
    }

    /// The vocabulary tokens pairing with `token` at or above the floor, by id.
    /// `run_together`: the query's token is two run together; it pairs with single tokens only.
    pub(super) fn similar(&self, token: &str, run_together: bool) -> Vec<(u32, f64)> {
        let q = Tok::new(token);
        let keys = keys(token);
        let mut ids: Vec<u32> = keys
            .iter()
            .filter_map(|k| self.keys.get(k))
            .flatten()
            .copied()
            .collect();
        if !run_together {
            let lens = (4 * q.len).div_ceil(5)..=(5 * q.len / 4);
            for len in lens {
                let found = keys
                    .iter()
                    .filter_map(|&k| self.merged_keys.get(&with_len(k, len)));
                ids.extend(found.flatten());
            }
        }
        ids.sort_unstable();
        ids.dedup();
        ids.into_iter()
            .filter(|&id| {
                // A token only ever seen run together pairs only as a respacing of it.
                let merged = self.merged_only[id as usize];
                !(merged && run_together)
                    && (!(merged || run_together) || run_together_fits(q.len, self.tok(id).len))
            })
            .filter_map(|id| {
                let s = pair_at_floor(&q, &self.tok(id))?;
                let run_together = run_together || self.merged_only[id as usize];
                (counted(s, run_together) > 0.0).then_some((id, s))
            })
            .collect()
    }
}

/// The letter keys of a name's first four letters (no Soundex).
pub(super) fn start_keys(compact: &str) -> Vec<u64> {
    let start: String = compact.chars().take(4).collect();
    keys(&start).into_iter().filter(|k| k >> 63 == 0).collect()
}

/// A key for a token only seen run together: its key and its length.
pub(super) fn with_len(key: u64, len: usize) -> u64 {
    key.rotate_left(13) ^ (len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
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
