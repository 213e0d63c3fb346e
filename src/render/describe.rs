//! The page's sentences about the data: the map's summary and accessible name, the
//! tooltips of the map and the charts, and what a screen reader hears on a country
//! and after a selection. Plain functions of the dataset and the language, so host
//! tests read the exact words a visitor reads; `src/web` only puts them in the page.

use super::chart::Chart;
use super::results::results_summary;
use crate::core::{Lang, Text};
use crate::i18n::{capitalise, colon, format_shown, metric_label, Msg};
use crate::model::{Dataset, Metric};

/// The two figures the map's tooltips and spoken descriptions give per country.
const COUNTRY_FIGURES: [Metric; 2] = [Metric::Volunteers, Metric::People];

/// A piece of a text the page writes: words in the page's language, or a name as
/// the dataset gives it (the page puts a name in its own element, marked with its
/// language when the name falls back to another one).
#[derive(Debug, Clone, PartialEq)]
pub enum Piece<'a> {
    Words(String),
    Name(&'a Text),
}

/// `pieces` as one string, as a visitor reads them in `lang`.
pub fn plain(pieces: &[Piece], lang: Lang) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Words(w) => w.as_str(),
            Piece::Name(n) => n.get(lang),
        })
        .collect()
}

/// The map's short text summary, for everyone and for screen readers: the
/// programme's countries, then each one's figure for `metric` when the dataset
/// publishes per-country figures.
pub fn map_summary(d: &Dataset, metric: Metric, lang: Lang) -> Vec<Piece<'_>> {
    let lead = format!("{} {}{} ", d.countries.len(), Msg::ProgrammeCountries.text(lang), colon(lang));
    let mut out = vec![Piece::Words(lead)];
    for (i, c) in d.countries.iter().enumerate() {
        if i > 0 {
            out.push(Piece::Words(", ".to_owned()));
        }
        out.push(Piece::Name(&c.name));
    }
    out.push(Piece::Words(".".to_owned()));
    if !d.by_country.is_empty() {
        let parts: Vec<String> = d
            .countries
            .iter()
            .map(|c| format!("{} {}", c.name.get(lang), format_shown(d.shown(&c.iso3, metric), lang)))
            .collect();
        let label = capitalise(metric_label(metric, lang));
        out.push(Piece::Words(format!(" {label}{} {}.", colon(lang), parts.join(", "))));
    }
    out
}

/// The map's accessible name: its title, and the selected country, so a screen
/// reader hears it on reaching the map (also when the page opens with `?country=`).
pub fn map_label(d: &Dataset, selected: Option<&str>, lang: Lang) -> String {
    let title = Msg::MapTitle.text(lang);
    match selected.and_then(|c| d.country(c)) {
        Some(c) => format!("{title}. {}{} {}", Msg::Selected.text(lang), colon(lang), c.name.get(lang)),
        None => title.to_owned(),
    }
}

/// What a screen reader hears when keyboard focus moves to a country on the map:
/// its name, whether it is selected, and its figures (or that none are published),
/// the same facts the tooltip shows.
pub fn country_spoken(d: &Dataset, iso3: &str, selected: bool, lang: Lang) -> Option<String> {
    let c = d.country(iso3)?;
    let mut parts = vec![c.name.get(lang).to_owned()];
    if selected {
        parts.push(Msg::SelectedState.text(lang).to_owned());
    }
    if d.by_country.is_empty() {
        parts.push(Msg::FiguresNotPublished.text(lang).to_owned());
    } else {
        for m in COUNTRY_FIGURES {
            parts.push(format!("{} {}", format_shown(d.shown(iso3, m), lang), metric_label(m, lang)));
        }
    }
    Some(parts.join(", "))
}

/// A country's tooltip, on the map and on the per-country chart: its name and
/// published figures, one per line.
pub fn country_tooltip(d: &Dataset, iso3: &str, lang: Lang) -> Option<String> {
    let c = d.country(iso3)?;
    let mut text = c.name.get(lang).to_owned();
    if d.by_country.is_empty() {
        text.push_str(&format!("\n{}", Msg::PerCountryNotPublished.text(lang)));
        return Some(text);
    }
    for m in COUNTRY_FIGURES {
        text.push_str(&format!("\n{} {}", format_shown(d.shown(iso3, m), lang), metric_label(m, lang)));
    }
    Some(text)
}

/// The tooltip of the bar `key` (a result id, a country code or a year, as the
/// chart's hit targets name them) of `chart`.
pub fn chart_tooltip(chart: Chart, key: &str, d: &Dataset, lang: Lang) -> Option<String> {
    match chart {
        Chart::Countries => country_tooltip(d, key, lang),
        Chart::Years => {
            let y = d.by_year.iter().find(|y| y.year.to_string() == key)?;
            let parts: Vec<String> = [Metric::Volunteers, Metric::People]
                .into_iter()
                .map(|m| format!("{} {}", format_shown(y.get(m), lang), metric_label(m, lang)))
                .collect();
            Some(format!("{key}\n{}", parts.join("\n")))
        }
        Chart::Results => {
            let i = d.results.iter().position(|r| r.id == key)?;
            results_summary(d, lang).into_iter().nth(i)
        }
    }
}

/// What a screen reader hears after the view changes: short ("Selected: Haiti"),
/// since the detail panel is not a live region and is read only when visited.
/// The years and a metric other than the default (volunteers) follow.
pub fn selection_announcement(
    d: &Dataset,
    country: Option<&str>,
    years: Option<(u32, u32)>,
    metric: Option<Metric>,
    lang: Lang,
) -> String {
    let place = country.and_then(|c| d.country(c)).map(|c| c.name.get(lang).to_owned());
    let mut text = match place {
        Some(p) => format!("{}{} {p}", Msg::Selected.text(lang), colon(lang)),
        None => Msg::WholeShown.text(lang).to_owned(),
    };
    if let Some((a, b)) = years {
        text.push_str(&if a == b { format!(", {a}") } else { format!(", {a}–{b}") });
    }
    if let Some(m) = metric.filter(|m| *m != Metric::Volunteers) {
        text.push_str(&format!(", {}", metric_label(m, lang)));
    }
    text
}
