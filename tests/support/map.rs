//! The shipped world and a programme's map laid out for a test, the way the page
//! lays it out (the programme's frame, `width` × the height that frame needs).

use impact_atlas::geo::{decode_world, World};
use impact_atlas::model::Shown;
use impact_atlas::render::map::{layout_map, map_height, Extent, MapInput, MapView};

pub fn world() -> World {
    decode_world("world.bin", include_bytes!("../../data/geo/world.bin")).expect("decodes")
}

/// The map of `programme`'s frame, `width` device pixels wide at pixel ratio `dpr`,
/// with `values` (None: no per-country figures) and `selected`.
pub fn programme_map(
    world: &World,
    programme: &[String],
    values: Option<&[(String, Shown)]>,
    selected: Option<&str>,
    width: f64,
    dpr: f64,
) -> MapView {
    let height = map_height(world, programme, Extent::Programme, width, dpr);
    layout_map(
        world,
        &MapInput { programme, values, selected, extent: Extent::Programme, width, height, dpr },
    )
}
