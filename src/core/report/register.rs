//! The register's printable report: a standalone HTML page (the assessment report's head,
//! stylesheet and escaping) with the day it was exported and the widget's version, the
//! shipments per finding as an inline SVG chart named by its sentence, then one table row per
//! shipment as the register's table shows it (reference, date, mode, destination, finding,
//! what the finding names as its reasons, possible matches without a decision), and where
//! the export comes from. Every text the user typed is escaped; the page loads nothing.
//!
//! Written in one pass into one string, each shipment's finding worked out once: linear in
//! the shipments (the widget keeps registers of more than 10,000).

use std::fmt::Write as _;

use super::{charts, html_escape, html_page, shipment::provenance};
use crate::core::chart::{finding_bars, BAR_SPAN};
use crate::core::i18n::party::PartyMsg;
use crate::core::i18n::{text, Count, Msg};
use crate::core::question_set::{Lang, QuestionSet};
use crate::core::register::{Screened, TextField};
use crate::core::register_export::{DecisionIndex, RegisterExportV1};
use crate::core::screening::{Finding, Level};

/// What a finding names as its reasons, in `lang`: the indicators that drove it (stop, then
/// inquire), the Article 7(4) flow's overriding risk, and how many applicable indicators are
/// still unchecked.
fn reasons(f: &Finding, set: &QuestionSet, lang: Lang) -> Vec<String> {
    let mut out: Vec<String> = f
        .drivers(set)
        .map(|i| i.text.get(lang).to_owned())
        .collect();
    if f.overriding_risk {
        out.push(text(lang, &Msg::OverridingRiskFound));
    }
    if !f.unchecked.is_empty() {
        out.push(text(lang, &Msg::UncheckedCount(f.unchecked.len())));
    }
    out
}

/// The possible matches of `e`'s parties (their names as they are now) with no decision in
/// the export: the register table's count.
fn open_matches(e: &Screened, decided: &DecisionIndex<'_>) -> usize {
    e.parties
        .current(&e.shipment)
        .flat_map(|p| p.matches.iter().map(move |m| (p, m)))
        .filter(|(p, m)| decided.get(&p.name, m).is_none())
        .count()
}

/// The register export `doc` as a printable report, exported on `day` (an ISO date).
pub fn register_html(doc: &RegisterExportV1, set: &QuestionSet, lang: Lang, day: &str) -> String {
    let t = |m: Msg| html_escape(&text(lang, &m));
    let decided = DecisionIndex::new(&doc.party_decisions);
    let findings: Vec<Finding> = doc.shipments.iter().map(|e| e.finding(set)).collect();
    let counts = Level::tally(findings.iter().map(|f| f.level));
    // Some 800 bytes a row with its reasons (fewer without): the string rarely grows.
    let mut body = String::with_capacity(4096 + 800 * doc.shipments.len());
    let _ = writeln!(body, "<h1>{}</h1>", t(Msg::Register));
    let _ = writeln!(
        body,
        "<p class=\"sub\">{} · {}</p>",
        t(Msg::ExportedOn(day.to_owned())),
        html_escape(&doc.widget)
    );
    body.push_str("<section class=\"charts\">\n");
    body.push_str(&charts::findings(
        &finding_bars(&counts, BAR_SPAN),
        "chart-findings",
        lang,
    ));
    body.push_str("</section>\n");
    let _ = writeln!(
        body,
        "<table class=\"register\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th>\
         <th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        t(Msg::ShipmentField(TextField::Reference)),
        t(Msg::ShipmentField(TextField::Date)),
        t(Msg::ModeLabel),
        t(Msg::ShipmentField(TextField::Destination)),
        t(Msg::FilterByFinding),
        t(Msg::DrivenBy),
        t(Msg::Party(PartyMsg::OpenMatches)),
    );
    for (e, f) in doc.shipments.iter().zip(&findings) {
        let s = &e.shipment;
        let _ = write!(
            body,
            "<tr data-shipment=\"{id}\" data-level=\"{level}\"><td>{reference}</td><td class=\"date\">{date}</td>\
             <td>{mode}</td><td>{destination}</td><td class=\"level level-{token}\">{finding}</td><td>",
            id = html_escape(&e.id),
            level = f.level.name(),
            reference = html_escape(&s.reference),
            date = html_escape(&s.date),
            mode = s
                .mode
                .map_or_else(String::new, |m| t(Msg::ModeName(m))),
            destination = html_escape(&s.destination),
            token = f.level.token(),
            finding = t(Msg::LevelName(f.level)),
        );
        let why = reasons(f, set, lang);
        if !why.is_empty() {
            body.push_str("<ul>");
            for r in &why {
                let _ = write!(body, "<li>{}</li>", html_escape(r));
            }
            body.push_str("</ul>");
        }
        let open = open_matches(e, &decided);
        body.push_str("</td><td>");
        if open > 0 {
            let _ = write!(body, "{}", Count::new(lang, open));
        }
        body.push_str("</td></tr>\n");
    }
    body.push_str("</tbody></table>\n<footer><dl>");
    for (label, value) in provenance(doc, lang) {
        let _ = write!(
            body,
            "<dt>{}</dt><dd>{}</dd>",
            html_escape(&label),
            html_escape(&value)
        );
    }
    body.push_str("</dl></footer>\n");
    html_page(lang, &text(lang, &Msg::Register), &body)
}
