//! Fills the HTML skeleton (index.html) with UI strings and a dataset's text.
//! Dataset strings only ever go through `textContent`.

use super::dom;
use crate::i18n::{format_figure, t, ui, Msg};
use crate::model::{Dataset, Lang, Problem};
use crate::render::results_summary;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlSelectElement};

/// Every element marked `data-i18n` / `data-i18n-label` gets the string for its key.
pub fn fill_ui(lang: Lang) -> Result<(), JsValue> {
    let doc = dom::document()?;
    dom::set_root_attr("lang", lang.code())?;
    for (attr, to_label) in [("data-i18n", false), ("data-i18n-label", true)] {
        let nodes = doc.query_selector_all(&format!("[{attr}]"))?;
        for i in 0..nodes.length() {
            let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
            let Some(text) = el.get_attribute(attr).and_then(|k| ui(&k, lang)) else { continue };
            if to_label {
                el.set_attribute("aria-label", text)?;
            } else {
                el.set_text_content(Some(text));
            }
        }
    }
    if dom::document()?.document_element().and_then(|r| r.get_attribute("data-viz-state")).as_deref()
        == Some("loading")
    {
        dom::set_text("status", Msg::Loading.text(lang))?;
    }
    dom::set_text("results-title", Msg::ResultsTitle.text(lang))?;
    dom::set_text("results-note", Msg::ResultsSummary.text(lang))?;
    let select: HtmlSelectElement = dom::by_id("lang-select")?.dyn_into()?;
    select.set_value(lang.code());
    Ok(())
}

/// Title, counters, results text, expertise, testimonies, next programme, source.
pub fn fill_dataset(d: &Dataset, lang: Lang) -> Result<(), JsValue> {
    let p = &d.programme;
    dom::set_text("programme-acronym", &p.acronym)?;
    dom::set_text("programme-name", p.name.get(lang))?;
    dom::set_text(
        "programme-meta",
        &format!("{}–{} · {}", p.start_year, p.end_year, p.organisations.join(" · ")),
    )?;
    dom::set_title(&format!("{} · {}", p.acronym, p.name.get(lang)))?;
    let badge = dom::by_id("synthetic-badge")?;
    badge.set_text_content(Some(Msg::SyntheticLabel.text(lang)));
    badge.set_hidden(!d.synthetic);
    let note = dom::by_id("synthetic-note")?;
    note.set_text_content(Some(Msg::SyntheticLabel.text(lang)));
    note.set_hidden(!d.synthetic);

    let list = dom::cleared("headline")?;
    for h in &d.headline {
        let li = dom::append(&list, "li", Some("counter"), None)?;
        dom::append(&li, "span", Some("counter-value"), Some(&format_figure(h.figure, lang)))?;
        dom::append(&li, "span", Some("counter-label"), Some(h.label.get(lang)))?;
    }

    let summary = dom::cleared("results-list")?;
    for line in results_summary(d, lang) {
        dom::append(&summary, "li", None, Some(&line))?;
    }

    let tags = dom::cleared("expertise")?;
    for e in &d.expertise {
        dom::append(&tags, "li", None, Some(e.label.get(lang)))?;
    }
    dom::by_id("expertise")?
        .closest("section")?
        .map(|s| s.toggle_attribute_with_force("hidden", d.expertise.is_empty()));

    let next = dom::cleared("next-programme")?;
    match &d.next_programme {
        Some(n) => {
            dom::append_paragraphs(&next, "", n.label.get(lang))?;
            let dl = dom::append(&next, "ul", Some("counters"), None)?;
            for (value, key) in
                [(n.years, "years-word"), (n.partners, "partners-word"), (n.countries, "countries-word")]
            {
                let li = dom::append(&dl, "li", Some("counter"), None)?;
                dom::append(
                    &li,
                    "span",
                    Some("counter-value"),
                    Some(&crate::i18n::format_count(value, lang)),
                )?;
                dom::append(&li, "span", Some("counter-label"), Some(t(key, lang)))?;
            }
        }
        None => {
            dom::append(&next, "p", Some("note"), Some(Msg::NotPublished.text(lang)))?;
        }
    }

    let quotes = dom::cleared("testimonies")?;
    for t in &d.testimonies {
        let fig = dom::append(&quotes, "figure", None, None)?;
        let quote = dom::append(&fig, "blockquote", None, None)?;
        dom::append_paragraphs(&quote, "", t.quote.get(lang))?;
        dom::append(&fig, "figcaption", None, Some(t.author.get(lang)))?;
    }
    dom::by_id("testimonies")?
        .closest("section")?
        .map(|s| s.toggle_attribute_with_force("hidden", d.testimonies.is_empty()));

    dom::set_text("source", &crate::i18n::source_line(d, lang))?;
    let credits = crate::i18n::credits_line(d, lang);
    dom::set_text("credits", credits.as_deref().unwrap_or(""))?;
    dom::by_id("credits")?.toggle_attribute_with_force("hidden", credits.is_none())?;
    Ok(())
}

/// One list item per problem, with the quoted source line (syntax errors) under it
/// in a fixed-width block so the caret stays under the place.
pub fn fill_problems(list: &web_sys::HtmlElement, problems: &[Problem]) -> Result<(), JsValue> {
    for p in problems {
        let li = dom::append(list, "li", None, Some(&p.message()))?;
        if !p.excerpt.is_empty() {
            dom::append(&li, "pre", Some("problem-excerpt"), Some(&p.excerpt))?;
        }
    }
    Ok(())
}
