//! The register's chart: how many shipments have each finding, as inline SVG bars (drawn
//! here, nothing loaded), named for screen readers by the sentence that says the same. The
//! geometry and the sentence are `core::chart`'s.

use yew::prelude::*;

use crate::core::chart::{
    finding_bars, findings_sentence, BAR_SPAN, LABEL_WIDTH, ROW_HEIGHT, WIDTH,
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
    let height = ROW_HEIGHT * bars.len() as u32;
    let rows = bars.iter().enumerate().map(|(i, b)| {
        let y = ROW_HEIGHT * i as u32;
        html! { <g class={format!("att-chart-row att-level-{}", b.level.token())} data-level={b.level.name()} data-count={b.count.to_string()}>
            <text class="att-chart-label" x="0" y={(y + 19).to_string()}>{ text(lang, &Msg::LevelName(b.level)) }</text>
            <rect class={format!("att-bar-{}", b.level.token())} x={LABEL_WIDTH.to_string()} y={(y + 4).to_string()}
                width={b.length.to_string()} height="20" />
            <text class="att-chart-count" x={(LABEL_WIDTH + b.length + 8).to_string()} y={(y + 19).to_string()}>{ b.count }</text>
        </g> }
    });
    html! {
        <figure class="att-chart att-finding-chart">
            <figcaption class="att-chart-title">{ text(lang, &Msg::ChartFindings) }</figcaption>
            // Drawn left to right in every language, so the names stay inside the picture.
            <svg class="att-chart-findings" role="img" aria-labelledby={id.clone()} direction="ltr"
                viewBox={format!("0 0 {WIDTH} {height}")}>
                <title id={id}>{ findings_sentence(&bars, lang) }</title>
                { for rows }
            </svg>
        </figure>
    }
}
