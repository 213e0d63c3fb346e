//! Colours and type sizes. One place, so the page, kiosk and exports agree.

use plotters::style::RGBColor;

/// Colours of one theme. Bar colours meet 3:1 against the background (WCAG 1.4.11);
/// text colours meet 4.5:1.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    /// The whole of a result.
    pub bar: RGBColor,
    /// Published parts inside a bar, in order; told apart by hatching and order too.
    pub parts: [RGBColor; 2],
    pub hatch: RGBColor,
}

impl Theme {
    pub const LIGHT: Theme = Theme {
        background: RGBColor(255, 255, 255),
        text: RGBColor(0x1a, 0x1f, 0x2b),
        muted: RGBColor(0x4a, 0x52, 0x63),
        bar: RGBColor(0x6b, 0x9e, 0xc9),
        parts: [RGBColor(0x1f, 0x4e, 0x8c), RGBColor(0x0d, 0x2c, 0x54)],
        hatch: RGBColor(0xff, 0xff, 0xff),
    };

    pub const DARK: Theme = Theme {
        background: RGBColor(0x10, 0x14, 0x1c),
        text: RGBColor(0xf2, 0xf4, 0xf8),
        muted: RGBColor(0xb8, 0xc0, 0xcc),
        bar: RGBColor(0x3d, 0x6c, 0x99),
        parts: [RGBColor(0x8f, 0xc1, 0xf0), RGBColor(0xd4, 0xe8, 0xfa)],
        hatch: RGBColor(0x10, 0x14, 0x1c),
    };
}

/// Type and spacing in CSS pixels; multiplied by the device pixel ratio when drawn.
#[derive(Debug, Clone, Copy)]
pub struct Sizes {
    pub value_px: f64,
    pub label_px: f64,
    pub small_px: f64,
    pub bar_px: f64,
    pub gap_px: f64,
}

impl Sizes {
    pub const PAGE: Sizes =
        Sizes { value_px: 20.0, label_px: 15.0, small_px: 13.0, bar_px: 18.0, gap_px: 18.0 };
    /// Read from 3–5 m away on a kiosk screen.
    pub const KIOSK: Sizes =
        Sizes { value_px: 40.0, label_px: 28.0, small_px: 24.0, bar_px: 34.0, gap_px: 30.0 };

    pub fn scaled(self, k: f64) -> Sizes {
        Sizes {
            value_px: self.value_px * k,
            label_px: self.label_px * k,
            small_px: self.small_px * k,
            bar_px: self.bar_px * k,
            gap_px: self.gap_px * k,
        }
    }
}
