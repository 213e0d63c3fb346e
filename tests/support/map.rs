//! The shipped world and a programme's map laid out for a test, the way the page
//! lays it out (the programme's frame, `width` × the height that frame needs).

use impact_atlas::geo::{decode_world, World};
use impact_atlas::model::Shown;
use impact_atlas::render::map::{layout_map_styled, map_height, Extent, MapInput, MapStyle, MapView};

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
    programme_map_styled(world, programme, values, selected, &MapStyle::default(), width, dpr)
}

/// The same with a `style` (names on the map, symbols, an export's look).
pub fn programme_map_styled(
    world: &World,
    programme: &[String],
    values: Option<&[(String, Shown)]>,
    selected: Option<&str>,
    style: &MapStyle,
    width: f64,
    dpr: f64,
) -> MapView {
    let height = map_height(world, programme, Extent::Programme, width, dpr);
    let input = MapInput { programme, values, selected, extent: Extent::Programme, width, height, dpr };
    layout_map_styled(world, &input, style)
}
