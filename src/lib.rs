//! impact-atlas: maps and charts of a programme's volunteer deployments and
//! beneficiaries. Everything here is plain Rust tested on the host, except `web`,
//! the one thin layer that talks to the browser.

/// Languages, dataset text and problems: the types geo and model share.
pub mod core;
/// CSV of the figures shown.
pub mod export;
/// Map geometry: the world file, Equal Earth projection, fitting, hit-testing.
pub mod geo;
/// Words and locale number formats for English, French and Spanish.
pub mod i18n;
/// The kiosk's attract loop, driven by a supplied clock.
pub mod kiosk;
/// When a running kiosk checks the server for a new build or dataset.
pub mod kiosk_update;
/// Dataset format: types, reading, validation.
pub mod model;
/// Which addresses a kiosk's QR code may carry.
pub mod qr_address;
/// What each drawing depends on (typed keys), so only what changed is drawn again.
pub mod redraw;
/// Charts as display lists painted on any plotters backend.
pub mod render;
/// A small stable sort that keeps the wasm small.
pub mod sort;
/// The visitor's view (selection, metric, years, language, mode) and its URL form.
pub mod state;

/// The browser layer: DOM, fetch, canvas, events. Only built for wasm32; public
/// only so that tests/web.rs can drive it in a real browser. Left out of the staff
/// worker's build (feature `staff`, src/bin/staff.rs), which must not start a page.
#[cfg(all(target_arch = "wasm32", not(feature = "staff")))]
#[doc(hidden)]
pub mod web;
