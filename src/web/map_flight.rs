//! Runs a map flight (`crate::geo::Flight`). The map is drawn once in the new
//! frame; during the flight the old drawing (copied to `#map-flight`) and the new
//! one (`#map-canvas` with its overlay, fading in) are moved by CSS transforms that
//! show each as in the frame of the moment. The moments are computed once
//! (`Flight::keyframes`) and handed to the browser's animation engine
//! (`Element.animate`), which runs transform and opacity on the compositor: no
//! script runs while the map flies, so a small player's busy main thread cannot
//! make it stutter. The animation's end (or a timer, at the latest) ends the
//! flight. With `prefers-reduced-motion` the map cuts to the new frame.

use super::dom;
use crate::geo::{Fitted, Flight, FLIGHT_MS};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Samples of a flight handed to the browser (see `Flight::keyframes`).
const STEPS: usize = 24;
/// When the flight's timer ends it at the latest, ms after it starts.
const END_BY_MS: i32 = FLIGHT_MS as i32 + 300;

struct Active {
    /// The browser's running animations, cancelled when the flight ends.
    animations: Vec<JsValue>,
    /// The timer that ends the flight.
    timer: Option<i32>,
}

/// A callback taking an event, made once and kept.
type EventCallback = Closure<dyn FnMut(web_sys::Event)>;

thread_local! {
    static ACTIVE: RefCell<Option<Active>> = const { RefCell::new(None) };
    /// The timer's callback, made once and reused for every flight.
    static ON_END: RefCell<Option<Closure<dyn FnMut()>>> = const { RefCell::new(None) };
    /// The animations' finish handler, likewise.
    static ON_FINISH: RefCell<Option<EventCallback>> = const { RefCell::new(None) };
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
    finish()?;
    let flight = Flight::new(from, to);
    let css = |(s, dx, dy): (f64, f64, f64)| format!("matrix({s},0,0,{s},{},{})", dx / dpr, dy / dpr);
    let (old, new) = (js_sys::Array::new(), js_sys::Array::new());
    for k in flight.keyframes(STEPS, width, height) {
        old.push(&keyframe(k.offset, &css(k.old), None)?.into());
        new.push(&keyframe(k.offset, &css(k.new), Some(k.opacity))?.into());
    }
    dom::by_id("map-flight")?.set_hidden(false);
    dom::by_id("map-frame")?.set_attribute("data-flight", "on")?;
    // Recorded before anything can fail, so `finish` undoes whatever started.
    ACTIVE.with(|a| *a.borrow_mut() = Some(Active { animations: Vec::new(), timer: None }));
    let on_end = ON_END.with(|slot| {
        let mut slot = slot.borrow_mut();
        let cb = slot.get_or_insert_with(|| {
            Closure::new(|| {
                if let Err(e) = finish() {
                    web_sys::console::error_1(&e);
                }
            })
        });
        cb.as_ref().unchecked_ref::<js_sys::Function>().clone()
    });
    let on_finish = ON_FINISH.with(|slot| {
        let mut slot = slot.borrow_mut();
        let cb = slot.get_or_insert_with(|| {
            Closure::new(|e: web_sys::Event| {
                // A finish event of an earlier flight, queued before it was
                // cancelled, must not end this one.
                let ours = e.target().is_some_and(|t| {
                    let t: &JsValue = t.as_ref();
                    ACTIVE.with(|a| a.borrow().as_ref().is_some_and(|a| a.animations.iter().any(|x| x == t)))
                });
                if ours {
                    if let Err(e) = finish() {
                        web_sys::console::error_1(&e);
                    }
                }
            })
        });
        cb.as_ref().unchecked_ref::<js_sys::Function>().clone()
    });
    for (id, frames) in [("map-flight", &old), ("map-canvas", &new), ("map-overlay", &new)] {
        let animation = animate(&dom::by_id(id)?, frames, flight.duration)?;
        // The flight ends when the browser's animation does: it starts at the first
        // frame after this task, which a slow player reaches late.
        js_sys::Reflect::set(&animation, &"onfinish".into(), &on_finish)?;
        ACTIVE.with(|a| a.borrow_mut().as_mut().map(|a| a.animations.push(animation)));
    }
    // And at the latest a little after its length, should the animation never
    // report (a hidden tab); also what ends it under a test's fake clock.
    let timer = dom::window()?.set_timeout_with_callback_and_timeout_and_arguments_0(&on_end, END_BY_MS)?;
    ACTIVE.with(|a| a.borrow_mut().as_mut().map(|a| a.timer = Some(timer)));
    Ok(())
}

/// `{offset, transform, opacity}` for `Element.animate`.
fn keyframe(offset: f64, transform: &str, opacity: Option<f64>) -> Result<js_sys::Object, JsValue> {
    let k = js_sys::Object::new();
    js_sys::Reflect::set(&k, &"offset".into(), &offset.into())?;
    js_sys::Reflect::set(&k, &"transform".into(), &transform.into())?;
    if let Some(o) = opacity {
        js_sys::Reflect::set(&k, &"opacity".into(), &o.into())?;
    }
    Ok(k)
}

/// `element.animate(frames, {duration, fill: "both"})`, called through the
/// object: web-sys puts `Element.animate` behind its unstable-API flag.
fn animate(el: &web_sys::HtmlElement, frames: &js_sys::Array, duration: f64) -> Result<JsValue, JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(el, &"animate".into())?.dyn_into()?;
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"duration".into(), &duration.into())?;
    js_sys::Reflect::set(&options, &"fill".into(), &"both".into())?;
    f.call2(el, frames, &options)
}

/// Ends the flight (if any): the new drawing in place, the old one hidden.
pub fn finish() -> Result<(), JsValue> {
    let Some(active) = ACTIVE.with(|a| a.borrow_mut().take()) else {
        return Ok(());
    };
    if let Some(t) = active.timer {
        dom::window()?.clear_timeout_with_handle(t);
    }
    for a in &active.animations {
        let cancel: js_sys::Function = js_sys::Reflect::get(a, &"cancel".into())?.dyn_into()?;
        cancel.call0(a)?;
    }
    dom::by_id("map-flight")?.set_hidden(true);
    dom::by_id("map-frame")?.remove_attribute("data-flight")
}
