//! The per-country and per-year CSV tables: header, rows and cell types. What the
//! values mean (known countries, programme years, parts against wholes) is checked in
//! `validate_tables`, once the JSON file is read too.
//!
//! Problems name `line N` or `line N, column <name>`, the way a spreadsheet shows
//! them. Line numbers are those of the file, so line 1 is the header.

use super::dataset::{CountryFigures, Metric, YearFigures};
use super::file_text::{self, Content, Kind};
use super::reader::{Reader, MAX_COUNT};

/// One table row with the line it starts on, kept for messages about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row<T> {
    pub line: u64,
    pub figures: T,
}

/// Whether `name` may be referenced as a table: a plain file name ending in `.csv`.
/// Tables live beside the dataset file; a path could point anywhere the page or the
/// command can read, so none is accepted.
pub fn is_table_name(name: &str) -> bool {
    let stem = name.strip_suffix(".csv").unwrap_or_default();
    !stem.is_empty()
        && !stem.starts_with('.')
        && stem.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// Columns of the per-country table, in the documented order.
const COUNTRY_COLUMNS: &[Metric] = &Metric::ALL;
/// Only volunteers and people are published per year.
const YEAR_COLUMNS: &[Metric] = &[Metric::Volunteers, Metric::People];

/// Reads the per-country table (`iso3,volunteers,people,women,children`).
pub fn read_by_country(r: &mut Reader, source: Content) -> Vec<Row<CountryFigures>> {
    read(r, source, "iso3", COUNTRY_COLUMNS)
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
            Row { line: raw.line, figures: f }
        })
        .collect()
}

/// Reads the per-year table (`year,volunteers,people`).
pub fn read_by_year(r: &mut Reader, source: Content) -> Vec<Row<YearFigures>> {
    read(r, source, "year", YEAR_COLUMNS)
        .into_iter()
        .filter_map(|raw| {
            let year = year_cell(r, raw.line, &raw.key)?;
            let mut f = YearFigures { year, ..YearFigures::default() };
            for (m, v) in raw.values {
                match m {
                    Metric::Volunteers => f.volunteers = v,
                    Metric::People => f.people = v,
                    // The header check only admits YEAR_COLUMNS.
                    Metric::Women | Metric::Children => {}
                }
            }
            Some(Row { line: raw.line, figures: f })
        })
        .collect()
}

/// A row before its key is interpreted: the key cell's text and each known column's
/// count (`None` = empty cell, or a bad one already reported).
struct RawRow {
    line: u64,
    key: String,
    values: Vec<(Metric, Option<u64>)>,
}

/// What a header column holds.
#[derive(Clone, Copy, PartialEq)]
enum Column {
    Key,
    Metric(Metric),
    /// Unknown, empty or repeated: reported once in the header, skipped in rows.
    Skip,
}

fn read(r: &mut Reader, source: Content, key: &str, metrics: &[Metric]) -> Vec<RawRow> {
    let Some(body) = file_text::body(r, source, Kind::Table) else {
        return Vec::new();
    };
    // Trimming cells forgives the spaces spreadsheets and hand edits leave around
    // values; a count with a space inside is still refused by `count_cell`.
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(body.as_bytes());
    let lines = Lines::new(body);
    let mut columns: Option<Vec<Column>> = None;
    let mut rows = Vec::new();
    // Data lines seen, readable or not, so a table whose rows all have errors is not
    // also said to have no rows.
    let mut data_lines = 0;
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
                r.error(
                    &format!("line {line}"),
                    "the table could not be read as CSV",
                    "save the table again as CSV",
                );
                break;
            }
        }
        let line = lines.of(record.position().map_or(0, |p| p.byte()));
        // Spreadsheets export rows they once formatted as ",,,,": not a problem.
        if record.iter().all(str::is_empty) {
            continue;
        }
        match &columns {
            None => match header(r, &record, line, key, metrics) {
                Some(c) => columns = Some(c),
                // Without the key column no row can be placed, so stop here.
                None => return Vec::new(),
            },
            Some(cols) => {
                data_lines += 1;
                if let Some(raw) = row(r, &record, line, cols, key) {
                    rows.push(raw);
                }
            }
        }
    }
    if columns.is_some() && data_lines == 0 {
        r.warning(
            "",
            "the table has a header but no rows",
            "add one row per country or year, or remove the table",
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
    record: &csv::StringRecord,
    line: u64,
    key: &str,
    metrics: &[Metric],
) -> Option<Vec<Column>> {
    let allowed: Vec<&str> = std::iter::once(key).chain(metrics.iter().map(|m| m.key())).collect();
    let example = allowed.join(",");
    if record.len() == 1 && record.iter().any(|c| c.contains([';', '\t'])) {
        r.error(
            &format!("line {line}"),
            "columns are not separated by commas",
            &format!("save as comma-separated CSV; the header should read {example}"),
        );
        return None;
    }
    // A first line without a single known name is data, not a header: one message
    // says so, instead of an "unknown column" for each of its cells.
    if !record.iter().any(|name| allowed.contains(&name)) {
        r.error(
            &format!("line {line}"),
            "the first line is not a header: it names none of the columns",
            &format!("add a first line naming the columns, such as {example}"),
        );
        return None;
    }
    let mut columns = Vec::with_capacity(record.len());
    for (i, name) in record.iter().enumerate() {
        let column = if name.is_empty() {
            r.error(
                &format!("line {line}, column {}", i + 1),
                format!("column {} has no name", i + 1),
                &format!("name every column; allowed columns: {}", allowed.join(", ")),
            );
            Column::Skip
        } else if name == key {
            Column::Key
        } else if let Some(m) = metrics.iter().copied().find(|m| m.key() == name) {
            Column::Metric(m)
        } else {
            r.error(
                &format!("line {line}, column {name}"),
                format!("unknown column \"{name}\""),
                &format!("allowed columns: {}", allowed.join(", ")),
            );
            Column::Skip
        };
        if column != Column::Skip && columns.contains(&column) {
            r.error(
                &format!("line {line}, column {name}"),
                format!("column \"{name}\" appears more than once"),
                "keep one of them",
            );
            columns.push(Column::Skip);
        } else {
            columns.push(column);
        }
    }
    if !columns.contains(&Column::Key) {
        r.error(
            &format!("line {line}"),
            format!("the header has no \"{key}\" column"),
            &format!("add it: each row needs its {key}, as in {example}"),
        );
        return None;
    }
    Some(columns)
}

/// Reads one data row; `None` when it cannot be placed (wrong width, no key).
fn row(
    r: &mut Reader,
    record: &csv::StringRecord,
    line: u64,
    columns: &[Column],
    key: &str,
) -> Option<RawRow> {
    if record.len() != columns.len() {
        r.error(
            &format!("line {line}"),
            format!("the row has {} fields but the header has {}", record.len(), columns.len()),
            "give each row one cell per column; leave a cell empty when a figure is not published",
        );
        return None;
    }
    let mut raw = RawRow { line, key: String::new(), values: Vec::new() };
    for (cell, column) in record.iter().zip(columns) {
        match column {
            Column::Key => raw.key = cell.to_owned(),
            Column::Metric(m) => {
                let v = count_cell(r, &format!("line {line}, column {}", m.key()), cell);
                raw.values.push((*m, v));
            }
            Column::Skip => {}
        }
    }
    if raw.key.is_empty() {
        r.error(
            &format!("line {line}, column {key}"),
            format!("the row has no {key}"),
            "fill it in, or delete the row",
        );
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
                r.error(place, format!("count {cell} is too large"), "check for extra digits");
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
        r.error(place, format!("count {cell} is negative"), "counts are 0 or more");
    } else if numeric && fraction.bytes().any(|b| b != b'0') {
        r.error(place, format!("count {cell} is not a whole number"), "write a whole number such as 1808");
    } else {
        r.error(
            place,
            format!("\"{cell}\" is not a whole number"),
            "write digits only, without separators or words; leave the cell empty when the figure is not published",
        );
    }
    None
}

/// A year cell: a whole number between 1900 and 2200, like years in the JSON file.
fn year_cell(r: &mut Reader, line: u64, cell: &str) -> Option<u32> {
    let place = format!("line {line}, column year");
    match cell.parse::<u32>() {
        Ok(y) if (1900..=2200).contains(&y) && cell.bytes().all(|b| b.is_ascii_digit()) => Some(y),
        _ => {
            r.error(&place, format!("\"{cell}\" is not a year"), "write a four-digit year such as 2015");
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
            let rows = read(&mut r, Content::Text(text), "iso3", COUNTRY_COLUMNS);
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
            ("1 200", "\"1 200\" is not a whole number"),
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
