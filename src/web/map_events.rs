//! Pointer, touch and keyboard on the map. Hover and keyboard focus only touch the
//! overlay and the tooltip; selecting goes through `app::dispatch`.

use super::events::keep;
use super::{app, dom, map};
use crate::model::Metric;
use crate::state::Action;
use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlSelectElement, KeyboardEvent, PointerEvent};

/// The programme country under a pointer event, with the event's CSS position.
fn under(e: &web_sys::Event) -> Option<(Option<String>, f64, f64)> {
    let p = e.dyn_ref::<PointerEvent>()?;
    let (x, y) = (f64::from(p.offset_x()), f64::from(p.offset_y()));
    app::with(|a| {
        let m = a.map.as_ref()?;
        let view = m.view.as_ref()?;
        Some((view.hit_programme(x * m.dpr, y * m.dpr).map(str::to_owned), x, y))
    })
    .flatten()
}

/// Sets hover or focus (`state::update` redraws the overlay, not the map, when
/// it changed).
fn set_mark(hover: Option<Option<String>>, focus: Option<Option<String>>) {
    if let Some(h) = hover {
        app::dispatch(Action::Hover(h));
    }
    if let Some(f) = focus {
        app::dispatch(Action::Focus(f));
    }
}

fn tooltip_for(iso: &str, x: f64, y: f64) {
    let text =
        app::with(|a| crate::render::describe::country_tooltip(&a.store.dataset, iso, a.lang())).flatten();
    let _ = map::show_tooltip(text.map(|t| (t, x, y)));
}

/// Where a country's tooltip points, in CSS px of the map frame.
fn anchor_css(iso: &str) -> Option<(f64, f64)> {
    app::with(|a| {
        let m = a.map.as_ref()?;
        m.view.as_ref()?.anchor(iso).map(|(x, y)| (x / m.dpr, y / m.dpr))
    })
    .flatten()
}

/// Moves keyboard focus `step` places along the west-to-east order (wrapping).
fn move_focus(step: isize) {
    let next = app::with(|a| {
        let m = a.map.as_ref()?;
        let order: Vec<String> = m.view.as_ref()?.keyboard_order().map(str::to_owned).collect();
        if order.is_empty() {
            return None;
        }
        let from = a.store.focus.clone().or_else(|| a.store.state.country.clone());
        let i = from.and_then(|f| order.iter().position(|c| *c == f));
        let n = order.len() as isize;
        let j = match i {
            Some(i) => (i as isize + step).rem_euclid(n),
            None if step < 0 => n - 1,
            None => 0,
        };
        Some(order[j as usize].clone())
    })
    .flatten();
    if let Some(iso) = next {
        set_mark(None, Some(Some(iso.clone())));
        if let Some((x, y)) = anchor_css(&iso) {
            tooltip_for(&iso, x, y);
        }
        // Name and figures: what the tooltip shows, said to screen readers.
        let words = app::with(|a| {
            let selected = a.store.state.country.as_deref() == Some(iso.as_str());
            crate::render::describe::country_spoken(&a.store.dataset, &iso, selected, a.lang())
        })
        .flatten();
        if let Some(words) = words {
            dom::announce(&words);
        }
    }
}

pub fn wire() -> Result<(), JsValue> {
    let overlay = dom::by_id("map-overlay")?;
    keep(EventListener::new(&overlay, "pointermove", |e| {
        // Touch has no hover: a tap selects and the detail panel shows the figures.
        if e.dyn_ref::<PointerEvent>().is_some_and(|p| p.pointer_type() != "mouse") {
            return;
        }
        let Some((iso, x, y)) = under(e) else { return };
        // Most moves stay over the same country: then there is nothing to do. The
        // tooltip is placed once, at the country's anchor, so a move never touches
        // the DOM (each write would cost the browser a layout).
        if app::with(|a| a.map.is_none() || a.store.hover == iso).unwrap_or(true) {
            return;
        }
        match &iso {
            Some(c) => {
                let (ax, ay) = anchor_css(c).unwrap_or((x, y));
                tooltip_for(c, ax, ay)
            }
            None => {
                let _ = map::show_tooltip(None);
            }
        }
        set_mark(Some(iso), None);
    }));
    keep(EventListener::new(&overlay, "pointerleave", |_| {
        let _ = map::show_tooltip(None);
        set_mark(Some(None), None);
    }));
    keep(EventListener::new(&overlay, "click", |e| {
        if let Some((Some(iso), _, _)) = under(e) {
            app::dispatch(Action::Toggle(Some(iso)));
        }
    }));
    keep(EventListener::new(&overlay, "blur", |_| {
        let _ = map::show_tooltip(None);
        set_mark(None, Some(None));
    }));
    let opts = gloo_events::EventListenerOptions::enable_prevent_default();
    keep(EventListener::new_with_options(&overlay, "keydown", opts, |e| {
        let Some(k) = e.dyn_ref::<KeyboardEvent>() else { return };
        match k.key().as_str() {
            "ArrowRight" | "ArrowDown" => move_focus(1),
            "ArrowLeft" | "ArrowUp" => move_focus(-1),
            "Home" => {
                set_mark(None, Some(None));
                move_focus(1);
            }
            "End" => {
                set_mark(None, Some(None));
                move_focus(-1);
            }
            "Enter" | " " => {
                let f = app::with(|a| a.store.focus.clone()).flatten();
                if let Some(iso) = f {
                    app::dispatch(Action::Toggle(Some(iso)));
                }
            }
            _ => return,
        }
        e.prevent_default();
    }));
    let toggle = dom::by_id("view-toggle")?;
    keep(EventListener::new(&toggle, "click", |_| app::dispatch(Action::ToggleWorld)));
    let select = dom::by_id("metric-select")?;
    keep(EventListener::new(&select, "change", |e| {
        let v = e.target().and_then(|t| t.dyn_into::<HtmlSelectElement>().ok()).map(|s| s.value());
        if let Some(m) = v.as_deref().and_then(Metric::from_key) {
            app::dispatch(Action::SetMetric(m));
        }
    }));
    Ok(())
}
