//! How far a workbook's used area reaches, found before calamine lays it out.
//! calamine builds a sheet as one dense block from A1 to its farthest value, so a
//! single stray value at XFD1048576 (a slip after Ctrl+End) asks for 17 billion
//! cells and the command or the staff preview's worker dies. Tables of a dataset
//! are a few hundred rows; a value beyond `MAX_ROWS` × `MAX_COLS` is named instead.
//! An .ods is scanned whole before calamine opens it (calamine lays out every
//! sheet as it opens the file), so a far value on any sheet is named; an .xlsx is
//! read cell by cell, table sheet only (see `model::workbook`).

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

/// What the scan of an .ods workbook found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Area {
    /// Every value within bounds (or not an .ods: calamine then says what it is).
    Fine,
    /// A value beyond the bounds.
    Far(FarCell),
    /// XML the scan cannot follow, content too large to read, or a run of spaces
    /// too long: refused as unreadable rather than handed to calamine.
    Unreadable,
}

/// The most bytes of content.xml read (a programme's tables are a few hundred KB).
const MAX_CONTENT_BYTES: u64 = 256 << 20;
/// The longest run of spaces a cell may ask for (`<text:s text:c="N"/>`), which
/// calamine would otherwise allocate whole.
const MAX_SPACES: u64 = 100_000;

/// Scans an .ods workbook's content.xml as a stream, counting repeated rows and
/// columns as calamine lays them out (LibreOffice writes a run of equal cells once
/// with a repeat count), and says whether every value is within bounds. A value is
/// what calamine keeps: a cell with content inside, or with a value type, a value
/// or a formula. Read with calamine's own reader settings, so both see the same
/// cells; anything the scan cannot follow is refused.
pub fn ods_area(bytes: &[u8]) -> Area {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else { return Area::Fine };
    let Ok(content) = zip.by_name("content.xml") else { return Area::Fine };
    if content.size() > MAX_CONTENT_BYTES {
        return Area::Unreadable;
    }
    let mut xml = quick_xml::Reader::from_reader(std::io::BufReader::new(content.take(MAX_CONTENT_BYTES)));
    // As calamine reads it (src/ods.rs): end tags are not matched against starts.
    xml.config_mut().check_end_names = false;
    let mut buf = Vec::new();
    let (mut sheet, mut row, mut col) = (String::new(), 0u64, 0u64);
    let mut row_repeats = 1u64;
    let mut row_last_col: Option<u64> = None;
    // Inside a cell, calamine reads only its text: tables, rows and cells nested
    // there (an annotation, a subtable) are not the sheet's.
    let mut in_cell = 0u32;
    loop {
        let Ok(event) = xml.read_event_into(&mut buf) else { return Area::Unreadable };
        match &event {
            Event::Start(e) | Event::Empty(e) if in_cell > 0 => {
                let spaces = e.local_name().as_ref() == b"s" && repeat(e, b"text:c") > MAX_SPACES;
                if spaces {
                    return Area::Unreadable;
                }
                if matches!(event, Event::Start(_)) {
                    in_cell += 1;
                }
            }
            Event::End(_) if in_cell > 0 => in_cell -= 1,
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
                        row = row.saturating_add(row_repeats);
                    }
                }
                b"table-cell" | b"covered-table-cell" => {
                    let n = repeat(e, b"table:number-columns-repeated");
                    let start = matches!(event, Event::Start(_));
                    if start || VALUE_ATTRS.iter().any(|a| attr(e, a).is_some()) {
                        row_last_col = Some(col.saturating_add(n - 1));
                    }
                    col = col.saturating_add(n);
                    if start {
                        in_cell = 1;
                    }
                }
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == b"table-row" => {
                if let Some(c) = row_last_col {
                    let last_row = row.saturating_add(row_repeats - 1);
                    let (r, c) = (clamp(last_row), clamp(c));
                    if is_far(r, c) {
                        return Area::Far(FarCell { sheet, row: r, col: c });
                    }
                }
                row = row.saturating_add(row_repeats);
            }
            Event::Eof => return Area::Fine,
            _ => {}
        }
        buf.clear();
    }
}

/// The attributes that make calamine keep a cell that has nothing inside.
const VALUE_ATTRS: [&[u8]; 7] = [
    b"office:value-type",
    b"office:value",
    b"office:string-value",
    b"office:date-value",
    b"office:time-value",
    b"office:boolean-value",
    b"table:formula",
];

fn clamp(v: u64) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}

fn attr(e: &BytesStart, key: &[u8]) -> Option<String> {
    let a = e.try_get_attribute(key).ok()??;
    Some(String::from_utf8_lossy(&a.value).into_owned())
}

/// A repeat count, at least 1 and at most 2³² (so sums cannot overflow); 1 when
/// absent or unreadable (calamine then reports the file).
fn repeat(e: &BytesStart, key: &[u8]) -> u64 {
    attr(e, key).and_then(|v| v.trim().parse::<u64>().ok()).map_or(1, |n| n.clamp(1, 1 << 32))
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
