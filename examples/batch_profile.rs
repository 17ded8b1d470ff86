//! Times the stages of screening a large CSV natively (reading it as the reader worker does): `cargo run --release --example batch_profile -- FILE`.
//! A companion to `bench/screening.mjs` (which measures the same work in the browser).

use std::time::Instant;

use att_diligence::core::embargo::UN_ONLY;
use att_diligence::core::register::{self, Register, RegisterAction};
use att_diligence::core::register_export;
use att_diligence::core::rules::Engine;
use att_diligence::core::{batch, builtin};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: batch_profile FILE.csv")?;
    let bytes = std::fs::read(path)?;
    let (rules, lists) = (builtin::rules()?, builtin::lists()?);
    let set = builtin::sets()?
        .into_iter()
        .find(|s| s.module == att_diligence::core::question_set::ModuleKind::Screening)
        .ok_or("no screening set")?;
    let t = Instant::now();
    let table = att_reader::read(&bytes, None).map_err(|e| format!("{e:?}"))?;
    let map = batch::auto_map(&table.headers);
    let b = batch::parse(&table, &map);
    let parse = t.elapsed();
    let engine = Engine::new(&rules, &lists, &UN_ONLY);
    let t = Instant::now();
    let mut r = Register::default();
    r.apply(RegisterAction::Import(b.rows), &engine);
    let rules_time = t.elapsed();
    let t = Instant::now();
    let levels: Vec<_> = r.entries.iter().map(|e| e.level(&set)).collect();
    let findings = t.elapsed();
    let t = Instant::now();
    // What a full save writes: the index and one value per shipment.
    let saved: String = std::iter::once(register::encode_index(&r))
        .chain(r.entries.iter().map(|e| register::encode_entry(e)))
        .collect();
    let encode = t.elapsed();
    let t = Instant::now();
    let json = register_export::export(
        &r,
        &set,
        &lists,
        &UN_ONLY,
        &att_diligence::core::parties::Decisions::default(),
    );
    let export = t.elapsed();
    let t = Instant::now();
    let csv = register_export::csv(
        &r,
        &set,
        &UN_ONLY,
        &att_diligence::core::parties::Decisions::default(),
    );
    let csv_time = t.elapsed();
    println!(
        "{} rows: parse {parse:?}, rules {rules_time:?}, findings {findings:?}, encode {encode:?} ({} bytes), {} levels",
        r.entries.len(),
        saved.len(),
        levels.len()
    );
    println!(
        "export document (canonical JSON + fingerprint) {export:?}, CSV {csv_time:?} ({} shipments, {} bytes)",
        json.shipments.len(),
        csv.len()
    );
    Ok(())
}
