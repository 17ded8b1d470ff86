//! The tokens the widget writes where Debug output used to go: the register CSV's `finding`
//! column, `data-level`, `data-integrity`, `data-severity`, and element ids and classes that
//! labels, stylesheets, host pages and end-to-end tests select on. Each is pinned here: a
//! renamed variant must not silently change a file or a page.

use std::collections::HashSet;

use att_diligence::core::assessment::{DetailField, Field};
use att_diligence::core::export::Integrity;
use att_diligence::core::question_set::Severity;
use att_diligence::core::register::TextField;
use att_diligence::core::rules::Document;
use att_diligence::core::screening::Level;
use att_diligence::core::summary::Filter;

fn pinned<T: Copy>(what: &str, all: &[T], token: impl Fn(T) -> &'static str, expected: &[&str]) {
    let got: Vec<&str> = all.iter().map(|&v| token(v)).collect();
    assert_eq!(got, expected, "{what}: tokens changed");
    let unique: HashSet<&str> = got.iter().copied().collect();
    assert_eq!(
        unique.len(),
        got.len(),
        "{what}: two variants share a token"
    );
}

#[test]
fn file_and_page_tokens_are_unique_and_stable() {
    pinned(
        "Level::token (register CSV `finding`, att-level-*)",
        &Level::ALL,
        Level::token,
        &["stop", "inquire", "incomplete", "noredflags"],
    );
    pinned(
        "Level::name (data-level)",
        &Level::ALL,
        Level::name,
        &["Stop", "Inquire", "Incomplete", "NoRedFlags"],
    );
    pinned(
        "Integrity (data-integrity)",
        &Integrity::ALL,
        Integrity::token,
        &["Intact", "Altered", "Unsigned"],
    );
    pinned(
        "Severity (data-severity)",
        &Severity::ALL,
        Severity::token,
        &["stop", "inquire", "context"],
    );
    pinned(
        "Field (item field ids, att-field-*)",
        &Field::ALL,
        Field::token,
        &[
            "note",
            "evidencedocument",
            "evidencedate",
            "evidencelocation",
            "owner",
            "due",
        ],
    );
    pinned(
        "DetailField (detail ids)",
        &DetailField::ALL,
        DetailField::token,
        &["organisation", "assessor", "date", "scope"],
    );
    pinned(
        "Filter (filter ids)",
        &Filter::ALL,
        Filter::token,
        &["all", "unanswered", "gaps"],
    );
    pinned(
        "Document (shipment editor ids)",
        &Document::ALL,
        Document::token,
        &["endusercertificate", "exportlicence", "transportdocuments"],
    );
    pinned(
        "TextField (shipment editor ids)",
        &TextField::ALL,
        TextField::token,
        &[
            "reference",
            "date",
            "consignor",
            "consignee",
            "enduser",
            "broker",
            "carrier",
            "vessel",
            "enduse",
            "destination",
            "description",
            "quantity",
            "value",
            "exemption",
        ],
    );
}
