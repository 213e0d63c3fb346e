//! Fills the kiosk's scene panel for one scene of the tour (`crate::kiosk::Scene`),
//! its progress line and the map's country label. Dataset text goes in through
//! `textContent` only.

use super::dom;
use crate::core::Lang;
use crate::i18n::{
    capitalise, format_count, format_figure, format_shown, metric_label, qualifier_prefix, Msg,
};
use crate::kiosk::{country_rows, split_quote, year_rows, Block, Row, Scene, QUOTE_SCENE_CHARS};
use crate::model::{Dataset, Figure, Metric, Qualifier, Shown};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

/// Classes that set a scene smaller, tried in turn when it does not fit (each
/// keeps text at or above the kiosk's minimum size).
const COMPACT: [&str; 2] = ["kiosk-compact", "kiosk-compacter"];

/// Fills the panel for `scene` and fits it.
pub fn fill(d: &Dataset, scene: &Scene, lang: Lang) -> Result<(), JsValue> {
    fill_unfitted(d, scene, lang)?;
    fit_panel()
}

/// Fills the panel for `scene`; `fit_panel` must follow. Apart, so that a scene
/// change makes all its changes to the page before its first read of a size
/// (each read after a change lays the page out again).
pub fn fill_unfitted(d: &Dataset, scene: &Scene, lang: Lang) -> Result<(), JsValue> {
    let body = dom::cleared("kiosk-scene-body")?;
    let panel = dom::by_id("kiosk-scene")?;
    for c in COMPACT {
        panel.class_list().remove_1(c)?;
    }
    let title = match scene {
        Scene::Overview => overview(d, &body, lang)?,
        Scene::Results { from, to } => results(d, &body, *from, *to, lang)?,
        Scene::Country { iso3, blocks, page, .. } => {
            country(d, &body, iso3, blocks, *page, lang)?;
            scene.name(d, lang)
        }
        Scene::Countries { from, to } => {
            bars(&body, &country_rows(d, lang)[*from..*to], Msg::CountryCol.text(lang), lang)?;
            scene.name(d, lang)
        }
        Scene::Years { from, to } => {
            bars(&body, &year_rows(d, lang)[*from..*to], Msg::YearCol.text(lang), lang)?;
            scene.name(d, lang)
        }
        Scene::Next => next(d, &body, lang)?,
    };
    dom::set_text("kiosk-scene-title", &title)
}

/// Fits the panel to its content (see `fit`).
pub fn fit_panel() -> Result<(), JsValue> {
    fit(&dom::by_id("kiosk-scene")?)
}

/// The country picker a visitor gets on touching the screen.
pub fn fill_picker(d: &Dataset, lang: Lang) -> Result<(), JsValue> {
    let body = dom::cleared("kiosk-scene-body")?;
    let panel = dom::by_id("kiosk-scene")?;
    for c in COMPACT {
        panel.class_list().remove_1(c)?;
    }
    dom::set_text("kiosk-scene-title", Msg::KioskPick.text(lang))?;
    let list = dom::append(&body, "ul", Some("kiosk-picker"), None)?;
    for c in &d.countries {
        let li = dom::append(&list, "li", None, None)?;
        let b = dom::append(&li, "button", Some("button kiosk-chip"), Some(c.name.get(lang)))?;
        b.set_attribute("type", "button")?;
        b.set_attribute("data-country", &c.iso3)?;
    }
    fit(&panel)
}

/// Sets the panel smaller, step by step, while its body's content is taller than
/// the body (which takes the panel's height less the title's).
fn fit(panel: &web_sys::HtmlElement) -> Result<(), JsValue> {
    let body = dom::by_id("kiosk-scene-body")?;
    for c in COMPACT {
        if body.scroll_height() <= body.client_height() + 1 {
            break;
        }
        panel.class_list().add_1(c)?;
    }
    Ok(())
}

/// "3 / 14 · Next: Colombia".
pub fn fill_progress(
    d: &Dataset,
    index: usize,
    total: usize,
    next: Option<&Scene>,
    lang: Lang,
) -> Result<(), JsValue> {
    let colon = if lang == Lang::Fr { "\u{202f}: " } else { ": " };
    let mut text = format!("{} {} / {}", Msg::KioskTour.text(lang), index + 1, total);
    if let Some(n) = next {
        text.push_str(&format!(" · {}{colon}{}", Msg::KioskNext.text(lang), n.name(d, lang)));
    }
    dom::set_text("kiosk-progress", &text)
}

/// A big figure with its qualifier set small before it ("more than 4,186"), or
/// above it where the line is too narrow, so the number stays large.
fn figure(parent: &Element, f: Figure, label: &str, lang: Lang) -> Result<Element, JsValue> {
    let li = dom::append(parent, "li", Some("kiosk-item"), None)?;
    let line = dom::append(&li, "span", Some("kiosk-figure-line"), None)?;
    if f.qualifier != Qualifier::Exact {
        dom::append(
            &line,
            "span",
            Some("kiosk-qualifier"),
            Some(qualifier_prefix(f.qualifier, lang).trim()),
        )?;
    }
    dom::append(&line, "span", Some("kiosk-figure"), Some(&format_count(f.value, lang)))?;
    dom::append(&li, "span", Some("kiosk-label"), Some(label))?;
    Ok(li)
}

fn overview(d: &Dataset, body: &Element, lang: Lang) -> Result<String, JsValue> {
    let list = dom::append(body, "ul", Some("kiosk-figures"), None)?;
    for h in &d.headline {
        figure(&list, h.figure, h.label.get(lang), lang)?;
    }
    // Said once here, not on every country's scene.
    if d.by_country.is_empty() {
        dom::append(body, "p", Some("kiosk-note"), Some(Msg::CountriesNotPublished.text(lang)))?;
    }
    Ok(format!("{}, {}–{}", Msg::KeyFigures.text(lang), d.programme.start_year, d.programme.end_year))
}

fn results(d: &Dataset, body: &Element, from: usize, to: usize, lang: Lang) -> Result<String, JsValue> {
    let list = dom::append(body, "ul", Some("kiosk-figures kiosk-results"), None)?;
    for r in d.results.get(from..to).unwrap_or_default() {
        let li = figure(&list, r.figure, r.label.get(lang), lang)?;
        if !r.parts.is_empty() {
            let parts: Vec<String> = r
                .parts
                .iter()
                .map(|p| format!("{} {}", format_figure(p.figure, lang), p.label.get(lang)))
                .collect();
            let text = format!("{} {}", Msg::Including.text(lang), parts.join(", "));
            dom::append(&li, "span", Some("kiosk-parts"), Some(&capitalise(&text)))?;
        }
    }
    Ok(Scene::Results { from, to }.name(d, lang))
}

fn country(
    d: &Dataset,
    body: &Element,
    iso3: &str,
    blocks: &[Block],
    page: usize,
    lang: Lang,
) -> Result<(), JsValue> {
    if page == 0 {
        let n = d.countries.iter().position(|x| x.iso3 == iso3).unwrap_or(0) + 1;
        let of = Msg::KioskCountryOf
            .text(lang)
            .replace("{n}", &n.to_string())
            .replace("{total}", &d.countries.len().to_string());
        dom::append(body, "p", Some("kiosk-note"), Some(&of))?;
    }
    let colon = if lang == Lang::Fr { "\u{202f}: " } else { ": " };
    for block in blocks {
        match block {
            Block::Figures => figures(d, body, iso3, lang)?,
            Block::Partners => {
                dom::append(body, "h3", None, Some(Msg::PartnersHeading.text(lang)))?;
                let ul = dom::append(body, "ul", Some("kiosk-list"), None)?;
                for p in d.partners.iter().filter(|p| p.country == iso3) {
                    dom::append(&ul, "li", None, Some(&p.name))?;
                }
            }
            Block::Story(i) => {
                let Some(s) = d.stories.get(*i) else { continue };
                dom::append(body, "h3", None, Some(Msg::StoriesHeading.text(lang)))?;
                let p = dom::append(body, "p", Some("kiosk-story"), None)?;
                dom::append(&p, "strong", None, Some(&s.person))?;
                p.append_with_str_1(&format!("{colon}{}", s.text.get(lang)))?;
            }
            Block::Quote { index, part, parts } => {
                let Some(q) = d.testimonies.get(*index) else { continue };
                let pieces = split_quote(q.quote.get(lang), QUOTE_SCENE_CHARS);
                let text = pieces.get(*part).map(String::as_str).unwrap_or_default();
                let mut author = q.author.get(lang).to_owned();
                if *parts > 1 {
                    author.push_str(&format!(" ({}/{parts})", part + 1));
                }
                let fig = dom::append(body, "figure", Some("kiosk-quote"), None)?;
                dom::append(&fig, "blockquote", None, Some(text))?;
                dom::append(&fig, "figcaption", None, Some(&author))?;
            }
        }
    }
    Ok(())
}

/// A country's four published figures; "not published" and "fewer than 5" are
/// words, set as text rather than as key figures.
fn figures(d: &Dataset, body: &Element, iso3: &str, lang: Lang) -> Result<(), JsValue> {
    let list = dom::append(body, "ul", Some("kiosk-figures"), None)?;
    let f = d.figures_for(iso3);
    for m in Metric::ALL {
        let li = dom::append(&list, "li", Some("kiosk-item"), None)?;
        let shown = f.map_or(Shown::NotPublished, |f| f.get(m));
        let class = if matches!(shown, Shown::Value(_)) { "kiosk-figure" } else { "kiosk-figure-text" };
        dom::append(&li, "span", Some(class), Some(&format_shown(shown, lang)))?;
        dom::append(&li, "span", Some("kiosk-label"), Some(metric_label(m, lang)))?;
    }
    Ok(())
}

fn bars(body: &Element, rows: &[Row], what: &str, lang: Lang) -> Result<(), JsValue> {
    let table = dom::append(body, "div", Some("kiosk-bars"), None)?;
    table.set_attribute("role", "table")?;
    let head = dom::append(&table, "div", Some("kiosk-bar-row kiosk-bar-head"), None)?;
    head.set_attribute("role", "row")?;
    // "People reached" heads the bars and their values (two columns).
    for text in [what, metric_label(Metric::People, lang), metric_label(Metric::Volunteers, lang)] {
        dom::append(&head, "span", None, Some(text))?.set_attribute("role", "columnheader")?;
    }
    for r in rows {
        let row = dom::append(&table, "div", Some("kiosk-bar-row"), None)?;
        row.set_attribute("role", "row")?;
        dom::append(&row, "span", Some("kiosk-bar-label"), Some(&r.label))?
            .set_attribute("role", "rowheader")?;
        let track = dom::append(&row, "span", Some("kiosk-bar-track"), None)?;
        track.set_attribute("aria-hidden", "true")?;
        if let Some(share) = r.share {
            let fill: web_sys::HtmlElement =
                dom::append(&track, "span", Some("kiosk-bar-fill"), None)?.dyn_into()?;
            // Through the CSSOM: the page's CSP refuses style attributes.
            fill.style().set_property("width", &format!("{:.1}%", share * 100.0))?;
        }
        dom::append(&row, "span", Some("kiosk-bar-value"), Some(&r.value))?.set_attribute("role", "cell")?;
        dom::append(&row, "span", Some("kiosk-bar-value kiosk-bar-second"), Some(&r.volunteers))?
            .set_attribute("role", "cell")?;
    }
    Ok(())
}

fn next(d: &Dataset, body: &Element, lang: Lang) -> Result<String, JsValue> {
    let Some(n) = &d.next_programme else { return Ok(String::new()) };
    dom::append(body, "p", Some("kiosk-lead"), Some(n.label.get(lang)))?;
    let list = dom::append(body, "ul", Some("kiosk-figures kiosk-three"), None)?;
    for (value, key) in
        [(n.years, Msg::YearsWord), (n.partners, Msg::PartnersWord), (n.countries, Msg::CountriesWord)]
    {
        let f = Figure { value, qualifier: Qualifier::Exact };
        figure(&list, f, key.text(lang), lang)?;
    }
    Ok(Msg::NextTitle.text(lang).to_owned())
}
