//! Batch screening from a file: pick it (CSV in any common encoding and delimiter, or an
//! `.xlsx` workbook, read by the `att-reader` worker), check how it was read and which field
//! each column holds (mapped automatically where the headers allow: `batch_map`), screen, and
//! see every row that was not screened.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::batch_map::BatchMap;
use super::batch_step::{read_file, read_into, Retry, Step};
use crate::core::batch::{self, Batch, Format};
use crate::core::i18n::{text, Count, Msg};
use crate::core::question_set::Lang;
use crate::core::shipment::Shipment;
use crate::ui::problem::Problem;
use crate::web::download::download;

/// What the file picker offers: CSV and tab-separated text, and workbooks.
const ACCEPT: &str = ".csv,.txt,.tsv,.xlsx,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[derive(Properties, PartialEq)]
pub struct BatchImportProps {
    pub lang: Lang,
    pub instance: AttrValue,
    /// The good rows, each with its line, to add to the register.
    pub on_import: Callback<Vec<(u64, Shipment)>>,
}

#[component]
pub fn BatchImport(props: &BatchImportProps) -> Html {
    let lang = props.lang;
    let step = use_state(|| Step::Pick);
    let generation = use_memo((), |_| Cell::new(0u64));
    let input_id = format!("{}-batch-file", props.instance);
    let onchange = {
        let (step, generation) = (step.clone(), generation.clone());
        Callback::from(move |e: Event| {
            let Some(file) = crate::web::files::take_picked(&e) else {
                return;
            };
            read_file(step.clone(), file, generation.clone());
        })
    };
    let template = Callback::from(|_| {
        let _ = download("att-shipments-template.csv", "text/csv", &batch::template());
    });

    let body = match &*step {
        Step::Pick => Html::default(),
        Step::Reading => html! { <p role="status">{ text(lang, &Msg::BatchReading) }</p> },
        Step::Failed(msg, retry) => {
            let on_retry = retry.clone().map(|Retry { bytes, delimiter }| {
                let (step, generation) = (step.clone(), generation.clone());
                Callback::from(move |_: MouseEvent| {
                    read_into(step.clone(), bytes.clone(), delimiter, generation.clone())
                })
            });
            html! { <Problem {lang} msg={Some(msg.clone())} class="att-notice" {on_retry} /> }
        }
        Step::Map { bytes, table, map } => {
            let on_delimiter = {
                let (step, bytes, generation) = (step.clone(), bytes.clone(), generation.clone());
                Callback::from(move |chosen| {
                    read_into(step.clone(), bytes.clone(), chosen, generation.clone())
                })
            };
            let on_map = {
                let (step, bytes, table) = (step.clone(), bytes.clone(), table.clone());
                Callback::from(move |map| {
                    step.set(Step::Map {
                        bytes: bytes.clone(),
                        table: table.clone(),
                        map,
                    })
                })
            };
            let on_screen = {
                let (step, table, map, on_import) = (
                    step.clone(),
                    table.clone(),
                    map.clone(),
                    props.on_import.clone(),
                );
                Callback::from(move |_| {
                    let Batch { rows, errors } = batch::parse(&table, &map);
                    let screened = rows.len();
                    on_import.emit(rows);
                    step.set(Step::Done {
                        screened,
                        errors: Rc::new(errors),
                        sheet: matches!(table.format, Format::Xlsx { .. }),
                    });
                })
            };
            html! {
                <BatchMap {lang} instance={props.instance.clone()} table={table.clone()}
                    map={map.clone()} {on_delimiter} {on_map} {on_screen} />
            }
        }
        Step::Done {
            screened,
            errors,
            sheet,
        } => html! {
            <div class="att-batch-result">
                <p role="status">{ text(lang, &Msg::BatchResult { screened: Count::new(lang, *screened), rejected: Count::new(lang, errors.len()) }) }</p>
                <ul class="att-row-errors">
                    { for errors.iter().take(1000).map(|e| html! {
                        <li data-line={e.line.to_string()}>{ text(lang, &Msg::RowError { line: e.line, problem: e.problem.clone(), sheet: *sheet }) }</li>
                    }) }
                </ul>
            </div>
        },
    };

    html! {
        <section class="att-batch">
            <h3>{ text(lang, &Msg::BatchImport) }</h3>
            <div class="att-field">
                <label for={input_id.clone()}>{ text(lang, &Msg::BatchImport) }</label>
                <input type="file" id={input_id} accept={ACCEPT} {onchange} />
            </div>
            <button type="button" onclick={template}>{ text(lang, &Msg::BatchTemplate) }</button>
            <div class="att-batch-body">{ body }</div>
        </section>
    }
}
