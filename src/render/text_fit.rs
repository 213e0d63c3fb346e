//! Text measurement by estimate, and word wrapping. Layout has to be known before
//! drawing (to size the canvas) and must be the same on the host (SVG export, tests)
//! and in the browser, so it uses average glyph widths instead of a font engine;
//! the factors are slightly generous so real sans-serif text fits in the space given.

/// Estimated width in pixels of `text` at `font_px`, for a sans-serif face.
pub fn text_width(text: &str, font_px: f64, bold: bool) -> f64 {
    let em: f64 = text.chars().map(char_em).sum();
    em * font_px * if bold { 1.07 } else { 1.0 }
}

/// Rough advance widths in em for a humanist sans-serif (Arial/DejaVu/Liberation).
fn char_em(c: char) -> f64 {
    match c {
        'i' | 'j' | 'l' | '\'' | '.' | ',' | ':' | ';' | '|' | '!' | 'I' | '’' => 0.3,
        'f' | 't' | 'r' | ' ' | '(' | ')' | '[' | ']' | '-' | '\u{202f}' => 0.37,
        'm' | 'w' | 'M' | 'W' | '…' | '—' => 0.92,
        'A'..='Z' => 0.7,
        '0'..='9' => 0.58,
        _ => 0.58,
    }
}

/// The words of `text`: split at breaking spaces only. No-break spaces (U+00A0,
/// and U+202F, which groups French digits and precedes French colons) hold their
/// neighbours together, so "24 906" or "pays :" never break across lines.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}'))
        .filter(|w| !w.is_empty())
}

/// Splits `text` into lines no wider than `max_px`. A single word wider than the
/// line is kept whole on its own line rather than cut.
pub fn wrap(text: &str, font_px: f64, bold: bool, max_px: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in words(text) {
        let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
        if !line.is_empty() && text_width(&candidate, font_px, bold) > max_px {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Like [`wrap`], but when a single word is wider than the line (a long word
/// with a very large font on a phone), the size shrinks just enough for it to fit,
/// so it is not cut at the chart's edge. Returns the lines and the size used.
pub fn wrap_fit(text: &str, font_px: f64, bold: bool, max_px: f64) -> (Vec<String>, f64) {
    let widest = words(text).map(|w| text_width(w, font_px, bold)).fold(0.0, f64::max);
    let px = if widest > max_px { font_px * max_px / widest } else { font_px };
    (wrap(text, px, bold, max_px), px)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_long_labels_within_width() {
        let label = "victims of human rights violations with better legal representation";
        let lines = wrap(label, 14.0, false, 200.0);
        assert!(lines.len() >= 2, "{lines:?}");
        assert!(lines.iter().all(|l| text_width(l, 14.0, false) <= 200.0));
        assert_eq!(lines.join(" "), label);
    }

    #[test]
    fn a_word_wider_than_the_line_shrinks_to_fit() {
        let (lines, px) = wrap_fit("Aproximadamente 80", 40.0, true, 200.0);
        assert!(px < 40.0);
        assert!(lines.iter().all(|l| text_width(l, px, true) <= 200.0), "{lines:?}");
        assert_eq!(wrap_fit("80", 40.0, true, 200.0).1, 40.0);
    }

    #[test]
    fn no_break_spaces_hold_numbers_together() {
        let lines = wrap("dont 4\u{202f}128 femmes", 14.0, false, 40.0);
        assert!(lines.contains(&"4\u{202f}128".to_owned()), "{lines:?}");
    }

    #[test]
    fn short_text_stays_on_one_line() {
        assert_eq!(wrap("people trained", 14.0, false, 400.0), ["people trained"]);
    }
}

#[cfg(test)]
mod nbsp_tests {
    use super::wrap;

    #[test]
    fn no_break_spaces_are_kept_and_never_broken() {
        let lines = wrap("dont 4\u{202f}128 femmes", 10.0, false, 30.0);
        assert!(lines.iter().any(|l| l == "4\u{202f}128"), "{lines:?}");
    }
}
