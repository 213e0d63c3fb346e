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
use std::borrow::Cow;

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

/// The central meridian for a map of pieces spanning the longitude `spans`
/// (`(west, east)`, degrees, none crossing ±180°): 0 unless the widest gap between
/// them (going round the globe) is wider than the gap that holds ±180° by
/// `MIN_SAVING_DEG`; then the meridian opposite that gap's middle, so the seam
/// runs down the middle of the empty stretch.
pub fn central_meridian(spans: impl IntoIterator<Item = (f64, f64)>) -> f64 {
    let mut spans: Vec<(f64, f64)> = spans.into_iter().filter(|(w, e)| w <= e).collect();
    if spans.is_empty() {
        return 0.0;
    }
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    // Gaps between the covered stretches, west to east; the last wraps round.
    let mut gaps: Vec<(f64, f64)> = Vec::new();
    let mut reach = spans[0].1;
    for &(w, e) in &spans[1..] {
        if w > reach {
            gaps.push((reach, w));
        }
        reach = reach.max(e);
    }
    gaps.push((reach, spans[0].0 + 360.0));
    let width = |g: &(f64, f64)| g.1 - g.0;
    // The wrapping gap is the one that holds ±180° (its ends straddle 180°).
    let at_180 = gaps.last().map(width).unwrap_or(0.0);
    let widest = gaps.iter().copied().max_by(|a, b| width(a).total_cmp(&width(b)));
    match widest {
        Some(g) if width(&g) > at_180 + MIN_SAVING_DEG => rotate((g.0 + g.1) / 2.0 + 180.0, 0.0),
        _ => 0.0,
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

/// A ring relative to `lon0`, cut at the seam into the pieces that lie on the map;
/// the ring itself, not copied, under the usual map (`lon0 = 0`).
pub fn rotate_ring(ring: &[LonLat], lon0: f64) -> Vec<Cow<'_, [LonLat]>> {
    if lon0 == 0.0 {
        return vec![Cow::Borrowed(ring)];
    }
    match shift(&GeoBox::of(ring.iter()), lon0) {
        Some(s) => vec![Cow::Owned(ring.iter().map(|&(lon, lat)| (lon + s, lat)).collect())],
        None => {
            let turned: Vec<LonLat> = ring.iter().map(|&(lon, lat)| (rotate(lon, lon0), lat)).collect();
            cut_ring(&turned).into_iter().map(|piece| Cow::Owned(along_the_seam(piece))).collect()
        }
    }
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
            let steps = ((b.1 - a.1).abs() / SEAM_STEP_DEG).ceil() as usize;
            out.extend((1..steps).map(|j| (a.0, a.1 + (b.1 - a.1) * j as f64 / steps as f64)));
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

    #[test]
    fn the_seam_goes_where_the_programme_has_no_country() {
        // Peru to Tunisia: the widest gap is the Pacific, which holds ±180°.
        assert_eq!(central_meridian([(-81.0, -68.0), (-17.0, -3.0), (7.0, 11.0)]), 0.0);
        // Fiji, Tonga, Samoa, Kiribati's Line Islands: the gap is the rest of the world.
        let lon0 = central_meridian([(177.0, 180.0), (-180.0, -178.0), (-176.0, -173.0), (-157.0, -150.0)]);
        // The widest gap is from -150° to 177°; the seam goes down its middle, 13.5°.
        assert!((lon0 - (-166.5)).abs() < 1e-9, "{lon0}");
        // Nothing to frame, or one country: the usual map.
        assert_eq!(central_meridian([]), 0.0);
        assert_eq!(central_meridian([(100.0, 120.0)]), 0.0);
        // A gap only a little wider than the Pacific's does not turn the map.
        assert_eq!(central_meridian([(-175.0, -165.0), (10.0, 15.0)]), 0.0);
        assert!((central_meridian([(-175.0, -165.0), (20.0, 25.0)]) - 107.5).abs() < 1e-9);
    }

    #[test]
    fn a_piece_across_the_seam_is_cut_and_one_beside_it_is_shifted_whole() {
        // The seam of lon0 = 170 is at -10°.
        let across = [(-12.0, 0.0), (-8.0, 0.0), (-8.0, 2.0), (-12.0, 2.0)];
        let pieces = rotate_ring(&across, 170.0);
        assert_eq!(pieces.len(), 2, "{pieces:?}");
        for p in &pieces {
            let b = GeoBox::of(p.iter());
            assert!(b.x0 >= -180.0 && b.x1 <= 180.0 && b.width() <= 2.0 + 1e-9, "{b:?}");
        }
        // Touching the seam from the east: one piece at the map's west edge.
        let beside = [(-10.0, 0.0), (-5.0, 0.0), (-5.0, 2.0), (-10.0, 2.0)];
        let pieces = rotate_ring(&beside, 170.0);
        assert_eq!(pieces.len(), 1);
        assert_eq!(*pieces[0], [(-180.0, 0.0), (-175.0, 0.0), (-175.0, 2.0), (-180.0, 2.0)]);
        // A long cut follows the seam in steps of a degree.
        let tall = [(-12.0, -30.0), (-8.0, -30.0), (-8.0, 10.0), (-12.0, 10.0)];
        for p in rotate_ring(&tall, 170.0) {
            let on_seam = p.iter().filter(|q| q.0.abs() == 180.0).count();
            assert!(on_seam >= 41, "{on_seam} points along the cut: {p:?}");
        }
        let b = rotated_box(&GeoBox::of(across.iter()), 170.0);
        assert_eq!((b.x0, b.x1), (-180.0, 180.0));
    }
}
