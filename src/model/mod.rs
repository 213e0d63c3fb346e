//! Dataset types, the file format reader and its validation. Pure Rust.

pub mod catalogue;
pub mod dataset;
pub mod disclosure;
pub mod disk;
pub mod file_text;
pub mod id;
pub mod intake;
pub mod iso3166;
pub mod json_place;
pub mod json_syntax;
pub mod load;
pub mod node;
pub mod parse;
pub mod preview;
pub mod publish;
pub mod reader;
pub mod small_numbers;
pub mod tables;
#[cfg(feature = "cli")]
pub mod template;
pub mod text_checks;
pub mod validate;
pub mod validate_tables;
#[cfg(feature = "workbook")]
pub mod workbook;
#[cfg(feature = "workbook")]
pub mod workbook_area;

pub use dataset::*;
pub use disk::parse_path;
pub use file_text::MAX_FILE_BYTES;
pub use id::is_token;
pub use load::{
    parse_bytes, parse_dataset, parse_source_with_tables, parse_with_tables, referenced_files, Parsed,
};
pub use parse::sibling;
pub use small_numbers::{protected, Shown};

// Kept until src/i18n/ui.rs and src/i18n/messages.rs import `crate::core::Lang`,
// as everything else does.
