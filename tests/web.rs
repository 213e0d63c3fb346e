//! Browser-only wiring, run by wasm-bindgen-test in headless Chromium:
//! canvas sizing for the pixel ratio, painting (holes left empty on the canvas
//! backend), and the error state.
#![cfg(target_arch = "wasm32")]

use impact_atlas::core::Lang;
use impact_atlas::model::parse_dataset;
use impact_atlas::render::marks::paint_marks;
use impact_atlas::render::{layout_results, Sizes, Theme};
use impact_atlas::web::{canvas, dom, fatal};
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

#[path = "support/map.rs"]
mod fixtures;
use fixtures::{programme_map, world};

wasm_bindgen_test_configure!(run_in_browser);

fn add(tag: &str, id: &str, parent: &web_sys::Element) -> web_sys::Element {
    let e = dom::el(tag, None, None).expect("element");
    e.set_id(id);
    parent.append_child(&e).expect("append");
    e
}

#[wasm_bindgen_test]
fn chart_canvas_matches_its_container_at_the_pixel_ratio_and_has_ink() {
    let body = dom::document().expect("doc").body().expect("body");
    let holder = add("div", "holder", &body);
    holder.set_attribute("style", "width: 400px").expect("style");
    add("canvas", "c", &holder);
    let d =
        parse_dataset("prodef.json", include_str!("../data/datasets/prodef.json")).dataset.expect("valid");
    let (layout, dpr) =
        canvas::draw("c", &Theme::LIGHT, |w, k| layout_results(&d, Lang::En, w, Sizes::PAGE.scaled(k)))
            .expect("draws");
    assert_eq!(dpr, dom::window().expect("window").device_pixel_ratio().clamp(1.0, 4.0));
    let c: HtmlCanvasElement = dom::by_id("c").expect("canvas").dyn_into().expect("canvas");
    assert_eq!(f64::from(c.width()), (400.0 * dpr).round());
    assert_eq!(f64::from(c.height()), layout.height);
    let ctx: CanvasRenderingContext2d =
        c.get_context("2d").expect("ok").expect("2d").dyn_into().expect("ctx");
    let px = ctx.get_image_data(0.0, 0.0, f64::from(c.width()), 60.0).expect("pixels").data();
    let dark = px.chunks(4).filter(|p| p[0] < 128).count();
    assert!(dark > 100, "figures painted as text ({dark} dark pixels)");
}

#[wasm_bindgen_test]
fn a_panic_shows_the_error_state_in_words() {
    let body = dom::document().expect("doc").body().expect("body");
    add("p", "status", &body);
    fatal::report_trap("index out of bounds");
    let root = dom::document().expect("doc").document_element().expect("root");
    assert_eq!(root.get_attribute("data-viz-state").as_deref(), Some("error"));
    let text = dom::by_id("status").expect("status").text_content().unwrap_or_default();
    assert!(text.contains("could not be shown"), "{text}");
    assert!(text.contains("index out of bounds"), "{text}");
}

/// The page draws a selection on a transparent overlay canvas above the map: the
/// selected South Africa must leave its enclave Lesotho (on the map below) showing.
#[wasm_bindgen_test]
fn a_selection_on_the_overlay_leaves_an_enclave_showing() {
    let view = programme_map(&world(), &["ZAF".to_string()], None, None, 900.0, 1.0);
    let (width, height) = (view.layout.width, view.layout.height);
    let body = dom::document().expect("doc").body().expect("body");
    let c: HtmlCanvasElement = add("canvas", "overlay", &body).dyn_into().expect("canvas");
    c.set_width(width as u32);
    c.set_height(height as u32);
    {
        let area = CanvasBackend::with_canvas_object(c.clone()).expect("backend").into_drawing_area();
        paint_marks(&area, &view.selection_marks("ZAF", 1.0), &Theme::LIGHT, 1.0).expect("paints");
    }
    let ctx: CanvasRenderingContext2d =
        c.get_context("2d").expect("ok").expect("2d").dyn_into().expect("ctx");
    let alpha_at =
        |(x, y): (f64, f64)| ctx.get_image_data(x.floor(), y.floor(), 1.0, 1.0).expect("pixel").data()[3];
    let inside = view.anchor("ZAF").expect("South Africa's label point");
    assert_eq!(alpha_at(inside), 255, "South Africa filled at {inside:?}");
    // Lesotho's label point (pole of inaccessibility) is far from its border.
    let lesotho = view.shapes.shape("LSO").expect("Lesotho in view");
    let b = lesotho.bounds;
    let centre = ((b.x0 + b.x1) / 2.0, (b.y0 + b.y1) / 2.0);
    assert!(lesotho.contains(centre), "the middle of Lesotho's box is in Lesotho");
    assert_eq!(alpha_at(centre), 0, "Lesotho covered at {centre:?}");
}

/// The keyboard focus ring and the hover outline go on the same overlay canvas
/// through the same painter as the selection, in the theme's colours.
#[wasm_bindgen_test]
fn the_focus_ring_and_hover_outline_are_painted_on_the_overlay_canvas() {
    let dpr = 2.0;
    let view = programme_map(&world(), &["ZAF".to_string()], None, None, 1800.0, dpr);
    let body = dom::document().expect("doc").body().expect("body");
    let c: HtmlCanvasElement = add("canvas", "overlay-focus", &body).dyn_into().expect("canvas");
    c.set_width(view.layout.width as u32);
    c.set_height(view.layout.height as u32);
    for theme in [Theme::LIGHT, Theme::DARK] {
        let ctx: CanvasRenderingContext2d =
            c.get_context("2d").expect("ok").expect("2d").dyn_into().expect("ctx");
        ctx.clear_rect(0.0, 0.0, view.layout.width, view.layout.height);
        {
            let area = CanvasBackend::with_canvas_object(c.clone()).expect("backend").into_drawing_area();
            let marks = view.overlay_marks(None, Some("ZAF"), Some("ZAF"), dpr);
            paint_marks(&area, &marks, &theme, 1.0).expect("paints");
        }
        let rgba = |(x, y): (f64, f64)| {
            let d = ctx.get_image_data(x.floor(), y.floor(), 1.0, 1.0).expect("pixel").data();
            (d[0], d[1], d[2], d[3])
        };
        let r = view.focus_bounds("ZAF").expect("South Africa's box");
        let (cx, cy) = ((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0);
        let f = theme.focus;
        // 3 CSS px wide, centred 4 CSS px outside the box.
        assert_eq!(rgba((cx, r.y0 - 8.0)), (f.0, f.1, f.2, 255), "focus ring above the box");
        assert_eq!(rgba((r.x1 + 8.0, cy)), (f.0, f.1, f.2, 255), "focus ring right of the box");
        let inside = view.anchor("ZAF").expect("South Africa's label point");
        assert_eq!(rgba(inside).3, 0, "the country shows through inside the ring");
        // The outline: some pixels in the text colour along the coast.
        let t = theme.text;
        let (w, h) = (view.layout.width, view.layout.height);
        let data = ctx.get_image_data(0.0, 0.0, w, h).expect("pixels").data();
        let inked = data.chunks(4).filter(|p| (p[0], p[1], p[2], p[3]) == (t.0, t.1, t.2, 255)).count();
        assert!(inked > 500, "hover outline in the text colour: {inked} pixels");
    }
}
