//! The summary's charts as SVG text, for the printable report: the same
//! geometry and sentences as the widget draws (`core::chart`), every text escaped, nothing
//! loaded and no style attribute (the report's stylesheet colours them by class). In a
//! right-to-left language the bars read from the right: `core::chart` mirrors the positions,
//! each SVG stays `direction="ltr"` so its text anchors are edges and its text reads as text.

use std::fmt::Write as _;

use super::html_escape;
use crate::core::chart::{
    finding_rows, findings_height, findings_sentence, holds_count, marks, CountBar, Direction,
    Part, StatusBar, BAR_HEIGHT, WIDTH,
};
use crate::core::i18n::{text, Msg};
use crate::core::question_set::Lang;

/// A status bar: its title as a caption, then an `<svg role="img">` named by its sentence
/// (`id` unique in the page).
pub fn status_bar(bar: &StatusBar, id: &str, lang: Lang) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<figure class=\"chart\"><figcaption>{title}</figcaption>\
         <svg class=\"bar\" role=\"img\" aria-labelledby=\"{id}\" direction=\"ltr\" viewBox=\"0 0 {WIDTH} {BAR_HEIGHT}\">\
         <title id=\"{id}\">{sentence}</title>\
         <rect class=\"frame\" x=\"0\" y=\"0\" width=\"{WIDTH}\" height=\"{BAR_HEIGHT}\"/>",
        title = html_escape(&bar.title),
        sentence = html_escape(&bar.sentence(lang)),
    );
    for s in &bar.segments {
        out.push_str(&painted(s.key, s.x, s.width, BAR_HEIGHT));
        if holds_count(s.width, s.count) {
            let _ = write!(
                out,
                "<text class=\"seg-{}\" x=\"{}\" y=\"19\" text-anchor=\"middle\">{}</text>",
                s.key.token(),
                s.x + s.width / 2,
                s.count
            );
        }
    }
    out.push_str("</svg></figure>\n");
    out
}

/// The register's shipments per finding: a row per level (its name, its bar, its count), the
/// `<svg role="img">` named by the sentence that says the same counts (`id` unique in the
/// page), read in `lang`'s direction.
pub fn findings(bars: &[CountBar], id: &str, lang: Lang) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<figure class=\"chart\"><figcaption>{caption}</figcaption>\
         <svg class=\"findings\" role=\"img\" aria-labelledby=\"{id}\" direction=\"ltr\" viewBox=\"0 0 {WIDTH} {height}\">\
         <title id=\"{id}\">{sentence}</title>",
        caption = html_escape(&text(lang, &Msg::ChartFindings)),
        height = findings_height(bars.len()),
        sentence = html_escape(&findings_sentence(bars, lang)),
    );
    for r in finding_rows(bars, Direction::of(lang)) {
        let b = r.bar;
        let _ = write!(
            out,
            "<g data-level=\"{name}\" data-count=\"{count}\">\
             <text class=\"label\" x=\"{lx}\" y=\"{ly}\" text-anchor=\"{la}\">{label}</text>\
             <rect class=\"level-{token}\" x=\"{rx}\" y=\"{ry}\" width=\"{rw}\" height=\"{rh}\"/>\
             <text class=\"count\" x=\"{cx}\" y=\"{cy}\" text-anchor=\"{ca}\">{count}</text></g>",
            name = b.level.name(),
            count = b.count,
            label = html_escape(&text(lang, &Msg::LevelName(b.level))),
            token = b.level.token(),
            lx = r.label.x,
            ly = r.label.y,
            la = r.label.anchor,
            rx = r.rect.x,
            ry = r.rect.y,
            rw = r.rect.width,
            rh = r.rect.height,
            cx = r.count.x,
            cy = r.count.y,
            ca = r.count.anchor,
        );
    }
    out.push_str("</svg></figure>\n");
    out
}

/// A rectangle of `part`'s colour at `x`, with its marks over it.
fn painted(part: Part, x: u32, width: u32, height: u32) -> String {
    let mut out = format!(
        "<rect class=\"seg-{}\" x=\"{x}\" y=\"0\" width=\"{width}\" height=\"{height}\"/>",
        part.token()
    );
    for m in part
        .pattern()
        .map(|p| marks(p, x, width, height))
        .unwrap_or_default()
    {
        let _ = write!(
            out,
            "<rect class=\"mark\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>",
            m.x, m.y, m.width, m.height
        );
    }
    out
}

/// The key the status bars share: each part's swatch and name (the bars' names say the same).
pub fn legend(lang: Lang) -> String {
    let mut out = String::from("<ul class=\"legend\" aria-hidden=\"true\">");
    for p in Part::ALL {
        let _ = write!(
            out,
            "<li><svg viewBox=\"0 0 14 14\" width=\"14\" height=\"14\">{}</svg> {label}</li>",
            painted(p, 0, 14, 14),
            label = html_escape(&p.label(lang))
        );
    }
    out.push_str("</ul>\n");
    out
}
