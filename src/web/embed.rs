//! Embed mode: tells the host page our height whenever it changes, so the host's
//! embed.js can size the iframe and no scrollbar appears inside it.

use super::dom;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::ResizeObserver;

/// The message posted to the parent window: `{type: "impact-atlas:resize", height}`.
#[derive(Serialize)]
struct Resize {
    #[serde(rename = "type")]
    kind: &'static str,
    /// Document height in CSS px.
    height: f64,
}

fn post_height() -> Result<(), JsValue> {
    let w = dom::window()?;
    let Some(parent) = w.parent()? else { return Ok(()) };
    let root = dom::document()?.document_element().ok_or_else(|| JsValue::from_str("no root"))?;
    let msg = Resize { kind: "impact-atlas:resize", height: root.get_bounding_client_rect().height().ceil() };
    let value = serde_wasm_bindgen::to_value(&msg).map_err(JsValue::from)?;
    // The height is not secret, and the host's origin is not known in advance.
    parent.post_message(&value, "*")
}

/// Starts reporting the document height to the parent window.
pub fn start() -> Result<(), JsValue> {
    let cb = Closure::<dyn FnMut()>::new(|| {
        if let Err(e) = post_height() {
            web_sys::console::error_1(&e);
        }
    });
    let observer = ResizeObserver::new(cb.as_ref().unchecked_ref())?;
    let root = dom::document()?.document_element().ok_or_else(|| JsValue::from_str("no root"))?;
    observer.observe(&root);
    // Both live as long as the page: the observer reports until it is unloaded.
    cb.forget();
    std::mem::forget(observer);
    post_height()
}
