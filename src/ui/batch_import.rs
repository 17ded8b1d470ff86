//! Batch screening from a CSV file: pick the file, check which field each column holds (mapped
//! automatically where the headers allow), screen, and see every row that was not screened.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::batch::{self, Batch, Column, ColumnMap, RowError};
use crate::core::i18n::{text, Count, Msg};
use crate::core::question_set::Lang;
use crate::core::shipment::Shipment;
use crate::web::download::download;
use crate::web::files::{read_text, FileError};

/// Batch files are refused above this size before being read.
pub const MAX_CSV_BYTES: usize = 64 * 1024 * 1024;

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
    Map {
        text: Rc<String>,
        headers: Vec<String>,
        map: ColumnMap,
    },
    Done {
        screened: usize,
        errors: Rc<Vec<RowError>>,
    },
    Failed(Msg),
}

#[component]
pub fn BatchImport(props: &BatchImportProps) -> Html {
    let lang = props.lang;
    let step = use_state(|| Step::Pick);
    let input_id = format!("{}-batch-file", props.instance);
    let onchange = {
        let step = step.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let step = step.clone();
            wasm_bindgen_futures::spawn_local(async move {
                step.set(match read_text(file, MAX_CSV_BYTES).await {
                    Ok(text) => match batch::headers(&text) {
                        Ok(headers) => {
                            let map = batch::auto_map(&headers);
                            Step::Map {
                                text: Rc::new(text),
                                headers,
                                map,
                            }
                        }
                        Err(e) => Step::Failed(Msg::BatchNotCsv(e)),
                    },
                    Err(FileError::TooLarge { bytes }) => {
                        Step::Failed(Msg::BatchNotCsv(format!("{bytes} bytes > {MAX_CSV_BYTES}")))
                    }
                    Err(FileError::Unreadable) => Step::Failed(Msg::FileUnreadable),
                });
            });
        })
    };
    let template = Callback::from(|_| {
        let _ = download("att-shipments-template.csv", "text/csv", &batch::template());
    });

    let body = match &*step {
        Step::Pick => Html::default(),
        Step::Failed(msg) => html! { <p class="att-notice" role="alert">{ text(lang, msg) }</p> },
        Step::Map {
            text: csv,
            headers,
            map,
        } => {
            let rows = headers.iter().enumerate().map(|(i, h)| {
                let id = format!("{}-batch-col-{i}", props.instance);
                let onchange = {
                    let (step, csv, headers, map) = (step.clone(), csv.clone(), headers.clone(), map.clone());
                    Callback::from(move |e: Event| {
                        let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                        let mut map = map.clone();
                        map[i] = Column::ALL.into_iter().find(|c| c.header() == v);
                        step.set(Step::Map { text: csv.clone(), headers: headers.clone(), map });
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
                let (step, csv, map, on_import) = (
                    step.clone(),
                    csv.clone(),
                    map.clone(),
                    props.on_import.clone(),
                );
                Callback::from(move |_| {
                    let Batch { rows, errors } = batch::parse(&csv, &map);
                    let screened = rows.len();
                    on_import.emit(rows);
                    step.set(Step::Done {
                        screened,
                        errors: Rc::new(errors),
                    });
                })
            };
            html! {
                <div class="att-batch-map">
                    <table class="att-table">
                        <caption>{ text(lang, &Msg::BatchMapping) }</caption>
                        <tbody>{ for rows }</tbody>
                    </table>
                    <button type="button" class="att-primary" onclick={screen}>{ text(lang, &Msg::BatchScreen) }</button>
                </div>
            }
        }
        Step::Done { screened, errors } => html! {
            <div class="att-batch-result">
                <p role="status">{ text(lang, &Msg::BatchResult { screened: Count::new(lang, *screened), rejected: Count::new(lang, errors.len()) }) }</p>
                <ul class="att-row-errors">
                    { for errors.iter().take(1000).map(|e| html! {
                        <li data-line={e.line.to_string()}>{ text(lang, &Msg::RowError { line: e.line, problem: e.problem.clone() }) }</li>
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
                <input type="file" id={input_id} accept=".csv,text/csv" {onchange} />
            </div>
            <button type="button" onclick={template}>{ text(lang, &Msg::BatchTemplate) }</button>
            <div class="att-batch-body">{ body }</div>
        </section>
    }
}
