//! Writes an .xlsx workbook the way a spreadsheet saves what staff type: each
//! sheet's header row as text, then cells that read as numbers as numbers, empty
//! cells left empty (a figure not published), anything else as text.

use rust_xlsxwriter::Workbook;
use std::path::Path;

/// A sheet: its name, header row, and the rows under it.
pub type Sheet<'a> = (&'a str, Vec<String>, Vec<Vec<&'a str>>);

pub fn write_sheets(path: &Path, sheets: &[Sheet]) {
    let mut wb = Workbook::new();
    for (name, head, rows) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(*name).expect("sheet name");
        for (c, h) in head.iter().enumerate() {
            ws.write_string(0, c as u16, h).expect("header");
        }
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32 + 1, c as u16);
                match cell.parse::<f64>() {
                    Ok(n) => ws.write_number(r, c, n).map(|_| ()),
                    Err(_) if cell.is_empty() => Ok(()),
                    Err(_) => ws.write_string(r, c, *cell).map(|_| ()),
                }
                .expect("cell");
            }
        }
    }
    wb.save(path).expect("workbook saved");
}
