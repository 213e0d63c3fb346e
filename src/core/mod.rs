//! The few types every layer speaks: the page's languages, dataset text with its
//! translations, and a problem found in a file. Both `geo` (the world file) and
//! `model` (datasets) report in these, so neither has to import the other.
//! Depends on nothing else in the crate.

pub mod chars;
pub mod lang;
pub mod problem;
pub mod say;
pub mod text;

pub use chars::printable;
pub use lang::Lang;
pub use problem::{Excerpt, Problem, Severity};
pub use say::Say;
pub use text::{paragraphs, Text};
