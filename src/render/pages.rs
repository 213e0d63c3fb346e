//! Pages of a long list for an embed of one visual: a blog's column on a phone gives
//! one screen, and a visual taller than that is shown a page of rows at a time
//! (results, countries, testimonies) rather than cut or scrolled inside the post.
//!
//! Rows are never split and never reordered; every page keeps the chart's own
//! scale, so bars on two pages compare as they would on one.

use crate::core::Lang;
use crate::i18n::Msg;
use std::ops::Range;

/// Height in CSS px that an embed of one visual aims to fit whole: one screen of a
/// 320 px wide phone (a common one is 320 × 640 CSS px).
pub const SCREEN_CSS: f64 = 640.0;

/// The smallest height given to the rows of a page, whatever the rest of the embed
/// takes: a page always shows at least one row, and rows are not made smaller.
pub const MIN_ROWS_CSS: f64 = 160.0;

/// Splits rows `0..n` into pages in order: each page takes the most rows whose
/// height, as `height(range)` measures the block showing just those rows, is at
/// most `budget`, and at least one row. `height` is called only with non-empty
/// ranges. No rows make no pages.
pub fn split(n: usize, budget: f64, height: impl Fn(Range<usize>) -> f64) -> Vec<Range<usize>> {
    let mut pages = Vec::new();
    let mut from = 0;
    while from < n {
        let mut to = from + 1;
        while to < n && height(from..to + 1) <= budget {
            to += 1;
        }
        pages.push(from..to);
        from = to;
    }
    pages
}

/// Splits rows by their own heights, when a page's height is the sum of its rows'.
pub fn split_heights(heights: &[f64], budget: f64) -> Vec<Range<usize>> {
    split(heights.len(), budget, |r| heights[r].iter().sum())
}

/// Which page holds `row` (the last page when `row` is past the end; 0 when there
/// are no pages). A page change names its first row, so a resize or a change of
/// language, which may split the rows anew, keeps that row in view.
pub fn page_of(pages: &[Range<usize>], row: usize) -> usize {
    pages.iter().position(|p| p.contains(&row)).unwrap_or(pages.len().saturating_sub(1))
}

/// Where a paged visual stands: the rows shown, and the first row of the page
/// before and after (what its pager's buttons show).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paging {
    pub shown: Range<usize>,
    pub total: usize,
    pub prev: Option<usize>,
    pub next: Option<usize>,
}

impl Paging {
    /// The page of `pages` holding `row`, or None when every row fits on one page
    /// (no pager is shown then).
    pub fn at(pages: &[Range<usize>], row: usize) -> Option<Paging> {
        if pages.len() < 2 {
            return None;
        }
        let i = page_of(pages, row);
        Some(Paging {
            shown: pages[i].clone(),
            total: pages.last().map_or(0, |p| p.end),
            prev: i.checked_sub(1).map(|j| pages[j].start),
            next: pages.get(i + 1).map(|p| p.start),
        })
    }

    /// "Results 3–4 of 6", or "Result 5 of 6" for a page of one row: `one` and
    /// `many` are the messages for the rows shown.
    pub fn words(&self, one: Msg, many: Msg, lang: Lang) -> String {
        let a = self.shown.start + 1;
        let b = self.shown.end;
        let template = if a == b { one } else { many };
        template
            .text(lang)
            .replace("{a}", &a.to_string())
            .replace("{b}", &b.to_string())
            .replace("{n}", &self.total.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_fill_each_page_up_to_the_budget_in_order() {
        let pages = split_heights(&[100.0, 100.0, 50.0, 200.0, 10.0], 250.0);
        assert_eq!(pages, [0..3, 3..5]);
        // A row taller than the budget has a page of its own.
        assert_eq!(split_heights(&[300.0, 10.0, 10.0], 250.0), [0..1, 1..3]);
        assert_eq!(split_heights(&[10.0; 4], 1000.0).len(), 1, "everything on one page");
        assert!(split_heights(&[], 100.0).is_empty());
    }

    #[test]
    fn a_page_is_measured_as_a_whole_so_shared_parts_count_once() {
        // A heading of 40 shown once per page above rows of 50.
        let pages = split(6, 150.0, |r| 40.0 + 50.0 * r.len() as f64);
        assert_eq!(pages, [0..2, 2..4, 4..6]);
    }

    #[test]
    fn the_page_holding_a_row_is_found_and_a_row_past_the_end_shows_the_last() {
        let pages = [0..2, 2..5, 5..6];
        assert_eq!(page_of(&pages, 0), 0);
        assert_eq!(page_of(&pages, 4), 1);
        assert_eq!(page_of(&pages, 5), 2);
        assert_eq!(page_of(&pages, 40), 2);
        assert_eq!(page_of(&[], 3), 0);
    }

    #[test]
    fn a_pager_names_the_rows_shown_and_where_its_buttons_go() {
        let pages = [0..2, 2..5, 5..6];
        let p = Paging::at(&pages, 3).expect("three pages");
        assert_eq!(p, Paging { shown: 2..5, total: 6, prev: Some(0), next: Some(5) });
        assert_eq!(p.words(Msg::PagerResult, Msg::PagerResults, Lang::En), "Results 3–5 of 6");
        assert_eq!(p.words(Msg::PagerResult, Msg::PagerResults, Lang::Fr), "Résultats 3 à 5 sur 6");
        let last = Paging::at(&pages, 5).expect("last page");
        assert_eq!((last.prev, last.next), (Some(2), None));
        assert_eq!(last.words(Msg::PagerStory, Msg::PagerStories, Lang::Es), "Testimonio 6 de 6");
        assert_eq!(Paging::at(&pages, 0).map(|p| p.prev), Some(None));
        // One page: no pager.
        assert_eq!(Paging::at(std::slice::from_ref(&(0..4)), 2), None);
        assert_eq!(Paging::at(&[], 0), None);
    }
}
