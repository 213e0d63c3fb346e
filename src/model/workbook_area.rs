//! How far a workbook's used area reaches, found before calamine lays it out.
//! calamine builds a sheet as one dense block from A1 to its farthest value, so a
//! single stray value at XFD1048576 (a slip after Ctrl+End) asks for 17 billion
//! cells and the command or the staff preview's worker dies. Tables of a dataset
//! are a few hundred rows; a value beyond `MAX_ROWS` × `MAX_COLS` is named instead.

use quick_xml::events::{BytesStart, Event};
use std::io::{Cursor, Read};

/// Bounds of a table sheet, far beyond any programme's table (one row per
/// country or year) and far below what would exhaust a browser tab's memory.
pub const MAX_ROWS: u32 = 10_000;
pub const MAX_COLS: u32 = 100;

/// A value found outside the bounds: its sheet and cell (0-based row and column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FarCell {
    pub sheet: String,
    pub row: u32,
    pub col: u32,
}

impl FarCell {
    /// The cell as the spreadsheet names it: `XFD1048576`.
    pub fn name(&self) -> String {
        format!("{}{}", column_letters(self.col), u64::from(self.row) + 1)
    }
}

/// Spreadsheet column letters for a 0-based column: 0 → A, 25 → Z, 26 → AA.
pub fn column_letters(col: u32) -> String {
    let mut n = u64::from(col) + 1;
    let mut out = Vec::new();
    while n > 0 {
        let d = ((n - 1) % 26) as u8;
        out.push(b'A' + d);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Whether a value at (`row`, `col`) is beyond the bounds.
pub fn is_far(row: u32, col: u32) -> bool {
    row >= MAX_ROWS || col >= MAX_COLS
}

/// The first value beyond the bounds in an .ods workbook's sheets, reading its
/// content.xml as a stream and counting repeated rows and columns (LibreOffice
/// writes a run of equal cells once with a repeat count). `None` when every value
/// is within bounds, or when the file is not an .ods (calamine then says so).
pub fn ods_far_cell(bytes: &[u8]) -> Option<FarCell> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let content = zip.by_name("content.xml").ok()?;
    // A content.xml that inflates beyond this is refused by calamine's own limits
    // or reads as "cannot be read"; the scan itself reads it as a stream.
    let mut xml = quick_xml::Reader::from_reader(std::io::BufReader::new(content.take(512 << 20)));
    let mut buf = Vec::new();
    let (mut sheet, mut row, mut col) = (String::new(), 0u64, 0u64);
    let mut row_repeats = 1u64;
    let mut row_last_col: Option<u64> = None;
    loop {
        let event = xml.read_event_into(&mut buf).ok()?;
        match &event {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                b"table" => {
                    sheet = attr(e, b"table:name").unwrap_or_default();
                    row = 0;
                }
                b"table-row" => {
                    row_repeats = repeat(e, b"table:number-rows-repeated");
                    col = 0;
                    row_last_col = None;
                    if matches!(event, Event::Empty(_)) {
                        row += row_repeats;
                    }
                }
                b"table-cell" | b"covered-table-cell" => {
                    let n = repeat(e, b"table:number-columns-repeated");
                    // A cell with a value type, or with content inside, holds something.
                    let filled = matches!(event, Event::Start(_)) || attr(e, b"office:value-type").is_some();
                    if filled {
                        row_last_col = Some(col + n - 1);
                    }
                    col += n;
                }
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == b"table-row" => {
                if let Some(c) = row_last_col {
                    let last_row = row + row_repeats - 1;
                    let (r, c) = (clamp(last_row), clamp(c));
                    if is_far(r, c) {
                        return Some(FarCell { sheet, row: r, col: c });
                    }
                }
                row += row_repeats;
            }
            Event::Eof => return None,
            _ => {}
        }
        buf.clear();
    }
}

fn clamp(v: u64) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}

fn attr(e: &BytesStart, key: &[u8]) -> Option<String> {
    let a = e.try_get_attribute(key).ok()??;
    Some(String::from_utf8_lossy(&a.value).into_owned())
}

/// A repeat count; 1 when absent or unreadable (calamine then reports the file).
fn repeat(e: &BytesStart, key: &[u8]) -> u64 {
    attr(e, key).and_then(|v| v.trim().parse::<u64>().ok()).filter(|n| *n >= 1).unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_spreadsheets_do() {
        for (c, want) in [
            (0, "A"),
            (25, "Z"),
            (26, "AA"),
            (51, "AZ"),
            (52, "BA"),
            (701, "ZZ"),
            (702, "AAA"),
            (16_383, "XFD"),
        ] {
            assert_eq!(column_letters(c), want, "{c}");
        }
        assert_eq!(FarCell { sheet: "s".into(), row: 1_048_575, col: 16_383 }.name(), "XFD1048576");
    }
}
