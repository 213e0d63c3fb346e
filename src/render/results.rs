//! The "results by category" chart: one horizontal bar per result, with each
//! published part (women and girls, children) as its own bar under it, from zero. Results are grouped by
//! unit, and each group has its own scale, because 24,906 people and 300 cases are
//! not amounts of the same thing.

use super::key;
use super::marks::{Layout, Mark, Paint, Rect};
use super::scale::Linear;
use super::text_fit::{text_width, wrap, wrap_fit};
use super::theme::Sizes;
use crate::core::Lang;
use crate::i18n::{capitalise, format_figure, Msg};
use crate::model::{Dataset, ResultItem};

/// Lays out the results chart for a drawing `width` in device pixels. `sizes` are
/// already multiplied by the device pixel ratio.
pub fn layout_results(d: &Dataset, lang: Lang, width: f64, sizes: Sizes) -> Layout {
    layout_result_rows(d, lang, None, width, sizes)
}

/// The results chart showing only rows `from..to` (in the chart's order: results
/// counted in people first) when `rows` says so: a page of an embed. The legend and each
/// shown group's heading come on every page, and each group keeps the scale of all
/// its results.
pub fn layout_result_rows(
    d: &Dataset,
    lang: Lang,
    rows: Option<(usize, usize)>,
    width: f64,
    sizes: Sizes,
) -> Layout {
    let mut out = Layout { width, ..Layout::default() };
    let pad = sizes.gap_px * 0.5;
    let inner = (width - 2.0 * pad).max(1.0);
    let mut y = pad;
    if d.results.iter().any(|r| !r.parts.is_empty()) {
        y = layout_legend(&mut out, lang, pad, inner, y, sizes);
    }
    let (from, to) = rows.unwrap_or((0, usize::MAX));
    let groups = group_by_unit(&d.results);
    let mut row = 0;
    let mut headed = false;
    for (unit, items) in &groups {
        // Each group's scale runs from 0 to its largest figure.
        let scale = Linear::over(items.iter().map(|r| r.figure.value), inner);
        let first = row;
        row += items.len();
        let shown =
            items.get(from.clamp(first, row) - first..to.clamp(first, row) - first).unwrap_or_default();
        if shown.is_empty() {
            continue;
        }
        if groups.len() > 1 {
            if headed {
                y += sizes.gap_px;
            }
            headed = true;
            let heading = if unit == "people" { Msg::UnitPeople } else { Msg::UnitOther };
            for text in wrap(&capitalise(heading.text(lang)), sizes.small_px, true, inner) {
                out.marks.push(Mark::Text {
                    x: pad,
                    y,
                    text,
                    px: sizes.small_px,
                    bold: true,
                    paint: Paint::Muted,
                });
                y += sizes.small_px * 1.35;
            }
            y += sizes.small_px * 0.25;
        }
        for item in shown {
            y = layout_row(&mut out, item, lang, pad, inner, y, scale, sizes);
        }
    }
    out.height = (y + pad).ceil();
    out
}

#[allow(clippy::too_many_arguments)]
fn layout_row(
    out: &mut Layout,
    item: &ResultItem,
    lang: Lang,
    x: f64,
    inner: f64,
    mut y: f64,
    scale: Linear,
    s: Sizes,
) -> f64 {
    let value = capitalise(&format_figure(item.figure, lang));
    let (lines, px) = wrap_fit(&value, s.value_px, true, inner);
    for text in lines {
        out.marks.push(Mark::Text { x, y, text, px, bold: true, paint: Paint::Text });
        y += px * 1.3;
    }
    let (lines, px) = wrap_fit(item.label.get(lang), s.label_px, false, inner);
    for line in lines {
        out.marks.push(Mark::Text { x, y, text: line, px, bold: false, paint: Paint::Text });
        y += px * 1.3;
    }
    y += s.label_px * 0.25;

    let bar = Rect { x0: x, y0: y, x1: x + scale.px(item.figure.value), y1: y + s.bar_px };
    out.marks.push(key::WHOLE.rect(bar));
    // Each part is its own thinner bar under the whole, starting at zero on the same
    // scale: parts may overlap (a girl is a child and one of the women and girls),
    // so laying them end to end would claim groups the source never separates.
    let mut y_part = bar.y1;
    for (i, part) in item.parts.iter().enumerate() {
        y_part += s.bar_px * PART_GAP;
        let rect = Rect {
            x0: x,
            y0: y_part,
            x1: x + scale.px(part.figure.value),
            y1: y_part + s.bar_px * PART_HEIGHT,
        };
        out.marks.push(key::part(i).rect(rect));
        y_part = rect.y1;
    }
    let hit = Rect { y0: bar.y0 - s.label_px, y1: y_part, ..bar };
    out.targets.push((hit, item.id.clone()));
    y = y_part + s.small_px * 0.4;

    for (i, part) in item.parts.iter().enumerate() {
        let sw = s.small_px;
        let swatch = Rect { x0: x, y0: y + sw * 0.1, x1: x + sw, y1: y + sw * 1.1 };
        out.marks.push(key::part(i).rect(swatch));
        let prefix = if i == 0 { format!("{} ", Msg::Including.text(lang)) } else { String::new() };
        let text = format!("{prefix}{} {}", format_figure(part.figure, lang), part.label.get(lang));
        let (lines, px) = wrap_fit(&text, s.small_px, false, inner - sw * 1.5);
        for line in lines {
            out.marks.push(Mark::Text {
                x: x + sw * 1.5,
                y,
                text: line,
                px,
                bold: false,
                paint: Paint::Muted,
            });
            y += px * 1.35;
        }
    }
    y + s.gap_px
}

/// Height of a part's bar, and the gap above it, as fractions of a whole bar's height.
const PART_HEIGHT: f64 = 0.55;
const PART_GAP: f64 = 0.15;

/// The chart's legend, drawn above the bars when any result has parts: the whole
/// result's colour, and the parts' colours with how to read them. Returns the y
/// below it.
fn layout_legend(out: &mut Layout, lang: Lang, x: f64, inner: f64, mut y: f64, s: Sizes) -> f64 {
    let sw = s.small_px;
    let entries: [(&[usize], &str); 2] =
        [(&[], Msg::LegendWhole.text(lang)), (&[0, 1], Msg::PartsLegend.text(lang))];
    for (parts, words) in entries {
        let swatch_w = sw * 1.2;
        if parts.is_empty() {
            let r = Rect { x0: x, y0: y + sw * 0.15, x1: x + swatch_w, y1: y + sw * 0.95 };
            out.marks.push(key::WHOLE.rect(r));
        } else {
            let h = sw * 0.4;
            for (k, &i) in parts.iter().enumerate() {
                let y0 = y + sw * 0.1 + k as f64 * (h + sw * 0.05);
                let r = Rect { x0: x, y0, x1: x + swatch_w * (1.0 - 0.3 * k as f64), y1: y0 + h };
                out.marks.push(key::part(i).rect(r));
            }
        }
        for line in wrap(words, s.small_px, false, inner - swatch_w - sw * 0.5) {
            out.marks.push(Mark::Text {
                x: x + swatch_w + sw * 0.5,
                y,
                text: line,
                px: s.small_px,
                bold: false,
                paint: Paint::Muted,
            });
            y += s.small_px * 1.35;
        }
        y += s.small_px * 0.2;
    }
    y + s.small_px * 0.6
}

/// Results grouped by unit, groups in order of first appearance, `people` first.
fn group_by_unit(results: &[ResultItem]) -> Vec<(String, Vec<&ResultItem>)> {
    let mut groups: Vec<(String, Vec<&ResultItem>)> = Vec::new();
    for r in results {
        let unit = if r.unit == "people" { "people" } else { "other" };
        match groups.iter_mut().find(|(u, _)| u == unit) {
            Some((_, items)) => items.push(r),
            None => groups.push((unit.to_owned(), vec![r])),
        }
    }
    crate::sort::sort_small_by_key(&mut groups, |(u, _)| u != "people");
    groups
}

/// Plain-text summary of the chart for screen readers and the table view.
pub fn results_summary(d: &Dataset, lang: Lang) -> Vec<String> {
    results_runs(d, lang).into_iter().map(|runs| runs.into_iter().map(|(t, _)| t).collect()).collect()
}

/// The summary line by line, each as runs of text with the language the run is in:
/// a label without a translation falls back to English, and the page marks it so.
pub fn results_runs(d: &Dataset, lang: Lang) -> Vec<Vec<(String, Lang)>> {
    d.results
        .iter()
        .map(|r| {
            let mut runs = vec![
                (format!("{} ", capitalise(&format_figure(r.figure, lang))), lang),
                (r.label.get(lang).to_owned(), r.label.lang_of(lang)),
            ];
            for (i, p) in r.parts.iter().enumerate() {
                let lead = if i == 0 { format!(", {} ", Msg::Including.text(lang)) } else { ", ".to_owned() };
                runs.push((format!("{lead}{} ", format_figure(p.figure, lang)), lang));
                runs.push((p.label.get(lang).to_owned(), p.label.lang_of(lang)));
            }
            runs
        })
        .collect()
}

/// Width in device pixels of the widest text mark, for overflow checks.
pub fn widest_text(layout: &Layout) -> f64 {
    layout
        .marks
        .iter()
        .filter_map(|m| match m {
            Mark::Text { x, text, px, bold, .. } => Some(x + text_width(text, *px, *bold)),
            Mark::Rect { .. } | Mark::Poly { .. } => None,
        })
        .fold(0.0, f64::max)
}
