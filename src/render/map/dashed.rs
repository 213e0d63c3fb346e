//! Dashed boundaries (a disputed line such as Western Sahara's with Morocco): a
//! background-coloured line that hides the solid borders drawn under it, then dashes
//! along it, so the map does not draw the line as a settled border.

use super::super::marks::{Mark, Paint, Stroke};
use crate::geo::planar::Pt;

/// Dash and gap lengths, CSS pixels.
const DASH_CSS_PX: f64 = 3.0;
const GAP_CSS_PX: f64 = 2.5;

/// The marks for one dashed line through device-pixel `points`.
pub fn dashed_line(points: &[Pt], dpr: f64) -> Vec<Mark> {
    let line = |pts: Vec<Pt>, paint: Paint, width: f64| Mark::Poly {
        rings: vec![pts],
        holes: vec![],
        fill: None,
        stroke: Some(Stroke { paint, width }),
        hatch: None,
    };
    if points.len() < 2 {
        return Vec::new();
    }
    let mut marks = vec![line(points.to_vec(), Paint::Background, 1.5 * dpr)];
    for dash in dashes(points, DASH_CSS_PX * dpr, GAP_CSS_PX * dpr) {
        // A two-point ring is painted as a line; longer dashes are drawn segment by
        // segment so a closing stroke never joins their ends.
        for pair in dash.windows(2) {
            marks.push(line(pair.to_vec(), Paint::Edge, dpr));
        }
    }
    marks
}

/// The pieces of a polyline that are "on" in a dash–gap pattern along its length.
pub fn dashes(points: &[Pt], dash: f64, gap: f64) -> Vec<Vec<Pt>> {
    let mut out = Vec::new();
    if dash <= 0.0 || gap < 0.0 {
        return out;
    }
    let (mut on, mut left) = (true, dash);
    let mut current: Vec<Pt> = vec![points[0]];
    for w in points.windows(2) {
        let (mut a, b) = (w[0], w[1]);
        let mut len = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt();
        while len > left {
            let t = left / len;
            let p = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
            if on {
                current.push(p);
                out.push(std::mem::take(&mut current));
            } else {
                current = vec![p];
            }
            on = !on;
            len -= left;
            left = if on { dash } else { gap };
            a = p;
        }
        left -= len;
        if on {
            current.push(b);
        }
    }
    if on && current.len() >= 2 {
        out.push(current);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_straight_line_becomes_dashes_of_the_right_length() {
        let d = dashes(&[(0.0, 0.0), (10.0, 0.0)], 3.0, 2.0);
        let spans: Vec<(f64, f64)> = d.iter().map(|p| (p[0].0, p[p.len() - 1].0)).collect();
        assert_eq!(spans, vec![(0.0, 3.0), (5.0, 8.0)]);
    }

    #[test]
    fn dashes_follow_a_bend() {
        let d = dashes(&[(0.0, 0.0), (2.0, 0.0), (2.0, 2.0)], 3.0, 10.0);
        assert_eq!(d, vec![vec![(0.0, 0.0), (2.0, 0.0), (2.0, 1.0)]]);
    }
}
