//! Geometry in a plane: bounds, the even-odd point-in-polygon test, areas, distance
//! to edges, thinning rings for the screen, and hatching inside shapes.
//!
//! Rings are open: the closing edge from the last point back to the first is implied.

use std::cmp::Ordering;

/// A point `(x, y)` in whatever plane the caller works in (device pixels, or
/// degrees scaled for a label search).
pub type Pt = (f64, f64);

/// An axis-aligned box: the one box type of the crate, in degrees (`GeoBox`) or
/// in device pixels (`render::Rect`), so no box is copied field by field into
/// another type. `EMPTY` has inverted bounds, so extending it by a point gives
/// that point's box.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

/// A box of longitudes and latitudes in degrees: x is longitude (`x0` west, `x1`
/// east, no wrap across ±180°), y latitude (`y0` south, `y1` north). Fitting and
/// projecting such a box is in `geo::fit`.
pub type GeoBox = Bounds;

impl Bounds {
    pub const EMPTY: Bounds =
        Bounds { x0: f64::INFINITY, y0: f64::INFINITY, x1: f64::NEG_INFINITY, y1: f64::NEG_INFINITY };

    /// The box around `points`; `EMPTY` when there are none.
    pub fn of<'a>(points: impl IntoIterator<Item = &'a Pt>) -> Bounds {
        points.into_iter().fold(Bounds::EMPTY, |b, &p| b.with(p))
    }

    /// This box grown to take in `p`.
    pub fn with(self, (x, y): Pt) -> Bounds {
        Bounds { x0: self.x0.min(x), y0: self.y0.min(y), x1: self.x1.max(x), y1: self.y1.max(y) }
    }

    pub fn union(self, o: Bounds) -> Bounds {
        Bounds { x0: self.x0.min(o.x0), y0: self.y0.min(o.y0), x1: self.x1.max(o.x1), y1: self.y1.max(o.y1) }
    }

    pub fn is_empty(&self) -> bool {
        self.x0 > self.x1 || self.y0 > self.y1
    }

    pub fn width(&self) -> f64 {
        self.x1 - self.x0
    }

    pub fn height(&self) -> f64 {
        self.y1 - self.y0
    }

    pub fn contains(&self, (x, y): Pt) -> bool {
        x >= self.x0 && x <= self.x1 && y >= self.y0 && y <= self.y1
    }

    pub fn intersects(&self, o: &Bounds) -> bool {
        self.x0 <= o.x1 && o.x0 <= self.x1 && self.y0 <= o.y1 && o.y0 <= self.y1
    }
}

/// Whether `p` is inside the shape made of `rings` under the even-odd rule: a
/// point inside an odd number of rings is in, so holes (and enclaves listed as
/// holes) are out without knowing which ring is which.
pub fn inside_even_odd<'a>(rings: impl IntoIterator<Item = &'a [Pt]>, p: Pt) -> bool {
    rings.into_iter().fold(false, |inside, ring| inside ^ inside_ring(ring, p))
}

/// Even-odd test against one ring (ray cast towards +x).
pub fn inside_ring(ring: &[Pt], (px, py): Pt) -> bool {
    let mut inside = false;
    let mut j = ring.len().wrapping_sub(1);
    for (i, &(xi, yi)) in ring.iter().enumerate() {
        let (xj, yj) = ring[j];
        if (yi > py) != (yj > py) && px < (xj - xi) * (py - yi) / (yj - yi) + xi {
            inside = !inside;
        }
        j = i;
    }
    inside
}

/// Signed area by the shoelace formula; its sign gives the winding, which depends on
/// whether y grows up or down, so callers mostly want `abs()`.
pub fn ring_area(ring: &[Pt]) -> f64 {
    let mut a = 0.0;
    let mut j = ring.len().wrapping_sub(1);
    for (i, &(xi, yi)) in ring.iter().enumerate() {
        let (xj, yj) = ring[j];
        a += (xj - xi) * (yj + yi);
        j = i;
    }
    a / 2.0
}

/// Thins a ring for drawing: drops each point closer than `min_step` to the last
/// point kept. Points closer than half a device pixel change nothing visible but
/// cost time on every paint. A ring left with fewer than three points is smaller
/// than `min_step` across and comes back empty.
pub fn thin_ring(ring: impl IntoIterator<Item = Pt>, min_step: f64) -> Vec<Pt> {
    let min2 = min_step * min_step;
    let mut out: Vec<Pt> = Vec::new();
    for p in ring {
        match out.last() {
            Some(&(lx, ly)) if (p.0 - lx).powi(2) + (p.1 - ly).powi(2) < min2 => {}
            _ => out.push(p),
        }
    }
    // The closing edge can be short too.
    while out.len() > 3 && {
        let (f, l) = (out[0], out[out.len() - 1]);
        (f.0 - l.0).powi(2) + (f.1 - l.1).powi(2) < min2
    } {
        out.pop();
    }
    if out.len() < 3 {
        out.clear();
    }
    out
}

/// Diagonal hatching (lines at 45°, rising to the right on a y-down screen) inside
/// the shape made of `rings` and `holes`, `spacing` apart, as line segments. The
/// even-odd rule is applied along each line, so holes stay clear.
pub fn hatch_lines(rings: &[Vec<Pt>], holes: &[Vec<Pt>], spacing: f64) -> Vec<(Pt, Pt)> {
    let all = || rings.iter().chain(holes);
    let bounds = Bounds::of(all().flatten());
    if bounds.is_empty() || spacing <= 0.0 {
        return Vec::new();
    }
    // Along a line u = x + y is constant; v = x - y runs along it.
    let (u0, u1) = (bounds.x0 + bounds.y0, bounds.x1 + bounds.y1);
    let mut out = Vec::new();
    let mut crossings: Vec<f64> = Vec::new();
    // Start half a step in, so lines never run exactly through a corner of the box.
    let mut u = (u0 / spacing).floor() * spacing + spacing / 2.0;
    while u < u1 {
        crossings.clear();
        for ring in all() {
            let mut j = ring.len().wrapping_sub(1);
            for (i, &(xi, yi)) in ring.iter().enumerate() {
                let (xj, yj) = ring[j];
                let (ui, uj) = (xi + yi, xj + yj);
                // Half-open, so a line through a vertex counts it once.
                if (ui <= u) != (uj <= u) {
                    let t = (u - ui) / (uj - ui);
                    crossings.push((xi - yi) + t * ((xj - yj) - (xi - yi)));
                }
                j = i;
            }
        }
        crate::sort::sort_small_by(&mut crossings, |a, b| a.partial_cmp(b).unwrap_or(Ordering::Equal));
        for pair in crossings.chunks_exact(2) {
            let at = |v: f64| ((u + v) / 2.0, (u - v) / 2.0);
            out.push((at(pair[0]), at(pair[1])));
        }
        u += spacing;
    }
    out
}

/// Distance from `p` to the segment `a`–`b`, squared.
fn segment_distance2(p: Pt, a: Pt, b: Pt) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 > 0.0 { (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / len2).clamp(0.0, 1.0) } else { 0.0 };
    let (cx, cy) = (a.0 + t * dx, a.1 + t * dy);
    (p.0 - cx).powi(2) + (p.1 - cy).powi(2)
}

/// Distance from `p` to the nearest edge of `rings`, positive inside (even-odd),
/// negative outside.
pub fn signed_distance(rings: &[&[Pt]], p: Pt) -> f64 {
    let mut best = f64::INFINITY;
    for ring in rings {
        let mut j = ring.len().wrapping_sub(1);
        for (i, &a) in ring.iter().enumerate() {
            best = best.min(segment_distance2(p, a, ring[j]));
            j = i;
        }
    }
    let d = best.sqrt();
    if inside_even_odd(rings.iter().copied(), p) {
        d
    } else {
        -d
    }
}
