//! Fills the HTML skeleton (index.html) with a dataset's text and figures.

use super::dom;
use crate::i18n::{format_figure, Msg};
use crate::model::{Dataset, Lang, Problem};
use crate::render::results_summary;
use wasm_bindgen::JsValue;

/// Static UI strings in the page's language.
pub fn fill_chrome(lang: Lang) -> Result<(), JsValue> {
    dom::set_root_attr("lang", lang.code())?;
    dom::set_text("results-title", Msg::ResultsTitle.text(lang))?;
    dom::set_text("results-note", Msg::ResultsSummary.text(lang))?;
    Ok(())
}

/// Title, headline counters, text summary and source line.
pub fn fill_dataset(d: &Dataset, lang: Lang) -> Result<(), JsValue> {
    let p = &d.programme;
    dom::set_text("programme-acronym", &p.acronym)?;
    dom::set_text("programme-name", p.name.get(lang))?;
    dom::set_text(
        "programme-meta",
        &format!("{}–{} · {}", p.start_year, p.end_year, p.organisations.join(" · ")),
    )?;
    if d.synthetic {
        let badge = dom::by_id("synthetic-badge")?;
        badge.set_text_content(Some(Msg::SyntheticLabel.text(lang)));
        badge.set_hidden(false);
    }

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

    let s = &p.source;
    dom::set_text(
        "source",
        &format!("{}: {}, “{}”, {}.", Msg::SourceLabel.text(lang), s.publisher, s.title.get(lang), s.year),
    )?;
    Ok(())
}

/// Lists dataset problems (errors stop the dataset; warnings show with the data).
pub fn show_problems(problems: &[Problem]) -> Result<(), JsValue> {
    let panel = dom::by_id("problems")?;
    let list = dom::cleared("problems-list")?;
    for p in problems {
        dom::append(&list, "li", None, Some(&p.to_string()))?;
    }
    panel.set_hidden(problems.is_empty());
    Ok(())
}
