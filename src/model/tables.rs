//! The per-country and per-year tables: header, rows and cell types. What the values
//! mean (known countries, programme years, parts against wholes) is checked in
//! `validate_tables`, once the JSON file is read too.
//!
//! A table arrives as a [`Grid`] of text cells with the row numbers a person sees
//! (CSV lines, or a workbook's rows), so every check below is the same for both.
//! Problems name places the way the file is opened: `line 3, column C (people)` in a
//! CSV file, with the column's spreadsheet letter and name; line 1 is the header.

use super::dataset::{CountryFigures, Metric, YearFigures};
use super::file_text::{self, Content, Kind};
use super::reader::{Reader, MAX_COUNT};
use crate::core::Say;

/// One table row with its places, kept for messages about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row<T> {
    /// Line (CSV) or row (workbook) number, from 1.
    pub line: u64,
    pub figures: T,
    /// How messages name this row and its cells.
    pub at: RowPlaces,
}

/// How messages name a row and its cells.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RowPlaces {
    /// The row: `line 3`.
    pub row: String,
    /// The key cell (iso3 or year): `line 3, column A (iso3)`.
    pub key: String,
    /// Each metric column's cell and column: (`line 3, column C (people)`, `column C (people)`).
    pub cells: Vec<(Metric, String, String)>,
}

impl RowPlaces {
    /// The place of this row's cell in column `m`, or the row when the table has no such column.
    pub fn cell(&self, m: Metric) -> &str {
        self.cells.iter().find(|c| c.0 == m).map_or(&self.row, |c| &c.1)
    }
    /// `line 3` or `row 3` (in a sheet), for "first on line 3".
    pub fn short_row(&self) -> String {
        match self.row.split_once(", ") {
            Some((_, row)) => row.to_owned(),
            None => self.row.clone(),
        }
    }
    /// The place of the column `m` as a whole, for messages about a column's sum.
    pub fn column(&self, m: Metric) -> Option<&str> {
        self.cells.iter().find(|c| c.0 == m).map(|c| c.2.as_str())
    }
}

/// A table as text cells: each row with its number as the person editing it sees it.
#[derive(Debug, Clone, Default)]
pub struct Grid {
    /// The workbook sheet the table is on; `None` for a CSV file.
    pub sheet: Option<String>,
    pub rows: Vec<(u64, Vec<String>)>,
}

impl Grid {
    /// `line 3` (CSV) or `sheet countries, row 3`.
    pub fn row_place(&self, row: u64) -> String {
        match &self.sheet {
            None => format!("line {row}"),
            Some(s) => format!("sheet {s}, row {row}"),
        }
    }
    /// `line 3, column C` (CSV) or `sheet countries, cell C3`.
    pub fn cell_place(&self, row: u64, col: usize) -> String {
        match &self.sheet {
            None => format!("line {row}, column {}", column_letter(col)),
            Some(s) => format!("sheet {s}, cell {}{row}", column_letter(col)),
        }
    }
    /// `column C` (CSV) or `sheet countries, column C`.
    pub fn column_place(&self, col: usize) -> String {
        match &self.sheet {
            None => format!("column {}", column_letter(col)),
            Some(s) => format!("sheet {s}, column {}", column_letter(col)),
        }
    }
}

/// A column's spreadsheet letter from its index from 0: A … Z, AA, AB …
pub fn column_letter(col: usize) -> String {
    let mut n = col + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.iter().rev().map(|&b| b as char).collect()
}

/// Whether `name` may be referenced as a table: a plain file name ending in `.csv`,
/// `.xlsx` or `.ods`. Tables live beside the dataset file; a path could point
/// anywhere the page or the command can read, so none is accepted.
pub fn is_table_name(name: &str) -> bool {
    let stem = [".csv", ".xlsx", ".ods"].iter().find_map(|ext| name.strip_suffix(ext)).unwrap_or_default();
    !stem.is_empty()
        && !stem.starts_with('.')
        && stem.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// Whether a table name is a spreadsheet workbook rather than CSV.
pub fn is_workbook_name(name: &str) -> bool {
    name.ends_with(".xlsx") || name.ends_with(".ods")
}

/// Columns of the per-country table, in the documented order.
pub const COUNTRY_COLUMNS: &[Metric] = &Metric::ALL;
/// Only volunteers and people are published per year.
pub const YEAR_COLUMNS: &[Metric] = &[Metric::Volunteers, Metric::People];

/// Reads the per-country table (`iso3,volunteers,people,women,children`) from CSV.
pub fn read_by_country(r: &mut Reader, source: Content) -> Vec<Row<CountryFigures>> {
    csv_grid(r, source).map(|g| country_rows(r, &g)).unwrap_or_default()
}

/// Reads the per-year table (`year,volunteers,people`) from CSV.
pub fn read_by_year(r: &mut Reader, source: Content) -> Vec<Row<YearFigures>> {
    csv_grid(r, source).map(|g| year_rows(r, &g)).unwrap_or_default()
}

/// The per-country rows of a grid (CSV or workbook sheet).
pub fn country_rows(r: &mut Reader, grid: &Grid) -> Vec<Row<CountryFigures>> {
    read(r, grid, "iso3", COUNTRY_COLUMNS)
        .into_iter()
        .map(|raw| {
            let mut f = CountryFigures { iso3: raw.key, ..CountryFigures::default() };
            for (m, v) in raw.values {
                match m {
                    Metric::Volunteers => f.volunteers = v,
                    Metric::People => f.people = v,
                    Metric::Women => f.women = v,
                    Metric::Children => f.children = v,
                }
            }
            Row { line: raw.line, figures: f, at: raw.at }
        })
        .collect()
}

/// The per-year rows of a grid (CSV or workbook sheet).
pub fn year_rows(r: &mut Reader, grid: &Grid) -> Vec<Row<YearFigures>> {
    read(r, grid, "year", YEAR_COLUMNS)
        .into_iter()
        .filter_map(|raw| {
            let year = year_cell(r, &raw.at.key, &raw.key)?;
            let mut f = YearFigures { year, ..YearFigures::default() };
            for (m, v) in raw.values {
                match m {
                    Metric::Volunteers => f.volunteers = v,
                    Metric::People => f.people = v,
                    // The header check only admits YEAR_COLUMNS.
                    Metric::Women | Metric::Children => {}
                }
            }
            Some(Row { line: raw.line, figures: f, at: raw.at })
        })
        .collect()
}

/// A row before its key is interpreted: the key cell's text and each known column's
/// count (`None` = empty cell, or a bad one already reported).
struct RawRow {
    line: u64,
    key: String,
    values: Vec<(Metric, Option<u64>)>,
    at: RowPlaces,
}

/// What a header column holds.
#[derive(Clone, Copy, PartialEq)]
enum Column {
    Key,
    Metric(Metric),
    /// Free text for staff (`note`): ignored, except that the template marks its
    /// example rows there.
    Note,
    /// A sheet column without a name: sheets are as wide as their widest row, so an
    /// empty header cell is only a problem when a cell below it holds something.
    Unnamed,
    /// Unknown, empty or repeated: reported once in the header, skipped in rows.
    Skip,
}

/// The free-text column staff may add to any table.
pub const NOTE_COLUMN: &str = "note";

/// A CSV file's cells, line by line; `None` (with the problem reported) when the
/// file cannot be read at all.
pub fn csv_grid(r: &mut Reader, source: Content) -> Option<Grid> {
    let body = file_text::body(r, source, Kind::Table)?;
    // Trimming cells forgives the spaces spreadsheets and hand edits leave around
    // values; a count with a space inside is still refused by `count_cell`.
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(body.as_bytes());
    let lines = Lines::new(body);
    let mut grid = Grid::default();
    let mut record = csv::StringRecord::new();
    loop {
        match csv.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                // Reading valid UTF-8 from memory cannot fail (csv's errors are about
                // I/O and UTF-8); if it ever does, the rest of the file cannot be
                // trusted. The error's own text is left out: its Display would bring
                // io::Error's formatting into the wasm for a message never shown.
                let line = lines.of(e.position().map_or(0, |p| p.byte()));
                r.error(&format!("line {line}"), Say::CsvUnreadable {});
                break;
            }
        }
        let line = lines.of(record.position().map_or(0, |p| p.byte()));
        grid.rows.push((line, record.iter().map(str::to_owned).collect()));
    }
    Some(grid)
}

fn read(r: &mut Reader, grid: &Grid, key: &str, metrics: &[Metric]) -> Vec<RawRow> {
    let mut columns: Option<Vec<Column>> = None;
    let mut rows = Vec::new();
    // Data lines seen, readable or not, so a table whose rows all have errors is not
    // also said to have no rows.
    let mut data_lines = 0;
    for (line, record) in &grid.rows {
        // Spreadsheets export rows they once formatted as ",,,,": not a problem.
        if record.iter().all(String::is_empty) {
            continue;
        }
        match &columns {
            None => match header(r, grid, record, *line, key, metrics) {
                Some(c) => columns = Some(c),
                // Without the key column no row can be placed, so stop here.
                None => return Vec::new(),
            },
            Some(cols) => {
                data_lines += 1;
                if let Some(raw) = row(r, grid, record, *line, cols, key) {
                    rows.push(raw);
                }
            }
        }
    }
    if columns.is_some() && data_lines == 0 {
        r.warning(
            grid.sheet.as_ref().map(|s| format!("sheet {s}")).as_deref().unwrap_or(""),
            Say::HeaderWithoutRows {},
        );
    }
    rows
}

/// Line numbers as a text editor or spreadsheet counts them. The csv crate's own
/// line counter miscounts `\r\n` endings and blank lines, and the byte offset it
/// gives for a record may point at the end of the previous line's terminator, so
/// lines are counted here from the text.
struct Lines<'t> {
    text: &'t [u8],
    /// Byte offset where each line starts.
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Lines<'t> {
        let text = text.as_bytes();
        let mut starts = vec![0];
        for (i, b) in text.iter().enumerate() {
            // `\n`, `\r\n` and a lone `\r` each end one line.
            if *b == b'\n' || (*b == b'\r' && text.get(i + 1) != Some(&b'\n')) {
                starts.push(i + 1);
            }
        }
        Lines { text, starts }
    }

    /// The line of the record that starts at or just after `byte`.
    fn of(&self, byte: u64) -> u64 {
        let mut at = usize::try_from(byte).unwrap_or(usize::MAX).min(self.text.len());
        while matches!(self.text.get(at), Some(b'\r' | b'\n')) {
            at += 1;
        }
        self.starts.partition_point(|&s| s <= at) as u64
    }
}

/// Reads the header line; `None` when there is no key column.
fn header(
    r: &mut Reader,
    grid: &Grid,
    record: &[String],
    line: u64,
    key: &str,
    metrics: &[Metric],
) -> Option<Vec<Column>> {
    let allowed: Vec<&str> = std::iter::once(key).chain(metrics.iter().map(|m| m.key())).collect();
    let example = allowed.join(",");
    let row_place = grid.row_place(line);
    if record.len() == 1 && record.iter().any(|c| c.contains([';', '\t'])) {
        r.error(&row_place, Say::NotCommaSeparated { example });
        return None;
    }
    let known = |name: &str| allowed.iter().copied().find(|a| a.eq_ignore_ascii_case(name.trim()));
    // A first line without a single known name is data, not a header: one message
    // says so, instead of an "unknown column" for each of its cells.
    if !record.iter().any(|name| known(name).is_some()) {
        let allowed = allowed.join(", ");
        let say = if grid.sheet.is_some() {
            Say::FirstRowNotHeader { allowed }
        } else {
            Say::FirstLineNotHeader { allowed }
        };
        r.error(&row_place, say);
        return None;
    }
    let mut columns = Vec::with_capacity(record.len());
    for (i, name) in record.iter().enumerate() {
        let place = grid.cell_place(line, i);
        let column = if name.is_empty() && grid.sheet.is_some() {
            Column::Unnamed
        } else if name.trim().eq_ignore_ascii_case(NOTE_COLUMN) || name.trim().eq_ignore_ascii_case("notes") {
            Column::Note
        } else if name.is_empty() {
            r.error(&place, Say::ColumnWithoutName { column: column_letter(i), allowed: allowed.join(", ") });
            Column::Skip
        } else if known(name) == Some(key) {
            Column::Key
        } else if let Some(m) = metrics.iter().copied().find(|m| known(name) == Some(m.key())) {
            Column::Metric(m)
        } else {
            r.error(&place, Say::UnknownColumn { name: name.clone(), allowed: allowed.join(", ") });
            Column::Skip
        };
        let single = matches!(column, Column::Key | Column::Metric(_));
        if single && columns.contains(&column) {
            r.error(&place, Say::ColumnTwice { name: name.clone() });
            columns.push(Column::Skip);
        } else {
            columns.push(column);
        }
    }
    if !columns.contains(&Column::Key) {
        r.error(&row_place, Say::NoKeyColumn { key: key.to_owned(), example });
        return None;
    }
    Some(columns)
}

/// Reads one data row; `None` when it cannot be placed (wrong width, no key).
fn row(
    r: &mut Reader,
    grid: &Grid,
    record: &[String],
    line: u64,
    columns: &[Column],
    key: &str,
) -> Option<RawRow> {
    let row_place = grid.row_place(line);
    // A workbook row's width is the sheet's, not the header's; cells past the header
    // are only a problem when they hold something.
    let extra = record.get(columns.len()..).unwrap_or_default();
    if let (Some(_), Some(i)) = (&grid.sheet, extra.iter().position(|c| !c.is_empty())) {
        r.error(&grid.cell_place(line, columns.len() + i), Say::InUnnamedColumn { value: extra[i].clone() });
        return None;
    }
    if grid.sheet.is_none() && record.len() != columns.len() {
        r.error(&row_place, Say::RowWidth { fields: record.len(), header: columns.len() });
        return None;
    }
    let named = |i: usize, name: &str| format!("{} ({name})", grid.cell_place(line, i));
    let mut raw = RawRow { line, key: String::new(), values: Vec::new(), at: RowPlaces::default() };
    let mut example = false;
    raw.at.row = row_place;
    for (i, column) in columns.iter().enumerate() {
        let cell = record.get(i).map_or("", String::as_str);
        match column {
            Column::Key => {
                raw.key = cell.to_owned();
                raw.at.key = named(i, key);
            }
            Column::Metric(m) => {
                let place = named(i, m.key());
                let v = count_cell(r, &place, cell);
                raw.values.push((*m, v));
                raw.at.cells.push((*m, place, format!("{} ({})", grid.column_place(i), m.key())));
            }
            Column::Note if cell.trim().to_ascii_lowercase().starts_with("example") => example = true,
            Column::Unnamed if !cell.is_empty() => {
                r.error(&grid.cell_place(line, i), Say::InUnnamedColumn { value: cell.to_owned() });
            }
            Column::Note | Column::Unnamed | Column::Skip => {}
        }
    }
    // Rows the template marks as examples must not be published as figures.
    if example {
        r.error(&raw.at.row, Say::ExampleRow {});
        return None;
    }
    if raw.key.is_empty() {
        r.error(&raw.at.key, Say::RowWithoutKey { key: key.to_owned() });
        return None;
    }
    Some(raw)
}

/// A count cell: empty is "not published"; otherwise digits only.
fn count_cell(r: &mut Reader, place: &str, cell: &str) -> Option<u64> {
    if cell.is_empty() {
        return None;
    }
    if cell.bytes().all(|b| b.is_ascii_digit()) {
        return match cell.parse::<u64>() {
            Ok(v) if v <= MAX_COUNT => Some(v),
            _ => {
                r.error(place, Say::CountTooLarge { count: cell.to_owned() });
                None
            }
        };
    }
    // Name the likely mistake in the same words as for counts in the JSON file. The
    // cell is classified by its characters: parsing it as a float would put the
    // standard library's float parser (about 18 KB) into the page's wasm.
    let (negative, unsigned) = match cell.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cell),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let numeric = !(whole.is_empty() && fraction.is_empty()) && digits(whole) && digits(fraction);
    if numeric && negative {
        r.error(place, Say::CountNegative { count: cell.to_owned() });
    } else if numeric && fraction.bytes().any(|b| b != b'0') {
        r.error(place, Say::CellNotWholeCount { count: cell.to_owned() });
    } else if let Some(plain) = grouped_digits(cell) {
        r.error(place, Say::ThousandsSeparator { cell: cell.to_owned(), digits: plain });
    } else {
        r.error(place, Say::CellNotWhole { cell: cell.to_owned() });
    }
    None
}

/// `1,200`, `24 906` (also with a no-break or thin space, or `'`): digits in groups
/// of three after the first; the digits alone.
fn grouped_digits(cell: &str) -> Option<String> {
    let sep = cell.chars().find(|c| !c.is_ascii_digit())?;
    if !matches!(sep, ',' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'') {
        return None;
    }
    let mut groups = cell.split(sep);
    let first = groups.next()?;
    let ok_first = (1..=3).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_digit());
    let rest: Vec<&str> = groups.collect();
    let ok_rest =
        !rest.is_empty() && rest.iter().all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()));
    (ok_first && ok_rest).then(|| cell.chars().filter(char::is_ascii_digit).collect())
}

/// A year cell: a whole number between 1900 and 2200, like years in the JSON file.
fn year_cell(r: &mut Reader, place: &str, cell: &str) -> Option<u32> {
    match cell.parse::<u32>() {
        Ok(y) if (1900..=2200).contains(&y) && cell.bytes().all(|b| b.is_ascii_digit()) => Some(y),
        _ => {
            r.error(place, Say::NotAYear { cell: cell.to_owned() });
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn by_country(text: &str) -> (Vec<Row<CountryFigures>>, Vec<String>) {
        let mut r = Reader::new("t.csv");
        let rows = read_by_country(&mut r, Content::Text(text));
        (rows, r.problems.iter().map(|p| p.to_string()).collect())
    }

    #[test]
    fn reads_rows_with_lines_and_empty_cells_as_not_published() {
        let (rows, ps) = by_country("iso3,people,women\r\nCOL, 12 ,\n\nHTI,,3\n,,\n");
        assert!(ps.is_empty(), "{ps:?}");
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].line, rows[0].figures.people, rows[0].figures.women), (2, Some(12), None));
        assert_eq!((rows[1].line, rows[1].figures.iso3.as_str()), (4, "HTI"));
        assert_eq!(
            (rows[1].figures.people, rows[1].figures.women, rows[1].figures.volunteers),
            (None, Some(3), None)
        );
    }

    #[test]
    fn line_numbers_count_every_kind_of_line_ending() {
        for (text, want) in [
            ("iso3\nCOL\n\n\nHTI\n", [2, 5]),
            ("iso3\r\nCOL\r\n\r\nHTI\r\n", [2, 4]),
            ("iso3\rCOL\rHTI", [2, 3]),
            ("\"iso3\"\n\"CO\nL\"\nHTI", [2, 4]),
        ] {
            let mut r = Reader::new("t.csv");
            let grid = csv_grid(&mut r, Content::Text(text)).expect("readable");
            let rows = read(&mut r, &grid, "iso3", COUNTRY_COLUMNS);
            let lines: Vec<u64> = rows.iter().map(|row| row.line).collect();
            assert_eq!(lines, want, "{text:?}");
        }
    }

    #[test]
    fn columns_may_come_in_any_order_and_quoted() {
        let (rows, ps) = by_country("\"people\",iso3\n\"1\",\"CRI\"\n");
        assert!(ps.is_empty(), "{ps:?}");
        assert_eq!((rows[0].figures.iso3.as_str(), rows[0].figures.people), ("CRI", Some(1)));
    }

    #[test]
    fn bad_counts_are_named_for_what_they_look_like() {
        for (cell, want) in [
            ("-3", "count -3 is negative"),
            ("-0.5", "count -0.5 is negative"),
            ("2.5", "count 2.5 is not a whole number"),
            ("3.0", "\"3.0\" is not a whole number"),
            ("1e3", "\"1e3\" is not a whole number"),
            ("-", "\"-\" is not a whole number"),
            (".", "\".\" is not a whole number"),
            ("1 200", "\"1 200\" has a thousands separator"),
            ("24,906", "\"24,906\" has a thousands separator"),
            ("1\u{202f}234\u{202f}567", "\"1\u{202f}234\u{202f}567\" has a thousands separator"),
            ("1,20", "\"1,20\" is not a whole number"),
            ("12 children", "\"12 children\" is not a whole number"),
        ] {
            let mut r = Reader::new("t.csv");
            assert_eq!(count_cell(&mut r, "p", cell), None);
            assert_eq!(r.problems.len(), 1, "{cell}");
            assert_eq!(r.problems[0].what, want);
        }
        let mut r = Reader::new("t.csv");
        assert_eq!(count_cell(&mut r, "p", "007"), Some(7));
        assert_eq!(count_cell(&mut r, "p", ""), None);
        assert!(r.problems.is_empty());
    }

    #[test]
    fn table_names_are_plain_csv_file_names() {
        for ok in ["demo-by-country.csv", "a.csv", "x_1.v2.csv"] {
            assert!(is_table_name(ok), "{ok}");
        }
        for bad in
            [".csv", "../x.csv", "dir/x.csv", "x.CSV", "x.json", ".hidden.csv", "a b.csv", "c:\\x.csv", ""]
        {
            assert!(!is_table_name(bad), "{bad}");
        }
    }

    #[test]
    fn semicolon_separated_file_is_named_as_such() {
        let (rows, ps) = by_country("iso3;people\nCOL;1\n");
        assert!(rows.is_empty());
        assert_eq!(ps.len(), 1, "{ps:?}");
        assert!(ps[0].contains("line 1: columns are not separated by commas"), "{ps:?}");
    }
}
