//! The error state: a fatal problem (or a Rust panic) is shown in the page in
//! words, and `<html data-viz-state="error">` tells tests and monitors.

use super::dom;
use crate::core::Lang;
use crate::i18n::Msg;

/// Shows a fatal problem. Best effort: if even the DOM is unreachable there is
/// nothing left to show it with, so failures here are ignored.
pub fn show(lang: Lang, detail: &str) {
    let _ = dom::set_root_attr("data-viz-state", "error");
    if let Ok(status) = dom::cleared("status") {
        let _ = status.class_list().add_1("status-error");
        let _ = dom::append(&status, "strong", None, Some(Msg::ErrorTitle.text(lang)));
        // The detail is for the site's team: a file, a status, a format, the
        // browser's or a parser's own error, set apart in a code element that the
        // browser's translation leaves as it is. (Our own sentences, such as an
        // unknown dataset's, are already in the page's language.)
        if let Ok(d) = dom::append(&status, "code", Some("status-detail"), Some(detail)) {
            let _ = d.set_attribute("translate", "no");
        }
        let _ = dom::append(&status, "span", Some("status-hint"), Some(Msg::ErrorHint.text(lang)));
    }
}

/// A panic must never leave a blank or frozen page. The release build aborts at
/// once on a panic (`-Cpanic=immediate-abort`, scripts/build.sh: no panic messages,
/// formatting or hook in the file), so the panic reaches the page as a
/// `WebAssembly.RuntimeError`, and static/boot.js calls [`report_trap`] with it. A
/// debug build still has the panic's message: its hook gives it to the same
/// function.
pub fn install_panic_hook() {
    #[cfg(debug_assertions)]
    std::panic::set_hook(Box::new(|info| report_trap(&info.to_string())));
}

/// Logs a panic (or another trap of the wasm) and shows the error state in the
/// page's language. Called by static/boot.js for a `WebAssembly.RuntimeError`, and
/// by the debug build's panic hook.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn report_trap(msg: &str) {
    web_sys::console::error_1(&msg.into());
    // The app's state may be what panicked, so the language is read from the page
    // (`<html lang>`, set with the words).
    let lang = dom::document()
        .ok()
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default();
    show(lang, &format!("{}{} {msg}", Msg::InternalError.text(lang), crate::i18n::colon(lang)));
}
