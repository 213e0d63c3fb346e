//! Colours and type sizes. One place, so the page, kiosk and exports agree.

use plotters::style::RGBColor;

/// Colours of one theme. Each colour meets a contrast target against what it is
/// drawn on (WCAG 1.4.3 and 1.4.11): 4.5:1 for text, 3:1 for marks; the pairs are
/// listed, and checked for both themes, in tests/theme_contrast.rs.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub background: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    /// The whole of a result (3:1 against the background).
    pub bar: RGBColor,
    /// Published parts inside a bar, in order (3:1 against the background and the
    /// bar they sit in); told apart from each other by hatching and order.
    pub parts: [RGBColor; 2],
    /// The hatching on the second part (3:1 against that part).
    pub hatch: RGBColor,
    /// Map: countries outside the programme, a light neutral. Context only: the
    /// programme countries meet 3:1 against it, it needs no target of its own.
    pub land: RGBColor,
    /// Map: borders between those countries (context only, like `land`).
    pub border: RGBColor,
    /// Map: programme countries (3:1 against background and land).
    pub programme: RGBColor,
    /// Map: the selected country; it also gets a thick outline, so colour is not
    /// the only sign.
    pub selected: RGBColor,
    /// Map: outlines of programme countries and small-country targets (3:1).
    pub edge: RGBColor,
    /// Map: a single-hue sequential ramp, lowest class first; every class but the
    /// lowest meets 3:1 against the background, and the lowest meets 3:1 against
    /// the `edge` outline every programme country gets on a shaded map.
    pub ramp: [RGBColor; 5],
    /// Map: programme countries whose figure is not published, and their hatching
    /// (3:1 against that fill); they get the `edge` outline too.
    pub not_published: RGBColor,
    pub not_published_hatch: RGBColor,
    /// Map: programme countries whose figure is "fewer than N", and their hatching
    /// (in the ramp's hue, so it reads as "some, but few", apart from "not published").
    pub protected: RGBColor,
    pub protected_hatch: RGBColor,
    /// Map: the keyboard focus ring round a country (3:1 against the background and
    /// land it is drawn over), in a hue of its own so it is not read as selection.
    pub focus: RGBColor,
}

impl Theme {
    pub const LIGHT: Theme = Theme {
        background: RGBColor(255, 255, 255),
        text: RGBColor(0x1a, 0x1f, 0x2b),
        muted: RGBColor(0x4a, 0x52, 0x63),
        bar: RGBColor(0x5e, 0x96, 0xc4),
        parts: [RGBColor(0x1b, 0x43, 0x79), RGBColor(0x0d, 0x2c, 0x54)],
        hatch: RGBColor(0xff, 0xff, 0xff),
        land: RGBColor(0xe3, 0xe6, 0xeb),
        border: RGBColor(0xff, 0xff, 0xff),
        programme: RGBColor(0x2f, 0x6c, 0xb0),
        selected: RGBColor(0x0b, 0x2f, 0x5c),
        edge: RGBColor(0x5e, 0x66, 0x73),
        // ColorBrewer Blues, from its 3rd to 9th class.
        ramp: [
            RGBColor(0x9e, 0xca, 0xe1),
            RGBColor(0x42, 0x92, 0xc6),
            RGBColor(0x21, 0x71, 0xb5),
            RGBColor(0x08, 0x51, 0x9c),
            RGBColor(0x08, 0x30, 0x6b),
        ],
        not_published: RGBColor(0xf3, 0xf4, 0xf6),
        not_published_hatch: RGBColor(0x7d, 0x85, 0x92),
        protected: RGBColor(0xe8, 0xf1, 0xfa),
        protected_hatch: RGBColor(0x3a, 0x6f, 0xa8),
        focus: RGBColor(0xb3, 0x5c, 0x00),
    };

    pub const DARK: Theme = Theme {
        background: RGBColor(0x10, 0x14, 0x1c),
        text: RGBColor(0xf2, 0xf4, 0xf8),
        muted: RGBColor(0xb8, 0xc0, 0xcc),
        bar: RGBColor(0x3a, 0x67, 0x92),
        parts: [RGBColor(0x8f, 0xc1, 0xf0), RGBColor(0xd4, 0xe8, 0xfa)],
        hatch: RGBColor(0x10, 0x14, 0x1c),
        land: RGBColor(0x2b, 0x32, 0x3e),
        border: RGBColor(0x10, 0x14, 0x1c),
        programme: RGBColor(0x6f, 0xa8, 0xdc),
        selected: RGBColor(0xd4, 0xe8, 0xfa),
        edge: RGBColor(0xa3, 0xac, 0xb9),
        // Dark to light, so more reads as brighter on a dark page.
        ramp: [
            RGBColor(0x24, 0x46, 0x6d),
            RGBColor(0x36, 0x73, 0xad),
            RGBColor(0x5b, 0x9b, 0xd5),
            RGBColor(0x93, 0xc3, 0xec),
            RGBColor(0xd0, 0xe6, 0xf9),
        ],
        not_published: RGBColor(0x1b, 0x20, 0x29),
        not_published_hatch: RGBColor(0x8a, 0x93, 0xa1),
        protected: RGBColor(0x16, 0x22, 0x33),
        protected_hatch: RGBColor(0x7f, 0xb0, 0xdf),
        focus: RGBColor(0xff, 0xb3, 0x66),
    };
}

/// Light or dark colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Light,
    Dark,
}

impl Scheme {
    /// The kiosk is dark (it stands in a lit hall and is read from metres away);
    /// the page and embeds follow the reader's colour scheme (`prefers_dark`: the
    /// `prefers-color-scheme: dark` media query, read by the browser layer).
    pub fn choose(kiosk: bool, prefers_dark: bool) -> Scheme {
        if kiosk || prefers_dark {
            Scheme::Dark
        } else {
            Scheme::Light
        }
    }

    pub fn theme(self) -> Theme {
        match self {
            Scheme::Light => Theme::LIGHT,
            Scheme::Dark => Theme::DARK,
        }
    }
}

/// WCAG contrast ratio of two colours, 1 (same) to 21 (black on white).
pub fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    fn luminance(c: RGBColor) -> f64 {
        let lin = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.039_28 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
    }
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
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
    /// One visual alone in an embed, often a narrow blog column: tighter, so it
    /// fits a phone's screen where it can.
    pub const COMPACT: Sizes =
        Sizes { value_px: 16.0, label_px: 13.5, small_px: 12.0, bar_px: 13.0, gap_px: 11.0 };
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kiosk_is_dark_and_the_page_follows_the_reader() {
        assert_eq!(Scheme::choose(true, false), Scheme::Dark);
        assert_eq!(Scheme::choose(true, true), Scheme::Dark);
        assert_eq!(Scheme::choose(false, true), Scheme::Dark);
        assert_eq!(Scheme::choose(false, false), Scheme::Light);
        assert_eq!(Scheme::Dark.theme().background, Theme::DARK.background);
        assert_eq!(Scheme::Light.theme().focus, Theme::LIGHT.focus);
    }
}
