//! Reading a dataset and its tables from disk, for the native command and tests.
//! The page fetches files instead and calls `load` directly.

use super::file_text::{too_large, MAX_FILE_BYTES};
use super::load::{parse_bytes, referenced_files, Parsed};
use super::parse::sibling;
use super::reader::Reader;
use crate::core::Problem;
use crate::core::Say;
use std::io::Read;
use std::path::Path;

/// Reads the dataset at `path` and the tables it references from the same folder.
/// Problems name files by their path as given, so `data/datasets/demo.json` has its
/// table at `data/datasets/demo-by-country.csv`.
pub fn parse_path(path: &Path) -> Parsed {
    let file = path.display().to_string();
    let bytes = match read_capped(&file, path) {
        Ok(b) => b,
        Err(problems) => return Parsed { dataset: None, problems, default_threshold: false },
    };
    let folder = path.parent().unwrap_or(Path::new(""));
    // The references are only looked for here; parse_bytes reports bad text properly.
    let names = referenced_files(&String::from_utf8_lossy(&bytes));
    let mut tables = Vec::new();
    let mut problems = Vec::new();
    for name in names {
        let at = folder.join(&name);
        // A table that is not there is left out: the reader reports it missing, in
        // the words of the JSON file that names it. Other failures are reported here.
        if !at.exists() {
            continue;
        }
        match read_capped(&sibling(&file, &name), &at) {
            Ok(b) => tables.push((name, b)),
            Err(mut ps) => problems.append(&mut ps),
        }
    }
    let mut parsed = parse_bytes(&file, &bytes, &tables);
    if !problems.is_empty() {
        parsed.dataset = None;
        parsed.problems.append(&mut problems);
    }
    parsed
}

/// A file's bytes, refusing one larger than [`MAX_FILE_BYTES`] without reading it all.
fn read_capped(shown: &str, path: &Path) -> Result<Vec<u8>, Vec<Problem>> {
    let mut r = Reader::new(shown);
    let opened = std::fs::File::open(path).and_then(|f| Ok((f.metadata()?.len(), f)));
    match opened {
        Ok((len, _)) if len > MAX_FILE_BYTES as u64 => too_large(&mut r, len),
        Ok((_, f)) => {
            let mut bytes = Vec::new();
            match f.take(MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes) {
                Ok(_) => return Ok(bytes),
                Err(e) => r.error("", Say::CannotRead { error: e.to_string() }),
            }
        }
        Err(e) => r.error("", Say::CannotOpen { error: e.to_string() }),
    }
    Err(r.problems)
}
