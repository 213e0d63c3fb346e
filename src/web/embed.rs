//! Embed mode: tells the host page our height whenever it changes, so the host's
//! embed.js can size the iframe and no scrollbar appears inside it. Also the
//! "Copy embed code" builder of the full page: staff pick a view and a language,
//! see a live preview, and copy the code.

use super::{app, dom, events, url};
use crate::core::Lang;
use crate::state::{AppState, Mode, View};
use gloo_events::EventListener;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::ResizeObserver;
use web_sys::{HtmlIFrameElement, HtmlSelectElement, HtmlTextAreaElement, MessageEvent};

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

/// The address of the whole page for this view (what an embed's "See all the
/// results" link opens): the same dataset, language and selection, not embedded.
pub fn full_page_href(state: &AppState) -> Result<String, JsValue> {
    let mut s = state.clone();
    s.mode = Mode::Standalone;
    s.view = None;
    url::absolute(&s)
}

/// The embed address and the code to paste for `view` and `lang` (None = the host
/// page's language, which embed.js passes on).
pub fn embed_code(
    state: &AppState,
    view: Option<View>,
    lang: Option<Lang>,
) -> Result<(String, String), JsValue> {
    let mut s = state.clone();
    s.mode = Mode::Embed;
    s.view = view;
    s.lang = lang;
    let src = url::absolute(&s)?;
    let script = web_sys::Url::new_with_base("embed.js", &dom::window()?.location().href()?)?.href();
    let title = dom::document()?.title().replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    let src_attr = src.replace('&', "&amp;").replace('"', "&quot;");
    // The build wrote embed.js's hash on the button (scripts/embed-integrity.mjs): the
    // partner's browser then runs that exact file or none.
    let integrity = dom::by_id("embed-button")?
        .get_attribute("data-integrity")
        .filter(|i| is_sri(i))
        .map(|i| format!(" integrity=\"{i}\" crossorigin=\"anonymous\""))
        .unwrap_or_default();
    let code = format!(
        "<iframe src=\"{src_attr}\" title=\"{title}\" style=\"width:100%;border:0\" loading=\"lazy\"></iframe>\n<script src=\"{script}\"{integrity} async></script>"
    );
    Ok((src, code))
}

/// `sha384-` and base64: nothing that could break out of the attribute.
fn is_sri(s: &str) -> bool {
    s.strip_prefix("sha384-").is_some_and(|b| {
        b.len() == 64 && b.bytes().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'='))
    })
}

fn select_value(id: &str) -> Result<String, JsValue> {
    Ok(dom::by_id(id)?.dyn_into::<HtmlSelectElement>()?.value())
}

/// The builder's current choice, written into its code box and preview; returns the code.
pub fn builder_code() -> Result<String, JsValue> {
    let view = View::from_key(&select_value("embed-view")?);
    let lang = Lang::from_tag(&select_value("embed-lang")?);
    let Some(made) = app::with(|a| embed_code(&a.store.state, view, lang)) else {
        return Err(JsValue::from_str("the page is not ready"));
    };
    let (src, code) = made?;
    dom::by_id("embed-code")?.dyn_into::<HtmlTextAreaElement>()?.set_value(&code);
    // The preview loads only once staff open the builder.
    if !dom::by_id("embed-builder")?.has_attribute("open") {
        return Ok(code);
    }
    let preview: HtmlIFrameElement = dom::by_id("embed-preview")?.dyn_into()?;
    // The preview shows the chosen language; "the host page's" previews in this page's.
    let shown = match lang {
        Some(_) => src,
        None => {
            let mut s = app::with(|a| a.store.state.clone()).unwrap_or_default();
            let page_lang = app::with(|a| a.lang());
            s.mode = Mode::Embed;
            s.view = view;
            s.lang = page_lang;
            url::absolute(&s)?
        }
    };
    if preview.src() != shown {
        preview.set_src(&shown);
    }
    let lang_now = app::with(|a| a.lang()).unwrap_or_default();
    preview.set_title(crate::i18n::Msg::EmbedPreview.text(lang_now));
    Ok(code)
}

/// Wires the builder (full page only): choices update the code and the preview,
/// which is loaded when the builder is first opened and sized from its own resize
/// messages, as embed.js sizes an embed on a host page.
pub fn wire_builder() -> Result<(), JsValue> {
    let refresh = |_: &web_sys::Event| {
        if let Err(e) = builder_code() {
            web_sys::console::error_1(&e);
        }
    };
    for id in ["embed-view", "embed-lang"] {
        let target: web_sys::EventTarget = dom::by_id(id)?.into();
        events::keep(EventListener::new(&target, "change", refresh));
    }
    let builder: web_sys::EventTarget = dom::by_id("embed-builder")?.into();
    events::keep(EventListener::new(&builder, "toggle", refresh));
    let window = dom::window()?;
    let own_origin = window.location().origin()?;
    events::keep(EventListener::new(&window, "message", move |e| {
        let Some(e) = e.dyn_ref::<MessageEvent>() else { return };
        if e.origin() != own_origin {
            return;
        }
        let Ok(preview) = dom::by_id("embed-preview").and_then(|p| Ok(p.dyn_into::<HtmlIFrameElement>()?))
        else {
            return;
        };
        let from_preview = match (preview.content_window(), e.source()) {
            (Some(w), Some(src)) => js_sys::Object::is(w.as_ref(), src.as_ref()),
            _ => false,
        };
        if !from_preview {
            return;
        }
        let data = e.data();
        let kind = js_sys::Reflect::get(&data, &JsValue::from_str("type")).ok().and_then(|v| v.as_string());
        let height = js_sys::Reflect::get(&data, &JsValue::from_str("height")).ok().and_then(|v| v.as_f64());
        if let (Some("impact-atlas:resize"), Some(h)) = (kind.as_deref(), height) {
            if h.is_finite() && h > 0.0 {
                let _ = preview.style().set_property("height", &format!("{}px", h.min(20_000.0).ceil()));
            }
        }
    }));
    Ok(())
}
