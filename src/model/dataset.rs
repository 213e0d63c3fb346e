//! The dataset a page shows: one programme's published results.
//! Field meanings are documented for staff in data/README.md.

use super::small_numbers::Shown;
use crate::core::Text;
use serde::{Deserialize, Serialize};

/// The format tag every dataset file carries; bumped when the format changes incompatibly.
pub const FORMAT: &str = "impact-atlas/1";

/// How a published figure is qualified. The page always shows the qualifier with
/// the number, because "more than 300" and "300" are different claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    MoreThan,
    Approximately,
}

impl Qualifier {
    /// The spelling used in dataset files.
    pub fn key(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::MoreThan => "more_than",
            Qualifier::Approximately => "approximately",
        }
    }

    pub fn from_key(s: &str) -> Option<Qualifier> {
        [Qualifier::Exact, Qualifier::MoreThan, Qualifier::Approximately].into_iter().find(|q| q.key() == s)
    }
}

/// A count as published, with its qualifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    pub value: u64,
    pub qualifier: Qualifier,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub title: Text,
    /// Translatable: an organisation's name differs by language (IBCR is BIDE in French).
    pub publisher: Text,
    pub year: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Programme {
    pub acronym: String,
    pub name: Text,
    /// Names in each language where the organisation has one (a plain string is
    /// one name for every language).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisations: Vec<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub collaborators: Vec<String>,
    /// Who funds the programme, under its current name (may be translated).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funder: Option<Text>,
    /// The funder's name as the source wrote it, when that differs from `funder`
    /// (an old or mistaken name): shown beside it, so the credit stays a quotation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funder_in_source: Option<String>,
    pub start_year: u32,
    pub end_year: u32,
    pub source: Source,
}

/// A programme country, by ISO 3166-1 alpha-3 code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Country {
    pub iso3: String,
    pub name: Text,
}

/// A labelled figure: a headline counter, or a part of a result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Labelled {
    pub id: String,
    pub label: Text,
    pub figure: Figure,
}

/// One result category, e.g. "people made aware of their rights", with its published
/// parts (women and girls, children). Parts may overlap one another (a girl is both a
/// child and a woman or girl), so they are never summed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultItem {
    pub id: String,
    /// What is counted (`people`, `cases`, `proposals` …). Results are only compared
    /// on one scale with others of the same unit.
    pub unit: String,
    pub label: Text,
    pub figure: Figure,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Labelled>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Expertise {
    pub id: String,
    pub label: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Partner {
    pub name: String,
    /// ISO alpha-3 code of a programme country.
    pub country: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    pub person: String,
    pub country: String,
    pub text: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Testimony {
    pub country: String,
    pub author: Text,
    pub quote: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NextProgramme {
    pub label: Text,
    pub years: u64,
    pub partners: u64,
    pub countries: u64,
}

/// A per-country or per-year measure. Which ones a dataset publishes varies; a
/// missing value is "not published", never zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Metric {
    /// Volunteers deployed.
    Volunteers,
    /// People reached (all beneficiaries).
    People,
    /// Of whom women and girls.
    Women,
    /// Of whom children.
    Children,
}

impl Metric {
    pub const ALL: [Metric; 4] = [Metric::Volunteers, Metric::People, Metric::Women, Metric::Children];

    /// Column name in CSV tables and value of `?metric=`.
    pub fn key(self) -> &'static str {
        match self {
            Metric::Volunteers => "volunteers",
            Metric::People => "people",
            Metric::Women => "women",
            Metric::Children => "children",
        }
    }

    pub fn from_key(s: &str) -> Option<Metric> {
        Metric::ALL.into_iter().find(|m| m.key() == s)
    }
}

/// One row of the per-country table (`by_country` CSV) as staff keep it. `None` =
/// not published. Raw counts, some of them protected: they never leave the publish
/// step (see [`CountryShown`] for what the page gets).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CountryFigures {
    pub iso3: String,
    pub volunteers: Option<u64>,
    pub people: Option<u64>,
    pub women: Option<u64>,
    pub children: Option<u64>,
}

/// One row of the per-year table (`by_year` CSV) as staff keep it. `None` = not
/// published. Raw counts, like [`CountryFigures`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct YearFigures {
    pub year: u32,
    pub volunteers: Option<u64>,
    pub people: Option<u64>,
}

impl CountryFigures {
    pub fn get(&self, m: Metric) -> Option<u64> {
        match m {
            Metric::Volunteers => self.volunteers,
            Metric::People => self.people,
            Metric::Women => self.women,
            Metric::Children => self.children,
        }
    }
}

impl YearFigures {
    /// Only volunteers and people are published per year.
    pub fn get(&self, m: Metric) -> Option<u64> {
        match m {
            Metric::Volunteers => self.volunteers,
            Metric::People => self.people,
            Metric::Women | Metric::Children => None,
        }
    }
}

/// How the map shows per-country figures: shaded countries (a choropleth) or a
/// circle per country whose area is the figure (proportional symbols), which reads
/// better when the countries differ greatly in size or are islands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MapEncoding {
    #[default]
    Choropleth,
    Symbols,
}

impl MapEncoding {
    pub const ALL: [MapEncoding; 2] = [MapEncoding::Choropleth, MapEncoding::Symbols];

    /// The spelling in dataset files and in `?map=`.
    pub fn key(self) -> &'static str {
        match self {
            MapEncoding::Choropleth => "choropleth",
            MapEncoding::Symbols => "symbols",
        }
    }

    pub fn from_key(s: &str) -> Option<MapEncoding> {
        MapEncoding::ALL.into_iter().find(|e| e.key() == s)
    }

    /// The default is left out of the public files.
    pub fn is_default(&self) -> bool {
        *self == MapEncoding::default()
    }
}

/// One country's per-country figures as published: each cell is a count that may
/// be shown, "fewer than N", or "not published" ([`Shown`]), decided once by
/// `publish::publish`. Every channel of the page (map colours and legend, sort
/// order, tooltips, aria text, tables, CSV and PNG downloads, CLI exports) reads
/// these and only these, so none can show a protected count: it is not there.
///
/// Public file form: `{"iso3": "COL", "volunteers": 12, "children": {"fewer_than": 5}}`,
/// a cell left out being "not published" (see docs/PUBLIC-FORMAT.md).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CountryShown {
    pub iso3: String,
    #[serde(default, skip_serializing_if = "Shown::is_not_published")]
    pub volunteers: Shown,
    #[serde(default, skip_serializing_if = "Shown::is_not_published")]
    pub people: Shown,
    #[serde(default, skip_serializing_if = "Shown::is_not_published")]
    pub women: Shown,
    #[serde(default, skip_serializing_if = "Shown::is_not_published")]
    pub children: Shown,
}

/// One year's figures as published (see [`CountryShown`]).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct YearShown {
    pub year: u32,
    #[serde(default, skip_serializing_if = "Shown::is_not_published")]
    pub volunteers: Shown,
    #[serde(default, skip_serializing_if = "Shown::is_not_published")]
    pub people: Shown,
}

impl CountryShown {
    pub fn get(&self, m: Metric) -> Shown {
        match m {
            Metric::Volunteers => self.volunteers,
            Metric::People => self.people,
            Metric::Women => self.women,
            Metric::Children => self.children,
        }
    }
}

impl YearShown {
    /// Only volunteers and people are published per year.
    pub fn get(&self, m: Metric) -> Shown {
        match m {
            Metric::Volunteers => self.volunteers,
            Metric::People => self.people,
            Metric::Women | Metric::Children => Shown::NotPublished,
        }
    }
}

/// A whole dataset after validation. `C` and `Y` are the per-country and per-year
/// rows: [`Dataset`] (the default) holds them as published ([`CountryShown`],
/// [`YearShown`]) and is what the page, the exports and the public files use;
/// [`SourceDataset`] holds the staff's raw counts and exists only between reading
/// the source files and `publish::publish`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset<C = CountryShown, Y = YearShown> {
    pub id: String,
    /// Synthetic data is labelled as such wherever it shows.
    #[serde(default)]
    pub synthetic: bool,
    pub programme: Programme,
    pub countries: Vec<Country>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headline: Vec<Labelled>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub results: Vec<ResultItem>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expertise: Vec<Expertise>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<Partner>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stories: Vec<Story>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub testimonies: Vec<Testimony>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_programme: Option<NextProgramme>,
    /// Per-country figures; empty when the dataset publishes none.
    #[serde(default = "Vec::new", skip_serializing_if = "Vec::is_empty")]
    pub by_country: Vec<C>,
    /// Per-year figures; empty when the dataset publishes none.
    #[serde(default = "Vec::new", skip_serializing_if = "Vec::is_empty")]
    pub by_year: Vec<Y>,
    /// Per-country and per-year counts below this show as "fewer than N", because
    /// small counts of victims can identify them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub small_number_threshold: Option<u64>,
    /// Address a kiosk's QR code points to, so a visitor can continue on a phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_url: Option<String>,
    /// The map encoding staff chose for this dataset (a visitor may switch).
    #[serde(default, skip_serializing_if = "MapEncoding::is_default")]
    pub map_encoding: MapEncoding,
}

/// A dataset as read from the staff's source files, with raw per-country and
/// per-year counts. Only `publish::publish` turns it into a [`Dataset`].
pub type SourceDataset = Dataset<CountryFigures, YearFigures>;

impl<C, Y> Dataset<C, Y> {
    pub fn country(&self, iso3: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.iso3 == iso3)
    }
}

impl Dataset {
    /// Per-country figures of one country, if the dataset publishes any.
    pub fn figures_for(&self, iso3: &str) -> Option<&CountryShown> {
        self.by_country.iter().find(|c| c.iso3 == iso3)
    }

    /// What is published for one country and metric ("not published" without a row).
    pub fn shown(&self, iso3: &str, m: Metric) -> Shown {
        self.figures_for(iso3).map_or(Shown::NotPublished, |f| f.get(m))
    }
}
