//! Charts as display lists, painted on any plotters `DrawingBackend`.

pub mod chart;
pub mod countries;
pub mod describe;
pub mod key;
pub mod map;
pub mod marks;
pub mod pages;
pub mod qr;
pub mod results;
pub mod scale;
pub mod text_fit;
pub mod theme;
pub mod years;

pub use chart::{Chart, ChartView, Picture};
pub use marks::{paint, paint_with_text_scale, Layout, Mark, Paint, Rect, SVG_TEXT_SCALE};
pub use results::{layout_results, results_runs, results_summary};
pub use theme::{Sizes, Theme};
