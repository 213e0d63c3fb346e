//! Staff preview: a dataset file dropped on the page (or picked) is validated and
//! shown in this browser only. Nothing is uploaded anywhere.

use super::events::keep;
use super::{app, dom, text};
use crate::model::parse_bytes;
use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, File, FileList, HtmlInputElement};

pub fn wire() -> Result<(), JsValue> {
    let input = dom::by_id("preview-input")?;
    let doc: web_sys::EventTarget = dom::document()?.into();
    let opts = gloo_events::EventListenerOptions::enable_prevent_default();
    keep(EventListener::new(&input, "change", |e| {
        let files = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).and_then(|i| i.files());
        if let Some(files) = files {
            wasm_bindgen_futures::spawn_local(load(files));
        }
    }));
    // Without preventing dragover's default the browser would open the file instead.
    keep(EventListener::new_with_options(&doc, "dragover", opts, |e| e.prevent_default()));
    keep(EventListener::new_with_options(&doc, "drop", opts, |e| {
        e.prevent_default();
        let files = e.dyn_ref::<DragEvent>().and_then(|d| d.data_transfer()).and_then(|t| t.files());
        if let Some(files) = files {
            wasm_bindgen_futures::spawn_local(load(files));
        }
    }));
    Ok(())
}

async fn bytes(file: &File) -> Result<Vec<u8>, JsValue> {
    let buf = JsFuture::from(file.array_buffer()).await?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// Reads the dropped files: the one .json file is the dataset, .csv files are its tables.
async fn load(files: FileList) {
    let mut json = None;
    let mut tables = Vec::new();
    for i in 0..files.length() {
        let Some(f) = files.get(i) else { continue };
        let name = f.name();
        match bytes(&f).await {
            Ok(b) if name.to_ascii_lowercase().ends_with(".json") => json = Some((name, b)),
            Ok(b) => tables.push((name, b)),
            Err(e) => web_sys::console::error_1(&e),
        }
    }
    let status = dom::by_id("preview-status");
    let Some((name, body)) = json else {
        if let Ok(s) = status {
            s.set_text_content(Some("Drop or pick the dataset's .json file (with its .csv tables, if any)."));
        }
        return;
    };
    let parsed = parse_bytes(&name, &body, &tables);
    let _ = text::show_problems(&parsed.problems);
    let msg = match parsed.dataset {
        Some(d) => {
            let shown = app::with(|a| {
                a.dataset = d;
                a.state.country = None;
                a.drawn.clear();
            });
            if shown.is_some() {
                if let Err(e) = app::render(true) {
                    web_sys::console::error_1(&e);
                }
            }
            format!("Previewing {name} in this browser only (not published). Reload to return.")
        }
        None => format!(
            "{name} has {} error(s), listed above; the page still shows the published data.",
            parsed.errors()
        ),
    };
    if let Ok(s) = dom::by_id("preview-status") {
        s.set_text_content(Some(&msg));
    }
}
