//! Kiosk mode: the attract loop (`crate::kiosk::Tour`), pausing on touch and
//! resuming after a minute of idle or on "back to the tour"; a country picker for
//! the visitor; a QR code to continue on a phone; the screen kept awake; offline
//! once loaded.

mod swap;

use super::events::keep;
use super::{app, canvas, dom, fetch, kiosk_scene, url};
use crate::core::printable;
use crate::i18n::Msg;
use crate::kiosk::{country_scenes, plan, Scene, Tour};
use crate::kiosk_update::{build_of, compare, Change, UpdateCheck};
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
    /// The country a visitor chose, and which of its pages shows.
    static PICKED: RefCell<Option<(String, usize)>> = const { RefCell::new(None) };
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
    let was_paused = TOUR.with(|t| t.borrow().as_ref().is_some_and(Tour::is_paused));
    let next = TOUR.with(|t| t.borrow_mut().as_mut().and_then(|t| t.tick(now()).cloned()));
    if let Some(scene) = next {
        if was_paused {
            touring();
        }
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

/// Asks the server for its catalogue and page. A new build takes over the screen
/// once it is ready (`swap`), with no loading screen in between; a new catalogue
/// loads the dataset again in place (the old one stays on screen until the new
/// one is drawn, in one go). Offline, or on any failure, the kiosk keeps
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
        Change::Build => swap::new_build(),
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
    let lang = app::with(|a| a.lang()).unwrap_or_default();
    let (catalogue, dataset) = super::load_dataset(&cat_text, id.as_deref(), lang).await?;
    let share = dataset.share_url.clone();
    let scenes = plan(&dataset, lang);
    // A new generation: the map and charts are drawn again from the new dataset.
    app::dispatch(Action::ShowDataset(Box::new(dataset)));
    UPDATE.with(|u| {
        if let Some((_, t)) = u.borrow_mut().as_mut() {
            *t = cat_text;
        }
    });
    dom::set_root_attr("data-scene-count", &scenes.len().to_string()).map_err(|e| dom::describe(&e))?;
    fill_frame().map_err(|e| dom::describe(&e))?;
    let tour = Tour::new(scenes, now());
    let first = tour.scene().cloned();
    TOUR.with(|t| *t.borrow_mut() = Some(tour));
    if let Some(s) = first {
        show(&s);
    }
    schedule();
    let qr = choose_qr(super::url::param("qr").as_deref(), share.as_deref(), &catalogue.qr_hosts);
    draw_qr(&qr).map_err(|e| dom::describe(&e))
}

/// Stops the tour for good, with its timer and its update checks: a frame of a new
/// build now shows over this page and runs its own.
fn stop() {
    TIMER.with(|slot| {
        if let Ok(w) = dom::window() {
            w.clear_timeout_with_handle(slot.borrow().0);
        }
    });
    TOUR.with(|t| *t.borrow_mut() = None);
    UPDATE.with(|u| *u.borrow_mut() = None);
    // The map drawn ahead and its spare canvas (each the screen's size: 33 MB at
    // 3840×2160) are let go: this page draws no more.
    app::with(|a| {
        if let Some(m) = a.map.as_mut() {
            (m.ready, m.spare) = (None, None);
        }
    });
}

fn now() -> f64 {
    dom::window().ok().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or(0.0)
}

/// Back to touring: the paused controls go, and the URL no longer names the
/// country the visitor chose.
fn touring() {
    let _ = dom::set_root_attr("data-kiosk", "touring");
    for (id, hidden) in
        [("kiosk-hint", false), ("kiosk-paused", true), ("kiosk-pick", true), ("kiosk-resume", true)]
    {
        if let Ok(e) = dom::by_id(id) {
            e.set_hidden(hidden);
        }
    }
    let state = app::with(|a| {
        let mut s = a.store.state.clone();
        s.country = None;
        s
    });
    if let Some(Err(e)) = state.map(|s| url::write(&s, true)) {
        web_sys::console::error_1(&e);
    }
}

/// Shows a scene: the panel, the progress line, and the map on the scene's
/// country (or the programme), without adding history entries.
fn show(scene: &Scene) {
    let _ = dom::set_root_attr("data-scene", scene.key());
    let (index, total, next) = TOUR.with(|t| {
        let t = t.borrow();
        let t = t.as_ref();
        let (i, n) = t.map(Tour::position).unwrap_or((0, 0));
        (i, n, t.and_then(Tour::next_scene).cloned())
    });
    let _ = dom::set_root_attr("data-scene-index", &index.to_string());
    let country = scene.country().map(str::to_owned);
    // Every change first (the map, its label's text, the panel), then every read of
    // a size (the label's, the panel's fit), then the label's place: reading a size
    // after a change makes the browser lay the page out, once per read.
    // The map flies to the scene's country (no history entry, nothing announced).
    app::dispatch(Action::Tour(country));
    let label = name_map_label();
    app::with(|a| {
        let lang = a.lang();
        kiosk_scene::fill_unfitted(&a.store.dataset, scene, lang)
            .and_then(|_| kiosk_scene::fill_progress(&a.store.dataset, index, total, next.as_ref(), lang))
    })
    .transpose()
    .unwrap_or_else(|e| {
        web_sys::console::error_1(&e);
        None
    });
    let placed = label.map(|spot| measure_label(&spot));
    let fitted = kiosk_scene::fit_panel();
    for r in [placed.map(|p| p.and_then(place_label)).unwrap_or(Ok(())), fitted] {
        if let Err(e) = r {
            web_sys::console::error_1(&e);
        }
    }
    draw_next_map_later();
}

/// After the flight, while the scene shows, the next scene's map is drawn ahead
/// (`map_ready`), so that the next change swaps it in rather than drawing it.
fn draw_next_map_later() {
    let Ok(w) = dom::window() else { return };
    let cb = Closure::once_into_js(|| {
        // A visitor exploring: no drawing of ours in their way.
        if TOUR.with(|t| t.borrow().as_ref().is_none_or(Tour::is_paused)) {
            return;
        }
        let next = TOUR
            .with(|t| t.borrow().as_ref().and_then(Tour::next_scene).map(|s| s.country().map(str::to_owned)));
        let Some(country) = next else { return };
        let done = app::with(|a| {
            let lang = a.lang();
            let store = &a.store;
            a.map.as_mut().map(|m| super::map_ready::prepare(m, store, lang, country.as_deref()))
        });
        if let Some(Some(Err(e))) = done {
            web_sys::console::error_1(&e);
        }
    });
    let after = crate::geo::FLIGHT_MS as i32 + 800;
    if let Err(e) = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.unchecked_ref(), after) {
        web_sys::console::error_1(&e);
    }
}

/// The name of the country the map shows, on the map below the country.
fn label_map() -> Result<(), JsValue> {
    match name_map_label() {
        Some(spot) => place_label(measure_label(&spot)?),
        None => Ok(()),
    }
}

/// The point (CSS px in the map) under the toured country where its label goes,
/// from the map as drawn.
struct LabelSpot {
    x: f64,
    y: f64,
}

/// Writes the toured country's name in the map's label (or hides it) and says
/// where it goes; no size is read.
fn name_map_label() -> Option<LabelSpot> {
    let label = dom::by_id("kiosk-map-label").ok()?;
    let spot = app::with(|a| {
        let iso3 = a.store.state.country.clone()?;
        let name = a.store.dataset.country(&iso3)?.name.get(a.lang()).to_owned();
        let m = a.map.as_ref()?;
        let view = m.view.as_ref()?;
        let r = view.focus_bounds(&iso3)?;
        Some((name, (r.x0 + r.x1) / 2.0 / m.dpr, r.y1 / m.dpr))
    })
    .flatten();
    let Some((name, x, y)) = spot else {
        label.set_hidden(true);
        return None;
    };
    label.set_text_content(Some(&name));
    label.set_hidden(false);
    Some(LabelSpot { x, y })
}

/// The label's `left` and `top` (CSS px): centred under the country, kept inside
/// the map. Reads the label's and the map's sizes.
fn measure_label(spot: &LabelSpot) -> Result<(f64, f64), JsValue> {
    let label = dom::by_id("kiosk-map-label")?;
    let frame = dom::by_id("kiosk-map")?;
    let (fw, fh) = (f64::from(frame.client_width()), f64::from(frame.client_height()));
    let (lw, lh) = (f64::from(label.offset_width()), f64::from(label.offset_height()));
    let margin = lh * 0.25;
    let left = (spot.x - lw / 2.0).clamp(margin, (fw - lw - margin).max(margin));
    let top = (spot.y + margin).clamp(margin, (fh - lh - margin).max(margin));
    Ok((left, top))
}

fn place_label((left, top): (f64, f64)) -> Result<(), JsValue> {
    let label = dom::by_id("kiosk-map-label")?;
    label.style().set_property("left", &format!("{left}px"))?;
    label.style().set_property("top", &format!("{top}px"))
}

/// A visitor touched the screen: the tour pauses, says so, and offers the
/// country picker and the way back to the tour.
fn touched() {
    let first = TOUR.with(|t| {
        let mut t = t.borrow_mut();
        let Some(t) = t.as_mut() else { return false };
        let first = !t.is_paused();
        t.touch(now());
        first
    });
    let _ = dom::set_root_attr("data-kiosk", "paused");
    for (id, hidden) in
        [("kiosk-hint", true), ("kiosk-paused", false), ("kiosk-pick", false), ("kiosk-resume", false)]
    {
        if let Ok(e) = dom::by_id(id) {
            e.set_hidden(hidden);
        }
    }
    if first {
        let _ = dom::set_root_attr("data-scene-index", "");
        let _ = dom::set_text("kiosk-progress", "");
    }
    schedule();
}

/// Shows the country picker.
fn pick() {
    let _ = dom::set_root_attr("data-scene", "picker");
    app::with(|a| kiosk_scene::fill_picker(&a.store.dataset, a.lang())).transpose().unwrap_or_else(|e| {
        web_sys::console::error_1(&e);
        None
    });
}

/// "Back to the tour": on at once with the next scene.
fn resume() {
    let next = TOUR.with(|t| t.borrow_mut().as_mut().and_then(|t| t.resume(now()).cloned()));
    touring();
    if let Some(scene) = next {
        show(&scene);
    }
    schedule();
}

/// After a visitor's action (the picker, the map): the chosen country's scene.
pub fn after_dispatch() {
    let chosen = app::with(|a| a.store.state.country.clone()).flatten();
    PICKED.with(|p| *p.borrow_mut() = chosen.clone().map(|c| (c, 0)));
    match chosen {
        Some(_) => show_picked(),
        None => pick(),
    }
}

/// The page of the chosen country the visitor is on, and "more" when it has more.
fn show_picked() {
    let Some((iso3, page)) = PICKED.with(|p| p.borrow().clone()) else { return };
    let shown = app::with(|a| {
        let scenes = country_scenes(&a.store.dataset, &iso3, a.lang());
        let scene = scenes.get(page % scenes.len().max(1))?.clone();
        let _ = dom::set_root_attr("data-scene", scene.key());
        Some((kiosk_scene::fill(&a.store.dataset, &scene, a.lang()), scenes.len()))
    })
    .flatten();
    if let Some((result, pages)) = shown {
        if let Err(e) = result {
            web_sys::console::error_1(&e);
        }
        if let Ok(b) = dom::by_id("kiosk-more") {
            b.set_hidden(pages < 2);
        }
    }
    if let Err(e) = label_map() {
        web_sys::console::error_1(&e);
    }
}

/// "More": the chosen country's next page (back to its first after the last).
fn more() {
    PICKED.with(|p| {
        if let Some((_, page)) = p.borrow_mut().as_mut() {
            *page += 1;
        }
    });
    show_picked();
}

/// Lays the page out as a kiosk before its first drawing: the kiosk frame shows,
/// and the map moves into it.
pub fn prepare() -> Result<(), JsValue> {
    dom::by_id("kiosk")?.set_hidden(false);
    let frame: web_sys::Node = dom::by_id("map-frame")?.into();
    dom::by_id("kiosk-map")?.prepend_with_node_1(&frame)?;
    dom::set_root_attr("data-scene", "overview")
}

/// The kiosk's fixed text: programme, synthetic label, source.
fn fill_frame() -> Result<(), JsValue> {
    app::with(|a| {
        let lang = a.lang();
        let p = &a.store.dataset.programme;
        dom::set_text("kiosk-acronym", &p.acronym)?;
        dom::set_text("kiosk-name", p.name.get(lang))?;
        let badge = dom::by_id("kiosk-synthetic")?;
        badge.set_text_content(Some(Msg::SyntheticLabel.text(lang)));
        badge.set_hidden(!a.store.dataset.synthetic);
        // The page footer's source line, and the funder's credit when there is one.
        let mut source = dom::by_id("source")?.text_content().unwrap_or_default();
        let credits = dom::by_id("credits")?;
        if !credits.hidden() {
            source.push(' ');
            source.push_str(&credits.text_content().unwrap_or_default());
        }
        dom::set_text("kiosk-source", &source)
    })
    .unwrap_or(Ok(()))
}

/// Starts the tour. `catalogue` is the catalogue's text as loaded, to tell later
/// whether the server's has changed.
pub fn start(qr: QrChoice, catalogue: String) -> Result<(), JsValue> {
    fill_frame()?;
    UPDATE.with(|u| *u.borrow_mut() = Some((UpdateCheck::new(now()), catalogue)));
    let scenes = app::with(|a| plan(&a.store.dataset, a.lang())).unwrap_or_default();
    dom::set_root_attr("data-scene-count", &scenes.len().to_string())?;
    let tour = Tour::new(scenes, now());
    let first = tour.scene().cloned();
    TOUR.with(|t| *t.borrow_mut() = Some(tour));
    if let Some(s) = first {
        show(&s);
    }
    touring();

    schedule();

    let doc: web_sys::EventTarget = dom::document()?.into();
    for ev in ["pointerdown", "keydown", "wheel"] {
        keep(EventListener::new(&doc, ev, |_| touched()));
    }
    keep(EventListener::new(dom::by_id("kiosk-resume")?.as_ref(), "click", |_| resume()));
    keep(EventListener::new(dom::by_id("kiosk-more")?.as_ref(), "click", |_| more()));
    keep(EventListener::new(dom::by_id("kiosk-pick")?.as_ref(), "click", |_| {
        super::app::dispatch(crate::state::Action::Select(None));
        pick();
    }));
    keep(EventListener::new(dom::by_id("kiosk-scene-body")?.as_ref(), "click", |e| {
        let code = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("[data-country]").ok().flatten())
            .and_then(|b| b.get_attribute("data-country"));
        if let Some(iso) = code {
            super::app::dispatch(crate::state::Action::Select(Some(iso)));
        }
    }));
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
    // In the kiosk's foot, beside the source and the controls: it never covers a scene.
    dom::by_id("kiosk-foot")?.append_child(&holder)?;
    let doc = dom::document()?;
    if let Some(old) = doc.get_element_by_id("kiosk-qr-refused") {
        old.remove();
    }
    if let Some(refused) = &qr.refused {
        // A corner note over the header, for staff setting up the screen: it leaves
        // the scenes and the code where they are.
        let lang = app::with(|a| a.lang()).unwrap_or_default();
        let body = doc.body().ok_or_else(|| JsValue::from_str("no body"))?;
        let p = dom::append(&body, "p", Some("kiosk-qr-refused"), Some(Msg::QrRefused.text(lang)))?;
        p.set_id("kiosk-qr-refused");
        p.set_attribute("role", "alert")?;
        // Shown as text, escaped and cut short: the refused value is the attacker's.
        let shown: String = printable(refused).chars().take(80).collect();
        dom::append(&p, "code", None, Some(&shown))?;
    }
    let Some(url) = qr.url.as_deref() else { return Ok(()) };
    // The code in a white box of its own: the canvas is drawn at the box's width.
    let code = dom::append(&holder, "div", Some("kiosk-qr-code"), None)?;
    let canvas = dom::el("canvas", None, None)?;
    canvas.set_id("kiosk-qr-canvas");
    code.append_child(&canvas)?;
    let address = url.strip_prefix("https://").unwrap_or(url);
    dom::append(&holder, "span", Some("kiosk-qr-address"), Some(address))?;
    canvas::draw("kiosk-qr-canvas", &Theme::LIGHT, |w, _| {
        // Whole device pixels per module keep the code sharp and scannable.
        let probe = layout_qr(url, 1.0).map(|l| l.width).unwrap_or(1.0);
        layout_qr(url, (w / probe).floor().max(1.0)).unwrap_or_default()
    })?;
    // Drawn at the box's width (padding included); let the styles fit it inside.
    let style = dom::by_id("kiosk-qr-canvas")?.style();
    style.set_property("width", "100%")?;
    style.set_property("height", "auto")?;
    Ok(())
}
