//! Charts as display lists, painted on any plotters `DrawingBackend`.

pub mod marks;
pub mod results;
pub mod text_fit;
pub mod theme;

pub use marks::{paint, Layout, Mark, Paint, Rect};
pub use results::{layout_results, results_summary};
pub use theme::{Sizes, Theme};
