//! Prints `seeds/COVERAGE.md`: `cargo run --example coverage > seeds/COVERAGE.md`.

use att_diligence::core::{builtin, coverage};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sets = builtin::sets()?;
    let catalogue = builtin::catalogue()?;
    print!(
        "{}",
        coverage::render_markdown(&sets, &catalogue, builtin::SEED_FILE)
    );
    Ok(())
}
