//! Proportional symbols: one circle per programme country at its label point, its
//! area proportional to the figure, so eleven countries of very different sizes
//! (Kiribati, Bolivia) are compared by the same mark. A figure shown as "fewer than
//! N" is a dashed ring the size of N; "not published" is a small hatched square.

use super::targets::{circle, dist2};
use crate::geo::planar::Pt;
use crate::model::Shown;
use crate::render::marks::{Hatch, Layout, Mark, Paint, Stroke};

/// Largest circle's radius, CSS px, before fitting to the frame.
const MAX_RADIUS_CSS_PX: f64 = 24.0;
/// No figure is drawn smaller than this radius, CSS px, so every circle can be seen.
const MIN_RADIUS_CSS_PX: f64 = 3.0;

/// One programme country's symbol, device pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct Symbol {
    pub iso3: String,
    pub centre: Pt,
    /// 0 for "not published" (a square of side `NOT_PUBLISHED_CSS_PX`).
    pub radius: f64,
    pub kind: SymbolKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymbolKind {
    /// A published figure: a filled circle, area ∝ value.
    Value(u64),
    /// Published as "fewer than N": a dashed ring the size of N.
    FewerThan(u64),
    NotPublished,
}

/// The symbols' legend: reference circles (value, radius in device px), largest
/// first, and whether the two special marks occur.
#[derive(Debug, Clone, PartialEq)]
pub struct SymbolLegend {
    pub references: Vec<(u64, f64)>,
    pub fewer_than: Option<u64>,
    pub not_published: bool,
}

/// The scale: radius in device px for a value, with `max` at `r_max`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SymbolScale {
    pub max: u64,
    pub r_max: f64,
    pub r_min: f64,
}

impl SymbolScale {
    /// A scale for figures up to `max` in a frame `w × h` device px at ratio `dpr`.
    pub fn new(max: u64, w: f64, h: f64, dpr: f64) -> SymbolScale {
        let r_max = (MAX_RADIUS_CSS_PX * dpr).min(w.min(h) * 0.09).max(8.0 * dpr);
        SymbolScale { max: max.max(1), r_max, r_min: MIN_RADIUS_CSS_PX * dpr }
    }

    /// Area ∝ value: r = r_max √(v / max); never below `r_min` for a value above 0.
    pub fn radius(&self, v: u64) -> f64 {
        if v == 0 {
            return 0.0;
        }
        (self.r_max * (v as f64 / self.max as f64).sqrt()).max(self.r_min)
    }
}

/// Side of the "not published" square, CSS px.
pub const NOT_PUBLISHED_CSS_PX: f64 = 9.0;

/// The symbols for `anchors` (programme countries in view, label points) and their
/// figures as published: a count is a circle of its size, "fewer than N" a dashed
/// ring the size of N (the count itself is not published), "not published" a
/// hatched square.
pub fn place_symbols(
    anchors: &[(String, Pt)],
    value_of: impl Fn(&str) -> Shown,
    scale: SymbolScale,
) -> Vec<Symbol> {
    let mut out: Vec<Symbol> = anchors
        .iter()
        .map(|(code, p)| {
            let kind = match value_of(code) {
                Shown::Value(v) => SymbolKind::Value(v),
                Shown::FewerThan(n) => SymbolKind::FewerThan(n),
                Shown::NotPublished => SymbolKind::NotPublished,
            };
            let radius = match kind {
                SymbolKind::Value(v) | SymbolKind::FewerThan(v) => scale.radius(v),
                SymbolKind::NotPublished => 0.0,
            };
            Symbol { iso3: code.clone(), centre: *p, radius, kind }
        })
        .collect();
    // Largest first, so a small circle is drawn over a large neighbour's.
    crate::sort::sort_small_by(&mut out, |a, b| b.radius.total_cmp(&a.radius));
    out
}

/// Reference values for the legend: a round number near the largest figure, and
/// one or two round fractions of it (each at least a quarter of the one before in
/// area, so the circles read as different).
pub fn legend_for(symbols: &[Symbol], scale: SymbolScale, fewer_than: Option<u64>) -> SymbolLegend {
    let largest = symbols
        .iter()
        .filter_map(|s| match s.kind {
            SymbolKind::Value(v) => Some(v),
            _ => None,
        })
        .max()
        .unwrap_or(0);
    let mut references = Vec::new();
    if largest > 0 {
        let top = round_down(largest);
        for v in [top, round_down(top / 4), round_down(top / 16), round_down(top / 2)] {
            let above_floor = fewer_than.is_none_or(|n| v >= n);
            // A half only when the quarters fell under the floor: two circles at least.
            let wanted = references.len() < 3 && (v != round_down(top / 2) || references.len() < 2);
            if v > 0 && above_floor && wanted && references.iter().all(|(r, _)| *r != v) {
                references.push((v, scale.radius(v)));
            }
        }
    }
    SymbolLegend {
        references,
        fewer_than: symbols.iter().find_map(|s| match s.kind {
            SymbolKind::FewerThan(n) => Some(n),
            _ => None,
        }),
        not_published: symbols.iter().any(|s| s.kind == SymbolKind::NotPublished),
    }
}

/// The largest 1, 2 or 5 × 10ⁿ not above `v` (0 for 0).
fn round_down(v: u64) -> u64 {
    if v == 0 {
        return 0;
    }
    let mut mag = 1u64;
    while mag.saturating_mul(10) <= v {
        mag *= 10;
    }
    [5, 2, 1].iter().map(|m| m * mag).find(|r| *r <= v).unwrap_or(mag)
}

/// Paints the symbols (largest first) with a background rim so overlaps read.
pub fn paint_symbols(layout: &mut Layout, symbols: &[Symbol], hatch: Hatch, dpr: f64) {
    for s in symbols {
        match s.kind {
            SymbolKind::Value(_) => {
                layout.marks.push(Mark::Poly {
                    rings: vec![circle(s.centre, s.radius)],
                    holes: vec![],
                    fill: Some(Paint::Ramp(3)),
                    stroke: Some(Stroke { paint: Paint::Background, width: dpr }),
                    hatch: None,
                });
            }
            SymbolKind::FewerThan(_) => {
                let ring = circle(s.centre, s.radius);
                let mut closed = ring.clone();
                closed.push(ring[0]);
                layout.marks.extend(super::dashed::dashed_line(&closed, dpr));
            }
            SymbolKind::NotPublished => {
                let h = NOT_PUBLISHED_CSS_PX * dpr / 2.0;
                let (x, y) = s.centre;
                layout.marks.push(Mark::Poly {
                    rings: vec![vec![(x - h, y - h), (x + h, y - h), (x + h, y + h), (x - h, y + h)]],
                    holes: vec![],
                    fill: Some(Paint::NotPublished),
                    stroke: Some(Stroke { paint: Paint::Edge, width: dpr }),
                    hatch: Some(hatch),
                });
            }
        }
    }
}

impl Symbol {
    /// Whether the device-pixel point is on this symbol.
    pub fn contains(&self, p: Pt, dpr: f64) -> bool {
        let r = self.radius.max(NOT_PUBLISHED_CSS_PX * dpr / 2.0);
        dist2(self.centre, p) <= r * r
    }
}

/// The legend drawn into the map itself (for exports, where no HTML legend sits
/// beside it): nested reference circles in the bottom-left corner, each with its
/// figure, then the "fewer than" and "not published" marks.
pub fn paint_legend(
    layout: &mut Layout,
    legend: &SymbolLegend,
    frame: crate::geo::planar::Bounds,
    dpr: f64,
    lang: crate::core::Lang,
) {
    let Some(&(_, r_max)) = legend.references.first() else { return };
    let pad = 10.0 * dpr;
    let px = 12.0 * dpr;
    let base = frame.y1 - pad;
    let cx = frame.x0 + pad + r_max;
    let mut last_y = f64::INFINITY;
    for (v, r) in &legend.references {
        let c = (cx, base - r);
        layout.marks.push(Mark::Poly {
            rings: vec![circle(c, *r)],
            holes: vec![],
            fill: None,
            stroke: Some(Stroke { paint: Paint::Text, width: dpr }),
            hatch: None,
        });
        // Each figure at its circle's top, unless too close to the one above.
        let y = (base - 2.0 * r - px * 0.5).min(last_y - px * 1.15);
        last_y = y;
        layout.marks.push(Mark::Text {
            x: cx + r_max + 4.0 * dpr,
            y,
            text: crate::i18n::format_count(*v, lang),
            px,
            bold: false,
            paint: Paint::Text,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn area_is_proportional_to_the_value() {
        let s = SymbolScale { max: 400, r_max: 40.0, r_min: 1.0 };
        let (a, b) = (s.radius(400), s.radius(100));
        assert!((a * a / (b * b) - 4.0).abs() < 1e-9);
    }

    #[test]
    fn a_small_maximum_still_gets_two_reference_circles() {
        let scale = SymbolScale { max: 12, r_max: 24.0, r_min: 3.0 };
        let sym = |v| Symbol {
            iso3: "X".into(),
            centre: (0.0, 0.0),
            radius: scale.radius(v),
            kind: SymbolKind::Value(v),
        };
        let legend = legend_for(&[sym(12), sym(6)], scale, Some(5));
        let values: Vec<u64> = legend.references.iter().map(|(v, _)| *v).collect();
        assert_eq!(values, vec![10, 5]);
    }

    #[test]
    fn symbols_come_from_the_published_cells_only() {
        let scale = SymbolScale { max: 400, r_max: 40.0, r_min: 1.0 };
        let anchors: Vec<(String, Pt)> =
            ["A", "B", "C"].iter().map(|c| (c.to_string(), (0.0, 0.0))).collect();
        let value_of = |c: &str| match c {
            "A" => Shown::Value(400),
            "B" => Shown::FewerThan(5),
            _ => Shown::NotPublished,
        };
        let placed = place_symbols(&anchors, value_of, scale);
        let of = |c: &str| placed.iter().find(|s| s.iso3 == c).expect("symbol").clone();
        assert_eq!(of("A").kind, SymbolKind::Value(400));
        // "Fewer than 5": its own mark, the size of 5 (the count is not published).
        assert_eq!(of("B").kind, SymbolKind::FewerThan(5));
        assert_eq!(of("B").radius, scale.radius(5));
        assert_eq!(of("C").kind, SymbolKind::NotPublished);
        assert_eq!(of("C").radius, 0.0);
        let legend = legend_for(&placed, scale, Some(5));
        assert_eq!((legend.fewer_than, legend.not_published), (Some(5), true));
        assert!(legend.references.iter().all(|(v, _)| *v >= 5), "{legend:?}");
    }

    #[test]
    fn legend_values_are_round_and_distinct() {
        assert_eq!(round_down(3120), 2000);
        assert_eq!(round_down(12), 10);
        assert_eq!(round_down(5), 5);
    }
}
