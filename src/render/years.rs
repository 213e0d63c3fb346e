//! "By year": columns for volunteers deployed and for people reached in each year.
//! Only drawn when the dataset publishes per-year figures; years outside the
//! chosen range are drawn muted.

use super::marks::{Layout, Mark, Paint, Rect};
use super::scale::Linear;
use super::text_fit::{text_width, wrap_fit};
use super::theme::Sizes;
use crate::core::Lang;
use crate::i18n::{capitalise, format_shown, metric_label};
use crate::model::{Dataset, Metric};

/// Lays out the per-year chart, or None when the dataset publishes no per-year figures.
pub fn layout_years(
    d: &Dataset,
    lang: Lang,
    range: Option<(u32, u32)>,
    width: f64,
    s: Sizes,
) -> Option<Layout> {
    if d.by_year.is_empty() {
        return None;
    }
    let mut out = Layout { width, ..Layout::default() };
    let pad = s.gap_px * 0.5;
    let inner = (width - 2.0 * pad).max(1.0);
    let mut rows: Vec<_> = d.by_year.iter().collect();
    crate::sort::sort_small_by_key(&mut rows, |r| r.year);
    let n = rows.len() as f64;
    let slot = inner / n;
    let col_w = slot * 0.64;
    let panel_h = (s.bar_px * 6.0).max(60.0);
    let mut y = pad;

    for metric in [Metric::Volunteers, Metric::People] {
        let (lines, px) = wrap_fit(&capitalise(metric_label(metric, lang)), s.label_px, true, inner);
        for text in lines {
            out.marks.push(Mark::Text { x: pad, y, text, px, bold: true, paint: Paint::Text });
            y += px * 1.3;
        }
        y += s.label_px * 0.2;
        let scale = Linear::over(rows.iter().filter_map(|r| r.get(metric).value()), panel_h);
        let value_y = y;
        let base = y + s.small_px * 1.4 + panel_h;
        for (i, r) in rows.iter().enumerate() {
            let cx = pad + slot * (i as f64 + 0.5);
            let in_range = range.is_none_or(|(a, b)| (a..=b).contains(&r.year));
            let v = r.get(metric);
            let label = format_shown(v, lang);
            // Numbers are centred over their column; they shrink to fit narrow slots.
            let px = fit_px(&label, s.small_px, slot * 0.98);
            let lw = text_width(&label, px, false);
            let paint = if in_range { Paint::Text } else { Paint::Muted };
            let visible = v.value();
            let top = match visible {
                Some(v) => base - scale.px(v),
                None => base,
            };
            out.marks.push(Mark::Text {
                x: cx - lw / 2.0,
                y: (top - px * 1.3).max(value_y),
                text: label,
                px,
                bold: false,
                paint,
            });
            if visible.is_some() {
                let bar = Rect { x0: cx - col_w / 2.0, y0: top, x1: cx + col_w / 2.0, y1: base };
                let fill = if in_range { Paint::Part(0) } else { Paint::Bar };
                out.marks.push(Mark::Rect { rect: bar, paint: fill, hatched: false });
            }
            let year = r.year.to_string();
            let ypx = fit_px(&year, s.small_px, slot * 0.98);
            let yw = text_width(&year, ypx, in_range);
            out.marks.push(Mark::Text {
                x: cx - yw / 2.0,
                y: base + s.small_px * 0.3,
                text: year.clone(),
                px: ypx,
                bold: in_range && range.is_some(),
                paint,
            });
            let hit =
                Rect { x0: cx - slot / 2.0, y0: value_y, x1: cx + slot / 2.0, y1: base + s.small_px * 1.6 };
            out.targets.push((hit, year));
        }
        // Baseline.
        out.marks.push(Mark::Rect {
            rect: Rect { x0: pad, y0: base, x1: pad + inner, y1: base + (s.bar_px / 18.0).max(1.0) },
            paint: Paint::Muted,
            hatched: false,
        });
        y = base + s.small_px * 1.8 + s.gap_px;
    }
    out.height = (y + pad).ceil();
    Some(out)
}

/// The largest font size up to `px` at which `text` fits in `max_w`.
fn fit_px(text: &str, px: f64, max_w: f64) -> f64 {
    let w = text_width(text, px, false);
    if w <= max_w {
        px
    } else {
        (px * max_w / w).max(px * 0.55)
    }
}
