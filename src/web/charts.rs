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
    // Centres of the clickable parts in CSS px, for automated checks.
    let targets: Vec<String> = layout
        .targets
        .iter()
        .map(|(r, id)| format!("{id}:{:.0},{:.0}", (r.x0 + r.x1) / 2.0 / dpr, (r.y0 + r.y1) / 2.0 / dpr))
        .collect();
    dom::by_id(canvas)?.set_attribute("data-targets", &targets.join(";"))?;
    Ok(Drawn { canvas, layout, dpr, key })
}

/// Theme and type sizes for the mode and the reader's colour scheme.
pub fn look(mode: Mode) -> (Theme, Sizes) {
    let dark = mode == Mode::Kiosk || dom::prefers_dark();
    let theme = if dark { Theme::DARK } else { Theme::LIGHT };
    let sizes = if mode == Mode::Kiosk { Sizes::KIOSK } else { Sizes::PAGE };
    (theme, sizes)
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
    drawn.push(draw_once(&mut prev, "results-canvas", &base, &theme, |w, k| {
        layout_results(d, lang, w, sizes.scaled(k))
    })?);

    let sel = state.country.as_deref();
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
        dom::set_text(note, if missing { absent.text(lang) } else { about.text(lang) })?;
        let holder =
            dom::by_id(id)?.parent_element().ok_or_else(|| JsValue::from_str("canvas without container"))?;
        holder.toggle_attribute_with_force("hidden", missing)?;
        if missing {
            continue;
        }
        let inputs = format!("{base}|{sel:?}|{:?}", state.years);
        drawn.push(draw_once(&mut prev, id, &inputs, &theme, |w, k| {
            let s = sizes.scaled(k);
            let l = if id == "countries-canvas" {
                layout_countries(d, lang, sel, w, s)
            } else {
                layout_years(d, lang, state.years, w, s)
            };
            l.unwrap_or_default()
        })?);
    }
    Ok(drawn)
}
