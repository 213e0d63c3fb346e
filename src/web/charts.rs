//! Draws every chart canvas from the app state, and remembers each layout for
//! hit-testing pointer events.

use super::canvas;
use super::dom;
use crate::core::Lang;
use crate::redraw::{ChartKey, Frame, Look};
use crate::render::pages::{split, Paging};
use crate::render::{Chart, ChartView, Layout};
use crate::state::{AppState, Mode, Store};
use wasm_bindgen::JsValue;

/// A drawn chart: its layout (device px), the pixel ratio used, and the inputs it
/// was drawn from (so an unchanged chart is not drawn again).
pub struct Drawn {
    pub chart: Chart,
    pub layout: Layout,
    pub dpr: f64,
    pub key: ChartKey,
}

/// Colours and type sizes for the mode and the reader's colour scheme.
/// On the page, chart text follows the reader's font size (the root's).
pub fn look(mode: Mode) -> Look {
    Look::new(mode, dom::prefers_dark()).with_font(dom::root_font_px())
}

/// The part of the visitor's view the charts show.
pub fn view(state: &AppState) -> ChartView<'_> {
    ChartView { country: state.country.as_deref(), years: state.years, rows: None }
}

/// Draws `chart` in its measured container `frame` unless `prev` holds a drawing
/// of it from the same inputs; says whether it drew.
fn draw_once(
    prev: &mut Vec<Drawn>,
    chart: Chart,
    frame: Frame,
    key: impl FnOnce(Frame) -> ChartKey,
    look: Look,
    layout_fn: impl Fn(f64, f64) -> Layout,
) -> Result<(Drawn, bool), JsValue> {
    let id = chart.canvas_id();
    let key = key(frame);
    if let Some(i) = prev.iter().position(|d| d.key == key) {
        return Ok((prev.swap_remove(i), false));
    }
    let (layout, dpr) = canvas::draw_in(id, frame.css_width, frame.dpr, &look.theme(), layout_fn)?;
    let centres =
        layout.targets.iter().map(|(r, id)| (id.as_str(), ((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0)));
    dom::set_points(id, "data-targets", centres, dpr)?;
    Ok((Drawn { chart, layout, dpr, key }, true))
}

/// Draws the results, per-country and per-year charts; a chart whose data the
/// dataset does not publish is replaced by a one-line note. An embed of one long
/// chart draws the page of its rows that fits one screen, and says which.
pub fn draw_all(
    store: &Store,
    lang: Lang,
    mut prev: Vec<Drawn>,
) -> Result<(Vec<Drawn>, Option<Paging>), JsValue> {
    let (d, state, generation) = (&store.dataset, &store.state, store.generation);
    let mut look = look(state.mode);
    // One visual alone in an embed: tighter type, so it fits a phone where it can.
    look.compact = state.mode == Mode::Embed && state.view.is_some();
    let view = view(state);
    let mut shown = Vec::new();
    for chart in Chart::ALL {
        let id = chart.canvas_id();
        let published = chart.published(d);
        if let Some((note, text)) = chart.note(d, view, lang) {
            dom::set_text(note, &text)?;
            canvas::holder(id)?.toggle_attribute_with_force("hidden", !published)?;
            if let Some(b) = dom::document()?.query_selector(&format!("[data-png=\"{id}\"]"))? {
                b.toggle_attribute_with_force("hidden", !published)?;
            }
        }
        if published {
            shown.push(chart);
        }
    }
    // Every container measured in one layout of the page, then every chart drawn
    // (writes only), then every text layer fitted in one more layout: reading a
    // size after each chart's writes would lay the whole page out again each time.
    let frames = shown
        .iter()
        .map(|c| {
            canvas::frame(c.canvas_id()).map(|(css_width, css_height, dpr)| Frame {
                css_width,
                css_height,
                dpr,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let paged = super::pager::paged_chart(store).filter(|c| shown.contains(c));
    let budget = match paged {
        Some(c) => Some(super::pager::budget(&canvas::holder(c.canvas_id())?)?),
        None => None,
    };
    let mut paging = None;
    let mut drawn = Vec::new();
    let mut to_fit = Vec::new();
    for (&chart, frame) in shown.iter().zip(frames) {
        let mut view = view;
        let mut tallest = 0.0;
        if let (Some(budget), true) = (budget, paged == Some(chart)) {
            let (w, sizes) = (frame.css_width * frame.dpr, look.sizes().scaled(frame.dpr));
            let height = |r: std::ops::Range<usize>| {
                let v = ChartView { rows: Some((r.start, r.end)), ..view };
                chart.layout(d, v, lang, w, sizes).map_or(0.0, |l| l.height)
            };
            let pages = split(chart.rows(d).unwrap_or(0), budget * frame.dpr, height);
            paging = Paging::at(&pages, store.first_row);
            view.rows = paging.as_ref().map(|p| (p.shown.start, p.shown.end));
            // Every page is drawn as tall as the tallest, so the embed keeps its
            // height and the pager stays under the finger from page to page.
            if paging.is_some() {
                tallest = pages.iter().map(|p| height(p.clone())).fold(0.0, f64::max);
            }
        }
        let key = |frame| ChartKey::new(chart, frame, generation, lang, look, view);
        let (drawing, fresh) = draw_once(&mut prev, chart, frame, key, look, |w, k| {
            let mut l = chart.layout(d, view, lang, w, look.sizes().scaled(k)).unwrap_or_default();
            l.height = l.height.max(tallest);
            l
        })?;
        if fresh {
            to_fit.push((chart.canvas_id(), frame.css_width));
        }
        drawn.push(drawing);
    }
    for (id, css_width) in to_fit {
        canvas::fit_text_layer(id, css_width)?;
    }
    Ok((drawn, paging))
}
