//! Which scenes a dataset's tour has, in what order, and what each one is called.
//!
//! A scene is there because it shows something new: results are split over as many
//! scenes as it takes to set each at a size readable from three metres; each
//! programme country gets a scene (its figures when published, partners, stories,
//! testimonies), continued on more scenes when its text would not fit one, with a
//! long testimony split at sentence ends; the per-country and per-year figures
//! appear only when the dataset publishes them.
//!
//! What fits is estimated in lines of body text (`SCENE_LINES` lines of about
//! `LINE_CHARS` characters): every size on the kiosk follows one scene unit, so a
//! scene that fits one landscape or portrait screen fits them all.

use super::rows::{country_rows, year_rows};
use crate::core::Lang;
use crate::i18n::{colon, Msg};
use crate::model::Dataset;

/// Results shown together on one scene.
pub const RESULTS_PER_SCENE: usize = 2;
/// Rows of the per-country or per-year bars on one scene.
pub const ROWS_PER_SCENE: usize = 8;
/// Lines of body text a scene's panel holds under its title.
pub const SCENE_LINES: f64 = 14.5;
/// Characters in a line of body text (a cautious figure: French runs long).
pub const LINE_CHARS: usize = 46;
/// Characters of one quote on one scene; a longer quote is split at sentence ends
/// into parts of about equal length.
pub const QUOTE_SCENE_CHARS: usize = 480;

/// Lines taken by `text` set in lines of `LINE_CHARS` characters, at `scale` times
/// the body size.
fn lines(text: &str, scale: f64) -> f64 {
    let chars = text.chars().count() as f64 * scale;
    (chars / LINE_CHARS as f64).ceil().max(1.0) * scale
}

/// A part of a country's scene.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// Its four per-country figures (only when the dataset publishes them).
    Figures,
    /// Its partner organisations.
    Partners,
    /// Story `index` of `Dataset::stories`.
    Story(usize),
    /// Part `part` (of `parts`) of testimony `index` of `Dataset::testimonies`.
    Quote { index: usize, part: usize, parts: usize },
}

/// One scene of the tour. Indices refer to the dataset's lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scene {
    /// The headline figures over the map of all programme countries.
    Overview,
    /// Results `from..to` of `Dataset::results`.
    Results { from: usize, to: usize },
    /// One programme country, or page `page` (from 0) of `pages` of it: the blocks
    /// that fit. The map flies to the country.
    Country { iso3: String, blocks: Vec<Block>, page: usize, pages: usize },
    /// Rows `from..to` of the per-country bars.
    Countries { from: usize, to: usize },
    /// Rows `from..to` of the per-year bars.
    Years { from: usize, to: usize },
    /// The next programme in figures.
    Next,
}

impl Scene {
    /// Name used in `<html data-scene>`, which the kiosk styles lay out by.
    pub fn key(&self) -> &'static str {
        match self {
            Scene::Overview => "overview",
            Scene::Results { .. } => "results",
            Scene::Country { .. } => "country",
            Scene::Countries { .. } => "countries",
            Scene::Years { .. } => "years",
            Scene::Next => "next",
        }
    }

    /// The country the map flies to for this scene; `None` shows the programme.
    pub fn country(&self) -> Option<&str> {
        match self {
            Scene::Country { iso3, .. } => Some(iso3),
            _ => None,
        }
    }

    /// The scene's short name, for "next: …" in the progress line.
    pub fn name(&self, d: &Dataset, lang: Lang) -> String {
        let country = |iso3: &str| d.country(iso3).map(|c| c.name.get(lang).to_owned()).unwrap_or_default();
        let part = |from: usize, total: usize, per: usize| -> String {
            let all = chunks(total, per);
            match all.iter().position(|c| c.0 == from) {
                Some(i) if all.len() > 1 => format!(" ({}/{})", i + 1, all.len()),
                _ => String::new(),
            }
        };
        match self {
            Scene::Overview => Msg::KeyFigures.text(lang).to_owned(),
            Scene::Results { from, .. } => {
                format!("{}{}", Msg::ResultsTitle.text(lang), part(*from, d.results.len(), RESULTS_PER_SCENE))
            }
            Scene::Country { iso3, blocks, page, pages } => {
                let quotes = !blocks.is_empty() && blocks.iter().all(|b| matches!(b, Block::Quote { .. }));
                let name = if quotes {
                    format!("{}{} {}", Msg::VoicesTitle.text(lang), colon(lang), country(iso3))
                } else {
                    country(iso3)
                };
                if *pages > 1 {
                    format!("{name} ({}/{pages})", page + 1)
                } else {
                    name
                }
            }
            Scene::Countries { from, .. } => {
                format!(
                    "{}{}",
                    Msg::CountriesTitle.text(lang),
                    part(*from, d.countries.len(), ROWS_PER_SCENE)
                )
            }
            Scene::Years { from, .. } => {
                format!("{}{}", Msg::YearsTitle.text(lang), part(*from, d.by_year.len(), ROWS_PER_SCENE))
            }
            Scene::Next => Msg::NextTitle.text(lang).to_owned(),
        }
    }
}

/// `0..n` in chunks of at most `per`, as even as possible (11 rows in 8s: 6 and 5).
fn chunks(n: usize, per: usize) -> Vec<(usize, usize)> {
    if n == 0 || per == 0 {
        return Vec::new();
    }
    let count = n.div_ceil(per);
    (0..count).map(|i| (i * n / count, (i + 1) * n / count)).collect()
}

/// Lines a block takes on a scene, with the space before it.
fn block_lines(d: &Dataset, iso3: &str, block: &Block, lang: Lang) -> f64 {
    const GAP: f64 = 0.45;
    // A heading in small capitals; a figure (3.2 times the body size) and its label.
    const HEADING: f64 = 1.0;
    const FIGURE_ROW: f64 = 4.2;
    GAP + match block {
        Block::Figures => 2.0 * FIGURE_ROW + GAP,
        Block::Partners => {
            HEADING
                + d.partners.iter().filter(|p| p.country == iso3).map(|p| lines(&p.name, 1.0)).sum::<f64>()
        }
        Block::Story(i) => d
            .stories
            .get(*i)
            .map(|s| HEADING + lines(&format!("{}: {}", s.person, s.text.get(lang)), 1.0))
            .unwrap_or(0.0),
        Block::Quote { index, part, .. } => d
            .testimonies
            .get(*index)
            .map(|q| {
                let parts = split_quote(q.quote.get(lang), QUOTE_SCENE_CHARS);
                let text = parts.get(*part).map(String::as_str).unwrap_or_default();
                // Quotes are set 1.15 times the body size, attributions 0.95.
                lines(text, 1.15) + 0.3 + lines(q.author.get(lang), 0.95)
            })
            .unwrap_or(0.0),
    }
}

/// The blocks of a country, in the order they show.
fn country_blocks(d: &Dataset, iso3: &str, lang: Lang) -> Vec<Block> {
    let mut blocks = Vec::new();
    if !d.by_country.is_empty() {
        blocks.push(Block::Figures);
    }
    if d.partners.iter().any(|p| p.country == iso3) {
        blocks.push(Block::Partners);
    }
    blocks.extend(
        d.stories.iter().enumerate().filter(|(_, s)| s.country == iso3).map(|(i, _)| Block::Story(i)),
    );
    for (index, q) in d.testimonies.iter().enumerate().filter(|(_, q)| q.country == iso3) {
        let parts = split_quote(q.quote.get(lang), QUOTE_SCENE_CHARS).len();
        blocks.extend((0..parts).map(|part| Block::Quote { index, part, parts }));
    }
    blocks
}

/// A country's scenes: its blocks in order, as many to a scene as fit (at least
/// one each, so nothing is dropped). The first scene starts with a line saying
/// which programme country this is.
pub fn country_scenes(d: &Dataset, iso3: &str, lang: Lang) -> Vec<Scene> {
    let mut pages: Vec<Vec<Block>> = vec![Vec::new()];
    let mut used = 1.0;
    for b in country_blocks(d, iso3, lang) {
        let need = block_lines(d, iso3, &b, lang);
        let current = pages.last().map_or(0, Vec::len);
        if current > 0 && used + need > SCENE_LINES {
            pages.push(Vec::new());
            used = 0.0;
        }
        used += need;
        if let Some(p) = pages.last_mut() {
            p.push(b);
        }
    }
    let n = pages.len();
    pages
        .into_iter()
        .enumerate()
        .map(|(page, blocks)| Scene::Country { iso3: iso3.to_owned(), blocks, page, pages: n })
        .collect()
}

/// The tour for `d` in `lang` (text lengths, and so the scenes, depend on the language).
pub fn plan(d: &Dataset, lang: Lang) -> Vec<Scene> {
    let mut scenes = vec![Scene::Overview];
    for (from, to) in chunks(d.results.len(), RESULTS_PER_SCENE) {
        scenes.push(Scene::Results { from, to });
    }
    for c in &d.countries {
        scenes.extend(country_scenes(d, &c.iso3, lang));
    }
    for (from, to) in chunks(country_rows(d, lang).len(), ROWS_PER_SCENE) {
        scenes.push(Scene::Countries { from, to });
    }
    for (from, to) in chunks(year_rows(d, lang).len(), ROWS_PER_SCENE) {
        scenes.push(Scene::Years { from, to });
    }
    if d.next_programme.is_some() {
        scenes.push(Scene::Next);
    }
    scenes
}

/// Splits a quote into parts of at most about `max` characters, at sentence ends
/// (". ", "! ", "? ", "… "), as evenly as the sentences allow. Nothing is cut:
/// joining the parts with a space gives the quote back. A single sentence longer
/// than `max` stays whole (it is set smaller instead).
pub fn split_quote(text: &str, max: usize) -> Vec<String> {
    let text = text.trim();
    let total = text.chars().count();
    if total <= max || max == 0 {
        return vec![text.to_owned()];
    }
    // Sentence ends: byte offsets just after ". " and the like.
    let mut sentences: Vec<&str> = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    for w in bytes.windows(2) {
        let ((_, c), (i, next)) = (w[0], w[1]);
        if matches!(c, '.' | '!' | '?' | '…') && next == ' ' {
            sentences.push(text[start..i].trim());
            start = i + 1;
        }
    }
    sentences.push(text[start..].trim());
    sentences.retain(|s| !s.is_empty());
    let parts = total.div_ceil(max);
    let target = total.div_ceil(parts);
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for s in sentences {
        let len = current.chars().count();
        let with = len + 1 + s.chars().count();
        // Close the part when it has its even share, or when the sentence would
        // take it past `max`.
        if !current.is_empty() && (with > max || len >= target) {
            out.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(s);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_are_even_and_cover_everything() {
        assert_eq!(chunks(11, 8), vec![(0, 5), (5, 11)]);
        assert_eq!(chunks(6, 2), vec![(0, 2), (2, 4), (4, 6)]);
        assert_eq!(chunks(3, 8), vec![(0, 3)]);
        assert_eq!(chunks(0, 8), vec![]);
        for n in 1..40 {
            let c = chunks(n, 8);
            assert_eq!(c.first().map(|c| c.0), Some(0));
            assert_eq!(c.last().map(|c| c.1), Some(n));
            assert!(c.windows(2).all(|w| w[0].1 == w[1].0));
            assert!(c.iter().all(|(a, b)| b > a && b - a <= 8));
        }
    }

    #[test]
    fn a_long_quote_splits_at_sentence_ends_and_loses_nothing() {
        let q =
            "One two three. Four five six seven! Eight nine ten eleven twelve? Thirteen. Fourteen fifteen.";
        let parts = split_quote(q, 40);
        assert!(parts.len() >= 3, "{parts:?}");
        assert_eq!(parts.join(" "), q);
        for p in &parts {
            assert!(p.chars().count() <= 40, "{p}");
            assert!(p.ends_with(['.', '!', '?']), "part ends mid-sentence: {p}");
        }
        assert_eq!(split_quote("Short.", 40), vec!["Short.".to_owned()]);
        // One sentence longer than the limit stays whole rather than being cut.
        let long = "a ".repeat(50);
        assert_eq!(split_quote(&long, 40), vec![long.trim().to_owned()]);
    }
}
