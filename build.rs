//! Embeds every `seeds/sets/*.json`, `seeds/sources/*.json` and `seeds/lists/*.json` into the
//! crate, so the widget ships its content in one wasm file and a new seed file needs no code
//! change. Embedded without the languages that ship as packs (`core::l10n`), and compact.

#[path = "src/core/l10n/strip.rs"]
mod strip;

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
}
