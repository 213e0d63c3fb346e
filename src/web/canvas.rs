//! Sizing a canvas for the device pixel ratio and painting a layout on it.

use super::dom;
use crate::render::{paint, Layout, Mark, Paint, Theme};
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlCanvasElement;

/// Sets a canvas's pixel size, only when it changes: each assignment reallocates
/// the bitmap (a large cost on resize, measured in docs/PERFORMANCE.md); painting
/// starts by filling the background, so reusing the bitmap leaves nothing stale.
pub fn resize(canvas: &HtmlCanvasElement, width: u32, height: u32) {
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
}

/// The element holding a chart's canvas and its text, which decides its width.
pub fn holder(canvas_id: &str) -> Result<web_sys::Element, JsValue> {
    dom::by_id(canvas_id)?.parent_element().ok_or_else(|| JsValue::from_str("chart canvas has no container"))
}

/// The CSS width and height of a canvas's container, and the device pixel ratio.
pub fn frame(canvas_id: &str) -> Result<(f64, f64, f64), JsValue> {
    let parent = holder(canvas_id)?;
    let dpr = dom::window()?.device_pixel_ratio().clamp(1.0, 4.0);
    Ok((f64::from(parent.client_width()).max(200.0), f64::from(parent.client_height()), dpr))
}

/// Lays out and paints one chart into the canvas `canvas_id`, whose parent decides
/// the width. `layout_fn(width_device_px, dpr)` builds the display list. The canvas
/// gets width × dpr device pixels, so text and edges stay sharp at any
/// devicePixelRatio. Its CSS size is the container's width and the height that keeps
/// the bitmap's proportions (style/main.css, `.chart canvas`), so that during a
/// live resize, before the redraw, the last drawing is scaled instead of cropped.
/// Returns the layout and dpr.
pub fn draw(
    canvas_id: &str,
    theme: &Theme,
    layout_fn: impl Fn(f64, f64) -> Layout,
) -> Result<(Layout, f64), JsValue> {
    let (css_width, _, dpr) = frame(canvas_id)?;
    let drawn = draw_in(canvas_id, css_width, dpr, theme, layout_fn)?;
    fit_text_layer(canvas_id, css_width)?;
    Ok(drawn)
}

/// [`draw`] for a container already measured (`css_width`, `dpr`), leaving the
/// text layer's fit to [`fit_text_layer`]: a page drawing several charts measures
/// every container first and fits every text layer last, so the browser lays the
/// page out twice, not twice per chart (each forced layout of the whole page cost
/// 10–20 ms at load, docs/PERFORMANCE.md).
pub fn draw_in(
    canvas_id: &str,
    css_width: f64,
    dpr: f64,
    theme: &Theme,
    layout_fn: impl Fn(f64, f64) -> Layout,
) -> Result<(Layout, f64), JsValue> {
    let canvas: HtmlCanvasElement = dom::by_id(canvas_id)?.dyn_into()?;
    let layout = layout_fn((css_width * dpr).round(), dpr);

    resize(&canvas, layout.width as u32, layout.height as u32);

    let backend = CanvasBackend::with_canvas_object(canvas)
        .ok_or_else(|| JsValue::from_str("this browser cannot draw on a canvas"))?;
    let area = backend.into_drawing_area();
    // A chart with a text layer (`<div id="{canvas}-text">`) gets its words and
    // figures as HTML over the canvas, which draws the marks only: find-in-page
    // finds the figures, they can be copied, and the browser can translate them.
    let text_layer = dom::document()?.get_element_by_id(&format!("{canvas_id}-text"));
    let painted = match &text_layer {
        Some(holder) => {
            write_text_layer(holder, &layout, dpr, css_width)?;
            let marks = layout.marks.iter().filter(|m| !matches!(m, Mark::Text { .. })).cloned().collect();
            std::borrow::Cow::Owned(Layout { marks, ..layout.clone() })
        }
        None => std::borrow::Cow::Borrowed(&layout),
    };
    paint(&area, &painted, theme).map_err(|e| JsValue::from_str(&format!("drawing failed: {e}")))?;
    area.present().map_err(|e| JsValue::from_str(&format!("drawing failed: {e}")))?;
    Ok((layout, dpr))
}

/// Writes a layout's text marks into `holder` as positioned spans (text content
/// only, never markup: dataset strings stay text). Positions and sizes are the
/// layout's device pixels divided by the pixel ratio.
fn write_text_layer(
    holder: &web_sys::Element,
    layout: &Layout,
    dpr: f64,
    css_width: f64,
) -> Result<(), JsValue> {
    holder.set_text_content(None);
    let h: &web_sys::HtmlElement = holder.unchecked_ref();
    h.style().set_property("width", &format!("{css_width}px"))?;
    h.style().set_property("height", &format!("{}px", layout.height / dpr))?;
    for m in &layout.marks {
        let Mark::Text { x, y, text, px, bold, paint } = m else { continue };
        let class = match (bold, paint) {
            (true, Paint::Muted) => "t b m",
            (true, _) => "t b",
            (false, Paint::Muted) => "t m",
            (false, _) => "t",
        };
        let span: web_sys::HtmlElement = dom::el("span", Some(class), Some(text))?.unchecked_into();
        let style = span.style();
        style.set_property("left", &format!("{:.1}px", x / dpr))?;
        style.set_property("top", &format!("{:.1}px", y / dpr))?;
        style.set_property("font-size", &format!("{:.2}px", px / dpr))?;
        holder.append_child(&span)?;
    }
    Ok(())
}

/// The layout measures text by estimate; a face wider than estimated would run
/// past the chart's edge, so a line of the text layer of `canvas_id` (if it has
/// one) that does is set a little smaller to fit `css_width`.
pub fn fit_text_layer(canvas_id: &str, css_width: f64) -> Result<(), JsValue> {
    let Some(holder) = dom::document()?.get_element_by_id(&format!("{canvas_id}-text")) else {
        return Ok(());
    };
    let spans = holder.query_selector_all(".t")?;
    for i in 0..spans.length() {
        let Some(span) = spans.item(i).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
            continue;
        };
        let right = f64::from(span.offset_left() + span.offset_width());
        if right > css_width && span.offset_width() > 0 {
            let room = (css_width - f64::from(span.offset_left())).max(1.0);
            let size = dom::css_px(&span.style().get_property_value("font-size")?).unwrap_or(12.0);
            let fitted = size * (room / f64::from(span.offset_width())) * 0.98;
            span.style().set_property("font-size", &format!("{fitted:.2}px"))?;
        }
    }
    Ok(())
}
