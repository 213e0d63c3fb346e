//! The running page: the dataset, the view state, and the one way to change it
//! (`dispatch`), which updates the state, redraws and records the URL.

use super::{charts, detail, dom, text, url};
use crate::i18n::metric_label;
use crate::model::{Dataset, Lang, Metric};
use crate::state::{update, Action, AppState};
use std::cell::RefCell;
use wasm_bindgen::JsValue;

pub struct App {
    pub dataset: Dataset,
    pub state: AppState,
    /// The language the browser asked for, used when the URL names none.
    pub detected_lang: Lang,
    /// Last drawn charts, for hit-testing.
    pub drawn: Vec<charts::Drawn>,
    /// The map, once its geometry has loaded (the page works without it).
    pub map: Option<super::map::MapState>,
}

impl App {
    pub fn lang(&self) -> Lang {
        self.state.lang.unwrap_or(self.detected_lang)
    }
}

thread_local! {
    static APP: RefCell<Option<App>> = const { RefCell::new(None) };
}

pub fn install(app: App) {
    APP.with(|a| *a.borrow_mut() = Some(app));
}

/// Runs `f` on the app if it is installed. Never call `dispatch` or `with` from
/// inside `f`: the app is borrowed for its duration.
pub fn with<R>(f: impl FnOnce(&mut App) -> R) -> Option<R> {
    APP.with(|a| a.try_borrow_mut().ok().and_then(|mut g| g.as_mut().map(f)))
}

/// Fills text (when `full`: everything language-dependent) and redraws all charts.
pub fn render(full: bool) -> Result<(), JsValue> {
    with(|app| {
        let lang = app.lang();
        let d = &app.dataset;
        if full {
            text::fill_ui(lang)?;
            text::fill_dataset(d, lang)?;
            detail::fill_table(d, lang)?;
            detail::fill_years_table(d, lang)?;
        }
        detail::fill(d, app.state.country.as_deref(), lang)?;
        if full {
            fill_metric_select(d, super::map::metric(&app.state), lang)?;
        }
        if let Some(m) = app.map.as_mut() {
            super::map::fill_toggle(m.extent, lang)?;
            super::map::draw(m, d, &app.state, lang)?;
        }
        let prev = std::mem::take(&mut app.drawn);
        app.drawn = charts::draw_all(d, &app.state, lang, prev)?;
        Ok(())
    })
    .unwrap_or(Ok(()))
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

/// Applies a visitor's action: state, redraw, URL, announcement.
pub fn dispatch(action: Action) {
    let full = matches!(action, Action::SetLang(_));
    let Some(true) = with(|app| update(&mut app.state, action)) else { return };
    if let Err(e) = render(full) {
        web_sys::console::error_1(&e);
    }
    if let Some(Err(e)) = with(|app| url::write(&app.state, false)) {
        web_sys::console::error_1(&e);
    }
    with(|app| dom::announce(&describe_selection(&app.dataset, &app.state, app.lang())));
}

/// What a screen reader hears after a selection change.
fn describe_selection(d: &Dataset, s: &AppState, lang: Lang) -> String {
    let place = s.country.as_deref().and_then(|c| d.country(c)).map(|c| c.name.get(lang).to_owned());
    let mut text =
        place.unwrap_or_else(|| crate::i18n::ui("detail-title", lang).unwrap_or_default().to_owned());
    if let Some((a, b)) = s.years {
        text.push_str(&if a == b { format!(", {a}") } else { format!(", {a}–{b}") });
    }
    if let Some(m) = s.metric.filter(|m| *m != Metric::Volunteers) {
        text.push_str(&format!(", {}", metric_label(m, lang)));
    }
    text
}
