//! Human-readable exports of an assessment: CSV (one row per item), Markdown (a summary for a
//! ticket or an email) and a standalone printable HTML report; and of a shipment, in Markdown
//! and HTML (`shipment`); and of the register, a printable HTML report (`register`). Everything the user typed, and every list's text, is text in all of
//! them: neutralised against formula injection in CSV, escaped in Markdown and HTML (and rid of
//! the control characters neither may hold; CSV keeps the text exact).

use std::fmt::Write as _;

use super::assessment::{Assessment, DetailField, Field, Status};
use super::csv_cell::csv_cell;
use super::export::ExportV1;
use super::i18n::{text, Msg};
use super::question_set::{Lang, QuestionSet};
use super::summary::summarize;

mod charts;
mod register;
mod shipment;
pub use register::register_html;
pub use shipment::{shipment_html, shipment_markdown};

const CSV_COLUMNS: [&str; 13] = [
    "section",
    "item_id",
    "question",
    "status",
    "note",
    "evidence_document",
    "evidence_date",
    "evidence_location",
    "owner",
    "target_date",
    "articles",
    "set_version",
    "widget",
];

/// One row per item of `set`, in UTF-8 with a byte-order mark (so spreadsheet programs read
/// Chinese correctly). Headers are stable identifiers; texts are in `lang`.
pub fn csv(a: &Assessment, set: &QuestionSet, lang: Lang) -> String {
    let widget = format!("att-diligence {}", super::export::WIDGET_VERSION);
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(CSV_COLUMNS);
    for section in &set.sections {
        for item in &section.items {
            let r = a.response(&item.id);
            let field = |f: Field| csv_cell(r.map_or("", |r| f.get(r)));
            let status = r
                .and_then(|r| r.status)
                .map_or(String::new(), |s| s.token().to_owned());
            let _ = w.write_record([
                csv_cell(section.title.get(lang)),
                item.id.to_string(),
                csv_cell(item.text.get(lang)),
                status,
                field(Field::Note),
                field(Field::EvidenceDocument),
                field(Field::EvidenceDate),
                field(Field::EvidenceLocation),
                field(Field::Owner),
                field(Field::Due),
                csv_cell(&item.articles.join(" ")),
                csv_cell(&set.version),
                widget.clone(),
            ]);
        }
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

/// What the action plan says of a gap: its status, or "to investigate" for a "not sure"
/// answer, so an unknown is never read as a known gap. The widget's summary says the same.
pub fn plan_label(status: Status) -> Msg {
    if status.is_definite() {
        Msg::StatusLabel(status)
    } else {
        Msg::ToInvestigate
    }
}

/// `s` as HTML and Markdown may hold it, both forbidding control characters and noncharacters
/// in text: a line break in any convention (CRLF, CR, a vertical tab as Word writes a manual
/// break, a form feed, NEL) becomes `\n`, a tab stays, any other control character (C0, DEL,
/// C1) or noncharacter goes; the text around it is kept.
pub fn printable(s: &str) -> impl Iterator<Item = char> + '_ {
    let mut chars = s.chars().peekable();
    std::iter::from_fn(move || loop {
        let c = chars.next()?;
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                return Some('\n');
            }
            '\u{b}' | '\u{c}' | '\u{85}' => return Some('\n'),
            '\t' | '\n' => return Some(c),
            c if c.is_control() || is_noncharacter(c) => continue,
            c => return Some(c),
        }
    })
}

/// U+FDD0 to U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE...).
fn is_noncharacter(c: char) -> bool {
    let n = u32::from(c);
    (0xfdd0..=0xfdef).contains(&n) || n & 0xfffe == 0xfffe
}

/// Escapes text for Markdown: punctuation that could format or link is backslashed, and `<`,
/// `>` and `&` become entities so no HTML gets through; a line break becomes a space (a table
/// row is one line).
pub fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in printable(s) {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' => out.push(' '),
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '-' | '.'
            | '!' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Escapes text for HTML element content and attribute values.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in printable(s) {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A summary to paste into a ticket or an email.
pub fn markdown(doc: &ExportV1, a: &Assessment, set: &QuestionSet, lang: Lang) -> String {
    let s = summarize(set, a);
    let t = |m: Msg| text(lang, &m);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", md(&doc.assessment.name));
    let _ = writeln!(out, "{}\n", md(set.title.get(lang)));
    for f in DetailField::ALL {
        let v = f.get(&a.details);
        if !v.is_empty() {
            let _ = writeln!(out, "- **{}**: {}", md(&t(Msg::Detail(f))), md(v));
        }
    }
    let _ = writeln!(
        out,
        "\n**{}**\n",
        md(&t(Msg::Progress {
            answered: s.overall.answered,
            total: s.overall.total
        }))
    );
    let _ = writeln!(out, "## {}\n", md(&t(Msg::SummaryActionPlan)));
    if s.gaps.is_empty() {
        let _ = writeln!(out, "{}\n", md(&t(Msg::NoGaps)));
    } else {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |\n|---|---|---|---|",
            md(&t(Msg::ColItem)),
            md(&t(Msg::ColStatus)),
            md(&t(Msg::ColOwner)),
            md(&t(Msg::ColDue))
        );
        for g in &s.gaps {
            let q = set.item(&g.item).map_or("", |i| i.text.get(lang));
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                md(q),
                md(&t(plan_label(g.status))),
                md(&g.owner),
                md(&g.due)
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "## {}\n", md(&t(Msg::SummaryNotApplicable)));
    if s.not_applicable.is_empty() {
        let _ = writeln!(out, "{}\n", md(&t(Msg::NoNotApplicable)));
    }
    for n in &s.not_applicable {
        let q = set.item(&n.item).map_or("", |i| i.text.get(lang));
        let _ = writeln!(out, "- {}: {}", md(q), md(&n.reason));
    }
    let _ = writeln!(out, "\n{}: `{}`", md(&t(Msg::Fingerprint)), doc.fingerprint);
    let _ = writeln!(out, "\n{}", md(&doc.widget));
    out
}

fn status_class(s: Option<Status>) -> &'static str {
    match s {
        Some(Status::InPlace) => "ok",
        Some(Status::PartlyInPlace | Status::NotInPlace) => "gap",
        Some(Status::NotApplicable) => "na",
        Some(Status::Unsure) => "investigate",
        None => "open",
    }
}

/// A standalone report: opens offline, loads nothing, prints cleanly (save as PDF from the
/// browser's print dialog).
pub fn html(doc: &ExportV1, a: &Assessment, set: &QuestionSet, lang: Lang) -> String {
    let s = summarize(set, a);
    let e = |m: Msg| html_escape(&text(lang, &m));
    let mut body = String::new();
    let _ = writeln!(body, "<h1>{}</h1>", html_escape(&doc.assessment.name));
    let _ = writeln!(
        body,
        "<p class=\"sub\">{}</p>",
        html_escape(set.title.get(lang))
    );
    let _ = writeln!(body, "<h2>{}</h2><dl>", e(Msg::DetailsHeading));
    for f in DetailField::ALL {
        let _ = writeln!(
            body,
            "<dt>{}</dt><dd>{}</dd>",
            e(Msg::Detail(f)),
            html_escape(f.get(&a.details))
        );
    }
    let _ = writeln!(body, "</dl>");
    let _ = writeln!(
        body,
        "<p><strong>{}</strong></p>",
        e(Msg::Progress {
            answered: s.overall.answered,
            total: s.overall.total
        })
    );
    // The status at a glance, the sections' table after it as its detailed equivalent.
    let _ = writeln!(
        body,
        "<section class=\"charts\"><h2>{}</h2>",
        e(Msg::ChartHeading)
    );
    body.push_str(&charts::legend(lang));
    for (n, bar) in super::chart::status_bars(set, a, lang).iter().enumerate() {
        body.push_str(&charts::status_bar(bar, &format!("chart-{n}"), lang));
    }
    body.push_str("</section>\n");
    let _ = writeln!(
        body,
        "<h2>{}</h2><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        e(Msg::SummarySections),
        e(Msg::ColSection),
        e(Msg::ColAnswered),
        e(Msg::ColGaps),
        e(Msg::ToInvestigate)
    );
    for (sec, sum) in set.sections.iter().zip(&s.sections) {
        let _ = writeln!(
            body,
            "<tr><td>{}</td><td>{} / {}</td><td>{}</td><td>{}</td></tr>",
            html_escape(sec.title.get(lang)),
            sum.progress.answered,
            sum.progress.total,
            sum.gaps,
            sum.to_investigate
        );
    }
    let _ = writeln!(body, "</tbody></table>");
    let _ = writeln!(body, "<h2>{}</h2>", e(Msg::SummaryActionPlan));
    if s.gaps.is_empty() {
        let _ = writeln!(body, "<p>{}</p>", e(Msg::NoGaps));
    } else {
        let _ = writeln!(
            body,
            "<table class=\"plan\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            e(Msg::ColItem),
            e(Msg::ColStatus),
            e(Msg::ColOwner),
            e(Msg::ColDue)
        );
        for g in &s.gaps {
            let q = set.item(&g.item).map_or("", |i| i.text.get(lang));
            let _ = writeln!(
                body,
                "<tr class=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                status_class(Some(g.status)),
                html_escape(q),
                e(plan_label(g.status)),
                html_escape(&g.owner),
                html_escape(&g.due)
            );
        }
        let _ = writeln!(body, "</tbody></table>");
    }
    let _ = writeln!(body, "<h2>{}</h2>", e(Msg::SummaryNotApplicable));
    if s.not_applicable.is_empty() {
        let _ = writeln!(body, "<p>{}</p>", e(Msg::NoNotApplicable));
    } else {
        let _ = writeln!(body, "<ul>");
        for n in &s.not_applicable {
            let q = set.item(&n.item).map_or("", |i| i.text.get(lang));
            let _ = writeln!(
                body,
                "<li>{}: {}</li>",
                html_escape(q),
                html_escape(&n.reason)
            );
        }
        let _ = writeln!(body, "</ul>");
    }
    let _ = writeln!(body, "<h2>{}</h2>", e(Msg::AllAnswers));
    for section in &set.sections {
        let _ = writeln!(
            body,
            "<h3>{}</h3><ol>",
            html_escape(section.title.get(lang))
        );
        for item in &section.items {
            let r = a.response(&item.id);
            let status = r.and_then(|r| r.status);
            let label = status.map_or_else(|| e(Msg::NotAnswered), |st| e(Msg::StatusLabel(st)));
            let _ = write!(
                body,
                "<li class=\"{}\"><p class=\"q\">{}</p><p class=\"a\">{}</p>",
                status_class(status),
                html_escape(item.text.get(lang)),
                label
            );
            for f in Field::ALL {
                let v = r.map_or("", |r| f.get(r));
                if !v.is_empty() {
                    let _ = write!(
                        body,
                        "<p class=\"f\"><span>{}</span> {}</p>",
                        e(Msg::FieldLabel(f)),
                        html_escape(v)
                    );
                }
            }
            let _ = writeln!(body, "</li>");
        }
        let _ = writeln!(body, "</ol>");
    }
    let _ = writeln!(
        body,
        "<footer><p>{}: <code>{}</code></p><p>{} {} · SHA-256 <code>{}</code> · {}</p></footer>",
        e(Msg::Fingerprint),
        doc.fingerprint,
        html_escape(doc.question_set.id.as_str()),
        html_escape(&doc.question_set.version),
        doc.question_set.sha256,
        html_escape(&doc.widget)
    );
    html_page(lang, &doc.assessment.name, &body)
}

/// A whole report page: `body` (already escaped) under `title`, with the report's stylesheet.
pub(crate) fn html_page(lang: Lang, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{REPORT_CSS}{REPORT_PAGES_CSS}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang = lang.tag(),
        dir = lang.dir(),
        title = html_escape(title),
    )
}

const REPORT_CSS: &str = "body{font-family:system-ui,-apple-system,'Segoe UI','Noto Sans','PingFang SC','Microsoft YaHei',sans-serif;color:#1b1f24;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.45}\
h1{margin-bottom:0}.sub{color:#4a5563;margin-top:.25rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}\
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #c5ccd6;padding:.3rem .5rem;text-align:start;vertical-align:top}thead th{background:#f1f4f8}\
li{margin:.4rem 0;break-inside:avoid}.q{font-weight:600;margin:0}.a,.f{margin:.1rem 0}.f span{color:#4a5563}li.gap .a{color:#8a1c24;font-weight:600}li.ok .a{color:#1e5e2b}li.investigate .a,tr.investigate td:nth-child(2){color:#7a4100;font-weight:600}\
table.plan td:last-child{white-space:nowrap}footer{margin-top:2rem;border-top:1px solid #c5ccd6;font-size:.85rem;color:#4a5563;word-break:break-all}\
.chart{margin:.4rem 0 .8rem}.chart figcaption{font-weight:600;margin-bottom:.15rem}.chart svg{display:block;width:100%;height:auto;font-size:14px}\
.frame{fill:#fff;stroke:#4a5563;stroke-width:1}.seg-in_place{fill:#1e6b34}.seg-partly_in_place{fill:#8a5a00}.seg-not_in_place{fill:#a1262e}.seg-not_applicable{fill:#5f6875}.seg-unsure{fill:#5b3f99}.seg-unanswered{fill:#fff}\
.mark{fill:#000;fill-opacity:.35}text[class^=seg-]{fill:#fff;font-weight:600}text.seg-unanswered{fill:#1b1f24}.findings text{fill:#1b1f24}\
.level-stop{fill:#8a1c24}.level-inquire{fill:#8a5a00}.level-incomplete{fill:#5f6875}.level-noredflags{fill:#1e6b34}\
.register td{overflow-wrap:anywhere}.register td.level{font-weight:600;overflow-wrap:normal}.register td.date{white-space:nowrap;overflow-wrap:normal}.register ul{margin:0;padding-inline-start:1.1rem}.register li{margin:0 0 .2rem}\
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.2rem 1rem;margin:.3rem 0}.legend li{margin:0}.legend svg{vertical-align:-2px;border:1px solid #4a5563}\
@media print{body{margin:0;max-width:none}.chart svg,.legend svg{print-color-adjust:exact;-webkit-print-color-adjust:exact}h2{break-after:avoid}table,tr{break-inside:avoid}a{color:inherit}}";

/// The report on paper: notes keep the line breaks typed in them; a heading stays with what
/// follows it (never alone at a page's foot); each section of the answers starts a page.
const REPORT_PAGES_CSS: &str = ".f{white-space:pre-wrap;overflow-wrap:anywhere}\
@media print{h1,h2,h3,dt,.q{break-after:avoid}ol+h3{break-before:page}thead{display:table-header-group}}";
