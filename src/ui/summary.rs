//! The summary of one assessment: status by section, the gaps as an action plan (with the
//! "not sure" answers, labelled as to investigate), and what was marked not applicable with
//! the reason. Above them, the status at a glance: a stacked bar for the whole programme and
//! one per section (`core::chart`), each named by the sentence that says what it shows; the
//! sections' table stays as their detailed equivalent. In a right-to-left language the bars
//! read from the right (`core::chart::Direction`: the positions mirrored, not the text).

use std::rc::Rc;

use yew::prelude::*;

use crate::web::intl::date;

use super::content::LoadedSet;
use crate::core::assessment::Assessment;
use crate::core::chart::{holds_count, marks, Part, StatusBar, BAR_HEIGHT, WIDTH};
use crate::core::i18n::{text, Msg};
use crate::core::question_set::{ItemId, Lang};
use crate::core::report::plan_label;
use crate::core::summary::summarize;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub set: Rc<LoadedSet>,
    pub assessment: Rc<Assessment>,
    pub lang: Lang,
}

#[component]
pub fn SummaryView(props: &SummaryProps) -> Html {
    let lang = props.lang;
    let set = &props.set.set;
    let s = summarize(set, &props.assessment);
    let item_text = |id: &ItemId| {
        set.item(id)
            .map_or_else(|| id.to_string(), |i| i.text.get(lang).to_owned())
    };
    let section_title = |id| {
        set.sections
            .iter()
            .find(|x| &x.id == id)
            .map_or_else(String::new, |x| x.title.get(lang).to_owned())
    };
    let or_unset = |v: &str| {
        if v.is_empty() {
            text(lang, &Msg::Unassigned)
        } else {
            v.to_owned()
        }
    };

    let section_rows = s.sections.iter().map(|x| {
        html! {
            <tr>
                <th scope="row">{ section_title(&x.section) }</th>
                <td>{ format!("{} / {}", x.progress.answered, x.progress.total) }</td>
                <td>{ x.gaps }</td>
                <td>{ x.to_investigate }</td>
            </tr>
        }
    });
    let gap_rows = s.gaps.iter().map(|g| {
        html! {
            <tr data-item={g.item.to_string()} data-status={g.status.token()}>
                <td>{ item_text(&g.item) }</td>
                <td>{ text(lang, &plan_label(g.status)) }</td>
                <td>{ or_unset(&g.owner) }</td>
                <td>{ or_unset(&date(lang, &g.due)) }</td>
            </tr>
        }
    });
    let na_rows = s.not_applicable.iter().map(|n| {
        html! {
            <tr data-item={n.item.to_string()}>
                <td>{ item_text(&n.item) }</td>
                <td>{ or_unset(&n.reason) }</td>
            </tr>
        }
    });

    html! {
        <div class="att-summary">
            <p class="att-progress">
                { text(lang, &Msg::Progress { answered: s.overall.answered, total: s.overall.total }) }
            </p>
            <section class="att-charts" aria-labelledby="att-charts-heading">
                <h2 id="att-charts-heading">{ text(lang, &Msg::ChartHeading) }</h2>
                { legend(lang) }
                { for crate::core::chart::status_bars(set, &props.assessment, lang).iter().enumerate()
                    .map(|(n, bar)| status_bar(bar, &format!("att-chart-{n}"), lang)) }
            </section>
            <h2>{ text(lang, &Msg::SummarySections) }</h2>
            // A narrow screen scrolls the table in its own region, never the page.
            <div class="att-table-scroll" tabindex="0" role="region" aria-label={text(lang, &Msg::SummarySections)}>
            <table class="att-table att-summary-sections">
                <thead><tr>
                    <th scope="col">{ text(lang, &Msg::ColSection) }</th>
                    <th scope="col">{ text(lang, &Msg::ColAnswered) }</th>
                    <th scope="col">{ text(lang, &Msg::ColGaps) }</th>
                    <th scope="col">{ text(lang, &Msg::ToInvestigate) }</th>
                </tr></thead>
                <tbody>{ for section_rows }</tbody>
            </table>
            </div>
            <h2>{ text(lang, &Msg::SummaryActionPlan) }</h2>
            if s.gaps.is_empty() {
                <p>{ text(lang, &Msg::NoGaps) }</p>
            } else {
                <div class="att-table-scroll" tabindex="0" role="region" aria-label={text(lang, &Msg::SummaryActionPlan)}>
                <table class="att-table att-action-plan">
                    <thead><tr>
                        <th scope="col">{ text(lang, &Msg::ColItem) }</th>
                        <th scope="col">{ text(lang, &Msg::ColStatus) }</th>
                        <th scope="col">{ text(lang, &Msg::ColOwner) }</th>
                        <th scope="col">{ text(lang, &Msg::ColDue) }</th>
                    </tr></thead>
                    <tbody>{ for gap_rows }</tbody>
                </table>
                </div>
            }
            <h2>{ text(lang, &Msg::SummaryNotApplicable) }</h2>
            if s.not_applicable.is_empty() {
                <p>{ text(lang, &Msg::NoNotApplicable) }</p>
            } else {
                <table class="att-table att-not-applicable">
                    <thead><tr>
                        <th scope="col">{ text(lang, &Msg::ColItem) }</th>
                        <th scope="col">{ text(lang, &Msg::ColReason) }</th>
                    </tr></thead>
                    <tbody>{ for na_rows }</tbody>
                </table>
            }
        </div>
    }
}

/// A rectangle of `part`'s colour at `x`, with its marks over it (`Part::pattern`).
fn painted(part: Part, x: u32, width: u32, height: u32) -> Html {
    let marks = part
        .pattern()
        .map(|p| marks(p, x, width, height))
        .unwrap_or_default();
    html! { <>
        <rect class={format!("att-seg att-seg-{}", part.token())} x={x.to_string()} y="0"
            width={width.to_string()} height={height.to_string()} />
        { for marks.iter().map(|m| html! {
            <rect class="att-chart-mark" x={m.x.to_string()} y={m.y.to_string()}
                width={m.width.to_string()} height={m.height.to_string()} />
        }) }
    </> }
}

/// One bar: its title as a caption, then the picture, named by its sentence (`id` unique in
/// the widget).
fn status_bar(bar: &StatusBar, id: &str, lang: Lang) -> Html {
    let segments = bar.segments.iter().map(|s| {
        html! { <>
            { painted(s.key, s.x, s.width, BAR_HEIGHT) }
            if holds_count(s.width, s.count) {
                <text class={format!("att-seg-count att-seg-{}", s.key.token())}
                    x={(s.x + s.width / 2).to_string()} y="19" text-anchor="middle">{ s.count }</text>
            }
        </> }
    });
    html! {
        <figure class="att-chart" data-total={bar.total.to_string()}>
            <figcaption class="att-chart-title">{ bar.title.clone() }</figcaption>
            <svg class="att-chart-bar" role="img" aria-labelledby={id.to_owned()} direction="ltr"
                viewBox={format!("0 0 {WIDTH} {BAR_HEIGHT}")}>
                <title id={id.to_owned()}>{ bar.sentence(lang) }</title>
                <rect class="att-chart-frame" x="0" y="0" width={WIDTH.to_string()} height={BAR_HEIGHT.to_string()} />
                { for segments }
            </svg>
        </figure>
    }
}

/// What each colour and pattern stands for (the bars' names say it in words).
fn legend(lang: Lang) -> Html {
    html! {
        <ul class="att-chart-legend" aria-hidden="true">
            { for Part::ALL.iter().map(|&p| {
                html! { <li>
                    <svg class="att-chart-swatch" viewBox="0 0 14 14" width="14" height="14">
                        { painted(p, 0, 14, 14) }
                    </svg>
                    { p.label(lang) }
                </li> }
            }) }
        </ul>
    }
}
