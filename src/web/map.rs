//! The map: drawn on a base canvas from the app state; hover, focus ring and
//! tooltip go on an overlay canvas and an HTML element, so a pointer move never
//! repaints the map itself.

use super::{charts, dom};
use crate::core::Lang;
use crate::geo::{country_box, World};
use crate::i18n::{format_shown, metric_label, Msg};
use crate::model::{Dataset, Metric};
use crate::redraw::{Frame, MapKey};
use crate::render::describe::{self, Piece};
use crate::render::map::{
    css_colour, layout_map_styled, map_height, map_values, programme_codes, programme_meridian, Extent,
    MapEncoding, MapInput, MapStyle, MapView,
};
use crate::render::marks::paint_marks;
use crate::render::{paint, Theme};
use crate::state::{AppState, Mode, Store};
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// What the map keeps between drawings (its state is in the app's `Store`).
pub struct MapState {
    pub world: World,
    /// The last layout, for hit-testing and the overlay.
    pub view: Option<MapView>,
    pub dpr: f64,
    /// Inputs of the last drawing; equal inputs need no new drawing.
    pub(super) key: Option<MapKey>,
    /// A drawing made ahead, and a canvas for the next one (`map_ready`).
    #[cfg_attr(not(feature = "kiosk"), allow(dead_code))]
    pub(super) ready: Option<super::map_ready::Ready>,
    #[cfg_attr(not(feature = "kiosk"), allow(dead_code))]
    pub(super) spare: Option<HtmlCanvasElement>,
}

impl MapState {
    pub fn new(world: World) -> MapState {
        MapState { world, view: None, dpr: 1.0, key: None, ready: None, spare: None }
    }
}

/// The metric the map shades by: the visitor's choice, else volunteers.
pub fn metric(state: &AppState) -> Metric {
    state.metric.unwrap_or(Metric::Volunteers)
}

/// The map encoding: the visitor's choice, else the dataset's.
pub fn encoding(state: &AppState, d: &Dataset) -> MapEncoding {
    state.encoding.unwrap_or(d.map_encoding)
}

/// Programme countries' names in `lang`, to write on the map.
pub fn names(d: &Dataset, lang: Lang) -> Vec<(String, String)> {
    d.countries.iter().map(|c| (c.iso3.clone(), c.name.get(lang).to_owned())).collect()
}

/// Draws the map if its inputs changed, then the legend and the text summary.
pub fn draw(m: &mut MapState, store: &Store, lang: Lang) -> Result<(), JsValue> {
    let (d, state, extent) = (&store.dataset, &store.state, store.extent);
    let frame = dom::by_id("map-frame")?;
    let dpr = dom::window()?.device_pixel_ratio().clamp(1.0, 4.0);
    // Measured by the render before anything was drawn (see `observed_sizes`):
    // the frame's width, and its height on a kiosk or else the screen's (0 in an
    // embed, which has no screen height to keep within).
    let [_, _, frame_w, frame_h, _] = super::drawn_sizes();
    let css_w = f64::from(frame_w).max(200.0);
    let programme = programme_codes(d);
    let css_h = if state.mode == Mode::Kiosk {
        f64::from(frame_h).max(200.0)
    } else {
        // As tall as the view needs at this width: no empty bands, no layout jump
        // beyond the aspect ratio reserved while loading.
        let h = map_height(&m.world, &programme, extent, css_w * dpr, dpr) / dpr;
        // Never taller than most of the screen: the fit then centres the view.
        let screen_h = if frame_h > 0 { f64::from(frame_h) } else { f64::INFINITY };
        let h = h.clamp(180.0, (css_w * 0.8).min(screen_h * 0.7).max(180.0));
        frame.style().set_property("height", &format!("{h}px"))?;
        frame.style().set_property("aspect-ratio", "auto")?;
        h
    };
    let look = charts::look(state.mode);
    let theme = look.theme();
    let metric = metric(state);
    // The selection is not part of the base map (it is drawn on the overlay), so
    // selecting a country never repaints the map.
    // The map flies to the country the kiosk tours, and to the one chosen on a
    // phone, where small countries are hard to see in the whole programme's frame.
    let focus = focus_country(state, css_w).filter(|c| d.country(c).is_some());
    let key = map_key(m, store, &programme, lang, focus, Frame { css_width: css_w, css_height: css_h, dpr });
    if m.key.as_ref() != Some(&key) || m.view.is_none() {
        let (w, h) = key.frame.device();
        // Fly when only the frame changes (not the size, the look or the data).
        let same_but_frame = m.key.as_ref().is_some_and(|k| {
            k.frame == key.frame
                && k.generation == key.generation
                && k.look == key.look
                && k.metric == key.metric
                && k.encoding == key.encoding
        });
        let from = m
            .view
            .as_ref()
            .map(|v| v.projection)
            .filter(|_| same_but_frame && !super::map_flight::reduced_motion());
        // Drawn ahead (the kiosk's next scene): swapped in, no drawing now.
        let ahead = super::map_ready::swapped_in(m, &key, from.is_some())?;
        // For the kiosk's checks and benchmark: was this drawing made ahead?
        dom::by_id("map-frame")?
            .set_attribute("data-drawn-ahead", if ahead.is_some() { "yes" } else { "no" })?;
        let view = match ahead {
            Some(view) => view,
            None => {
                if from.is_some() {
                    super::map_flight::keep_old_drawing()?;
                } else {
                    super::map_flight::finish()?;
                }
                let view = layout(m, store, &programme, lang, &key);
                let c: HtmlCanvasElement = dom::by_id("map-canvas")?.dyn_into()?;
                paint_on(&c, &view, &theme)?;
                view
            }
        };
        let overlay: HtmlCanvasElement = dom::by_id("map-overlay")?.dyn_into()?;
        super::canvas::resize(&overlay, w as u32, h as u32);
        fill_legend(&view, &theme, metric, lang)?;
        let anchors = view.keyboard_order().filter_map(|c| view.anchor(c).map(|p| (c, p)));
        dom::set_points("map-overlay", "data-anchors", anchors, dpr)?;
        if let Some(from) = from {
            super::map_flight::start(from, view.projection, w, h, dpr)?;
        }
        dom::by_id("map-frame")?.set_attribute("data-view", focus.unwrap_or("programme"))?;
        m.view = Some(view);
        m.dpr = dpr;
        m.key = Some(key);
    }
    fill_summary(d, state, lang)?;
    name_map(&store.dataset, &store.state, lang)?;
    draw_overlay(m, store, &theme)
}

/// The screen's height a map outside the kiosk is kept within: the root's
/// clientHeight, which a phone's address bar showing or hiding leaves alone. None
/// in an embed: its frame is sized to its content, so its height would follow the
/// map's own. (A kiosk's map fills the frame the style sheet lays out.)
pub(super) fn screen_height(mode: Mode) -> Option<i32> {
    match mode {
        Mode::Embed => None,
        _ => Some(dom::document().ok()?.document_element().map_or(800, |r| r.client_height())),
    }
}

/// Everything the map would be drawn from with `focus` as the country it zooms to
/// (see `focus_country`), in `frame`: what `draw` compares with the last drawing,
/// and `map_ready::prepare` with the drawing it makes ahead.
/// `programme` is the dataset's countries (`programme_codes`), worked out once by
/// the caller.
pub(super) fn map_key(
    m: &MapState,
    store: &Store,
    programme: &[String],
    lang: Lang,
    focus: Option<&str>,
    frame: Frame,
) -> MapKey {
    let (d, state) = (&store.dataset, &store.state);
    let lon0 = programme_meridian(&m.world, programme);
    let extent = match focus.and_then(|c| country_box(&m.world, c, lon0)) {
        Some(b) if store.extent == Extent::Programme => Extent::Box(b),
        _ => store.extent,
    };
    let look = charts::look(state.mode);
    MapKey {
        frame,
        generation: store.generation,
        lang,
        look,
        extent,
        metric: metric(state),
        encoding: encoding(state, d),
    }
}

/// Lays the map out as `key` says.
pub(super) fn layout(m: &MapState, store: &Store, programme: &[String], lang: Lang, key: &MapKey) -> MapView {
    let d = &store.dataset;
    // The kiosk shows the programme countries alike: its figures are on its
    // scenes, and a shaded map would need a legend readable from afar.
    let values = if store.state.mode == Mode::Kiosk { None } else { map_values(d, key.metric) };
    let (width, height) = key.frame.device();
    let input = MapInput {
        programme,
        values: values.as_deref(),
        selected: None,
        extent: key.extent,
        width,
        height,
        dpr: key.frame.dpr,
    };
    let names = names(d, lang);
    let style = MapStyle {
        encoding: key.encoding,
        names: &names,
        fewer_than: d.small_number_threshold,
        interactive: true,
        lang,
    };
    layout_map_styled(&m.world, &input, &style)
}

/// Paints the map `view` on canvas `c`, sized to it.
pub(super) fn paint_on(c: &HtmlCanvasElement, view: &MapView, theme: &Theme) -> Result<(), JsValue> {
    super::canvas::resize(c, view.layout.width as u32, view.layout.height as u32);
    let backend =
        CanvasBackend::with_canvas_object(c.clone()).ok_or_else(|| JsValue::from_str("no canvas"))?;
    let area = backend.into_drawing_area();
    paint(&area, &view.layout, theme).map_err(|e| JsValue::from_str(&format!("map drawing failed: {e}")))?;
    area.present().map_err(|e| JsValue::from_str(&format!("map drawing failed: {e}")))
}

/// Widest map (CSS px) at which choosing a country zooms the map to it.
const PHONE_CSS_PX: f64 = 600.0;

/// The country the map frames instead of the whole programme: the kiosk's toured
/// or chosen country, or the selected one on a phone-sized map.
fn focus_country(state: &AppState, css_w: f64) -> Option<&str> {
    let zooms = match state.mode {
        Mode::Kiosk => true,
        Mode::Standalone => css_w < PHONE_CSS_PX,
        Mode::Embed => false,
    };
    state.country.as_deref().filter(|_| zooms)
}

/// The selection, hover outline and keyboard focus ring, on the overlay canvas
/// only (`MapView::overlay_marks`), painted by the same painter as the map.
pub fn draw_overlay(m: &MapState, store: &Store, theme: &Theme) -> Result<(), JsValue> {
    let c: HtmlCanvasElement = dom::by_id("map-overlay")?.dyn_into()?;
    let ctx: CanvasRenderingContext2d =
        c.get_context("2d")?.ok_or_else(|| JsValue::from_str("no 2d context"))?.dyn_into()?;
    ctx.clear_rect(0.0, 0.0, f64::from(c.width()), f64::from(c.height()));
    let Some(view) = &m.view else { return Ok(()) };
    let marks = view.overlay_marks(
        store.state.country.as_deref(),
        store.hover.as_deref(),
        store.focus.as_deref(),
        m.dpr,
    );
    if marks.is_empty() {
        return Ok(());
    }
    let backend = CanvasBackend::with_canvas_object(c).ok_or_else(|| JsValue::from_str("no canvas"))?;
    let area = backend.into_drawing_area();
    paint_marks(&area, &marks, theme, 1.0).map_err(|e| JsValue::from_str(&format!("drawing failed: {e}")))?;
    area.present().map_err(|e| JsValue::from_str(&format!("drawing failed: {e}")))?;
    Ok(())
}

/// An empty class list: a symbol map has no colour classes.
static NO_CLASSES: crate::render::map::Legend =
    crate::render::map::Legend { classes: Vec::new(), fewer_than: None, not_published: false };

fn fill_legend(view: &MapView, theme: &Theme, metric: Metric, lang: Lang) -> Result<(), JsValue> {
    let holder = dom::cleared("map-legend")?;
    let Some(legend) = view.legend.as_ref().or(view.symbol_legend.as_ref().map(|_| &NO_CLASSES)) else {
        let item = dom::append(&holder, "span", Some("legend-item"), None)?;
        let sw = dom::append(&item, "span", Some("swatch"), None)?;
        set_bg(&sw, &css_colour(theme, crate::render::Paint::Programme))?;
        dom::append(&item, "span", None, Some(Msg::ProgrammeCountry.text(lang)))?;
        return Ok(());
    };
    dom::append(&holder, "span", None, Some(metric_label(metric, lang)))?;
    if let Some(sym) = &view.symbol_legend {
        // Reference circles at the size drawn on the map (CSS px).
        let dpr = view.targets.first().map(|t| t.radius * 2.0 / crate::render::map::TARGET_CSS_PX);
        let dpr = dpr.unwrap_or_else(|| dom::window().map(|w| w.device_pixel_ratio()).unwrap_or(1.0));
        for (v, r) in &sym.references {
            let item = dom::append(&holder, "span", Some("legend-item"), None)?;
            let c: web_sys::HtmlElement =
                dom::append(&item, "span", Some("swatch-circle"), None)?.unchecked_into();
            let d = format!("{:.1}px", 2.0 * r / dpr);
            c.style().set_property("width", &d)?;
            c.style().set_property("height", &d)?;
            set_bg(&c, &css_colour(theme, crate::render::Paint::Ramp(3)))?;
            dom::append(&item, "span", None, Some(&crate::i18n::format_count(*v, lang)))?;
        }
        if let Some(n) = sym.fewer_than {
            let item = dom::append(&holder, "span", Some("legend-item"), None)?;
            dom::append(&item, "span", Some("swatch-circle swatch-dashed"), None)?;
            let label = format_shown(crate::model::Shown::FewerThan(n), lang);
            dom::append(&item, "span", None, Some(&label))?;
        }
        if sym.not_published {
            let item = dom::append(&holder, "span", Some("legend-item"), None)?;
            dom::append(&item, "span", Some("swatch swatch-hatched"), None)?;
            dom::append(&item, "span", None, Some(Msg::NotPublished.text(lang)))?;
        }
        return Ok(());
    }
    for class in &legend.classes {
        let item = dom::append(&holder, "span", Some("legend-item"), None)?;
        let sw = dom::append(&item, "span", Some("swatch"), None)?;
        set_bg(&sw, &css_colour(theme, class.paint))?;
        dom::append(&item, "span", None, Some(&class.label(lang)))?;
    }
    if let Some(n) = legend.fewer_than {
        // One class for every protected figure, whatever it is.
        let item = dom::append(&holder, "span", Some("legend-item"), None)?;
        dom::append(&item, "span", Some("swatch swatch-protected"), None)?;
        let label = format_shown(crate::model::Shown::FewerThan(n), lang);
        dom::append(&item, "span", None, Some(&label))?;
    }
    if legend.not_published {
        let item = dom::append(&holder, "span", Some("legend-item"), None)?;
        dom::append(&item, "span", Some("swatch swatch-hatched"), None)?;
        dom::append(&item, "span", None, Some(Msg::NotPublished.text(lang)))?;
    }
    Ok(())
}

fn set_bg(e: &web_sys::Element, colour: &str) -> Result<(), JsValue> {
    e.dyn_ref::<web_sys::HtmlElement>()
        .ok_or_else(|| JsValue::from_str("not an HTML element"))?
        .style()
        .set_property("background-color", colour)
}

/// The map's accessible name says which country is selected.
fn name_map(d: &Dataset, state: &AppState, lang: Lang) -> Result<(), JsValue> {
    let label = describe::map_label(d, state.country.as_deref(), lang);
    dom::by_id("map-overlay")?.set_attribute("aria-label", &label)
}

/// The map's short text summary, country names each in an element marked with
/// its language.
fn fill_summary(d: &Dataset, state: &AppState, lang: Lang) -> Result<(), JsValue> {
    let p = dom::cleared("map-summary")?;
    for piece in describe::map_summary(d, metric(state), lang) {
        match piece {
            Piece::Words(w) => p.append_with_str_1(&w)?,
            Piece::Name(name) => {
                dom::append_text(&p, "span", None, name, lang)?;
            }
        }
    }
    Ok(())
}

/// Shows the tooltip for `iso3` at a device-pixel point of the map, or hides it.
pub fn show_tooltip(text: Option<(String, f64, f64)>) -> Result<(), JsValue> {
    let tip = dom::by_id("map-tooltip")?;
    let Some((text, x, y)) = text else {
        tip.set_hidden(true);
        return Ok(());
    };
    tip.set_text_content(Some(&text));
    tip.set_hidden(false);
    let frame_w = f64::from(dom::by_id("map-frame")?.client_width());
    let w = f64::from(tip.offset_width());
    // Keep the tooltip inside the frame, above and to the right of the point.
    let left = (x + 12.0).min(frame_w - w - 4.0).max(4.0);
    let top = (y - f64::from(tip.offset_height()) - 12.0).max(4.0);
    tip.style().set_property("left", &format!("{left}px"))?;
    tip.style().set_property("top", &format!("{top}px"))?;
    Ok(())
}

/// The view toggle's state. Its label stays "World view": a toggle button says
/// what it turns on, and `aria-pressed` says whether it is on ("World view,
/// pressed"); a label that also changed would read "Programme regions, pressed".
pub fn fill_toggle(extent: Extent, lang: Lang) -> Result<(), JsValue> {
    let b = dom::by_id("view-toggle")?;
    let world = extent == Extent::World;
    b.set_attribute("aria-pressed", if world { "true" } else { "false" })?;
    b.set_text_content(Some(Msg::WorldView.text(lang)));
    Ok(())
}

/// Where the world geometry is, relative to the page.
pub const WORLD_PATH: &str = "data/geo/world.bin";

/// Decodes the world geometry fetched by `request`; a failure leaves the page
/// usable without a map.
///
/// The file keeps its name from one release to the next while its format may
/// change (the wasm that reads it is renamed with each build). A browser may then
/// hold the previous release's file in its HTTP cache, which a host without
/// cache headers lets it use for days, and this wasm cannot read it: a file that
/// does not decode is fetched once more from the server before the map gives up.
pub async fn load_world(request: super::fetch::Pending) -> Result<World, String> {
    let decode = |bytes: &[u8]| crate::geo::decode_world("world.bin", bytes).map_err(|p| p.to_string());
    match decode(&request.bytes().await?) {
        Ok(world) => Ok(world),
        Err(_) => decode(&super::fetch::start_reloaded(WORLD_PATH).bytes().await?),
    }
}
