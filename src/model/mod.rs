//! Dataset types, the file format reader and its validation. Pure Rust.

pub mod catalogue;
pub mod dataset;
pub mod node;
pub mod parse;
pub mod problem;
pub mod reader;
pub mod text;
pub mod validate;

pub use dataset::*;
pub use parse::{parse_dataset, Parsed};
pub use problem::{Problem, Severity};
pub use text::{Lang, Text};
