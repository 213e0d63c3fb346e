//! What each drawing on the page depends on, as typed keys. The page keeps every
//! drawing's key beside it and draws again only when the new key differs, so a key
//! names every input of its drawing: one left out shows stale pixels when it
//! changes. (The map's key once left out the dataset, so a previewed file with
//! per-country figures kept showing the former file's map.)

use crate::core::Lang;

use crate::model::Metric;
use crate::render::map::Extent;
use crate::render::theme::Scheme;
use crate::render::{Chart, ChartView, Sizes, Theme};
pub use crate::state::Generation;
use crate::state::Mode;

/// A drawing's size: its CSS width and height, and the device pixel ratio.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub css_width: f64,
    pub css_height: f64,
    pub dpr: f64,
}

impl Frame {
    /// The drawing's size in device pixels (whole pixels).
    pub fn device(self) -> (f64, f64) {
        ((self.css_width * self.dpr).round(), (self.css_height * self.dpr).round())
    }
}

/// Colours and type sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    pub scheme: Scheme,
    /// Large type, read from a distance.
    pub kiosk: bool,
    /// The root font size in CSS px (the reader's default font size): page charts
    /// scale their text with it, as the page's text does (WCAG 1.4.4).
    pub font_px: u16,
    /// Tighter type: one visual alone in an embed.
    pub compact: bool,
}

impl Look {
    /// The kiosk has large type (it is read from metres away) and the dark
    /// scheme; the page and embeds follow the reader (`Scheme::choose`).
    pub fn new(mode: Mode, prefers_dark: bool) -> Look {
        let kiosk = mode == Mode::Kiosk;
        Look { scheme: Scheme::choose(kiosk, prefers_dark), kiosk, font_px: 16, compact: false }
    }

    /// The same look for a reader whose root font size is `px` CSS px.
    pub fn with_font(self, px: f64) -> Look {
        Look { font_px: px.round().clamp(4.0, 128.0) as u16, ..self }
    }

    pub fn theme(self) -> Theme {
        self.scheme.theme()
    }

    /// Type sizes: the kiosk's own for its screen; on the page (and, tighter, in a
    /// one-visual embed), sizes made for a 16 px root that grow and shrink with the
    /// reader's font size.
    pub fn sizes(self) -> Sizes {
        let k = f64::from(self.font_px) / 16.0;
        if self.kiosk {
            Sizes::KIOSK
        } else if self.compact {
            Sizes::COMPACT.scaled(k)
        } else {
            Sizes::PAGE.scaled(k)
        }
    }
}

/// Everything the base map and its legend are drawn from. The selection, hover and
/// focus are not in it: they go on the overlay, so changing them never repaints
/// the map.
#[derive(Debug, Clone, PartialEq)]
pub struct MapKey {
    pub frame: Frame,
    pub generation: Generation,
    /// The legend's words.
    pub lang: Lang,
    pub look: Look,
    pub extent: Extent,
    /// The figure the countries are shaded by.
    pub metric: Metric,
    /// Shaded countries or circles.
    pub encoding: crate::model::MapEncoding,
}

/// Everything a chart is drawn from: only the part of the view that chart shows,
/// so selecting a country redraws the per-country chart alone.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartKey {
    pub chart: Chart,
    pub frame: Frame,
    pub generation: Generation,
    pub lang: Lang,
    pub look: Look,
    pub country: Option<String>,
    pub years: Option<(u32, u32)>,
    pub rows: Option<(usize, usize)>,
}

impl ChartKey {
    pub fn new(
        chart: Chart,
        frame: Frame,
        generation: Generation,
        lang: Lang,
        look: Look,
        view: ChartView,
    ) -> Self {
        let v = chart.depends_on(view);
        ChartKey {
            chart,
            frame,
            generation,
            lang,
            look,
            country: v.country.map(str::to_owned),
            years: v.years,
            rows: v.rows,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: Frame = Frame { css_width: 800.0, css_height: 500.0, dpr: 2.0 };

    fn map_key(generation: Generation) -> MapKey {
        MapKey {
            frame: FRAME,
            generation,
            lang: Lang::En,
            look: Look::new(Mode::Standalone, false),
            extent: Extent::Programme,
            metric: Metric::Volunteers,
            encoding: crate::model::MapEncoding::Choropleth,
        }
    }

    #[test]
    fn a_previewed_dataset_redraws_the_map_even_with_the_same_kind_of_figures() {
        // The demo dataset shows per-country figures; a previewed file does too,
        // with the same frame, metric, language and view: only the dataset differs.
        let shown = Generation::default();
        let previewed = shown.next();
        assert_ne!(map_key(shown), map_key(previewed), "the preview must redraw the map");
        assert_ne!(previewed, previewed.next(), "each preview is a new generation");
        assert_eq!(map_key(previewed), map_key(previewed), "an unchanged map is not drawn again");
    }

    #[test]
    fn the_map_is_drawn_again_for_its_legend_words_and_its_figure() {
        let g = Generation::default();
        assert_ne!(map_key(g), MapKey { lang: Lang::Fr, ..map_key(g) });
        assert_ne!(map_key(g), MapKey { metric: Metric::People, ..map_key(g) });
        assert_ne!(map_key(g), MapKey { extent: Extent::World, ..map_key(g) });
        assert_ne!(map_key(g), MapKey { encoding: crate::model::MapEncoding::Symbols, ..map_key(g) });
        assert_ne!(map_key(g), MapKey { look: Look::new(Mode::Standalone, true), ..map_key(g) });
        assert_ne!(map_key(g), MapKey { frame: Frame { dpr: 1.0, ..FRAME }, ..map_key(g) });
    }

    #[test]
    fn selecting_a_country_redraws_the_per_country_chart_only() {
        let g = Generation::default();
        let look = Look::new(Mode::Standalone, false);
        let key = |chart, view| ChartKey::new(chart, FRAME, g, Lang::En, look, view);
        let before = ChartView { country: None, years: Some((2016, 2017)), rows: None };
        let after = ChartView { country: Some("HTI"), ..before };
        assert_eq!(key(Chart::Results, before), key(Chart::Results, after));
        assert_eq!(key(Chart::Years, before), key(Chart::Years, after));
        assert_ne!(key(Chart::Countries, before), key(Chart::Countries, after));
        // A preview redraws every chart.
        for c in Chart::ALL {
            assert_ne!(key(c, after), ChartKey::new(c, FRAME, g.next(), Lang::En, look, after), "{c:?}");
        }
    }

    #[test]
    fn the_kiosk_is_dark_with_large_type_and_the_page_follows_the_reader() {
        assert_eq!(Look::new(Mode::Kiosk, false).scheme, Scheme::Dark);
        // A larger default font is an input: charts are drawn again, with larger text.
        let page = Look::new(Mode::Standalone, false);
        assert_ne!(page, page.with_font(32.0));
        assert_eq!(page.with_font(32.0).sizes().label_px, Sizes::PAGE.label_px * 2.0);
        assert_eq!(Look::new(Mode::Kiosk, false).with_font(32.0).sizes().label_px, Sizes::KIOSK.label_px);
        assert_eq!(Look::new(Mode::Kiosk, false).sizes().value_px, Sizes::KIOSK.value_px);
        assert_eq!(Look::new(Mode::Embed, false).scheme, Scheme::Light);
        assert_eq!(Look::new(Mode::Standalone, true).scheme, Scheme::Dark);
        assert_eq!(Look::new(Mode::Standalone, true).sizes().value_px, Sizes::PAGE.value_px);
    }
}
