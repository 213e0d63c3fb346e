//! The dataset a page shows: one programme's published results.
//! Field meanings are documented for staff in data/README.md.

use super::text::Text;

/// The format tag every dataset file carries; bumped when the format changes incompatibly.
pub const FORMAT: &str = "impact-atlas/1";

/// How a published figure is qualified. The page always shows the qualifier with
/// the number, because "more than 300" and "300" are different claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figure {
    pub value: u64,
    pub qualifier: Qualifier,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub title: Text,
    pub publisher: String,
    pub year: u32,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Programme {
    pub acronym: String,
    pub name: Text,
    pub organisations: Vec<String>,
    pub collaborators: Vec<String>,
    pub funder: Option<String>,
    pub start_year: u32,
    pub end_year: u32,
    pub source: Source,
}

/// A programme country, by ISO 3166-1 alpha-3 code.
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    pub iso3: String,
    pub name: Text,
}

/// A labelled figure: a headline counter, or a part of a result.
#[derive(Debug, Clone, PartialEq)]
pub struct Labelled {
    pub id: String,
    pub label: Text,
    pub figure: Figure,
}

/// One result category, e.g. "people made aware of their rights", with its published
/// parts (women and girls, children). Parts may overlap one another (a girl is both a
/// child and a woman or girl), so they are never summed.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultItem {
    pub id: String,
    /// What is counted (`people`, `cases`, `proposals` …). Results are only compared
    /// on one scale with others of the same unit.
    pub unit: String,
    pub label: Text,
    pub figure: Figure,
    pub parts: Vec<Labelled>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Expertise {
    pub id: String,
    pub label: Text,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Partner {
    pub name: String,
    /// ISO alpha-3 code of a programme country.
    pub country: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    pub person: String,
    pub country: String,
    pub text: Text,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Testimony {
    pub country: String,
    pub author: Text,
    pub quote: Text,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NextProgramme {
    pub label: Text,
    pub years: u64,
    pub partners: u64,
    pub countries: u64,
}

/// A whole dataset after validation.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub id: String,
    /// Synthetic data is labelled as such wherever it shows.
    pub synthetic: bool,
    pub programme: Programme,
    pub countries: Vec<Country>,
    pub headline: Vec<Labelled>,
    pub results: Vec<ResultItem>,
    pub expertise: Vec<Expertise>,
    pub partners: Vec<Partner>,
    pub stories: Vec<Story>,
    pub testimonies: Vec<Testimony>,
    pub next_programme: Option<NextProgramme>,
}

impl Dataset {
    pub fn country(&self, iso3: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.iso3 == iso3)
    }
}
