//! Small DOM helpers. Dataset strings only ever reach the page through
//! `set_text_content`, never as markup.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement, Window};

pub fn window() -> Result<Window, JsValue> {
    web_sys::window().ok_or_else(|| JsValue::from_str("no window"))
}

pub fn document() -> Result<Document, JsValue> {
    window()?.document().ok_or_else(|| JsValue::from_str("no document"))
}

/// The element with `id`, or an error naming it (the HTML skeleton lacks it).
pub fn by_id(id: &str) -> Result<HtmlElement, JsValue> {
    document()?
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        .ok_or_else(|| JsValue::from_str(&format!("the page has no element #{id}")))
}

/// Sets an element's text, unless it already says that: writing the same text
/// replaces its text node all the same, and the browser then lays the page out
/// again at the next size read (a chart's note, rewritten with each redraw). Not
/// for a live region whose same words must be said again (`set_text_always`).
pub fn set_text(id: &str, text: &str) -> Result<(), JsValue> {
    let e = by_id(id)?;
    if e.text_content().as_deref() != Some(text) {
        e.set_text_content(Some(text));
    }
    Ok(())
}

/// A new element with text content and an optional class.
pub fn el(tag: &str, class: Option<&str>, text: Option<&str>) -> Result<Element, JsValue> {
    let e = document()?.create_element(tag)?;
    if let Some(c) = class {
        e.set_class_name(c);
    }
    if text.is_some() {
        e.set_text_content(text);
    }
    Ok(e)
}

/// Appends a new child element with text content; returns the child.
pub fn append(
    parent: &Element,
    tag: &str,
    class: Option<&str>,
    text: Option<&str>,
) -> Result<Element, JsValue> {
    let child = el(tag, class, text)?;
    parent.append_child(&child)?;
    Ok(child)
}

/// Appends `text` to `parent` as one `<p>` per paragraph (blank-line separated), so
/// staff's paragraph breaks show as breaks. `lead` starts the first paragraph (a
/// story's "Name: ").
pub fn append_paragraphs(parent: &Element, lead: &str, text: &str) -> Result<(), JsValue> {
    for (i, para) in crate::core::paragraphs(text).iter().enumerate() {
        let words = if i == 0 { format!("{lead}{para}") } else { para.clone() };
        append(parent, "p", None, Some(&words))?;
    }
    Ok(())
}

/// Appends a child holding dataset text in `lang`; a fallback to English is
/// marked `lang="en"`, so a screen reader reads it with English pronunciation
/// (WCAG 3.1.2) instead of reading English words as French or Spanish.
pub fn append_text(
    parent: &Element,
    tag: &str,
    class: Option<&str>,
    text: &crate::core::Text,
    lang: crate::core::Lang,
) -> Result<Element, JsValue> {
    let child = append(parent, tag, class, Some(text.get(lang)))?;
    mark_lang(&child, text.lang_of(lang), lang)?;
    Ok(child)
}

/// Sets `lang` on `e` when its text is in another language than the page's, and
/// removes it otherwise (the element may have held a fallback before).
pub fn mark_lang(e: &Element, text_lang: crate::core::Lang, page: crate::core::Lang) -> Result<(), JsValue> {
    if text_lang == page {
        e.remove_attribute("lang")
    } else {
        e.set_attribute("lang", text_lang.code())
    }
}

/// Sets the text of `id` to dataset text in `lang`, marking a fallback's language.
pub fn set_text_in(id: &str, text: &crate::core::Text, lang: crate::core::Lang) -> Result<(), JsValue> {
    let e = by_id(id)?;
    if e.text_content().as_deref() != Some(text.get(lang)) {
        e.set_text_content(Some(text.get(lang)));
    }
    mark_lang(&e, text.lang_of(lang), lang)
}

/// The focused element, if focus is on one (not on the page itself).
pub fn focused() -> Option<HtmlElement> {
    let doc = document().ok()?;
    let active = doc.active_element()?.dyn_into::<HtmlElement>().ok()?;
    let body = doc.body()?;
    (active != body).then_some(active)
}

/// Whether an element is gone or hidden (itself or inside something hidden). The
/// page hides what an action takes away with the `hidden` attribute or removes it,
/// so this reads no layout: after an action's writes, a size read here laid the
/// page out once more inside the click (2.7 ms in a profile).
pub fn is_hidden(e: &HtmlElement) -> bool {
    !e.is_connected() || e.closest("[hidden]").ok().flatten().is_some()
}

/// Removes all children of `id` and returns it, ready to be filled again.
pub fn cleared(id: &str) -> Result<HtmlElement, JsValue> {
    let e = by_id(id)?;
    e.set_text_content(None);
    Ok(e)
}

/// Sets an attribute on `<html>`, the readiness contract's element.
pub fn set_root_attr(name: &str, value: &str) -> Result<(), JsValue> {
    let root = document()?.document_element().ok_or_else(|| JsValue::from_str("no <html> element"))?;
    root.set_attribute(name, value)
}

/// Sets an element's text even when it is the same: a live region (`role="status"`)
/// then says it again, as a second file that gives the same summary should.
pub fn set_text_always(id: &str, text: &str) -> Result<(), JsValue> {
    by_id(id)?.set_text_content(Some(text));
    Ok(())
}

/// Removes an attribute of `<html>`.
pub fn remove_root_attr(name: &str) -> Result<(), JsValue> {
    let root = document()?.document_element().ok_or_else(|| JsValue::from_str("no <html> element"))?;
    root.remove_attribute(name)
}

/// Describes a JS error value in words, for the error panel.
pub fn describe(e: &JsValue) -> String {
    if let Some(s) = e.as_string() {
        return s;
    }
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    format!("{e:?}")
}

pub fn set_title(title: &str) -> Result<(), JsValue> {
    document()?.set_title(title);
    Ok(())
}

/// Writes a message for screen readers into the page's polite live region.
pub fn announce(text: &str) {
    if let Ok(e) = by_id("announce") {
        e.set_text_content(Some(text));
    }
}

/// A CSS length in px ("20.5px" → 20.5), read with the browser's own parseFloat:
/// Rust's float parser would add about 14 KiB gzip of tables and code to the wasm.
pub fn css_px(value: &str) -> Option<f64> {
    Some(js_sys::parse_float(value)).filter(|v| v.is_finite())
}

/// The root element's font size in CSS px: the reader's default font size unless
/// the page sets one (16 when it cannot be read).
pub fn root_font_px() -> f64 {
    let size = || -> Option<f64> {
        let w = window().ok()?;
        let root = document().ok()?.document_element()?;
        let style = w.get_computed_style(&root).ok()??;
        css_px(&style.get_property_value("font-size").ok()?)
    };
    size().filter(|px| px.is_finite() && *px >= 4.0).unwrap_or(16.0).min(128.0)
}

/// Whether the reader asked for a dark colour scheme. The query is made once and
/// its answer read live: each render asks, and `matchMedia` parses the query anew
/// on every call (about 1 ms of a selection click in a profile).
pub fn prefers_dark() -> bool {
    thread_local! {
        static DARK: Option<web_sys::MediaQueryList> =
            window().ok().and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten());
    }
    DARK.with(|m| m.as_ref().is_some_and(web_sys::MediaQueryList::matches))
}

/// Writes named points (device px) on element `id` as attribute `attr`, in CSS px:
/// "KEY:x,y;…". Automated checks (the end-to-end tests) click these points.
pub fn set_points<'a>(
    id: &str,
    attr: &str,
    points: impl Iterator<Item = (&'a str, (f64, f64))>,
    dpr: f64,
) -> Result<(), JsValue> {
    let list: Vec<String> = points.map(|(k, (x, y))| format!("{k}:{:.0},{:.0}", x / dpr, y / dpr)).collect();
    by_id(id)?.set_attribute(attr, &list.join(";"))
}
