//! Workbooks are files staff pick and the staff preview's worker opens: hostile
//! until checked. A sheet whose used area is enormous (one stray cell at the far
//! corner, XFD1048576, as a slip of Ctrl+End and a keystroke makes) must give a
//! clear message naming that cell, not crash the command or the worker by
//! allocating every empty cell between it and A1.

use std::path::{Path, PathBuf};
use std::process::Command;

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("impact-atlas-hostile-wb-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// The tests/good/ods.json case with its tables in `xlsx`, and a stray value at
/// (`row`, `col`) of the countries sheet (0-based, as the writer counts).
fn case(dir: &Path, row: u32, col: u16) -> PathBuf {
    let json = std::fs::read_to_string("tests/good/ods.json")
        .expect("ods case")
        .replace("ods-tables.ods", "tables.xlsx");
    let path = dir.join("case.json");
    std::fs::write(&path, json).expect("json");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("countries").expect("name");
    for (c, h) in ["iso3", "volunteers", "people", "women", "children"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).expect("head");
    }
    for (r, row) in [["COL", "2", "400", "200", "100"], ["HTI", "5", "500", "250", "150"]].iter().enumerate()
    {
        ws.write_string(r as u32 + 1, 0, row[0]).expect("iso3");
        for (c, n) in row.iter().enumerate().skip(1) {
            ws.write_number(r as u32 + 1, c as u16, n.parse::<f64>().expect("n")).expect("n");
        }
    }
    ws.write_string(row, col, "x").expect("stray");
    let years = wb.add_worksheet();
    years.set_name("years").expect("name");
    for (c, h) in ["year", "volunteers", "people"].iter().enumerate() {
        years.write_string(0, c as u16, *h).expect("head");
    }
    wb.save(dir.join("tables.xlsx")).expect("saved");
    path
}

#[test]
fn a_stray_cell_at_the_far_corner_is_named_not_a_crash() {
    let dir = temp("far");
    let json = case(&dir, 1_048_575, 16_383);
    let (code, out) = validate(&json);
    assert_eq!(code, Some(1), "exits with the validator's code, not a crash: {out}");
    assert!(out.contains("sheet countries, cell XFD1048576"), "names the stray cell: {out}");
    // A value just under the table is read as a row of the table, and checked.
    let dir = temp("near");
    let (code, out) = validate(&case(&dir, 3, 0));
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains(r#"sheet countries, cell A4 (iso3): "x" is not an ISO 3166-1"#),
        "read as a row: {out}"
    );
}

/// tests/good/ods.json with its .ods workbook, `extra` added to the end of the
/// countries sheet (LibreOffice's XML: a run of equal rows or cells is written
/// once with a repeat count, so a tiny file can describe a vast sheet).
fn ods_case(dir: &Path, extra: &str) -> PathBuf {
    use std::io::{Read, Write};
    let json = std::fs::read_to_string("tests/good/ods.json")
        .expect("ods case")
        .replace("ods-tables.ods", "tables.ods");
    let path = dir.join("case.json");
    std::fs::write(&path, json).expect("json");
    let mut src =
        zip::ZipArchive::new(std::fs::File::open("tests/good/ods-tables.ods").expect("ods")).expect("zip");
    let out = std::fs::File::create(dir.join("tables.ods")).expect("out");
    let mut w = zip::ZipWriter::new(out);
    for i in 0..src.len() {
        let mut f = src.by_index(i).expect("entry");
        let name = f.name().to_owned();
        let mut body = Vec::new();
        f.read_to_end(&mut body).expect("read");
        if name == "content.xml" {
            let text = String::from_utf8(body).expect("utf-8");
            let end = text.find("</table:table>").expect("a sheet");
            body = format!("{}{extra}{}", &text[..end], &text[end..]).into_bytes();
        }
        let opts =
            zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        w.start_file(name, opts).expect("start");
        w.write_all(&body).expect("write");
    }
    w.finish().expect("zip written");
    path
}

fn validate(json: &Path) -> (Option<i32>, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_impact-atlas"))
        .env("LC_ALL", "C")
        .arg("validate")
        .arg(json)
        .output()
        .expect("runs");
    (o.status.code(), format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr)))
}

#[test]
fn an_ods_sheet_that_reaches_far_is_named_not_a_crash() {
    let filled = r#"<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>"#;
    let cases = [
        // A stray value a million rows down and in the last column, after empty runs.
        (
            format!(
                r#"<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row><table:table-row table:number-rows-repeated="572"><table:table-cell/></table:table-row><table:table-row><table:table-cell table:number-columns-repeated="16383"/>{filled}</table:table-row>"#
            ),
            "sheet countries, cell XFD1048576",
        ),
        // One filled row repeated a million times.
        (
            format!(r#"<table:table-row table:number-rows-repeated="1000000">{filled}</table:table-row>"#),
            "sheet countries, cell A1000003",
        ),
        // One filled cell repeated across 16,384 columns.
        (
            r#"<table:table-row><table:table-cell office:value-type="string" table:number-columns-repeated="16384"><text:p>x</text:p></table:table-cell></table:table-row>"#.to_owned(),
            "sheet countries, cell XFD4",
        ),
    ];
    // Ways past a scan that reads the XML differently from calamine (each allocates
    // gigabytes in calamine): a value given only as an attribute of an empty cell,
    // a mismatched end tag (calamine does not check them), a repeat count that
    // overflows, a nested table inside a cell, and a run of four billion spaces.
    let bypasses = [
        r#"<table:table-row><table:table-cell office:value="1" table:number-columns-repeated="100000000"/></table:table-row>"#,
        r#"<table:table-row><table:table-cell/></table:bogus><table:table-row table:number-rows-repeated="1048000"><table:table-cell/></table:table-row><table:table-row><table:table-cell table:number-columns-repeated="16383"/><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#,
        r#"<table:table-row table:number-rows-repeated="18446744073709551615"><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#,
        r#"<table:table-row><table:table-cell><table:table table:name="inner"><table:table-row><table:table-cell/></table:table-row></table:table></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#,
        r#"<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="4000000000"/>b</text:p></table:table-cell></table:table-row>"#,
    ];
    for (i, extra) in bypasses.iter().enumerate() {
        let dir = temp(&format!("ods-bypass{i}"));
        let (code, out) = validate(&ods_case(&dir, extra));
        assert_eq!(code, Some(1), "bypass {i}: the validator's exit code, not a crash: {out}");
        assert!(
            out.contains("far outside the table") || out.contains("the sheet cannot be read"),
            "bypass {i}: refused with a message: {out}"
        );
    }
    for (i, (extra, place)) in cases.iter().enumerate() {
        let dir = temp(&format!("ods{i}"));
        let (code, out) = validate(&ods_case(&dir, extra));
        assert_eq!(code, Some(1), "case {i}: the validator's exit code, not a crash: {out}");
        assert!(out.contains(place), "case {i}: names {place}: {out}");
    }
    // Empty runs to the sheet's end, as LibreOffice saves every sheet, are not values.
    let dir = temp("ods-ok");
    let (code, out) = validate(&ods_case(
        &dir,
        r#"<table:table-row table:number-rows-repeated="1048572"><table:table-cell table:style-name="ce1" table:number-columns-repeated="16384"/></table:table-row>"#,
    ));
    assert_eq!(code, Some(0), "a sheet with LibreOffice's trailing empty rows is fine: {out}");
}
