//! The evaluation set (`names.json`) and how it is measured, shared by `examples/eval.rs` and
//! `tests/matching.rs` (each includes this file), so the figures reported and the floors
//! asserted come from one definition.

// Each includer uses a part of it (the test no per-part scores, the example no floors).
#![allow(dead_code)]

use att_lists::matching::Index;
use att_lists::{List, Source};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct EvalSet {
    pub lists: Vec<List>,
    pub variants: Vec<Variant>,
    pub ordinary: Vec<Ordinary>,
}

/// Which part of the set an item is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Split {
    /// Used to set the matcher's parameters (floors, weights, the default threshold).
    Tuning,
    /// Written after tuning and never used for it: the honest estimate.
    HeldOut,
}

/// A true variant of a listed name: the entry it must match, and what was changed.
#[derive(Debug, Deserialize)]
pub struct Variant {
    pub query: String,
    pub source: Source,
    pub reference: String,
    pub change: String,
    pub split: Split,
}

/// An ordinary company or person name that must match nothing.
#[derive(Debug, Deserialize)]
pub struct Ordinary {
    pub name: String,
    pub kind: String,
    pub split: Split,
}

pub fn load() -> EvalSet {
    // The set is committed beside this file; a broken one is a broken test, said plainly.
    serde_json::from_str(include_str!("names.json")).expect("tests/eval/names.json is valid")
}

/// One possible match as a matcher reports it: the entry (list, reference), its score.
pub struct Hit {
    pub source: Source,
    pub reference: String,
    pub name: String,
    pub score: f64,
}

/// Recall and false-positive rate of one matcher at one threshold.
pub struct Measure {
    /// Variants whose entry was among the matches.
    pub found: usize,
    pub variants: usize,
    /// Ordinary names with any match.
    pub flagged: usize,
    pub ordinary: usize,
    /// Variants missed: query, what was changed.
    pub missed: Vec<(String, String)>,
    /// Ordinary names flagged: name (and whether a company or a person), the best match's
    /// name and score.
    pub false_positives: Vec<(String, String, f64)>,
}

impl Measure {
    pub fn recall(&self) -> f64 {
        self.found as f64 / self.variants as f64
    }

    pub fn fpr(&self) -> f64 {
        self.flagged as f64 / self.ordinary as f64
    }
}

/// Measures a matcher (`screen(name, threshold)`) on one split of the set, or all of it.
pub fn measure(
    set: &EvalSet,
    split: Option<Split>,
    threshold: f64,
    screen: impl Fn(&str, f64) -> Vec<Hit>,
) -> Measure {
    let inside = |s: Split| split.is_none_or(|want| want == s);
    let variants: Vec<&Variant> = set.variants.iter().filter(|v| inside(v.split)).collect();
    let ordinary: Vec<&Ordinary> = set.ordinary.iter().filter(|o| inside(o.split)).collect();
    let mut m = Measure {
        found: 0,
        variants: variants.len(),
        flagged: 0,
        ordinary: ordinary.len(),
        missed: Vec::new(),
        false_positives: Vec::new(),
    };
    for v in variants {
        let hits = screen(&v.query, threshold);
        if hits
            .iter()
            .any(|h| h.source == v.source && h.reference == v.reference)
        {
            m.found += 1;
        } else {
            m.missed.push((v.query.clone(), v.change.clone()));
        }
    }
    for o in ordinary {
        let hits = screen(&o.name, threshold);
        if let Some(best) = hits.iter().max_by(|a, b| a.score.total_cmp(&b.score)) {
            m.flagged += 1;
            m.false_positives
                .push((o.name.clone(), best.name.clone(), best.score));
        }
    }
    m
}

/// The matcher: the index over the set's lists.
pub fn ours(index: &Index) -> impl Fn(&str, f64) -> Vec<Hit> + '_ {
    move |name, threshold| {
        index
            .screen(name, threshold)
            .into_iter()
            .map(|m| Hit {
                source: m.source,
                reference: m.reference,
                name: m.name,
                score: m.score,
            })
            .collect()
    }
}

/// One part of our score alone (`part` picks it from the scored pair), every name compared
/// with [`score`](att_lists::matching::score): shows what each part contributes.
pub fn part(
    lists: &[List],
    part: fn(&att_lists::matching::Scored) -> f64,
) -> impl Fn(&str, f64) -> Vec<Hit> + '_ {
    move |name, threshold| {
        let mut hits = Vec::new();
        for list in lists {
            for e in &list.entries {
                let best = e
                    .names
                    .iter()
                    .map(|n| (part(&att_lists::matching::score(name, &n.text)), &n.text))
                    .max_by(|a, b| a.0.total_cmp(&b.0));
                if let Some((score, text)) = best.filter(|b| b.0 >= threshold) {
                    hits.push(Hit {
                        source: list.source,
                        reference: e.reference.clone(),
                        name: text.clone(),
                        score,
                    });
                }
            }
        }
        hits
    }
}

/// The baseline: plain Jaro-Winkler of the whole name, lower-cased, against every name of
/// every entry (no accents folded, no tokens, no transliteration, no legal forms).
pub fn baseline(lists: &[List]) -> impl Fn(&str, f64) -> Vec<Hit> + '_ {
    move |name, threshold| {
        let q = name.to_lowercase();
        let mut hits = Vec::new();
        for list in lists {
            for e in &list.entries {
                let best = e
                    .names
                    .iter()
                    .map(|n| {
                        (
                            100.0 * strsim::jaro_winkler(&q, &n.text.to_lowercase()),
                            &n.text,
                        )
                    })
                    .max_by(|a, b| a.0.total_cmp(&b.0));
                if let Some((score, text)) = best.filter(|b| b.0 >= threshold) {
                    hits.push(Hit {
                        source: list.source,
                        reference: e.reference.clone(),
                        name: text.clone(),
                        score,
                    });
                }
            }
        }
        hits
    }
}
