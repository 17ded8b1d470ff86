//! Cuts the widget's wasm (cargo's output, linked with `--emit-relocs`) at its
//! `#[wasm_split(name)]` seams: writes `OUT/NAME.wasm` (the main module, for wasm-bindgen), the
//! chunks (`split_<seam>.wasm`, and `chunk_<n>.wasm` for what several seams share) and their
//! loader `OUT/__wasm_split.js`, then prints which files each seam needs, as JSON, so the build
//! can name them by content and report their sizes.
//!
//! A driver of `wasm_split_cli_support` rather than its `wasm-split-cli` binary: Cargo.lock pins
//! the version, and the build needs no separate `cargo install`.
//!
//! Usage: att-split IN.wasm OUT_DIR NAME

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::Path;
    use std::process::ExitCode;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out_dir, name] = args.as_slice() else {
        eprintln!("usage: att-split IN.wasm OUT_DIR NAME");
        return ExitCode::from(2);
    };
    let wasm = match std::fs::read(input) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("att-split: cannot read {input}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let out_dir = Path::new(out_dir);
    let main_out = out_dir.join(format!("{name}.wasm"));
    // The loader imports `initSync` from wasm-bindgen's glue, which sits beside it.
    let main_module = format!("./{name}.js");
    let mut opts = wasm_split_cli_support::Options::new(&wasm);
    opts.output_dir = out_dir;
    opts.main_out_path = &main_out;
    opts.main_module = &main_module;
    opts.target.web();
    match wasm_split_cli_support::transform(opts) {
        Ok(split) => {
            let mut seams: Vec<_> = split.prefetch_map.into_iter().collect();
            seams.sort();
            let entries: Vec<String> = seams
                .iter()
                .map(|(seam, files)| {
                    let files: Vec<String> = files.iter().map(|f| format!("{f:?}")).collect();
                    format!("{seam:?}:[{}]", files.join(","))
                })
                .collect();
            println!("{{{}}}", entries.join(","));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("att-split: {e:?}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
