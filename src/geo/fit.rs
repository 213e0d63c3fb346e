//! Choosing what a map shows and fitting it into a frame: a longitude/latitude box,
//! the box of a programme's countries with regional context around them, and the
//! scale and offset that put a box's projection inside a frame of device pixels.

use super::planar::{Bounds, GeoBox};
use super::projection::{EqualEarth, Fitted, Projection};
use super::seam::{central_meridian, rotated_box};
use super::world::World;

/// Boxes of degrees (`GeoBox`: x longitude, y latitude) on the globe and on the
/// map.
impl GeoBox {
    /// The whole globe.
    pub const GLOBE: GeoBox = GeoBox { x0: -180.0, y0: -90.0, x1: 180.0, y1: 90.0 };

    /// Grown by `lon` degrees east and west and `lat` degrees north and south,
    /// staying on the globe.
    pub fn grown_on_globe(self, lon: f64, lat: f64) -> GeoBox {
        GeoBox {
            x0: (self.x0 - lon).max(-180.0),
            y0: (self.y0 - lat).max(-90.0),
            x1: (self.x1 + lon).min(180.0),
            y1: (self.y1 + lat).min(90.0),
        }
    }

    /// The box's projection on the unit Equal Earth map (y north-up), from points
    /// along its edges at most 1° apart: meridians and parallels are curves on
    /// Equal Earth, so the corners alone do not bound the projection. (Plain loops:
    /// the iterator chain this was cost wasm bytes the page counts.)
    pub fn projected_bounds(&self) -> Bounds {
        if self.is_empty() {
            return Bounds::EMPTY;
        }
        let steps = |a: f64, b: f64| (b - a).abs().ceil().clamp(1.0, 360.0);
        let (nx, ny) = (steps(self.x0, self.x1), steps(self.y0, self.y1));
        let mut b = Bounds::EMPTY;
        let mut i = 0.0;
        while i <= nx {
            let lon = self.x0 + (self.x1 - self.x0) * i / nx;
            b = b.with(EqualEarth.project(lon, self.y0)).with(EqualEarth.project(lon, self.y1));
            i += 1.0;
        }
        let mut j = 0.0;
        while j <= ny {
            let lat = self.y0 + (self.y1 - self.y0) * j / ny;
            b = b.with(EqualEarth.project(self.x0, lat)).with(EqualEarth.project(self.x1, lat));
            j += 1.0;
        }
        b
    }

    /// Height over width of the box's projection: a frame of this shape shows the
    /// box with no empty bands.
    pub fn aspect(&self) -> f64 {
        let b = self.projected_bounds();
        if b.is_empty() || b.width() <= 0.0 {
            return 0.5;
        }
        b.height() / b.width()
    }
}

/// Scale and offset that show `view` as large as fits in a `width` × `height`
/// frame (device pixels) with `padding` device pixels kept clear on every side,
/// centred, on the map centred on 0°. An empty `view` is taken as the whole globe.
pub fn fit(view: &GeoBox, width: f64, height: f64, padding: f64) -> Fitted {
    fit_centred(view, 0.0, width, height, padding)
}

/// `fit` on the map centred on the meridian `lon0`, with `view`'s longitudes
/// relative to it (`seam::rotated_box`).
pub fn fit_centred(view: &GeoBox, lon0: f64, width: f64, height: f64, padding: f64) -> Fitted {
    let view = if view.is_empty() { &GeoBox::GLOBE } else { view };
    let b = view.projected_bounds();
    let (w, h) = ((width - 2.0 * padding).max(1.0), (height - 2.0 * padding).max(1.0));
    let k = (w / b.width().max(1e-9)).min(h / b.height().max(1e-9));
    // Centre of the box's projection goes to the centre of the frame; y flips.
    let (cx, cy) = ((b.x0 + b.x1) / 2.0, (b.y0 + b.y1) / 2.0);
    Fitted { k, tx: width / 2.0 - k * cx, ty: height / 2.0 + k * cy, lon0 }
}

/// How much of the surrounding region a programme view adds on each side: a share
/// of the programme's own span, but at least a few degrees so a one-country
/// programme still shows its neighbours.
const CONTEXT_SHARE: f64 = 0.15;
const CONTEXT_MIN_DEG: f64 = 6.0;

/// The boxes of the main pieces (`Country::main_boxes`) of the countries `iso3`.
fn programme_pieces(world: &World, iso3: &[&str]) -> Vec<GeoBox> {
    let mut out = Vec::new();
    for code in iso3 {
        if let Some(c) = world.country(code) {
            out.extend(c.main_boxes().into_iter().filter(|b| !b.is_empty()));
        }
    }
    out
}

/// The central meridian of a map of the countries `iso3`: 0, unless their main
/// pieces lie closer together across ±180° than across 0° (Fiji, Samoa,
/// Kiribati), see `seam::central_meridian`.
pub fn programme_lon0(world: &World, iso3: &[&str]) -> f64 {
    central_meridian(&programme_pieces(world, iso3))
}

/// The programme's central meridian (`programme_lon0`) and the box around the
/// main pieces of its countries, grown by regional context, with longitudes
/// relative to that meridian. For PRODEF (Peru to Tunisia) that is the Americas
/// from Mexico to Bolivia and West and North Africa. `None` when no listed country
/// is in `world`.
pub fn programme_view(world: &World, iso3: &[&str]) -> Option<(f64, GeoBox)> {
    let pieces = programme_pieces(world, iso3);
    let lon0 = central_meridian(&pieces);
    let core = pieces.iter().fold(GeoBox::EMPTY, |u, b| u.union(rotated_box(b, lon0)));
    if core.is_empty() {
        return None;
    }
    let lon = ((core.x1 - core.x0) * CONTEXT_SHARE).max(CONTEXT_MIN_DEG);
    let lat = ((core.y1 - core.y0) * CONTEXT_SHARE).max(CONTEXT_MIN_DEG);
    Some((lon0, core.grown_on_globe(lon, lat)))
}

/// The box around `boxes` (relative to a map's meridian). A country cut by that
/// map's seam (Fiji on a map centred on 0°) has pieces at both edges, and a box
/// round them all would be the whole world: it is framed on the side with the
/// larger share of its land instead.
fn on_one_side(boxes: Vec<GeoBox>) -> GeoBox {
    let all = boxes.iter().fold(GeoBox::EMPTY, |u, b| u.union(*b));
    if all.is_empty() || all.x1 - all.x0 <= 180.0 {
        return all;
    }
    let area = |b: &GeoBox| (b.x1 - b.x0) * (b.y1 - b.y0);
    let (mut west, mut east) = (GeoBox::EMPTY, GeoBox::EMPTY);
    let (mut west_area, mut east_area) = (0.0, 0.0);
    for b in &boxes {
        if b.x0 + b.x1 < 0.0 {
            west = west.union(*b);
            west_area += area(b);
        } else {
            east = east.union(*b);
            east_area += area(b);
        }
    }
    if west_area > east_area {
        west
    } else {
        east
    }
}

/// The box of `programme_view`.
pub fn programme_box(world: &World, iso3: &[&str]) -> Option<GeoBox> {
    programme_view(world, iso3).map(|(_, b)| b)
}

/// Context around one country's main pieces in its own view: a share of its span,
/// and a minimum span so that an island state (Maldives, Kiribati) shows its sea
/// and neighbours rather than a few pixels blown up to fill the screen.
const COUNTRY_CONTEXT_SHARE: f64 = 0.35;
const COUNTRY_MIN_SPAN_DEG: f64 = 9.0;

/// The box a map centred on the meridian `lon0` flies to for one country, with
/// longitudes relative to `lon0` (as every extent of that map is, see
/// `geo::seam`): its main pieces (see `Country::main_bbox`) with some of the land
/// and sea around them, at least `COUNTRY_MIN_SPAN_DEG` wide and tall. Taken
/// relative to the map's meridian, Fiji's islands on both sides of 180° make one
/// small box on a Pacific-centred map. `None` when the country is not in `world`.
pub fn country_box(world: &World, iso3: &str, lon0: f64) -> Option<GeoBox> {
    let core = on_one_side(world.country(iso3)?.main_boxes().iter().map(|b| rotated_box(b, lon0)).collect());
    if core.is_empty() {
        return None;
    }
    let grow = |span: f64| (span * COUNTRY_CONTEXT_SHARE).max((COUNTRY_MIN_SPAN_DEG - span) / 2.0).max(0.0);
    // Grown on both sides; where one side meets the edge of the map (Fiji at 180°),
    // the other side takes what it could not, so the view keeps its span.
    let widen = |lo: f64, hi: f64, by: f64, limit: f64| {
        let (mut lo, mut hi) = (lo - by, hi + by);
        if hi > limit {
            lo -= hi - limit;
            hi = limit;
        }
        if lo < -limit {
            hi = (hi + (-limit - lo)).min(limit);
            lo = -limit;
        }
        (lo, hi)
    };
    let (west, east) = widen(core.x0, core.x1, grow(core.x1 - core.x0), 180.0);
    let (south, north) = widen(core.y0, core.y1, grow(core.y1 - core.y0), 90.0);
    Some(GeoBox { x0: west, y0: south, x1: east, y1: north })
}
