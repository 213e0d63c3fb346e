//! Countries projected into a frame of device pixels, thinned for the screen, with
//! the pixel → country hit test.

use super::planar::{inside_even_odd, ring_area, thin_ring, Bounds, GeoBox, Pt};
use super::projection::{Fitted, Projection};
use super::seam::{place_ring, rotated_box, OnMap};
use super::world::LonLat;
use super::world::World;

/// One country as drawn: rings and holes in device pixels, and their box.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub iso3: String,
    /// Outer rings of every piece in the frame.
    pub rings: Vec<Vec<Pt>>,
    /// Holes of those pieces (enclaves, lakes).
    pub holes: Vec<Vec<Pt>>,
    /// Box around `rings`, for a cheap first test before the polygon test.
    pub bounds: Bounds,
    /// Area in device pixels² (rings minus holes).
    pub area: f64,
}

impl Shape {
    /// Whether the device-pixel point `p` is inside (even-odd over rings and holes).
    pub fn contains(&self, p: Pt) -> bool {
        self.bounds.contains(p) && inside_even_odd(self.rings.iter().chain(&self.holes).map(Vec::as_slice), p)
    }
}

/// The world in one frame: the countries with a piece in view, in `World` order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Projected {
    pub shapes: Vec<Shape>,
}

impl Projected {
    pub fn shape(&self, iso3: &str) -> Option<&Shape> {
        self.shapes.iter().find(|s| s.iso3 == iso3)
    }

    /// The country under the device-pixel point `(x, y)`, if any. Countries do not
    /// overlap (an enclave is a hole in its neighbour), so the first found is the
    /// only one.
    pub fn hit(&self, x: f64, y: f64) -> Option<&str> {
        self.shapes.iter().find(|s| s.contains((x, y))).map(|s| s.iso3.as_str())
    }
}

/// A box in device pixels sure to hold every point of a ring whose box of degrees
/// is `b` (`Polygon::bbox`). Equal Earth puts a point at x = lon · f(lat),
/// y = g(lat), with g monotonic and f > 0 largest at the equator, so over the box
/// the extremes of x are at its longitude limits times the largest or smallest f,
/// and those of y at its latitude limits.
/// `b` and `proj` are relative to the same central meridian (`proj.lon0` is 0).
fn reach(b: GeoBox, proj: &Fitted) -> Bounds {
    if b.is_empty() {
        return Bounds::EMPTY;
    }
    let (w, e, s, n) = (b.x0, b.x1, b.y0, b.y1);
    // The latitude of the box nearest the equator (largest f) and farthest (smallest f).
    let near = if s <= 0.0 && n >= 0.0 {
        0.0
    } else if s > 0.0 {
        s
    } else {
        n
    };
    let far = if n.abs() > s.abs() { n } else { s };
    let corners = [
        proj.project(w, near),
        proj.project(w, far),
        proj.project(e, near),
        proj.project(e, far),
        proj.project(w, s),
        proj.project(w, n),
    ];
    // A pixel of margin for rounding.
    let b = Bounds::of(&corners);
    Bounds { x0: b.x0 - 1.0, y0: b.y0 - 1.0, x1: b.x1 + 1.0, y1: b.y1 + 1.0 }
}

/// Projects every country with `proj`, keeps the pieces that reach into `frame`
/// (device pixels), and thins each ring to points at least `min_step` device pixels
/// apart. Pieces thinner than that vanish; a country with no piece left is left out.
/// Under a map centred off 0° (`proj.lon0`), pieces across its seam are cut there.
pub fn project_world(world: &World, proj: &Fitted, frame: Bounds, min_step: f64) -> Projected {
    // Rings are put relative to the central meridian first (cut at its seam), then
    // go through the projection centred on 0°.
    let flat = proj.unrotated();
    let lon0 = proj.lon0;
    let project =
        |r: &[LonLat], s: f64| thin_ring(r.iter().map(|&(lon, lat)| flat.project(lon + s, lat)), min_step);
    let pieces = |r: &[LonLat]| -> Vec<Vec<Pt>> {
        match place_ring(r, lon0) {
            OnMap::Shifted(s) => vec![project(r, s)],
            OnMap::Cut(cut) => cut.iter().map(|q| project(q, 0.0)).collect(),
        }
    };
    let mut shapes = Vec::new();
    for c in &world.countries {
        let mut shape = Shape {
            iso3: c.iso3.clone(),
            rings: Vec::new(),
            holes: Vec::new(),
            bounds: Bounds::EMPTY,
            area: 0.0,
        };
        for p in &c.polygons {
            // Most pieces are far outside a zoomed-in frame (the kiosk flies to one
            // country): a box from the ring's degrees rules them out before its
            // points go through the projection's trigonometry.
            if !reach(rotated_box(&p.bbox(), lon0), &flat).intersects(&frame) {
                continue;
            }
            let mut kept = false;
            for outer in pieces(&p.outer) {
                let b = Bounds::of(&outer);
                if outer.is_empty() || !b.intersects(&frame) {
                    continue;
                }
                shape.area += ring_area(&outer).abs();
                shape.bounds = shape.bounds.union(b);
                shape.rings.push(outer);
                kept = true;
            }
            if !kept {
                continue;
            }
            // A piece cut in two keeps every piece of its holes: each lies inside
            // its own half, and the even-odd rule pairs them up.
            for h in p.holes.iter().flat_map(|h| pieces(h)).filter(|h| !h.is_empty()) {
                shape.area -= ring_area(&h).abs();
                shape.holes.push(h);
            }
        }
        if !shape.rings.is_empty() {
            shape.area = shape.area.max(0.0);
            shapes.push(shape);
        }
    }
    Projected { shapes }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The box from degrees holds every projected point of every ring of the
    /// shipped world, so culling by it never drops a piece that shows.
    #[test]
    fn the_box_from_degrees_holds_every_projected_point() {
        let world = crate::geo::decode_world("world.bin", include_bytes!("../../data/geo/world.bin"))
            .expect("decodes");
        let proj = Fitted { k: 300.0, tx: 800.0, ty: 400.0, lon0: 0.0 };
        let mut rings = 0;
        for c in &world.countries {
            for p in &c.polygons {
                let b = reach(p.bbox(), &proj);
                for &(lon, lat) in &p.outer {
                    assert!(b.contains(proj.project(lon, lat)), "{} ({lon}, {lat}) outside {b:?}", c.iso3);
                }
                rings += 1;
            }
        }
        assert!(rings > 200, "{rings} rings");
    }
}
