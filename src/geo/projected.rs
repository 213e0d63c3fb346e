//! Countries projected into a frame of device pixels, thinned for the screen, with
//! the pixel → country hit test.

use super::planar::{inside_even_odd, ring_area, thin_ring, Bounds, Pt};
use super::projection::{Fitted, Projection};
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

/// Projects every country with `proj`, keeps the pieces that reach into `frame`
/// (device pixels), and thins each ring to points at least `min_step` device pixels
/// apart. Pieces thinner than that vanish; a country with no piece left is left out.
pub fn project_world(world: &World, proj: &Fitted, frame: Bounds, min_step: f64) -> Projected {
    let project =
        |r: &Vec<(f64, f64)>| thin_ring(r.iter().map(|&(lon, lat)| proj.project(lon, lat)), min_step);
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
            let outer = project(&p.outer);
            let b = Bounds::of(&outer);
            if outer.is_empty() || !b.intersects(&frame) {
                continue;
            }
            shape.area += ring_area(&outer).abs();
            shape.bounds = shape.bounds.union(b);
            shape.rings.push(outer);
            for h in p.holes.iter().map(project).filter(|h| !h.is_empty()) {
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
