//! Words and numbers per language. Pure Rust, shared by the page and the exporter.

mod messages;
mod number;
mod ui;

pub use messages::Msg;
pub use number::{format_count, format_figure, format_figure_short, qualifier_prefix};
pub use ui::ui;
