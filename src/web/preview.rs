//! Staff preview: a dataset file dropped on the page (or picked) is validated with
//! every message (errors and warnings, as `impact-atlas validate` gives them),
//! published in memory by the same function as `impact-atlas publish`, and shown in
//! this browser only, under a banner saying so. Nothing is uploaded anywhere.
//! Standalone page only: a kiosk or an embed on a partner's page takes no dropped
//! files.
//!
//! The checking runs in the staff worker (src/bin/staff.rs, `model::preview`), a
//! wasm of its own started on the first preview: the validator and the CSV and
//! workbook readers are never downloaded by visitors. This file checks each file's
//! name, size and type, posts the files to the worker and shows its answer.
//!
//! The dataset's JSON file names its tables; the preview keeps what it was given and
//! asks for the tables still missing by name, so staff can pick them in a second go.
//! Its result shows in a panel at the top of the page, headed by the file's name;
//! while it is open the published programme is hidden (errors) or replaced by the
//! previewed one (no errors), so the two are never mistaken for each other.

use super::events::keep;
use super::{app, dom, fetch};
use crate::core::printable;
use crate::core::Lang;
use crate::i18n::{colon, Msg};
use crate::model::intake::{intake, Intake};
use crate::model::preview::{Reply, READY};
use crate::state::Action;
use gloo_events::EventListener;
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, File, FileList, HtmlInputElement, MessageEvent, Worker};

/// What has been picked so far: the dataset file, and table files by name. The
/// worker reads a table only once the dataset names it.
#[derive(Default)]
struct Picked {
    json: Option<File>,
    tables: Vec<File>,
}

thread_local! {
    static PICKED: RefCell<Picked> = RefCell::new(Picked::default());
    /// The staff worker, once started, and whether it has said it listens.
    static WORKER: RefCell<Option<(Worker, bool)>> = const { RefCell::new(None) };
    /// The latest request: an answer to an older one (files picked again while it
    /// was checked) is dropped.
    static SEQ: Cell<u32> = const { Cell::new(0) };
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

/// The validator's messages are in the page's language: after the language changes,
/// the worker is asked again about the picked files, and its answer rewrites the
/// panel. Nothing to do when no file was picked.
pub fn language_changed() {
    if PICKED.with(|p| p.borrow().json.is_some()) {
        if let Err(e) = request() {
            web_sys::console::error_1(&e);
        }
    }
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

/// The app's language, or English before the app is installed.
fn lang() -> Lang {
    app::with(|a| a.lang()).unwrap_or_default()
}

/// A message of the catalogue with the file name (escaped: it is the visitor's) in it.
fn say(key: Msg, name: &str, n: usize) -> String {
    key.text(lang()).replace("{name}", &printable(name)).replace("{n}", &n.to_string())
}

/// The line under the file picker at the foot of the page.
fn status(msg: &str) {
    if let Ok(s) = dom::by_id("preview-status") {
        s.set_text_content(Some(msg));
    }
}

/// Adds the picked files to what was picked before: a .json file is the dataset
/// (replacing an earlier one), a table file (.csv, .xlsx, .ods) a table (replacing
/// one of the same name). Name, size and type are checked before any byte is read.
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
            Intake::TooBig => return status(&say(Msg::PreviewTooBig, &name, 0)),
            Intake::WrongType => return status(&say(Msg::PreviewWrongType, &name, 0)),
        }
    }
    if jsons > 1 {
        return status(Msg::PreviewOneJson.text(lang()));
    }
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
        return status(Msg::PreviewPick.text(lang()));
    }
    if let Err(e) = request() {
        status(&say(Msg::PreviewFailed, &dom::describe(&e), 0));
    }
}

/// Posts what has been picked to the staff worker; [`answered`] shows the answer.
fn request() -> Result<(), JsValue> {
    let Some((json, tables)) = PICKED.with(|p| {
        let p = p.borrow();
        p.json.clone().map(|j| (j, p.tables.clone()))
    }) else {
        return Ok(());
    };
    let seq = SEQ.with(|s| {
        s.set(s.get().wrapping_add(1));
        s.get()
    });
    status(&say(Msg::PreviewChecking, &json.name(), 0));
    // Until the worker listens, the request waits: its "ready" calls this again.
    let Some(worker) = worker()? else { return Ok(()) };
    let message = js_sys::Object::new();
    js_sys::Reflect::set(&message, &"seq".into(), &seq.into())?;
    // The worker writes the validator's messages in the page's language.
    js_sys::Reflect::set(&message, &"lang".into(), &lang().code().into())?;
    js_sys::Reflect::set(&message, &"json".into(), &json)?;
    js_sys::Reflect::set(&message, &"tables".into(), &tables.into_iter().collect::<js_sys::Array>())?;
    worker.post_message(&message)
}

/// The staff worker once it listens; `None` while it starts (it is started on
/// first use from the loader the build names in `<meta name="impact-atlas-staff">`,
/// scripts/side-wasm.mjs).
fn worker() -> Result<Option<Worker>, JsValue> {
    if let Some((w, ready)) = WORKER.with(|w| w.borrow().clone()) {
        return Ok(ready.then_some(w));
    }
    let url = dom::document()?
        .query_selector("meta[name=impact-atlas-staff]")?
        .and_then(|m| m.get_attribute("content"))
        .filter(|u| is_loader_name(u))
        .ok_or_else(|| JsValue::from_str("this build has no staff preview"))?;
    let w = Worker::new(&url)?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|e: MessageEvent| {
        let Some(text) = e.data().as_string() else { return };
        let done = if text == READY {
            WORKER.with(|w| w.borrow_mut().as_mut().map(|w| w.1 = true));
            request()
        } else {
            answered(&text)
        };
        if let Err(e) = done {
            status(&say(Msg::PreviewFailed, &dom::describe(&e), 0));
        }
    });
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
        // The worker failed to load or start (a missing file, a blocked script, a
        // wasm that would not compile), or stopped during a check (a file that
        // exhausts its memory). It is ended for good; the next pick starts a new one.
        web_sys::console::error_1(&e);
        let ended = WORKER.with(|w| w.borrow_mut().take());
        if let Some((w, _)) = &ended {
            w.terminate();
        }
        let key =
            if ended.is_some_and(|(_, ready)| ready) { Msg::PreviewStopped } else { Msg::PreviewNotStarted };
        status(&say(key, &PICKED.with(|p| p.borrow().json.as_ref().map(File::name)).unwrap_or_default(), 0));
    });
    w.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    w.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // They serve as long as the worker does: the page's lifetime.
    on_message.forget();
    on_error.forget();
    WORKER.with(|c| *c.borrow_mut() = Some((w, false)));
    Ok(None)
}

/// The loader's name as the build writes it: a file beside the page, nothing else.
fn is_loader_name(url: &str) -> bool {
    let name = url.strip_prefix("./").unwrap_or(url);
    name.starts_with("staff-")
        && name.ends_with("_loader.js")
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
}

/// Fills the preview panel from the worker's answer, and shows the previewed
/// dataset when it has no errors.
fn answered(text: &str) -> Result<(), JsValue> {
    let reply: Reply = fetch::parse_json("the preview's answer", text).map_err(|e| JsValue::from_str(&e))?;
    if reply.seq != SEQ.with(Cell::get) {
        return Ok(());
    }
    if let Some(failure) = &reply.failure {
        status(&say(Msg::PreviewFailed, failure, 0));
        return Ok(());
    }
    let lang = lang();
    let name = PICKED.with(|p| p.borrow().json.as_ref().map(File::name)).unwrap_or_default();
    let list = dom::cleared("preview-problems")?;
    let needs = dom::cleared("preview-needs")?;
    let title = say(Msg::PreviewTitle, &name, 0);
    if !reply.needs.is_empty() {
        for need in &reply.needs {
            let state =
                if need.picked { Msg::PreviewPicked.text(lang) } else { Msg::PreviewMissing.text(lang) };
            dom::append(
                &needs,
                "li",
                None,
                Some(&format!("{}{} {state}", printable(&need.name), colon(lang))),
            )?;
        }
        open(&title, &say(Msg::PreviewNeeds, &name, 0), "blocked")?;
        status(&say(Msg::PreviewNeeds, &name, 0));
        return Ok(());
    }
    // One item per problem, with the quoted source line (syntax errors) under it
    // in a fixed-width block so the caret stays under the place.
    for p in &reply.problems {
        let li = dom::append(&list, "li", None, Some(&p.text))?;
        if !p.excerpt.is_empty() {
            dom::append(&li, "pre", Some("problem-excerpt"), Some(&p.excerpt))?;
        }
    }
    list.set_hidden(reply.problems.is_empty());
    let warned = |s: String| {
        if reply.warnings > 0 {
            format!("{s} {}", say(Msg::PreviewWarnings, "", reply.warnings))
        } else {
            s
        }
    };
    match reply.dataset {
        Some(d) => {
            open(&title, &warned(Msg::PreviewOk.text(lang).to_owned()), "shown")?;
            // Replaces the dataset, draws everything again and rewrites the URL.
            app::dispatch(Action::ShowDataset(Box::new(d)));
            banner()?;
            status(&say(Msg::PreviewShown, &name, 0));
        }
        None => {
            open(&title, &warned(say(Msg::PreviewErrorsToFix, &name, reply.errors)), "blocked")?;
            status(&say(Msg::PreviewErrors, &name, reply.errors));
        }
    }
    Ok(())
}

/// Shows the panel with its title and summary, and sets the page's preview state:
/// `blocked` hides the published programme, `shown` shows the previewed one.
fn open(title: &str, summary: &str, state: &str) -> Result<(), JsValue> {
    let lang = lang();
    dom::set_text("preview-title", title)?;
    dom::set_text("preview-local", Msg::PreviewLocal.text(lang))?;
    dom::set_text_always("preview-summary", summary)?;
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
            let body = doc.body().ok_or_else(|| JsValue::from_str("no body"))?;
            body.insert_before(&e, body.first_child().as_ref())?;
            e
        }
    };
    // Keyed: translated again with the rest of the page when the language changes.
    super::text::set_keyed(&el, Msg::PreviewBanner, lang)
}
