//! Wires DOM events to actions. Listeners live in a list that is kept for the
//! page's lifetime and removes them when dropped (gloo-events), instead of leaking
//! closures with `forget()`.

use super::{app, dom, url};
use crate::core::Lang;
use crate::i18n::Msg;
use crate::render::Chart;
use crate::state::Action;
use gloo_events::EventListener;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlAnchorElement, HtmlSelectElement, KeyboardEvent, MouseEvent};

thread_local! {
    static LISTENERS: RefCell<Vec<EventListener>> = const { RefCell::new(Vec::new()) };
}

/// Keeps a listener for the page's lifetime. The one list for every module's
/// listeners: gloo-events removes a listener when it is dropped.
pub(super) fn keep(l: EventListener) {
    LISTENERS.with(|ls| ls.borrow_mut().push(l));
}

fn on(id: &str, event: &'static str, f: impl FnMut(&web_sys::Event) + 'static) -> Result<(), JsValue> {
    let target = dom::by_id(id)?;
    keep(EventListener::new(&target, event, f));
    Ok(())
}

/// The id under a click on `chart`, from its last layout.
fn hit(chart: Chart, e: &web_sys::Event) -> Option<String> {
    let e = e.dyn_ref::<MouseEvent>()?;
    app::with(|a| {
        let d = a.drawn.iter().find(|d| d.chart == chart)?;
        // Relative to the canvas, whether the click landed on it or on the chart's
        // text over it (the listener is on the chart's container).
        let r = dom::by_id(chart.canvas_id()).ok()?.get_bounding_client_rect();
        let (x, y) =
            ((f64::from(e.client_x()) - r.left()) * d.dpr, (f64::from(e.client_y()) - r.top()) * d.dpr);
        d.layout.hit(x, y).map(str::to_owned)
    })
    .flatten()
}

pub fn wire() -> Result<(), JsValue> {
    on("lang-select", "change", |e| {
        let value = e.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()).map(|s| s.value());
        if let Some(lang) = value.as_deref().and_then(Lang::from_tag) {
            app::dispatch(Action::SetLang(lang));
            super::preview::language_changed();
        }
    })?;
    on("encoding-select", "change", |e| {
        let value = e.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()).map(|s| s.value());
        if let Some(enc) = value.as_deref().and_then(crate::model::MapEncoding::from_key) {
            app::dispatch(Action::SetEncoding(enc));
        }
    })?;
    on("countries-chart", "click", |e| {
        if let Some(iso) = hit(Chart::Countries, e) {
            app::dispatch(Action::Toggle(Some(iso)));
        }
    })?;
    on("years-chart", "click", |e| {
        let Some(year) = hit(Chart::Years, e).and_then(|y| y.parse::<u32>().ok()) else { return };
        let same = app::with(|a| a.store.state.years == Some((year, year))).unwrap_or(false);
        app::dispatch(Action::SetYears(if same { None } else { Some((year, year)) }));
    })?;
    on("clear-selection", "click", |_| app::dispatch(Action::Select(None)))?;
    on("detail-body", "click", |e| {
        let target = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let code = target
            .and_then(|t| t.closest("[data-country]").ok().flatten())
            .and_then(|b| b.get_attribute("data-country"));
        if let Some(iso) = code {
            // The button goes away: dispatch moves focus to "Show the whole programme".
            app::dispatch(Action::Select(Some(iso)));
        }
    })?;
    on("share-button", "click", |_| {
        if let Some(Ok(link)) = app::with(|a| url::absolute(&a.store.state)) {
            copy(&link, Msg::Copied, "share-status");
        }
    })?;
    // Both copy the code for what the builder's choices say (the whole page, in
    // the host page's language, until staff choose otherwise), and say so beside
    // the button pressed.
    for (id, status) in [("embed-button", "embed-status"), ("embed-copy", "embed-copy-status")] {
        on(id, "click", move |_| {
            if let Ok(code) = super::embed::builder_code() {
                copy(&code, Msg::EmbedCopied, status);
            }
        })?;
    }
    on("results-text-view", "toggle", |_| {
        if let Err(e) = super::text::describe_results() {
            web_sys::console::error_1(&e);
        }
    })?;
    on("csv-link", "click", |e| {
        if let Err(err) = prepare_csv(e) {
            web_sys::console::error_1(&err);
        }
    })?;
    let doc = dom::document()?;
    keep(EventListener::new(&doc, "keydown", |e| {
        let Some(k) = e.dyn_ref::<KeyboardEvent>() else { return };
        if k.key() == "Escape" {
            app::dispatch(Action::Select(None));
        }
    }));
    let window: web_sys::EventTarget = dom::window()?.into();
    keep(EventListener::new(&window, "popstate", |_| {
        // Back/Forward: the view from the URL (`state::update` keeps the mode the
        // page runs in and drops values the dataset does not offer).
        app::dispatch(Action::Restore(url::read()));
    }));
    Ok(())
}

/// Copies text to the clipboard and says how it went, visibly beside the button
/// (a status element, so screen readers hear it too; WCAG 4.1.3). The message
/// clears after a while, so it never describes an older link.
fn copy(text: &str, done: Msg, status_id: &'static str) {
    let Ok(w) = dom::window() else { return };
    let promise = w.navigator().clipboard().write_text(text);
    let lang = app::with(|a| a.lang()).unwrap_or_default();
    let done = done.text(lang).to_owned();
    let failed = Msg::CopyFailed.text(lang).to_owned();
    thread_local! {
        /// Counts copies, so a timer clears only the message it was set for.
        static COPIES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }
    let n = COPIES.with(|c| {
        c.set(c.get().wrapping_add(1));
        c.get()
    });
    let _ = dom::set_text(status_id, "");
    wasm_bindgen_futures::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        let _ = dom::set_text(status_id, if ok { &done } else { &failed });
        let clear = wasm_bindgen::closure::Closure::once_into_js(move || {
            if COPIES.with(|c| c.get()) == n {
                let _ = dom::set_text(status_id, "");
            }
        });
        if let Ok(w) = dom::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(clear.unchecked_ref(), 8000);
        }
    });
}

/// Points the CSV link at a fresh file of the figures shown, just before the
/// browser follows it.
fn prepare_csv(e: &web_sys::Event) -> Result<(), JsValue> {
    let Some(Some((csv, id))) = app::with(|a| {
        Some((crate::export::figures_csv(&a.store.dataset, a.lang()), a.store.dataset.id.clone()))
    }) else {
        e.prevent_default();
        return Ok(());
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(&csv));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("text/csv;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let href = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: HtmlAnchorElement = dom::by_id("csv-link")?.dyn_into()?;
    link.set_href(&href);
    link.set_download(&format!("{id}-figures.csv"));
    Ok(())
}
