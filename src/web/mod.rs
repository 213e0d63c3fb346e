//! The browser layer: the only module that names web_sys, wasm_bindgen and
//! plotters_canvas. It loads the dataset, fills the page, draws, and reports
//! readiness (`performance.mark("viz-ready")`, `<html data-viz-state="ready">`).

pub mod canvas;
pub mod dom;
pub mod fatal;
mod fetch;
mod page;

use crate::model::catalogue::parse_catalogue;
use crate::model::{parse_dataset, Dataset, Lang};
use crate::render::{layout_results, Sizes, Theme};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::{ResizeObserver, UrlSearchParams};

/// What the page shows now.
struct App {
    dataset: Dataset,
    lang: Lang,
    /// Kept alive for as long as the page observes its containers.
    _resize: Option<(ResizeObserver, Closure<dyn FnMut()>)>,
    redraw_pending: bool,
    /// Container width and pixel ratio of the last draw; a resize that changes
    /// neither (e.g. only the height we set ourselves) needs no redraw.
    drawn_for: (i32, f64),
}

thread_local! {
    static APP: RefCell<Option<App>> = const { RefCell::new(None) };
}

#[wasm_bindgen(start)]
pub fn start() {
    fatal::install_panic_hook();
    wasm_bindgen_futures::spawn_local(async {
        let lang = page_lang();
        if let Err(msg) = run(lang).await {
            web_sys::console::error_1(&msg.clone().into());
            fatal::show(lang, &msg);
        }
    });
}

fn params() -> Option<UrlSearchParams> {
    let search = dom::window().ok()?.location().search().ok()?;
    UrlSearchParams::new_with_str(&search).ok()
}

/// `?lang=`, else the browser's preferred languages, else English.
fn page_lang() -> Lang {
    if let Some(l) = params().and_then(|p| p.get("lang")).and_then(|t| Lang::from_tag(&t)) {
        return l;
    }
    dom::window()
        .ok()
        .map(|w| w.navigator().languages())
        .and_then(|langs| langs.iter().filter_map(|v| v.as_string()).find_map(|t: String| Lang::from_tag(&t)))
        .unwrap_or_default()
}

async fn run(lang: Lang) -> Result<(), String> {
    let js = |e: JsValue| dom::describe(&e);
    page::fill_chrome(lang).map_err(js)?;

    let cat_text = fetch::text("data/index.json").await?;
    let catalogue = parse_catalogue("index.json", &cat_text)
        .map_err(|ps| ps.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))?;
    let wanted = params().and_then(|p| p.get("data"));
    let entry = catalogue.pick(wanted.as_deref())?;
    let file = format!("data/{}", entry.file);
    let text = fetch::text(&file).await?;
    let parsed = parse_dataset(&entry.file, &text);
    page::show_problems(&parsed.problems).map_err(js)?;
    let Some(dataset) = parsed.dataset else {
        return Err(format!("The dataset \"{}\" has errors, listed below. Fix them and reload.", entry.id));
    };
    page::fill_dataset(&dataset, lang).map_err(js)?;

    APP.with(|a| {
        *a.borrow_mut() =
            Some(App { dataset, lang, _resize: None, redraw_pending: false, drawn_for: (0, 0.0) });
    });
    draw_all().map_err(js)?;
    observe_resize().map_err(js)?;

    dom::set_root_attr("data-viz-state", "ready").map_err(js)?;
    if let Some(perf) = dom::window().map_err(js)?.performance() {
        perf.mark("viz-ready").map_err(js)?;
    }
    Ok(())
}

/// Redraws every chart from the current state.
fn draw_all() -> Result<(), JsValue> {
    let now = (dom::by_id("results-chart")?.client_width(), dom::window()?.device_pixel_ratio());
    APP.with(|a| {
        let mut guard = a.borrow_mut();
        let Some(app) = guard.as_mut() else { return Ok(()) };
        if app.drawn_for == now {
            return Ok(());
        }
        app.drawn_for = now;
        canvas::draw("results-canvas", Sizes::PAGE, &Theme::LIGHT, |w, s| {
            layout_results(&app.dataset, app.lang, w, s)
        })?;
        Ok(())
    })
}

/// Redraws when a chart's container changes size, at most once per animation frame.
fn observe_resize() -> Result<(), JsValue> {
    let on_frame = Closure::<dyn FnMut()>::new(|| {
        APP.with(|a| {
            if let Some(app) = a.borrow_mut().as_mut() {
                app.redraw_pending = false;
            }
        });
        if let Err(e) = draw_all() {
            web_sys::console::error_1(&e);
        }
    });
    let frame_fn = on_frame.as_ref().clone();
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let schedule = APP.with(|a| match a.borrow_mut().as_mut() {
            Some(app) if !app.redraw_pending => {
                app.redraw_pending = true;
                true
            }
            _ => false,
        });
        if schedule {
            if let Ok(w) = dom::window() {
                let _ = w.request_animation_frame(frame_fn.unchecked_ref());
            }
        }
    });
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref())?;
    observer.observe(&dom::by_id("results-chart")?.into());
    // on_resize is owned by the observer's callback slot via `_resize`; on_frame must
    // outlive every scheduled frame, which is the page's lifetime.
    on_frame.forget();
    APP.with(|a| {
        if let Some(app) = a.borrow_mut().as_mut() {
            app._resize = Some((observer, on_resize));
        }
    });
    Ok(())
}
