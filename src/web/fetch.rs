//! Fetching data files relative to the page, so dist/ works from any sub-folder.

use super::dom;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// A request already on its way, to be read later: lets files that do not depend on
/// each other load at the same time.
pub struct Pending {
    path: String,
    request: Result<js_sys::Promise, String>,
}

/// Starts fetching `path` now.
pub fn start(path: &str) -> Pending {
    let request = dom::window().map(|w| w.fetch_with_str(path)).map_err(|e| dom::describe(&e));
    Pending { path: path.to_owned(), request }
}

/// Starts fetching `path` with the HTTP cache mode `cache`.
fn start_with(path: &str, cache: web_sys::RequestCache) -> Pending {
    let init = web_sys::RequestInit::new();
    init.set_cache(cache);
    let request =
        dom::window().map(|w| w.fetch_with_str_and_init(path, &init)).map_err(|e| dom::describe(&e));
    Pending { path: path.to_owned(), request }
}

/// Starts fetching `path` again from the server, past the browser's HTTP cache,
/// and updates the cached copy with the answer.
pub fn start_reloaded(path: &str) -> Pending {
    start_with(path, web_sys::RequestCache::Reload)
}

/// Fetches `path` past the browser's HTTP cache (the service worker still answers
/// from its copy when the network fails): for a kiosk asking whether the server has
/// something new.
#[cfg(feature = "kiosk")]
pub async fn fresh(path: &str) -> Result<String, String> {
    start_with(path, web_sys::RequestCache::NoStore).text().await
}

/// Fetches `path` (relative to the page) as text; an HTTP error becomes a message
/// naming the file and the status.
pub async fn text(path: &str) -> Result<String, String> {
    start(path).text().await
}

/// Fetches `path` and parses it with the browser's JSON parser into `T`
/// (serde-wasm-bindgen), so the page carries no JSON parser of its own for it.
pub async fn json<T: serde::de::DeserializeOwned>(path: &str) -> Result<T, String> {
    start(path).json().await
}

/// Reads `text`, fetched from `path`, with the browser's JSON parser into `T`.
pub fn parse_json<T: serde::de::DeserializeOwned>(path: &str, text: &str) -> Result<T, String> {
    let value = js_sys::JSON::parse(text).map_err(|e| format!("{path}: JSON: {}", dom::describe(&e)))?;
    serde_wasm_bindgen::from_value(value).map_err(|e| format!("{path}: {e}"))
}

impl Pending {
    /// The response body as text, once it has arrived.
    pub async fn text(self) -> Result<String, String> {
        let path = self.path;
        let resp = response(&path, self.request?).await?;
        let body = resp.text().map_err(|e| dom::describe(&e))?;
        JsFuture::from(body)
            .await
            .map_err(|e| format!("{path}: {}", dom::describe(&e)))?
            .as_string()
            .ok_or_else(|| format!("{path} is not text"))
    }

    /// The response body as bytes (the binary map geometry), once it has arrived.
    pub async fn bytes(self) -> Result<Vec<u8>, String> {
        let path = self.path;
        let resp = response(&path, self.request?).await?;
        let body = resp.array_buffer().map_err(|e| dom::describe(&e))?;
        let buffer = JsFuture::from(body).await.map_err(|e| format!("{path}: {}", dom::describe(&e)))?;
        Ok(js_sys::Uint8Array::new(&buffer).to_vec())
    }

    /// The response body read as JSON into `T`, once it has arrived.
    pub async fn json<T: serde::de::DeserializeOwned>(self) -> Result<T, String> {
        let path = self.path;
        let body = response(&path, self.request?).await?.json().map_err(|e| dom::describe(&e))?;
        let value = JsFuture::from(body).await.map_err(|e| format!("{path}: JSON: {}", dom::describe(&e)))?;
        serde_wasm_bindgen::from_value(value).map_err(|e| format!("{path}: {e}"))
    }
}

async fn response(path: &str, request: js_sys::Promise) -> Result<Response, String> {
    let resp: Response = JsFuture::from(request)
        .await
        .map_err(|e| format!("{path}: {}", dom::describe(&e)))?
        .dyn_into()
        .map_err(|_| path.to_owned())?;
    if !resp.ok() {
        return Err(format!("{path}: HTTP {} {}", resp.status(), resp.status_text()));
    }
    Ok(resp)
}
