//! Which files dropped on the page for a staff preview are read at all. Checked on
//! the name, size and type the browser reports, before a byte is read: a 1 GB file
//! or a photo dropped by mistake must not fill the page's memory.

use super::file_text::MAX_FILE_BYTES;
use super::tables::is_workbook_name;

/// What to do with one dropped file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intake {
    /// The dataset's JSON file.
    Json,
    /// A table file, CSV or a .xlsx / .ods workbook: read only if the JSON file
    /// names it.
    Table,
    /// Larger than [`MAX_FILE_BYTES`] (the messages say "2 MB"): not read.
    TooBig,
    /// Not a .json, .csv, .xlsx or .ods file, or a type the browser says is
    /// something else.
    WrongType,
}

/// Types browsers report for .json and .csv files ("" when they do not know;
/// Windows calls a .csv file "application/vnd.ms-excel").
const JSON_TYPES: &[&str] = &["", "application/json", "text/json", "text/plain", "application/octet-stream"];
const CSV_TYPES: &[&str] = &[
    "",
    "text/csv",
    "application/csv",
    "text/x-csv",
    "application/vnd.ms-excel",
    "text/plain",
    "application/octet-stream",
];
/// Types browsers report for workbooks (a workbook is a zip file).
const WORKBOOK_TYPES: &[&str] = &[
    "",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/zip",
    "application/octet-stream",
];

/// Sorts a dropped file by its name, size (bytes) and MIME type.
pub fn intake(name: &str, size: f64, mime: &str) -> Intake {
    let lower = name.to_ascii_lowercase();
    let mime = mime.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    let kind = if lower.ends_with(".json") && JSON_TYPES.contains(&mime.as_str()) {
        Intake::Json
    } else if (lower.ends_with(".csv") && CSV_TYPES.contains(&mime.as_str()))
        || (is_workbook_name(&lower) && WORKBOOK_TYPES.contains(&mime.as_str()))
    {
        Intake::Table
    } else {
        return Intake::WrongType;
    };
    if !(size.is_finite() && size >= 0.0 && size <= MAX_FILE_BYTES as f64) {
        return Intake::TooBig;
    }
    kind
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Files a staff member (or someone at their desk) might drop, and the outcome.
    #[test]
    fn dropped_file_corpus() {
        let mb = 1024.0 * 1024.0;
        for (name, size, mime, want) in [
            ("demo.json", 9_000.0, "application/json", Intake::Json),
            ("DEMO.JSON", 9_000.0, "", Intake::Json),
            ("demo-by-country.csv", 700.0, "text/csv", Intake::Table),
            ("demo-by-country.csv", 700.0, "application/vnd.ms-excel", Intake::Table),
            ("huge.json", 1024.0 * mb, "application/json", Intake::TooBig),
            ("huge.csv", 2.0 * mb + 1.0, "text/csv", Intake::TooBig),
            ("edge.json", 2.0 * mb, "application/json", Intake::Json),
            ("nan.json", f64::NAN, "application/json", Intake::TooBig),
            ("photo.jpg", 3_000.0, "image/jpeg", Intake::WrongType),
            ("photo.json", 3_000.0, "image/jpeg", Intake::WrongType),
            ("page.json", 3_000.0, "text/html", Intake::WrongType),
            ("table.csv.exe", 3_000.0, "application/x-msdownload", Intake::WrongType),
            (
                "workbook.xlsx",
                3_000.0,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                Intake::Table,
            ),
            ("Workbook.ODS", 3_000.0, "application/vnd.oasis.opendocument.spreadsheet", Intake::Table),
            ("workbook.xlsx", 3_000.0, "", Intake::Table),
            ("photo.xlsx", 3_000.0, "image/png", Intake::WrongType),
            ("huge.ods", 3.0 * mb, "application/vnd.oasis.opendocument.spreadsheet", Intake::TooBig),
            ("macros.xlsm", 3_000.0, "application/vnd.ms-excel.sheet.macroEnabled.12", Intake::WrongType),
            ("script.js", 100.0, "text/javascript", Intake::WrongType),
            ("image.svg", 100.0, "image/svg+xml", Intake::WrongType),
            ("json", 100.0, "", Intake::WrongType),
            ("", 100.0, "", Intake::WrongType),
        ] {
            assert_eq!(intake(name, size, mime), want, "{name} {size} {mime}");
        }
    }
}
