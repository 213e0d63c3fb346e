//! The detail panel (whole programme, or the selected country) and the table view
//! of per-country figures.

use super::dom;
use crate::core::Lang;
use crate::i18n::{colon, format_shown, metric_label, Msg};
use crate::model::{Country, Dataset, Metric};
use crate::state::Generation;
use std::cell::{Cell, RefCell};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};

thread_local! {
    /// What the panel shows: the dataset's generation, the language and the
    /// country (None: the whole programme). A redraw that changes none of them (a
    /// resize, a year, the map's metric) leaves the panel as it is.
    static SHOWN: RefCell<Option<(Generation, Lang, Option<String>)>> = const { RefCell::new(None) };
    /// The generation and language the country buttons were made for. They stay,
    /// hidden, while a country is shown: leaving it does not make every button
    /// again (234 of them, with a click's layout, in a large programme).
    static CHIPS: Cell<Option<(Generation, Lang)>> = const { Cell::new(None) };
}

/// Fills the detail panel for `country` (None = the whole programme) of the
/// dataset of `generation`, unless it already shows it.
pub fn fill(d: &Dataset, generation: Generation, country: Option<&str>, lang: Lang) -> Result<(), JsValue> {
    let c = country.and_then(|iso| d.country(iso));
    // The title always: a redraw of every word (`text::fill_ui`, e.g. after Back
    // or Forward) writes the programme's title over it.
    match c {
        Some(c) => dom::set_text_in("detail-title", &c.name, lang)?,
        None => {
            dom::set_text("detail-title", Msg::DetailTitle.text(lang))?;
            dom::by_id("detail-title")?.remove_attribute("lang")?;
        }
    }
    let key = (generation, lang, c.map(|c| c.iso3.clone()));
    if SHOWN.with(|s| s.borrow().as_ref() == Some(&key)) {
        return Ok(());
    }
    // Forgotten until filled: a write that fails leaves the panel to be made again.
    SHOWN.with(|s| *s.borrow_mut() = None);
    let chips = chips(d, generation, lang)?;
    let body = one_country()?;
    body.set_text_content(None);
    let clear = dom::by_id("clear-selection")?;
    chips.set_hidden(c.is_some());
    body.set_hidden(c.is_none());
    clear.set_hidden(c.is_none());
    if let Some(c) = c {
        fill_country(d, c, &body, lang)?;
    }
    SHOWN.with(|s| *s.borrow_mut() = Some(key));
    Ok(())
}

/// The selected country's figures, partners, stories and testimonies.
fn fill_country(d: &Dataset, c: &Country, body: &Element, lang: Lang) -> Result<(), JsValue> {
    if d.by_country.is_empty() {
        // One line instead of four rows of "not published".
        dom::append(body, "p", Some("note"), Some(Msg::CountriesNotPublished.text(lang)))?;
    } else {
        let dl = dom::append(body, "dl", None, None)?;
        for m in Metric::ALL {
            dom::append(&dl, "dt", None, Some(metric_label(m, lang)))?;
            dom::append(&dl, "dd", None, Some(&format_shown(d.shown(&c.iso3, m), lang)))?;
        }
    }

    let partners: Vec<&str> =
        d.partners.iter().filter(|p| p.country == c.iso3).map(|p| p.name.as_str()).collect();
    list(body, Msg::PartnersHeading.text(lang), &partners)?;
    let stories: Vec<_> = d.stories.iter().filter(|s| s.country == c.iso3).collect();
    if !stories.is_empty() {
        dom::append(body, "h3", None, Some(Msg::StoriesHeading.text(lang)))?;
        let ul = dom::append(body, "ul", Some("stories"), None)?;
        for s in stories {
            let li = dom::append(&ul, "li", None, None)?;
            dom::mark_lang(&li, s.text.lang_of(lang), lang)?;
            dom::append_paragraphs(&li, &format!("{}{} ", s.person, colon(lang)), s.text.get(lang))?;
        }
    }
    for t in d.testimonies.iter().filter(|t| t.country == c.iso3) {
        let fig = dom::append(body, "figure", None, None)?;
        let quote = dom::append(&fig, "blockquote", None, None)?;
        dom::mark_lang(&quote, t.quote.lang_of(lang), lang)?;
        dom::append_paragraphs(&quote, "", t.quote.get(lang))?;
        dom::append_text(&fig, "figcaption", None, &t.author, lang)?;
    }
    Ok(())
}

/// Every programme country as a button, made once per dataset and language: a
/// large target on phones, where the map's countries are small, and a plain list
/// for keyboards and screen readers. First in the panel's body.
fn chips(d: &Dataset, generation: Generation, lang: Lang) -> Result<HtmlElement, JsValue> {
    if let Some(list) = dom::document()?.get_element_by_id("detail-chips") {
        if CHIPS.get() == Some((generation, lang)) {
            return Ok(list.unchecked_into());
        }
        list.remove();
    }
    let list = dom::el("ul", Some("chips"), None)?;
    list.set_id("detail-chips");
    for c in &d.countries {
        let li = dom::append(&list, "li", None, None)?;
        let b = dom::append_text(&li, "button", Some("button chip"), &c.name, lang)?;
        b.set_attribute("type", "button")?;
        b.set_attribute("data-country", &c.iso3)?;
    }
    let body = dom::by_id("detail-body")?;
    body.insert_before(&list, body.first_child().as_ref())?;
    CHIPS.set(Some((generation, lang)));
    Ok(list.unchecked_into())
}

/// The part of the panel's body that shows one country, after the buttons.
fn one_country() -> Result<HtmlElement, JsValue> {
    if let Some(e) = dom::document()?.get_element_by_id("detail-country") {
        return Ok(e.unchecked_into());
    }
    let body = dom::by_id("detail-body")?;
    let e = dom::append(&body, "div", None, None)?;
    e.set_id("detail-country");
    Ok(e.unchecked_into())
}

fn list(parent: &Element, title: &str, items: &[&str]) -> Result<(), JsValue> {
    if items.is_empty() {
        return Ok(());
    }
    dom::append(parent, "h3", None, Some(title))?;
    let ul = dom::append(parent, "ul", None, None)?;
    for i in items {
        dom::append(&ul, "li", None, Some(i))?;
    }
    Ok(())
}

/// A table in its own scrolling region, so a table wider than a phone scrolls
/// inside it instead of making the page pan (WCAG 1.4.10). The region is focusable
/// (keyboards can scroll it) and named by the table's caption.
fn scroll_table(holder: &Element, id: &str, caption: &str) -> Result<Element, JsValue> {
    let region = dom::append(holder, "div", Some("table-scroll"), None)?;
    region.set_attribute("role", "region")?;
    region.set_attribute("tabindex", "0")?;
    region.set_attribute("aria-labelledby", &format!("{id}-caption"))?;
    let table = dom::append(&region, "table", None, None)?;
    dom::append(&table, "caption", None, Some(caption))?.set_attribute("id", &format!("{id}-caption"))?;
    Ok(table)
}

/// Offers the two tables where the dataset has their figures. Apart from
/// `fill_tables`: the tables sit in closed `<details>`, so the page's layout
/// depends on this and not on their rows, which may be written later.
pub fn show_tables(d: &Dataset) -> Result<(), JsValue> {
    dom::by_id("country-table-view")?.set_hidden(d.by_country.is_empty());
    dom::by_id("years-table-view")?.set_hidden(d.by_year.is_empty());
    Ok(())
}

/// Writes the rows of both tables (see `show_tables`).
pub fn fill_tables(d: &Dataset, lang: Lang) -> Result<(), JsValue> {
    fill_table(d, lang)?;
    fill_years_table(d, lang)
}

/// The per-country table (table view of the map), "not published" where absent.
/// Not offered when the dataset publishes no per-country figure: a table in which
/// every cell says "not published" tells nothing the map's note does not.
fn fill_table(d: &Dataset, lang: Lang) -> Result<(), JsValue> {
    let holder = dom::cleared("country-table")?;
    if d.by_country.is_empty() {
        return Ok(());
    }
    let table = scroll_table(&holder, "country-table", Msg::CountryTableCaption.text(lang))?;
    let head = dom::append(&table, "thead", None, None)?;
    let tr = dom::append(&head, "tr", None, None)?;
    th(&tr, Msg::CountryCol.text(lang), false)?;
    for m in Metric::ALL {
        th(&tr, metric_label(m, lang), true)?;
    }
    let body = dom::append(&table, "tbody", None, None)?;
    for c in &d.countries {
        let tr = dom::append(&body, "tr", None, None)?;
        let name = dom::append_text(&tr, "th", None, &c.name, lang)?;
        name.set_attribute("scope", "row")?;
        for m in Metric::ALL {
            let v = format_shown(d.shown(&c.iso3, m), lang);
            dom::append(&tr, "td", Some("num"), Some(&v))?;
        }
    }
    Ok(())
}

fn th(tr: &Element, text: &str, num: bool) -> Result<(), JsValue> {
    let e = dom::append(tr, "th", if num { Some("num") } else { None }, Some(text))?;
    e.set_attribute("scope", "col")
}

/// The per-year table (table view of the years chart); hidden when not published.
fn fill_years_table(d: &Dataset, lang: Lang) -> Result<(), JsValue> {
    let holder = dom::cleared("years-table")?;
    if d.by_year.is_empty() {
        return Ok(());
    }
    let table = scroll_table(&holder, "year-table", Msg::YearTableCaption.text(lang))?;
    let tr = dom::append(&dom::append(&table, "thead", None, None)?, "tr", None, None)?;
    th(&tr, Msg::YearCol.text(lang), false)?;
    for m in [Metric::Volunteers, Metric::People] {
        th(&tr, metric_label(m, lang), true)?;
    }
    let body = dom::append(&table, "tbody", None, None)?;
    for y in &d.by_year {
        let tr = dom::append(&body, "tr", None, None)?;
        dom::append(&tr, "th", None, Some(&y.year.to_string()))?.set_attribute("scope", "row")?;
        for m in [Metric::Volunteers, Metric::People] {
            let v = format_shown(y.get(m), lang);
            dom::append(&tr, "td", Some("num"), Some(&v))?;
        }
    }
    Ok(())
}
