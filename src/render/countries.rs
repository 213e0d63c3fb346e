//! "By country": one row per country: a bar of people reached, with the women and
//! girls and the children among them, and the volunteers deployed beside the name. Only
//! drawn when the dataset publishes per-country figures.

use super::key::{self, Swatch};
use super::marks::{Layout, Mark, Paint, Rect};
use super::scale::Linear;
use super::text_fit::{text_width, wrap, wrap_fit};
use super::theme::Sizes;
use crate::core::Lang;
use crate::i18n::{format_shown, metric_label, Msg};
use crate::model::{CountryShown, Dataset, Metric};

/// Rows drawn at most; the selected country is not guaranteed a row beyond them.
pub const MAX_ROWS: usize = 20;

/// The parts of people reached drawn in each row, in order: part `i` is drawn as
/// `key::part(i)` both in the bars and in the key above them.
const PARTS: [Metric; 2] = [Metric::Women, Metric::Children];

/// The key above the chart, in its order: each part, then the whole bar.
fn key_entries() -> impl Iterator<Item = (Swatch, Metric)> {
    PARTS.into_iter().enumerate().map(|(i, m)| (key::part(i), m)).chain([(key::WHOLE, Metric::People)])
}

fn more_countries(n: usize, lang: Lang) -> String {
    Msg::MoreCountries.text(lang).replace("{n}", &n.to_string())
}

/// The countries' figures in the chart's order: largest first; countries whose
/// total is "fewer than N" come next, together in table order (their order must not
/// rank hidden counts), then those not published.
fn in_chart_order(d: &Dataset) -> Vec<&CountryShown> {
    let mut all: Vec<_> = d.by_country.iter().collect();
    crate::sort::sort_small_by_key(&mut all, |r| r.people.rank_desc());
    all
}

/// The row of the chart that shows country `iso3`, if it is drawn.
pub fn row_of(d: &Dataset, iso3: &str) -> Option<usize> {
    in_chart_order(d).iter().take(MAX_ROWS).position(|r| r.iso3 == iso3)
}

/// Lays out the per-country chart, or None when the dataset publishes no
/// per-country figures (the page shows a "not published" note instead).
pub fn layout_countries(
    d: &Dataset,
    lang: Lang,
    selected: Option<&str>,
    width: f64,
    s: Sizes,
) -> Option<Layout> {
    layout_country_rows(d, lang, selected, None, width, s)
}

/// The per-country chart showing only rows `from..to` when `rows` says so (a page
/// of an embed): the key on every page, the scale of all rows, and the line on the
/// countries left out on the last page.
pub fn layout_country_rows(
    d: &Dataset,
    lang: Lang,
    selected: Option<&str>,
    rows: Option<(usize, usize)>,
    width: f64,
    s: Sizes,
) -> Option<Layout> {
    if d.by_country.is_empty() {
        return None;
    }
    let mut out = Layout { width, ..Layout::default() };
    let pad = s.gap_px * 0.5;
    let inner = (width - 2.0 * pad).max(1.0);
    let mut y = pad;

    // Legend: the three parts of a bar, told apart by colour, hatching and order.
    let mut x = pad;
    let mut row_h = s.small_px * 1.5;
    for (swatch, metric) in key_entries() {
        let label = metric_label(metric, lang);
        let sw = s.small_px;
        // A label wider than the chart (a phone with a large font) wraps.
        let (lines, _) = wrap_fit(label, s.small_px, false, (inner - sw * 2.4).max(sw));
        let text_w = lines.iter().map(|l| text_width(l, s.small_px, false)).fold(0.0, f64::max);
        let w = sw * 1.4 + text_w + sw;
        if x + w > pad + inner && x > pad {
            x = pad;
            y += row_h;
            row_h = s.small_px * 1.5;
        }
        out.marks.push(swatch.rect(Rect { x0: x, y0: y, x1: x + sw, y1: y + sw }));
        for (i, text) in lines.iter().enumerate() {
            out.marks.push(Mark::Text {
                x: x + sw * 1.4,
                y: y + s.small_px * 1.3 * i as f64,
                text: text.clone(),
                px: s.small_px,
                bold: false,
                paint: Paint::Muted,
            });
        }
        row_h = row_h.max(s.small_px * (1.3 * lines.len() as f64 + 0.2));
        x += w;
    }
    y += row_h + s.gap_px * 0.5;

    let mut all = in_chart_order(d);
    let scale = Linear::over(all.iter().filter_map(|r| r.people.value()), inner);

    // A chart of hundreds of rows would be thousands of pixels tall and slow to
    // redraw; the largest ones are shown and the table view lists every country.
    let hidden = all.len().saturating_sub(MAX_ROWS);
    all.truncate(MAX_ROWS);
    let (from, to) = rows.unwrap_or((0, usize::MAX));
    let last_page = to >= all.len();
    for r in all.get(from.min(all.len())..to.min(all.len())).unwrap_or_default() {
        let name = d.country(&r.iso3).map(|c| c.name.get(lang)).unwrap_or(&r.iso3).to_owned();
        let is_sel = selected == Some(r.iso3.as_str());
        let top = y;
        // Names and figures wrap to the width, so nothing is cut on a phone or
        // with a large font.
        let (lines, px) = wrap_fit(&name, s.label_px, is_sel, inner);
        for line in lines {
            out.marks.push(Mark::Text { x: pad, y, text: line, px, bold: is_sel, paint: Paint::Text });
            y += px * 1.3;
        }
        let figures = format!(
            "{} {} · {} {}",
            format_shown(r.people, lang),
            metric_label(Metric::People, lang),
            format_shown(r.volunteers, lang),
            metric_label(Metric::Volunteers, lang),
        );
        let (lines, px) = wrap_fit(&figures, s.small_px, false, inner);
        for line in lines {
            out.marks.push(Mark::Text { x: pad, y, text: line, px, bold: false, paint: Paint::Muted });
            y += px * 1.4;
        }

        // A count below the threshold gets no bar: its length would give it away.
        if let Some(people) = r.people.value() {
            let bar = Rect { x0: pad, y0: y, x1: pad + scale.px(people), y1: y + s.bar_px };
            out.marks.push(key::WHOLE.rect(bar));
            // Women and girls, and children, may overlap (a girl is both), so they are
            // never stacked: each is measured from the left in its own half of the bar.
            let half = (bar.y1 - bar.y0) / 2.0;
            for (i, part) in PARTS.into_iter().enumerate() {
                let Some(v) = r.get(part).value() else { continue };
                let x1 = (bar.x0 + scale.px(v)).min(bar.x1);
                let y0 = bar.y0 + half * i as f64;
                let rect = Rect { x0: bar.x0, x1, y0, y1: y0 + half };
                out.marks.push(key::part(i).rect(rect));
            }
            if is_sel {
                let ring = Rect { x0: bar.x0 - 2.0, y0: bar.y0 - 2.0, x1: bar.x1 + 2.0, y1: bar.y0 };
                out.marks.push(Mark::Rect { rect: ring, paint: Paint::Text, hatched: false });
            }
            y = bar.y1;
        }
        out.targets.push((Rect { x0: pad, y0: top, x1: pad + inner, y1: y }, r.iso3.clone()));
        y += s.gap_px * 0.75;
    }
    if hidden > 0 && last_page {
        for text in wrap(&more_countries(hidden, lang), s.label_px, false, inner) {
            out.marks.push(Mark::Text { x: pad, y, text, px: s.label_px, bold: false, paint: Paint::Muted });
            y += s.label_px * 1.5;
        }
    }
    out.height = (y + pad).ceil();
    Some(out)
}
