//! Batch screening from a file: pick it (CSV in any common encoding and delimiter, or an
//! `.xlsx` workbook, read by the `att-reader` worker), check how it was read and which field
//! each column holds (mapped automatically where the headers allow), screen, and see every row
//! that was not screened.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::batch::{self, Batch, Column, ColumnMap, Delimiter, Format, RowError, Table};
use crate::core::i18n::{text, Count, Msg};
use crate::core::question_set::Lang;
use crate::core::shipment::Shipment;
use crate::ui::problem::Problem;
use crate::web::download::download;
use crate::web::files::{read_bytes, FileError};
use crate::web::reader;
use crate::web::worker::WorkerError;

/// Batch files are refused above this size before being read.
pub const MAX_BATCH_BYTES: usize = 64 * 1024 * 1024;

/// What the file picker offers: CSV and tab-separated text, and workbooks.
const ACCEPT: &str = ".csv,.txt,.tsv,.xlsx,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

#[derive(Properties, PartialEq)]
pub struct BatchImportProps {
    pub lang: Lang,
    pub instance: AttrValue,
    /// The good rows, each with its line, to add to the register.
    pub on_import: Callback<Vec<(u64, Shipment)>>,
}

#[derive(Clone, PartialEq)]
enum Step {
    Pick,
    Reading,
    Map {
        /// Kept to read the file again with another delimiter.
        bytes: Rc<Vec<u8>>,
        table: Rc<Table>,
        map: ColumnMap,
    },
    Done {
        screened: usize,
        errors: Rc<Vec<RowError>>,
        sheet: bool,
    },
    /// With the underlying reader's or browser's own text, if any, shown collapsed; and, when
    /// the reader did not start or answer, what to read again.
    Failed(Msg, Option<Retry>),
}

/// A file the reader worker gave no answer for: read it again with this delimiter.
#[derive(Clone, PartialEq)]
struct Retry {
    bytes: Rc<Vec<u8>>,
    delimiter: Option<Delimiter>,
}

/// Reads `bytes` in the worker and moves to the mapping step, unless a newer file was picked
/// meanwhile (`generation` moved on).
fn read_into(
    step: UseStateHandle<Step>,
    bytes: Rc<Vec<u8>>,
    delimiter: Option<Delimiter>,
    generation: Rc<Cell<u64>>,
) {
    let mine = generation.get() + 1;
    generation.set(mine);
    step.set(Step::Reading);
    wasm_bindgen_futures::spawn_local(async move {
        let next = match reader::read(&bytes, delimiter).await {
            // Refused by the reader or by the page's policy: the same again would be too.
            Err(e @ (WorkerError::Refused(_) | WorkerError::Blocked(_))) => {
                Step::Failed(Msg::BatchWorkerFailed(e.detail().to_owned()), None)
            }
            Err(e) => Step::Failed(
                Msg::BatchWorkerFailed(e.detail().to_owned()),
                Some(Retry { bytes, delimiter }),
            ),
            Ok(Ok(table)) => {
                let map = batch::auto_map(&table.headers);
                Step::Map {
                    bytes,
                    table: Rc::new(table),
                    map,
                }
            }
            Ok(Err(e)) => Step::Failed(Msg::BatchUnreadable(e), None),
        };
        if generation.get() == mine {
            step.set(next);
        }
    });
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
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let (step, generation) = (step.clone(), generation.clone());
            step.set(Step::Reading);
            wasm_bindgen_futures::spawn_local(async move {
                match read_bytes(file, MAX_BATCH_BYTES).await {
                    Ok(bytes) => read_into(step, Rc::new(bytes), None, generation),
                    Err(FileError::TooLarge { bytes }) => step.set(Step::Failed(
                        Msg::BatchTooLarge {
                            bytes: bytes as u64,
                            limit: MAX_BATCH_BYTES as u64,
                        },
                        None,
                    )),
                    Err(FileError::Unreadable) => step.set(Step::Failed(Msg::FileUnreadable, None)),
                }
            });
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
            let delimiter = match &table.format {
                Format::Csv { delimiter, .. } => {
                    let id = format!("{}-batch-delimiter", props.instance);
                    let onchange = {
                        let (step, bytes, generation) =
                            (step.clone(), bytes.clone(), generation.clone());
                        Callback::from(move |e: Event| {
                            let v = e
                                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                                .value();
                            let chosen = Delimiter::ALL
                                .into_iter()
                                .find(|d| delimiter_token(*d) == v);
                            read_into(step.clone(), bytes.clone(), chosen, generation.clone());
                        })
                    };
                    html! {
                        <div class="att-field">
                            <label for={id.clone()}>{ text(lang, &Msg::BatchDelimiter) }</label>
                            <select {id} {onchange}>
                                { for Delimiter::ALL.iter().map(|d| html! {
                                    <option value={delimiter_token(*d)} selected={d == delimiter}>{ text(lang, &Msg::DelimiterName(*d)) }</option>
                                }) }
                            </select>
                        </div>
                    }
                }
                Format::Xlsx { .. } => Html::default(),
            };
            let rows = table.headers.iter().enumerate().map(|(i, h)| {
                let id = format!("{}-batch-col-{i}", props.instance);
                let onchange = {
                    let (step, bytes, table, map) = (step.clone(), bytes.clone(), table.clone(), map.clone());
                    Callback::from(move |e: Event| {
                        let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                        let mut map = map.clone();
                        map[i] = Column::ALL.into_iter().find(|c| c.header() == v);
                        step.set(Step::Map { bytes: bytes.clone(), table: table.clone(), map });
                    })
                };
                html! {
                    <tr>
                        <th scope="row"><label for={id.clone()}>{ h }</label></th>
                        <td><select {id} {onchange}>
                            <option value="" selected={map[i].is_none()}>{ text(lang, &Msg::BatchIgnore) }</option>
                            { for Column::ALL.iter().map(|c| html! {
                                <option value={c.header()} selected={map[i] == Some(*c)}>{ c.header() }</option>
                            }) }
                        </select></td>
                    </tr>
                }
            });
            let screen = {
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
                <div class="att-batch-map">
                    <p class="att-batch-format">{ text(lang, &Msg::BatchFormat(table.format.clone())) }</p>
                    { delimiter }
                    <table class="att-table">
                        <caption>{ text(lang, &Msg::BatchMapping) }</caption>
                        <tbody>{ for rows }</tbody>
                    </table>
                    <button type="button" class="att-primary" onclick={screen}>{ text(lang, &Msg::BatchScreen) }</button>
                </div>
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

/// The `<option>` value of a delimiter.
fn delimiter_token(d: Delimiter) -> &'static str {
    match d {
        Delimiter::Comma => "comma",
        Delimiter::Semicolon => "semicolon",
        Delimiter::Tab => "tab",
    }
}
