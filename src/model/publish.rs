//! Publishing: from a dataset as staff keep it ([`SourceDataset`], raw counts) to
//! what a visitor's browser may receive ([`Dataset`], every per-country and
//! per-year count already a [`Shown`]). Run by `impact-atlas publish` at build time
//! and by the staff preview in the browser, so both show the same thing.
//!
//! The public files (documented in docs/PUBLIC-FORMAT.md):
//! - `data/index.json`, the public catalogue ([`PublicCatalogue`]): the default
//!   dataset's id and, for each dataset, the name of its public file;
//! - `data/<id>-<hash>.json`, one per dataset ([`PublicFile`]): the dataset in one
//!   compact JSON document, its name carrying a hash of its content so that a
//!   changed dataset is never served stale from a cache.
//!
//! Validation warnings are not published: they are for staff (`validate`,
//! `publish`, the preview), and their text can hold sums that include hidden counts.

use super::dataset::{CountryFigures, CountryShown, Dataset, SourceDataset, YearFigures, YearShown};
use super::small_numbers::protected;
use serde::{Deserialize, Serialize};

/// The format tag of a public dataset file and of the public catalogue.
pub const PUBLIC_FORMAT: &str = "impact-atlas-public/1";

/// A public dataset file: the format tag and the published dataset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublicFile {
    /// Always [`PUBLIC_FORMAT`].
    pub format: String,
    pub dataset: Dataset,
}

/// The public catalogue (`data/index.json` in dist/).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublicCatalogue {
    /// Always [`PUBLIC_FORMAT`].
    pub format: String,
    /// Id of the dataset shown when the URL names none.
    pub default: String,
    pub datasets: Vec<PublicEntry>,
    /// Hosts a kiosk's `?qr=` address may point to (besides the dataset's
    /// share_url), as the staff catalogue lists them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub qr_hosts: Vec<String>,
}

/// One dataset of the public catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PublicEntry {
    pub id: String,
    /// Name of the public file, beside the catalogue: `<id>-<hash>.json`.
    pub file: String,
}

/// Decides, once, what each per-country and per-year count shows: the count, or
/// "fewer than N" below the dataset's threshold (see `small_numbers::protected`).
/// The raw counts do not survive this function.
pub fn publish(s: SourceDataset) -> Dataset {
    let t = s.small_number_threshold;
    let country = |c: CountryFigures| CountryShown {
        volunteers: protected(c.volunteers, t),
        people: protected(c.people, t),
        women: protected(c.women, t),
        children: protected(c.children, t),
        iso3: c.iso3,
    };
    let year = |y: YearFigures| YearShown {
        year: y.year,
        volunteers: protected(y.volunteers, t),
        people: protected(y.people, t),
    };
    Dataset {
        id: s.id,
        synthetic: s.synthetic,
        programme: s.programme,
        countries: s.countries,
        headline: s.headline,
        results: s.results,
        expertise: s.expertise,
        partners: s.partners,
        stories: s.stories,
        testimonies: s.testimonies,
        next_programme: s.next_programme,
        by_country: s.by_country.into_iter().map(country).collect(),
        by_year: s.by_year.into_iter().map(year).collect(),
        small_number_threshold: s.small_number_threshold,
        share_url: s.share_url,
        map_encoding: s.map_encoding,
    }
}

/// The public file's text for a published dataset: compact JSON.
pub fn public_json(d: &Dataset) -> String {
    let file = PublicFile { format: PUBLIC_FORMAT.to_owned(), dataset: d.clone() };
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string(&file).unwrap_or_default()
}

/// Reads a public file's text on the host (tests, tools). The page and the staff
/// preview read it with the browser's JSON parser and serde-wasm-bindgen instead,
/// so the wasm carries no second decoder of these types.
pub fn read_public_json(text: &str) -> Result<Dataset, String> {
    let file: PublicFile =
        serde_json::from_str(text).map_err(|e| format!("not a public dataset file: {e}"))?;
    check_format(&file.format)?;
    Ok(file.dataset)
}

/// Refuses a public file or catalogue of another format.
pub fn check_format(format: &str) -> Result<(), String> {
    if format == PUBLIC_FORMAT {
        Ok(())
    } else {
        Err(format!("{format} ≠ {PUBLIC_FORMAT}"))
    }
}

/// The public file name of dataset `id` whose public text is `json`:
/// `<id>-<16 hex digits>.json`. The digits are a 64-bit FNV-1a hash of the text:
/// enough to tell versions of a file apart for caches (not a security measure).
pub fn public_file_name(id: &str, json: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in json.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{id}-{h:016x}.json")
}

/// Whether `name` has the shape of a public file name (`<id>-<hash>.json`, plain
/// characters, no folder): the page fetches only such names from the catalogue.
pub fn is_public_file_name(name: &str) -> bool {
    let Some(stem) = name.strip_suffix(".json") else { return false };
    let Some((id, hash)) = stem.rsplit_once('-') else { return false };
    super::id::is_token(id) && hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Shown;

    #[test]
    fn file_names_change_with_the_content() {
        let a = public_file_name("demo", "{\"a\":1}");
        let b = public_file_name("demo", "{\"a\":2}");
        assert_ne!(a, b);
        assert!(a.starts_with("demo-") && a.ends_with(".json") && a.len() == "demo-.json".len() + 16, "{a}");
        assert_eq!(a, public_file_name("demo", "{\"a\":1}"));
        assert!(is_public_file_name(&a));
        for bad in [
            "../x-0123456789abcdef.json",
            "demo.json",
            "demo-0123.json",
            "-0123456789abcdef.json",
            "a/b-0123456789abcdef.json",
        ] {
            assert!(!is_public_file_name(bad), "{bad}");
        }
    }

    #[test]
    fn cells_below_the_threshold_are_published_as_fewer_than_only() {
        let parsed = crate::model::parse_with_tables(
            "d/demo.json",
            include_str!("../../data/datasets/demo.json"),
            &[
                (
                    "demo-by-country.csv".into(),
                    include_str!("../../data/datasets/demo-by-country.csv").into(),
                ),
                ("demo-by-year.csv".into(), include_str!("../../data/datasets/demo-by-year.csv").into()),
            ],
        );
        let d = parsed.dataset.expect("demo publishes");
        let tun = d.figures_for("TUN").expect("TUN row");
        assert_eq!(tun.children, Shown::FewerThan(5));
        let json = public_json(&d);
        assert!(json.contains(r#""children":{"fewer_than":5}"#), "{json}");
        assert_eq!(read_public_json(&json), Ok(d));
    }

    #[test]
    fn the_map_encoding_reaches_the_public_file() {
        use crate::model::MapEncoding;
        let demo = include_str!("../../data/datasets/demo.json");
        let tables = [
            ("demo-by-country.csv".into(), include_str!("../../data/datasets/demo-by-country.csv").into()),
            ("demo-by-year.csv".into(), include_str!("../../data/datasets/demo-by-year.csv").into()),
        ];
        // The default is left out of the file, and read back as the default.
        let d = crate::model::parse_with_tables("d/demo.json", demo, &tables).dataset.expect("demo");
        assert_eq!(d.map_encoding, MapEncoding::Choropleth);
        let json = public_json(&d);
        assert!(!json.contains("map_encoding"), "{json}");
        assert_eq!(read_public_json(&json).map(|p| p.map_encoding), Ok(MapEncoding::Choropleth));
        // Staff's choice of symbols is published and read back.
        let symbols = demo.replacen('{', "{\"map_encoding\": \"symbols\",", 1);
        let d = crate::model::parse_with_tables("d/demo.json", &symbols, &tables).dataset.expect("demo");
        assert_eq!(d.map_encoding, MapEncoding::Symbols);
        let json = public_json(&d);
        assert!(json.contains(r#""map_encoding":"symbols""#), "{json}");
        assert_eq!(read_public_json(&json).map(|p| p.map_encoding), Ok(MapEncoding::Symbols));
    }
}
