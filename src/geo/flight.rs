//! The map's flight from one fitted frame to another (the programme's frame to a
//! country's and back): the frame at each moment, eased, and the transform that
//! shows a map drawn in one frame as if drawn in another.
//!
//! Every frame of a flight is the same Equal Earth projection scaled by `k` and
//! moved by `(tx, ty)`, so a map drawn in frame A shows frame B after scaling by
//! `B.k / A.k` and translating: the page moves two finished drawings (the old view
//! and the new one, which fades in) instead of drawing sixty maps a second.

use super::projection::Fitted;

/// Longest flight, milliseconds.
pub const FLIGHT_MS: f64 = 1_100.0;

/// Cubic ease in and out: slow start, slow end, `ease(0) = 0`, `ease(1) = 1`.
pub fn ease(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    if t < 0.5 {
        4.0 * t * t * t
    } else {
        1.0 - (-2.0 * t + 2.0).powi(3) / 2.0
    }
}

/// A flight between two frames of the same map size (device pixels).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Flight {
    pub from: Fitted,
    pub to: Fitted,
    /// Length, milliseconds.
    pub duration: f64,
}

/// The point of the unit map at the centre of a `width` × `height` frame.
fn centre(f: &Fitted, width: f64, height: f64) -> (f64, f64) {
    ((width / 2.0 - f.tx) / f.k, (f.ty - height / 2.0) / f.k)
}

impl Flight {
    pub fn new(from: Fitted, to: Fitted) -> Flight {
        Flight { from, to, duration: FLIGHT_MS }
    }

    /// Whether the flight is over at `elapsed` ms.
    pub fn done(&self, elapsed: f64) -> bool {
        elapsed >= self.duration
    }

    /// The frame `elapsed` ms into the flight, for a `width` × `height` frame. The
    /// scale moves geometrically (each moment zooms by the same factor, as a camera
    /// would), and the centre so that it moves steadily on screen rather than
    /// rushing while zoomed out.
    pub fn at(&self, elapsed: f64, width: f64, height: f64) -> Fitted {
        let s = ease(if self.duration > 0.0 { elapsed / self.duration } else { 1.0 });
        let (k0, k1) = (self.from.k, self.to.k);
        let k = if k0 > 0.0 && k1 > 0.0 { k0 * (k1 / k0).powf(s) } else { k0 + (k1 - k0) * s };
        // Share of the way for the centre: with 1/k interpolated, the screen
        // distance covered per moment stays even while zooming.
        let w = if (k1 - k0).abs() > 1e-9 * k0.abs().max(1.0) {
            (1.0 / k - 1.0 / k0) / (1.0 / k1 - 1.0 / k0)
        } else {
            s
        };
        let (c0, c1) = (centre(&self.from, width, height), centre(&self.to, width, height));
        let (cx, cy) = (c0.0 + (c1.0 - c0.0) * w, c0.1 + (c1.1 - c0.1) * w);
        // Both frames of a map share its central meridian (a map of one programme
        // keeps one), so only scale and offset move.
        Fitted { k, tx: width / 2.0 - k * cx, ty: height / 2.0 + k * cy, lon0: self.to.lon0 }
    }
}

/// One moment of a flight as the browser animates it: `offset` is the share of the
/// flight's time (0 to 1); `old` and `new` are the [`transform`]s that show the
/// old and the new drawing in the frame of that moment; `opacity` is the new
/// drawing's (it fades in over the middle of the flight, so the old one is seen
/// leaving and the new one arriving).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Keyframe {
    pub offset: f64,
    pub old: (f64, f64, f64),
    pub new: (f64, f64, f64),
    pub opacity: f64,
}

impl Flight {
    /// The flight sampled at `steps + 1` even moments, for a `width` × `height`
    /// frame. The page hands these to the browser's animation engine, which runs
    /// them on the compositor: no script runs while the map flies, so a busy main
    /// thread (a small player building the next scene) cannot make it stutter.
    /// Between samples the browser interpolates linearly; at 24 steps over
    /// [`FLIGHT_MS`] the geometric zoom and the straight one differ by well under
    /// a pixel's worth of scale.
    pub fn keyframes(&self, steps: usize, width: f64, height: f64) -> Vec<Keyframe> {
        let steps = steps.max(1);
        (0..=steps)
            .map(|i| {
                let offset = i as f64 / steps as f64;
                let view = self.at(offset * self.duration, width, height);
                Keyframe {
                    offset,
                    old: transform(&self.from, &view),
                    new: transform(&self.to, &view),
                    opacity: ease(((offset - 0.2) / 0.6).clamp(0.0, 1.0)),
                }
            })
            .collect()
    }
}

/// Scale and offset (device pixels) that show a map drawn in frame `drawn` as in
/// frame `view`: a drawn point `p` goes to `p × scale + (dx, dy)`. Both frames
/// must share their central meridian (`lon0`), as every frame of one map does.
pub fn transform(drawn: &Fitted, view: &Fitted) -> (f64, f64, f64) {
    let scale = if drawn.k > 0.0 { view.k / drawn.k } else { 1.0 };
    (scale, view.tx - scale * drawn.tx, view.ty - scale * drawn.ty)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::projection::Projection;

    const W: f64 = 1200.0;
    const H: f64 = 800.0;
    const WIDE: Fitted = Fitted { k: 300.0, tx: 700.0, ty: 420.0, lon0: 0.0 };
    const NEAR: Fitted = Fitted { k: 6000.0, tx: 2500.0, ty: 2100.0, lon0: 0.0 };

    fn close(a: Fitted, b: Fitted) -> bool {
        (a.k - b.k).abs() < 1e-6 && (a.tx - b.tx).abs() < 1e-6 && (a.ty - b.ty).abs() < 1e-6
    }

    /// The animation the browser runs starts on the old drawing as it was drawn
    /// and ends on the new one in place, fully shown.
    #[test]
    fn keyframes_start_on_the_old_drawing_and_end_on_the_new_one() {
        let frames = Flight::new(WIDE, NEAR).keyframes(24, W, H);
        assert_eq!(frames.len(), 25);
        let (first, last) = (frames[0], frames[24]);
        let identity =
            |(s, dx, dy): (f64, f64, f64)| (s - 1.0).abs() < 1e-9 && dx.abs() < 1e-6 && dy.abs() < 1e-6;
        assert!(identity(first.old), "{:?}", first.old);
        assert!(identity(last.new), "{:?}", last.new);
        assert_eq!((first.offset, last.offset), (0.0, 1.0));
        assert_eq!((first.opacity, last.opacity), (0.0, 1.0));
        assert!(frames.windows(2).all(|w| w[1].offset > w[0].offset && w[1].opacity >= w[0].opacity));
        // Zooming in: the old drawing grows steadily, never jumping back.
        assert!(frames.windows(2).all(|w| w[1].old.0 >= w[0].old.0));
    }

    #[test]
    fn easing_starts_and_ends_at_rest() {
        assert_eq!(ease(0.0), 0.0);
        assert_eq!(ease(1.0), 1.0);
        assert!((ease(0.5) - 0.5).abs() < 1e-12);
        assert!(ease(0.05) < 0.001 && ease(0.95) > 0.999, "slow at both ends");
        let mut last = 0.0;
        for i in 1..=100 {
            let e = ease(f64::from(i) / 100.0);
            assert!(e >= last);
            last = e;
        }
        assert_eq!(ease(-1.0), 0.0);
        assert_eq!(ease(3.0), 1.0);
    }

    #[test]
    fn a_flight_starts_and_ends_on_its_frames_within_the_time_limit() {
        let f = Flight::new(WIDE, NEAR);
        assert!(f.duration <= 1_200.0);
        assert!(close(f.at(0.0, W, H), WIDE));
        assert!(close(f.at(f.duration, W, H), NEAR));
        assert!(close(f.at(f.duration * 5.0, W, H), NEAR), "holds the end frame");
        assert!(f.done(f.duration) && !f.done(f.duration - 1.0));
        // The zoom only ever goes one way, with no overshoot.
        let mut last = WIDE.k;
        for i in 1..=60 {
            let k = f.at(f.duration * f64::from(i) / 60.0, W, H).k;
            assert!(k >= last && k <= NEAR.k + 1e-9);
            last = k;
        }
        // And back.
        let back = Flight::new(NEAR, WIDE);
        assert!(close(back.at(back.duration, W, H), WIDE));
    }

    #[test]
    fn the_transform_shows_a_drawing_as_in_another_frame() {
        let f = Flight::new(WIDE, NEAR);
        let view = f.at(400.0, W, H);
        for drawn in [WIDE, NEAR] {
            let (s, dx, dy) = transform(&drawn, &view);
            for (lon, lat) in [(-75.0, 4.0), (10.0, 34.0), (0.0, 0.0)] {
                let (px, py) = drawn.project(lon, lat);
                let (qx, qy) = view.project(lon, lat);
                assert!((px * s + dx - qx).abs() < 1e-6 && (py * s + dy - qy).abs() < 1e-6);
            }
        }
        assert_eq!(transform(&WIDE, &WIDE), (1.0, 0.0, 0.0));
    }
}
