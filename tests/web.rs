//! Browser-only wiring, run by wasm-bindgen-test in headless Chromium:
//! canvas sizing for the pixel ratio, painting, and the error state.
#![cfg(target_arch = "wasm32")]

use impact_atlas::model::parse_dataset;
use impact_atlas::model::Lang;
use impact_atlas::render::{layout_results, Sizes, Theme};
use impact_atlas::web::{canvas, dom, fatal};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

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
    fatal::report_panic("index out of bounds");
    let root = dom::document().expect("doc").document_element().expect("root");
    assert_eq!(root.get_attribute("data-viz-state").as_deref(), Some("error"));
    let text = dom::by_id("status").expect("status").text_content().unwrap_or_default();
    assert!(text.contains("could not be shown"), "{text}");
    assert!(text.contains("index out of bounds"), "{text}");
}
