//! The staff preview's worker: a wasm of its own (index.html builds it with trunk as
//! a web worker), started by the page only when staff pick a file to preview. It
//! holds the validator, the CSV and workbook readers and their messages, so the
//! visitor's page never downloads them.
//!
//! The page posts `{seq, json: File, tables: [File]}`; the worker reads the dataset
//! file, then only the table files it names (`model::preview`), and posts back the
//! [`Reply`](impact_atlas::model::preview::Reply) as JSON text. The files stay in
//! this browser: nothing is uploaded.

/// Run by wasm-bindgen's loader when the worker starts (a bin's `main` is not).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
fn start() {
    worker::listen();
}

/// Nothing to run outside a browser's worker: `start` is the entry point.
fn main() {}

#[cfg(target_arch = "wasm32")]
mod worker {
    use impact_atlas::core::Lang;
    use impact_atlas::model::file_text::MAX_FILE_BYTES;
    use impact_atlas::model::preview::{check, tables_to_read, Reply};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{DedicatedWorkerGlobalScope, File, MessageEvent};

    /// The worker's first message: it is listening.
    const READY: &str = impact_atlas::model::preview::READY;

    pub fn listen() {
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|e: MessageEvent| {
            wasm_bindgen_futures::spawn_local(answer(e.data()));
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // Serves for the worker's whole lifetime.
        on_message.forget();
        // A message posted before this point (while the wasm was loading) would have
        // found no listener: the page waits for this word before posting.
        if let Err(e) = scope.post_message(&JsValue::from_str(READY)) {
            web_sys::console::error_1(&e);
        }
    }

    async fn answer(request: JsValue) {
        let seq = get(&request, "seq").as_f64().map_or(0, |n| n as u32);
        let reply = run(seq, &request).await.unwrap_or_else(|failure| Reply {
            seq,
            failure: Some(failure),
            ..Reply::default()
        });
        let text = serde_json::to_string(&reply).unwrap_or_default();
        let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        if let Err(e) = scope.post_message(&JsValue::from_str(&text)) {
            web_sys::console::error_1(&e);
        }
    }

    fn get(obj: &JsValue, key: &str) -> JsValue {
        js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    }

    async fn run(seq: u32, request: &JsValue) -> Result<Reply, String> {
        let not_ours = || "the preview request could not be read".to_owned();
        let json: File = get(request, "json").dyn_into().map_err(|_| not_ours())?;
        let picked: Vec<File> = js_sys::Array::from(&get(request, "tables"))
            .iter()
            .map(|f| f.dyn_into::<File>().map_err(|_| not_ours()))
            .collect::<Result<_, _>>()?;
        let body = bytes(&json).await?;
        let names: Vec<String> = picked.iter().map(File::name).collect();
        let wanted = match tables_to_read(&body, &names) {
            Ok(wanted) => wanted,
            Err(needs) => return Ok(Reply { seq, needs, ..Reply::default() }),
        };
        let mut tables = Vec::with_capacity(wanted.len());
        for name in wanted {
            // The last file picked under a name is the one staff meant.
            if let Some(f) = picked.iter().rev().find(|f| f.name() == name) {
                tables.push((name, bytes(f).await?));
            }
        }
        // The page's language, for the messages (English when missing or unknown).
        let lang = get(request, "lang").as_string().and_then(|tag| Lang::from_tag(&tag)).unwrap_or_default();
        Ok(check(seq, lang, &json.name(), &body, &tables))
    }

    /// A file's bytes. The page has checked sizes already; a file that grew since
    /// is cut at the limit, and the validator then reports it as too large.
    async fn bytes(file: &File) -> Result<Vec<u8>, String> {
        let blob =
            file.slice_with_f64_and_f64(0.0, MAX_FILE_BYTES as f64 + 1.0).map_err(|_| read_failed(file))?;
        let buf = JsFuture::from(blob.array_buffer()).await.map_err(|_| read_failed(file))?;
        Ok(js_sys::Uint8Array::new(&buf).to_vec())
    }

    fn read_failed(file: &File) -> String {
        format!("{} could not be read by the browser", impact_atlas::core::printable(&file.name()))
    }
}
