//! Tables kept in a spreadsheet workbook (.xlsx from Excel, .ods from LibreOffice),
//! read with calamine into the same [`Grid`] of text cells as a CSV file, so every
//! check and message is the same, with places said as the spreadsheet shows them:
//! `sheet countries, cell C7`. Feature `workbook`: the native command and the staff
//! preview's worker (src/bin/staff.rs) read workbooks; the visitor's wasm never
//! does.

use super::reader::Reader;
use super::tables::Grid;
use super::workbook_area::{is_far, ods_area, Area, FarCell, MAX_COLS, MAX_ROWS};
use crate::core::Say;
use calamine::{open_workbook_auto_from_rs, Data, Reader as _, Sheets};
use std::io::Cursor;

/// Sheet names that hold a table, by the dataset field naming the workbook: the
/// template's names first, then the field's own name.
pub fn sheet_names(field: &str) -> &'static [&'static str] {
    match field {
        "by_country" => &["countries", "by_country"],
        "by_year" => &["years", "by_year"],
        _ => &[],
    }
}

/// The grid of the first sheet named in `wanted` (compared without case), or of the
/// only sheet when the workbook has just one; `None` with the problem reported.
pub fn grid(r: &mut Reader, bytes: &[u8], wanted: &[&str]) -> Option<Grid> {
    // calamine lays out every sheet of an .ods as it opens it: its used area is
    // measured first (see `workbook_area`).
    match ods_area(bytes) {
        Area::Fine => {}
        Area::Far(far) => {
            far_cell(r, &far);
            return None;
        }
        Area::Unreadable => {
            r.error("", Say::SheetUnreadable {});
            return None;
        }
    }
    let mut book = match open_workbook_auto_from_rs(Cursor::new(bytes)) {
        // Old .xls and binary .xlsb files are not offered to staff (the template is
        // .xlsx) and their sheets cannot be measured before they are laid out.
        Ok(b @ (Sheets::Xlsx(_) | Sheets::Ods(_))) => b,
        Ok(_) | Err(_) => {
            r.error("", Say::NotAWorkbook {});
            return None;
        }
    };
    let names = book.sheet_names();
    let data_sheets: Vec<&String> = names.iter().filter(|n| !n.eq_ignore_ascii_case("notes")).collect();
    let found = wanted
        .iter()
        .find_map(|w| names.iter().find(|n| n.trim().eq_ignore_ascii_case(w)))
        .or(match data_sheets.as_slice() {
            [only] => Some(*only),
            _ => None,
        })
        .cloned();
    let Some(sheet) = found else {
        let name = wanted.first().copied().unwrap_or_default();
        r.error(
            &format!("sheet {name}"),
            Say::NoSuchSheet { name: name.to_owned(), sheets: names.join(", ") },
        );
        return None;
    };
    if let Sheets::Xlsx(x) = &mut book {
        return xlsx_grid(r, x, sheet);
    }
    let range = match book.worksheet_range(&sheet) {
        Ok(range) => range,
        Err(_) => {
            r.error(&format!("sheet {sheet}"), Say::SheetUnreadable {});
            return None;
        }
    };
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    let mut grid = Grid { sheet: Some(sheet), rows: Vec::new() };
    for (i, cells) in range.rows().enumerate() {
        // Column letters are the sheet's: a table starting in column B keeps B.
        let mut row: Vec<String> = vec![String::new(); first_col as usize];
        row.extend(cells.iter().map(text));
        while row.last().is_some_and(String::is_empty) {
            row.pop();
        }
        grid.rows.push((u64::from(first_row) + i as u64 + 1, row));
    }
    Some(grid)
}

/// The grid of an .xlsx sheet, read cell by cell: calamine's whole-sheet range
/// would be laid out from A1 to the farthest value, however far that is.
fn xlsx_grid<RS: std::io::Read + std::io::Seek>(
    r: &mut Reader,
    book: &mut calamine::Xlsx<RS>,
    sheet: String,
) -> Option<Grid> {
    let unreadable =
        |r: &mut Reader, sheet: &str| r.error(&format!("sheet {sheet}"), Say::SheetUnreadable {});
    let mut cells = match book.worksheet_cells_reader(&sheet) {
        Ok(c) => c,
        Err(_) => {
            unreadable(r, &sheet);
            return None;
        }
    };
    let mut filled: Vec<(u32, u32, String)> = Vec::new();
    loop {
        match cells.next_cell() {
            Ok(Some(cell)) => {
                let value = text(&Data::from(cell.get_value().clone()));
                if value.is_empty() {
                    continue;
                }
                let (row, col) = cell.get_position();
                if is_far(row, col) {
                    far_cell(r, &FarCell { sheet, row, col });
                    return None;
                }
                filled.push((row, col, value));
            }
            Ok(None) => break,
            Err(_) => {
                unreadable(r, &sheet);
                return None;
            }
        }
    }
    // Rows from the first with a value, as calamine's range would give them.
    let first = filled.iter().map(|c| c.0).min().unwrap_or(0);
    let last = filled.iter().map(|c| c.0).max().unwrap_or(0);
    let mut rows: Vec<Vec<String>> =
        vec![Vec::new(); if filled.is_empty() { 0 } else { (last - first + 1) as usize }];
    for (row, col, value) in filled {
        let cells = &mut rows[(row - first) as usize];
        if cells.len() <= col as usize {
            cells.resize(col as usize + 1, String::new());
        }
        cells[col as usize] = value;
    }
    let rows =
        rows.into_iter().enumerate().map(|(i, cells)| (u64::from(first) + i as u64 + 1, cells)).collect();
    Some(Grid { sheet: Some(sheet), rows })
}

/// A value far outside any table: named, so staff can delete it.
fn far_cell(r: &mut Reader, far: &FarCell) {
    r.error(
        &format!("sheet {}, cell {}", far.sheet, far.name()),
        Say::FarCell { rows: u64::from(MAX_ROWS), columns: u64::from(MAX_COLS) },
    );
}

/// A cell as the text a CSV file would hold: whole numbers without a decimal point
/// (spreadsheets store every number as a float), text trimmed, errors by name.
fn text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_owned(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(d) => d.as_f64().to_string(),
        Data::Error(e) => e.to_string(),
    }
}
