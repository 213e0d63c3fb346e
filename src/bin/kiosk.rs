//! The kiosk's wasm: the whole page (the library's `web::start`, run by
//! wasm-bindgen's loader when the wasm starts) with the kiosk's tour and scenes,
//! which the visitor's wasm leaves out (feature `kiosk`). index.html builds it
//! with trunk; the page's loader (scripts/side-wasm.mjs) picks it for
//! `?mode=kiosk`.

// Links the library, whose `#[wasm_bindgen(start)]` is the entry point.
use impact_atlas as _;

fn main() {}
