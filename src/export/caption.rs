//! The caption under every exported drawing (files from the command, PNGs from the
//! page): the source, and the synthetic label when the data is made up.

use crate::core::Lang;
use crate::i18n::{upper, Msg};
use crate::model::Dataset;
use crate::render::text_fit::wrap;
use crate::render::{Layout, Mark, Paint, Sizes};

/// Adds a caption under a drawing: the source, and the synthetic label when the data
/// is made up, so an exported image is never taken out of context.
pub fn with_caption(mut l: Layout, d: &Dataset, lang: Lang, scale: f64) -> Layout {
    let px = Sizes::PAGE.small_px * scale;
    let mut lines = Vec::new();
    if d.synthetic {
        lines.push((upper(Msg::SyntheticLabel.text(lang)), true));
    }
    let source = crate::i18n::caption(d, lang);
    for line in wrap(&source, px, false, l.width - px) {
        lines.push((line, false));
    }
    let mut y = l.height + px * 0.5;
    for (text, bold) in lines {
        l.marks.push(Mark::Text { x: px * 0.5, y, text, px, bold, paint: Paint::Muted });
        y += px * 1.35;
    }
    l.height = (y + px * 0.5).ceil();
    l
}
