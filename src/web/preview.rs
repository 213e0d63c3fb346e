//! Staff preview: a dataset file dropped on the page (or picked) is validated with
//! every message (errors and warnings, as `impact-atlas validate` gives them),
//! published in memory by the same function as `impact-atlas publish`
//! (`Parsed::publish`), and shown in this browser only, under a banner saying so.
//! Nothing is uploaded anywhere. Standalone page only: a kiosk or an embed on a
//! partner's page takes no dropped files.
//!
//! The dataset's JSON file names its tables; the preview keeps what it was given and
//! asks for the tables still missing by name, so staff can pick them in a second go.
//! Its result shows in a panel at the top of the page, headed by the file's name;
//! while it is open the published programme is hidden (errors) or replaced by the
//! previewed one (no errors), so the two are never mistaken for each other.

use super::events::keep;
use super::{app, dom, text};
use crate::i18n::t;
use crate::model::intake::{intake, Intake};
use crate::model::problem::printable;
use crate::model::tables::is_workbook_name;
use crate::model::{parse_bytes, referenced_files, Lang};
use crate::state::Action;
use gloo_events::EventListener;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, File, FileList, HtmlInputElement};

/// What has been picked so far: the dataset file (read), and table files by name
/// (not read until the dataset names them).
#[derive(Default)]
struct Picked {
    json: Option<(String, Vec<u8>)>,
    tables: Vec<File>,
}

thread_local! {
    static PICKED: RefCell<Picked> = RefCell::new(Picked::default());
}

pub fn wire() -> Result<(), JsValue> {
    let doc: web_sys::EventTarget = dom::document()?.into();
    let opts = gloo_events::EventListenerOptions::enable_prevent_default();
    for id in ["preview-input", "preview-more"] {
        let input = dom::by_id(id)?;
        keep(EventListener::new(&input, "change", |e| {
            let input = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok());
            if let Some(files) = input.as_ref().and_then(HtmlInputElement::files) {
                wasm_bindgen_futures::spawn_local(load(files));
            }
        }));
    }
    let close: web_sys::EventTarget = dom::by_id("preview-close")?.into();
    keep(EventListener::new(&close, "click", |_| {
        // Reloading returns to exactly the published page, state and all.
        if let Ok(w) = dom::window() {
            let _ = w.location().reload();
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
    if let Some(p) = dom::document()?.get_element_by_id("preview-panel") {
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

/// The app's language, or English before the app is installed.
fn lang() -> Lang {
    app::with(|a| a.lang()).unwrap_or_default()
}

/// A message of the catalogue with the file name (escaped: it is the visitor's) in it.
fn say(key: &str, name: &str, n: usize) -> String {
    t(key, lang()).replace("{name}", &printable(name)).replace("{n}", &n.to_string())
}

/// The line under the file picker at the foot of the page.
fn status(msg: &str) {
    if let Ok(s) = dom::by_id("preview-status") {
        s.set_text_content(Some(msg));
    }
}

/// Adds the picked files to what was picked before: a .json file is the dataset
/// (replacing an earlier one), a .csv file a table (replacing one of the same name).
/// Name, size and type are checked before any byte is read; tables are read only
/// once the dataset names them.
async fn load(files: FileList) {
    let mut json = None;
    let mut jsons = 0;
    let mut tables = Vec::new();
    for i in 0..files.length() {
        let Some(f) = files.get(i) else { continue };
        let name = f.name();
        match intake(&name, f.size(), &f.type_()) {
            Intake::Json => {
                jsons += 1;
                json = Some(f);
            }
            Intake::Table => tables.push(f),
            Intake::TooBig => return status(&say("preview-too-big", &name, 0)),
            Intake::WrongType if is_workbook_name(&name.to_ascii_lowercase()) => {
                return status(&say("preview-workbook-file", &name, 0))
            }
            Intake::WrongType => return status(&say("preview-wrong-type", &name, 0)),
        }
    }
    if jsons > 1 {
        return status(t("preview-one-json", lang()));
    }
    let json = match json {
        Some(f) => match bytes(&f).await {
            Ok(b) => Some((f.name(), b)),
            Err(e) => return web_sys::console::error_1(&e),
        },
        None => None,
    };
    let has_json = PICKED.with(|p| {
        let mut p = p.borrow_mut();
        if json.is_some() {
            p.json = json;
        }
        for f in tables {
            p.tables.retain(|t| t.name() != f.name());
            p.tables.push(f);
        }
        p.json.is_some()
    });
    if !has_json {
        return status(t("preview-pick", lang()));
    }
    if let Err(e) = show().await {
        web_sys::console::error_1(&e);
    }
}

/// Fills the preview panel from what has been picked, and shows the previewed
/// dataset when it has no errors.
async fn show() -> Result<(), JsValue> {
    let lang = lang();
    let Some((name, body, files)) = PICKED.with(|p| {
        let p = p.borrow();
        p.json.as_ref().map(|(n, b)| (n.clone(), b.clone(), p.tables.clone()))
    }) else {
        return Ok(());
    };
    let list = dom::cleared("preview-problems")?;
    let needs = dom::cleared("preview-needs")?;
    let title = say("preview-title", &name, 0);
    // The tables the dataset names: read those picked, ask for the others by name.
    let wanted = referenced_files(&String::from_utf8_lossy(&body));
    if let Some(book) = wanted.iter().find(|w| is_workbook_name(w)) {
        open(&title, &say("preview-workbook", &name, 0).replace("{book}", &printable(book)), "blocked")?;
        return Ok(());
    }
    let mut tables = Vec::new();
    let mut missing = Vec::new();
    for w in &wanted {
        match files.iter().find(|f| f.name() == *w) {
            Some(f) => tables.push((w.clone(), bytes(f).await?)),
            None => missing.push(w.clone()),
        }
    }
    if !missing.is_empty() {
        for w in &wanted {
            let state =
                if missing.contains(w) { t("preview-missing", lang) } else { t("preview-picked", lang) };
            dom::append(&needs, "li", None, Some(&format!("{}: {state}", printable(w))))?;
        }
        open(&title, &say("preview-needs", &name, 0), "blocked")?;
        status(&say("preview-needs", &name, 0));
        return Ok(());
    }
    let parsed = parse_bytes(&name, &body, &tables);
    text::fill_problems(&list, &parsed.problems)?;
    list.set_hidden(parsed.problems.is_empty());
    let (errors, warnings) = (parsed.errors(), parsed.warnings());
    let warned =
        |s: String| if warnings > 0 { format!("{s} {}", say("preview-warnings", "", warnings)) } else { s };
    match parsed.dataset {
        Some(d) => {
            open(&title, &warned(t("preview-ok", lang).to_owned()), "shown")?;
            // Replaces the dataset, draws everything again and rewrites the URL.
            app::dispatch(Action::ShowDataset(Box::new(d)));
            banner()?;
            status(&say("preview-shown", &name, 0));
        }
        None => {
            open(&title, &warned(say("preview-errors-to-fix", &name, errors)), "blocked")?;
            status(&say("preview-errors", &name, errors));
        }
    }
    Ok(())
}

/// Shows the panel with its title and summary, and sets the page's preview state:
/// `blocked` hides the published programme, `shown` shows the previewed one.
fn open(title: &str, summary: &str, state: &str) -> Result<(), JsValue> {
    let lang = lang();
    dom::set_text("preview-title", title)?;
    dom::set_text("preview-local", t("preview-local", lang))?;
    dom::set_text("preview-summary", summary)?;
    let needs = dom::by_id("preview-needs")?;
    needs.set_hidden(needs.child_element_count() == 0);
    if state != "shown" {
        dom::by_id("preview-problems")?
            .set_hidden(dom::by_id("preview-problems")?.child_element_count() == 0);
    }
    dom::set_root_attr("data-preview", state)?;
    dom::by_id("preview-panel")?.set_hidden(false);
    // Keyboard and screen-reader users land on the result, at the top of the page.
    let heading = dom::by_id("preview-title")?;
    heading.focus()?;
    heading.scroll_into_view();
    Ok(())
}

/// The banner at the top of the page while a preview is shown: it stays until the
/// page is reloaded, so nobody takes a local file for the published figures.
fn banner() -> Result<(), JsValue> {
    let lang = lang();
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
    el.set_text_content(Some(t("preview-banner", lang)));
    Ok(())
}
