//! Entry points: from a dataset file and its tables to a [`Dataset`] plus every
//! [`Problem`] found on the way.
//!
//! Reading is two-phase because the browser fetches files asynchronously: first
//! [`referenced_files`] says which CSV tables the JSON file names, the caller fetches
//! them from beside the JSON file, then [`parse_with_tables`] reads everything.

use super::dataset::{Dataset, SourceDataset};
use super::file_text::{self, Content, Kind, MAX_FILE_BYTES};
use super::json_place::Places;
use super::json_syntax;
use super::node::Node;
use super::parse::{read_dataset, TableFiles, TABLE_FIELDS};
use super::publish::publish;
use super::reader::Reader;
use super::tables::is_table_name;
use crate::core::{Problem, Severity};

/// What reading a dataset gave: the dataset when it has no errors, already published
/// (`publish::publish`: protected counts are "fewer than N"), and all problems
/// (errors and warnings), those of the JSON file first, then each table's.
/// `Parsed<SourceDataset>` (from [`parse_source_with_tables`]) holds the raw
/// counts instead, for staff tools and tests that check the source itself.
#[derive(Debug, Clone)]
pub struct Parsed<D = Dataset> {
    pub dataset: Option<D>,
    pub problems: Vec<Problem>,
    /// The file sets no `small_number_threshold`, so the default
    /// ([`DEFAULT_THRESHOLD`](super::small_numbers::DEFAULT_THRESHOLD)) protects its counts.
    pub default_threshold: bool,
}

impl Parsed<SourceDataset> {
    /// The same result with the dataset published (`publish::publish`).
    pub fn publish(self) -> Parsed {
        Parsed {
            dataset: self.dataset.map(publish),
            problems: self.problems,
            default_threshold: self.default_threshold,
        }
    }
}

impl<D> Parsed<D> {
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.problems.len() - self.errors()
    }
}

/// Names of the CSV tables the dataset's JSON text references (`by_country`,
/// `by_year`), to fetch from beside the JSON file. Best effort: text that is not a
/// dataset gives an empty list, and a name that is not a plain `.csv` file name is
/// left out (so nothing outside the dataset's folder is ever fetched); both are
/// reported by [`parse_with_tables`].
pub fn referenced_files(text: &str) -> Vec<String> {
    if text.len() > MAX_FILE_BYTES {
        return Vec::new();
    }
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Ok(node) = serde_json::from_str::<Node>(body) else {
        return Vec::new();
    };
    let mut names: Vec<String> = Vec::new();
    for key in TABLE_FIELDS {
        if let Some(Node::Str(name)) = node.get(key) {
            if is_table_name(name) && !names.contains(name) {
                names.push(name.clone());
            }
        }
    }
    names
}

/// Reads a dataset file without tables. `file` is the name shown in messages. A
/// table the file references is reported missing.
pub fn parse_dataset(file: &str, text: &str) -> Parsed {
    parse_with_tables(file, text, &[])
}

/// Reads a dataset file and the tables it references. `tables` holds (name as the
/// JSON file writes it, text) for each table fetched; a referenced table not among
/// them is reported missing. Table problems are named `<folder of file>/<name>`.
pub fn parse_with_tables(file: &str, text: &str, tables: &[(String, String)]) -> Parsed {
    parse_source_with_tables(file, text, tables).publish()
}

/// Like [`parse_with_tables`], but the dataset keeps the staff's raw counts: never
/// for anything a visitor receives.
pub fn parse_source_with_tables(
    file: &str,
    text: &str,
    tables: &[(String, String)],
) -> Parsed<SourceDataset> {
    let files = tables.iter().map(|(n, t)| (n.as_str(), Content::Text(t))).collect();
    parse(file, Content::Text(text), files)
}

/// Like [`parse_with_tables`], from raw bytes: invalid UTF-8 is reported with its
/// byte offset, line and column instead of being replaced. The native command uses
/// this; the page may too (fetch `arrayBuffer()` instead of `text()`).
pub fn parse_bytes(file: &str, bytes: &[u8], tables: &[(String, Vec<u8>)]) -> Parsed {
    let files = tables.iter().map(|(n, b)| (n.as_str(), Content::Bytes(b))).collect();
    parse(file, Content::Bytes(bytes), files).publish()
}

fn parse(file: &str, source: Content, files: Vec<(&str, Content)>) -> Parsed<SourceDataset> {
    let mut r = Reader::new(file);
    let files = TableFiles { json_file: file, files };
    let node = node_from(&mut r, source);
    let default_threshold = node.as_ref().is_some_and(|n| n.get("small_number_threshold").is_none());
    let dataset = node.and_then(|n| read_dataset(&mut r, &n, &files));
    let mut problems = r.problems;
    // Table problems were recorded as each table was read; list the JSON file's first
    // (a stable sort keeps each file's own order).
    crate::sort::sort_small_by_key(&mut problems, |p| p.file != file);
    let ok = !problems.iter().any(Problem::is_error);
    Parsed { dataset: dataset.filter(|_| ok), problems, default_threshold }
}

/// File-level checks, then JSON syntax. Once the text is known to be JSON, the reader
/// learns where each value is, so later problems can name their line.
fn node_from(r: &mut Reader, source: Content) -> Option<Node> {
    let body = file_text::body(r, source, Kind::Json)?;
    match serde_json::from_str::<Node>(body) {
        Ok(n) => {
            r.places = Some(Places::of(body));
            Some(n)
        }
        Err(e) => {
            let x = json_syntax::explain(body, &e);
            let place = format!("line {}, column {}", x.at.line, x.at.column);
            r.push_placed(Severity::Error, place, x.say, x.excerpt);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn referenced_files_reads_both_tables_once_and_skips_paths() {
        let t = r#"{"by_country": "a.csv", "by_year": "a.csv"}"#;
        assert_eq!(referenced_files(t), ["a.csv"]);
        let t = "\u{feff}{\"by_year\": \"y.csv\", \"by_country\": \"../etc/passwd.csv\"}";
        assert_eq!(referenced_files(t), ["y.csv"]);
        for junk in ["", "[", "[1]", "{\"by_year\": 3}", "null"] {
            assert!(referenced_files(junk).is_empty(), "{junk}");
        }
    }
}
