//! A batch file as read, before it is screened: how it was read, the delimiter (for CSV, to
//! read it again with another), which field each column holds, and the button that screens it.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::batch::{Column, ColumnMap, Delimiter, Format, Table};
use crate::core::i18n::{text, Msg};
use crate::core::question_set::Lang;

#[derive(Properties)]
pub struct BatchMapProps {
    pub lang: Lang,
    pub instance: AttrValue,
    pub table: Rc<Table>,
    pub map: ColumnMap,
    /// Another delimiter chosen: the file is to be read again with it.
    pub on_delimiter: Callback<Option<Delimiter>>,
    /// A column given another field (or none).
    pub on_map: Callback<ColumnMap>,
    pub on_screen: Callback<MouseEvent>,
}

impl PartialEq for BatchMapProps {
    fn eq(&self, o: &Self) -> bool {
        // The table by pointer: a file's table is read once, and may be large.
        (self.lang, &self.instance, &self.map) == (o.lang, &o.instance, &o.map)
            && Rc::ptr_eq(&self.table, &o.table)
            && (&self.on_delimiter, &self.on_map) == (&o.on_delimiter, &o.on_map)
            && self.on_screen == o.on_screen
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

#[component]
pub fn BatchMap(props: &BatchMapProps) -> Html {
    let (lang, table, map) = (props.lang, &props.table, &props.map);
    let delimiter = match &table.format {
        Format::Csv { delimiter, .. } => {
            let id = format!("{}-batch-delimiter", props.instance);
            let onchange = props.on_delimiter.reform(|e: Event| {
                let v = e
                    .target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value();
                Delimiter::ALL
                    .into_iter()
                    .find(|d| delimiter_token(*d) == v)
            });
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
            let map = map.clone();
            props.on_map.reform(move |e: Event| {
                let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                let mut map = map.clone();
                map[i] = Column::ALL.into_iter().find(|c| c.header() == v);
                map
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
    html! {
        <div class="att-batch-map">
            <p class="att-batch-format">{ text(lang, &Msg::BatchFormat(table.format.clone())) }</p>
            { delimiter }
            <table class="att-table">
                <caption>{ text(lang, &Msg::BatchMapping) }</caption>
                <tbody>{ for rows }</tbody>
            </table>
            <button type="button" class="att-primary" onclick={props.on_screen.clone()}>{ text(lang, &Msg::BatchScreen) }</button>
        </div>
    }
}
