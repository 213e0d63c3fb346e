//! Draws every chart canvas from the app state, and remembers each layout for
//! hit-testing pointer events.

use super::canvas;
use super::dom;
use crate::i18n::Msg;
use crate::model::{Dataset, Lang};
use crate::render::countries::layout_countries;
use crate::render::years::layout_years;
use crate::render::{layout_results, Layout, Sizes, Theme};
use crate::state::{AppState, Mode};
use wasm_bindgen::JsValue;

/// A drawn chart: which canvas, its layout (device px), the pixel ratio used, and
/// the inputs it was drawn from (so an unchanged chart is not drawn again).
pub struct Drawn {
    pub canvas: &'static str,
    pub layout: Layout,
    pub dpr: f64,
    pub key: String,
}

/// Draws `canvas` unless `prev` holds a drawing of it from the same inputs.
fn draw_once(
    prev: &mut Vec<Drawn>,
    canvas: &'static str,
    inputs: &str,
    theme: &Theme,
    layout_fn: impl Fn(f64, f64) -> Layout,
) -> Result<Drawn, JsValue> {
    let (w, h, dpr) = canvas::frame(canvas)?;
    let key = format!("{w}x{h}@{dpr}|{inputs}");
    if let Some(i) = prev.iter().position(|d| d.canvas == canvas && d.key == key) {
        return Ok(prev.swap_remove(i));
    }
    let (layout, dpr) = canvas::draw(canvas, theme, layout_fn)?;
    let centres =
        layout.targets.iter().map(|(r, id)| (id.as_str(), ((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0)));
    dom::set_points(canvas, "data-targets", centres, dpr)?;
    Ok(Drawn { canvas, layout, dpr, key })
}

/// Theme and type sizes for the mode and the reader's colour scheme.
pub fn look(mode: Mode) -> (Theme, Sizes) {
    let dark = mode == Mode::Kiosk || dom::prefers_dark();
    let theme = if dark { Theme::DARK } else { Theme::LIGHT };
    let sizes = if mode == Mode::Kiosk { Sizes::KIOSK } else { Sizes::PAGE };
    (theme, sizes)
}

/// The layout of chart canvas `id` for a drawing `width` device px wide at pixel
/// ratio `k`, or None when the dataset does not publish that chart's data.
pub fn layout_for(
    id: &str,
    d: &Dataset,
    state: &AppState,
    lang: Lang,
    sizes: Sizes,
    width: f64,
    k: f64,
) -> Option<Layout> {
    let s = sizes.scaled(k);
    match id {
        "results-canvas" => Some(layout_results(d, lang, width, s)),
        "countries-canvas" => layout_countries(d, lang, state.country.as_deref(), width, s),
        "years-canvas" => layout_years(d, lang, state.years, width, s),
        _ => None,
    }
}

/// Draws the results, per-country and per-year charts; a chart whose data the
/// dataset does not publish is replaced by a one-line note.
pub fn draw_all(
    d: &Dataset,
    state: &AppState,
    lang: Lang,
    mut prev: Vec<Drawn>,
) -> Result<Vec<Drawn>, JsValue> {
    let (theme, sizes) = look(state.mode);
    let base = format!("{}|{:?}|{:?}", lang.code(), state.mode, theme.background);
    let mut drawn = Vec::new();
    let optional: [(&'static str, &str, Msg, Msg, bool); 2] = [
        (
            "countries-canvas",
            "countries-note",
            Msg::CountriesNote,
            Msg::CountriesNotPublished,
            d.by_country.is_empty(),
        ),
        ("years-canvas", "years-note", Msg::YearsNote, Msg::YearsNotPublished, d.by_year.is_empty()),
    ];
    for (id, note, about, absent, missing) in optional {
        let mut text = (if missing { absent } else { about }).text(lang).to_owned();
        if id == "years-canvas" && !missing && state.years.is_some() {
            text = format!("{text} {}", Msg::YearsFilterNote.text(lang));
        }
        dom::set_text(note, &text)?;
        let holder =
            dom::by_id(id)?.parent_element().ok_or_else(|| JsValue::from_str("canvas without container"))?;
        holder.toggle_attribute_with_force("hidden", missing)?;
        if let Some(b) = dom::document()?.query_selector(&format!("[data-png=\"{id}\"]"))? {
            b.toggle_attribute_with_force("hidden", missing)?;
        }
    }
    for id in ["results-canvas", "countries-canvas", "years-canvas"] {
        // Only the inputs a chart depends on go in its key, so selecting a country
        // does not redraw the results chart.
        let inputs = match id {
            "countries-canvas" => format!("{base}|{:?}", state.country),
            "years-canvas" => format!("{base}|{:?}", state.years),
            _ => base.clone(),
        };
        let published = match id {
            "countries-canvas" => !d.by_country.is_empty(),
            "years-canvas" => !d.by_year.is_empty(),
            _ => true,
        };
        if !published {
            continue;
        }
        drawn.push(draw_once(&mut prev, id, &inputs, &theme, |w, k| {
            layout_for(id, d, state, lang, sizes, w, k).unwrap_or_default()
        })?);
    }
    Ok(drawn)
}
