//! The page's charts by name rather than by canvas id: which canvas each is drawn
//! on, whether the dataset publishes what it shows, the note beside it, and its
//! layout. The web layer matches on `Chart`, so a chart added here is a compile
//! error everywhere it must be handled.

use super::countries::{layout_country_rows, MAX_ROWS};
use super::marks::Layout;
use super::results::layout_result_rows;
use super::theme::Sizes;
use super::years::layout_years;
use crate::core::Lang;
use crate::i18n::Msg;
use crate::model::Dataset;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chart {
    /// Results by category: one bar per result.
    Results,
    /// By country: drawn when the dataset publishes per-country figures.
    Countries,
    /// By year: drawn when the dataset publishes per-year figures.
    Years,
}

/// A picture the page offers as a PNG download, named by the canvas it is drawn
/// on (index.html's `data-png` buttons name that canvas).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Picture {
    Map,
    Chart(Chart),
}

impl Picture {
    pub const ALL: [Picture; 4] = [
        Picture::Map,
        Picture::Chart(Chart::Results),
        Picture::Chart(Chart::Countries),
        Picture::Chart(Chart::Years),
    ];

    /// The id of the page's canvas the picture is drawn on.
    pub fn canvas_id(self) -> &'static str {
        match self {
            Picture::Map => "map-canvas",
            Picture::Chart(c) => c.canvas_id(),
        }
    }

    pub fn from_canvas_id(id: &str) -> Option<Picture> {
        Picture::ALL.into_iter().find(|p| p.canvas_id() == id)
    }

    /// The saved file's name after the dataset's id: "map", "results", …
    pub fn file_stem(self) -> &'static str {
        let id = self.canvas_id();
        id.strip_suffix("-canvas").unwrap_or(id)
    }
}

/// What a chart's layout depends on besides the dataset and the language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ChartView<'a> {
    /// The selected country (marked in the per-country chart).
    pub country: Option<&'a str>,
    /// The chosen year range (the per-year chart mutes the years outside it).
    pub years: Option<(u32, u32)>,
    /// Rows `from..to` alone (a page of an embed, see `pages`); None = every row.
    /// Only the results and per-country charts have pages.
    pub rows: Option<(usize, usize)>,
}

impl Chart {
    pub const ALL: [Chart; 3] = [Chart::Results, Chart::Countries, Chart::Years];

    /// The id of the page's canvas for this chart (index.html).
    pub fn canvas_id(self) -> &'static str {
        match self {
            Chart::Results => "results-canvas",
            Chart::Countries => "countries-canvas",
            Chart::Years => "years-canvas",
        }
    }

    pub fn from_canvas_id(id: &str) -> Option<Chart> {
        Chart::ALL.into_iter().find(|c| c.canvas_id() == id)
    }

    /// Whether the dataset publishes what this chart shows.
    pub fn published(self, d: &Dataset) -> bool {
        match self {
            Chart::Results => true,
            Chart::Countries => !d.by_country.is_empty(),
            Chart::Years => !d.by_year.is_empty(),
        }
    }

    /// The id of the note beside the chart and its words: what the chart shows, or
    /// that its data is not published. The results chart has no note.
    pub fn note(self, d: &Dataset, view: ChartView, lang: Lang) -> Option<(&'static str, String)> {
        let published = self.published(d);
        let (id, about, absent) = match self {
            Chart::Results => return None,
            Chart::Countries => ("countries-note", Msg::CountriesNote, Msg::CountriesNotPublished),
            Chart::Years => ("years-note", Msg::YearsNote, Msg::YearsNotPublished),
        };
        let mut text = (if published { about } else { absent }).text(lang).to_owned();
        if self == Chart::Years && published && view.years.is_some() {
            text = format!("{text} {}", Msg::YearsFilterNote.text(lang));
        }
        Some((id, text))
    }

    /// The chart laid out `width` device pixels wide with `sizes` already scaled to
    /// device pixels, or None when the dataset does not publish its data.
    pub fn layout(
        self,
        d: &Dataset,
        view: ChartView,
        lang: Lang,
        width: f64,
        sizes: Sizes,
    ) -> Option<Layout> {
        match self {
            Chart::Results => Some(layout_result_rows(d, lang, view.rows, width, sizes)),
            Chart::Countries => layout_country_rows(d, lang, view.country, view.rows, width, sizes),
            Chart::Years => layout_years(d, lang, view.years, width, sizes),
        }
    }

    /// The part of the view this chart's drawing depends on: selecting a country
    /// then redraws the per-country chart only.
    pub fn depends_on(self, view: ChartView) -> ChartView {
        match self {
            Chart::Results => ChartView { rows: view.rows, ..ChartView::default() },
            Chart::Countries => ChartView { country: view.country, rows: view.rows, years: None },
            Chart::Years => ChartView { country: None, years: view.years, rows: None },
        }
    }

    /// The rows a page of this chart can hold: results, or drawn countries; None
    /// for a chart drawn whole (the per-year chart is one short row of bars).
    pub fn rows(self, d: &Dataset) -> Option<usize> {
        match self {
            Chart::Results => Some(d.results.len()),
            Chart::Countries => Some(d.by_country.len().min(MAX_ROWS)),
            Chart::Years => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canvas_ids_round_trip_and_are_distinct() {
        for c in Chart::ALL {
            assert_eq!(Chart::from_canvas_id(c.canvas_id()), Some(c));
        }
        assert_eq!(Chart::from_canvas_id("map-canvas"), None);
    }

    #[test]
    fn pictures_are_named_by_their_canvas_and_saved_under_a_short_name() {
        for p in Picture::ALL {
            assert_eq!(Picture::from_canvas_id(p.canvas_id()), Some(p));
        }
        let stems: Vec<&str> = Picture::ALL.iter().map(|p| p.file_stem()).collect();
        assert_eq!(stems, ["map", "results", "countries", "years"]);
        assert_eq!(Picture::from_canvas_id("map-overlay"), None);
        // Each is offered by a button of the page that names its canvas.
        let page = include_str!("../../index.html");
        for p in Picture::ALL {
            assert!(page.contains(&format!("data-png=\"{}\"", p.canvas_id())), "{p:?}");
            assert!(page.contains(&format!("id=\"{}\"", p.canvas_id())), "{p:?}");
        }
    }

    #[test]
    fn each_chart_depends_on_its_own_part_of_the_view() {
        let v = ChartView { country: Some("HTI"), years: Some((2016, 2018)), rows: Some((2, 4)) };
        let rows = Some((2, 4));
        assert_eq!(Chart::Results.depends_on(v), ChartView { rows, ..ChartView::default() });
        assert_eq!(Chart::Countries.depends_on(v), ChartView { country: Some("HTI"), years: None, rows });
        assert_eq!(
            Chart::Years.depends_on(v),
            ChartView { country: None, years: Some((2016, 2018)), rows: None }
        );
    }
}
