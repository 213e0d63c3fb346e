//! The dataset JSON file's fields, read into a [`SourceDataset`] (raw counts, not
//! yet published) with every problem recorded. Entry points (text, bytes, tables) are in `load`.

use super::dataset::*;
use super::disclosure;
use super::file_text::Content;
use super::node::Node;
use super::reader::{Fields, Reader};
use super::small_numbers::DEFAULT_THRESHOLD;
use super::tables::{self, is_table_name, is_workbook_name, Grid, Row};
use super::validate;
use super::validate_tables::{self, Context};
use crate::core::Say;

/// The table files handed in with a dataset, by the name the JSON file uses for them.
pub struct TableFiles<'a> {
    /// Name of the JSON file as shown in messages; tables are shown beside it.
    pub json_file: &'a str,
    pub files: Vec<(&'a str, Content<'a>)>,
}

/// Where a table lives: beside the JSON file, so `data/datasets/demo.json` finds
/// `demo-by-country.csv` at `data/datasets/demo-by-country.csv`. Also the name its
/// problems are reported under.
pub fn sibling(json_file: &str, name: &str) -> String {
    match json_file.rfind(['/', '\\']) {
        Some(i) => format!("{}{name}", &json_file[..=i]),
        None => name.to_owned(),
    }
}

const TOP: &[&str] = &[
    "format",
    "id",
    "synthetic",
    "programme",
    "countries",
    "headline",
    "results",
    "expertise",
    "partners",
    "stories",
    "testimonies",
    "next_programme",
    "by_country",
    "by_year",
    "small_number_threshold",
    "share_url",
    "map_encoding",
];

/// Top-level fields that name a table (CSV file or workbook) beside the dataset file.
pub const TABLE_FIELDS: [&str; 2] = ["by_country", "by_year"];

pub fn read_dataset(r: &mut Reader, n: &Node, files: &TableFiles) -> Option<SourceDataset> {
    let f = r.object(n, "", TOP)?;
    if let Some(fmt) = r.req_string(&f, "format") {
        if fmt != FORMAT {
            r.error("format", Say::FormatUnsupported { found: fmt.clone(), wanted: FORMAT.to_owned() });
        }
    }
    let id = r.req_string(&f, "id").filter(|id| id_ok(r, "id", id));
    let synthetic = match f.get("synthetic") {
        None => false,
        Some(Node::Bool(b)) => *b,
        Some(other) => {
            r.error("synthetic", Say::NotTrueOrFalse { found: crate::core::say::Kind(other.kind()) });
            false
        }
    };
    let programme = r.required(&f, "programme").and_then(|n| read_programme(r, n, "programme"));
    let countries = r.each(&f, "countries", read_country);
    if f.get("countries").is_none() {
        r.required(&f, "countries");
    }
    let headline = r.each(&f, "headline", read_labelled);
    let results = r.each(&f, "results", read_result);
    let expertise = r.each(&f, "expertise", |r, n, p| {
        let f = r.object(n, p, &["id", "label"])?;
        let id = r.req_string(&f, "id");
        let label = r.req_text(&f, "label");
        Some(Expertise { id: id?, label: label? })
    });
    let partners = r.each(&f, "partners", |r, n, p| {
        let f = r.object(n, p, &["name", "country"])?;
        let name = r.req_string(&f, "name");
        let country = r.req_string(&f, "country");
        Some(Partner { name: name?, country: country? })
    });
    let stories = r.each(&f, "stories", |r, n, p| {
        let f = r.object(n, p, &["person", "country", "text"])?;
        let person = r.req_string(&f, "person");
        let country = r.req_string(&f, "country");
        let text = r.req_text(&f, "text");
        Some(Story { person: person?, country: country?, text: text? })
    });
    let testimonies = r.each(&f, "testimonies", |r, n, p| {
        let f = r.object(n, p, &["country", "author", "quote"])?;
        let country = r.req_string(&f, "country");
        let author = r.req_text(&f, "author");
        let quote = r.req_text(&f, "quote");
        Some(Testimony { country: country?, author: author?, quote: quote? })
    });
    let next_programme = f.get("next_programme").and_then(|n| {
        let f = r.object(n, "next_programme", &["label", "years", "partners", "countries"])?;
        let label = r.req_text(&f, "label");
        let years = r.req_count(&f, "years");
        let partners = r.req_count(&f, "partners");
        let countries = r.req_count(&f, "countries");
        Some(NextProgramme { label: label?, years: years?, partners: partners?, countries: countries? })
    });
    validate::cross_check(
        r,
        &validate::Lists {
            countries: &countries,
            countries_listed: match f.get("countries") {
                Some(Node::Arr(items)) => items.len(),
                _ => 0,
            },
            headline: &headline,
            results: &results,
            partners: &partners,
            stories: &stories,
            testimonies: &testimonies,
        },
    );
    // Protection is on unless a dataset turns it down explicitly: without the field,
    // counts below DEFAULT_THRESHOLD show as "fewer than 5" (validate says so).
    let small_number_threshold = match f.get("small_number_threshold") {
        None => Some(DEFAULT_THRESHOLD),
        Some(n) => r.count(n, "small_number_threshold"),
    };
    if small_number_threshold == Some(0) {
        r.warning("small_number_threshold", Say::ThresholdZero {});
    }
    let share_url = r.opt_string(&f, "share_url").filter(|u| share_url_ok(r, u));
    let map_encoding = match r.opt_string(&f, "map_encoding") {
        None => MapEncoding::Choropleth,
        Some(k) => MapEncoding::from_key(&k).unwrap_or_else(|| {
            r.error(&f.at("map_encoding"), Say::NotMapEncoding { value: k.clone() });
            MapEncoding::Choropleth
        }),
    };
    // Tables are read even when the fields above have errors, against whatever could
    // be read, so that staff see the problems of every file at once.
    let cx = Context {
        json_file: files.json_file,
        countries: &countries,
        // Reversed years are one error (reported above), not one more for every row
        // of the per-year table.
        years: programme.as_ref().map(|p| (p.start_year, p.end_year)).filter(|(s, e)| s <= e),
        headline: &headline,
        results: &results,
        threshold: small_number_threshold,
    };
    // A file both tables are read from (a workbook) that cannot be read is reported once.
    let mut unreadable = Vec::new();
    let mut by_country =
        read_table(r, &f, "by_country", files, &mut unreadable, tables::country_rows, |tr, rows| {
            validate_tables::check_by_country(tr, &cx, rows)
        });
    let mut by_year = read_table(r, &f, "by_year", files, &mut unreadable, tables::year_rows, |tr, rows| {
        validate_tables::check_by_year(tr, &cx, rows)
    });
    // What the tables give away together, with the totals, once both are read.
    disclosure::check_tables(
        &cx,
        by_country.as_mut().map(|(tr, rows)| (tr, rows.as_slice())),
        by_year.as_mut().map(|(tr, rows)| (tr, rows.as_slice())),
    );
    let by_country = collect_rows(r, by_country);
    let by_year = collect_rows(r, by_year);
    Some(Dataset {
        id: id?,
        synthetic,
        programme: programme?,
        countries,
        headline,
        results,
        expertise,
        partners,
        stories,
        testimonies,
        next_programme,
        by_country,
        by_year,
        small_number_threshold,
        share_url,
        map_encoding,
    })
}

/// A table's rows, its problems moved to `r`.
fn collect_rows<T>(r: &mut Reader, table: Option<(Reader, Vec<Row<T>>)>) -> Vec<T> {
    let Some((mut tr, rows)) = table else { return Vec::new() };
    r.problems.append(&mut tr.problems);
    rows.into_iter().map(|row| row.figures).collect()
}

/// Reads the table a top-level field names (a CSV file, or a sheet of a workbook),
/// with its problems under its own file name (in the returned reader, for the
/// caller to add more and then collect).
fn read_table<T>(
    r: &mut Reader,
    f: &Fields,
    key: &str,
    files: &TableFiles,
    unreadable: &mut Vec<String>,
    rows_of: impl FnOnce(&mut Reader, &Grid) -> Vec<Row<T>>,
    check: impl FnOnce(&mut Reader, &[Row<T>]),
) -> Option<(Reader, Vec<Row<T>>)> {
    let name = f.get(key).and_then(|n| r.string(n, key))?;
    if !is_table_name(&name) {
        r.error(key, Say::NotTableName { name: name.clone() });
        return None;
    }
    let Some(&(_, source)) = files.files.iter().find(|(n, _)| *n == name) else {
        r.error(key, Say::TableMissing { name: name.clone(), json_file: files.json_file.to_owned() });
        return None;
    };
    if unreadable.contains(&name) {
        return None;
    }
    let mut table = Reader::new(&sibling(files.json_file, &name));
    let grid = table_grid(&mut table, &name, key, source);
    if grid.is_none() && table.problems.iter().any(|p| p.place.is_empty()) {
        unreadable.push(name.clone());
    }
    let rows = grid.map(|g| rows_of(&mut table, &g)).unwrap_or_default();
    check(&mut table, &rows);
    Some((table, rows))
}

/// Dataset ids become URLs (`?data=`) and file names (`prodef-map.png`): short tokens only.
pub(crate) fn id_ok(r: &mut Reader, place: &str, id: &str) -> bool {
    let ok = super::id::is_token(id);
    if !ok {
        r.error(place, Say::IdNotToken { id: id.to_owned() });
    }
    ok
}

/// A table file's cells: a CSV file, or the sheet of a workbook the field reads.
fn table_grid(r: &mut Reader, name: &str, key: &str, source: Content) -> Option<Grid> {
    if !is_workbook_name(name) {
        return tables::csv_grid(r, source);
    }
    #[cfg(feature = "workbook")]
    {
        let bytes = match source {
            Content::Bytes(b) => b,
            Content::Text(t) => t.as_bytes(),
        };
        super::workbook::grid(r, bytes, super::workbook::sheet_names(key))
    }
    #[cfg(not(feature = "workbook"))]
    {
        let _ = (key, source);
        r.error("", Say::WorkbookNotInBrowser {});
        None
    }
}

/// A kiosk's QR code must open on a visitor's phone: a full https address.
fn share_url_ok(r: &mut Reader, url: &str) -> bool {
    let host = url.strip_prefix("https://").unwrap_or_default();
    let ok = !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control());
    if !ok {
        r.error("share_url", Say::NotHttpsAddress { url: url.to_owned() });
    }
    ok
}

fn read_programme(r: &mut Reader, n: &Node, path: &str) -> Option<Programme> {
    let f = r.object(
        n,
        path,
        &[
            "acronym",
            "name",
            "organisations",
            "collaborators",
            "funder",
            "funder_in_source",
            "start_year",
            "end_year",
            "source",
        ],
    )?;
    let acronym = r.req_string(&f, "acronym");
    let name = r.req_text(&f, "name");
    let organisations = r.each(&f, "organisations", |r, n, p| r.text(n, p));
    let collaborators = r.strings(&f, "collaborators");
    let funder = f.get("funder").and_then(|n| r.text(n, &f.at("funder")));
    let funder_in_source = r.opt_string(&f, "funder_in_source");
    let start_year = r.req_year(&f, "start_year");
    let end_year = r.req_year(&f, "end_year");
    if let (Some(s), Some(e)) = (start_year, end_year) {
        if e < s {
            r.error(&f.at("end_year"), Say::EndBeforeStart { end: e.into(), start: s.into() });
        }
    }
    let source = r.required(&f, "source").and_then(|n| read_source(r, n, &f));
    Some(Programme {
        acronym: acronym?,
        name: name?,
        organisations,
        collaborators,
        funder,
        funder_in_source,
        start_year: start_year?,
        end_year: end_year?,
        source: source?,
    })
}

fn read_source(r: &mut Reader, n: &Node, parent: &Fields) -> Option<Source> {
    let f = r.object(n, &parent.at("source"), &["title", "publisher", "year", "url"])?;
    let title = r.req_text(&f, "title");
    let publisher = r.req_text(&f, "publisher");
    let year = r.req_year(&f, "year");
    let url = r.opt_string(&f, "url");
    Some(Source { title: title?, publisher: publisher?, year: year?, url })
}

fn read_country(r: &mut Reader, n: &Node, path: &str) -> Option<Country> {
    let f = r.object(n, path, &["iso3", "name"])?;
    let iso3 = r.req_string(&f, "iso3");
    let name = r.req_text(&f, "name");
    Some(Country { iso3: iso3?, name: name? })
}

fn read_labelled(r: &mut Reader, n: &Node, path: &str) -> Option<Labelled> {
    let f = r.object(n, path, &["id", "label", "value", "qualifier"])?;
    let id = r.req_string(&f, "id");
    let label = r.req_text(&f, "label");
    let figure = r.figure(&f);
    Some(Labelled { id: id?, label: label?, figure: figure? })
}

fn read_result(r: &mut Reader, n: &Node, path: &str) -> Option<ResultItem> {
    let f = r.object(n, path, &["id", "unit", "label", "value", "qualifier", "parts"])?;
    let id = r.req_string(&f, "id");
    let unit = r.req_string(&f, "unit");
    let label = r.req_text(&f, "label");
    let figure = r.figure(&f);
    let parts = r.each(&f, "parts", read_labelled);
    Some(ResultItem { id: id?, unit: unit?, label: label?, figure: figure?, parts })
}
