//! Fills the HTML skeleton (index.html) with UI strings and a dataset's text.
//! Dataset strings only ever go through `textContent`.

use super::dom;
use crate::core::Lang;
use crate::i18n::{colon, format_count, qualifier_prefix, Msg};
use crate::model::Dataset;
use crate::render::results_runs;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlSelectElement};

/// Writes message `m` in `el` and marks it with the message's key, so `fill_ui`
/// words it again when the language changes.
pub fn set_keyed(el: &Element, m: Msg, lang: Lang) -> Result<(), JsValue> {
    el.set_attribute("data-i18n", m.key())?;
    el.set_text_content(Some(m.text(lang)));
    Ok(())
}

/// Every element marked `data-i18n` / `data-i18n-label` gets the string for its key.
pub fn fill_ui(lang: Lang) -> Result<(), JsValue> {
    let doc = dom::document()?;
    dom::set_root_attr("lang", lang.code())?;
    for (attr, to_label) in [("data-i18n", false), ("data-i18n-label", true)] {
        let nodes = doc.query_selector_all(&format!("[{attr}]"))?;
        for i in 0..nodes.length() {
            let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else { continue };
            let Some(text) =
                el.get_attribute(attr).and_then(|k| Msg::from_data_key(&k)).map(|m| m.text(lang))
            else {
                continue;
            };
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
    if let Some(meta) = doc.query_selector("meta[name=description]")? {
        meta.set_attribute("content", Msg::MetaDescription.text(lang))?;
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
    dom::set_text_in("programme-name", &p.name, lang)?;
    let meta = dom::cleared("programme-meta")?;
    meta.set_text_content(Some(&format!("{}–{}", p.start_year, p.end_year)));
    for o in &p.organisations {
        meta.append_with_str_1(" · ")?;
        dom::append_text(&meta, "span", None, o, lang)?;
    }
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
        let value = dom::append(&li, "span", Some("counter-value"), None)?;
        let q = qualifier_prefix(h.figure.qualifier, lang).trim_end();
        if !q.is_empty() {
            dom::append(&value, "span", Some("counter-qualifier"), Some(q))?;
            // A space for screen readers and copy-paste ("approximately 80").
            value.append_with_str_1(" ")?;
        }
        value.append_with_str_1(&format_count(h.figure.value, lang))?;
        dom::append_text(&li, "span", Some("counter-label"), &h.label, lang)?;
    }

    // The results as text: a list under "Show the results as text" (the chart's
    // own figures are text over its canvas, see `describe_results`).
    let summary = dom::cleared("results-list")?;
    for runs in results_runs(d, lang) {
        let li = dom::append(&summary, "li", None, None)?;
        for (text, in_lang) in &runs {
            if *in_lang == lang {
                li.append_with_str_1(text)?;
            } else {
                dom::append(&li, "span", None, Some(text))?.set_attribute("lang", in_lang.code())?;
            }
        }
    }
    describe_results()?;

    let tags = dom::cleared("expertise")?;
    for e in &d.expertise {
        dom::append_text(&tags, "li", None, &e.label, lang)?;
    }
    dom::by_id("expertise")?
        .closest("section")?
        .map(|s| s.toggle_attribute_with_force("hidden", d.expertise.is_empty()));

    let next = dom::cleared("next-programme")?;
    match &d.next_programme {
        Some(n) => {
            let label = dom::append(&next, "div", None, None)?;
            dom::mark_lang(&label, n.label.lang_of(lang), lang)?;
            dom::append_paragraphs(&label, "", n.label.get(lang))?;
            let dl = dom::append(&next, "ul", Some("counters"), None)?;
            for (value, key) in [
                (n.years, Msg::YearsWord),
                (n.partners, Msg::PartnersWord),
                (n.countries, Msg::CountriesWord),
            ] {
                let li = dom::append(&dl, "li", Some("counter"), None)?;
                dom::append(
                    &li,
                    "span",
                    Some("counter-value"),
                    Some(&crate::i18n::format_count(value, lang)),
                )?;
                dom::append(&li, "span", Some("counter-label"), Some(key.text(lang)))?;
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
        dom::mark_lang(&quote, t.quote.lang_of(lang), lang)?;
        dom::append_paragraphs(&quote, "", t.quote.get(lang))?;
        dom::append_text(&fig, "figcaption", None, &t.author, lang)?;
    }
    dom::by_id("testimonies")?
        .closest("section")?
        .map(|s| s.toggle_attribute_with_force("hidden", d.testimonies.is_empty()));

    // The source line, as `i18n::source_line` writes it, with the publisher and the
    // title in elements of their own so a fallback to English is marked as English.
    let s = &p.source;
    let source = dom::cleared("source")?;
    source.set_text_content(Some(&format!("{}{} ", Msg::SourceLabel.text(lang), colon(lang))));
    dom::append_text(&source, "span", None, &s.publisher, lang)?;
    let marks = crate::i18n::quoted("\u{0}", lang);
    let (open, close) = marks.split_once('\u{0}').unwrap_or(("“", "”"));
    source.append_with_str_1(&format!(", {open}"))?;
    dom::append_text(&source, "span", None, &s.title, lang)?;
    source.append_with_str_1(&format!("{close}, {}.", s.year))?;
    let credits = crate::i18n::credits_line(d, lang);
    dom::set_text("credits", credits.as_deref().unwrap_or(""))?;
    dom::by_id("credits")?.toggle_attribute_with_force("hidden", credits.is_none())?;
    Ok(())
}

/// The results chart's figures for assistive technology: the chart's text layer
/// (the figures written over its canvas, which is hidden from assistive technology)
/// while the text view is closed; nothing once it is open, since the list then
/// shows (and a screen reader reads) the same figures right below the chart, and
/// they would be heard twice. The text stays on screen for everyone.
pub fn describe_results() -> Result<(), JsValue> {
    let open = dom::by_id("results-text-view")?
        .dyn_into::<web_sys::HtmlDetailsElement>()
        .map(|d| d.open())
        .unwrap_or(false);
    let layer = dom::by_id("results-canvas-text")?;
    if open {
        layer.set_attribute("aria-hidden", "true")
    } else {
        layer.remove_attribute("aria-hidden")
    }
}
