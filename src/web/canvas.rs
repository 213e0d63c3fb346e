//! Sizing a canvas for the device pixel ratio and painting a layout on it.

use super::dom;
use crate::render::{paint, Layout, Theme};
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

/// The CSS width and height of a canvas's container, and the device pixel ratio.
pub fn frame(canvas_id: &str) -> Result<(f64, f64, f64), JsValue> {
    let parent = dom::by_id(canvas_id)?
        .parent_element()
        .ok_or_else(|| JsValue::from_str("chart canvas has no container"))?;
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
    let canvas: HtmlCanvasElement = dom::by_id(canvas_id)?.dyn_into()?;
    let (css_width, _, dpr) = frame(canvas_id)?;
    let layout = layout_fn((css_width * dpr).round(), dpr);

    resize(&canvas, layout.width as u32, layout.height as u32);

    let backend = CanvasBackend::with_canvas_object(canvas)
        .ok_or_else(|| JsValue::from_str("this browser cannot draw on a canvas"))?;
    let area = backend.into_drawing_area();
    paint(&area, &layout, theme).map_err(|e| JsValue::from_str(&format!("drawing failed: {e}")))?;
    area.present().map_err(|e| JsValue::from_str(&format!("drawing failed: {e}")))?;
    Ok((layout, dpr))
}
