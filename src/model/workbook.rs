//! Tables kept in a spreadsheet workbook (.xlsx from Excel, .ods from LibreOffice),
//! read with calamine into the same [`Grid`] of text cells as a CSV file, so every
//! check and message is the same, with places said as the spreadsheet shows them:
//! `sheet countries, cell C7`. Feature `workbook`: the native command and the staff
//! preview's worker (src/bin/staff.rs) read workbooks; the visitor's wasm never
//! does.

use super::reader::Reader;
use super::tables::Grid;
use calamine::{open_workbook_auto_from_rs, Data, Reader as _};
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
    let mut book = match open_workbook_auto_from_rs(Cursor::new(bytes)) {
        Ok(b) => b,
        Err(_) => {
            r.error(
                "",
                "the file cannot be read as a workbook",
                "save it again from the spreadsheet as .xlsx (Excel) or .ods (LibreOffice), or as CSV UTF-8",
            );
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
            "the workbook has no sheet with this name",
            &format!("name the sheet {name}; the workbook's sheets are: {}", names.join(", ")),
        );
        return None;
    };
    let range = match book.worksheet_range(&sheet) {
        Ok(range) => range,
        Err(_) => {
            r.error(
                &format!("sheet {sheet}"),
                "the sheet cannot be read",
                "save the workbook again from the spreadsheet, as .xlsx or .ods",
            );
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
