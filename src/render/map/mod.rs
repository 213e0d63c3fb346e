//! The map: programme countries on an Equal Earth world map, optionally shaded by a
//! per-country figure, with round touch targets on countries too small to hit.
//!
//! `layout_map` turns geometry and the visitor's view into a `MapView`: a display
//! list (`layout`, painted with `marks::paint` like every chart), the legend as
//! data (for the page to write as HTML), and what `MapView::hit` needs to turn a
//! device pixel back into a country. All positions are device pixels.

mod dashed;
mod labels;
mod legend;
mod symbols;
mod targets;

pub use crate::model::MapEncoding;
pub use labels::{Placed, LABEL_CSS_PX};
pub use legend::{class_hatch, css_colour, Choropleth, Class, Legend, LegendClass};
pub use symbols::{Symbol, SymbolKind, SymbolLegend};
pub use targets::{Target, TARGET_CSS_PX};

use super::marks::{Hatch, Layout, Mark, Paint, Rect, Stroke};
use crate::geo::fit::{fit_centred, programme_view};
use crate::geo::planar::{ring_area, GeoBox, Pt};
use crate::geo::projected::{project_world, Projected, Shape};
use crate::geo::projection::{Fitted, Projection};
use crate::geo::seam::rotated_box;
use crate::geo::world::World;
use crate::model::{Dataset, Metric, Shown};
use targets::{dist2, paint_target, place_targets};

/// Clear space around the map, CSS pixels.
const PADDING_CSS_PX: f64 = 8.0;
/// Points closer than this after projection are dropped: invisible, but painted.
const MIN_STEP_DEVICE_PX: f64 = 0.5;

/// What the map shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Extent {
    /// The programme's countries with their region around them (see
    /// `geo::fit::programme_box`); the world when none is in the geometry.
    Programme,
    /// Every country.
    World,
    /// A given box, longitudes relative to the map's central meridian (as
    /// `geo::fit::country_box` gives for `programme_meridian`).
    Box(GeoBox),
}

/// Everything `layout_map` needs besides the geometry.
#[derive(Debug, Clone, Copy)]
pub struct MapInput<'a> {
    /// ISO 3166-1 alpha-3 codes of the programme's countries.
    pub programme: &'a [String],
    /// Per-country figures as published, to shade the programme countries by, or
    /// `None` to show them all alike (no figures published per country). In the
    /// list, a missing country or `Shown::NotPublished` is "not published", drawn
    /// hatched, never as 0; `Shown::FewerThan` is a class of its own (hatched in the
    /// ramp's colour), never split by value, and the colour classes are computed
    /// from published counts only.
    pub values: Option<&'a [(String, Shown)]>,
    /// The selected country's code.
    pub selected: Option<&'a str>,
    pub extent: Extent,
    /// Frame size in device pixels.
    pub width: f64,
    pub height: f64,
    /// Device pixels per CSS pixel (devicePixelRatio).
    pub dpr: f64,
}

/// How the map draws what `MapInput` gives it, beyond the geometry.
#[derive(Debug, Clone, Copy)]
pub struct MapStyle<'a> {
    /// Shaded countries or circles sized by the figure (when figures are given).
    pub encoding: MapEncoding,
    /// Names to write on the map, by code (programme countries); empty = none.
    pub names: &'a [(String, String)],
    /// The dataset's small-number threshold (figures below it are published as
    /// "fewer than N"): the symbols' legend draws no reference circle below it.
    pub fewer_than: Option<u64>,
    /// A page a visitor taps gets targets on countries too small to hit; an export
    /// (print, where nothing is tapped) does not, and carries its legend inside.
    pub interactive: bool,
    /// The language of figures drawn on the map.
    pub lang: crate::core::Lang,
}

impl Default for MapStyle<'_> {
    fn default() -> Self {
        MapStyle {
            encoding: MapEncoding::Choropleth,
            names: &[],
            fewer_than: None,
            interactive: true,
            lang: crate::core::Lang::En,
        }
    }
}

/// The programme's country codes, in dataset order.
pub fn programme_codes(d: &Dataset) -> Vec<String> {
    d.countries.iter().map(|c| c.iso3.clone()).collect()
}

/// Each programme country's figure for `metric`, or `None` when the dataset
/// publishes no per-country figures at all (as for PRODEF): then the map shows the
/// programme countries alike instead of a choropleth of "not published".
pub fn map_values(d: &Dataset, metric: Metric) -> Option<Vec<(String, Shown)>> {
    if d.by_country.is_empty() {
        return None;
    }
    Some(
        d.countries
            .iter()
            .map(|c| (c.iso3.clone(), d.figures_for(&c.iso3).map_or(Shown::NotPublished, |f| f.get(metric))))
            .collect(),
    )
}

/// A laid-out map.
#[derive(Debug, Clone, PartialEq)]
pub struct MapView {
    /// What to paint (`marks::paint`). `layout.targets` holds the targets' boxes
    /// only; hit-test with `MapView::hit`, which also knows the countries' shapes.
    pub layout: Layout,
    /// `None` when no per-country figures are shown.
    pub legend: Option<Legend>,
    /// Degrees ↔ device pixels for this frame (`invert` gives the lon/lat under the
    /// pointer).
    pub projection: Fitted,
    /// Countries as drawn, for hit-testing.
    pub shapes: Projected,
    /// Small programme countries' targets.
    pub targets: Vec<Target>,
    /// Each programme country in view and its label point, west to east.
    pub anchors: Vec<(String, Pt)>,
    /// Proportional symbols, largest first (empty unless the encoding is symbols).
    pub symbols: Vec<Symbol>,
    /// The symbols' legend, when symbols are drawn.
    pub symbol_legend: Option<SymbolLegend>,
    /// Names written on the map.
    pub labels: Vec<Placed>,
}

impl MapView {
    /// The country under the device-pixel point `(x, y)`: a target first (the
    /// nearest centre when targets overlap), then the country shapes.
    pub fn hit(&self, x: f64, y: f64) -> Option<&str> {
        // A symbol first: the smallest under the point (drawn on top).
        if let Some(s) = self.symbols.iter().rev().find(|s| s.contains((x, y), self.dpr_hint())) {
            return Some(s.iso3.as_str());
        }
        let nearest = self
            .targets
            .iter()
            .filter(|t| t.contains((x, y)))
            .min_by(|a, b| dist2(a.centre, (x, y)).total_cmp(&dist2(b.centre, (x, y))));
        match nearest {
            Some(t) => Some(t.iso3.as_str()),
            None => self.shapes.hit(x, y),
        }
    }

    /// The pixel ratio the view was laid out at, from its targets' or symbols' size.
    fn dpr_hint(&self) -> f64 {
        self.targets.first().map(|t| t.radius * 2.0 / TARGET_CSS_PX).unwrap_or(1.0)
    }

    /// Like `hit`, but only programme countries (what a click or tap selects).
    pub fn hit_programme(&self, x: f64, y: f64) -> Option<&str> {
        self.hit(x, y).filter(|c| self.anchors.iter().any(|(a, _)| a == c))
    }

    /// Programme countries in keyboard order: west to east by label point.
    pub fn keyboard_order(&self) -> impl Iterator<Item = &str> {
        self.anchors.iter().map(|(c, _)| c.as_str())
    }

    /// Where a tooltip or callout for `iso3` points, device pixels: its target's
    /// centre, else its label point.
    pub fn anchor(&self, iso3: &str) -> Option<Pt> {
        self.targets
            .iter()
            .find(|t| t.iso3 == iso3)
            .map(|t| t.centre)
            .or_else(|| self.anchors.iter().find(|(c, _)| c == iso3).map(|(_, p)| *p))
    }

    /// The box to draw a keyboard focus ring round, device pixels: the target if the
    /// country has one, else its largest piece.
    pub fn focus_bounds(&self, iso3: &str) -> Option<Rect> {
        if let Some(t) = self.targets.iter().find(|t| t.iso3 == iso3) {
            return Some(t.rect());
        }
        let shape = self.shapes.shape(iso3)?;
        let ring = shape.rings.iter().max_by(|a, b| ring_area(a).abs().total_cmp(&ring_area(b).abs()))?;
        Some(Rect::of(ring))
    }
}

/// The frame height (device pixels) at which `extent` fills a frame `width`
/// device pixels wide with no empty bands.
pub fn map_height(world: &World, programme: &[String], extent: Extent, width: f64, dpr: f64) -> f64 {
    let pad = PADDING_CSS_PX * dpr;
    let aspect = view_box(world, programme, extent).1.aspect();
    ((width - 2.0 * pad).max(1.0) * aspect + 2.0 * pad).round()
}

/// The map's central meridian and the box it shows, longitudes relative to it.
/// Every extent of one programme's map shares the programme's meridian (see
/// `geo::seam`), so the page's flights between them only scale and move, and a
/// Pacific programme's countries stay whole in the world view too.
fn view_box(world: &World, programme: &[String], extent: Extent) -> (f64, GeoBox) {
    let codes: Vec<&str> = programme.iter().map(String::as_str).collect();
    let (lon0, programme) = match programme_view(world, &codes) {
        Some((lon0, b)) => (lon0, Some(b)),
        None => (0.0, None),
    };
    let b = match (extent, programme) {
        (Extent::Programme, Some(b)) => b,
        (Extent::Box(b), _) => b,
        _ => rotated_box(&world.bbox(), lon0),
    };
    (lon0, b)
}

/// The central meridian of the programme's map (every extent of it shares one),
/// for `geo::fit::country_box`.
pub fn programme_meridian(world: &World, programme: &[String]) -> f64 {
    let codes: Vec<&str> = programme.iter().map(String::as_str).collect();
    programme_view(world, &codes).map_or(0.0, |(lon0, _)| lon0)
}

/// Lays out the map (see the module comment), shaded, without names.
pub fn layout_map(world: &World, input: &MapInput) -> MapView {
    layout_map_styled(world, input, &MapStyle::default())
}

/// Lays out the map in `style`.
pub fn layout_map_styled(world: &World, input: &MapInput, style_in: &MapStyle) -> MapView {
    let dpr = if input.dpr.is_finite() && input.dpr > 0.0 { input.dpr } else { 1.0 };
    let (w, h) = (input.width, input.height);
    let (lon0, view) = view_box(world, input.programme, input.extent);
    let projection = fit_centred(&view, lon0, w, h, PADDING_CSS_PX * dpr);
    let frame = Rect { x0: 0.0, y0: 0.0, x1: w, y1: h };
    let shapes = project_world(world, &projection, frame, MIN_STEP_DEVICE_PX);
    let is_programme = |c: &str| input.programme.iter().any(|p| p == c);

    let mut anchors: Vec<(String, Pt)> = input
        .programme
        .iter()
        .filter_map(|code| {
            let (lon, lat) = world.country(code)?.label_point()?;
            let p = projection.project(lon, lat);
            frame.contains(p).then(|| (code.clone(), p))
        })
        .collect();
    crate::sort::sort_small_by(&mut anchors, |a, b| a.1 .0.total_cmp(&b.1 .0));
    let targets =
        if style_in.interactive { place_targets(&shapes, &anchors, frame, dpr) } else { Vec::new() };
    let symbols_on = style_in.encoding == MapEncoding::Symbols && input.values.is_some();

    let value_of = |c: &str| {
        input
            .values
            .and_then(|vals| vals.iter().find(|(k, _)| k == c))
            .map_or(Shown::NotPublished, |(_, v)| *v)
    };
    // The threshold of "fewer than N" cells, if any (the symbols' scale covers it).
    let fewer_than = input.values.and_then(|vals| {
        vals.iter().filter_map(|(_, v)| if let Shown::FewerThan(t) = v { Some(*t) } else { None }).max()
    });
    // One classing of the programme's figures gives both the countries' fills and
    // the legend. Under symbols the circles carry the figures: no colour classes.
    let choropleth = input
        .values
        .filter(|_| !symbols_on)
        .map(|_| Choropleth::new(input.programme.iter().map(|c| value_of(c))));
    let css = |v: f64| v * dpr;
    // A programme country's fill, and its hatching ("not published", "fewer than N").
    let style = |c: &str| -> (Paint, Option<Hatch>) {
        match &choropleth {
            Some(ch) => {
                let class = ch.class(value_of(c));
                (ch.paint(class), class_hatch(class, dpr))
            }
            None if input.selected == Some(c) => (Paint::Selected, None),
            // Under symbols, programme countries are lightly tinted: the circle
            // carries the figure.
            None if symbols_on => (Paint::Ramp(0), None),
            None => (Paint::Programme, None),
        }
    };

    let mut layout = Layout { width: w, height: h, ..Layout::default() };
    // Largest first, so a small country's outline is painted over its large
    // neighbour's fill, never under it (holes are left empty, see `marks::paint`).
    let mut order: Vec<&Shape> = shapes.shapes.iter().collect();
    crate::sort::sort_small_by(&mut order, |a, b| b.area.total_cmp(&a.area));
    for s in &order {
        let (fill, stroke, hatch) = if is_programme(&s.iso3) {
            let (paint, hatch) = style(&s.iso3);
            (paint, Stroke { paint: Paint::Background, width: css(0.75) }, hatch)
        } else {
            (Paint::Land, Stroke { paint: Paint::Border, width: css(0.5) }, None)
        };
        layout.marks.push(Mark::Poly {
            rings: s.rings.clone(),
            holes: s.holes.clone(),
            fill: Some(fill),
            stroke: Some(stroke),
            hatch,
        });
    }
    // Programme outlines on top, so a neutral neighbour's border does not cover them.
    if choropleth.is_some() {
        for s in order.iter().filter(|s| is_programme(&s.iso3)) {
            layout.marks.push(outline(s, Stroke { paint: Paint::Edge, width: css(1.0) }));
        }
    }
    // Disputed boundaries, dashed over whatever borders were drawn under them.
    for line in &world.dashed {
        let pts: Vec<Pt> = line.points.iter().map(|&(lon, lat)| projection.project(lon, lat)).collect();
        if pts.iter().any(|&p| frame.contains(p)) {
            layout.marks.extend(dashed::dashed_line(&pts, dpr));
        }
    }
    // Proportional symbols, and their legend.
    let (symbols, symbol_legend) = if symbols_on {
        // The scale covers the largest published count and the largest "fewer than
        // N" ring (drawn the size of N: the count itself is not published).
        let vals = input.values.unwrap_or(&[]);
        let max = vals.iter().filter_map(|(_, v)| v.value()).max().unwrap_or(0).max(fewer_than.unwrap_or(0));
        let scale = symbols::SymbolScale::new(max, w, h, dpr);
        let placed = symbols::place_symbols(&anchors, value_of, scale);
        symbols::paint_symbols(&mut layout, &placed, legend::not_published_hatch(dpr), dpr);
        // No reference circle under the threshold: it would stand for counts that
        // are only ever shown as "fewer than N".
        let floor = fewer_than.max(style_in.fewer_than);
        let legend = symbols::legend_for(&placed, scale, floor);
        if !style_in.interactive {
            symbols::paint_legend(&mut layout, &legend, frame, dpr, style_in.lang);
        }
        (placed, Some(legend))
    } else {
        (Vec::new(), None)
    };
    // The selection: a thick outline over a background halo, so it shows on any fill.
    if let Some(s) = input.selected.and_then(|c| shapes.shape(c)) {
        layout.marks.push(outline(s, Stroke { paint: Paint::Background, width: css(4.0) }));
        layout.marks.push(outline(s, Stroke { paint: Paint::Text, width: css(2.0) }));
    }
    // Under symbols the circles stand for the countries; targets stay for the pointer.
    for t in targets.iter().filter(|_| !symbols_on) {
        let (fill, hatch) = style(&t.iso3);
        let selected = input.selected == Some(t.iso3.as_str());
        paint_target(&mut layout, t, fill, hatch, selected, dpr);
        layout.targets.push((t.rect(), t.iso3.clone()));
    }

    let legend = choropleth.map(|ch| ch.legend());
    // Names where they fit, the largest figures (else the largest countries) first.
    let labels = if style_in.names.is_empty() {
        Vec::new()
    } else {
        let mut order: Vec<&(String, Pt)> = anchors.iter().collect();
        let weight = |c: &str| -> f64 {
            symbols.iter().find(|s| s.iso3 == c).map(|s| s.radius * 1e6).unwrap_or(0.0)
                + shapes.shape(c).map(|s| s.area).unwrap_or(0.0)
        };
        crate::sort::sort_small_by(&mut order, |a, b| weight(&b.0).total_cmp(&weight(&a.0)));
        let wants: Vec<labels::LabelWant> = order
            .iter()
            .filter_map(|(code, p)| {
                let name = style_in.names.iter().find(|(c, _)| c == code)?.1.as_str();
                let symbol = symbols.iter().find(|s| &s.iso3 == code);
                let target = targets.iter().find(|t| &t.iso3 == code).filter(|_| !symbols_on);
                let (at, clear) = match (symbol, target) {
                    (Some(s), _) => (s.centre, s.radius.max(symbols::NOT_PUBLISHED_CSS_PX * dpr / 2.0)),
                    (None, Some(t)) => (t.centre, t.radius),
                    (None, None) => (*p, 0.0),
                };
                Some(labels::LabelWant { iso3: code, name, at, clear })
            })
            .collect();
        let mut obstacles: Vec<(String, Rect)> = symbols
            .iter()
            .map(|s| {
                let r = s.radius.max(symbols::NOT_PUBLISHED_CSS_PX * dpr / 2.0);
                (
                    s.iso3.clone(),
                    Rect { x0: s.centre.0 - r, y0: s.centre.1 - r, x1: s.centre.0 + r, y1: s.centre.1 + r },
                )
            })
            .collect();
        if !symbols_on {
            obstacles.extend(targets.iter().map(|t| (t.iso3.clone(), t.rect())));
        }
        let placed = labels::place_labels(&wants, &obstacles, frame, dpr);
        labels::paint_labels(&mut layout, &placed, dpr);
        placed
    };
    MapView { layout, legend, projection, shapes, targets, anchors, symbols, symbol_legend, labels }
}

impl MapView {
    /// Marks that show `iso3` as selected over a map laid out with no selection: the
    /// page draws them on the overlay canvas, so selecting a country does not repaint
    /// the whole map. With no per-country figures the country is refilled in the
    /// selection colour; always a thick outline over a background halo (so it shows
    /// on any fill), and a ring round its target if it has one.
    pub fn selection_marks(&self, iso3: &str, dpr: f64) -> Vec<Mark> {
        let mut marks = Vec::new();
        if let Some(s) = self.shapes.shape(iso3) {
            if self.legend.is_none() {
                marks.push(Mark::Poly {
                    rings: s.rings.clone(),
                    holes: s.holes.clone(),
                    fill: Some(Paint::Selected),
                    stroke: None,
                    hatch: None,
                });
            }
            marks.push(outline(s, Stroke { paint: Paint::Background, width: 4.0 * dpr }));
            marks.push(outline(s, Stroke { paint: Paint::Text, width: 2.0 * dpr }));
        }
        if let Some(t) = self.targets.iter().find(|t| t.iso3 == iso3) {
            let ring = targets::circle(t.centre, t.radius + 2.0 * dpr);
            let fill = if self.legend.is_none() { Some(Paint::Selected) } else { None };
            marks.push(Mark::Poly {
                rings: vec![ring.clone()],
                holes: vec![],
                fill,
                stroke: None,
                hatch: None,
            });
            let halo = Stroke { paint: Paint::Background, width: 4.0 * dpr };
            marks.push(Mark::Poly {
                rings: vec![ring.clone()],
                holes: vec![],
                fill: None,
                stroke: Some(halo),
                hatch: None,
            });
            let line = Stroke { paint: Paint::Text, width: 2.0 * dpr };
            marks.push(Mark::Poly {
                rings: vec![ring],
                holes: vec![],
                fill: None,
                stroke: Some(line),
                hatch: None,
            });
        }
        // The names are painted on the map below, so the selection's fill and
        // outline on the overlay would cover any name they cross (on the kiosk,
        // "Costa Rica" showed as "Rica"): those names are painted again on top.
        let grown = |r: Rect, by: f64| Rect { x0: r.x0 - by, y0: r.y0 - by, x1: r.x1 + by, y1: r.y1 + by };
        let shape = self.shapes.shape(iso3).map(|s| grown(s.bounds, 2.0 * dpr));
        let target = self.targets.iter().find(|t| t.iso3 == iso3).map(|t| grown(t.rect(), 4.0 * dpr));
        let covered: Vec<Rect> = shape.into_iter().chain(target).collect();
        let crossed: Vec<Placed> = self
            .labels
            .iter()
            .filter(|l| covered.iter().any(|c| labels::overlaps(c, &l.rect)))
            .cloned()
            .collect();
        let mut names = Layout::default();
        labels::paint_labels(&mut names, &crossed, dpr);
        marks.extend(names.marks);
        marks
    }
}

impl MapView {
    /// Everything the page's overlay canvas shows over the map, in painting order:
    /// the selection (`selection_marks`), the outline of the country under the
    /// pointer (`hover_marks`) and the keyboard focus ring (`focus_marks`).
    pub fn overlay_marks(
        &self,
        selected: Option<&str>,
        hover: Option<&str>,
        focus: Option<&str>,
        dpr: f64,
    ) -> Vec<Mark> {
        let mut marks = selected.map(|c| self.selection_marks(c, dpr)).unwrap_or_default();
        marks.extend(hover.map(|c| self.hover_marks(c, dpr)).unwrap_or_default());
        marks.extend(focus.map(|c| self.focus_marks(c, dpr)).unwrap_or_default());
        marks
    }

    /// The outline of the country under the pointer: a line in the text colour,
    /// 2 CSS px wide, along its outer rings (an enclave inside it is not outlined,
    /// so hovering South Africa does not seem to point at Lesotho).
    pub fn hover_marks(&self, iso3: &str, dpr: f64) -> Vec<Mark> {
        let Some(s) = self.shapes.shape(iso3) else { return Vec::new() };
        vec![Mark::Poly {
            rings: s.rings.clone(),
            holes: vec![],
            fill: None,
            stroke: Some(Stroke { paint: Paint::Text, width: 2.0 * dpr }),
            hatch: None,
        }]
    }

    /// The keyboard focus ring: a frame 3 CSS px wide, in the theme's focus colour,
    /// centred 4 CSS px outside the focused country's target, or its largest piece
    /// when it has none (`focus_bounds`). Drawn as a filled frame (an outer box with
    /// the inner box as its hole), so its corners are square on every backend.
    pub fn focus_marks(&self, iso3: &str, dpr: f64) -> Vec<Mark> {
        let Some(r) = self.focus_bounds(iso3) else { return Vec::new() };
        let (pad, half) = (4.0 * dpr, 1.5 * dpr);
        let box_ring = |by: f64| {
            let (x0, y0, x1, y1) = (r.x0 - by, r.y0 - by, r.x1 + by, r.y1 + by);
            vec![(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
        };
        vec![Mark::Poly {
            rings: vec![box_ring(pad + half)],
            holes: vec![box_ring(pad - half)],
            fill: Some(Paint::Focus),
            stroke: None,
            hatch: None,
        }]
    }
}

fn outline(s: &Shape, stroke: Stroke) -> Mark {
    Mark::Poly {
        rings: s.rings.clone(),
        holes: s.holes.clone(),
        fill: None,
        stroke: Some(stroke),
        hatch: None,
    }
}
