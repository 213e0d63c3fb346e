//! Exports of what the page shows (CSV here; SVG/PNG drawings come from render/).

pub mod caption;
/// Share cards: a 1200 × 630 picture per dataset and language.
pub mod card;
pub mod csv;
/// SVG and PNG files of each drawing (the native command only).
#[cfg(feature = "cli")]
pub mod files;
/// The machine's fonts for the exported images, and the characters they lack.
#[cfg(feature = "cli")]
pub mod fonts;
/// The public files dist/ serves (`impact-atlas publish`; the native command only).
#[cfg(feature = "cli")]
pub mod public;

pub use caption::with_caption;
pub use csv::figures_csv;
