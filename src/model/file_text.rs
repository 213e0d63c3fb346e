//! Checks every dataset file gets before its syntax is read: size, UTF-8, byte-order
//! mark, emptiness. JSON files and CSV tables share them so that the same mistake gets
//! the same message in both.

use super::reader::Reader;
use crate::core::Say;

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

/// What kind of file, because a byte-order mark and encodings are treated differently in each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// JSON must not start with a BOM (RFC 8259), and some JSON readers refuse one.
    Json,
    /// Spreadsheets' "CSV UTF-8" always writes a BOM, and it changes no figure: it is
    /// removed without a word rather than making staff fight their spreadsheet.
    Table,
}

/// Reports a file larger than [`MAX_FILE_BYTES`]; `len` is its size in bytes.
pub fn too_large(r: &mut Reader, len: u64) {
    r.error("", Say::FileTooLarge { kb: len / 1024, max_kb: MAX_FILE_BYTES as u64 / 1024 });
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
        Content::Bytes(b) => decode(r, b, kind)?,
    };
    let body = match text.strip_prefix('\u{feff}') {
        Some(rest) if kind == Kind::Json => {
            r.error("line 1", Say::ByteOrderMark {});
            rest
        }
        Some(rest) => rest,
        None => text,
    };
    if body.trim().is_empty() {
        let say = match kind {
            Kind::Json => Say::JsonEmpty {},
            Kind::Table => Say::TableEmpty {},
        };
        r.error("", say);
        return None;
    }
    Some(body)
}

/// UTF-8 text from bytes, or an error naming the encoding the file seems to be in
/// (UTF-16, Latin-1) and the first character that is not UTF-8.
fn decode<'a>(r: &mut Reader, bytes: &'a [u8], kind: Kind) -> Option<&'a str> {
    // UTF-16 ("Unicode text" in spreadsheets): a BOM, or ASCII with a zero byte after
    // (or before) every character, which is valid UTF-8 but unreadable.
    let head = &bytes[..bytes.len().min(64)];
    let zeros = head.iter().filter(|b| **b == 0).count();
    if bytes.starts_with(&[0xFF, 0xFE])
        || bytes.starts_with(&[0xFE, 0xFF])
        || zeros * 3 >= head.len() && zeros > 0
    {
        let say = match kind {
            Kind::Json => Say::JsonUtf16 {},
            Kind::Table => Say::TableUtf16 {},
        };
        r.error("", say);
        return None;
    }
    match std::str::from_utf8(bytes) {
        Ok(t) => Some(t),
        Err(e) => {
            let at = e.valid_up_to();
            // The prefix before the bad byte is valid UTF-8 by definition.
            let before = std::str::from_utf8(&bytes[..at]).unwrap_or_default();
            let line = before.matches('\n').count() + 1;
            let line_text = before.rsplit('\n').next().unwrap_or_default();
            let place = match kind {
                Kind::Json => format!("line {line}, column {}", line_text.chars().count() + 1),
                // A spreadsheet's column, not a character position: count the commas
                // outside quotes before the byte.
                Kind::Table => {
                    format!("line {line}, column {}", super::tables::column_letter(csv_field(line_text)))
                }
            };
            let byte = bytes[at];
            let (byte, character) = (format!("{byte:02X}"), latin1(byte).to_string());
            let say = match kind {
                Kind::Json => Say::JsonLatin1 { byte, character },
                Kind::Table => Say::TableLatin1 { byte, character },
            };
            r.error(&place, say);
            None
        }
    }
}

/// Which CSV field (from 0) the end of `line` is in.
fn csv_field(line: &str) -> usize {
    let mut quoted = false;
    let mut field = 0;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => field += 1,
            _ => {}
        }
    }
    field
}

/// The character a byte stands for in Windows-1252, the "ANSI" encoding spreadsheets
/// on Windows save in (ISO Latin-1 plus typographic characters in 0x80–0x9F).
fn latin1(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '?', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '?', 'Ž', '?', '?', '‘', '’', '“',
        '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '?', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
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
    fn latin1_is_named_with_its_character_and_spreadsheet_column() {
        let (b, ps) = check(Content::Bytes(b"iso3,name\nCOL,Bogot\xe1"), Kind::Table);
        assert_eq!(b, None);
        assert_eq!(ps, ["error: f, line 2, column B: the file is not UTF-8: it seems saved as Latin-1 (Windows \"ANSI\"), where byte 0xE1 is \"á\" (save it as CSV UTF-8: in the spreadsheet choose Save as, then the type \"CSV UTF-8 (comma delimited)\")"]);
        let (_, ps) = check(Content::Bytes(b"a,\"x,y\",\x93z"), Kind::Table);
        assert!(ps[0].starts_with("error: f, line 1, column C: "), "{ps:?}");
        assert!(ps[0].contains("byte 0x93 is \"“\""), "{ps:?}");
        let (_, ps) = check(Content::Bytes(b"{\n  \"a\": \"\xe9\""), Kind::Json);
        assert!(ps[0].starts_with("error: f, line 2, column 9: the file is not UTF-8"), "{ps:?}");
    }

    #[test]
    fn utf16_is_named_with_or_without_its_bom() {
        let le: Vec<u8> = "iso3,people\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
        for bytes in [[&[0xFF, 0xFE][..], &le].concat(), le.clone()] {
            let (b, ps) = check(Content::Bytes(&bytes), Kind::Table);
            assert_eq!(b, None);
            assert_eq!(ps, ["error: f: the file is saved as UTF-16 (\"Unicode text\"), not UTF-8 (save it as CSV UTF-8: in the spreadsheet choose Save as, then the type \"CSV UTF-8 (comma delimited)\")"]);
        }
    }

    #[test]
    fn bom_is_an_error_in_json_and_accepted_silently_in_tables() {
        let (b, ps) = check(Content::Text("\u{feff}{}"), Kind::Json);
        assert_eq!(b.as_deref(), Some("{}"));
        assert!(ps[0].starts_with("error: f, line 1: file starts with a byte-order mark"), "{ps:?}");
        let (b, ps) = check(Content::Bytes(b"\xef\xbb\xbfiso3"), Kind::Table);
        assert_eq!(b.as_deref(), Some("iso3"));
        assert!(ps.is_empty(), "{ps:?}");
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
