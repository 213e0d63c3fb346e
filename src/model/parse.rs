//! From file text to a [`Dataset`] plus every [`Problem`] found on the way.

use super::dataset::*;
use super::node::Node;
use super::problem::Problem;
use super::reader::{Fields, Reader};
use super::validate;

/// Largest dataset file accepted (bytes). A results dataset is a few kilobytes;
/// anything near this is a wrong file, and refusing it keeps a kiosk responsive.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

/// What reading a dataset gave: the dataset when it has no errors, and all problems.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub dataset: Option<Dataset>,
    pub problems: Vec<Problem>,
}

/// Reads a dataset file. `file` is the name shown in messages.
pub fn parse_dataset(file: &str, text: &str) -> Parsed {
    let mut r = Reader::new(file);
    let dataset = node_from_text(&mut r, text).and_then(|n| read_dataset(&mut r, &n));
    let dataset = dataset.and_then(|d| {
        validate::cross_check(&mut r, &d);
        (!r.has_errors()).then_some(d)
    });
    Parsed { dataset: if r.has_errors() { None } else { dataset }, problems: r.problems }
}

/// File-level checks, then JSON syntax.
fn node_from_text(r: &mut Reader, text: &str) -> Option<Node> {
    if text.len() > MAX_FILE_BYTES {
        r.error(
            "",
            format!("file is {} KB, more than the {} KB allowed", text.len() / 1024, MAX_FILE_BYTES / 1024),
            "is this the right file? A dataset is usually under 100 KB",
        );
        return None;
    }
    let body = match text.strip_prefix('\u{feff}') {
        Some(rest) => {
            r.error("line 1", "file starts with a byte-order mark (BOM)", "save it as UTF-8 without BOM");
            rest
        }
        None => text,
    };
    if body.trim().is_empty() {
        r.error("", "file is empty", "export the dataset again");
        return None;
    }
    match serde_json::from_str::<Node>(body) {
        Ok(n) => Some(n),
        Err(e) => {
            let what = e.to_string();
            // serde_json appends " at line L column C"; keep the place separate.
            let what = what.split(" at line ").next().unwrap_or(&what).to_owned();
            r.error(
                &format!("line {}, column {}", e.line(), e.column()),
                format!("not valid JSON: {what}"),
                "look for a missing comma, quote or bracket just before this place",
            );
            None
        }
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
];

fn read_dataset(r: &mut Reader, n: &Node) -> Option<Dataset> {
    let f = r.object(n, "", TOP)?;
    if let Some(fmt) = r.req_string(&f, "format") {
        if fmt != FORMAT {
            r.error(
                "format",
                format!("format \"{fmt}\" is not supported"),
                &format!("this page reads \"{FORMAT}\""),
            );
        }
    }
    let id = r.req_string(&f, "id");
    let synthetic = match f.get("synthetic") {
        None => false,
        Some(Node::Bool(b)) => *b,
        Some(other) => {
            r.error(
                "synthetic",
                format!("expected true or false, found {}", other.kind()),
                "write true for made-up demo data",
            );
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
        by_country: Vec::new(),
        by_year: Vec::new(),
        small_number_threshold: None,
        share_url: None,
    })
}

fn read_programme(r: &mut Reader, n: &Node, path: &str) -> Option<Programme> {
    let f = r.object(
        n,
        path,
        &["acronym", "name", "organisations", "collaborators", "funder", "start_year", "end_year", "source"],
    )?;
    let acronym = r.req_string(&f, "acronym");
    let name = r.req_text(&f, "name");
    let organisations = r.strings(&f, "organisations");
    let collaborators = r.strings(&f, "collaborators");
    let funder = r.opt_string(&f, "funder");
    let start_year = r.req_year(&f, "start_year");
    let end_year = r.req_year(&f, "end_year");
    if let (Some(s), Some(e)) = (start_year, end_year) {
        if e < s {
            r.error(
                &f.at("end_year"),
                format!("end year {e} is before start year {s}"),
                "swap them or correct one",
            );
        }
    }
    let source = r.required(&f, "source").and_then(|n| read_source(r, n, &f));
    Some(Programme {
        acronym: acronym?,
        name: name?,
        organisations,
        collaborators,
        funder,
        start_year: start_year?,
        end_year: end_year?,
        source: source?,
    })
}

fn read_source(r: &mut Reader, n: &Node, parent: &Fields) -> Option<Source> {
    let f = r.object(n, &parent.at("source"), &["title", "publisher", "year", "url"])?;
    let title = r.req_text(&f, "title");
    let publisher = r.req_string(&f, "publisher");
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
