//! Embeds every `seeds/sets/*.json` and `seeds/sources/*.json` into the crate, so the widget
//! ships its content in one wasm file and a new seed file needs no code change.

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
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
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
            let _ = writeln!(
                out,
                "    ({name:?}, include_str!({:?})),",
                path.display().to_string()
            );
        }
        let _ = writeln!(out, "];");
    }
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
