//! The report of a shipment (of each shipment of a register export, one as the shipment export
//! makes it), in Markdown and as standalone printable HTML: its record, its finding and its
//! party screening (the lists and their dates, the threshold, each possible match and the
//! decision on it). Built once as blocks of plain text, then written in either form, every
//! text escaped on the way out.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::{html_escape, md};
use crate::core::fold::fold;
use crate::core::i18n::party::PartyMsg;
use crate::core::i18n::{text, Msg};
use crate::core::parties::{self, tenths, Found, NameKind, PartyScreening};
use crate::core::question_set::{Lang, QuestionSet};
use crate::core::register::{Screened, TextField};
use crate::core::register_export::{self, Decided, DecisionIndex, RegisterExportV1};
use crate::core::rules::Document;
use crate::core::shipment::Shipment;

/// A piece of the report, as plain (unescaped) text.
enum Block {
    Title(String),
    Heading(String),
    Subheading(String),
    Para(String),
    /// Labelled values.
    Fields(Vec<(String, String)>),
    Items(Vec<Item>),
}

/// A list item: its headline, labelled values, and a closing line (a decision).
struct Item {
    head: String,
    fields: Vec<(String, String)>,
    note: String,
}

fn document(s: &Shipment, d: Document) -> crate::core::shipment::DocStatus {
    match d {
        Document::EndUserCertificate => s.documents.end_user_certificate,
        Document::ExportLicence => s.documents.export_licence,
        Document::TransportDocuments => s.documents.transport_documents,
    }
}

fn blocks(doc: &RegisterExportV1, set: &QuestionSet, lang: Lang) -> Vec<Block> {
    let t = |m: Msg| text(lang, &m);
    let p = |m: PartyMsg| text(lang, &Msg::Party(m));
    let decided = DecisionIndex::new(&doc.party_decisions);
    let mut out = Vec::new();
    for e in &doc.shipments {
        let s = &e.shipment;
        out.push(Block::Title(if s.reference.trim().is_empty() {
            t(Msg::ShipmentRecord)
        } else {
            s.reference.clone()
        }));
        out.push(Block::Heading(t(Msg::ShipmentRecord)));
        let mut fields: Vec<(String, String)> = TextField::ALL
            .iter()
            .filter(|f| !f.get(s).trim().is_empty())
            .map(|&f| (t(Msg::ShipmentField(f)), f.get(s).to_owned()))
            .collect();
        if let Some(m) = s.mode {
            fields.push((t(Msg::ModeLabel), t(Msg::ModeName(m))));
        }
        if let Some(c) = s.category {
            fields.push((t(Msg::CategoryLabel), t(Msg::CategoryName(c))));
        }
        if !s.transit.is_empty() {
            fields.push((t(Msg::TransitLabel), s.transit.join("; ")));
        }
        for d in [
            Document::EndUserCertificate,
            Document::ExportLicence,
            Document::TransportDocuments,
        ] {
            fields.push((
                t(Msg::DocumentName(d)),
                t(Msg::DocStatusName(document(s, d))),
            ));
        }
        out.push(Block::Fields(fields));

        let f = e.finding(set);
        out.push(Block::Heading(t(Msg::FindingTitle(f.level))));
        out.push(Block::Para(t(Msg::LevelExplain(f.level))));
        let drivers: Vec<Item> = f
            .stop
            .iter()
            .chain(&f.inquire)
            .filter_map(|id| set.item(id))
            .map(|i| Item {
                head: i.text.get(lang).to_owned(),
                fields: Vec::new(),
                note: String::new(),
            })
            .collect();
        if !drivers.is_empty() {
            out.push(Block::Subheading(t(Msg::DrivenBy)));
            out.push(Block::Items(drivers));
        }
        out.push(Block::Para(t(Msg::NotApproval)));

        out.push(Block::Heading(p(PartyMsg::PartiesHeading)));
        match register_export::screening_now(e) {
            None => out.push(Block::Para(p(PartyMsg::NotScreened))),
            Some(screening) => party_blocks(&mut out, lang, e, screening, &decided, doc),
        }
    }
    out.push(Block::Fields(provenance(doc, lang)));
    out
}

/// Where a register export comes from, as labelled values for a report's footer: its
/// fingerprint, each list's date, the jurisdictions counted, the set and the widget.
pub(super) fn provenance(doc: &RegisterExportV1, lang: Lang) -> Vec<(String, String)> {
    let t = |m: Msg| text(lang, &m);
    let mut footer = vec![(t(Msg::Fingerprint), doc.fingerprint.clone())];
    for l in &doc.lists {
        footer.push((l.id.clone(), t(Msg::ListAsOf(l.as_of.clone()))));
    }
    if !doc.jurisdictions.is_empty() {
        let ids: Vec<String> = doc.jurisdictions.iter().map(|j| j.to_uppercase()).collect();
        footer.push((
            t(Msg::JurisdictionsHeading),
            t(Msg::JurisdictionsCounted(ids.join(", "))),
        ));
    }
    footer.push((
        format!(
            "{} {}",
            doc.question_set.id.as_str(),
            doc.question_set.version
        ),
        format!("SHA-256 {} · {}", doc.question_set.sha256, doc.widget),
    ));
    footer
}

/// The party screening of `e`: the lists and threshold, each party with its possible matches
/// and the decisions on them, then the other decisions on its parties' names.
fn party_blocks(
    out: &mut Vec<Block>,
    lang: Lang,
    e: &Screened,
    screening: &PartyScreening,
    decided: &DecisionIndex<'_>,
    doc: &RegisterExportV1,
) {
    let t = |m: Msg| text(lang, &m);
    let p = |m: PartyMsg| text(lang, &Msg::Party(m));
    out.push(Block::Fields(vec![
        (
            p(PartyMsg::ListsHeading),
            crate::core::sheet::lists_text(lang, screening),
        ),
        (
            p(PartyMsg::Threshold),
            format!("{:.1}", screening.threshold),
        ),
    ]));
    // The decisions shown beside a match, by (folded name, source, reference).
    let mut shown = BTreeSet::new();
    for (role, name) in parties::parties(&e.shipment) {
        out.push(Block::Subheading(format!(
            "{}: {name}",
            p(PartyMsg::RoleName(role))
        )));
        let matches = screening
            .result(role, name)
            .map_or(&[][..], |r| r.matches.as_slice());
        if matches.is_empty() {
            out.push(Block::Para(p(PartyMsg::NoMatch)));
            continue;
        }
        let items = matches
            .iter()
            .map(|m| {
                let d = decided.get(name, m);
                if d.is_some() {
                    shown.insert((fold(name), m.source, m.reference.clone()));
                }
                Item {
                    head: p(PartyMsg::Match {
                        matched_name: m.matched_name.clone(),
                        source: m.source,
                        reference: m.reference.clone(),
                        score_tenths: tenths(m.score),
                    }),
                    fields: match_fields(lang, m),
                    note: match d.map(Decided::from) {
                        Some(d) => p(PartyMsg::Decided {
                            verdict: d.verdict,
                            reason: d.reason.to_owned(),
                            decided_on: d.decided_on.to_owned(),
                            list_date: d.list_date.map(str::to_owned),
                        }),
                        None => t(Msg::ToInvestigate),
                    },
                }
            })
            .collect();
        out.push(Block::Items(items));
    }
    let names: BTreeSet<String> = parties::parties(&e.shipment)
        .into_iter()
        .map(|(_, n)| fold(n))
        .collect();
    let others: Vec<Item> = doc
        .party_decisions
        .iter()
        .filter(|d| names.contains(&d.name))
        .filter(|d| !shown.contains(&(d.name.clone(), d.source, d.reference.clone())))
        .map(|d| Item {
            head: p(PartyMsg::DecisionLine {
                name: d.as_written.clone(),
                source: d.source,
                reference: d.reference.clone(),
                listed_name: d.listed_name.clone(),
                verdict: d.verdict,
                reason: d.reason.clone(),
                decided_on: d.decided_on.clone(),
                list_date: d.list_date.clone(),
            }),
            fields: Vec::new(),
            note: String::new(),
        })
        .collect();
    if !others.is_empty() {
        out.push(Block::Subheading(p(PartyMsg::DecisionsHeading)));
        out.push(Block::Items(others));
    }
}

/// What the list says of the entry matched, and why the name matched.
fn match_fields(lang: Lang, m: &Found) -> Vec<(String, String)> {
    let p = |msg: PartyMsg| text(lang, &Msg::Party(msg));
    let mut fields = vec![(p(PartyMsg::ListedName), m.listed_name.clone())];
    if m.name_kind != NameKind::Primary {
        fields.push((p(PartyMsg::MatchedAlias), m.matched_name.clone()));
    }
    if !m.programmes.is_empty() {
        fields.push((p(PartyMsg::Programmes), m.programmes.join("; ")));
    }
    if let Some(d) = &m.listed_on {
        fields.push((p(PartyMsg::ListedOn), d.clone()));
    }
    if let Some(sl) = &m.sub_list {
        fields.push((p(PartyMsg::SubList), sl.clone()));
    }
    if let Some(i) = &m.identifier {
        fields.push((
            p(PartyMsg::MatchedIdentifier),
            format!("{}: {}", i.kind, i.value),
        ));
    }
    fields
}

/// The shipments of `doc` as Markdown, for a ticket or an email.
pub fn shipment_markdown(doc: &RegisterExportV1, set: &QuestionSet, lang: Lang) -> String {
    let mut out = String::new();
    for b in blocks(doc, set, lang) {
        match b {
            Block::Title(s) => {
                let _ = writeln!(out, "# {}\n", md(&s));
            }
            Block::Heading(s) => {
                let _ = writeln!(out, "## {}\n", md(&s));
            }
            Block::Subheading(s) => {
                let _ = writeln!(out, "### {}\n", md(&s));
            }
            Block::Para(s) => {
                let _ = writeln!(out, "{}\n", md(&s));
            }
            Block::Fields(fields) => {
                for (label, value) in fields {
                    let _ = writeln!(out, "- **{}**: {}", md(&label), md(&value));
                }
                out.push('\n');
            }
            Block::Items(items) => {
                for i in items {
                    let _ = writeln!(out, "- {}", md(&i.head));
                    for (label, value) in &i.fields {
                        let _ = writeln!(out, "  - {}: {}", md(label), md(value));
                    }
                    if !i.note.is_empty() {
                        let _ = writeln!(out, "  - **{}**", md(&i.note));
                    }
                }
                out.push('\n');
            }
        }
    }
    out
}

/// The shipments of `doc` as a standalone report: opens offline, loads nothing, prints cleanly.
pub fn shipment_html(doc: &RegisterExportV1, set: &QuestionSet, lang: Lang) -> String {
    let mut body = String::new();
    let mut title = None;
    let dl = |body: &mut String, fields: &[(String, String)]| {
        body.push_str("<dl>");
        for (label, value) in fields {
            let _ = write!(
                body,
                "<dt>{}</dt><dd>{}</dd>",
                html_escape(label),
                html_escape(value)
            );
        }
        body.push_str("</dl>\n");
    };
    let all = blocks(doc, set, lang);
    let last = all.len().saturating_sub(1);
    for (n, b) in all.into_iter().enumerate() {
        match b {
            Block::Title(s) => {
                title.get_or_insert_with(|| s.clone());
                let _ = writeln!(body, "<h1>{}</h1>", html_escape(&s));
            }
            Block::Heading(s) => {
                let _ = writeln!(body, "<h2>{}</h2>", html_escape(&s));
            }
            Block::Subheading(s) => {
                let _ = writeln!(body, "<h3>{}</h3>", html_escape(&s));
            }
            Block::Para(s) => {
                let _ = writeln!(body, "<p>{}</p>", html_escape(&s));
            }
            // The provenance last, as the assessment report has it.
            Block::Fields(fields) if n == last => {
                body.push_str("<footer>");
                dl(&mut body, &fields);
                body.push_str("</footer>\n");
            }
            Block::Fields(fields) => dl(&mut body, &fields),
            Block::Items(items) => {
                body.push_str("<ul>\n");
                for i in items {
                    let _ = write!(body, "<li><p class=\"q\">{}</p>", html_escape(&i.head));
                    if !i.fields.is_empty() {
                        dl(&mut body, &i.fields);
                    }
                    if !i.note.is_empty() {
                        let _ = write!(body, "<p class=\"a\">{}</p>", html_escape(&i.note));
                    }
                    body.push_str("</li>\n");
                }
                body.push_str("</ul>\n");
            }
        }
    }
    let title = title.unwrap_or_else(|| text(lang, &Msg::Register));
    super::html_page(lang, &title, &body)
}
