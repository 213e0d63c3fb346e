//! The Equal Earth projection (Šavrič, Patterson & Jenny, 2018) and its fitted
//! form in device pixels. Equal Earth keeps areas true, so a small country looks as
//! small as it is and none is blown up by latitude, and its outline is the familiar
//! rounded world map. Every forward map has an inverse that returns `None` off the
//! map rather than an invented point.

use super::seam::{rotate, unrotate};
use std::f64::consts::PI;

/// A map from longitude/latitude (degrees) to a plane, and back.
pub trait Projection {
    /// Degrees → plane coordinates.
    fn project(&self, lon: f64, lat: f64) -> (f64, f64);
    /// Plane coordinates → degrees `(lon, lat)`, or `None` where no point of the
    /// globe lands.
    fn invert(&self, x: f64, y: f64) -> Option<(f64, f64)>;
}

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;
/// √3 / 2: the parametric latitude θ is asin(M sin φ).
const M: f64 = 0.866_025_403_784_438_6;

/// Equal Earth on a sphere of radius 1, centred on the Greenwich meridian: x grows
/// east, y grows north. The map is about 5.43 wide and 2.64 tall.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct EqualEarth;

impl EqualEarth {
    /// y of the poles: the map's flat top and bottom are at ±`y_max()`.
    pub fn y_max() -> f64 {
        y_of(PI / 3.0)
    }

    /// x of the ±180° meridian at the equator: the map spans ±`x_max()`.
    pub fn x_max() -> f64 {
        EqualEarth.project(180.0, 0.0).0
    }
}

/// y as a function of the parametric latitude θ.
fn y_of(t: f64) -> f64 {
    let t2 = t * t;
    let t6 = t2 * t2 * t2;
    t * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
}

/// dy/dθ, which also appears in x.
fn dy_of(t: f64) -> f64 {
    let t2 = t * t;
    let t6 = t2 * t2 * t2;
    A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)
}

impl Projection for EqualEarth {
    fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let lambda = lon.to_radians();
        let t = (M * lat.to_radians().sin()).asin();
        (lambda * t.cos() / (M * dy_of(t)), y_of(t))
    }

    fn invert(&self, x: f64, y: f64) -> Option<(f64, f64)> {
        const EPS: f64 = 1e-9;
        if !x.is_finite() || !y.is_finite() || y.abs() > EqualEarth::y_max() + EPS {
            return None;
        }
        // Newton's method for θ in y = y_of(θ); y_of is monotonic on [-π/3, π/3]
        // and close to linear, so starting from θ = y converges in a few steps.
        let mut t = y;
        let mut converged = false;
        for _ in 0..20 {
            let step = (y_of(t) - y) / dy_of(t);
            t = (t - step).clamp(-PI / 3.0, PI / 3.0);
            if step.abs() < 1e-12 {
                converged = true;
                break;
            }
        }
        if !converged {
            return None;
        }
        // At the poles cos θ stays at 1/2, so λ is defined along the whole flat edge.
        let lambda = M * x * dy_of(t) / t.cos();
        if lambda.abs() > PI + EPS {
            return None;
        }
        let phi = (t.sin() / M).clamp(-1.0, 1.0).asin();
        Some((lambda.to_degrees().clamp(-180.0, 180.0), phi.to_degrees()))
    }
}

/// Equal Earth centred on the meridian `lon0`, scaled by `k` and moved to
/// `(tx, ty)` in device pixels, with y flipped to grow downwards as on a canvas:
/// what `fit` returns.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fitted {
    /// Device pixels per unit of the unit-sphere map.
    pub k: f64,
    /// Device-pixel position of the point (`lon0`, 0°).
    pub tx: f64,
    pub ty: f64,
    /// The central meridian, degrees: 0 but for a programme across ±180° (see
    /// `geo::seam`). The map's edges are at `lon0 ± 180°`.
    pub lon0: f64,
}

impl Projection for Fitted {
    /// Degrees → device pixels. A ring that crosses the seam must be cut first
    /// (`seam::rotate_ring`), or its edge across it streaks over the map.
    fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = EqualEarth.project(rotate(lon, self.lon0), lat);
        (self.tx + self.k * x, self.ty - self.k * y)
    }

    /// Device pixels → degrees, `None` off the map's outline.
    fn invert(&self, px: f64, py: f64) -> Option<(f64, f64)> {
        if self.k <= 0.0 || !self.k.is_finite() {
            return None;
        }
        let (x, lat) = EqualEarth.invert((px - self.tx) / self.k, (self.ty - py) / self.k)?;
        Some((unrotate(x, self.lon0), lat))
    }
}

impl Fitted {
    /// The same scale and offset centred on 0°: for longitudes already relative to
    /// `lon0` (pieces cut at the seam by `seam::rotate_ring`).
    pub fn unrotated(&self) -> Fitted {
        Fitted { lon0: 0.0, ..*self }
    }

    /// Width in device pixels of the whole world at this scale.
    pub fn world_width(&self) -> f64 {
        2.0 * EqualEarth::x_max() * self.k
    }
}
