//! The list parsers on the official samples (`tests/samples/`, byte for byte as published):
//! every entry and every alias read, entries checked field by field, each kind of file
//! recognised from its content, and broken files refused naming the line or element.

use std::collections::HashMap;

use att_lists::formats::{self, CsvReason, FileKind, ListError};
use att_lists::{Entry, Identifier, List, Name, NameKind, PartyKind, Source};

const UN: &str = "un-consolidated-excerpt.xml";
const SDN: &str = "ofac-sdn-excerpt.csv";
const ALT: &str = "ofac-alt-excerpt.csv";
const ADD: &str = "ofac-add-excerpt.csv";
const CSL: &str = "us-csl-excerpt.csv";

fn sample(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/samples/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn text(name: &str) -> String {
    String::from_utf8(sample(name)).expect("the samples are UTF-8 (OFAC's are plain ASCII)")
}

fn load(files: &[&[u8]]) -> Result<List, ListError> {
    formats::read(files)
}

fn load_samples(names: &[&str]) -> List {
    let files: Vec<Vec<u8>> = names.iter().map(|n| sample(n)).collect();
    let refs: Vec<&[u8]> = files.iter().map(Vec::as_slice).collect();
    load(&refs).unwrap_or_else(|e| panic!("{names:?} refused: {e:?}"))
}

fn entry<'a>(list: &'a List, reference: &str) -> &'a Entry {
    let found = list.entries.iter().find(|e| e.reference == reference);
    found.unwrap_or_else(|| panic!("no entry {reference}"))
}

fn name(text: &str, kind: NameKind) -> Name {
    Name {
        text: text.into(),
        kind,
    }
}

fn id(kind: &str, value: &str) -> Identifier {
    Identifier {
        kind: kind.into(),
        value: value.into(),
    }
}

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| v.to_string()).collect()
}

const ALIAS: NameKind = NameKind::Alias { weak: false };
const WEAK: NameKind = NameKind::Alias { weak: true };

/// Every `<tag>content</tag>` in an XML text, as written (entities resolved), not empty.
fn elements(xml: &str, tag: &str) -> Vec<String> {
    let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
    let mut found = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        let end = after.find(&close).expect("closed in the sample");
        let value = after[..end].trim().replace("&amp;", "&");
        if !value.is_empty() {
            found.push(value);
        }
        rest = &after[end..];
    }
    found
}

fn aliases_of(list: &List) -> usize {
    let names = list.entries.iter().flat_map(|e| &e.names);
    names.filter(|n| n.kind != NameKind::Primary).count()
}

fn line_of(text: &str, needle: &str) -> u64 {
    let at = text.find(needle).expect("in the sample");
    1 + text[..at].matches('\n').count() as u64
}

#[test]
fn the_un_sample_is_read_whole_with_every_alias() {
    let xml = text(UN);
    let list = load_samples(&[UN]);
    assert_eq!(list.source, Source::Un);
    assert_eq!(list.generated.as_deref(), Some("2026-02-27"));
    let count = |kind| list.entries.iter().filter(|e| e.kind == kind).count();
    assert_eq!(count(PartyKind::Individual), 25);
    assert_eq!(count(PartyKind::Entity), 12);
    assert_eq!(
        count(PartyKind::Individual),
        xml.matches("<INDIVIDUAL>").count()
    );
    assert_eq!(count(PartyKind::Entity), xml.matches("<ENTITY>").count());

    // Each ALIAS_NAME (some hold several, `;`-separated) and each name in its original script.
    let written: Vec<String> = elements(&xml, "ALIAS_NAME")
        .iter()
        .flat_map(|a| a.split(';').map(|p| p.trim().to_string()))
        .chain(elements(&xml, "NAME_ORIGINAL_SCRIPT"))
        .collect();
    assert_eq!(aliases_of(&list), written.len());
    let read: Vec<&str> = list
        .entries
        .iter()
        .flat_map(|e| &e.names)
        .map(|n| n.text.as_str())
        .collect();
    for alias in &written {
        assert!(read.contains(&alias.as_str()), "alias {alias:?} lost");
    }
    let kinds = |kind| {
        list.entries
            .iter()
            .flat_map(|e| &e.names)
            .filter(|n| n.kind == kind)
            .count()
    };
    assert_eq!(kinds(WEAK), xml.matches("<QUALITY>Low</QUALITY>").count());
    assert_eq!(
        kinds(NameKind::Former),
        xml.matches("<QUALITY>f.k.a.</QUALITY>").count()
    );
    let references: Vec<String> = elements(&xml, "REFERENCE_NUMBER");
    let read: Vec<&String> = list.entries.iter().map(|e| &e.reference).collect();
    assert_eq!(read, references.iter().collect::<Vec<_>>());
}

#[test]
fn a_un_individual_with_aliases_of_both_qualities_and_documents() {
    let list = load_samples(&[UN]);
    let found = entry(&list, "QDi.312");
    let expected = Entry {
        reference: "QDi.312".into(),
        kind: PartyKind::Individual,
        names: vec![
            name("AAMIR ALI CHAUDHRY", NameKind::Primary),
            name("عامر علی چوہدری", ALIAS),
            name("Aamir Ali Chaudary", ALIAS),
            name("Aamir Ali Choudry", ALIAS),
            name("Amir Ali Chaudry", ALIAS),
            name("Huzaifa", WEAK),
        ],
        programmes: strings(&["Al-Qaida"]),
        listed_on: Some("2012-10-18".into()),
        identifiers: vec![
            id("Passport", "BN 4196361"),
            id("National Identification Number", "33202-7126636-9"),
        ],
        countries: strings(&["Pakistan"]),
        sub_list: None,
        linked_to: vec![],
    };
    assert_eq!(found, &expected);
    // A number written with a trailing space, an entity's former names, an escaped "&".
    assert_eq!(
        entry(&list, "KPi.019").identifiers,
        [id("Passport", "PS 472330208")]
    );
    let adf = &entry(&list, "CDe.001").names;
    assert_eq!(
        adf[..3],
        [
            name("ADF", NameKind::Primary),
            name("Allied Democratic Forces", ALIAS),
            name(
                "Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda",
                NameKind::Former
            )
        ]
    );
    assert_eq!(
        entry(&list, "KPe.055").names[0].text,
        "CHANG AN SHIPPING & TECHNOLOGY"
    );
    assert_eq!(
        entry(&list, "IRi.033").names[1..],
        [
            name("Mortaza Rezaie", ALIAS),
            name("Mortaza Rezai", ALIAS),
            name("Morteza Rezai", ALIAS)
        ]
    );
}

/// The OFAC rows as a CSV reader sees them, for counting independently of the parser.
fn rows(name: &str) -> Vec<Vec<String>> {
    let bytes = sample(name);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes.as_slice());
    let records = reader.records().map(|r| r.expect("a CSV row"));
    records
        .map(|r| r.iter().map(|f| f.trim().to_string()).collect())
        .collect()
}

#[test]
fn the_ofac_sample_is_read_whole_with_its_aliases_and_addresses() {
    let list = load_samples(&[SDN, ALT, ADD]);
    assert_eq!(list.source, Source::OfacSdn);
    assert_eq!(list.generated, None, "the legacy CSV states no date");
    assert_eq!(list.entries.len(), 150);
    assert_eq!(list.entries.len(), rows(SDN).len());

    let by_number: HashMap<&str, &Entry> = list
        .entries
        .iter()
        .map(|e| (e.reference.as_str(), e))
        .collect();
    let alt = rows(ALT);
    for row in &alt {
        let kind = if row[2] == "fka" {
            NameKind::Former
        } else {
            ALIAS
        };
        let names = &by_number[row[0].as_str()].names;
        assert!(names.contains(&name(&row[3], kind)), "alias {row:?} lost");
    }
    // alt.csv's rows, and the weak aliases OFAC writes in the remarks ("a.k.a. 'ABU YASIR'").
    let in_remarks = text(SDN).matches("a.k.a. '").count();
    assert_eq!(aliases_of(&list), alt.len() + in_remarks);
    for row in rows(ADD).iter().filter(|r| r[4] != "-0-") {
        let countries = &by_number[row[0].as_str()].countries;
        assert!(countries.contains(&row[4]), "country of {row:?} lost");
    }
    let kinds = |kind| list.entries.iter().filter(|e| e.kind == kind).count();
    assert_eq!(
        (kinds(PartyKind::Individual), kinds(PartyKind::Entity)),
        (74, 67)
    );
    assert_eq!(
        (kinds(PartyKind::Vessel), kinds(PartyKind::Aircraft)),
        (7, 2)
    );
}

#[test]
fn an_ofac_vessel_with_its_imo_number_from_the_remarks() {
    let list = load_samples(&[ADD, SDN, ALT]);
    let expected = Entry {
        reference: "15041".into(),
        kind: PartyKind::Vessel,
        names: vec![name("BANEH", NameKind::Primary)],
        programmes: strings(&["IRAN"]),
        listed_on: None,
        identifiers: vec![
            id("IMO", "8508462"),
            id("MMSI", "422141000"),
            id("Call Sign", "EQKF"),
        ],
        countries: strings(&["Iran"]),
        sub_list: None,
        linked_to: strings(&["NATIONAL IRANIAN TANKER COMPANY"]),
    };
    assert_eq!(entry(&list, "15041"), &expected);
    // A former name from alt.csv; several programmes; an individual's passports and weak aliases.
    assert_eq!(
        entry(&list, "27280").names[1],
        name("RISE DIGNITY", NameKind::Former)
    );
    assert_eq!(
        entry(&list, "10493").programmes,
        strings(&["SDGT", "NPWMD", "IRGC", "IFSR"])
    );
    let musa = entry(&list, "6368");
    assert_eq!(
        musa.names[0],
        name("MUSA, Rifa'i Ahmad Taha", NameKind::Primary)
    );
    assert!(musa.names.contains(&name("ABU YASIR", WEAK)));
    assert_eq!(
        musa.identifiers,
        [
            id("Passport", "83860"),
            id("Passport", "30455"),
            id("Passport", "1046403")
        ]
    );
    assert_eq!(entry(&list, "25525").kind, PartyKind::Aircraft);
}

#[test]
fn the_sdn_file_alone_is_a_list_and_the_others_need_it() {
    assert_eq!(load_samples(&[SDN]).entries.len(), 150);
    let (alt, add) = (sample(ALT), sample(ADD));
    assert_eq!(
        load(&[&alt]),
        Err(ListError::AltWithoutSdn {
            given: FileKind::OfacAlt
        })
    );
    assert_eq!(
        load(&[&add, &alt]),
        Err(ListError::AltWithoutSdn {
            given: FileKind::OfacAdd
        })
    );
}

#[test]
fn ofac_latin1_names_are_read_as_their_letters() {
    let mut sdn = b"99,\"MU\xD1OZ O\x92NEIL, Jos\xE9\",\"individual\",\"SDNT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n".to_vec();
    sdn.extend_from_slice(b"\x1A");
    let list = load(&[&sdn]).expect("a Latin-1 sdn.csv");
    assert_eq!(list.entries[0].names[0].text, "MUÑOZ O’NEIL, José");
}

#[test]
fn the_csl_sample_is_read_whole_by_header_name() {
    let list = load_samples(&[CSL]);
    assert_eq!(list.source, Source::UsCsl);
    assert_eq!(list.generated, None);
    assert_eq!(list.entries.len(), 40);
    let bytes = sample(CSL);
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let header = reader.headers().expect("a header").clone();
    let column = |name: &str| header.iter().position(|h| h == name).expect(name);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(list.entries.len(), rows.len());
    let mut alt_names = 0;
    for (row, entry) in rows.iter().zip(&list.entries) {
        assert_eq!(entry.names[0].text, row[column("name")].trim());
        assert_eq!(entry.sub_list.as_deref(), Some(&row[column("source")]));
        for alias in row[column("alt_names")]
            .split(';')
            .map(str::trim)
            .filter(|a| !a.is_empty())
        {
            assert!(
                entry.names.contains(&name(alias, ALIAS)),
                "alias {alias:?} lost"
            );
            alt_names += 1;
        }
    }
    assert_eq!(aliases_of(&list), alt_names);
}

#[test]
fn a_csl_row_with_alternative_names_and_identifiers() {
    let list = load_samples(&[CSL]);
    let expected = Entry {
        reference: "19692".into(),
        kind: PartyKind::Entity,
        names: vec![
            name("ACHIM DEVELOPMENT, OOO", NameKind::Primary),
            name("ACHIM DEVELOPMENT", ALIAS),
            name(
                "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU 'ACHIM DEVELOPMENT'",
                ALIAS,
            ),
        ],
        programmes: strings(&["UKRAINE-EO13662"]),
        listed_on: None,
        identifiers: vec![
            id("Registration ID", "1148904001971"),
            id("Government Gazette Number", "32131525"),
            id("Tax ID No.", "8904075533"),
        ],
        countries: strings(&["RU"]),
        sub_list: Some(
            "Sectoral Sanctions Identifications List (SSI) - Treasury Department".into(),
        ),
        linked_to: vec![],
    };
    assert_eq!(entry(&list, "19692"), &expected);
    let vessel = entry(&list, "27304");
    assert_eq!(
        (vessel.kind, &vessel.identifiers[..]),
        (PartyKind::Vessel, &[id("IMO", "9116412")][..])
    );
    // Rows with no number of their own (BIS, State) get their sub-list's short name and name.
    let denied = entry(&list, "DPL: ADRIAN MANUEL HERNANDEZ");
    assert_eq!(denied.listed_on.as_deref(), Some("2017-10-16"));
}

#[test]
fn each_kind_of_file_is_recognised_from_its_content() {
    assert_eq!(formats::detect(&sample(UN)), Some(FileKind::UnXml));
    assert_eq!(formats::detect(&sample(SDN)), Some(FileKind::OfacSdn));
    assert_eq!(formats::detect(&sample(ALT)), Some(FileKind::OfacAlt));
    assert_eq!(formats::detect(&sample(ADD)), Some(FileKind::OfacAdd));
    assert_eq!(formats::detect(&sample(CSL)), Some(FileKind::UsCsl));
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend(sample(CSL));
    assert_eq!(formats::detect(&with_bom), Some(FileKind::UsCsl));
    for other in [
        &b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..],
        b"",
        b"name,city\nACME,Lyon\n",
        b"<?xml version=\"1.0\"?><rss><channel/></rss>",
        b"%PDF-1.7\n",
    ] {
        assert_eq!(
            formats::detect(other),
            None,
            "{:?}",
            String::from_utf8_lossy(other)
        );
    }
}

#[test]
fn files_that_are_no_list_are_refused_by_kind() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01";
    assert_eq!(load(&[png]), Err(ListError::UnknownFormat { index: 0 }));
    assert_eq!(load(&[b""]), Err(ListError::Empty { index: 0 }));
    assert_eq!(load(&[]), Err(ListError::Empty { index: 0 }));
    let (sdn, un, csl) = (sample(SDN), sample(UN), sample(CSL));
    assert_eq!(load(&[&sdn, b" \r\n"]), Err(ListError::Empty { index: 1 }));
    assert_eq!(
        load(&[&sdn, png]),
        Err(ListError::UnknownFormat { index: 1 })
    );
    let mixed = Err(ListError::Mixed {
        first: FileKind::UnXml,
        other: FileKind::UsCsl,
    });
    assert_eq!(load(&[&un, &csl]), mixed);
    assert_eq!(
        load(&[&sdn, &sdn]),
        Err(ListError::Duplicate {
            kind: FileKind::OfacSdn
        })
    );
}

#[test]
fn a_cut_short_un_file_is_refused_naming_the_element_or_line() {
    let xml = text(UN);
    // Cut in the text of an alias: the entry and the list are never closed.
    let at = xml.find("Huzaifa").expect("in the sample");
    let cut = load(&[&xml.as_bytes()[..at]]);
    assert_eq!(
        cut,
        Err(ListError::Truncated {
            element: "ALIAS_NAME".into(),
            line: line_of(&xml, "Huzaifa")
        })
    );
    // Cut inside a tag: not XML any more, at the line of that tag.
    let at = xml
        .find("<REFERENCE_NUMBER>QDi.312")
        .expect("in the sample")
        + 5;
    match load(&[&xml.as_bytes()[..at]]) {
        Err(ListError::NotXml { line, .. }) => {
            assert_eq!(line, line_of(&xml, "<REFERENCE_NUMBER>QDi.312"))
        }
        other => panic!("{other:?}"),
    }
    // However the download was cut, a part of the list is never taken for the whole.
    let end = xml.rfind("</CONSOLIDATED_LIST>").expect("closed");
    for at in (1..end).step_by(977) {
        assert!(
            load(&[&xml.as_bytes()[..at]]).is_err(),
            "cut at byte {at} was accepted"
        );
    }
}

#[test]
fn a_un_entry_without_its_reference_is_refused_naming_it() {
    let xml = text(UN).replacen(
        "<REFERENCE_NUMBER>QDi.312</REFERENCE_NUMBER>",
        "<REFERENCE_NUMBER/>",
        1,
    );
    let line = line_of(&xml, "<DATAID>2999482") - 1; // the <INDIVIDUAL> opening QDi.312
    let expected = ListError::MissingElement {
        element: "REFERENCE_NUMBER".into(),
        line,
    };
    assert_eq!(load(&[xml.as_bytes()]), Err(expected));
}

#[test]
fn a_un_file_that_stops_being_xml_is_refused_at_its_line() {
    let xml = text(UN);
    let not_xml_line = |bytes: &[u8]| match load(&[bytes]) {
        Err(ListError::NotXml { line, .. }) => line,
        other => panic!("{other:?}"),
    };
    let crossed = xml.replacen("</SECOND_NAME>", "</THIRD_NAME>", 1);
    assert_eq!(
        not_xml_line(crossed.as_bytes()),
        line_of(&xml, "</SECOND_NAME>")
    );
    let entity = xml.replacen("&amp;", "&nbsp;", 1);
    assert_eq!(not_xml_line(entity.as_bytes()), line_of(&xml, "&amp;"));
    let mut latin1 = xml.into_bytes();
    let at = latin1
        .windows(4)
        .position(|w| w == b"Cama")
        .expect("in the sample");
    latin1[at + 4] = 0xE1; // "Camará" as Latin-1: not UTF-8
    assert_eq!(not_xml_line(&latin1), line_of(&text(UN), "Camar"));
}

#[test]
fn a_csv_row_with_the_wrong_field_count_is_refused_naming_its_line() {
    let sdn = text(SDN).replacen(",\"SDNT\",-0- ,", ",\"SDNT\",", 1); // line 3 loses a field
    let expected = ListError::Csv {
        file: FileKind::OfacSdn,
        line: 3,
        reason: CsvReason::FieldCount {
            expected: 12,
            found: 11,
        },
    };
    assert_eq!(load(&[sdn.as_bytes()]), Err(expected));
    let mut alt = text(ALT);
    alt.push_str("36,13,\"aka\"\n");
    let (sdn, last) = (sample(SDN), 1 + rows(ALT).len() as u64);
    let expected = ListError::Csv {
        file: FileKind::OfacAlt,
        line: last,
        reason: CsvReason::FieldCount {
            expected: 5,
            found: 3,
        },
    };
    assert_eq!(load(&[&sdn, alt.as_bytes()]), Err(expected));
    let csl = text(CSL).replacen(",INKSNA,", ",", 1); // line 3 of the CSL
    let expected = ListError::Csv {
        file: FileKind::UsCsl,
        line: 3,
        reason: CsvReason::FieldCount {
            expected: 28,
            found: 27,
        },
    };
    assert_eq!(load(&[csl.as_bytes()]), Err(expected));
}

#[test]
fn csv_rows_missing_what_the_format_requires_are_refused() {
    let sdn = text(SDN).replacen("\"AEROCARIBBEAN AIRLINES\"", "-0- ", 1);
    let expected = ListError::MissingField {
        file: FileKind::OfacSdn,
        line: 1,
        field: "name".into(),
    };
    assert_eq!(load(&[sdn.as_bytes()]), Err(expected));
    let csl = text(CSL).replacen(",name,", ",full_name,", 1);
    let expected = ListError::MissingField {
        file: FileKind::UsCsl,
        line: 1,
        field: "name".into(),
    };
    assert_eq!(load(&[csl.as_bytes()]), Err(expected));
}

#[test]
fn damaged_files_never_crash_the_reader() {
    // Bytes changed all through each sample (a fixed pseudo-random walk, so reproducible).
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for name in [UN, SDN, ALT, ADD, CSL] {
        let original = sample(name);
        for _ in 0..40 {
            let mut bytes = original.clone();
            for _ in 0..1 + next() % 8 {
                let at = (next() % bytes.len() as u64) as usize;
                bytes[at] = (next() % 256) as u8;
            }
            let cut = (next() % (bytes.len() as u64 + 1)) as usize;
            let _ = formats::detect(&bytes[..cut]);
            let _ = load(&[&bytes[..cut]]);
            let _ = load(&[&bytes]);
        }
    }
}
