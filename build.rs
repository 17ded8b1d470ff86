//! Embeds every `seeds/sets/*.json`, `seeds/sources/*.json` and `seeds/lists/*.json` into the
//! crate, so the widget ships its content in one wasm file and a new seed file needs no code
//! change. Embedded without the languages that ship as packs (`core::l10n`), and compact.

#[path = "src/core/l10n/strip.rs"]
mod strip;

// The interface's message tables: checked against English, then generated as a `Key` enum and
// one static table per language (`core::i18n::tables`).
#[path = "src/core/i18n/check.rs"]
mod check;
#[path = "src/core/i18n/plural.rs"]
#[allow(dead_code)] // The run-time half (choosing a category) is the widget's.
mod plural;

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn list(dir: &str) -> Vec<String> {
    println!("cargo:rerun-if-changed={dir}");
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".json"))
                .collect()
        })
        .unwrap_or_default();
    // Sorted so the embedded order, and so every export, is the same on every machine.
    names.sort();
    names
}

fn main() {
    // The split build (`--features split`) is cut at its seams by `split/`, which reads the
    // linker's relocations: only the widget's cdylib keeps them, and only there (a wasm with
    // them left in and not cut is several times larger).
    if env::var_os("CARGO_FEATURE_SPLIT").is_some()
        && env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32")
    {
        println!("cargo:rustc-link-arg-cdylib=--emit-relocs");
    }
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed=src/core/l10n/strip.rs");
    let mut out = String::new();
    for (konst, dir) in [
        ("SETS", "seeds/sets"),
        ("SOURCES", "seeds/sources"),
        ("LISTS", "seeds/lists"),
    ] {
        let _ = writeln!(out, "pub const {konst}: &[(&str, &str)] = &[");
        for name in list(dir) {
            let path = Path::new(&root).join(dir).join(&name);
            println!("cargo:rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path).expect("seed files are readable");
            // A file that does not parse is embedded as it is: the content tests report it.
            let embedded = match serde_json::from_str::<serde_json::Value>(&text) {
                Ok(mut v) => {
                    strip::strip(&mut v);
                    v.to_string()
                }
                Err(_) => text,
            };
            let dest = Path::new(&out_dir).join(format!("{konst}-{name}"));
            fs::write(&dest, embedded).expect("OUT_DIR is writable");
            let _ = writeln!(
                out,
                "    ({name:?}, include_str!({:?})),",
                dest.display().to_string()
            );
        }
        let _ = writeln!(out, "];");
    }
    let dest = Path::new(&out_dir).join("embedded.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
    catalogues(&root, &out_dir);
}

/// The languages of `src/core/i18n/catalog/`, English first (the one the others are held to),
/// as `core::i18n::tables` names their tables.
const LANGS: [(&str, &str); 6] = [
    ("en", "EN"),
    ("zh", "ZH"),
    ("ar", "AR"),
    ("fr", "FR"),
    ("ru", "RU"),
    ("es", "ES"),
];

/// `status.in-place` as a variant name: `StatusInPlace`.
fn variant(key: &str) -> String {
    key.split(['.', '-', '_'])
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// Checks every language's table against English and fails the build on any problem, each
/// named with its file and key; then writes the `Key` enum and the tables.
fn catalogues(root: &str, out_dir: &str) {
    println!("cargo:rerun-if-changed=src/core/i18n/check.rs");
    println!("cargo:rerun-if-changed=src/core/i18n/plural.rs");
    let dir = Path::new(root).join("src/core/i18n/catalog");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut tables = Vec::new();
    let mut problems = Vec::new();
    for (lang, _) in LANGS {
        let path = dir.join(format!("{lang}.json"));
        println!("cargo:rerun-if-changed={}", path.display());
        let parsed = fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|text| check::parse(&text));
        match parsed {
            Ok(t) => tables.push(t),
            Err(e) => {
                problems.push(format!("catalog/{lang}.json: {e}"));
                tables.push(check::Table::new());
            }
        }
    }
    let english = tables[0].clone();
    for ((lang, _), table) in LANGS.iter().zip(&tables) {
        for p in check::check(lang, table, &english) {
            problems.push(format!("catalog/{lang}.json: {p}"));
        }
    }
    let mut variants = std::collections::BTreeMap::new();
    for key in english.keys() {
        if let Some(other) = variants.insert(variant(key), key) {
            problems.push(format!(
                "catalog/en.json: keys `{other}` and `{key}` differ only in punctuation"
            ));
        }
    }
    if !problems.is_empty() {
        panic!(
            "the message tables in src/core/i18n/catalog/ have {} problem(s):\n  {}",
            problems.len(),
            problems.join("\n  ")
        );
    }
    let keys: Vec<&String> = english.keys().collect();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "/// A message table's key, one per key of `catalog/en.json`."
    );
    let _ = writeln!(
        out,
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum Key {{"
    );
    for k in &keys {
        let _ = writeln!(out, "    /// `{k}`\n    {},", variant(k));
    }
    let _ = writeln!(out, "}}\n\npub const KEYS: usize = {};\n", keys.len());
    let _ = writeln!(out, "impl Key {{\n    pub const ALL: [Key; KEYS] = [");
    for k in &keys {
        let _ = writeln!(out, "        Key::{},", variant(k));
    }
    let _ = writeln!(out, "    ];\n}}\n");
    let _ = writeln!(out, "/// Each key's name, in `Key` order (sorted).");
    let _ = writeln!(out, "pub static NAMES: [&str; KEYS] = [");
    for k in &keys {
        let _ = writeln!(out, "    {k:?},");
    }
    let _ = writeln!(out, "];\n");
    for ((lang, konst), table) in LANGS.iter().zip(&tables) {
        // The pack languages' words come with their pack in the widget (`tables::install`);
        // compiled in only off the web (tests, tools).
        let pack = !matches!(*lang, "en" | "zh");
        let only_native = if pack {
            "#[cfg(not(target_arch = \"wasm32\"))]\n"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "{only_native}pub const {konst}_BUILTIN: Option<&[Entry; KEYS]> = Some(&{konst});"
        );
        if pack {
            let _ = writeln!(
                out,
                "#[cfg(target_arch = \"wasm32\")]\npub const {konst}_BUILTIN: Option<&[Entry; KEYS]> = None;"
            );
        }
        let _ = writeln!(out, "/// `catalog/{lang}.json`.");
        let _ = writeln!(out, "{only_native}pub static {konst}: [Entry; KEYS] = [");
        for k in &keys {
            match &table[*k] {
                check::Value::Text(t) => {
                    let _ = writeln!(out, "    Entry::Text({t:?}),");
                }
                check::Value::Plural(forms) => {
                    let slots: Vec<String> = plural::Category::ALL
                        .iter()
                        .map(|c| {
                            let t = forms.get(c.name()).map(String::as_str).unwrap_or("");
                            format!("{t:?}")
                        })
                        .collect();
                    let _ = writeln!(out, "    Entry::Plural(&[{}]),", slots.join(", "));
                }
            }
        }
        let _ = writeln!(out, "];\n");
    }
    fs::write(Path::new(out_dir).join("i18n.rs"), out).expect("OUT_DIR is writable");
}
