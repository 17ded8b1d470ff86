//! Speed and memory of the matcher, natively: a list of 25,000 names made by varying the
//! official samples' names, the index's build time and memory, the median time to screen one
//! name, and a register of 100,000 shipments with 4 parties each screened end to end, with a
//! check that the register's screener (which remembers words, query forms and names between
//! parties) finds what screening each name afresh finds.
//! `cargo run --release -p att-lists --example speed`. Figures are printed, never asserted.

use std::time::{Duration, Instant};

use att_lists::matching::{Index, DEFAULT_THRESHOLD};
use att_lists::{formats, Entry, List, Name, NameKind, PartyKind, Source};

const NAMES: usize = 25_000;
const SHIPMENTS: usize = 100_000;
const PARTIES: usize = 4;
/// Register parties checked against a fresh `Index::screen`: one in `CHECK_EVERY`.
const CHECK_EVERY: usize = SHIPMENTS * PARTIES / 2_000;

/// A small deterministic generator (xorshift64*), so every run screens the same names.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &'a [String]) -> &'a str {
        &items[self.below(items.len())]
    }
}

fn sample(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/samples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn samples() -> Vec<List> {
    let read = |files: &[&str]| {
        let bytes: Vec<Vec<u8>> = files.iter().map(|f| sample(f)).collect();
        let refs: Vec<&[u8]> = bytes.iter().map(Vec::as_slice).collect();
        formats::read(&refs).unwrap_or_else(|e| panic!("{files:?}: {e}"))
    };
    vec![
        read(&["un-consolidated-excerpt.xml"]),
        read(&[
            "ofac-sdn-excerpt.csv",
            "ofac-alt-excerpt.csv",
            "ofac-add-excerpt.csv",
        ]),
        read(&["us-csl-excerpt.csv"]),
    ]
}

/// One edit in a word (a letter changed, dropped or doubled), as list spellings vary.
fn vary(rng: &mut Rng, word: &str) -> String {
    let mut c: Vec<char> = word.chars().collect();
    if c.len() < 4 {
        return word.to_owned();
    }
    let at = 1 + rng.below(c.len() - 2);
    match rng.below(3) {
        0 => c[at] = ['a', 'e', 'i', 'o', 'u', 'y', 'h'][rng.below(7)],
        1 => {
            c.remove(at);
        }
        _ => c.insert(at, c[at]),
    }
    c.into_iter().collect()
}

/// The words of the samples' names, by kind of party.
fn words(lists: &[List]) -> (Vec<String>, Vec<String>) {
    let (mut people, mut bodies) = (Vec::new(), Vec::new());
    for e in lists.iter().flat_map(|l| &l.entries) {
        let into = if e.kind == PartyKind::Individual {
            &mut people
        } else {
            &mut bodies
        };
        for n in &e.names {
            for w in n
                .text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() > 1)
            {
                into.push(w.to_uppercase());
            }
        }
    }
    for v in [&mut people, &mut bodies] {
        v.sort();
        v.dedup();
    }
    (people, bodies)
}

/// A list of `NAMES` names: the samples' entries, then entries whose names combine and vary
/// the samples' words (a primary name and up to three aliases each).
fn big_list(lists: &[List], rng: &mut Rng) -> List {
    let (people, bodies) = words(lists);
    let mut entries: Vec<Entry> = lists.iter().flat_map(|l| l.entries.clone()).collect();
    let mut names: usize = entries.iter().map(|e| e.names.len()).sum();
    while names < NAMES {
        let person = rng.below(2) == 0;
        let pool = if person { &people } else { &bodies };
        let len = 2 + rng.below(3);
        let base: Vec<String> = (0..len).map(|_| rng.pick(pool).to_owned()).collect();
        let mut entry_names = vec![Name {
            text: base.join(" "),
            kind: NameKind::Primary,
        }];
        for _ in 0..rng.below(4).min(NAMES - names - 1) {
            let alias: Vec<String> = base.iter().map(|w| vary(rng, w)).collect();
            entry_names.push(Name {
                text: alias.join(" "),
                kind: NameKind::Alias { weak: false },
            });
        }
        names += entry_names.len();
        entries.push(Entry {
            reference: format!("SYN-{}", entries.len()),
            kind: if person {
                PartyKind::Individual
            } else {
                PartyKind::Entity
            },
            names: entry_names,
            programmes: Vec::new(),
            listed_on: None,
            identifiers: Vec::new(),
            countries: Vec::new(),
            sub_list: None,
            linked_to: Vec::new(),
        });
    }
    List {
        source: Source::OfacSdn,
        generated: None,
        entries,
    }
}

/// A party as a register holds it: mostly ordinary names, some listed names varied.
fn party(rng: &mut Rng, listed: &[String], ordinary: &[Vec<String>; 3]) -> String {
    if rng.below(100) == 0 {
        return listed[rng.below(listed.len())]
            .split(' ')
            .map(|w| vary(rng, w))
            .collect::<Vec<_>>()
            .join(" ");
    }
    let [first, words, forms] = ordinary;
    let form = rng.pick(forms).to_owned();
    let person = rng.below(3) == 0;
    // One word in five spelt differently, so the register holds many distinct words.
    let mut word = |pool: &[String]| {
        let w = rng.pick(pool).to_owned();
        if rng.below(5) == 0 {
            vary(rng, &w)
        } else {
            w
        }
    };
    if person {
        format!("{} {}", word(first), word(first))
    } else {
        format!("{} {} {form}", word(words), word(words))
    }
}

fn ordinary() -> [Vec<String>; 3] {
    let split = |s: &str| s.split(' ').map(str::to_owned).collect::<Vec<_>>();
    [
        split("John Maria Wei Olga Sergei Mohammed Ahmed Ali Fatima Omar Ibrahim Jean Hans Ana Kim Priya Dmitri Yusuf Roman Khaled Noor Carlos Elena Ivan Li Chen Garcia Smith Ivanova Petrov Hassan Khan Rahimi Diallo Dubois Muller Rodriguez Sharma Demir Kovalenko Novak Mansour Haddad Tanaka Ramirez Martinez Shah"),
        split("Global Ocean Star Trading Logistics Freight Shipping Marine Express Cargo Pacific Atlantic Eastern Western Northern Southern United Golden Crystal Royal Green Blue Silver Orient Euro Asia Africa Delta Alpha Prime Apex Summit Harbor Port Bridge Union Allied General National International Industrial Supply Systems Solutions Services Group Holdings Partners Agency Lines Transport Forwarding"),
        split("Ltd LLC GmbH Inc SA Co Limited Corp BV AG SRL FZE Pte"),
    ]
}

/// This thread's time on a CPU so far, where Linux tells it: the machine may be shared, and
/// wall-clock time then counts other programs' turns.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace()
        .next()?
        .parse()
        .ok()
        .map(Duration::from_nanos)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let lists = samples();
    let big = big_list(&lists, &mut rng);
    let names: usize = big.entries.iter().map(|e| e.names.len()).sum();
    let started = Instant::now();
    let index = Index::new(std::slice::from_ref(&big));
    let build = started.elapsed();
    println!(
        "list: {} entries, {names} names; index: {} rows (aliases, fragments, scripts), built in {:.0} ms, ~{:.1} MB",
        big.entries.len(),
        index.names(),
        build.as_secs_f64() * 1e3,
        index.memory_bytes() as f64 / 1e6
    );

    let listed: Vec<String> = big
        .entries
        .iter()
        .map(|e| e.names[0].text.clone())
        .collect();
    let pools = ordinary();
    let queries: Vec<String> = (0..2_000)
        .map(|_| party(&mut rng, &listed, &pools))
        .collect();
    let times: Vec<Duration> = queries
        .iter()
        .map(|q| {
            let t = Instant::now();
            std::hint::black_box(index.screen(q, DEFAULT_THRESHOLD));
            t.elapsed()
        })
        .collect();
    println!(
        "screen one name: median {:.1} µs, slowest {:.1} µs (2,000 party names)",
        median(times.clone()).as_secs_f64() * 1e6,
        times
            .iter()
            .max()
            .copied()
            .unwrap_or_default()
            .as_secs_f64()
            * 1e6
    );

    let register: Vec<[String; PARTIES]> = (0..SHIPMENTS)
        .map(|_| std::array::from_fn(|_| party(&mut rng, &listed, &pools)))
        .collect();
    let started = Instant::now();
    let cpu_started = cpu_time();
    let (mut flagged, mut matches) = (0usize, 0usize);
    let mut screener = index.screener();
    let mut sampled = Vec::new();
    for (s, shipment) in register.iter().enumerate() {
        let mut found = 0;
        for (p, party) in shipment.iter().enumerate() {
            let m = screener.screen(party, DEFAULT_THRESHOLD);
            found += m.len();
            if (s * PARTIES + p).is_multiple_of(CHECK_EVERY) {
                sampled.push((party, m));
            }
        }
        flagged += usize::from(found > 0);
        matches += found;
    }
    let batch = started.elapsed();
    let cpu = cpu_time().zip(cpu_started).map(|(end, start)| end - start);
    let parties = (SHIPMENTS * PARTIES) as f64;
    println!(
        "register: {SHIPMENTS} shipments x {PARTIES} parties screened in {:.1} s ({:.1} µs a party){}",
        batch.as_secs_f64(),
        batch.as_secs_f64() * 1e6 / parties,
        cpu.map_or(String::new(), |c| format!("; on the CPU {:.1} s ({:.1} µs a party)", c.as_secs_f64(), c.as_secs_f64() * 1e6 / parties)),
    );
    println!("  {flagged} shipments with a possible match, {matches} matches (the made-up parties share the list's words)");

    // Each match the screener gave and a fresh screen does not, and each the other way.
    let (mut differ, mut checked) = (0usize, 0usize);
    for (party, kept) in &sampled {
        let fresh = index.screen(party, DEFAULT_THRESHOLD);
        checked += fresh.len();
        differ += kept.iter().filter(|m| !fresh.contains(m)).count();
        differ += fresh.iter().filter(|m| !kept.contains(m)).count();
    }
    println!(
        "  check: {differ} matches differ between the register's screener and a fresh index.screen per name ({} register names, {checked} matches among them)",
        sampled.len()
    );
}
