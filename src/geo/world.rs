//! Countries as lon/lat polygons, as decoded from `data/geo/world.bin`.

use super::planar::{ring_area, Bounds, GeoBox, Pt};

/// Longitude and latitude in degrees.
pub type LonLat = (f64, f64);

/// One piece of a country: an outer ring and the holes cut out of it (enclaves such
/// as Lesotho inside South Africa). Rings are open: the last point is not a copy of
/// the first. No ring crosses the ±180° meridian (decoding cuts those that do).
#[derive(Debug, Clone, PartialEq)]
pub struct Polygon {
    pub outer: Vec<LonLat>,
    pub holes: Vec<Vec<LonLat>>,
}

impl Polygon {
    /// Rough area in square degrees of longitude scaled by the cosine of latitude
    /// (close to true area for ranking pieces; not for reporting).
    pub fn rough_area(&self) -> f64 {
        let scaled = |r: &Vec<LonLat>| -> f64 {
            let pts: Vec<Pt> = r.iter().map(|&(lon, lat)| (lon * lat.to_radians().cos(), lat)).collect();
            ring_area(&pts).abs()
        };
        (scaled(&self.outer) - self.holes.iter().map(scaled).sum::<f64>()).max(0.0)
    }

    pub fn bbox(&self) -> GeoBox {
        Bounds::of(self.outer.iter())
    }
}

/// A country (or territory) keyed by ISO 3166-1 alpha-3. It has no name: the page
/// names a country as the dataset does.
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-3, or a code of the user-assigned range `X..` for the few
    /// places ISO does not list (Kosovo `XKX`, Northern Cyprus `XNC`, Somaliland
    /// `XSL`, Australian Indian Ocean Territories `XIO`, Siachen Glacier `XSG`).
    pub iso3: String,
    pub polygons: Vec<Polygon>,
    /// Where the country's label, dot or touch target goes (see `label_point`).
    pub(crate) label: Option<LonLat>,
}

impl Country {
    /// The box around every piece.
    pub fn bbox(&self) -> GeoBox {
        self.polygons.iter().map(Polygon::bbox).reduce(GeoBox::union).unwrap_or(GeoBox::EMPTY)
    }

    /// The box around the pieces that make the country's shape on a map
    /// (`main_boxes`).
    pub fn main_bbox(&self) -> GeoBox {
        self.main_boxes().into_iter().fold(GeoBox::EMPTY, GeoBox::union)
    }

    /// The boxes of the pieces that make the country's shape on a map: those at
    /// least a tenth the area of the largest. Far islands (Colombia's San Andrés,
    /// France's overseas departments) would otherwise stretch a view to fit water.
    /// (A plain loop: iterator adapters here cost wasm bytes the page counts.)
    pub fn main_boxes(&self) -> Vec<GeoBox> {
        let areas: Vec<f64> = self.polygons.iter().map(Polygon::rough_area).collect();
        let largest = areas.iter().copied().fold(0.0, f64::max);
        let mut out = Vec::new();
        for (p, a) in self.polygons.iter().zip(&areas) {
            if *a >= largest / 10.0 {
                out.push(p.bbox());
            }
        }
        out
    }

    /// A point inside the country's largest piece, as far from its edges as can be
    /// found (`label::find_label_point`, searched when the world file is made and
    /// read with the rest of it). `None` for a country with no piece of any area.
    pub fn label_point(&self) -> Option<LonLat> {
        self.label
    }

    /// The piece with the largest area, where labels and targets go.
    pub fn largest_polygon(&self) -> Option<&Polygon> {
        self.polygons.iter().max_by(|a, b| a.rough_area().total_cmp(&b.rough_area()))
    }
}

/// A boundary drawn dashed: disputed or not agreed (Western Sahara's with Morocco),
/// so the map does not draw it as a settled border.
#[derive(Debug, Clone, PartialEq)]
pub struct DashedLine {
    /// The codes of the two sides.
    pub between: Vec<String>,
    pub points: Vec<LonLat>,
}

/// Every country of the world file, in file order (by code), and the boundaries
/// it draws dashed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct World {
    pub countries: Vec<Country>,
    pub dashed: Vec<DashedLine>,
}

impl World {
    pub fn country(&self, iso3: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.iso3 == iso3)
    }

    /// The box around all countries: what a world view shows.
    pub fn bbox(&self) -> GeoBox {
        self.countries.iter().map(Country::bbox).reduce(GeoBox::union).unwrap_or(GeoBox::EMPTY)
    }
}
