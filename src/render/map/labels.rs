//! Country names on the map where they fit: each tries a few places round its
//! point (right, left, above, below, over it) and takes the first that stays in the
//! frame and clear of names already placed and of other countries' symbols and
//! targets; a name that fits nowhere is left out (the list and tooltip name it).

use crate::geo::planar::Pt;
use crate::render::marks::{Layout, Mark, Paint, Rect};
use crate::render::text_fit::text_width;

/// Label type size, CSS px.
pub const LABEL_CSS_PX: f64 = 12.0;

/// A country to name: its code, its name, its point, and the radius of the mark
/// drawn on the point (a symbol or target), which the name goes beside.
#[derive(Debug, Clone)]
pub struct LabelWant<'a> {
    pub iso3: &'a str,
    pub name: &'a str,
    pub at: Pt,
    pub clear: f64,
}

/// A placed name: its box (device px) and text.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub iso3: String,
    pub text: String,
    pub rect: Rect,
}

pub(super) fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

/// Places names in the order given (most important first). `obstacles` are boxes
/// no name may cover (other countries' symbols and targets), each with the code it
/// belongs to, so a name may sit next to its own mark.
pub fn place_labels(wants: &[LabelWant], obstacles: &[(String, Rect)], frame: Rect, dpr: f64) -> Vec<Placed> {
    let px = LABEL_CSS_PX * dpr;
    let gap = 3.0 * dpr;
    let h = px * 1.2;
    let mut placed: Vec<Placed> = Vec::new();
    for want in wants {
        let w = text_width(want.name, px, true);
        let (x, y) = want.at;
        let r = want.clear;
        let candidates = [
            (x + r + gap, y - h / 2.0),
            (x - r - gap - w, y - h / 2.0),
            (x - w / 2.0, y - r - gap - h),
            (x - w / 2.0, y + r + gap),
            (x - w / 2.0, y - h / 2.0),
        ];
        let fits = |rect: &Rect| {
            rect.x0 >= frame.x0
                && rect.y0 >= frame.y0
                && rect.x1 <= frame.x1
                && rect.y1 <= frame.y1
                && !placed.iter().any(|p| overlaps(&p.rect, rect))
                && !obstacles.iter().any(|(code, o)| code != want.iso3 && overlaps(o, rect))
        };
        let choice = candidates
            .iter()
            // Over its own point only when nothing is drawn there.
            .take(if r > 0.0 { 4 } else { 5 })
            .map(|&(x0, y0)| Rect { x0, y0, x1: x0 + w, y1: y0 + h })
            .find(|rect| fits(rect));
        if let Some(rect) = choice {
            placed.push(Placed { iso3: want.iso3.to_owned(), text: want.name.to_owned(), rect });
        }
    }
    placed
}

/// Paints placed names: a halo in the background colour (the text drawn four times,
/// offset by a pixel), then the name, so it reads over any fill.
pub fn paint_labels(layout: &mut Layout, placed: &[Placed], dpr: f64) {
    let px = LABEL_CSS_PX * dpr;
    for p in placed {
        let (x, y) = (p.rect.x0, p.rect.y0 + px * 0.1);
        for (dx, dy) in [(-1.0, 0.0), (1.0, 0.0), (0.0, -1.0), (0.0, 1.0)] {
            layout.marks.push(Mark::Text {
                x: x + dx * dpr,
                y: y + dy * dpr,
                text: p.text.clone(),
                px,
                bold: true,
                paint: Paint::Background,
            });
        }
        layout.marks.push(Mark::Text { x, y, text: p.text.clone(), px, bold: true, paint: Paint::Text });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_never_overlap_and_stay_in_the_frame() {
        let frame = Rect { x0: 0.0, y0: 0.0, x1: 300.0, y1: 200.0 };
        let wants: Vec<LabelWant> = (0..6)
            .map(|i| LabelWant {
                iso3: ["A", "B", "C", "D", "E", "F"][i],
                name: "Somewhere",
                at: (150.0 + i as f64, 100.0),
                clear: 5.0,
            })
            .collect();
        let placed = place_labels(&wants, &[], frame, 1.0);
        assert!(placed.len() >= 3, "{placed:?}");
        for (i, a) in placed.iter().enumerate() {
            assert!(a.rect.x0 >= 0.0 && a.rect.x1 <= 300.0);
            for b in &placed[i + 1..] {
                assert!(!overlaps(&a.rect, &b.rect), "{a:?} {b:?}");
            }
        }
    }
}
