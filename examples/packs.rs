//! Writes the language packs (`att-diligence.<lang>.json`) into the directory given, from the
//! seed files and the interface tables (`src/core/i18n/catalog/`) as written. Run by `scripts/build.mjs`: `cargo run --example packs -- dist`.

use std::path::Path;

use att_diligence::core::l10n::{is_pack_lang, pack_json};
use att_diligence::core::question_set::Lang;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args()
        .nth(1)
        .ok_or("usage: packs <output directory>")?;
    let root = env!("CARGO_MANIFEST_DIR");
    let mut seeds = Vec::new();
    for dir in ["seeds/sets", "seeds/sources", "seeds/lists"] {
        let mut files: Vec<_> = std::fs::read_dir(Path::new(root).join(dir))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        for file in files {
            seeds.push(serde_json::from_str(&std::fs::read_to_string(file)?)?);
        }
    }
    for lang in Lang::ALL.into_iter().filter(|&l| is_pack_lang(l)) {
        let path = Path::new(&out).join(format!("att-diligence.{}.json", lang.tag()));
        // The interface table as the build checked it (`build.rs` fails on any problem).
        let catalog = Path::new(root).join(format!("src/core/i18n/catalog/{}.json", lang.tag()));
        let interface: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(catalog)?)?;
        std::fs::write(&path, pack_json(lang, &seeds, &interface))?;
        println!("{}", path.display());
    }
    Ok(())
}
