//! The running page: the dataset, the view state, and the one way to change it
//! (`dispatch`), which updates the state, redraws and records the URL.
//!
//! Actions wait in a queue and are applied one at a time: an action dispatched
//! while another is being applied (an event fired by a redraw) or before start-up
//! runs after it, instead of finding the app borrowed and being lost.

use super::{charts, detail, dom, pager, text, url, year_pick};
use crate::core::Lang;
use crate::i18n::metric_label;
use crate::model::{Dataset, Metric};
use crate::render::describe::selection_announcement;
use crate::state::{update, Action, History, Redraw, Store};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use wasm_bindgen::JsValue;

pub struct App {
    /// The dataset and the view: what everything is drawn from, changed only by
    /// `dispatch` (through `state::update`).
    pub store: Store,
    /// The language the browser asked for, used when the URL names none.
    pub detected_lang: Lang,
    /// Last drawn charts, for hit-testing.
    pub drawn: Vec<charts::Drawn>,
    /// The map, once its geometry has loaded (the page works without it).
    pub map: Option<super::map::MapState>,
}

impl App {
    pub fn lang(&self) -> Lang {
        self.store.state.lang.unwrap_or(self.detected_lang)
    }
}

thread_local! {
    static APP: RefCell<Option<App>> = const { RefCell::new(None) };
    /// Actions not yet applied, oldest first.
    static QUEUE: RefCell<VecDeque<Action>> = const { RefCell::new(VecDeque::new()) };
    /// Whether `drain` is applying actions (it then picks up new ones itself).
    static DRAINING: Cell<bool> = const { Cell::new(false) };
}

/// When `render` draws the charts.
#[derive(Clone, Copy, PartialEq)]
enum Charts {
    Now,
    /// In a task of their own after this one (see `apply`), except on a kiosk
    /// (no page charts) and in an embed that pages its visual (its pager is
    /// measured with its chart: drawn together).
    NextTask,
    /// In the next task when none is on the first screen: the page's first view
    /// is drawn, and answers, before what is below the fold.
    NextTaskIfBelowFold,
}

/// Installs the app, draws the whole page (the standalone page's charts below the
/// fold in the next task), then applies any action dispatched before it was ready.
pub fn start(app: App) -> Result<(), JsValue> {
    APP.with(|a| *a.borrow_mut() = Some(app));
    let drawn = render(Redraw::Everything, Charts::NextTaskIfBelowFold);
    drain();
    drawn
}

/// Whether the first chart's card starts below the window. Read after the page
/// was laid out for drawing (`note_drawn_sizes`), so it costs no layout.
fn charts_below_fold() -> Result<bool, JsValue> {
    let top = dom::by_id("results-section")?.get_bounding_client_rect().top();
    Ok(top >= dom::window()?.inner_height()?.as_f64().unwrap_or(0.0))
}

/// Runs `f` on the app, to read it (changes go through `dispatch`). None before
/// start-up, and when the app is already borrowed: `f` may not call `with` (use
/// `dispatch`, which queues), and the nested call is reported in the console
/// instead of passing unseen.
pub fn with<R>(f: impl FnOnce(&mut App) -> R) -> Option<R> {
    APP.with(|a| match a.try_borrow_mut() {
        Ok(mut g) => g.as_mut().map(f),
        Err(_) => {
            web_sys::console::error_1(
                &"app::with called while the app is in use; the call was skipped".into(),
            );
            None
        }
    })
}

/// Draws what `how` asks for: the map's overlay, or every drawing (each compares
/// its key with its last drawing), or also every word; the charts when `charts`
/// says.
fn render(how: Redraw, charts: Charts) -> Result<(), JsValue> {
    with(|app| {
        let lang = app.lang();
        let look = charts::look(app.store.state.mode);
        if how == Redraw::Overlay {
            return match app.map.as_ref() {
                Some(m) => super::map::draw_overlay(m, &app.store, &look.theme()),
                None => Ok(()),
            };
        }
        let full = how == Redraw::Everything;
        let store = &app.store;
        let d = &store.dataset;
        if full {
            text::fill_ui(lang)?;
            text::fill_dataset(d, lang)?;
            // Their rows are written with the charts (below).
            detail::show_tables(d)?;
        }
        // The kiosk shows its own scenes: the page's panel and year picker are not
        // on its screen, and filling them would cost every scene change.
        if store.state.mode != crate::state::Mode::Kiosk {
            detail::fill(d, store.generation, store.state.country.as_deref(), lang)?;
            year_pick::fill(d, store.state.years, lang)?;
        }
        if store.state.mode == crate::state::Mode::Embed {
            let link = dom::by_id("full-page-link")?;
            link.set_attribute("href", &super::embed::full_page_href(&store.state)?)?;
        }
        if full {
            fill_metric_select(d, super::map::metric(&store.state), lang)?;
        }
        // Shaded countries or circles: offered when there are figures per country.
        dom::by_id("encoding-pick")?.set_hidden(d.by_country.is_empty());
        {
            use wasm_bindgen::JsCast;
            let select: web_sys::HtmlSelectElement = dom::by_id("encoding-select")?.dyn_into()?;
            select.set_value(super::map::encoding(&store.state, d).key());
        }
        if app.map.is_some() {
            super::map::fill_toggle(store.extent, lang)?;
        }
        let paged = pager::paged(store);
        if paged.is_some() {
            pager::reserve()?;
        }
        // The sizes the drawings below are made for. This read lays the page out
        // after the writes above; the charts' own reads then cost nothing, and the
        // map takes its size from it.
        let mode = store.state.mode;
        super::note_drawn_sizes(mode);
        // Only the standalone page scrolls to its charts; an embed shows one visual
        // (its pager is measured with its chart) and a kiosk has none. The check
        // sees the map's frame at its reserved height, before `map::draw` sets its
        // own: a chart card at the fold's edge may wait one task, or not.
        let later = match charts {
            Charts::Now => false,
            Charts::NextTask => mode != crate::state::Mode::Kiosk && paged.is_none(),
            Charts::NextTaskIfBelowFold => {
                mode == crate::state::Mode::Standalone && charts_below_fold().unwrap_or(false)
            }
        };
        let drawn = if later {
            self::later(if full { CHARTS | TABLES } else { CHARTS });
            Ok(())
        } else {
            let drawn = draw_charts(app);
            // After the charts, whose size reads would otherwise lay out the rows.
            let rows = if full { detail::fill_tables(&app.store.dataset, lang) } else { Ok(()) };
            drawn.and(rows)
        };
        // The map after the charts: it reads no size (it takes the one measured
        // above), so the charts' writes do not make the browser lay the page out
        // again. A chart that failed does not keep the map from being drawn.
        let map = match app.map.as_mut() {
            Some(m) => super::map::draw(m, &app.store, lang),
            None => Ok(()),
        };
        drawn.and(map)
    })
    .unwrap_or(Ok(()))
}

/// Draws the charts (and an embed's pager). The kiosk shows its figures on its own
/// scenes, not in the page's charts. Not inlined: it has two callers, and a copy
/// in each cost 0.9 KiB gzip.
#[inline(never)]
fn draw_charts(app: &mut App) -> Result<(), JsValue> {
    let lang = app.lang();
    let store = &app.store;
    if store.state.mode == crate::state::Mode::Kiosk {
        return Ok(());
    }
    let paged = pager::paged(store);
    let prev = std::mem::take(&mut app.drawn);
    let (drawn, mut paging) = charts::draw_all(store, lang, prev)?;
    app.drawn = drawn;
    if paged == Some(crate::state::View::Stories) {
        paging = pager::page_stories(store.first_row)?;
    }
    pager::fill(paged, paging.as_ref(), lang)
}

/// What `later` may leave for the next task: the charts, the tables' rows.
const CHARTS: u8 = 1;
const TABLES: u8 = 2;

/// Draws the charts (and writes the tables' rows) in a task of their own, once,
/// whatever asks meanwhile: a new size redraws the map and three charts (about 50
/// ms on a desktop, far more on a phone), and in two tasks the page can answer a
/// tap between them. Meanwhile `<html data-charts="due">` says so (tests wait for
/// it to go; no style reads it).
fn later(what: u8) {
    thread_local! {
        static DUE: Cell<u8> = const { Cell::new(0) };
    }
    if DUE.with(|d| d.replace(d.get() | what)) != 0 {
        return;
    }
    let run = wasm_bindgen::closure::Closure::once_into_js(|| {
        let due = DUE.with(|d| d.replace(0));
        let done = with(|app| {
            let drawn = draw_charts(app);
            let rows = match due & TABLES {
                0 => Ok(()),
                _ => detail::fill_tables(&app.store.dataset, app.lang()),
            };
            drawn.and(rows)
        });
        if let Some(Err(e)) = done {
            web_sys::console::error_1(&e);
        }
        let _ = dom::remove_root_attr("data-charts");
    });
    let scheduled = dom::window().and_then(|w| {
        use wasm_bindgen::JsCast;
        w.set_timeout_with_callback_and_timeout_and_arguments_0(run.unchecked_ref(), 0)
    });
    match scheduled {
        Ok(_) => drop(dom::set_root_attr("data-charts", "due")),
        Err(e) => {
            DUE.with(|d| d.set(0));
            web_sys::console::error_1(&e);
        }
    }
}

/// The map's metric choice, offered only when the dataset publishes per-country figures.
fn fill_metric_select(d: &Dataset, chosen: Metric, lang: Lang) -> Result<(), JsValue> {
    use wasm_bindgen::JsCast;
    dom::by_id("metric-pick")?.set_hidden(d.by_country.is_empty());
    let select: web_sys::HtmlSelectElement = dom::by_id("metric-select")?.dyn_into()?;
    select.set_text_content(None);
    for m in Metric::ALL {
        let o = dom::append(&select, "option", None, Some(metric_label(m, lang)))?;
        o.set_attribute("value", m.key())?;
        if m == chosen {
            o.set_attribute("selected", "")?;
        }
    }
    Ok(())
}

/// Applies a visitor's action (state, redraw, URL, announcement, and focus when
/// the focused control went away) after those dispatched before it.
pub fn dispatch(action: Action) {
    QUEUE.with(|q| q.borrow_mut().push_back(action));
    drain();
}

/// Applies queued actions in order, unless that is already under way further up
/// the stack (it will reach them), the app is not started yet (`start` drains),
/// or the caller holds the app (the queue is drained once the current task ends).
fn drain() {
    if DRAINING.with(|d| d.get()) {
        return;
    }
    let ready = APP.with(|a| a.try_borrow().map(|g| g.is_some()));
    match ready {
        Ok(true) => {}
        Ok(false) => return,
        Err(_) => {
            wasm_bindgen_futures::spawn_local(async { drain() });
            return;
        }
    }
    DRAINING.with(|d| d.set(true));
    while let Some(action) = QUEUE.with(|q| q.borrow_mut().pop_front()) {
        apply(action);
    }
    DRAINING.with(|d| d.set(false));
}

fn apply(action: Action) {
    let focused = dom::focused();
    let before = with(|app| app.store.state.country.clone()).flatten();
    // A visitor's choice of country on a kiosk shows that country's scene.
    #[cfg(feature = "kiosk")]
    let chosen = matches!(action, Action::Select(_) | Action::Toggle(_));
    // A new size draws the map now and the charts in the next task, so that no
    // one task holds the page for both (the benchmark's longest task after ready
    // was this redraw).
    let charts = if matches!(action, Action::Resize) { Charts::NextTask } else { Charts::Now };
    let Some(outcome) = with(|app| update(&mut app.store, action)) else { return };
    if outcome.redraw != Redraw::Nothing {
        if let Err(e) = render(outcome.redraw, charts) {
            web_sys::console::error_1(&e);
        }
    }
    let replace = match outcome.history {
        History::Keep => None,
        History::Push => Some(false),
        History::Replace => Some(true),
    };
    if let Some(replace) = replace {
        if let Some(Err(e)) = with(|app| url::write(&app.store.state, replace)) {
            web_sys::console::error_1(&e);
        }
    }
    if outcome.announce {
        with(|app| {
            let s = &app.store.state;
            let words = selection_announcement(
                &app.store.dataset,
                s.country.as_deref(),
                s.years,
                s.metric,
                app.lang(),
            );
            dom::announce(&words)
        });
    }
    keep_focus(focused, before);
    #[cfg(feature = "kiosk")]
    if chosen && with(|app| app.store.state.mode) == Some(crate::state::Mode::Kiosk) {
        super::kiosk::after_dispatch();
    }
}

/// After an action hid or replaced the focused control (a country button, "Show
/// the whole programme"), focus goes to what took its place, never to the page's
/// start (WCAG 2.4.3): the button of the country just left, the "Show the whole
/// programme" button after choosing a country, else the panel's heading.
pub fn keep_focus(focused: Option<web_sys::HtmlElement>, country_before: Option<String>) {
    let Some(was) = focused else { return };
    if !dom::is_hidden(&was) {
        return;
    }
    let country = with(|app| app.store.state.country.clone()).flatten();
    let country_button = |iso: &str| {
        dom::document()
            .ok()
            .and_then(|d| d.query_selector(&format!("#detail-body [data-country=\"{iso}\"]")).ok().flatten())
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    };
    let target = match (&country, &country_before) {
        (None, Some(prev)) => country_button(prev),
        (Some(_), _) => dom::by_id("clear-selection").ok(),
        // The buttons were made again with the selection unchanged (another
        // language or dataset): the same country's new button.
        _ => was.get_attribute("data-country").and_then(|iso| country_button(&iso)),
    };
    let target = target.filter(|t| !dom::is_hidden(t)).or_else(|| dom::by_id("detail-title").ok());
    if let Some(t) = target {
        let _ = t.focus();
    }
}
