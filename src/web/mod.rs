//! The browser layer: the only module that names web_sys, wasm_bindgen and
//! plotters_canvas. It loads the dataset, fills the page, draws, wires events, and
//! reports readiness (`performance.mark("viz-ready")`, `<html data-viz-state="ready">`).

mod app;
pub mod canvas;
mod chart_tips;
mod charts;
mod detail;
pub mod dom;
mod embed;
mod events;
pub mod fatal;
mod fetch;
// The kiosk's tour and scenes are built into the kiosk's own wasm only
// (src/bin/kiosk.rs, feature `kiosk`): visitors of the page and embeds never
// download them. The page's loader picks that wasm for `?mode=kiosk`.
#[cfg(feature = "kiosk")]
mod kiosk;
#[cfg(feature = "kiosk")]
mod kiosk_scene;
mod map;
mod map_events;
mod map_flight;
mod map_ready;
mod pager;
mod png;
mod preview;
mod text;
mod url;
mod year_pick;

use crate::core::Lang;
use crate::i18n::Msg;
use crate::model::publish::{check_format, is_public_file_name, PublicCatalogue, PublicFile};
use crate::model::Dataset;
use crate::state::Mode;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::ResizeObserver;

#[wasm_bindgen(start)]
pub fn start() {
    fatal::install_panic_hook();
    wasm_bindgen_futures::spawn_local(async {
        #[cfg_attr(feature = "kiosk", allow(unused_mut))]
        let mut state = url::read();
        // Only reached if the page's loader was bypassed: without the kiosk's code
        // the page shows itself as the standalone page rather than half a kiosk.
        #[cfg(not(feature = "kiosk"))]
        if state.mode == Mode::Kiosk {
            state.mode = Mode::Standalone;
        }
        let lang = state.lang.unwrap_or_else(browser_lang);
        if let Err(msg) = run(state, lang).await {
            web_sys::console::error_1(&msg.clone().into());
            fatal::show(lang, &msg);
        }
    });
}

/// The first of the browser's preferred languages that the page speaks, else English.
fn browser_lang() -> Lang {
    dom::window()
        .ok()
        .map(|w| w.navigator().languages())
        .and_then(|langs| langs.iter().filter_map(|v| v.as_string()).find_map(|t: String| Lang::from_tag(&t)))
        .unwrap_or_default()
}

async fn run(state: crate::state::AppState, lang: Lang) -> Result<(), String> {
    let js = |e: JsValue| dom::describe(&e);
    dom::set_root_attr("data-mode", state.mode.key()).map_err(js)?;
    if let (Mode::Embed, Some(view)) = (state.mode, state.view) {
        // One visual alone (style/modes.css shows only it).
        dom::set_root_attr("data-view", view.key()).map_err(js)?;
    }
    #[cfg(feature = "kiosk")]
    if state.mode == Mode::Kiosk {
        // The kiosk shows one scene at a time; it must be laid out before the
        // first draw, or the map would be drawn into a hidden frame.
        kiosk::prepare().map_err(js)?;
    }
    text::fill_ui(lang).map_err(js)?;

    // The geometry does not depend on the dataset: fetch it alongside.
    let world_request = fetch::start(map::WORLD_PATH);
    let cat_text = fetch::text("data/index.json").await?;
    let (catalogue, dataset) = load_dataset(&cat_text, state.data.as_deref(), lang).await?;

    // The page is useful without the map: a geometry that fails to load is logged
    // (the detail is for the site's team) and the map card says so in words.
    let map = match map::load_world(world_request).await {
        Ok(world) => Some(map::MapState::new(world)),
        Err(e) => {
            web_sys::console::warn_1(&e.into());
            // Keyed, so a change of language words it again.
            let summary = dom::by_id("map-summary").map_err(js)?;
            text::set_keyed(&summary, Msg::MapUnavailable, lang).map_err(js)?;
            None
        }
    };
    let mode = state.mode;
    // A country, metric or year this dataset does not have is dropped here (see
    // `Store::new`); the URL is rewritten to what is shown below.
    let mut store = crate::state::Store::new(dataset, state);
    // An embed of the countries, paged, opens at the country its link selects.
    store.first_row = pager::start_row(&store).unwrap_or(0);
    app::start(app::App { store, detected_lang: lang, drawn: Vec::new(), map }).map_err(js)?;
    events::wire().map_err(js)?;
    if mode == Mode::Standalone {
        preview::wire().map_err(js)?;
    } else {
        preview::off().map_err(js)?;
    }
    map_events::wire().map_err(js)?;
    png::wire().map_err(js)?;
    chart_tips::wire().map_err(js)?;
    year_pick::wire().map_err(js)?;
    observe_resize(mode).map_err(js)?;
    match mode {
        Mode::Embed => {
            embed::start().map_err(js)?;
            pager::wire().map_err(js)?;
        }
        #[cfg(feature = "kiosk")]
        Mode::Kiosk => {
            let share = app::with(|a| a.store.dataset.share_url.clone()).flatten();
            let qr = crate::qr_address::choose_qr(
                url::param("qr").as_deref(),
                share.as_deref(),
                &catalogue.qr_hosts,
            );
            kiosk::start(qr, cat_text).map_err(js)?
        }
        // Not reached: `start` shows a kiosk address as the standalone page here.
        #[cfg(not(feature = "kiosk"))]
        Mode::Kiosk => drop((catalogue, cat_text)),
        Mode::Standalone => embed::wire_builder().map_err(js)?,
    }
    app::with(|a| url::write(&a.store.state, true)).transpose().map_err(js)?;

    dom::set_root_attr("data-viz-state", "ready").map_err(js)?;
    if let Some(perf) = dom::window().map_err(js)?.performance() {
        perf.mark("viz-ready").map_err(js)?;
    }
    Ok(())
}

/// Reads the public catalogue (its text, as fetched), then the one public file of
/// the dataset `id` names (or the default): files published at build time (see
/// model::publish), already checked and protected. The page neither validates nor
/// applies protection: it never receives a raw count. Also what a running kiosk
/// calls when the catalogue changed on the server.
async fn load_dataset(
    cat_text: &str,
    id: Option<&str>,
    lang: Lang,
) -> Result<(PublicCatalogue, Dataset), String> {
    let catalogue: PublicCatalogue = fetch::parse_json("data/index.json", cat_text)?;
    check_format(&catalogue.format)?;
    // An id comes from a shared link: a wrong one is said in the visitor's language.
    let want = id.unwrap_or(&catalogue.default);
    let Some(entry) = catalogue.datasets.iter().find(|e| e.id == want) else {
        let known: Vec<&str> = catalogue.datasets.iter().map(|e| e.id.as_str()).collect();
        return Err(Msg::NoDataset.text(lang).replace("{id}", want).replace("{list}", &known.join(", ")));
    };
    if !is_public_file_name(&entry.file) {
        return Err(format!("data/index.json: {} ✗", entry.file));
    }
    let file: PublicFile = fetch::json(&format!("data/{}", entry.file)).await?;
    check_format(&file.format)?;
    Ok((catalogue, file.dataset))
}

thread_local! {
    /// The sizes the page was last drawn for (see `observed_sizes`).
    static DRAWN_FOR: std::cell::Cell<[i32; 5]> = const { std::cell::Cell::new([0; 5]) };
}

/// Notes the sizes the drawings are being made for: called by the render, just
/// after it measured the page (layout is fresh then, so reading costs nothing).
pub(crate) fn note_drawn_sizes(mode: Mode) {
    DRAWN_FOR.with(|s| s.set(observed_sizes(mode)));
}

/// The sizes noted by `note_drawn_sizes`, for a drawing made after other writes
/// (the map's, after the charts'): reading them again would lay the page out again.
pub(crate) fn drawn_sizes() -> [i32; 5] {
    DRAWN_FOR.with(|s| s.get())
}

/// What the drawings depend on: the width of the page's column (charts), the map
/// frame's width, the height the map is fitted to, and the pixel ratio (in
/// hundredths). The map's height is an input only on a kiosk, whose frame the
/// style sheet lays out; elsewhere `map::draw` sets it from its width and
/// `map::screen_height`, so that is what counts. A kiosk's scenes fill the screen:
/// its column's height counts too.
fn observed_sizes(mode: Mode) -> [i32; 5] {
    let size = |id: &str| dom::by_id(id).map(|e| (e.client_width(), e.client_height())).unwrap_or_default();
    let (main_w, main_h) = size("main");
    let (map_w, map_h) = size("map-frame");
    let dpr = dom::window().map(|w| (w.device_pixel_ratio() * 100.0).round() as i32).unwrap_or(100);
    match mode {
        Mode::Kiosk => [main_w, main_h, map_w, map_h, dpr],
        _ => [main_w, 0, map_w, map::screen_height(mode).unwrap_or(0), dpr],
    }
}

/// How long the size must hold still before the page redraws at the new size.
const SETTLE_MS: i32 = 150;

/// Redraws when the page, the map frame or the screen changes size. (A change of
/// pixel ratio alone, a zoom that leaves every CSS size as it was, is not seen.)
/// A change after a quiet spell (a phone rotated, a scrollbar appearing, an embed's
/// frame sized by its host) is drawn at the next animation frame. Changes that
/// follow it within `SETTLE_MS` (a window edge dragged: a live resize) are drawn
/// once the size has held still for `SETTLE_MS`; meanwhile the canvases keep their
/// last drawing, scaled by CSS, and each frame costs only the browser's layout,
/// where a redraw of the map and three charts on every frame cost 35–70 ms
/// (docs/PERFORMANCE.md). Each chart and the map compare their own size and inputs
/// with their last drawing, so only what changed is drawn again.
fn observe_resize(mode: Mode) -> Result<(), JsValue> {
    thread_local! {
        static TIMER: std::cell::Cell<Option<i32>> = const { std::cell::Cell::new(None) };
    }
    let redraw = Closure::<dyn FnMut()>::new(|| app::dispatch(crate::state::Action::Resize));
    let redraw_fn: js_sys::Function = redraw.as_ref().clone().unchecked_into();
    let on_settle = Closure::<dyn FnMut()>::new(move || {
        TIMER.with(|t| t.set(None));
        if DRAWN_FOR.with(|s| s.get()) != observed_sizes(mode) {
            app::dispatch(crate::state::Action::Resize);
        }
    });
    let settle_fn: js_sys::Function = on_settle.as_ref().clone().unchecked_into();
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        // The observer reports every target once when it starts, and #main again
        // whenever its content grows (a country's panel opened): neither changes
        // what is drawn, and a redraw of the page for them cost up to 35 ms just
        // after ready (docs/PERFORMANCE.md). Only a new size is drawn.
        if DRAWN_FOR.with(|s| s.get()) == observed_sizes(mode) {
            return;
        }
        let Ok(w) = dom::window() else { return };
        match TIMER.with(std::cell::Cell::take) {
            Some(id) => w.clear_timeout_with_handle(id),
            None => {
                let _ = w.request_animation_frame(&redraw_fn);
            }
        }
        let id = w.set_timeout_with_callback_and_timeout_and_arguments_0(&settle_fn, SETTLE_MS).ok();
        TIMER.with(|t| t.set(id));
    });
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref())?;
    observer.observe(&dom::by_id("main")?.into());
    observer.observe(&dom::by_id("map-frame")?.into());
    // The screen's height alone (a window made taller) resizes neither: the
    // window's own event reports it.
    dom::window()?.add_event_listener_with_callback("resize", on_resize.as_ref().unchecked_ref())?;
    // The observer and the callbacks serve for the page's whole lifetime.
    redraw.forget();
    on_settle.forget();
    on_resize.forget();
    std::mem::forget(observer);
    Ok(())
}
