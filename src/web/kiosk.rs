//! Kiosk mode: the attract loop, pausing on touch and resuming after a minute of
//! idle; a QR code to continue on a phone; the screen kept awake; offline once loaded.

use super::events::keep;
use super::{app, canvas, dom};
use crate::kiosk::{plan, Scene, Tour};
use crate::render::qr::layout_qr;
use crate::render::Theme;
use gloo_events::EventListener;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A pending timeout's id and the callback it runs.
type Wakeup = (i32, Option<Closure<dyn FnMut()>>);

thread_local! {
    static TOUR: RefCell<Option<Tour>> = const { RefCell::new(None) };
    /// The pending wake-up: its timer id, and the callback it runs.
    static TIMER: RefCell<Wakeup> = const { RefCell::new((0, None)) };
}

/// Sleeps until the tour next has something to do, replacing any pending wake-up.
fn schedule() {
    let Ok(w) = dom::window() else { return };
    let due = TOUR.with(|t| t.borrow().as_ref().map(Tour::next_due));
    let Some(due) = due else { return };
    TIMER.with(|slot| {
        let mut slot = slot.borrow_mut();
        w.clear_timeout_with_handle(slot.0);
        let cb = slot.1.get_or_insert_with(|| Closure::new(wake));
        let wait = (due - now()).max(0.0).ceil() as i32;
        match w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.as_ref().unchecked_ref(), wait) {
            Ok(id) => slot.0 = id,
            Err(e) => web_sys::console::error_1(&e),
        }
    });
}

fn wake() {
    let next = TOUR.with(|t| t.borrow_mut().as_mut().and_then(|t| t.tick(now()).cloned()));
    if let Some(scene) = next {
        let _ = dom::set_root_attr("data-kiosk", "touring");
        show(&scene);
    }
    schedule();
}

fn now() -> f64 {
    dom::window().ok().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// Shows a scene: the kiosk styles show the section named by `<html data-scene>`;
/// a country scene selects that country (without adding history entries).
fn show(scene: &Scene) {
    let _ = dom::set_root_attr("data-scene", scene.key());
    let country = match scene {
        Scene::Country(iso) => Some(iso.clone()),
        _ => None,
    };
    let changed = app::with(|a| {
        let changed = a.state.country != country;
        a.state.country = country;
        changed
    });
    if changed == Some(true) {
        if let Err(e) = app::render(false) {
            web_sys::console::error_1(&e);
        }
    }
}

fn touched() {
    TOUR.with(|t| {
        if let Some(t) = t.borrow_mut().as_mut() {
            t.touch(now());
        }
    });
    let _ = dom::set_root_attr("data-kiosk", "paused");
    schedule();
}

pub fn start(qr_url: Option<String>) -> Result<(), JsValue> {
    let scenes = app::with(|a| plan(&a.dataset)).unwrap_or_default();
    let tour = Tour::new(scenes, now());
    if let Some(s) = tour.scene() {
        show(s);
    }
    TOUR.with(|t| *t.borrow_mut() = Some(tour));
    dom::set_root_attr("data-kiosk", "touring")?;

    schedule();

    let doc: web_sys::EventTarget = dom::document()?.into();
    for ev in ["pointerdown", "keydown", "wheel"] {
        keep(EventListener::new(&doc, ev, |_| touched()));
    }
    // No context menu on a public screen.
    keep(EventListener::new_with_options(
        &doc,
        "contextmenu",
        gloo_events::EventListenerOptions::enable_prevent_default(),
        |e| e.prevent_default(),
    ));
    no_pinch_zoom();
    keep_awake();
    work_offline();
    if let Some(url) = qr_url {
        draw_qr(&url)?;
    }
    Ok(())
}

/// No pinch-zoom on a kiosk. The styles set `touch-action: pan-x pan-y`, which stops
/// it in Chromium; a multi-touch move is also cancelled for other engines. The
/// viewport meta tag is left alone: `user-scalable=no` would fail WCAG 1.4.4 for
/// anyone who opens the same page elsewhere, and axe reports it.
fn no_pinch_zoom() {
    let Ok(doc) = dom::document() else { return };
    let target: web_sys::EventTarget = doc.into();
    let opts = gloo_events::EventListenerOptions::enable_prevent_default();
    keep(EventListener::new_with_options(&target, "touchmove", opts, |e| {
        let touches = js_sys::Reflect::get(e, &"touches".into())
            .ok()
            .and_then(|t| js_sys::Reflect::get(&t, &"length".into()).ok())
            .and_then(|n| n.as_f64())
            .unwrap_or(0.0);
        if touches > 1.0 {
            e.prevent_default();
        }
    }));
    keep(EventListener::new_with_options(&target, "gesturestart", opts, |e| e.prevent_default()));
}

/// Screen Wake Lock where the browser offers it (not in every browser, and only on
/// secure origins), called through Reflect because web-sys marks it unstable.
fn keep_awake() {
    let Ok(w) = dom::window() else { return };
    let nav = w.navigator();
    let Ok(lock) = js_sys::Reflect::get(&nav, &"wakeLock".into()) else { return };
    if lock.is_undefined() {
        return;
    }
    let Ok(request) = js_sys::Reflect::get(&lock, &"request".into()) else { return };
    if let Ok(f) = request.dyn_into::<js_sys::Function>() {
        if let Ok(p) = f.call1(&lock, &"screen".into()) {
            if let Ok(p) = p.dyn_into::<js_sys::Promise>() {
                // A refusal (tab hidden, no permission) is not an error for the visitor.
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
                });
            }
        }
    }
}

/// Registers the service worker (sw.js) that keeps the loaded page working offline.
fn work_offline() {
    let Ok(w) = dom::window() else { return };
    let sw = w.navigator().service_worker();
    let p = sw.register("sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = wasm_bindgen_futures::JsFuture::from(p).await {
            web_sys::console::warn_1(&e);
        }
    });
}

fn draw_qr(url: &str) -> Result<(), JsValue> {
    let holder = dom::by_id("kiosk-qr")?;
    holder.set_hidden(false);
    // In the detail column's flow, below the country's story, so it never covers it.
    dom::by_id("detail")?.append_child(&holder)?;
    let canvas = dom::el("canvas", None, None)?;
    canvas.set_id("kiosk-qr-canvas");
    holder.append_child(&canvas)?;
    dom::append(&holder, "span", None, Some(url))?;
    canvas::draw("kiosk-qr-canvas", &Theme::LIGHT, |w, _| {
        // Whole device pixels per module keep the code sharp and scannable.
        let probe = layout_qr(url, 1.0).map(|l| l.width).unwrap_or(1.0);
        layout_qr(url, (w / probe).floor().max(1.0)).unwrap_or_default()
    })?;
    // Drawn at the holder's width (padding included); let the styles fit it inside.
    let style = dom::by_id("kiosk-qr-canvas")?.style();
    style.set_property("width", "100%")?;
    style.set_property("height", "auto")?;
    Ok(())
}
