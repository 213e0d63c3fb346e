//! Where a country's label, dot or touch target goes: a point well inside its
//! largest piece. Searched when the world file is made (`with_label_points`, run by
//! scripts/make-geometry.mjs through `impact-atlas label-world`) and stored in it,
//! because searching all 239 countries at decode would cost the page about twenty
//! times the rest of decoding at start-up (docs/PERFORMANCE.md).

use super::decode::{decode_shapes, Shapes};
use super::planar::Pt;
use super::polylabel::pole_of_inaccessibility;
use super::world::{Country, LonLat};
use crate::core::Problem;

/// The label points' unit in the file, in degrees: about 1 km, the grid of the
/// file's own points and far below a device pixel at any view the page offers.
pub const LABEL_UNIT: f64 = 0.01;

/// A point inside the country's largest piece, as far from its edges as can be
/// found (the pole of inaccessibility). Searched with longitude scaled by the
/// cosine of the piece's middle latitude, so "far" means about the same in every
/// direction on the ground and on an equal-area map. `None` for a country with no
/// piece of any area.
pub fn find_label_point(country: &Country) -> Option<LonLat> {
    let p = country.largest_polygon()?;
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

/// The world file `bytes` with each country's label point searched and written
/// after its shapes (replacing any label points already there), in the form
/// `decode::read_labels` reads.
pub fn with_label_points(file: &str, bytes: &[u8]) -> Result<Vec<u8>, Problem> {
    let Shapes { world, end } = decode_shapes(file, bytes)?;
    let mut out = bytes[..end].to_vec();
    natural(&mut out, (LABEL_UNIT * 1e6).round() as u64);
    natural(&mut out, world.countries.len() as u64);
    for c in &world.countries {
        match find_label_point(c) {
            None => natural(&mut out, 0),
            Some((lon, lat)) => {
                let b = c.bbox();
                let step = |v: f64| (v / LABEL_UNIT).round().max(0.0) as u64;
                natural(&mut out, step(lon - b.x0) + 1);
                natural(&mut out, step(lat - b.y0));
            }
        }
    }
    Ok(out)
}

/// An unsigned LEB128 integer, as `decode` reads them.
fn natural(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8 & 0x7f) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}
