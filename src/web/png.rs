//! "Download PNG" for each chart and the map: drawn again, off screen, at a pixel
//! ratio of at least 2 (sharp in documents and on retina screens), in the light
//! theme whatever the screen shows, with the source (and the synthetic label) under
//! it as in the command's exports, and saved as a file.

use super::{app, charts, dom, events};
use crate::export::with_caption;
use crate::render::map::{layout_map, map_values, programme_codes, MapInput};
use crate::render::{paint, Layout, Picture, Theme};
use gloo_events::EventListener;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlAnchorElement, HtmlCanvasElement};

/// One listener for every `[data-png]` button (they name the canvas they save).
pub fn wire() -> Result<(), JsValue> {
    let doc: web_sys::EventTarget = dom::document()?.into();
    let l = EventListener::new(&doc, "click", |e| {
        let Some(button) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        let Ok(Some(button)) = button.closest("[data-png]") else { return };
        let Some(id) = button.get_attribute("data-png") else { return };
        let Some(picture) = Picture::from_canvas_id(&id) else { return };
        if let Err(err) = download(picture) {
            web_sys::console::error_1(&err);
        }
    });
    events::keep(l);
    Ok(())
}

/// The layout of `picture` at the given CSS size and pixel ratio, with a file name stem.
fn layout(picture: Picture, css_w: f64, css_h: f64, k: f64) -> Option<(Layout, String)> {
    app::with(|a| {
        let lang = a.lang();
        let d = &a.store.dataset;
        let stem = format!("{}-{}", d.id, picture.file_stem());
        let chart = match picture {
            Picture::Chart(chart) => chart,
            Picture::Map => {
                let m = a.map.as_ref()?;
                let programme = programme_codes(d);
                let values = map_values(d, super::map::metric(&a.store.state));
                let input = MapInput {
                    programme: &programme,
                    values: values.as_deref(),
                    selected: a.store.state.country.as_deref(),
                    extent: a.store.extent,
                    width: (css_w * k).round(),
                    height: (css_h * k).round(),
                    dpr: k,
                };
                return Some((with_caption(layout_map(&m.world, &input).layout, d, lang, k), stem));
            }
        };
        let sizes = charts::look(crate::state::Mode::Standalone).sizes();
        // The same caption as the command's exports: a saved image keeps its source
        // (and says "synthetic" when it is).
        chart
            .layout(d, charts::view(&a.store.state), lang, (css_w * k).round(), sizes.scaled(k))
            .map(|l| (with_caption(l, d, lang, k), stem))
    })
    .flatten()
}

fn download(picture: Picture) -> Result<(), JsValue> {
    let shown: HtmlCanvasElement = dom::by_id(picture.canvas_id())?.dyn_into()?;
    let rect = shown.get_bounding_client_rect();
    let k = dom::window()?.device_pixel_ratio().max(2.0);
    let Some((layout, stem)) = layout(picture, rect.width().max(200.0), rect.height().max(100.0), k) else {
        return Ok(());
    };
    let canvas: HtmlCanvasElement = dom::el("canvas", None, None)?.dyn_into()?;
    canvas.set_width(layout.width.ceil() as u32);
    canvas.set_height(layout.height.ceil() as u32);
    let backend =
        CanvasBackend::with_canvas_object(canvas.clone()).ok_or_else(|| JsValue::from_str("no canvas"))?;
    let area = backend.into_drawing_area();
    paint(&area, &layout, &Theme::LIGHT).map_err(|e| JsValue::from_str(&format!("drawing failed: {e}")))?;
    area.present().map_err(|e| JsValue::from_str(&format!("drawing failed: {e}")))?;
    let link: HtmlAnchorElement = dom::el("a", None, None)?.dyn_into()?;
    link.set_href(&canvas.to_data_url()?);
    link.set_download(&format!("{stem}.png"));
    link.click();
    Ok(())
}
