//! The register's chart: how many shipments have each finding, as inline SVG bars (drawn
//! here, nothing loaded), named for screen readers by the sentence that says the same. The
//! geometry (mirrored in a right-to-left language) and the sentence are `core::chart`'s.

use yew::prelude::*;

use crate::core::chart::{
    finding_bars, finding_rows, findings_height, findings_sentence, Direction, BAR_SPAN, WIDTH,
};
use crate::core::i18n::{text, Msg};
use crate::core::question_set::Lang;
use crate::core::screening::Level;

#[derive(Properties, PartialEq)]
pub struct FindingChartProps {
    /// Shipments per finding (`Findings::counts`).
    pub counts: [(Level, usize); 4],
    pub lang: Lang,
    /// The instance's id prefix, for the chart's element ids.
    pub instance: AttrValue,
}

#[component]
pub fn FindingChart(props: &FindingChartProps) -> Html {
    let lang = props.lang;
    let bars = finding_bars(&props.counts, BAR_SPAN);
    let id = format!("{}-finding-chart", props.instance);
    let height = findings_height(bars.len());
    let rows = finding_rows(&bars, Direction::of(lang)).into_iter().map(|r| {
        let b = r.bar;
        html! { <g class={format!("att-chart-row att-level-{}", b.level.token())} data-level={b.level.name()} data-count={b.count.to_string()}>
            <text class="att-chart-label" x={r.label.x.to_string()} y={r.label.y.to_string()}
                text-anchor={r.label.anchor}>{ text(lang, &Msg::LevelName(b.level)) }</text>
            <rect class={format!("att-bar-{}", b.level.token())} x={r.rect.x.to_string()} y={r.rect.y.to_string()}
                width={r.rect.width.to_string()} height={r.rect.height.to_string()} />
            <text class="att-chart-count" x={r.count.x.to_string()} y={r.count.y.to_string()}
                text-anchor={r.count.anchor}>{ b.count }</text>
        </g> }
    });
    html! {
        <figure class="att-chart att-finding-chart">
            <figcaption class="att-chart-title">{ text(lang, &Msg::ChartFindings) }</figcaption>
            // Read in the language's direction (`core::chart::Direction`: in Arabic the names
            // on the right, the bars growing leftwards), by mirrored positions: the SVG stays
            // `direction="ltr"` so its anchors are edges, and its text is never mirrored.
            <svg class="att-chart-findings" role="img" aria-labelledby={id.clone()} direction="ltr"
                viewBox={format!("0 0 {WIDTH} {height}")}>
                <title id={id}>{ findings_sentence(&bars, lang) }</title>
                { for rows }
            </svg>
        </figure>
    }
}
