//! How a bar chart tells its figures apart: the whole in one colour, each part in
//! its own colour with every second part hatched too (told apart by more than
//! colour). A chart's key and its bars both take their look from here, so the key
//! cannot show a look the bars do not have.

use super::marks::{Mark, Paint, Rect};

/// The look of a bar, and of its swatch in the chart's key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Swatch {
    pub paint: Paint,
    pub hatched: bool,
}

impl Swatch {
    /// `rect` filled in this look.
    pub fn rect(self, rect: Rect) -> Mark {
        Mark::Rect { rect, paint: self.paint, hatched: self.hatched }
    }
}

/// The whole figure's bar.
pub const WHOLE: Swatch = Swatch { paint: Paint::Bar, hatched: false };

/// Part `i`'s bar (0 for the first part).
pub const fn part(i: usize) -> Swatch {
    Swatch { paint: Paint::Part(i), hatched: i % 2 == 1 }
}
