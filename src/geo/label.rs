//! Where a country's label, dot or touch target goes: a point well inside its
//! largest piece.

use super::planar::Pt;
use super::polylabel::pole_of_inaccessibility;
use super::world::{Country, LonLat};

impl Country {
    /// A point inside the country's largest piece, as far from its edges as can be
    /// found (the pole of inaccessibility). Searched with longitude scaled by the
    /// cosine of the piece's middle latitude, so "far" means about the same in every
    /// direction on the ground and on an equal-area map. `None` for a country with
    /// no piece of any area.
    pub fn label_point(&self) -> Option<LonLat> {
        *self.label.get_or_init(|| self.find_label_point())
    }

    fn find_label_point(&self) -> Option<LonLat> {
        let p = self.largest_polygon()?;
        let b = p.bbox();
        let c = ((b.y0 + b.y1) / 2.0).to_radians().cos().max(0.05);
        let scale = |r: &Vec<LonLat>| -> Vec<Pt> { r.iter().map(|&(lon, lat)| (lon * c, lat)).collect() };
        let rings: Vec<Vec<Pt>> = std::iter::once(&p.outer).chain(&p.holes).map(scale).collect();
        let refs: Vec<&[Pt]> = rings.iter().map(Vec::as_slice).collect();
        // A thousandth of the piece's size: far below a pixel at any zoom the page has.
        let precision = ((b.x1 - b.x0) * c).max(b.y1 - b.y0) / 500.0;
        let (x, y) = pole_of_inaccessibility(&refs, precision)?;
        Some((x / c, y))
    }
}
