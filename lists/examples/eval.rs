//! Recall and false-positive rate of the matcher on the committed evaluation set, at the
//! default threshold and around it, against a plain whole-name Jaro-Winkler baseline.
//! `cargo run --release -p att-lists --example eval` (`-- -v` lists each miss and false
//! positive). Figures are printed, never asserted here (tests/matching.rs holds the floors).

#[path = "../tests/eval/set.rs"]
mod set;

use att_lists::matching::{Index, DEFAULT_THRESHOLD};
use set::{measure, Measure, Split};

const THRESHOLDS: [f64; 8] = [70.0, 75.0, 80.0, 85.0, 88.0, 90.0, 92.0, 95.0];

fn main() {
    let verbose = std::env::args().any(|a| a == "-v");
    let set = set::load();
    let index = Index::new(&set.lists);
    let entries: usize = set.lists.iter().map(|l| l.entries.len()).sum();
    let count = |s| {
        let v = set.variants.iter().filter(|v| v.split == s).count();
        (v, set.ordinary.iter().filter(|o| o.split == s).count())
    };
    let (tv, to) = count(Split::Tuning);
    let (hv, ho) = count(Split::HeldOut);
    println!(
        "evaluation set: {entries} listed entries ({} names indexed)",
        index.names()
    );
    println!("  tuning: {tv} true variants, {to} ordinary names; held out: {hv} and {ho}");
    println!("default threshold: {DEFAULT_THRESHOLD}\n");
    println!("recall / false-positive rate (FPR)");
    println!("threshold | ours, tuning    | ours, held out  | ours, all       | baseline, all");
    let cell = |m: &Measure| format!("{:>5.1}%  {:>5.1}%", 100.0 * m.recall(), 100.0 * m.fpr());
    for t in THRESHOLDS {
        let ours = |split| measure(&set, split, t, set::ours(&index));
        let base = measure(&set, None, t, set::baseline(&set.lists));
        let mark = if t == DEFAULT_THRESHOLD {
            "  (default)"
        } else {
            ""
        };
        println!(
            "{t:>9} | {} | {} | {} | {}{mark}",
            cell(&ours(Some(Split::Tuning))),
            cell(&ours(Some(Split::HeldOut))),
            cell(&ours(None)),
            cell(&base)
        );
    }
    println!("\nparts of the score, all items (every name compared, no index)");
    println!("threshold | tokens alone    | whole-name alone | higher of the two, unfloored");
    for t in THRESHOLDS {
        let part = |f: fn(&att_lists::matching::Scored) -> f64| {
            cell(&measure(&set, None, t, set::part(&set.lists, f)))
        };
        println!(
            "{t:>9} | {} | {}  | {}",
            part(|s| s.tokens),
            part(|s| s.whole),
            part(|s| s.whole.max(s.tokens))
        );
    }
    let o = measure(&set, None, DEFAULT_THRESHOLD, set::ours(&index));
    let b = measure(&set, None, DEFAULT_THRESHOLD, set::baseline(&set.lists));
    println!(
        "\nat {DEFAULT_THRESHOLD}: ours finds {}/{} variants and flags {}/{} ordinary names; the baseline {}/{} and {}/{}",
        o.found, o.variants, o.flagged, o.ordinary, b.found, b.variants, b.flagged, b.ordinary
    );
    if verbose {
        for (q, change) in &o.missed {
            println!("  missed ({change}): {q}");
        }
        for (name, matched, score) in &o.false_positives {
            println!("  false positive: {name} ~ {matched} ({score:.1})");
        }
    }
}
