//! The view's state in the page URL: read at start and on Back/Forward, written on
//! every change, so a link reproduces what the visitor saw.

use super::dom;
use crate::state::AppState;
use wasm_bindgen::JsValue;
use web_sys::UrlSearchParams;

/// The state encoded in the current URL's query.
pub fn read() -> AppState {
    let Some(params) = dom::window()
        .ok()
        .and_then(|w| w.location().search().ok())
        .and_then(|s| UrlSearchParams::new_with_str(&s).ok())
    else {
        return AppState::default();
    };
    let pairs: Vec<(String, String)> =
        ["data", "lang", "mode", "country", "metric", "year", "view", "map", "qr"]
            .into_iter()
            .filter_map(|k| params.get(k).map(|v| (k.to_owned(), v)))
            .collect();
    AppState::from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// The page URL for `state` (relative: `?…`, or `./` when all defaults).
pub fn href(state: &AppState) -> Result<String, JsValue> {
    let params = UrlSearchParams::new()?;
    for (k, v) in state.to_query() {
        params.append(k, &v);
    }
    let q: String = params.to_string().into();
    Ok(if q.is_empty() { "./".to_owned() } else { format!("?{q}") })
}

/// Records `state` in the history: a new entry (Back returns to the previous
/// view) or, for `replace`, an update of the current one.
pub fn write(state: &AppState, replace: bool) -> Result<(), JsValue> {
    let url = href(state)?;
    let window = dom::window()?;
    // Replacing the address with itself still costs a history update (4–5 ms on a
    // kiosk player, at every scene of the tour, whose address stays the same).
    let search = window.location().search()?;
    if replace && (url == search || (url == "./" && search.is_empty())) {
        return Ok(());
    }
    let history = window.history()?;
    if replace {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    }
}

/// Absolute address of the current view, for sharing.
pub fn absolute(state: &AppState) -> Result<String, JsValue> {
    let base = dom::window()?.location().href()?;
    let url = web_sys::Url::new_with_base(&href(state)?, &base)?;
    Ok(url.href())
}

/// One query parameter of the current URL (the kiosk's `qr`).
#[cfg(feature = "kiosk")]
pub fn param(name: &str) -> Option<String> {
    let search = dom::window().ok()?.location().search().ok()?;
    UrlSearchParams::new_with_str(&search).ok()?.get(name)
}
