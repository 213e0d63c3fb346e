//! `impact-atlas export`: each chart and the map as SVG and PNG files, drawn by the
//! same layout and paint code as the page, for reports, newsletters and social media.

use super::caption::with_caption;
use crate::geo::{decode_world, World};
use crate::model::{Dataset, Lang};
use crate::render::countries::layout_countries;
use crate::render::map::{layout_map, map_height, map_values, programme_codes, Extent, MapInput};
use crate::render::years::layout_years;
use crate::render::{layout_results, paint_with_text_scale, Layout, Sizes, Theme, SVG_TEXT_SCALE};
use plotters::prelude::*;
use std::path::{Path, PathBuf};

/// What to draw and how big.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    /// Width of each drawing in CSS px (the layout's unit before `scale`).
    pub width: f64,
    /// Map height in CSS px; None = the height the map's extent needs.
    pub height: Option<f64>,
    /// Pixel ratio: 2 gives sharp PNGs for print and retina screens.
    pub scale: f64,
    pub lang: Lang,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions { width: 1200.0, height: None, scale: 2.0, lang: Lang::En }
    }
}

/// Lays out every drawing the dataset supports: (file stem, layout), each captioned.
pub fn layouts(d: &Dataset, world: Option<&World>, o: &ExportOptions) -> Vec<(&'static str, Layout)> {
    layouts_bare(d, world, o)
        .into_iter()
        .map(|(stem, l)| (stem, with_caption(l, d, o.lang, o.scale)))
        .collect()
}

fn layouts_bare(d: &Dataset, world: Option<&World>, o: &ExportOptions) -> Vec<(&'static str, Layout)> {
    let w = (o.width * o.scale).round();
    let s = Sizes::PAGE.scaled(o.scale);
    let mut out = vec![("results", layout_results(d, o.lang, w, s))];
    if let Some(l) = layout_countries(d, o.lang, None, w, s) {
        out.push(("countries", l));
    }
    if let Some(l) = layout_years(d, o.lang, None, w, s) {
        out.push(("years", l));
    }
    if let Some(world) = world {
        let programme = programme_codes(d);
        let values = map_values(d, crate::model::Metric::Volunteers);
        let h = match o.height {
            Some(h) => (h * o.scale).round(),
            None => map_height(world, &programme, Extent::Programme, w, o.scale),
        };
        let input = MapInput {
            programme: &programme,
            values: values.as_deref(),
            selected: None,
            extent: Extent::Programme,
            width: w,
            height: h,
            dpr: o.scale,
        };
        out.push(("map", layout_map(world, &input).layout));
    }
    out
}

/// One layout as an SVG document.
pub fn to_svg(layout: &Layout, theme: &Theme) -> Result<String, String> {
    let mut svg = String::new();
    {
        let size = (layout.width.ceil() as u32, layout.height.ceil() as u32);
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        paint_with_text_scale(&area, layout, theme, SVG_TEXT_SCALE).map_err(|e| e.to_string())?;
        area.present().map_err(|e| e.to_string())?;
    }
    Ok(svg)
}

/// Rasterises an SVG document to PNG bytes with the system's fonts (see `fonts`).
pub fn svg_to_png(svg: &str) -> Result<Vec<u8>, String> {
    use resvg::{tiny_skia, usvg};
    let opt = usvg::Options { fontdb: super::fonts::database(), ..usvg::Options::default() };
    let tree = usvg::Tree::from_str(svg, &opt).map_err(|e| format!("SVG could not be read: {e}"))?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("empty drawing")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("PNG could not be written: {e}"))
}

/// The characters of every drawing's text that no installed font can draw (they
/// would show as empty boxes in the PNG images), each with a text it is in.
pub fn undrawable(d: &Dataset, world: Option<&World>, o: &ExportOptions) -> Vec<(char, String)> {
    let layouts = layouts(d, world, o);
    super::fonts::missing(&super::fonts::database(), layouts.iter().flat_map(|(_, l)| l.texts()))
}

/// Writes `<stem>.svg` and `<stem>.png` for every drawing into `dir`; returns the paths.
pub fn export(
    d: &Dataset,
    geo: Option<&Path>,
    dir: &Path,
    o: &ExportOptions,
) -> Result<Vec<PathBuf>, String> {
    let world = match geo {
        Some(p) => {
            let bytes = std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()))?;
            Some(decode_world(&p.display().to_string(), &bytes).map_err(|e| e.to_string())?)
        }
        None => None,
    };
    // The id names the files: only a short token (no `/`, `\\`, `..`) keeps them in `dir`.
    // The reader already refuses other ids; a Dataset built another way is checked here.
    if !crate::model::is_token(&d.id) {
        return Err(format!(
            "dataset id \"{}\" is not a short token; no file was written",
            crate::model::problem::printable(&d.id)
        ));
    }
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut written = Vec::new();
    for (stem, layout) in layouts(d, world.as_ref(), o) {
        let svg = to_svg(&layout, &Theme::LIGHT)?;
        let png = svg_to_png(&svg)?;
        for (ext, bytes) in [("svg", svg.as_bytes()), ("png", png.as_slice())] {
            let path = dir.join(format!("{}-{stem}.{ext}", d.id));
            if path.parent() != Some(dir) {
                return Err(format!(
                    "{} is not inside {}; no file was written",
                    path.display(),
                    dir.display()
                ));
            }
            std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
            written.push(path);
        }
    }
    Ok(written)
}
