//! The pole of inaccessibility: the point inside a shape farthest from its edges,
//! where a label or a touch target sits best.

use super::planar::{signed_distance, Bounds, Pt};
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// A square cell of the label search: its centre, half-size, distance from its
/// centre to the shape's edge, and the best distance any point in it could reach.
struct Cell {
    c: Pt,
    h: f64,
    d: f64,
    max: f64,
}

impl Cell {
    fn new(c: Pt, h: f64, rings: &[&[Pt]]) -> Cell {
        let d = signed_distance(rings, c);
        Cell { c, h, d, max: d + h * std::f64::consts::SQRT_2 }
    }
}

impl PartialEq for Cell {
    fn eq(&self, o: &Self) -> bool {
        self.max == o.max
    }
}
impl Eq for Cell {}
impl PartialOrd for Cell {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Cell {
    fn cmp(&self, o: &Self) -> Ordering {
        self.max.partial_cmp(&o.max).unwrap_or(Ordering::Equal)
    }
}

/// The pole of inaccessibility of the shape made of `rings` (outer rings and holes,
/// even-odd): the inside point farthest from every edge, found to within
/// `precision` by the quadtree search of Mapbox's polylabel. Unlike a centroid it
/// is always inside, even for a crescent or a shape with a hole. Returns `None`
/// for a shape with no area.
pub fn pole_of_inaccessibility(rings: &[&[Pt]], precision: f64) -> Option<Pt> {
    let b = Bounds::of(rings.iter().flat_map(|r| r.iter()));
    let size = b.width().min(b.height());
    if b.is_empty() || size <= 0.0 {
        return None;
    }
    let precision = precision.max(size * 1e-6);
    let h = size / 2.0;
    let mut queue = BinaryHeap::new();
    let mut y = b.y0;
    while y < b.y1 {
        let mut x = b.x0;
        while x < b.x1 {
            queue.push(Cell::new((x + h, y + h), h, rings));
            x += size;
        }
        y += size;
    }
    // A first guess: the centroid, else the box centre. Outside the shape its
    // distance is negative, so any cell found inside beats it.
    let mut best = match centroid(rings) {
        Some(c) => Cell::new(c, 0.0, rings),
        None => Cell::new(((b.x0 + b.x1) / 2.0, (b.y0 + b.y1) / 2.0), 0.0, rings),
    };
    // The bound keeps a pathological shape from running away with the frame time.
    let mut budget = 20_000;
    while let Some(cell) = queue.pop() {
        if cell.d > best.d {
            best = Cell { c: cell.c, h: 0.0, d: cell.d, max: cell.d };
        }
        if cell.max - best.d <= precision {
            continue;
        }
        budget -= 1;
        if budget == 0 {
            break;
        }
        let h = cell.h / 2.0;
        for (dx, dy) in [(-h, -h), (h, -h), (-h, h), (h, h)] {
            queue.push(Cell::new((cell.c.0 + dx, cell.c.1 + dy), h, rings));
        }
    }
    (best.d > 0.0).then_some(best.c)
}

/// Area-weighted centroid of the rings taken with their windings as they come;
/// only a first guess for the label search. `None` for no area.
fn centroid(rings: &[&[Pt]]) -> Option<Pt> {
    let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for ring in rings {
        let mut j = ring.len().wrapping_sub(1);
        for (i, &(xi, yi)) in ring.iter().enumerate() {
            let (xj, yj) = ring[j];
            let f = xj * yi - xi * yj;
            a += f;
            cx += (xi + xj) * f;
            cy += (yi + yj) * f;
            j = i;
        }
    }
    (a.abs() > f64::EPSILON).then(|| (cx / (3.0 * a), cy / (3.0 * a)))
}
