//! A new build takes over the kiosk's screen with no blank or loading frame: the
//! same kiosk address opens in a full-screen frame, unseen and untouchable until its
//! page is ready, then shows on top; the page under it stops its tour and hides.
//! A page already in such a frame asks its parent to open the next one, so frames
//! never nest. What to do when is decided in `crate::kiosk_update`.

use super::super::dom;
use super::super::events::keep;
use crate::kiosk_update::{
    asks_for_swap, on_build, opening, OnBuild, Opening, Sender, NEW_BUILD_MESSAGE, POLL_MS, SWAP_FRAME_CLASS,
};
use gloo_events::EventListener;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlIFrameElement;

/// How long what a newly shown frame covers stays (ms): the frame has been painted
/// by then, so removing what is under it can never show through.
const SETTLE_MS: i32 = 1_000;

#[derive(Default)]
struct Frames {
    /// The frame on screen (none until the first swap).
    shown: Option<HtmlIFrameElement>,
    /// The frame being opened, and when it was opened (ms).
    opening: Option<(HtmlIFrameElement, f64)>,
    /// A frame was just shown: what it covers is to go at the next tick.
    settle: bool,
    /// The frame it covers, if any.
    covered: Option<HtmlIFrameElement>,
    /// Whether this page listens for its frame's requests.
    listening: bool,
}

thread_local! {
    static FRAMES: RefCell<Frames> = RefCell::new(Frames::default());
    /// The one callback this module's waits run (one closure keeps the wasm small).
    static TICK: Closure<dyn FnMut()> = Closure::new(tick);
}

/// The server has a new build: open a frame of it, or ask the page that framed
/// this one to.
pub fn new_build() {
    let busy = FRAMES.with(|f| f.borrow().opening.is_some());
    let done = match on_build(in_swap_frame(), busy) {
        OnBuild::OpenFrame => open(),
        OnBuild::AskParent => ask_parent(),
        OnBuild::Wait => Ok(()),
    };
    if let Err(e) = done {
        web_sys::console::warn_1(&e);
    }
}

/// Whether this page runs in a kiosk's swap frame. `frameElement` is null unless
/// the parent is of our origin, so a page framed by another site counts as top-level.
fn in_swap_frame() -> bool {
    dom::window()
        .ok()
        .and_then(|w| w.frame_element().ok().flatten())
        .and_then(|e| e.get_attribute("class"))
        .is_some_and(|c| c.split_whitespace().any(|c| c == SWAP_FRAME_CLASS))
}

fn ask_parent() -> Result<(), JsValue> {
    let w = dom::window()?;
    let parent = w.parent()?.ok_or("no parent")?;
    // Addressed to our own origin: no other page can read it.
    parent.post_message(&NEW_BUILD_MESSAGE.into(), &w.location().origin()?)
}

fn open() -> Result<(), JsValue> {
    let w = dom::window()?;
    let doc = dom::document()?;
    if !FRAMES.with(|f| std::mem::replace(&mut f.borrow_mut().listening, true)) {
        keep(EventListener::new(&w, "message", on_message));
    }
    let frame: HtmlIFrameElement = doc.create_element("iframe")?.unchecked_into();
    frame.set_class_name(SWAP_FRAME_CLASS);
    // Unseen and untouchable (the styles: opacity 0, no pointer events), out of the
    // focus order and the accessibility tree until it shows.
    frame.set_attribute("inert", "")?;
    frame.set_attribute("aria-hidden", "true")?;
    frame.set_attribute("title", &doc.title())?;
    frame.set_attribute("src", &w.location().href()?)?;
    doc.body().ok_or("no body")?.append_child(&frame)?;
    FRAMES.with(|f| f.borrow_mut().opening = Some((frame, super::now())));
    later(POLL_MS);
    Ok(())
}

/// A request from the frame on screen (checked in `asks_for_swap`); anything else
/// is ignored.
fn on_message(e: &web_sys::Event) {
    // A "message" event on a window is a MessageEvent.
    let e = e.unchecked_ref::<web_sys::MessageEvent>();
    let Ok(own) = dom::window().and_then(|w| w.location().origin()) else { return };
    let source = e.source();
    let from = |frame: Option<&HtmlIFrameElement>| {
        let win = frame.and_then(HtmlIFrameElement::content_window);
        matches!((win, &source), (Some(w), Some(s)) if js_sys::Object::is(&w, s))
    };
    let sender = FRAMES.with(|f| {
        let f = f.borrow();
        if from(f.shown.as_ref()) {
            Sender::Shown
        } else if from(f.opening.as_ref().map(|(fr, _)| fr)) {
            Sender::Opening
        } else {
            Sender::Other
        }
    });
    if asks_for_swap(&own, &e.origin(), sender, e.data().as_string().as_deref()) {
        new_build();
    }
}

/// Looks at the frame being opened: shows it once its page is ready (and no
/// visitor is using the kiosk on screen), gives it up if it fails or takes too long.
fn poll() {
    let Some((frame, opened)) = FRAMES.with(|f| f.borrow().opening.clone()) else { return };
    let root_attr = |doc: Option<web_sys::Document>, name: &str| doc?.document_element()?.get_attribute(name);
    let state = root_attr(frame.content_document(), "data-viz-state");
    let on_screen = match FRAMES.with(|f| f.borrow().shown.clone()) {
        Some(shown) => shown.content_document(),
        None => dom::document().ok(),
    };
    let paused = root_attr(on_screen, "data-kiosk").as_deref() == Some("paused");
    match opening(state.as_deref(), paused, super::now() - opened) {
        Opening::Wait => later(POLL_MS),
        Opening::Show => show(frame),
        Opening::GiveUp => {
            frame.remove();
            FRAMES.with(|f| f.borrow_mut().opening = None);
        }
    }
}

fn show(frame: HtmlIFrameElement) {
    let _ = frame.remove_attribute("inert");
    let _ = frame.remove_attribute("aria-hidden");
    let _ = frame.class_list().add_1("kiosk-swap-shown");
    // Focus moves into the frame: keys and touches now reach its page.
    let _ = frame.focus();
    FRAMES.with(|f| {
        let mut f = f.borrow_mut();
        f.opening = None;
        f.covered = f.shown.replace(frame);
        f.settle = true;
    });
    // This page's tour, timers and update checks stop: the frame runs its own.
    super::stop();
    later(SETTLE_MS);
}

fn tick() {
    // Once a new frame has been painted: the frame it covers goes, and this page's
    // own kiosk is hidden so that it no longer paints (style/modes.css).
    let settle = FRAMES.with(|f| {
        let mut f = f.borrow_mut();
        std::mem::take(&mut f.settle).then(|| f.covered.take())
    });
    if let Some(covered) = settle {
        if let Some(old) = covered {
            old.remove();
        }
        let _ = dom::set_root_attr("data-kiosk-swap", "shown");
    }
    poll();
}

/// Runs `tick` in `ms` (a window always has timers).
fn later(ms: i32) {
    if let Ok(w) = dom::window() {
        TICK.with(|cb| {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(cb.as_ref().unchecked_ref(), ms);
        });
    }
}
