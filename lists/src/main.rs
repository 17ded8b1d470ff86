//! The lists worker: holds the lists a user loaded and their index, and screens names against
//! them, off the page's thread. Fetched only when a user loads a list or screening starts.
//! Protocol: `att_lists::protocol`.

#[cfg(target_arch = "wasm32")]
mod worker;

#[cfg(target_arch = "wasm32")]
fn main() {
    worker::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("att-lists is a web worker: it runs in the browser.");
}
