//! The detail panel (whole programme, or the selected country) and the table view
//! of per-country figures.

use super::dom;
use crate::core::Lang;
use crate::i18n::{colon, format_shown, metric_label, Msg};
use crate::model::{Dataset, Metric};
use wasm_bindgen::JsValue;
use web_sys::Element;

/// Fills the detail panel for `country` (None = the whole programme).
pub fn fill(d: &Dataset, country: Option<&str>, lang: Lang) -> Result<(), JsValue> {
    let body = dom::cleared("detail-body")?;
    let clear = dom::by_id("clear-selection")?;
    let Some(c) = country.and_then(|iso| d.country(iso)) else {
        let title = dom::by_id("detail-title")?;
        title.set_text_content(Some(Msg::DetailTitle.text(lang)));
        title.remove_attribute("lang")?;
        clear.set_hidden(true);
        // Every programme country as a button: a large target on phones, where the
        // map's countries are small, and a plain list for keyboards and screen readers.
        let list = dom::append(&body, "ul", Some("chips"), None)?;
        for c in &d.countries {
            let li = dom::append(&list, "li", None, None)?;
            let b = dom::append_text(&li, "button", Some("button chip"), &c.name, lang)?;
            b.set_attribute("type", "button")?;
            b.set_attribute("data-country", &c.iso3)?;
        }
        return Ok(());
    };
    dom::set_text_in("detail-title", &c.name, lang)?;
    clear.set_hidden(false);

    if d.by_country.is_empty() {
        // One line instead of four rows of "not published".
        dom::append(&body, "p", Some("note"), Some(Msg::CountriesNotPublished.text(lang)))?;
    } else {
        let dl = dom::append(&body, "dl", None, None)?;
        for m in Metric::ALL {
            dom::append(&dl, "dt", None, Some(metric_label(m, lang)))?;
            dom::append(&dl, "dd", None, Some(&format_shown(d.shown(&c.iso3, m), lang)))?;
        }
    }

    let partners: Vec<&str> =
        d.partners.iter().filter(|p| p.country == c.iso3).map(|p| p.name.as_str()).collect();
    list(&body, Msg::PartnersHeading.text(lang), &partners)?;
    let stories: Vec<_> = d.stories.iter().filter(|s| s.country == c.iso3).collect();
    if !stories.is_empty() {
        dom::append(&body, "h3", None, Some(Msg::StoriesHeading.text(lang)))?;
        let ul = dom::append(&body, "ul", Some("stories"), None)?;
        for s in stories {
            let li = dom::append(&ul, "li", None, None)?;
            dom::mark_lang(&li, s.text.lang_of(lang), lang)?;
            dom::append_paragraphs(&li, &format!("{}{} ", s.person, colon(lang)), s.text.get(lang))?;
        }
    }
    for t in d.testimonies.iter().filter(|t| t.country == c.iso3) {
        let fig = dom::append(&body, "figure", None, None)?;
        let quote = dom::append(&fig, "blockquote", None, None)?;
        dom::mark_lang(&quote, t.quote.lang_of(lang), lang)?;
        dom::append_paragraphs(&quote, "", t.quote.get(lang))?;
        dom::append_text(&fig, "figcaption", None, &t.author, lang)?;
    }
    Ok(())
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
