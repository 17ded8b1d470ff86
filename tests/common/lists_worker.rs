//! The lists worker's service as the tests run it: the official samples loaded, and records'
//! parties screened the way the widget hands them to the worker.

use att_diligence::core::builtin;
use att_diligence::core::parties::{self, Against, PartyScreening};
use att_diligence::core::question_set::{ModuleKind, QuestionSet};
use att_diligence::core::shipment::Shipment;
use att_lists::protocol::{ListInfo, Reply, Request};
use att_lists::service::Service;

/// The UN sample's QDi.312, "AAMIR ALI CHAUDHRY", spelled as an office might.
pub const UN_VARIANT: &str = "Amir Ali Choudri";

pub fn sample(name: &str) -> Vec<u8> {
    let path = format!("{}/lists/tests/samples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The worker's service with the UN and OFAC samples loaded, and what it reports loaded.
pub fn service() -> (Service, Vec<ListInfo>) {
    let mut s = Service::new();
    let load = |s: &mut Service, files: &[&str]| {
        let bytes: Vec<Vec<u8>> = files.iter().map(|f| sample(f)).collect();
        let refs: Vec<&[u8]> = bytes.iter().map(Vec::as_slice).collect();
        let request = Request::Load {
            fallback_date: Some("2026-11-30".into()),
        };
        match s.handle(request, &refs) {
            Reply::Loaded { loaded, .. } => loaded,
            other => panic!("{files:?} not loaded: {other:?}"),
        }
    };
    load(&mut s, &["un-consolidated-excerpt.xml"]);
    let loaded = load(
        &mut s,
        &[
            "ofac-sdn-excerpt.csv",
            "ofac-alt-excerpt.csv",
            "ofac-add-excerpt.csv",
        ],
    );
    (s, loaded)
}

/// What the widget does with a record: its parties' names to the worker, the results back.
pub fn screen(service: &mut Service, s: &Shipment, against: &Against) -> PartyScreening {
    let names = parties::parties(s)
        .into_iter()
        .map(|(_, n)| n.to_owned())
        .collect();
    let request = Request::Screen {
        names,
        threshold: against.threshold(),
    };
    match service.handle(request, &[]) {
        Reply::Screened { results } => PartyScreening::of(s, against, results),
        other => panic!("not screened: {other:?}"),
    }
}

pub fn screening_set() -> QuestionSet {
    builtin::sets()
        .expect("built-in sets")
        .into_iter()
        .find(|s| s.module == ModuleKind::Screening)
        .expect("a screening set")
}
