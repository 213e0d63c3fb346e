//! The per-country and per-year figures as rows of bars for the kiosk: one scale
//! (people reached) for all rows of a list, whichever scene shows them, and every
//! cell as published ("fewer than 5", "not published", never an invented 0).

use crate::core::Lang;
use crate::i18n::format_shown;
use crate::model::{Dataset, Metric, Shown};

/// One bar: what it is for, its length as a share of the longest (None: no bar,
/// the figure is not published or protected), and the figures as text.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: String,
    pub share: Option<f64>,
    /// People reached, as shown.
    pub value: String,
    /// Volunteers deployed, as shown.
    pub volunteers: String,
}

/// The metric the bars measure.
pub const BAR_METRIC: Metric = Metric::People;

fn rows(lang: Lang, cells: Vec<(String, Shown, Shown)>) -> Vec<Row> {
    let max = cells
        .iter()
        .filter_map(|(_, s, _)| match s {
            Shown::Value(v) => Some(*v),
            _ => None,
        })
        .max()
        .unwrap_or(0);
    cells
        .into_iter()
        .map(|(label, shown, vols)| {
            let share = match shown {
                Shown::Value(v) if max > 0 => Some(v as f64 / max as f64),
                _ => None,
            };
            Row { label, share, value: format_shown(shown, lang), volunteers: format_shown(vols, lang) }
        })
        .collect()
}

/// One row per programme country, largest number of people reached first;
/// protected and unpublished counts last, in dataset order. Empty when the
/// dataset publishes no per-country figures.
pub fn country_rows(d: &Dataset, lang: Lang) -> Vec<Row> {
    if d.by_country.is_empty() {
        return Vec::new();
    }
    let mut items: Vec<(String, Shown, Shown)> = d
        .countries
        .iter()
        .map(|c| {
            (c.name.get(lang).to_owned(), d.shown(&c.iso3, BAR_METRIC), d.shown(&c.iso3, Metric::Volunteers))
        })
        .collect();
    let rank = |v: &Shown| match v {
        Shown::Value(v) => *v,
        _ => 0,
    };
    crate::sort::sort_small_by(&mut items, |a, b| rank(&b.1).cmp(&rank(&a.1)));
    rows(lang, items)
}

/// One row per published year, in year order. Empty when none is published.
pub fn year_rows(d: &Dataset, lang: Lang) -> Vec<Row> {
    rows(
        lang,
        d.by_year
            .iter()
            .map(|y| (y.year.to_string(), y.get(BAR_METRIC), y.get(Metric::Volunteers)))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CountryShown, YearShown};

    fn dataset() -> Dataset {
        let text = include_str!("../../data/datasets/prodef.json");
        let mut d = crate::model::parse_with_tables("prodef.json", text, &[]).dataset.expect("prodef parses");
        d.small_number_threshold = Some(5);
        // As published: counts under the threshold already say "fewer than 5".
        let row = |iso3: &str, people: Shown| CountryShown {
            iso3: iso3.into(),
            volunteers: Shown::FewerThan(5),
            people,
            women: Shown::NotPublished,
            children: Shown::NotPublished,
        };
        d.by_country = vec![
            row("COL", Shown::Value(100)),
            row("CRI", Shown::Value(400)),
            row("HTI", Shown::FewerThan(5)),
            row("PER", Shown::NotPublished),
        ];
        d.by_year = vec![
            YearShown { year: 2016, volunteers: Shown::Value(4), people: Shown::Value(50) },
            YearShown { year: 2015, volunteers: Shown::NotPublished, people: Shown::Value(200) },
        ];
        d
    }

    #[test]
    fn country_bars_share_one_scale_and_never_invent_a_figure() {
        let d = dataset();
        let rows = country_rows(&d, Lang::En);
        assert_eq!(rows.len(), d.countries.len(), "one row per programme country");
        assert_eq!(rows[0].label, "Costa Rica");
        assert_eq!(rows[0].share, Some(1.0));
        assert_eq!(rows[1].label, "Colombia");
        assert_eq!(rows[1].share, Some(0.25));
        let haiti = rows.iter().find(|r| r.label == "Haiti").expect("Haiti");
        assert_eq!(haiti.share, None, "a protected count gets no bar");
        assert_eq!(haiti.value, "fewer than 5");
        let peru = rows.iter().find(|r| r.label == "Peru").expect("Peru");
        assert_eq!((peru.share, peru.value.as_str()), (None, "not published"));
        let tunisia = rows.iter().find(|r| r.label == "Tunisia").expect("Tunisia");
        assert_eq!(tunisia.value, "not published", "a country missing from the table is not 0");
        assert_eq!(rows[0].volunteers, "fewer than 5");
    }

    #[test]
    fn year_rows_keep_the_published_order_and_none_without_tables() {
        let d = dataset();
        let rows = year_rows(&d, Lang::En);
        assert_eq!(rows.iter().map(|r| r.label.as_str()).collect::<Vec<_>>(), ["2016", "2015"]);
        assert_eq!(rows[1].share, Some(1.0));
        assert_eq!(rows[1].volunteers, "not published");
        let mut none = d.clone();
        none.by_country.clear();
        none.by_year.clear();
        assert!(country_rows(&none, Lang::En).is_empty());
        assert!(year_rows(&none, Lang::En).is_empty());
    }
}
