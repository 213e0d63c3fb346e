//! The kiosk's next map, drawn ahead. A scene change to a country used to lay out
//! and paint the whole map in its new frame inside the change's task (most of its
//! main-thread time on a small player), and copy the old drawing for the flight.
//! While a scene shows, the tour knows the next one: its map is drawn then (1.9 s
//! into the scene, once the flight is over; not while a visitor has paused the
//! tour), on a spare canvas. At the change the canvases trade places instead: the
//! one on screen becomes the flight's old drawing, the one drawn ahead becomes the
//! map, and the flight's old canvas is the spare for the next time. Nothing is
//! copied and nothing is drawn in the change itself.

use super::map::MapState;
use crate::redraw::MapKey;
use crate::render::map::MapView;
use wasm_bindgen::JsValue;
use web_sys::HtmlCanvasElement;
#[cfg(feature = "kiosk")]
use {
    super::dom,
    super::map::{layout, map_key, paint_on},
    crate::core::Lang,
    crate::redraw::Frame,
    crate::render::map::programme_codes,
    crate::state::Store,
    wasm_bindgen::JsCast,
};

/// A map drawn ahead: what it was drawn from, its layout, and its canvas (not in
/// the page until swapped in).
#[cfg_attr(not(feature = "kiosk"), allow(dead_code))]
pub struct Ready {
    key: MapKey,
    view: MapView,
    canvas: HtmlCanvasElement,
}

/// Draws the map as it will be when it zooms to `focus` (the next scene's
/// country, or none for the programme), unless it is drawn already.
#[cfg(feature = "kiosk")]
pub fn prepare(m: &mut MapState, store: &Store, lang: Lang, focus: Option<&str>) -> Result<(), JsValue> {
    let frame_el = dom::by_id("map-frame")?;
    let dpr = dom::window()?.device_pixel_ratio().clamp(1.0, 4.0);
    // The kiosk's map fills its frame (see `map::draw`).
    let frame = Frame {
        css_width: f64::from(frame_el.client_width()).max(200.0),
        css_height: f64::from(frame_el.client_height()).max(200.0),
        dpr,
    };
    let focus = focus.filter(|c| store.dataset.country(c).is_some());
    let programme = programme_codes(&store.dataset);
    let key = map_key(m, store, &programme, lang, focus, frame);
    // Nothing to draw when the next scene shows the same map (a country's second
    // page) or it is drawn already.
    let drawn = |k: Option<&MapKey>| k == Some(&key);
    if drawn(m.key.as_ref()) || drawn(m.ready.as_ref().map(|r| &r.key)) {
        return Ok(());
    }
    let view = layout(m, store, &programme, lang, &key);
    let canvas = match m.spare.take().or_else(|| m.ready.take().map(|r| r.canvas)) {
        Some(c) => c,
        None => dom::document()?.create_element("canvas")?.dyn_into()?,
    };
    paint_on(&canvas, &view, &key.look.theme())?;
    m.ready = Some(Ready { key, view, canvas });
    Ok(())
}

/// The map drawn ahead for `key`, put on screen (see `swap_in`): its layout, or
/// `None` when no drawing for `key` was made ahead. Only the kiosk draws ahead.
#[cfg(feature = "kiosk")]
pub fn swapped_in(m: &mut MapState, key: &MapKey, flight: bool) -> Result<Option<MapView>, JsValue> {
    let Some(ready) = m.ready.take_if(|r| &r.key == key) else { return Ok(None) };
    let (view, spare) = swap_in(ready, flight)?;
    m.spare = Some(spare);
    Ok(Some(view))
}

#[cfg(not(feature = "kiosk"))]
pub fn swapped_in(_: &mut MapState, _: &MapKey, _: bool) -> Result<Option<MapView>, JsValue> {
    Ok(None)
}

/// Puts `ready`'s canvas on screen as the map and returns its layout and the
/// canvas left over (the next spare). With `flight`, the canvas that was on
/// screen becomes the flight's old drawing (`map_flight::start` shows it), and
/// the flight's old canvas is left over; else the one on screen is.
#[cfg(feature = "kiosk")]
fn swap_in(ready: Ready, flight: bool) -> Result<(MapView, HtmlCanvasElement), JsValue> {
    super::map_flight::finish()?;
    let shown: HtmlCanvasElement = dom::by_id("map-canvas")?.dyn_into()?;
    let new = ready.canvas;
    new.set_id("map-canvas");
    new.set_attribute("aria-hidden", "true")?;
    new.set_class_name("");
    let spare = if flight {
        let old: HtmlCanvasElement = dom::by_id("map-flight")?.dyn_into()?;
        shown.replace_with_with_node_1(&new)?;
        old.replace_with_with_node_1(&shown)?;
        shown.set_id("map-flight");
        shown.set_class_name("flight");
        shown.set_hidden(true);
        old
    } else {
        shown.replace_with_with_node_1(&new)?;
        shown
    };
    spare.set_id("");
    spare.set_hidden(false);
    Ok((ready.view, spare))
}
