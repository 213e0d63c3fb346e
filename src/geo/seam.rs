//! The map's central meridian and its seam. Equal Earth centred on 0° cuts the
//! globe at ±180°, through the Pacific: a programme in Fiji, Samoa and Kiribati
//! would be split between the map's two edges, and its frame would span the whole
//! world. Such a programme's map is centred on a meridian `lon0` chosen so that the
//! seam (`lon0 ± 180°`) runs through the widest stretch of longitude with none of
//! its countries; every other programme keeps `lon0 = 0`, the usual world map.
//!
//! Longitudes "relative to `lon0`" are `lon - lon0` wrapped into [-180, 180]: what
//! the unrotated Equal Earth formulas take.

use super::antimeridian::cut_ring;
use super::planar::GeoBox;
use super::world::LonLat;

/// `lon` relative to the central meridian `lon0`, in [-180, 180]: a difference
/// already in that range is kept as it is (so with `lon0 = 0` a longitude on the
/// map comes back unchanged, bit for bit, -180° included), any other is wrapped.
pub fn rotate(lon: f64, lon0: f64) -> f64 {
    let d = lon - lon0;
    if (-180.0..=180.0).contains(&d) {
        return d;
    }
    let r = (d + 180.0).rem_euclid(360.0) - 180.0;
    if r == -180.0 {
        180.0
    } else {
        r
    }
}

/// A longitude relative to `lon0` back on the globe, in [-180, 180].
pub fn unrotate(x: f64, lon0: f64) -> f64 {
    rotate(x + lon0, 0.0)
}

/// How much wider a frame must be with the seam at ±180° than with it elsewhere
/// before the map turns away from the familiar centre: a few degrees saved is not
/// worth a map centred somewhere unexpected.
const MIN_SAVING_DEG: f64 = 15.0;

/// The central meridian for a map of pieces in the boxes `spans` (none crossing
/// ±180°): 0 unless the widest gap between
/// them (going round the globe) is wider than the gap that holds ±180° by
/// `MIN_SAVING_DEG`; then the meridian opposite that gap's middle, so the seam
/// runs down the middle of the empty stretch.
pub fn central_meridian(spans: &[GeoBox]) -> f64 {
    let mut spans: Vec<(f64, f64)> = spans.iter().filter(|b| b.x0 <= b.x1).map(|b| (b.x0, b.x1)).collect();
    // A programme's main pieces are a few dozen: the crate's small sort, not std's
    // (4 KB of wasm per instantiation).
    crate::sort::sort_small_by(&mut spans, |a, b| a.0.total_cmp(&b.0));
    let Some(&(first_west, mut reach)) = spans.first() else { return 0.0 };
    // The widest gap between covered stretches, west to east: (width, west, east).
    let mut widest = (0.0, 0.0, 0.0);
    for &(w, e) in &spans[1..] {
        if w - reach > widest.0 {
            widest = (w - reach, reach, w);
        }
        reach = reach.max(e);
    }
    // The gap that wraps round from the easternmost piece holds ±180°.
    let at_180 = first_west + 360.0 - reach;
    if widest.0 > at_180 + MIN_SAVING_DEG {
        rotate((widest.1 + widest.2) / 2.0 + 180.0, 0.0)
    } else {
        0.0
    }
}

/// What to add to every longitude of a piece with box `b` to put it relative to
/// `lon0` in one go, or `None` when the piece crosses the seam and must be cut.
/// A shift from the box rather than each point's own wrap keeps a piece that
/// touches the seam on one side.
pub fn shift(b: &GeoBox, lon0: f64) -> Option<f64> {
    if lon0 == 0.0 {
        return Some(0.0);
    }
    let west = b.x0 - lon0;
    let west = if (-180.0..180.0).contains(&west) { west } else { (west + 180.0).rem_euclid(360.0) - 180.0 };
    (west + (b.x1 - b.x0) <= 180.0).then_some(west - b.x0)
}

/// A box of longitudes and latitudes relative to `lon0`: the box itself shifted,
/// or, for a box across the seam, the full width of the map.
pub fn rotated_box(b: &GeoBox, lon0: f64) -> GeoBox {
    match shift(b, lon0) {
        Some(s) => GeoBox { x0: b.x0 + s, x1: b.x1 + s, ..*b },
        None => GeoBox { x0: -180.0, x1: 180.0, ..*b },
    }
}

/// Where a ring goes on the map centred on `lon0`.
pub enum OnMap {
    /// Whole, with this added to each longitude (0 under the usual map).
    Shifted(f64),
    /// Across the seam: the pieces it is cut into, relative to `lon0`.
    Cut(Vec<Vec<LonLat>>),
}

/// Where `ring` goes on the map centred on `lon0` (see `OnMap`).
pub fn place_ring(ring: &[LonLat], lon0: f64) -> OnMap {
    if lon0 == 0.0 {
        return OnMap::Shifted(0.0);
    }
    if let Some(s) = shift(&GeoBox::of(ring), lon0) {
        return OnMap::Shifted(s);
    }
    let mut turned = ring.to_vec();
    for p in &mut turned {
        p.0 = rotate(p.0, lon0);
    }
    OnMap::Cut(cut_ring(&turned).into_iter().map(along_the_seam).collect())
}

/// Latitude step of the points put along a cut, degrees.
const SEAM_STEP_DEG: f64 = 1.0;

/// A cut piece with points every `SEAM_STEP_DEG` along its edges on the seam. The
/// seam is the map's curved outline: a cut from 5° N to 33° S (Brazil, when the
/// seam runs through it) drawn as one straight chord would shave off the bulge of
/// the outline, a sixth of Brazil's area.
fn along_the_seam(piece: Vec<LonLat>) -> Vec<LonLat> {
    let on_seam = |p: LonLat| p.0.abs() == 180.0;
    let n = piece.len();
    let mut out = Vec::with_capacity(n + 8);
    for i in 0..n {
        let (a, b) = (piece[i], piece[(i + 1) % n]);
        out.push(a);
        if on_seam(a) && b.0 == a.0 {
            let steps = ((b.1 - a.1).abs() / SEAM_STEP_DEG).ceil();
            let mut j = 1.0;
            while j < steps {
                out.push((a.0, a.1 + (b.1 - a.1) * j / steps));
                j += 1.0;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotating_by_zero_changes_nothing_and_wraps_otherwise() {
        for lon in [-180.0, -179.99, -12.3, 0.0, 45.0, 180.0] {
            assert_eq!(rotate(lon, 0.0).to_bits(), f64::to_bits(lon));
        }
        assert_eq!(rotate(-179.0, 178.0), 3.0);
        assert_eq!(rotate(170.0, -170.0), -20.0);
        assert_eq!(unrotate(3.0, 178.0), -179.0);
        assert_eq!(rotate(0.0, 180.0), -180.0);
        assert_eq!(rotate(-175.0, 10.0), 175.0);
    }

    /// Boxes on the equator spanning these longitudes.
    fn spans(lons: &[(f64, f64)]) -> Vec<GeoBox> {
        lons.iter().map(|&(x0, x1)| GeoBox { x0, y0: 0.0, x1, y1: 1.0 }).collect()
    }

    #[test]
    fn the_seam_goes_where_the_programme_has_no_country() {
        // Peru to Tunisia: the widest gap is the Pacific, which holds ±180°.
        assert_eq!(central_meridian(&spans(&[(-81.0, -68.0), (-17.0, -3.0), (7.0, 11.0)])), 0.0);
        // Fiji, Tonga, Samoa, Kiribati's Line Islands: the gap is the rest of the world.
        let lon0 =
            central_meridian(&spans(&[(177.0, 180.0), (-180.0, -178.0), (-176.0, -173.0), (-157.0, -150.0)]));
        // The widest gap is from -150° to 177°; the seam goes down its middle, 13.5°.
        assert!((lon0 - (-166.5)).abs() < 1e-9, "{lon0}");
        // Nothing to frame, or one country: the usual map.
        assert_eq!(central_meridian(&[]), 0.0);
        assert_eq!(central_meridian(&spans(&[(100.0, 120.0)])), 0.0);
        // A gap only a little wider than the Pacific's does not turn the map.
        assert_eq!(central_meridian(&spans(&[(-175.0, -165.0), (10.0, 15.0)])), 0.0);
        assert!((central_meridian(&spans(&[(-175.0, -165.0), (20.0, 25.0)])) - 107.5).abs() < 1e-9);
    }

    #[test]
    fn a_piece_across_the_seam_is_cut_and_one_beside_it_is_shifted_whole() {
        // The seam of lon0 = 170 is at -10°.
        let across = [(-12.0, 0.0), (-8.0, 0.0), (-8.0, 2.0), (-12.0, 2.0)];
        let OnMap::Cut(pieces) = place_ring(&across, 170.0) else { panic!("not cut") };
        assert_eq!(pieces.len(), 2, "{pieces:?}");
        for p in &pieces {
            let b = GeoBox::of(p.iter());
            assert!(b.x0 >= -180.0 && b.x1 <= 180.0 && b.width() <= 2.0 + 1e-9, "{b:?}");
        }
        // Touching the seam from the east: one piece at the map's west edge.
        let beside = [(-10.0, 0.0), (-5.0, 0.0), (-5.0, 2.0), (-10.0, 2.0)];
        let OnMap::Shifted(s) = place_ring(&beside, 170.0) else { panic!("cut") };
        assert_eq!(s, -170.0, "-10° is the map's west edge, -180°");
        // A long cut follows the seam in steps of a degree.
        let tall = [(-12.0, -30.0), (-8.0, -30.0), (-8.0, 10.0), (-12.0, 10.0)];
        let OnMap::Cut(pieces) = place_ring(&tall, 170.0) else { panic!("not cut") };
        for p in pieces {
            let on_seam = p.iter().filter(|q| q.0.abs() == 180.0).count();
            assert!(on_seam >= 41, "{on_seam} points along the cut: {p:?}");
        }
        let b = rotated_box(&GeoBox::of(across.iter()), 170.0);
        assert_eq!((b.x0, b.x1), (-180.0, 180.0));
    }
}
