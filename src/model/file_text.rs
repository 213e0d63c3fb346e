//! Checks every dataset file gets before its syntax is read: size, UTF-8, byte-order
//! mark, emptiness. JSON files and CSV tables share them so that the same mistake gets
//! the same message in both.

use super::reader::Reader;

/// Largest file accepted (bytes), JSON or CSV. A results dataset is a few kilobytes;
/// anything near this is a wrong file, and refusing it keeps a kiosk responsive.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

/// A file's content as the caller has it: text (the browser's `response.text()`,
/// which has already replaced invalid UTF-8), or raw bytes (the native command, so
/// invalid UTF-8 is reported with its place instead of silently replaced).
#[derive(Debug, Clone, Copy)]
pub enum Content<'a> {
    Text(&'a str),
    Bytes(&'a [u8]),
}

/// What kind of file, because a byte-order mark is treated differently in each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// JSON must not start with a BOM (RFC 8259), and some JSON readers refuse one.
    Json,
    /// Spreadsheets' "CSV UTF-8" always writes a BOM, and it changes no figure: it is
    /// removed with a warning rather than making staff fight their spreadsheet.
    Table,
}

/// Reports a file larger than [`MAX_FILE_BYTES`]; `len` is its size in bytes.
pub fn too_large(r: &mut Reader, len: u64) {
    r.error(
        "",
        format!("file is {} KB, more than the {} KB allowed", len / 1024, MAX_FILE_BYTES / 1024),
        "is this the right file? A dataset is usually under 100 KB",
    );
}

/// The text to parse, after the file-level checks; `None` when nothing can be read.
pub fn body<'a>(r: &mut Reader, source: Content<'a>, kind: Kind) -> Option<&'a str> {
    let len = match source {
        Content::Text(t) => t.len(),
        Content::Bytes(b) => b.len(),
    };
    if len > MAX_FILE_BYTES {
        too_large(r, len as u64);
        return None;
    }
    let text = match source {
        Content::Text(t) => t,
        Content::Bytes(b) => decode(r, b)?,
    };
    let body = match text.strip_prefix('\u{feff}') {
        Some(rest) => {
            let what = "file starts with a byte-order mark (BOM)";
            match kind {
                Kind::Json => r.error("line 1", what, "save it as UTF-8 without BOM"),
                Kind::Table => {
                    r.warning("line 1", what, "it was ignored; saving as UTF-8 without BOM avoids this")
                }
            }
            rest
        }
        None => text,
    };
    if body.trim().is_empty() {
        let hint = match kind {
            Kind::Json => "export the dataset again",
            Kind::Table => "a table needs at least its header line, such as iso3,volunteers,people",
        };
        r.error("", "file is empty", hint);
        return None;
    }
    Some(body)
}

/// UTF-8 text from bytes, or an error naming the first byte that is not UTF-8.
fn decode<'a>(r: &mut Reader, bytes: &'a [u8]) -> Option<&'a str> {
    match std::str::from_utf8(bytes) {
        Ok(t) => Some(t),
        Err(e) => {
            let at = e.valid_up_to();
            // The prefix before the bad byte is valid UTF-8 by definition.
            let before = std::str::from_utf8(&bytes[..at]).unwrap_or_default();
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
            r.error(
                &format!("line {line}, column {column}"),
                format!("not valid UTF-8 text: byte {at} (0x{:02X}) cannot be read", bytes[at]),
                "save the file as UTF-8; in a spreadsheet choose \"CSV UTF-8\"",
            );
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(source: Content, kind: Kind) -> (Option<String>, Vec<String>) {
        let mut r = Reader::new("f");
        let b = body(&mut r, source, kind).map(str::to_owned);
        (b, r.problems.iter().map(|p| p.to_string()).collect())
    }

    #[test]
    fn invalid_utf8_names_byte_line_and_column() {
        let (b, ps) = check(Content::Bytes(b"ab\ncd\xffe"), Kind::Table);
        assert_eq!(b, None);
        assert_eq!(ps, ["error: f, line 2, column 3: not valid UTF-8 text: byte 5 (0xFF) cannot be read (save the file as UTF-8; in a spreadsheet choose \"CSV UTF-8\")"]);
    }

    #[test]
    fn bom_is_an_error_in_json_and_a_warning_in_tables() {
        let (b, ps) = check(Content::Text("\u{feff}{}"), Kind::Json);
        assert_eq!(b.as_deref(), Some("{}"));
        assert!(ps[0].starts_with("error: f, line 1: file starts with a byte-order mark"), "{ps:?}");
        let (b, ps) = check(Content::Bytes(b"\xef\xbb\xbfiso3"), Kind::Table);
        assert_eq!(b.as_deref(), Some("iso3"));
        assert!(ps[0].starts_with("warning: f, line 1: file starts with a byte-order mark"), "{ps:?}");
    }

    #[test]
    fn empty_and_whitespace_only_files_are_empty() {
        for text in ["", " \n\t"] {
            let (b, ps) = check(Content::Text(text), Kind::Table);
            assert_eq!(b, None);
            assert!(ps[0].starts_with("error: f: file is empty"), "{ps:?}");
        }
    }

    #[test]
    fn oversized_files_are_refused_before_decoding() {
        let big = vec![0xffu8; MAX_FILE_BYTES + 1];
        let (b, ps) = check(Content::Bytes(&big), Kind::Json);
        assert_eq!(b, None);
        assert_eq!(ps.len(), 1, "no UTF-8 error for a file that is refused anyway");
        assert!(ps[0].contains("more than the 2048 KB allowed"), "{ps:?}");
    }
}
