//! Map geometry, all plain Rust: the world file (`data/geo/world.bin`) decoded into
//! countries of lon/lat rings, the Equal Earth projection and its inverse, fitting a
//! view into a frame, and the planar tests (point in polygon, label points) that
//! hit-testing needs once countries are projected into device pixels.
//!
//! Units: longitudes and latitudes in degrees; projected shapes in device pixels
//! (CSS px × devicePixelRatio), y growing downwards as on a canvas.

pub mod antimeridian;
pub mod decode;
pub mod fit;
pub mod flight;
pub mod label;
pub mod planar;
pub mod polylabel;
pub mod projected;
pub mod projection;
pub mod seam;
pub mod world;

pub use decode::decode_world;
pub use fit::{country_box, fit};
pub use flight::{ease, transform, Flight, FLIGHT_MS};
pub use label::{find_label_point, with_label_points};
pub use planar::{Bounds, GeoBox, Pt};
pub use projected::{project_world, Projected, Shape};
pub use projection::{EqualEarth, Fitted, Projection};
pub use world::{Country, DashedLine, LonLat, Polygon, World};
