//! A display list: what a chart draws, as plain data. Layout functions produce it
//! (pure, tested on the host), `paint` turns it into plotters calls for any backend,
//! and hit-testing reads the same rectangles the user sees.

use super::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// An axis-aligned rectangle in device pixels, y down: the crate's one box type,
/// so the map's projected shapes' bounds are marks' rectangles as they are.
pub type Rect = crate::geo::Bounds;

/// Which theme colour a mark takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    Text,
    Muted,
    Bar,
    Part(usize),
    /// The page background (haloes under outlines, borders of programme countries).
    Background,
    /// Countries outside the programme.
    Land,
    /// Borders between countries outside the programme.
    Border,
    /// Programme countries when no per-country figure is shown.
    Programme,
    /// The selected country.
    Selected,
    /// Outlines of programme countries and small-country targets.
    Edge,
    /// Class `i` (0 = lowest) of the map's sequential colour ramp.
    Ramp(u8),
    /// A programme country whose figure is not published (drawn hatched).
    NotPublished,
    /// The hatching on `NotPublished`.
    NotPublishedHatch,
    /// A programme country whose figure is "fewer than N" (drawn hatched).
    Protected,
    /// The hatching on `Protected`.
    ProtectedHatch,
    /// The map's keyboard focus ring.
    Focus,
}

/// An outline: its colour and width in device pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    pub paint: Paint,
    pub width: f64,
}

/// Diagonal hatching inside a shape: line colour, spacing and width in device pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hatch {
    pub paint: Paint,
    pub spacing: f64,
    pub width: f64,
}

/// One thing to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// Text anchored at its top-left corner.
    Text { x: f64, y: f64, text: String, px: f64, bold: bool, paint: Paint },
    /// A filled rectangle; `hatched` adds diagonal lines so the part is told apart
    /// by more than colour.
    Rect { rect: Rect, paint: Paint, hatched: bool },
    /// A shape in device pixels: `rings` filled with `fill`, `holes` left empty (what
    /// is under a hole shows through, on any backend), then `hatch` inside and
    /// `stroke` along every ring and hole. A stroke-only
    /// shape (`fill: None`) draws outlines, and a two-point ring a line.
    Poly {
        rings: Vec<Vec<(f64, f64)>>,
        holes: Vec<Vec<(f64, f64)>>,
        fill: Option<Paint>,
        stroke: Option<Stroke>,
        hatch: Option<Hatch>,
    },
}

/// A laid-out chart: its size and marks, all in device pixels.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub marks: Vec<Mark>,
    /// Hit targets: a rectangle and the id of what it stands for.
    pub targets: Vec<(Rect, String)>,
}

impl Layout {
    /// All text marks, in drawing order (used by tests and text summaries).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.marks.iter().filter_map(|m| match m {
            Mark::Text { text, .. } => Some(text.as_str()),
            Mark::Rect { .. } | Mark::Poly { .. } => None,
        })
    }

    /// The id under a device-pixel point, if any.
    pub fn hit(&self, x: f64, y: f64) -> Option<&str> {
        self.targets.iter().find(|(r, _)| r.contains((x, y))).map(|(_, id)| id.as_str())
    }
}

/// The colour of `paint` in `theme` (public so legends in HTML use the same colours).
pub fn colour(theme: &Theme, paint: Paint) -> RGBColor {
    match paint {
        Paint::Text => theme.text,
        Paint::Muted => theme.muted,
        Paint::Bar => theme.bar,
        Paint::Part(i) => theme.parts[i.min(theme.parts.len() - 1)],
        Paint::Background => theme.background,
        Paint::Land => theme.land,
        Paint::Border => theme.border,
        Paint::Programme => theme.programme,
        Paint::Selected => theme.selected,
        Paint::Edge => theme.edge,
        Paint::Ramp(i) => theme.ramp[usize::from(i).min(theme.ramp.len() - 1)],
        Paint::NotPublished => theme.not_published,
        Paint::NotPublishedHatch => theme.not_published_hatch,
        Paint::Protected => theme.protected,
        Paint::ProtectedHatch => theme.protected_hatch,
        Paint::Focus => theme.focus,
    }
}

fn px(v: f64) -> i32 {
    v.round() as i32
}

/// Paints a layout on any plotters backend: canvas in the page, SVG on the host.
pub fn paint<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    layout: &Layout,
    theme: &Theme,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    paint_with_text_scale(area, layout, theme, 1.0)
}

/// plotters' SVG backend writes `font-size` as the requested size / 1.24 while the
/// canvas backend writes it as is; the exporter passes this factor so an SVG's text
/// has the size the layout planned for.
pub const SVG_TEXT_SCALE: f64 = 1.24;

/// Like [`paint`], with text sizes multiplied by `text_scale` (see [`SVG_TEXT_SCALE`]).
pub fn paint_with_text_scale<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    layout: &Layout,
    theme: &Theme,
    text_scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    area.fill(&theme.background)?;
    paint_marks(area, &layout.marks, theme, text_scale)
}

/// Paints marks without filling the background first (for an overlay canvas).
pub fn paint_marks<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    marks: &[Mark],
    theme: &Theme,
    text_scale: f64,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    for mark in marks {
        match mark {
            Mark::Rect { rect, paint, hatched } => {
                let r = Rectangle::new(
                    [(px(rect.x0), px(rect.y0)), (px(rect.x1), px(rect.y1))],
                    colour(theme, *paint).filled(),
                );
                area.draw(&r)?;
                if *hatched {
                    hatch(area, rect, theme)?;
                }
            }
            Mark::Text { x, y, text, px: size, bold, paint } => {
                let style = if *bold { FontStyle::Bold } else { FontStyle::Normal };
                let font = FontDesc::new(FontFamily::SansSerif, *size * text_scale, style)
                    .color(&colour(theme, *paint))
                    .pos(Pos::new(HPos::Left, VPos::Top));
                area.draw_text(text, &font, (px(*x), px(*y)))?;
            }
            Mark::Poly { rings, holes, fill, stroke, hatch } => {
                paint_poly(area, theme, rings, holes, *fill, *stroke, *hatch)?;
            }
        }
    }
    Ok(())
}

/// A ring rounded to whole device pixels, with the repeats that rounding makes
/// dropped (fewer points to send to the canvas).
fn pixel_ring(ring: &[(f64, f64)]) -> Vec<(i32, i32)> {
    let mut out: Vec<(i32, i32)> = Vec::with_capacity(ring.len());
    for &(x, y) in ring {
        let p = (px(x), px(y));
        if out.last() != Some(&p) {
            out.push(p);
        }
    }
    out
}

/// Twice the signed area of a pixel ring (positive when it turns one way, negative
/// the other), exact in integers.
fn twice_area(ring: &[(i32, i32)]) -> i64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            i64::from(a.0) * i64::from(b.1) - i64::from(b.0) * i64::from(a.1)
        })
        .sum()
}

/// Rings and holes as one closed path whose holes stay empty on every backend.
///
/// plotters fills one polygon per call, and each backend with its own rule: nonzero
/// on the canvas and in SVG (and so in the PNG export), even-odd in its bitmap
/// rasteriser. Filling each ring on its own and painting holes with the background
/// would cover whatever shows through a hole on a transparent overlay (Lesotho
/// inside a selected South Africa). Instead every ring and hole joins the path by a
/// bridge from the first point, walked there and back so it adds nothing to any
/// point's winding number or crossing count, with outer rings turning one way and
/// holes the other: a point in a hole then has winding 0 and an even crossing count,
/// which both rules leave unpainted, as `geo::projected::Shape::contains` (even-odd)
/// leaves it unhit.
fn one_path(rings: &[Vec<(f64, f64)>], holes: &[Vec<(f64, f64)>]) -> Vec<(i32, i32)> {
    let mut path: Vec<(i32, i32)> = Vec::new();
    let mut anchor = None;
    for (ring, outer) in rings.iter().map(|r| (r, true)).chain(holes.iter().map(|h| (h, false))) {
        let mut pts = pixel_ring(ring);
        if pts.len() > 1 && pts.first() == pts.last() {
            pts.pop();
        }
        let turn = twice_area(&pts);
        if pts.len() < 3 || turn == 0 {
            continue;
        }
        if (turn > 0) != outer {
            pts.reverse();
        }
        let start = pts[0];
        let home = *anchor.get_or_insert(start);
        path.extend_from_slice(&pts);
        path.push(start);
        path.push(home);
    }
    path
}

fn paint_poly<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    rings: &[Vec<(f64, f64)>],
    holes: &[Vec<(f64, f64)>],
    fill: Option<Paint>,
    stroke: Option<Stroke>,
    hatch: Option<Hatch>,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let width = |w: f64| (w.round() as u32).max(1);
    if let Some(fill) = fill {
        let pts = one_path(rings, holes);
        if pts.len() >= 3 {
            area.draw(&Polygon::new(pts, colour(theme, fill).filled()))?;
        }
    }
    if let Some(h) = hatch {
        let style = ShapeStyle::from(&colour(theme, h.paint)).stroke_width(width(h.width));
        for (a, b) in crate::geo::planar::hatch_lines(rings, holes, h.spacing) {
            area.draw(&PathElement::new(vec![(px(a.0), px(a.1)), (px(b.0), px(b.1))], style))?;
        }
    }
    if let Some(s) = stroke {
        let style = ShapeStyle::from(&colour(theme, s.paint)).stroke_width(width(s.width));
        for ring in rings.iter().chain(holes) {
            let mut pts = pixel_ring(ring);
            if let Some(&first) = pts.first() {
                pts.push(first);
                area.draw(&PathElement::new(pts, style))?;
            }
        }
    }
    Ok(())
}

/// Diagonal lines (45°) clipped to `r`, spaced relative to its height.
fn hatch<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    r: &Rect,
    theme: &Theme,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let h = r.y1 - r.y0;
    let step = (h / 3.0).max(3.0);
    let stroke = ShapeStyle::from(&theme.hatch).stroke_width(((h / 12.0).round() as u32).max(1));
    // Lines x - (y - y0) = c for c from x0 - h to x1, clipped to the rectangle.
    let mut c = r.x0 - h;
    while c < r.x1 {
        let (xa, ya) = if c < r.x0 { (r.x0, r.y0 + (r.x0 - c)) } else { (c, r.y0) };
        let (xb, yb) = if c + h > r.x1 { (r.x1, r.y0 + (r.x1 - c)) } else { (c + h, r.y1) };
        if xb > xa {
            area.draw(&PathElement::new(vec![(px(xa), px(ya)), (px(xb), px(yb))], stroke))?;
        }
        c += step;
    }
    Ok(())
}
