//! Words and numbers per language. Pure Rust, shared by the page and the exporter.

mod credits;
mod messages;
mod metric;
mod number;
mod punct;

pub use credits::{caption, colon, credits_line, quoted, source_line};
pub use messages::{placeholders, Msg};
pub use metric::metric_label;
pub use number::{
    capitalise, format_count, format_figure, format_figure_short, format_shown, qualifier_prefix, upper,
};
pub use punct::{french_spacing_faults, NNBSP};
