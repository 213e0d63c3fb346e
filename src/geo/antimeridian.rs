//! Cutting rings at the ±180° meridian. A ring that steps from 179.9° to -180°
//! (Russia's Chukotka, Fiji's Taveuni in Natural Earth) would otherwise draw a
//! streak across the whole map. Such a ring is made continuous (longitudes
//! unwrapped past ±180°), clipped to each 360°-wide strip it covers, and each piece
//! shifted back onto the map.

use super::world::LonLat;

/// Wraps a longitude difference into (-180, 180].
fn wrap(d: f64) -> f64 {
    let r = (d + 180.0).rem_euclid(360.0) - 180.0;
    if r == -180.0 {
        180.0
    } else {
        r
    }
}

/// Whether two consecutive points are more than half the globe apart in longitude,
/// i.e. the edge between them is meant to cross ±180°.
fn crosses(a: LonLat, b: LonLat) -> bool {
    (b.0 - a.0).abs() > 180.0
}

/// The pieces of an open ring after cutting it at ±180°: the ring itself when it
/// does not cross. A ring that goes once round a pole (net 360° of longitude) is
/// closed along that pole first, so it fills the polar cap it encloses.
pub fn cut_ring(ring: &[LonLat]) -> Vec<Vec<LonLat>> {
    let n = ring.len();
    if n < 3 || !(0..n).any(|i| crosses(ring[i], ring[(i + 1) % n])) {
        return vec![ring.to_vec()];
    }
    let mut u: Vec<LonLat> = Vec::with_capacity(n + 2);
    u.push(ring[0]);
    for i in 1..n {
        let prev = u[i - 1].0;
        u.push((prev + wrap(ring[i].0 - ring[i - 1].0), ring[i].1));
    }
    // The closing edge's unwrapped end differs from the start by the ring's net
    // turn in longitude: 0, or ±360° for a ring round a pole.
    let last = u[n - 1];
    let end = last.0 + wrap(ring[0].0 - ring[n - 1].0);
    if (end - u[0].0).abs() > 180.0 {
        let mean_lat = ring.iter().map(|p| p.1).sum::<f64>() / n as f64;
        let pole = if mean_lat < 0.0 { -90.0 } else { 90.0 };
        u.push((end, ring[0].1));
        u.push((end, pole));
        u.push((u[0].0, pole));
    }
    let lo = u.iter().map(|p| p.0).fold(f64::INFINITY, f64::min);
    let hi = u.iter().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max);
    let first = ((lo + 180.0) / 360.0).floor() as i64;
    let last = ((hi + 180.0) / 360.0).ceil() as i64;
    let mut pieces = Vec::new();
    for k in first..last {
        let shift = 360.0 * k as f64;
        let clipped = clip_strip(&u, shift - 180.0, shift + 180.0);
        let piece: Vec<LonLat> = clipped.into_iter().map(|(lon, lat)| (lon - shift, lat)).collect();
        if piece.len() >= 3 {
            pieces.push(piece);
        }
    }
    pieces
}

/// Sutherland–Hodgman clip of a ring to `lo ≤ lon ≤ hi`. A concave ring may come
/// out with zero-width bridges along the cut; they enclose no area, so neither
/// filling nor the even-odd hit test sees them.
fn clip_strip(ring: &[LonLat], lo: f64, hi: f64) -> Vec<LonLat> {
    let west = clip_half(ring, |p| p.0 >= lo, lo);
    clip_half(&west, |p| p.0 <= hi, hi)
}

fn clip_half(ring: &[LonLat], keep: impl Fn(LonLat) -> bool, at: f64) -> Vec<LonLat> {
    let mut out = Vec::with_capacity(ring.len() + 4);
    let n = ring.len();
    for i in 0..n {
        let (a, b) = (ring[(i + n - 1) % n], ring[i]);
        let cut = |a: LonLat, b: LonLat| (at, a.1 + (b.1 - a.1) * (at - a.0) / (b.0 - a.0));
        match (keep(a), keep(b)) {
            (true, true) => out.push(b),
            (true, false) => out.push(cut(a, b)),
            (false, true) => {
                out.push(cut(a, b));
                out.push(b);
            }
            (false, false) => {}
        }
    }
    out
}
