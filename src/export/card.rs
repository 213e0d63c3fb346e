//! Share cards: one 1200 × 630 picture per dataset and language, the size social
//! networks show for a link (Open Graph, Twitter "summary_large_image"): the title,
//! three headline figures, the map, the source line, and "synthetic" where the data
//! is. Drawn by the same layout and paint code as `export`.

use crate::core::Lang;
use crate::geo::World;
use crate::i18n::{capitalise, format_figure, upper, Msg};
use crate::model::Dataset;
use crate::render::map::{layout_map_styled, map_values, programme_codes, Extent, MapInput, MapStyle};
use crate::render::text_fit::wrap;
use crate::render::{Layout, Mark, Paint, Rect};

/// The card's size in pixels.
pub const CARD_W: f64 = 1200.0;
pub const CARD_H: f64 = 630.0;

/// Lays out the card for `d` in `lang`; `world` None leaves the map out.
pub fn layout_card(d: &Dataset, world: Option<&World>, lang: Lang) -> Layout {
    let mut l = Layout { width: CARD_W, height: CARD_H, ..Layout::default() };
    let pad = 40.0;
    let text_w = 520.0;
    let mut y = pad;
    if let Some(world) = world {
        let programme = programme_codes(d);
        let values = map_values(d, crate::model::Metric::Volunteers);
        let (mx, my, mw, mh) =
            (pad + text_w + 20.0, pad, CARD_W - text_w - 2.0 * pad - 20.0, CARD_H - 2.0 * pad - 60.0);
        let input = MapInput {
            programme: &programme,
            values: values.as_deref(),
            selected: None,
            extent: Extent::Programme,
            width: mw,
            height: mh,
            dpr: 1.0,
        };
        let style = MapStyle { encoding: d.map_encoding, interactive: false, lang, ..MapStyle::default() };
        let map = layout_map_styled(world, &input, &style).layout;
        l.marks.extend(map.marks.into_iter().map(|m| shift(m, mx, my)));
        // Marks carry no clip: what of the world lies outside the map's box is
        // covered with the background before the words are written.
        for r in [
            Rect { x0: 0.0, y0: 0.0, x1: mx, y1: CARD_H },
            Rect { x0: 0.0, y0: 0.0, x1: CARD_W, y1: my },
            Rect { x0: 0.0, y0: my + mh, x1: CARD_W, y1: CARD_H },
        ] {
            l.marks.push(Mark::Rect { rect: r, paint: Paint::Background, hatched: false });
        }
    }
    let text = |l: &mut Layout, x: f64, y: f64, t: String, px: f64, bold: bool, paint: Paint| {
        l.marks.push(Mark::Text { x, y, text: t, px, bold, paint });
    };
    if d.synthetic {
        // A band across the top, so the card is never taken for real results.
        l.marks.push(Mark::Rect {
            rect: Rect { x0: 0.0, y0: 0.0, x1: CARD_W, y1: 34.0 },
            paint: Paint::Text,
            hatched: false,
        });
        text(&mut l, pad, 8.0, upper(Msg::SyntheticLabel.text(lang)), 18.0, true, Paint::Background);
        y += 24.0;
    }
    text(&mut l, pad, y, d.programme.acronym.clone(), 22.0, true, Paint::Bar);
    y += 32.0;
    // The estimate is for the page's faces; the card's renderer may set wider ones.
    let mut title = wrap(d.programme.name.get(lang), 28.0, true, text_w * 0.88);
    if title.len() > 3 {
        title.truncate(3);
        title[2].push('…');
    }
    for line in title {
        text(&mut l, pad, y, line, 28.0, true, Paint::Text);
        y += 35.0;
    }
    let years = format!("{}–{}", d.programme.start_year, d.programme.end_year);
    text(&mut l, pad, y + 4.0, years, 18.0, false, Paint::Muted);
    y += 44.0;
    for h in d.headline.iter().take(3) {
        text(&mut l, pad, y, capitalise(&format_figure(h.figure, lang)), 34.0, true, Paint::Text);
        y += 40.0;
        for line in wrap(h.label.get(lang), 17.0, false, text_w).into_iter().take(2) {
            text(&mut l, pad, y, line, 17.0, false, Paint::Muted);
            y += 21.0;
        }
        y += 10.0;
    }
    let source = crate::i18n::source_line(d, lang);
    let mut sy = CARD_H - pad - 10.0;
    let lines = wrap(&source, 15.0, false, CARD_W - 2.0 * pad);
    sy -= 19.0 * (lines.len().saturating_sub(1)) as f64;
    for line in lines {
        text(&mut l, pad, sy, line, 15.0, false, Paint::Muted);
        sy += 19.0;
    }
    l
}

/// A mark moved by (dx, dy).
fn shift(m: Mark, dx: f64, dy: f64) -> Mark {
    let pts = |v: Vec<Vec<(f64, f64)>>| -> Vec<Vec<(f64, f64)>> {
        v.into_iter().map(|r| r.into_iter().map(|(x, y)| (x + dx, y + dy)).collect()).collect()
    };
    match m {
        Mark::Text { x, y, text, px, bold, paint } => {
            Mark::Text { x: x + dx, y: y + dy, text, px, bold, paint }
        }
        Mark::Rect { rect, paint, hatched } => Mark::Rect {
            rect: Rect { x0: rect.x0 + dx, y0: rect.y0 + dy, x1: rect.x1 + dx, y1: rect.y1 + dy },
            paint,
            hatched,
        },
        Mark::Poly { rings, holes, fill, stroke, hatch } => {
            Mark::Poly { rings: pts(rings), holes: pts(holes), fill, stroke, hatch }
        }
    }
}

/// The card's description for the page's head: programme, years and the three
/// headline figures, in one sentence.
pub fn card_description(d: &Dataset, lang: Lang) -> String {
    let figures: Vec<String> = d
        .headline
        .iter()
        .take(3)
        .map(|h| format!("{} {}", format_figure(h.figure, lang), h.label.get(lang)))
        .collect();
    let mut s = format!(
        "{} ({}–{}){} {}.",
        d.programme.name.get(lang),
        d.programme.start_year,
        d.programme.end_year,
        crate::i18n::colon(lang),
        figures.join(", ")
    );
    if d.synthetic {
        s = format!("{}. {s}", Msg::SyntheticLabel.text(lang));
    }
    s
}
