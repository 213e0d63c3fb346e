//! Staff preview: a dataset file dropped on the page (or picked) is validated and
//! shown in this browser only, under a banner saying so. Nothing is uploaded
//! anywhere. Standalone page only: a kiosk or an embed on a partner's page takes
//! no dropped files.

use super::events::keep;
use super::{app, dom, text};
use crate::model::intake::{intake, Intake};
use crate::model::problem::printable;
use crate::model::{parse_bytes, referenced_files};
use crate::state::Action;
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

/// Kiosk and embed: no preview control, and a dropped file is neither read nor
/// opened (which would navigate a kiosk away from the page).
pub fn off() -> Result<(), JsValue> {
    if let Some(p) = dom::document()?.query_selector("details.preview")? {
        p.remove();
    }
    let doc: web_sys::EventTarget = dom::document()?.into();
    let opts = gloo_events::EventListenerOptions::enable_prevent_default();
    for ev in ["dragover", "drop"] {
        keep(EventListener::new_with_options(&doc, ev, opts, |e| e.prevent_default()));
    }
    Ok(())
}

async fn bytes(file: &File) -> Result<Vec<u8>, JsValue> {
    let buf = JsFuture::from(file.array_buffer()).await?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// A message of the catalogue with the file name (escaped: it is the visitor's) in it.
fn say(key: &str, name: &str, n: usize) -> String {
    let lang = app::with(|a| a.lang()).unwrap_or_default();
    crate::i18n::t(key, lang).replace("{name}", &printable(name)).replace("{n}", &n.to_string())
}

fn status(msg: &str) {
    if let Ok(s) = dom::by_id("preview-status") {
        s.set_text_content(Some(msg));
    }
}

/// Reads the dropped files: the one .json file is the dataset, and only the .csv
/// files it names are its tables. Name, size and type are checked before any read.
async fn load(files: FileList) {
    let mut json = None;
    let mut csv = Vec::new();
    let mut jsons = 0;
    for i in 0..files.length() {
        let Some(f) = files.get(i) else { continue };
        let name = f.name();
        match intake(&name, f.size(), &f.type_()) {
            Intake::Json => {
                jsons += 1;
                json = Some(f);
            }
            Intake::Table => csv.push(f),
            Intake::TooBig => return status(&say("preview-too-big", &name, 0)),
            Intake::WrongType => return status(&say("preview-wrong-type", &name, 0)),
        }
    }
    let lang = app::with(|a| a.lang()).unwrap_or_default();
    let Some(json) = json.filter(|_| jsons == 1) else {
        let key = if jsons > 1 { "preview-one-json" } else { "preview-pick" };
        return status(crate::i18n::t(key, lang));
    };
    let name = json.name();
    let body = match bytes(&json).await {
        Ok(b) => b,
        Err(e) => return web_sys::console::error_1(&e),
    };
    let wanted = referenced_files(&String::from_utf8_lossy(&body));
    let mut tables = Vec::new();
    for f in csv.iter().filter(|f| wanted.contains(&f.name())) {
        match bytes(f).await {
            Ok(b) => tables.push((f.name(), b)),
            Err(e) => web_sys::console::error_1(&e),
        }
    }
    let parsed = parse_bytes(&name, &body, &tables);
    let _ = text::show_problems(&parsed.problems);
    let msg = match parsed.dataset {
        Some(d) => {
            // Replaces the dataset, draws everything again and rewrites the URL.
            app::dispatch(Action::ShowDataset(Box::new(d)));
            if let Err(e) = banner() {
                web_sys::console::error_1(&e);
            }
            say("preview-shown", &name, 0)
        }
        None => say("preview-errors", &name, parsed.errors()),
    };
    status(&msg);
}

/// The banner at the top of the page while a preview is shown: it stays until the
/// page is reloaded, so nobody takes a local file for the published figures.
fn banner() -> Result<(), JsValue> {
    let lang = app::with(|a| a.lang()).unwrap_or_default();
    let doc = dom::document()?;
    let el = match doc.get_element_by_id("preview-banner") {
        Some(e) => e,
        None => {
            let e = dom::el("p", Some("preview-banner"), None)?;
            e.set_id("preview-banner");
            e.set_attribute("role", "status")?;
            // Translated again with the rest of the page when the language changes.
            e.set_attribute("data-i18n", "preview-banner")?;
            let body = doc.body().ok_or_else(|| JsValue::from_str("no body"))?;
            body.insert_before(&e, body.first_child().as_ref())?;
            e
        }
    };
    el.set_text_content(Some(crate::i18n::t("preview-banner", lang)));
    dom::set_root_attr("data-preview", "on")
}
