//! Round touch targets for programme countries too small to hit with a finger, and
//! how they are drawn.

use crate::geo::planar::{signed_distance, Bounds, Pt};
use crate::geo::projected::Projected;
use crate::render::marks::{Hatch, Layout, Mark, Paint, Rect, Stroke};

/// Diameter of a small country's target, in CSS pixels: the WCAG 2.2 minimum
/// target size (2.5.8) is 24 × 24.
pub const TARGET_CSS_PX: f64 = 24.0;
/// Gap kept between targets and between a target and another country's label point.
const GAP_CSS_PX: f64 = 3.0;

/// A round target for a small programme country: `centre` and `radius` in device
/// pixels. `anchor` is the country's label point; they differ when the target was
/// moved off neighbouring targets (a leader line joins them once the target no
/// longer covers the label point).
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    pub iso3: String,
    pub centre: Pt,
    pub radius: f64,
    pub anchor: Pt,
    /// Drawn as a disc in the country's colour, standing for it (the country is
    /// smaller than a quarter of the disc, or the target was pushed off it);
    /// otherwise a ring round the country, which shows through.
    pub filled: bool,
}

impl Target {
    pub(super) fn contains(&self, (x, y): Pt) -> bool {
        (x - self.centre.0).powi(2) + (y - self.centre.1).powi(2) <= self.radius * self.radius
    }

    pub(super) fn rect(&self) -> Rect {
        let (c, r) = (self.centre, self.radius);
        Rect { x0: c.0 - r, y0: c.1 - r, x1: c.0 + r, y1: c.1 + r }
    }
}

pub(super) fn dist2(a: Pt, b: Pt) -> f64 {
    (a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)
}

/// A circle as a polygon of 32 sides: round to the eye at 24 CSS pixels.
pub(super) fn circle(c: Pt, r: f64) -> Vec<Pt> {
    (0..32)
        .map(|i| {
            let a = i as f64 * std::f64::consts::TAU / 32.0;
            (c.0 + r * a.cos(), c.1 + r * a.sin())
        })
        .collect()
}

pub(super) fn paint_target(
    layout: &mut Layout,
    t: &Target,
    fill: Paint,
    hatch: Option<Hatch>,
    selected: bool,
    dpr: f64,
) {
    if dist2(t.centre, t.anchor).sqrt() > t.radius {
        // A leader from the country to its target, ending at the target's rim, and a
        // dot on the country.
        let (dx, dy) = (t.anchor.0 - t.centre.0, t.anchor.1 - t.centre.1);
        let len = (dx * dx + dy * dy).sqrt();
        let rim = (t.centre.0 + dx / len * t.radius, t.centre.1 + dy / len * t.radius);
        let line = Stroke { paint: Paint::Edge, width: dpr };
        layout.marks.push(Mark::Poly {
            rings: vec![vec![t.anchor, rim]],
            holes: vec![],
            fill: None,
            stroke: Some(line),
            hatch: None,
        });
        layout.marks.push(Mark::Poly {
            rings: vec![circle(t.anchor, 2.0 * dpr)],
            holes: vec![],
            fill: Some(Paint::Edge),
            stroke: None,
            hatch: None,
        });
    }
    let ring = circle(t.centre, t.radius);
    // A background halo under the rim keeps the target readable over any country.
    layout.marks.push(Mark::Poly {
        rings: vec![ring.clone()],
        holes: vec![],
        fill: t.filled.then_some(fill),
        stroke: Some(Stroke { paint: Paint::Background, width: 3.0 * dpr }),
        hatch: hatch.filter(|_| t.filled),
    });
    let edge = if selected {
        Stroke { paint: Paint::Text, width: 2.0 * dpr }
    } else {
        Stroke { paint: Paint::Edge, width: 1.5 * dpr }
    };
    layout.marks.push(Mark::Poly {
        rings: vec![ring],
        holes: vec![],
        fill: None,
        stroke: Some(edge),
        hatch: None,
    });
}

/// Targets for small programme countries: those in which no circle of the target's
/// size fits round the label point (the point is less than a target's radius from
/// the country's edge, or the country thinned away at this scale), so a finger or
/// pointer could miss them. Each starts at the label point and is pushed apart
/// until no two overlap and none covers another programme country's label point,
/// staying inside the frame. A few dozen rounds of pairwise pushes settle the
/// handful of targets a programme has (Central America's three at phone width).
pub(super) fn place_targets(
    shapes: &Projected,
    anchors: &[(String, Pt)],
    frame: Bounds,
    dpr: f64,
) -> Vec<Target> {
    let radius = TARGET_CSS_PX * dpr / 2.0;
    let mut targets: Vec<Target> = anchors
        .iter()
        .filter(|(code, p)| match shapes.shape(code) {
            Some(s) => {
                let rings: Vec<&[Pt]> = s.rings.iter().chain(&s.holes).map(Vec::as_slice).collect();
                signed_distance(&rings, *p) < radius
            }
            None => true,
        })
        .map(|(code, p)| Target { iso3: code.clone(), centre: *p, radius, anchor: *p, filled: false })
        .collect();
    let gap = GAP_CSS_PX * dpr;
    let inner =
        Bounds { x0: frame.x0 + radius, y0: frame.y0 + radius, x1: frame.x1 - radius, y1: frame.y1 - radius };
    for _ in 0..60 {
        let mut moved = false;
        for i in 0..targets.len() {
            for j in (i + 1)..targets.len() {
                let need = 2.0 * radius + gap;
                let (a, b) = (targets[i].centre, targets[j].centre);
                let d = dist2(a, b).sqrt();
                if d < need {
                    let (ux, uy) = direction(a, b, i + j);
                    let push = (need - d) / 2.0 + 0.01;
                    targets[i].centre = (a.0 - ux * push, a.1 - uy * push);
                    targets[j].centre = (b.0 + ux * push, b.1 + uy * push);
                    moved = true;
                }
            }
            for (code, p) in anchors {
                let t = &mut targets[i];
                let need = radius + gap;
                let d = dist2(t.centre, *p).sqrt();
                if *code != t.iso3 && d < need {
                    let (ux, uy) = direction(*p, t.centre, i);
                    t.centre = (t.centre.0 + ux * (need - d + 0.01), t.centre.1 + uy * (need - d + 0.01));
                    moved = true;
                }
            }
            let t = &mut targets[i];
            if inner.x0 <= inner.x1 && inner.y0 <= inner.y1 {
                t.centre = (t.centre.0.clamp(inner.x0, inner.x1), t.centre.1.clamp(inner.y0, inner.y1));
            }
        }
        if !moved {
            break;
        }
    }
    // A disc stands for its country only where the country cannot be seen for
    // itself: thinned away, smaller than a quarter of the disc, or with its target
    // pushed off it (joined by a leader line). Elsewhere the target is a ring the
    // country's own shape and colour show through (Guatemala and Honduras on a
    // 640-px map are targets, but are not hidden under discs).
    let quarter_disc = std::f64::consts::PI * radius * radius / 4.0;
    for t in &mut targets {
        let off = dist2(t.centre, t.anchor).sqrt() > radius;
        t.filled = off || shapes.shape(&t.iso3).is_none_or(|s| s.area < quarter_disc);
    }
    targets
}

/// Unit vector from `a` to `b`; when they coincide, a fixed direction that differs
/// by `seed`, so coincident targets still separate, the same way every time.
fn direction(a: Pt, b: Pt, seed: usize) -> Pt {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len = (dx * dx + dy * dy).sqrt();
    if len > 1e-9 {
        (dx / len, dy / len)
    } else {
        let angle = seed as f64 * 2.399_963; // the golden angle, in radians
        (angle.cos(), angle.sin())
    }
}
