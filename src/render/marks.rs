//! A display list: what a chart draws, as plain data. Layout functions produce it
//! (pure, tested on the host), `paint` turns it into plotters calls for any backend,
//! and hit-testing reads the same rectangles the user sees.

use super::theme::Theme;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// An axis-aligned rectangle in device pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    pub fn width(&self) -> f64 {
        self.x1 - self.x0
    }
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x0 && x <= self.x1 && y >= self.y0 && y <= self.y1
    }
}

/// Which theme colour a mark takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    Text,
    Muted,
    Bar,
    Part(usize),
}

/// One thing to draw.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    /// Text anchored at its top-left corner.
    Text { x: f64, y: f64, text: String, px: f64, bold: bool, paint: Paint },
    /// A filled rectangle; `hatched` adds diagonal lines so the part is told apart
    /// by more than colour.
    Rect { rect: Rect, paint: Paint, hatched: bool },
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
            Mark::Rect { .. } => None,
        })
    }

    /// The id under a device-pixel point, if any.
    pub fn hit(&self, x: f64, y: f64) -> Option<&str> {
        self.targets.iter().find(|(r, _)| r.contains(x, y)).map(|(_, id)| id.as_str())
    }
}

fn colour(theme: &Theme, paint: Paint) -> RGBColor {
    match paint {
        Paint::Text => theme.text,
        Paint::Muted => theme.muted,
        Paint::Bar => theme.bar,
        Paint::Part(i) => theme.parts[i.min(theme.parts.len() - 1)],
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
    area.fill(&theme.background)?;
    for mark in &layout.marks {
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
                let font = FontDesc::new(FontFamily::SansSerif, *size, style)
                    .color(&colour(theme, *paint))
                    .pos(Pos::new(HPos::Left, VPos::Top));
                area.draw_text(text, &font, (px(*x), px(*y)))?;
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
