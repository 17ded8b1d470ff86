//! The standalone page: renders the widget into `<body>`.

#[cfg(target_arch = "wasm32")]
fn main() {
    att_diligence::ui::start_standalone();
}

/// On the host there is nothing to run: the widget is a browser program.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("att-diligence runs in the browser: see README.md (`scripts/serve.sh`).");
}
