//! Kiosk mode: the attract loop, pausing on touch and resuming after a minute of
//! idle; a QR code to continue on a phone; the screen kept awake; offline once loaded.

use super::events::keep;
use super::{app, canvas, dom, fetch};
use crate::kiosk::{plan, Scene, Tour};
use crate::kiosk_update::{build_of, compare, Change, UpdateCheck};
use crate::model::problem::printable;
use crate::qr_address::{choose_qr, QrChoice};
use crate::render::qr::layout_qr;
use crate::render::Theme;
use crate::state::Action;
use gloo_events::EventListener;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A pending timeout's id and the callback it runs.
type Wakeup = (i32, Option<Closure<dyn FnMut()>>);

thread_local! {
    static TOUR: RefCell<Option<Tour>> = const { RefCell::new(None) };
    /// When the server was last asked for news, and the catalogue text now shown.
    static UPDATE: RefCell<Option<(UpdateCheck, String)>> = const { RefCell::new(None) };
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
        // At the end of each loop (at most every few minutes): anything new on the server?
        let looped = TOUR.with(|t| t.borrow().as_ref().is_some_and(Tour::at_start));
        let due = looped && UPDATE.with(|u| u.borrow_mut().as_mut().is_some_and(|(c, _)| c.due(now())));
        if due {
            wasm_bindgen_futures::spawn_local(check_for_update());
        }
    }
    schedule();
}

/// The build hash this page was served with (`<meta name="impact-atlas-build">`).
fn own_build() -> Option<String> {
    let meta = dom::document().ok()?.query_selector("meta[name=impact-atlas-build]").ok()??;
    meta.get_attribute("content").filter(|c| !c.is_empty())
}

/// Asks the server for its catalogue and page. A new build reloads the page; a new
/// catalogue loads the dataset again in place (the old one stays on screen until
/// the new one is drawn, in one go). Offline, or on any failure, the kiosk keeps
/// running what it has.
async fn check_for_update() {
    let catalogue = fetch::fresh("data/index.json").await.ok();
    let own = own_build();
    let build = match own {
        Some(_) => fetch::fresh("./").await.ok().and_then(|html| build_of(&html).map(str::to_owned)),
        None => None,
    };
    let loaded = UPDATE.with(|u| u.borrow().as_ref().map(|(_, t)| t.clone())).unwrap_or_default();
    match compare(&loaded, catalogue.as_deref(), own.as_deref().unwrap_or_default(), build.as_deref()) {
        Change::None => {}
        Change::Build => {
            if let Ok(w) = dom::window() {
                let _ = w.location().reload();
            }
        }
        Change::Data => {
            let Some(text) = catalogue else { return };
            if let Err(e) = reload_data(text).await {
                web_sys::console::warn_1(&e.into());
            }
        }
    }
}

/// Swaps in the dataset of a changed catalogue and starts the tour again with it.
async fn reload_data(cat_text: String) -> Result<(), String> {
    let id = app::with(|a| a.store.state.data.clone()).flatten();
    let (catalogue, dataset) = super::load_dataset(&cat_text, id.as_deref()).await?;
    let share = dataset.share_url.clone();
    let scenes = plan(&dataset);
    // A new generation: the map and charts are drawn again from the new dataset.
    app::dispatch(Action::ShowDataset(Box::new(dataset)));
    UPDATE.with(|u| {
        if let Some((_, t)) = u.borrow_mut().as_mut() {
            *t = cat_text;
        }
    });
    let tour = Tour::new(scenes, now());
    if let Some(s) = tour.scene() {
        show(s);
    }
    TOUR.with(|t| *t.borrow_mut() = Some(tour));
    schedule();
    let qr = choose_qr(super::url::param("qr").as_deref(), share.as_deref(), &catalogue.qr_hosts);
    draw_qr(&qr).map_err(|e| dom::describe(&e))
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
    app::dispatch(Action::Tour(country));
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

/// Starts the tour. `catalogue` is the catalogue's text as loaded, to tell later
/// whether the server's has changed.
pub fn start(qr: QrChoice, catalogue: String) -> Result<(), JsValue> {
    let scenes = app::with(|a| plan(&a.store.dataset)).unwrap_or_default();
    let tour = Tour::new(scenes, now());
    UPDATE.with(|u| *u.borrow_mut() = Some((UpdateCheck::new(now()), catalogue)));
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
    draw_qr(&qr)
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

/// The QR code and, under it, its address in legible letters; or, for a `?qr=`
/// address that is not allowed, a message for staff (the default code is shown).
fn draw_qr(qr: &QrChoice) -> Result<(), JsValue> {
    let holder = dom::cleared("kiosk-qr")?;
    holder.set_hidden(qr.url.is_none());
    // In the detail column's flow, below the country's story, so it never covers it.
    dom::by_id("detail")?.append_child(&holder)?;
    let doc = dom::document()?;
    if let Some(old) = doc.get_element_by_id("kiosk-qr-refused") {
        old.remove();
    }
    if let Some(refused) = &qr.refused {
        // A corner note over the header, for staff setting up the screen: it leaves
        // the scenes and the code where they are.
        let lang = app::with(|a| a.lang()).unwrap_or_default();
        let body = doc.body().ok_or_else(|| JsValue::from_str("no body"))?;
        let p = dom::append(&body, "p", Some("kiosk-qr-refused"), Some(crate::i18n::t("qr-refused", lang)))?;
        p.set_id("kiosk-qr-refused");
        p.set_attribute("role", "alert")?;
        // Shown as text, escaped and cut short: the refused value is the attacker's.
        let shown: String = printable(refused).chars().take(80).collect();
        dom::append(&p, "code", None, Some(&shown))?;
    }
    let Some(url) = qr.url.as_deref() else { return Ok(()) };
    let canvas = dom::el("canvas", None, None)?;
    canvas.set_id("kiosk-qr-canvas");
    holder.append_child(&canvas)?;
    let address = url.strip_prefix("https://").unwrap_or(url);
    dom::append(&holder, "span", Some("kiosk-qr-address"), Some(address))?;
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
