//! Tooltips on chart bars: what is under the pointer, in words, in one floating
//! element (the charts themselves are not repainted on pointer moves).

use super::{app, dom, events};
use crate::render::describe::chart_tooltip;
use crate::render::Chart;
use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::PointerEvent;

fn show(text: Option<(String, f64, f64)>) -> Result<(), JsValue> {
    let tip = dom::by_id("chart-tooltip")?;
    let Some((text, x, y)) = text else {
        tip.set_hidden(true);
        return Ok(());
    };
    tip.set_text_content(Some(&text));
    tip.set_hidden(false);
    let vw = dom::window()?.inner_width()?.as_f64().unwrap_or(1000.0);
    let w = f64::from(tip.offset_width());
    let left = (x + 14.0).min(vw - w - 8.0).max(8.0);
    let top = (y - f64::from(tip.offset_height()) - 12.0).max(8.0);
    tip.style().set_property("left", &format!("{left}px"))?;
    tip.style().set_property("top", &format!("{top}px"))
}

pub fn wire() -> Result<(), JsValue> {
    for chart in Chart::ALL {
        let canvas = dom::by_id(chart.canvas_id())?;
        // The chart's figures are HTML text laid over the canvas (they can be
        // selected and found), so the pointer is followed on their common container
        // and placed relative to the canvas: over a figure's text it still points
        // at the chart.
        let holder: web_sys::EventTarget =
            canvas.parent_element().map_or_else(|| canvas.clone().into(), Into::into);
        let moved = EventListener::new(&holder, "pointermove", move |e| {
            let Some(p) = e.dyn_ref::<PointerEvent>() else { return };
            let r = canvas.get_bounding_client_rect();
            let (x, y) = (f64::from(p.client_x()) - r.left(), f64::from(p.client_y()) - r.top());
            let text = app::with(|a| {
                let drawn = a.drawn.iter().find(|d| d.chart == chart)?;
                let key = drawn.layout.hit(x * drawn.dpr, y * drawn.dpr)?;
                chart_tooltip(chart, key, &a.store.dataset, a.lang())
            })
            .flatten();
            let _ = show(text.map(|t| (t, f64::from(p.client_x()), f64::from(p.client_y()))));
        });
        let left = EventListener::new(&holder, "pointerleave", |_| {
            let _ = show(None);
        });
        events::keep(moved);
        events::keep(left);
    }
    Ok(())
}
