//! Dates as the chosen language writes them, through the browser's `Intl` (its CLDR data costs
//! the bundle nothing). Only for display: exports and storage keep ISO 8601.

use std::cell::RefCell;

use wasm_bindgen::JsValue;

use crate::core::question_set::Lang;

thread_local! {
    /// One formatter per language: building one costs far more than using it, and the register
    /// formats a date on every row it shows.
    static FORMATTERS: RefCell<Vec<(Lang, js_sys::Intl::DateTimeFormat)>> = const { RefCell::new(Vec::new()) };
}

fn formatter(lang: Lang) -> js_sys::Intl::DateTimeFormat {
    FORMATTERS.with(|cache| {
        if let Some((_, f)) = cache.borrow().iter().find(|(l, _)| *l == lang) {
            return f.clone();
        }
        let options = js_sys::Object::new();
        let set = |k: &str, v: &str| {
            let _ = js_sys::Reflect::set(&options, &JsValue::from_str(k), &JsValue::from_str(v));
        };
        set("year", "numeric");
        set("month", "short");
        set("day", "numeric");
        // UTC both ways, so the day never shifts with the reader's time zone.
        set("timeZone", "UTC");
        // Western digits in Arabic too, as the rest of the interface writes numbers.
        set("numberingSystem", "latn");
        let locales = js_sys::Array::of1(&JsValue::from_str(lang.tag()));
        let f = js_sys::Intl::DateTimeFormat::new(&locales, &options);
        cache.borrow_mut().push((lang, f.clone()));
        f
    })
}

/// `2027-03-31` as, say, "31 Mar 2027" (en), "2027年3月31日" (zh) or "31 mars 2027" (fr); any
/// text that is not an ISO date (a batch file may hold anything) is returned as it is.
pub fn date(lang: Lang, iso: &str) -> String {
    let parts: Vec<&str> = iso.trim().splitn(3, '-').collect();
    let [y, m, d] = parts.as_slice() else {
        return iso.to_owned();
    };
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return iso.to_owned();
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || y < 1000 {
        return iso.to_owned();
    }
    let format = formatter(lang);
    let when = js_sys::Date::new_0();
    when.set_utc_full_year_with_month_date(y, (m - 1) as i32, d as i32);
    // 2027-02-31 is not a date: shown as written rather than as 3 March.
    if when.get_utc_date() != d || when.get_utc_month() != m - 1 {
        return iso.to_owned();
    }
    let text = format.format().call1(&JsValue::NULL, &when);
    text.ok()
        .and_then(|t| t.as_string())
        .unwrap_or_else(|| iso.to_owned())
}
