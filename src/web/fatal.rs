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

/// A panic must never leave a blank or frozen page: log it and show the error state.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| report_panic(&info.to_string())));
}

/// What the panic hook does with a panic's message.
pub fn report_panic(msg: &str) {
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
