//! Runs a map flight (`crate::geo::Flight`) with requestAnimationFrame. The map
//! is drawn once in the new frame; during the flight the old drawing (copied to
//! `#map-flight`) and the new one (`#map-canvas` with its overlay, fading in) are
//! moved by CSS transforms that show each as in the frame of the moment, so a
//! frame costs a few style writes, not a map drawing. With
//! `prefers-reduced-motion` the map cuts to the new frame.

use super::dom;
use crate::geo::{ease, transform, Fitted, Flight};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

struct Active {
    flight: Flight,
    /// Frame size, device pixels, and the pixel ratio.
    width: f64,
    height: f64,
    dpr: f64,
    /// Time of the first animation frame (ms), once it ran.
    start: Option<f64>,
}

/// The animation-frame callback, made once and reused for every frame.
type FrameCallback = Option<Closure<dyn FnMut(f64)>>;

thread_local! {
    static ACTIVE: RefCell<Option<Active>> = const { RefCell::new(None) };
    static ON_FRAME: RefCell<FrameCallback> = const { RefCell::new(None) };
}

/// Whether the visitor asked for less motion.
pub fn reduced_motion() -> bool {
    dom::window()
        .ok()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Copies the map as drawn now into the flight canvas, before the map is drawn in
/// its new frame. Ends a flight still running first.
pub fn keep_old_drawing() -> Result<(), JsValue> {
    finish()?;
    let map: HtmlCanvasElement = dom::by_id("map-canvas")?.dyn_into()?;
    let old: HtmlCanvasElement = dom::by_id("map-flight")?.dyn_into()?;
    super::canvas::resize(&old, map.width(), map.height());
    let ctx: CanvasRenderingContext2d =
        old.get_context("2d")?.ok_or_else(|| JsValue::from_str("no 2d context"))?.dyn_into()?;
    ctx.draw_image_with_html_canvas_element(&map, 0.0, 0.0)?;
    Ok(())
}

/// Starts the flight from frame `from` (the old drawing's) to `to` (the map's new
/// drawing), for a frame `width` × `height` device pixels.
pub fn start(from: Fitted, to: Fitted, width: f64, height: f64, dpr: f64) -> Result<(), JsValue> {
    let active = Active { flight: Flight::new(from, to), width, height, dpr, start: None };
    ACTIVE.with(|a| *a.borrow_mut() = Some(active));
    dom::by_id("map-flight")?.set_hidden(false);
    dom::by_id("map-frame")?.set_attribute("data-flight", "on")?;
    place(0.0)?;
    request()
}

fn request() -> Result<(), JsValue> {
    ON_FRAME.with(|slot| {
        let mut slot = slot.borrow_mut();
        let cb = slot.get_or_insert_with(|| Closure::new(on_frame));
        dom::window()?.request_animation_frame(cb.as_ref().unchecked_ref()).map(|_| ())
    })
}

fn on_frame(now: f64) {
    let elapsed = ACTIVE.with(|a| {
        let mut a = a.borrow_mut();
        let a = a.as_mut()?;
        let start = *a.start.get_or_insert(now);
        Some(now - start)
    });
    let Some(elapsed) = elapsed else { return };
    let done = ACTIVE.with(|a| a.borrow().as_ref().is_none_or(|a| a.flight.done(elapsed)));
    let result = if done { finish() } else { place(elapsed).and_then(|_| request()) };
    if let Err(e) = result {
        web_sys::console::error_1(&e);
    }
}

/// Shows both drawings as in the frame `elapsed` ms into the flight.
fn place(elapsed: f64) -> Result<(), JsValue> {
    let Some((from, to, view, t, dpr)) = ACTIVE.with(|a| {
        a.borrow().as_ref().map(|a| {
            let f = &a.flight;
            (f.from, f.to, f.at(elapsed, a.width, a.height), elapsed / f.duration, a.dpr)
        })
    }) else {
        return Ok(());
    };
    let css = |drawn: &Fitted| {
        let (s, dx, dy) = transform(drawn, &view);
        format!("matrix({s},0,0,{s},{},{})", dx / dpr, dy / dpr)
    };
    // The new drawing fades in over the middle of the flight, so the old one is
    // seen leaving and the new one arriving.
    let opacity = ease(((t - 0.2) / 0.6).clamp(0.0, 1.0));
    dom::by_id("map-flight")?.style().set_property("transform", &css(&from))?;
    for id in ["map-canvas", "map-overlay"] {
        let style = dom::by_id(id)?.style();
        style.set_property("transform", &css(&to))?;
        style.set_property("opacity", &format!("{opacity:.3}"))?;
    }
    Ok(())
}

/// Ends the flight (if any): the new drawing in place, the old one hidden.
pub fn finish() -> Result<(), JsValue> {
    if ACTIVE.with(|a| a.borrow_mut().take()).is_none() {
        return Ok(());
    }
    for id in ["map-canvas", "map-overlay", "map-flight"] {
        let style = dom::by_id(id)?.style();
        style.remove_property("transform")?;
        style.remove_property("opacity")?;
    }
    dom::by_id("map-flight")?.set_hidden(true);
    dom::by_id("map-frame")?.remove_attribute("data-flight")
}
