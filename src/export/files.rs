//! `impact-atlas export`: each chart and the map as SVG and PNG files, drawn by the
//! same layout and paint code as the page, for reports, newsletters and social media.

use super::caption::with_caption;
use crate::core::Lang;
use crate::geo::{decode_world, World};
use crate::model::Dataset;
use crate::render::countries::layout_countries;
use crate::render::map::{
    layout_map_styled, map_height, map_values, programme_codes, Extent, MapInput, MapStyle,
};
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
        // For print and social media: names on the map, the dataset's encoding, its
        // legend inside the drawing, and no touch targets (nothing is tapped).
        let names: Vec<(String, String)> =
            d.countries.iter().map(|c| (c.iso3.clone(), c.name.get(o.lang).to_owned())).collect();
        let style = MapStyle {
            encoding: d.map_encoding,
            names: &names,
            fewer_than: d.small_number_threshold,
            interactive: false,
            lang: o.lang,
        };
        out.push(("map", layout_map_styled(world, &input, &style).layout));
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
    let tree = usvg::Tree::from_str(svg, &opt).map_err(|e| format!("SVG: {e}"))?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("empty drawing")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| format!("PNG: {e}"))
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
            crate::core::printable(&d.id)
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

/// One written share card, as the build's head tags need it.
#[derive(Debug, Clone, PartialEq)]
pub struct CardInfo {
    pub id: String,
    pub lang: Lang,
    /// File name inside the output folder.
    pub file: String,
    pub title: String,
    pub description: String,
    /// Whether this is the catalogue's default dataset.
    pub default: bool,
}

/// Writes a share card (`{id}-{lang}.png`, 1200 × 630) for every dataset of the
/// catalogue `data_dir/index.json` and every language into `out`.
pub fn write_cards(data_dir: &Path, out: &Path) -> Result<Vec<CardInfo>, String> {
    use super::card::{card_description, layout_card};
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let catalogue =
        crate::model::catalogue::parse_catalogue("index.json", &read(&data_dir.join("index.json"))?)
            .map_err(|ps| ps.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))?;
    let geo = data_dir.join("geo/world.bin");
    let bytes = std::fs::read(&geo).map_err(|e| format!("{}: {e}", geo.display()))?;
    let world = decode_world(&geo.display().to_string(), &bytes).map_err(|e| e.to_string())?;
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut written = Vec::new();
    for entry in &catalogue.datasets {
        let parsed = crate::model::parse_path(&data_dir.join(&entry.file));
        let d = parsed.dataset.ok_or_else(|| format!("{}: the dataset has errors", entry.file))?;
        if !crate::model::is_token(&d.id) {
            return Err(format!("dataset id {:?} cannot name a file", d.id));
        }
        for lang in Lang::ALL {
            let layout = layout_card(&d, Some(&world), lang);
            let png = svg_to_png(&to_svg(&layout, &Theme::LIGHT)?)?;
            let file = format!("{}-{}.png", d.id, lang.code());
            std::fs::write(out.join(&file), png).map_err(|e| format!("{file}: {e}"))?;
            written.push(CardInfo {
                id: d.id.clone(),
                lang,
                file,
                title: format!("{} · {}", d.programme.acronym, d.programme.name.get(lang)),
                description: card_description(&d, lang),
                default: entry.id == catalogue.default,
            });
        }
    }
    Ok(written)
}
