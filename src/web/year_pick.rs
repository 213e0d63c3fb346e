//! The year picker: a native select beside the years chart, so choosing a year
//! works by keyboard and screen reader as well as by clicking a bar (WCAG 2.1.1),
//! and a line of text that says which years are shown.

use super::{app, dom, events};
use crate::core::Lang;
use crate::i18n::{colon, Msg};
use crate::model::Dataset;
use crate::state::Action;
use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlSelectElement;

/// "2017" or "2016–2018".
fn span_text((a, b): (u32, u32)) -> String {
    if a == b {
        a.to_string()
    } else {
        format!("{a}–{b}")
    }
}

/// The option value for a year range, as in the URL ("2017", "2016-2018").
fn span_value((a, b): (u32, u32)) -> String {
    if a == b {
        a.to_string()
    } else {
        format!("{a}-{b}")
    }
}

/// Fills the picker and the "Year shown" line from the state; hidden when the
/// dataset publishes no per-year figure.
pub fn fill(d: &Dataset, years: Option<(u32, u32)>, lang: Lang) -> Result<(), JsValue> {
    dom::by_id("year-controls")?.set_hidden(d.by_year.is_empty());
    if d.by_year.is_empty() {
        return Ok(());
    }
    let select: HtmlSelectElement = dom::by_id("year-select")?.dyn_into()?;
    select.set_text_content(None);
    let mut all: Vec<u32> = d.by_year.iter().map(|y| y.year).collect();
    crate::sort::sort_small_by_key(&mut all, |y| *y);
    let mut options: Vec<(String, String)> = vec![(String::new(), Msg::AllYears.text(lang).to_owned())];
    options.extend(all.iter().map(|y| (y.to_string(), y.to_string())));
    // A range from a link ("?year=2016-2018") is offered as it is, so the picker
    // always shows what the chart shows.
    if let Some(r) = years.filter(|(a, b)| a != b || !all.contains(a)) {
        options.push((span_value(r), span_text(r)));
    }
    let chosen = years.map(span_value).unwrap_or_default();
    for (value, label) in options {
        let o = dom::append(&select, "option", None, Some(&label))?;
        o.set_attribute("value", &value)?;
        if value == chosen {
            o.set_attribute("selected", "")?;
        }
    }
    select.set_value(&chosen);
    let line = match years {
        None => Msg::AllYearsShown.text(lang).to_owned(),
        Some(r) => {
            let key = if r.0 == r.1 { Msg::YearShown } else { Msg::YearsShown };
            format!("{}{} {}.", key.text(lang), colon(lang), span_text(r))
        }
    };
    dom::set_text("year-chosen", &line)
}

/// "2017" → (2017, 2017); "2016-2018" → (2016, 2018); "" → all years.
fn parse(value: &str) -> Option<(u32, u32)> {
    let (a, b) = value.split_once('-').unwrap_or((value, value));
    Some((a.parse().ok()?, b.parse().ok()?))
}

pub fn wire() -> Result<(), JsValue> {
    let select = dom::by_id("year-select")?;
    events::keep(EventListener::new(&select, "change", |e| {
        let value = e.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()).map(|s| s.value());
        if let Some(v) = value {
            app::dispatch(Action::SetYears(parse(&v)));
        }
    }));
    Ok(())
}
