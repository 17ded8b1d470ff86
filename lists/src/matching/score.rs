//! How alike two normalised names are, the way OFAC describes its Sanctions List Search: a
//! whole-name Jaro-Winkler score and a token score (each query token paired with its best list
//! token by Jaro-Winkler, Soundex helping), the higher kept, on a scale of 0 to 100.

use std::borrow::Cow;

use crate::protocol::TokenPair;

use super::normalise::{self, Normalised};
use super::phonetic::soundex;

/// A token pair counts only from this Jaro-Winkler score up (after the Soundex lift): below it,
/// unrelated tokens' chance likeness (often 0.5–0.7) would add up to a score.
pub const PAIR_FLOOR: f64 = 0.80;

/// How much a list token left unpaired costs, against 1 for a query token left unpaired: a
/// listed name often has a middle name the query lacks, and that must lower the score without
/// sinking it.
pub const UNPAIRED_LIST_WEIGHT: f64 = 0.5;

/// The whole-name score counts only from this Jaro-Winkler score up. Below it, a long shared
/// start is all it measures ("Mohammad Rahimi" against "MOHAMMAD AHMADI" is 0.93, "Golden
/// Star Trading" against "GOLDEN RESOURCES TRADING" 0.89), which the token score already
/// weighs; above it, the names differ in spacing or a letter, which it exists to catch. From
/// this threshold up, the score is OFAC's higher-of-two exactly.
pub const WHOLE_FLOOR: f64 = 0.93;

/// Tokens past this many in one name are not scored (list names have at most about 20).
pub const MAX_TOKENS: usize = 32;

/// Articles, particles and conjunctions: they carry half a word's weight, so "al" or "de"
/// shared is no evidence and one missing costs little.
const PARTICLES: &[&str] = &[
    "al", "el", "ul", "ud", "ad", "as", "bin", "ben", "ibn", "bint", "binti", "bte", "de", "del",
    "della", "der", "den", "di", "da", "das", "dos", "do", "du", "des", "van", "von", "la", "le",
    "los", "las", "the", "of", "and", "y", "e", "et", "und", "for",
];

/// Tokens this short pair only when equal: Jaro-Winkler rates "al" against "alomgy" 0.82, a
/// shared first letter, not evidence (initials: "j" is not "john" either).
pub const EXACT_ONLY_LEN: usize = 2;

/// Jaro-Winkler of two tokens, lifted halfway to 1 when their Soundex codes agree
/// ("mohammed"/"muhammad", 0.85 → 0.93; "yusuf"/"yousef", 0.84 → 0.92).
pub fn pair_score(a: &str, b: &str) -> f64 {
    let (a, b) = (Tok::new(a), Tok::new(b));
    if a.len.min(b.len) <= EXACT_ONLY_LEN {
        return if a.text == b.text { 1.0 } else { 0.0 };
    }
    lifted(&a, &b, jaro_winkler(a.text, b.text))
}

/// `strsim`'s Jaro-Winkler, over bytes when both texts are ASCII (the same result, without
/// decoding characters: Latin tokens always are), and without allocating when both are 64
/// bytes or shorter (every token, nearly every whole name).
pub(crate) fn jaro_winkler(a: &str, b: &str) -> f64 {
    if a.is_ascii() && b.is_ascii() {
        ascii_jaro_winkler(a.as_bytes(), b.as_bytes())
    } else {
        strsim::jaro_winkler(a, b)
    }
}

/// [`jaro_winkler`] of two tokens, whose letters were checked for ASCII once.
fn tok_jaro_winkler(a: &Tok, b: &Tok) -> f64 {
    if a.ascii && b.ascii {
        ascii_jaro_winkler(a.text.as_bytes(), b.text.as_bytes())
    } else {
        strsim::jaro_winkler(a.text, b.text)
    }
}

fn ascii_jaro_winkler(a: &[u8], b: &[u8]) -> f64 {
    if a.len() <= 64 && b.len() <= 64 {
        short_jaro_winkler(a, b)
    } else {
        strsim::generic_jaro_winkler(&Bytes(a), &Bytes(b))
    }
}

/// `strsim::generic_jaro_winkler` step for step (the same matches, transpositions and
/// floating-point operations, so the same bits), with bit masks for its flags and for where
/// each letter stands in `b`.
fn short_jaro_winkler(a: &[u8], b: &[u8]) -> f64 {
    let sim = short_jaro(a, b);
    if sim > 0.7 {
        let prefix = a.iter().take(4).zip(b).take_while(|(x, y)| x == y).count();
        sim + 0.1 * prefix as f64 * (1.0 - sim)
    } else {
        sim
    }
}

fn short_jaro(a: &[u8], b: &[u8]) -> f64 {
    let (la, lb) = (a.len(), b.len());
    if la == 0 && lb == 0 {
        return 1.0;
    } else if la == 0 || lb == 0 {
        return 0.0;
    }
    let range = (la.max(lb) / 2).saturating_sub(1);
    // Where each byte stands in `b`, by its low five bits: a-z get a slot each; a byte
    // sharing its slot (a digit with p-y) is told apart by comparing.
    let mut at = [0u64; 32];
    for (j, &c) in b.iter().enumerate() {
        at[usize::from(c & 31)] |= 1 << j;
    }
    let (mut a_flags, mut b_flags) = (0u64, 0u64);
    let mut matches = 0usize;
    for (i, &c) in a.iter().enumerate() {
        let (lo, hi) = (i.saturating_sub(range), lb.min(i + range + 1));
        if lo >= hi {
            continue;
        }
        let window = (u64::MAX >> (64 - (hi - lo))) << lo;
        // Each character matches the first unmatched equal one within range.
        let mut free = at[usize::from(c & 31)] & window & !b_flags;
        while free != 0 {
            let j = free.trailing_zeros() as usize;
            if b[j] == c {
                a_flags |= 1 << i;
                b_flags |= 1 << j;
                matches += 1;
                break;
            }
            free &= free - 1;
        }
    }
    if matches == 0 {
        return 0.0;
    }
    let mut transpositions = 0usize;
    let (mut am, mut bm) = (a_flags, b_flags);
    while am != 0 {
        let (i, j) = (am.trailing_zeros() as usize, bm.trailing_zeros() as usize);
        am &= am - 1;
        bm &= bm - 1;
        transpositions += usize::from(a[i] != b[j]);
    }
    transpositions /= 2;
    ((matches as f64 / la as f64)
        + (matches as f64 / lb as f64)
        + ((matches - transpositions) as f64 / matches as f64))
        / 3.0
}

/// A byte string as `strsim`'s generic functions take it.
struct Bytes<'a>(&'a [u8]);

impl<'a> IntoIterator for &Bytes<'a> {
    type Item = u8;
    type IntoIter = std::iter::Copied<std::slice::Iter<'a, u8>>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().copied()
    }
}

/// Whether a run-together unit may pair with a token of this length: only as a respacing of
/// about the same letters (lengths within 4:5), never "global" with "global"+"trading".
pub(crate) fn run_together_fits(la: usize, lb: usize) -> bool {
    5 * la.min(lb) >= 4 * la.max(lb)
}

/// A run-together unit pairs only from this score up: a respacing keeps the letters
/// ("abu bakar" = "abubakar", 1.0), while "al besir" against "abuteir" (0.83) is chance.
pub const RUN_TOGETHER_FLOOR: f64 = 0.90;

/// A pair score as the token score counts it: 0 unless it reaches its floor.
pub(crate) fn counted(s: f64, run_together: bool) -> f64 {
    let floor = if run_together {
        RUN_TOGETHER_FLOOR
    } else {
        PAIR_FLOOR
    };
    if s >= floor {
        s
    } else {
        0.0
    }
}

/// A token with what pairing reads of it computed once.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok<'a> {
    pub text: &'a str,
    pub len: usize,
    pub soundex: Option<[u8; 4]>,
    pub ascii: bool,
}

impl<'a> Tok<'a> {
    pub fn new(text: &'a str) -> Tok<'a> {
        let ascii = text.is_ascii();
        Tok {
            text,
            len: if ascii {
                text.len()
            } else {
                text.chars().count()
            },
            soundex: soundex(text),
            ascii,
        }
    }
}

fn lifted(a: &Tok, b: &Tok, jw: f64) -> f64 {
    match (a.soundex, b.soundex) {
        (Some(x), Some(y)) if x == y => (jw + 1.0) / 2.0,
        _ => jw,
    }
}

/// The most Jaro-Winkler can give two strings of these lengths (in characters): Jaro is at
/// most (2 + shorter/longer) / 3, and Winkler adds at most 0.4 of the rest.
pub(crate) fn jw_bound(la: usize, lb: usize) -> f64 {
    let (short, long) = (la.min(lb) as f64, la.max(lb).max(1) as f64);
    let jaro = (2.0 + short / long) / 3.0;
    jaro + 0.4 * (1.0 - jaro) + 1e-9
}

/// A name's letters counted (a–z, 0–9), for [`Letters::bound`]; `None` for other letters.
pub(crate) struct Letters {
    len: usize,
    counts: Option<[u16; 36]>,
}

impl Letters {
    pub fn new(s: &str) -> Letters {
        let mut h = [0u16; 36];
        let mut plain = true;
        for c in s.bytes() {
            match c {
                b'a'..=b'z' => h[usize::from(c - b'a')] += 1,
                b'0'..=b'9' => h[26 + usize::from(c - b'0')] += 1,
                _ => plain = false,
            }
        }
        let len = if plain { s.len() } else { s.chars().count() };
        Letters {
            len,
            counts: plain.then_some(h),
        }
    }

    /// The most Jaro-Winkler can give this name and `other`: the characters Jaro matches are
    /// common to both, so Jaro is at most (c/|a| + c/|b| + 1) / 3 for the c letters they share
    /// (with repeats); Winkler adds at most 0.4 of the rest. Lengths alone for other letters.
    pub fn bound(&self, other: &str) -> f64 {
        if self.len == 0 || other.is_empty() {
            return 0.0;
        }
        let other_len = other.chars().count();
        let length_only = jw_bound(self.len, other_len);
        let Some(mine) = &self.counts else {
            return length_only;
        };
        if length_only < WHOLE_FLOOR {
            return length_only;
        }
        // The shared letters counted off a copy of this name's counts, other's read once: the
        // same sum of minima as two histograms, without building the second.
        let mut left = *mine;
        let mut common = 0u16;
        for c in other.bytes() {
            let i = match c {
                b'a'..=b'z' => usize::from(c - b'a'),
                b'0'..=b'9' => 26 + usize::from(c - b'0'),
                _ => return length_only,
            };
            if left[i] > 0 {
                left[i] -= 1;
                common += 1;
            }
        }
        let c = f64::from(common);
        let jaro = (c / self.len as f64 + c / other.len() as f64 + 1.0) / 3.0;
        jaro + 0.4 * (1.0 - jaro) + 1e-9
    }

    /// [`Letters::bound`] for a name the index holds, from its length in characters and its
    /// [`letter_counts`]: the same value (lengths only without counts, which is no less).
    pub fn bound_counts(&self, other: Option<&[u8; 36]>, other_len: usize) -> f64 {
        if self.len == 0 || other_len == 0 {
            return 0.0;
        }
        let length_only = jw_bound(self.len, other_len);
        let (Some(mine), Some(theirs)) = (&self.counts, other) else {
            return length_only;
        };
        if length_only < WHOLE_FLOOR {
            return length_only;
        }
        let common: u16 = mine
            .iter()
            .zip(theirs)
            .map(|(&x, &y)| x.min(u16::from(y)))
            .sum();
        let c = f64::from(common);
        let jaro = (c / self.len as f64 + c / other_len as f64 + 1.0) / 3.0;
        jaro + 0.4 * (1.0 - jaro) + 1e-9
    }
}

/// A name's letters counted (a–z, 0–9) as the index keeps them for [`Letters::bound_counts`]:
/// `None` for other letters, or a count past a byte (the bound then reads lengths only).
pub(crate) fn letter_counts(s: &str) -> Option<[u8; 36]> {
    let counts = Letters::new(s).counts?;
    counts
        .iter()
        .all(|&n| n <= u16::from(u8::MAX))
        .then(|| counts.map(|n| n as u8))
}

/// [`pair_score`] when it reaches [`PAIR_FLOOR`]; `None` below it, decided without computing
/// Jaro-Winkler when the lengths alone rule it out. Index and scan both pair through this.
pub(crate) fn pair_at_floor(a: &Tok, b: &Tok) -> Option<f64> {
    if a.len.min(b.len) <= EXACT_ONLY_LEN {
        return (a.text == b.text).then_some(1.0);
    }
    let bound = jw_bound(a.len, b.len);
    if lifted(a, b, bound) < PAIR_FLOOR {
        return None;
    }
    let s = lifted(a, b, tok_jaro_winkler(a, b));
    (s >= PAIR_FLOOR).then_some(s)
}

/// Patronymic endings (Russian, Ukrainian, Belarusian): a patronymic is often left out of a
/// name as written on a document, so it weighs half, like a particle.
const PATRONYMIC: &[&str] = &["ovich", "evich", "ovych", "evych", "ovna", "evna", "ichna"];

/// A token's weight in the token score.
pub(crate) fn weight(token: &str) -> f32 {
    let patronymic = token.len() > 6 && PATRONYMIC.iter().any(|p| token.ends_with(p));
    if patronymic || token.chars().count() == 1 || PARTICLES.contains(&token) {
        0.5
    } else {
        1.0
    }
}

/// One side's tokens, ready to score.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Form {
    pub tokens: Vec<String>,
    pub weights: Vec<f32>,
    /// The tokens run together, for the whole-name score: spacing never matters to it
    /// ("AL-OMGY" = "ALOMGY").
    pub compact: String,
}

impl Form {
    pub fn new(mut tokens: Vec<String>) -> Form {
        tokens.truncate(MAX_TOKENS);
        let weights = tokens.iter().map(|t| weight(t)).collect();
        let compact = tokens.concat();
        Form {
            tokens,
            weights,
            compact,
        }
    }

    /// A unit's text: one token, or two adjacent ones run together.
    pub fn text(&self, u: Unit) -> Cow<'_, str> {
        match u.len {
            1 => Cow::Borrowed(self.tokens[u.start].as_str()),
            _ => Cow::Owned(self.tokens[u.start..u.start + u.len].concat()),
        }
    }
}

/// One token (`len` 1) or two adjacent tokens read as one (`len` 2): "abu bakar" = "abubakar".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unit {
    pub start: usize,
    pub len: usize,
}

/// A scored comparison of a query form with a list form.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Outcome {
    /// 0–1, the higher of `whole` (if at least [`WHOLE_FLOOR`]) and `token`.
    pub score: f64,
    /// 0 where the lengths rule out reaching [`WHOLE_FLOOR`].
    pub whole: f64,
    pub token: f64,
    /// Query unit, list unit, pair score; the best pairs first.
    pub pairs: Vec<(Unit, Unit, f64)>,
}

/// Scores a query form against a list form. `letters` are the query's ([`Letters::new`] of
/// its compact form, counted once per query). `pair` gives the pair score of a query unit and
/// a list unit (0 below [`PAIR_FLOOR`]); the index answers it from the pairs it found, a full
/// scan computes it, and both give the same outcome for the same pairs.
pub(crate) fn outcome(
    q: &Form,
    letters: &Letters,
    l_compact: &str,
    lw: &[f32],
    pair: impl FnMut(Unit, Unit) -> f64,
) -> Outcome {
    // Only near-identical whole names count, and their letters alone often rule that out.
    let whole = if letters.bound(l_compact) < WHOLE_FLOOR {
        0.0
    } else {
        jaro_winkler(&q.compact, l_compact)
    };
    let (token, pairs) = token_score(&q.weights, lw, pair);
    let counted = if whole >= WHOLE_FLOOR { whole } else { 0.0 };
    Outcome {
        score: counted.max(token),
        whole,
        token,
        pairs,
    }
}

/// Pairs query and list units one to one, the best pairs first (so token order never
/// matters), and scores the weighted share of the query paired, less unpaired list tokens.
fn token_score(
    qw: &[f32],
    lw: &[f32],
    mut pair: impl FnMut(Unit, Unit) -> f64,
) -> (f64, Vec<(Unit, Unit, f64)>) {
    let one = |start| Unit { start, len: 1 };
    let two = |start| Unit { start, len: 2 };
    let mut candidates = Vec::new();
    let mut consider = |q: Unit, l: Unit| {
        let s = pair(q, l);
        if s >= PAIR_FLOOR {
            candidates.push((s, q, l));
        }
    };
    for i in 0..qw.len() {
        for j in 0..lw.len() {
            consider(one(i), one(j));
        }
        for j in 1..lw.len() {
            consider(one(i), two(j - 1));
        }
    }
    for i in 1..qw.len() {
        for j in 0..lw.len() {
            consider(two(i - 1), one(j));
        }
    }
    // Best first; of equal pairs the one covering more tokens, then the earlier.
    candidates.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then((b.1.len + b.2.len).cmp(&(a.1.len + a.2.len)))
            .then(a.1.start.cmp(&b.1.start))
            .then(a.2.start.cmp(&b.2.start))
    });
    let mask = |u: Unit| ((1u64 << u.len) - 1) << u.start;
    let (mut qm, mut lm, mut paired) = (0u64, 0u64, 0.0f64);
    let mut pairs = Vec::new();
    for (s, q, l) in candidates {
        if qm & mask(q) == 0 && lm & mask(l) == 0 {
            qm |= mask(q);
            lm |= mask(l);
            paired += s * f64::from(qw[q.start..q.start + q.len].iter().sum::<f32>());
            pairs.push((q, l, s));
        }
    }
    let query: f64 = qw.iter().map(|&w| f64::from(w)).sum();
    let unpaired: f64 = (0..lw.len())
        .filter(|j| lm & (1 << j) == 0)
        .map(|j| f64::from(lw[j]))
        .sum();
    let denominator = query + UNPAIRED_LIST_WEIGHT * unpaired;
    let score = if denominator > 0.0 {
        paired / denominator
    } else {
        0.0
    };
    (score, pairs)
}

/// Scores two forms by computing every pair: the reference the index is held to.
pub(crate) fn compare(q: &Form, l: &Form) -> Outcome {
    outcome(
        q,
        &Letters::new(&q.compact),
        &l.compact,
        &l.weights,
        |qu, lu| {
            let (a, b) = (q.text(qu), l.text(lu));
            let (a, b) = (Tok::new(&a), Tok::new(&b));
            let run_together = qu.len + lu.len > 2;
            if run_together && !run_together_fits(a.len, b.len) {
                return 0.0;
            }
            counted(pair_at_floor(&a, &b).unwrap_or(0.0), run_together)
        },
    )
}

/// Two names compared.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    /// 0–100: the higher of `whole` (counted from [`WHOLE_FLOOR`] up) and `tokens`.
    pub score: f64,
    pub whole: f64,
    pub tokens: f64,
    pub pairs: Vec<TokenPair>,
}

/// Scores a query name against one listed name (one alias), both normalised here: in Latin
/// letters, and in their own script too when both are written in the same one.
pub fn score(query: &str, listed: &str) -> Scored {
    score_normalised(&normalise::normalise(query), &normalise::normalise(listed))
}

pub(crate) fn score_normalised(q: &Normalised, l: &Normalised) -> Scored {
    let mut best = scored(&Form::new(q.tokens.clone()), &Form::new(l.tokens.clone()));
    if let (Some(qo), Some(lo)) = (&q.original, &l.original) {
        if qo.script == lo.script {
            let other = scored(&Form::new(qo.tokens.clone()), &Form::new(lo.tokens.clone()));
            if other.score > best.score {
                best = other;
            }
        }
    }
    best
}

fn scored(q: &Form, l: &Form) -> Scored {
    let o = compare(q, l);
    Scored {
        score: 100.0 * o.score,
        whole: 100.0 * strsim::jaro_winkler(&q.compact, &l.compact),
        tokens: 100.0 * o.token,
        pairs: token_pairs(q, l, &o.pairs),
    }
}

pub(crate) fn token_pairs(q: &Form, l: &Form, pairs: &[(Unit, Unit, f64)]) -> Vec<TokenPair> {
    pairs
        .iter()
        .map(|&(qu, lu, s)| TokenPair {
            query: q.text(qu).into_owned(),
            list: l.text(lu).into_owned(),
            score: 100.0 * s,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The allocation-free Jaro-Winkler must give `strsim`'s bits exactly: the scores users
    /// see, and the index's agreement with a full scan, rest on it.
    #[test]
    fn short_jaro_winkler_is_strsims() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "mohammed",
            "muhammad",
            "mohamad",
            "yusuf",
            "yousef",
            "alomgy",
            "al",
            "abubakar",
            "abu",
            "bakar",
            "martha",
            "marhta",
            "dwayne",
            "duane",
            "dixon",
            "dicksonx",
            "aaaaaaaa",
            "aaaa",
            "abcabcabc",
            "cbacbacba",
            "nikolaevich",
            "mikalayevich",
            "globaltrading",
            "globaltradnig",
            "x1y2z3",
            "3z2y1x",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl",
            "bacdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijlk",
            "pqrs1234",
            "1234pqrs",
            "q1q1",
            "1q1q",
            "y9y9p0",
            "9y9yp0",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut random = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            // Few letters, so that matches, repeats and transpositions abound; digits and
            // marks that share a letter's low bits, and lengths up to 70.
            let alphabet = if seed.is_multiple_of(3) {
                "ab1q!"
            } else {
                "abcde"
            };
            let len = ((seed >> 40) % 71) as usize;
            (0..len)
                .map(|k| alphabet.as_bytes()[((seed >> (k % 60)) % 5) as usize] as char)
                .collect::<String>()
        };
        let mut texts: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        texts.extend((0..400).map(|_| random()));
        for a in &texts {
            for b in &texts {
                let fast = jaro_winkler(a, b);
                let reference = strsim::jaro_winkler(a, b);
                assert_eq!(fast.to_bits(), reference.to_bits(), "{a:?} / {b:?}");
            }
        }
    }
}
