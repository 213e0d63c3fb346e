//! A QR code as a display list (dark modules as squares with a quiet zone).

use super::marks::{Layout, Mark, Paint, Rect};
use qrcodegen::{QrCode, QrCodeEcc};

/// Lays out a QR code for `text` at `module_px` device pixels per module, or None
/// when the text is too long to encode.
pub fn layout_qr(text: &str, module_px: f64) -> Option<Layout> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = qr.size();
    // The standard asks for a quiet zone of 4 modules around the symbol.
    let quiet = 4;
    let side = f64::from(n + 2 * quiet) * module_px;
    let mut out = Layout { width: side, height: side, ..Layout::default() };
    for y in 0..n {
        for x in 0..n {
            if qr.get_module(x, y) {
                let x0 = f64::from(x + quiet) * module_px;
                let y0 = f64::from(y + quiet) * module_px;
                let rect = Rect { x0, y0, x1: x0 + module_px, y1: y0 + module_px };
                out.marks.push(Mark::Rect { rect, paint: Paint::Text, hatched: false });
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_a_url_with_a_quiet_zone() {
        let l = layout_qr("https://example.org/impact-atlas/?data=prodef", 4.0).expect("fits");
        // Version 3 or 4 for a URL this long: 29 or 33 modules plus 8 of quiet zone.
        assert!(l.width == 37.0 * 4.0 || l.width == 41.0 * 4.0, "{}", l.width);
        assert!(l.marks.len() > 200);
        // Nothing is drawn in the quiet zone.
        assert!(l
            .marks
            .iter()
            .all(|m| matches!(m, Mark::Rect { rect, .. } if rect.x0 >= 16.0 && rect.y0 >= 16.0)));
    }
}
