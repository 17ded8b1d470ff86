//! The lists worker's service, natively: lists loaded, replaced and removed, a bad file
//! refused with the lists before it kept, and names screened with the entry they matched.

use att_lists::protocol::{Basis, Reply, Request};
use att_lists::service::Service;
use att_lists::{ListError, NameKind, Source};

fn sample(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/samples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn load(service: &mut Service, files: &[&str], fallback: Option<&str>) -> Reply {
    let bytes: Vec<Vec<u8>> = files.iter().map(|f| sample(f)).collect();
    let refs: Vec<&[u8]> = bytes.iter().map(Vec::as_slice).collect();
    service.handle(
        Request::Load {
            fallback_date: fallback.map(str::to_owned),
        },
        &refs,
    )
}

const OFAC: [&str; 3] = [
    "ofac-alt-excerpt.csv",
    "ofac-sdn-excerpt.csv",
    "ofac-add-excerpt.csv",
];

fn screen(service: &mut Service, names: &[&str]) -> Vec<Vec<att_lists::protocol::Found>> {
    match service.handle(
        Request::Screen {
            names: names.iter().map(|n| n.to_string()).collect(),
            threshold: 85.0,
        },
        &[],
    ) {
        Reply::Screened { results } => results,
        other => panic!("not screened: {other:?}"),
    }
}

#[test]
fn lists_load_with_their_dates_and_counts_in_source_order() {
    let mut s = Service::new();
    let Reply::Loaded { list, .. } = load(&mut s, &OFAC, Some("2026-11-30")) else {
        panic!("OFAC not loaded");
    };
    assert_eq!(list.source, Source::OfacSdn);
    // OFAC's legacy CSVs state no date: the file's own date stands in, and says so.
    assert_eq!(list.generated.as_deref(), Some("2026-11-30"));
    assert!(!list.dated_by_list);
    let Reply::Loaded { list, loaded } = load(&mut s, &["un-consolidated-excerpt.xml"], None)
    else {
        panic!("UN not loaded");
    };
    assert_eq!(list.generated.as_deref(), Some("2026-02-27"));
    assert!(list.dated_by_list);
    assert_eq!(list.entries, 37);
    assert!(list.names > list.entries, "aliases are counted");
    let sources: Vec<Source> = loaded.iter().map(|l| l.source).collect();
    assert_eq!(sources, [Source::Un, Source::OfacSdn]);
}

#[test]
fn a_listed_name_spelled_differently_is_found_with_its_entry() {
    let mut s = Service::new();
    load(&mut s, &["un-consolidated-excerpt.xml"], None);
    let results = screen(&mut s, &["Amir Ali Choudri", "Maria Gonzalez Trading Ltd"]);
    assert_eq!(results.len(), 2);
    let m = results[0]
        .iter()
        .find(|m| m.reference == "QDi.312")
        .expect("QDi.312 found");
    assert_eq!(m.source, Source::Un);
    assert_eq!(m.listed_name, "AAMIR ALI CHAUDHRY");
    assert_eq!(m.programmes, ["Al-Qaida"]);
    assert_eq!(m.listed_on.as_deref(), Some("2012-10-18"));
    assert!(m.score >= 85.0 && m.score <= 100.0, "{}", m.score);
    assert_eq!((m.score * 10.0).fract(), 0.0, "one decimal: {}", m.score);
    assert!(matches!(m.name_kind, NameKind::Alias { .. }) || m.name_kind == NameKind::Primary);
    assert_ne!(m.basis, Basis::Identifier);
    assert!(results[1].is_empty(), "{:?}", results[1]);
}

#[test]
fn a_bad_file_is_refused_and_the_lists_loaded_stay() {
    let mut s = Service::new();
    load(&mut s, &["un-consolidated-excerpt.xml"], None);
    let reply = s.handle(
        Request::Load {
            fallback_date: None,
        },
        &[b"name,address\nAcme,Somewhere\n"],
    );
    assert_eq!(
        reply,
        Reply::Refused {
            error: ListError::UnknownFormat { index: 0 }
        }
    );
    assert_eq!(s.loaded().len(), 1);
    assert!(!screen(&mut s, &["Aamir Ali Chaudhry"])[0].is_empty());
}

#[test]
fn a_newer_file_replaces_its_list_and_removing_stops_its_matches() {
    let mut s = Service::new();
    load(&mut s, &["un-consolidated-excerpt.xml"], None);
    load(&mut s, &["un-consolidated-excerpt.xml"], None);
    assert_eq!(s.loaded().len(), 1, "the same list is replaced, not added");
    assert!(!screen(&mut s, &["Aamir Ali Chaudhry"])[0].is_empty());
    let Reply::Removed { loaded } = s.handle(Request::Remove { source: Source::Un }, &[]) else {
        panic!("not removed");
    };
    assert!(loaded.is_empty());
    assert!(screen(&mut s, &["Aamir Ali Chaudhry"])[0].is_empty());
}
