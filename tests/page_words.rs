//! The words the page writes about the data, exactly as a visitor reads them, in
//! English and French: the map's summary, accessible name and legend bounds, the
//! tooltips of the map and the charts, and what a screen reader hears.

use impact_atlas::core::Lang;

use impact_atlas::model::{parse_path, Dataset, Metric};
use impact_atlas::render::describe::{
    chart_tooltip, country_spoken, country_tooltip, map_label, map_summary, plain, selection_announcement,
    Piece,
};
use impact_atlas::render::map::LegendClass;
use impact_atlas::render::{Chart, Paint};
use std::path::Path;

fn dataset(name: &str) -> Dataset {
    parse_path(Path::new(&format!("data/datasets/{name}.json"))).dataset.expect("valid dataset")
}

/// French puts a narrow no-break space before a colon and between thousands.
const N: char = '\u{202f}';

#[test]
fn the_maps_summary_names_the_countries_and_their_figures() {
    let (demo, prodef) = (dataset("demo"), dataset("prodef"));
    let text = |d: &Dataset, m: Metric, lang: Lang| plain(&map_summary(d, m, lang), lang);
    assert_eq!(
        text(&demo, Metric::People, Lang::En),
        "9 programme countries: Colombia, Costa Rica, Côte d'Ivoire, Guatemala, Haiti, Honduras, \
         Morocco, Peru, Tunisia. People reached: Colombia 3,120, Costa Rica 640, Côte d'Ivoire 2,210, \
         Guatemala 1,480, Haiti 2,950, Honduras 1,130, Morocco 1,760, Peru 2,040, Tunisia 1,290."
    );
    assert_eq!(
        text(&demo, Metric::People, Lang::Fr),
        format!(
            "9 pays du programme{N}: Colombie, Costa Rica, Côte d'Ivoire, Guatemala, Haïti, Honduras, \
             Maroc, Pérou, Tunisie. Personnes atteintes{N}: Colombie 3{N}120, Costa Rica 640, \
             Côte d'Ivoire 2{N}210, Guatemala 1{N}480, Haïti 2{N}950, Honduras 1{N}130, Maroc 1{N}760, \
             Pérou 2{N}040, Tunisie 1{N}290."
        )
    );
    // PRODEF publishes no per-country figures: the countries only.
    assert_eq!(
        text(&prodef, Metric::Volunteers, Lang::En),
        "9 programme countries: Colombia, Costa Rica, Côte d'Ivoire, Guatemala, Haiti, Honduras, \
         Morocco, Peru, Tunisia."
    );
    assert_eq!(
        text(&prodef, Metric::Volunteers, Lang::Fr),
        format!(
            "9 pays du programme{N}: Colombie, Costa Rica, Côte d'Ivoire, Guatemala, Haïti, Honduras, \
             Maroc, Pérou, Tunisie."
        )
    );
    // Each country's name is a piece of its own, which the page marks with the
    // name's language when it falls back to another one.
    let names = map_summary(&demo, Metric::People, Lang::Fr)
        .into_iter()
        .filter(|p| matches!(p, Piece::Name(_)))
        .count();
    assert_eq!(names, 9);
}

#[test]
fn the_maps_name_says_which_country_is_selected() {
    let d = dataset("demo");
    assert_eq!(map_label(&d, None, Lang::En), "Where the volunteers went");
    assert_eq!(map_label(&d, Some("HTI"), Lang::En), "Where the volunteers went. Selected: Haiti");
    assert_eq!(map_label(&d, None, Lang::Fr), "Où sont allés les volontaires");
    assert_eq!(
        map_label(&d, Some("HTI"), Lang::Fr),
        format!("Où sont allés les volontaires. Sélection{N}: Haïti")
    );
    // A code the dataset does not have names no country.
    assert_eq!(map_label(&d, Some("FRA"), Lang::En), "Where the volunteers went");
}

#[test]
fn a_country_is_described_with_its_published_figures_only() {
    let (demo, prodef) = (dataset("demo"), dataset("prodef"));
    // Costa Rica's volunteers are below the threshold: "fewer than 5", never the count.
    assert_eq!(
        country_tooltip(&demo, "CRI", Lang::En).as_deref(),
        Some("Costa Rica\nfewer than 5 volunteers deployed\n640 people reached")
    );
    assert_eq!(
        country_tooltip(&demo, "COL", Lang::Fr),
        Some(format!("Colombie\n12 volontaires déployés\n3{N}120 personnes atteintes"))
    );
    assert_eq!(
        country_tooltip(&prodef, "PER", Lang::En).as_deref(),
        Some("Peru\nFigures per country: not published")
    );
    assert_eq!(
        country_tooltip(&prodef, "PER", Lang::Fr),
        Some(format!("Pérou\nChiffres par pays{N}: non publiés"))
    );
    assert_eq!(country_tooltip(&demo, "FRA", Lang::En), None);

    assert_eq!(
        country_spoken(&demo, "CRI", true, Lang::En).as_deref(),
        Some("Costa Rica, selected, fewer than 5 volunteers deployed, 640 people reached")
    );
    assert_eq!(
        country_spoken(&demo, "CRI", true, Lang::Fr).as_deref(),
        Some("Costa Rica, sélectionné, moins de 5 volontaires déployés, 640 personnes atteintes")
    );
    assert_eq!(
        country_spoken(&prodef, "HTI", false, Lang::En).as_deref(),
        Some("Haiti, figures not published")
    );
    assert_eq!(
        country_spoken(&prodef, "HTI", false, Lang::Fr).as_deref(),
        Some("Haïti, chiffres non publiés")
    );
}

#[test]
fn chart_tooltips_say_what_is_under_the_pointer() {
    let (demo, prodef) = (dataset("demo"), dataset("prodef"));
    assert_eq!(
        chart_tooltip(Chart::Years, "2016", &demo, Lang::En).as_deref(),
        Some("2016\n11 volunteers deployed\n2,620 people reached")
    );
    assert_eq!(
        chart_tooltip(Chart::Years, "2016", &demo, Lang::Fr),
        Some(format!("2016\n11 volontaires déployés\n2{N}620 personnes atteintes"))
    );
    assert_eq!(
        chart_tooltip(Chart::Results, "protection", &prodef, Lang::En).as_deref(),
        Some("24,906 people with better protection of their rights, including 4,128 women, 17,221 children")
    );
    assert_eq!(
        chart_tooltip(Chart::Results, "protection", &prodef, Lang::Fr),
        Some(format!(
            "24{N}906 personnes dont les droits sont mieux protégés, dont 4{N}128 femmes, 17{N}221 enfants"
        ))
    );
    // The per-country chart's bars say what the map's countries say.
    assert_eq!(
        chart_tooltip(Chart::Countries, "CRI", &demo, Lang::Fr),
        country_tooltip(&demo, "CRI", Lang::Fr)
    );
    assert_eq!(chart_tooltip(Chart::Years, "1999", &demo, Lang::En), None);
    assert_eq!(chart_tooltip(Chart::Results, "nope", &prodef, Lang::En), None);
}

#[test]
fn a_selection_is_announced_briefly() {
    let d = dataset("demo");
    let say = |c, y, m, lang| selection_announcement(&d, c, y, m, lang);
    assert_eq!(
        say(Some("MAR"), Some((2016, 2018)), Some(Metric::People), Lang::En),
        "Selected: Morocco, 2016–2018, people reached"
    );
    assert_eq!(
        say(Some("MAR"), Some((2016, 2018)), Some(Metric::People), Lang::Fr),
        format!("Sélection{N}: Maroc, 2016–2018, personnes atteintes")
    );
    // Volunteers are the default metric: not said.
    assert_eq!(
        say(None, Some((2017, 2017)), Some(Metric::Volunteers), Lang::En),
        "Showing the whole programme, 2017"
    );
    assert_eq!(say(None, None, None, Lang::Fr), "Tout le programme est affiché");
}

#[test]
fn legend_classes_are_written_as_ranges() {
    let class = LegendClass { lo: 1001, hi: 2000, paint: Paint::Ramp(1) };
    assert_eq!(class.label(Lang::En), "1,001–2,000");
    assert_eq!(class.label(Lang::Fr), format!("1{N}001–2{N}000"));
}
