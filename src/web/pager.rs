//! The pager of an embed of one long visual (results, countries, testimonies):
//! what fits one phone screen is shown, with "Previous" and "Next" and where the
//! page stands. The split itself is `render::pages`; this module measures the
//! page and writes the pager.

use super::{app, dom};
use crate::core::Lang;
use crate::i18n::Msg;
use crate::render::pages::{split_heights, Paging, MIN_ROWS_CSS, SCREEN_CSS};
use crate::render::Chart;
use crate::state::{Action, Mode, Store, View};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

/// How an embed pages one long view: the chart it pages (None: the testimonies,
/// in the page's HTML), the view's heading (where focus goes when the pager it was
/// on goes away), and the pager's words for a page of one row and of several.
struct Pages {
    chart: Option<Chart>,
    heading: &'static str,
    one: Msg,
    many: Msg,
}

/// The one place that says which views are paged and how.
fn pages_of(view: View) -> Option<Pages> {
    Some(match view {
        View::Results => Pages {
            chart: Some(Chart::Results),
            heading: "results-title",
            one: Msg::PagerResult,
            many: Msg::PagerResults,
        },
        View::Countries => Pages {
            chart: Some(Chart::Countries),
            heading: "countries-title",
            one: Msg::PagerCountry,
            many: Msg::PagerCountries,
        },
        View::Stories => {
            Pages { chart: None, heading: "voices-title", one: Msg::PagerStory, many: Msg::PagerStories }
        }
        View::Map | View::Counters | View::Years => return None,
    })
}

/// The view an embed pages, if it shows one long visual alone. Embeds load the
/// visitor's wasm, never the kiosk's, which leaves the pager out.
pub fn paged(s: &Store) -> Option<View> {
    if cfg!(feature = "kiosk") {
        return None;
    }
    let view = s.state.view.filter(|_| s.state.mode == Mode::Embed)?;
    pages_of(view).map(|_| view)
}

/// The chart an embed pages, if any.
pub fn paged_chart(s: &Store) -> Option<Chart> {
    pages_of(paged(s)?)?.chart
}

/// The first row to show when an embed opens: the row of the country its link
/// selects, so that the country the link is about is on screen.
pub fn start_row(s: &Store) -> Option<usize> {
    let country = s.state.country.as_deref()?;
    (paged(s)? == View::Countries).then(|| crate::render::countries::row_of(&s.dataset, country))?
}

/// The height in CSS px the rows of a page may take: one screen, less what the
/// rest of the embed takes around `block` (the element holding the rows). A table
/// the visitor opened does not count: it is theirs to read, not the page's frame.
/// Reads the layout: call it where the page is measured anyway.
pub fn budget(block: &web_sys::Element) -> Result<f64, JsValue> {
    let doc = dom::document()?;
    let root = doc.document_element().ok_or_else(|| JsValue::from_str("no root"))?;
    let mut rest = root.get_bounding_client_rect().height() - block.get_bounding_client_rect().height();
    let opened = doc.query_selector_all("main details[open]")?;
    for i in 0..opened.length() {
        let Some(d) = opened.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let summary = d.query_selector("summary")?.map_or(0.0, |s| s.get_bounding_client_rect().height());
        rest -= d.get_bounding_client_rect().height() - summary;
    }
    Ok((SCREEN_CSS - rest).max(MIN_ROWS_CSS))
}

/// Shows the testimonies of the page holding `first_row`, measured at the width
/// they are shown: all are laid out once to measure them, then the others hidden.
pub fn page_stories(first_row: usize) -> Result<Option<Paging>, JsValue> {
    let figures = dom::by_id("testimonies")?.query_selector_all("figure")?;
    let figures: Vec<HtmlElement> =
        (0..figures.length()).filter_map(|i| figures.item(i)?.dyn_into().ok()).collect();
    for f in &figures {
        f.set_hidden(false);
    }
    let block = dom::by_id("testimonies")?;
    // Measured as they are, not as tall as the last split's tallest page.
    hold(&block, None)?;
    let budget = budget(&block)?;
    // Each testimony's share of the block: from its top to the next one's.
    let tops: Vec<f64> = figures.iter().map(|f| f.get_bounding_client_rect().top()).collect();
    let bottom = block.get_bounding_client_rect().bottom();
    let heights: Vec<f64> =
        tops.iter().enumerate().map(|(i, top)| tops.get(i + 1).copied().unwrap_or(bottom) - top).collect();
    let pages = split_heights(&heights, budget);
    let paging = Paging::at(&pages, first_row);
    if let Some(p) = &paging {
        for (i, f) in figures.iter().enumerate() {
            f.set_hidden(!p.shown.contains(&i));
        }
    }
    let tallest = pages.iter().map(|p| heights[p.clone()].iter().sum::<f64>()).fold(0.0, f64::max);
    hold(&block, paging.as_ref().map(|_| tallest))?;
    Ok(paging)
}

/// Keeps `block` as tall as the tallest page (`None`: as tall as it is), so the
/// embed keeps its height and the pager's buttons stay under the finger from one
/// page to the next.
pub fn hold(block: &web_sys::Element, tallest_css: Option<f64>) -> Result<(), JsValue> {
    let style = block.dyn_ref::<HtmlElement>().ok_or_else(|| JsValue::from_str("not an element"))?.style();
    match tallest_css {
        Some(h) => style.set_property("min-height", &format!("{}px", h.ceil())),
        None => style.remove_property("min-height").map(|_| ()),
    }
}

/// Lays the pager out before the page is measured, so the room it takes counts
/// (`fill` hides it again when everything fits on one page).
pub fn reserve() -> Result<(), JsValue> {
    dom::by_id("pager")?.set_hidden(false);
    Ok(())
}

/// Writes the pager for `view` at `paging` under the view's rows, or hides it.
/// Focus on a button that this disables or hides (the last page reached, or a
/// wider frame where everything fits) moves to the other button, else to the
/// view's heading, never to the page's start.
pub fn fill(view: Option<View>, paging: Option<&Paging>, lang: Lang) -> Result<(), JsValue> {
    let pager = dom::by_id("pager")?;
    let Some(how) = view.and_then(pages_of) else {
        pager.set_hidden(true);
        return Ok(());
    };
    let block = match how.chart {
        Some(chart) => super::canvas::holder(chart.canvas_id())?,
        None => dom::by_id("testimonies")?.into(),
    };
    if block.next_element_sibling().as_ref() != Some(pager.as_ref()) {
        block.after_with_node_1(&pager)?;
    }
    let had_focus = dom::focused().map(|e| e.id()).filter(|id| id.starts_with("pager-"));
    pager.set_hidden(paging.is_none());
    if let Some(p) = paging {
        dom::set_text("pager-at", &p.words(how.one, how.many, lang))?;
        for (id, row) in [("pager-prev", p.prev), ("pager-next", p.next)] {
            let b = dom::by_id(id)?;
            match row {
                Some(r) => {
                    b.set_attribute("data-row", &r.to_string())?;
                    b.remove_attribute("disabled")?;
                }
                None => {
                    b.remove_attribute("data-row")?;
                    b.set_attribute("disabled", "")?;
                }
            }
        }
    }
    if let Some(id) = had_focus {
        let usable =
            |id: &str| dom::by_id(id).ok().filter(|b| !b.has_attribute("disabled") && !dom::is_hidden(b));
        if usable(&id).is_none() {
            let other = if id == "pager-next" { "pager-prev" } else { "pager-next" };
            let target = match usable(other) {
                Some(b) => b,
                None => {
                    let h = dom::by_id(how.heading)?;
                    h.set_attribute("tabindex", "-1")?;
                    h
                }
            };
            target.focus()?;
        }
    }
    Ok(())
}

/// A pager button shows its page (`fill` keeps focus). Opening or closing the
/// results as text changes what the rest of the embed takes: the rows are split
/// again.
pub fn wire() -> Result<(), JsValue> {
    for id in ["pager-prev", "pager-next"] {
        let button = dom::by_id(id)?;
        super::events::keep(gloo_events::EventListener::new(&button, "click", move |_| {
            let row = dom::by_id(id).ok().and_then(|b| b.get_attribute("data-row")?.parse().ok());
            if let Some(row) = row {
                app::dispatch(Action::ShowPage(row));
            }
        }));
    }
    let text_view = dom::by_id("results-text-view")?;
    super::events::keep(gloo_events::EventListener::new(&text_view, "toggle", |_| {
        if app::with(|a| paged(&a.store).is_some()) == Some(true) {
            app::dispatch(Action::Resize);
        }
    }));
    Ok(())
}
