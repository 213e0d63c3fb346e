//! Fetching data files relative to the page, so dist/ works from any sub-folder.

use super::dom;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// Fetches `path` (relative to the page) as text; an HTTP error becomes a message
/// naming the file and the status.
pub async fn text(path: &str) -> Result<String, String> {
    let window = dom::window().map_err(|e| dom::describe(&e))?;
    let resp: Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|e| format!("Could not load {path}: {}", dom::describe(&e)))?
        .dyn_into()
        .map_err(|_| format!("Could not load {path}"))?;
    if !resp.ok() {
        return Err(format!(
            "Could not load {path}: the server answered {} {}",
            resp.status(),
            resp.status_text()
        ));
    }
    let body = resp.text().map_err(|e| dom::describe(&e))?;
    JsFuture::from(body)
        .await
        .map_err(|e| format!("Could not read {path}: {}", dom::describe(&e)))?
        .as_string()
        .ok_or_else(|| format!("{path} is not text"))
}
