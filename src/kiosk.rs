//! The kiosk's attract loop as a pure state machine driven by a clock the caller
//! supplies (milliseconds), so a test can run days of touring in a moment.
//!
//! The tour (`plan`) shows the headline figures, the results, each programme
//! country with its partners, stories and testimonies, the per-country and
//! per-year figures where published, and the next programme; a touch pauses it for
//! the visitor, and after `IDLE_MS` without input (or "back to the tour") it goes
//! on with the next scene.

mod plan;
mod rows;

pub use plan::{
    country_scenes, plan, split_quote, Block, Scene, QUOTE_SCENE_CHARS, RESULTS_PER_SCENE, SCENE_LINES,
};
pub use rows::{country_rows, year_rows, Row};

/// How long each scene stays up.
pub const STEP_MS: f64 = 8_000.0;
/// How long after the last touch the tour resumes.
pub const IDLE_MS: f64 = 60_000.0;

/// Where the tour is.
#[derive(Debug, Clone, PartialEq)]
pub struct Tour {
    scenes: Vec<Scene>,
    index: usize,
    /// When the current scene started (ms).
    shown_at: f64,
    /// Set while a visitor is exploring: the time of their last input.
    paused_at: Option<f64>,
}

impl Tour {
    pub fn new(scenes: Vec<Scene>, now: f64) -> Tour {
        Tour { scenes, index: 0, shown_at: now, paused_at: None }
    }

    pub fn scene(&self) -> Option<&Scene> {
        self.scenes.get(self.index)
    }

    /// The scene after the current one (the first after the last).
    pub fn next_scene(&self) -> Option<&Scene> {
        if self.scenes.is_empty() {
            return None;
        }
        self.scenes.get((self.index + 1) % self.scenes.len())
    }

    /// Position of the current scene, from 0, and the number of scenes.
    pub fn position(&self) -> (usize, usize) {
        (self.index, self.scenes.len())
    }

    pub fn is_paused(&self) -> bool {
        self.paused_at.is_some()
    }

    /// A visitor touched the screen: pause (or stay paused) from `now`.
    pub fn touch(&mut self, now: f64) {
        self.paused_at = Some(now);
    }

    /// The visitor asked to go back to the tour: it goes on at once with the scene
    /// after the one left. Returns that scene (None if the tour was not paused).
    pub fn resume(&mut self, now: f64) -> Option<&Scene> {
        self.paused_at.take()?;
        self.advance(now)
    }

    /// Advances the tour to `now`. Returns the scene to show when it changed.
    pub fn tick(&mut self, now: f64) -> Option<&Scene> {
        if let Some(t) = self.paused_at {
            if now - t < IDLE_MS {
                return None;
            }
            // Idle long enough: resume with the scene after the one left.
            self.paused_at = None;
            return self.advance(now);
        }
        if self.scenes.is_empty() || now - self.shown_at < STEP_MS {
            return None;
        }
        self.advance(now)
    }

    /// When `tick` will next have something to do (ms): the end of the current scene,
    /// or of the idle minute while paused. Lets the page sleep between scenes
    /// instead of polling.
    pub fn next_due(&self) -> f64 {
        match self.paused_at {
            Some(t) => t + IDLE_MS,
            None => self.shown_at + STEP_MS,
        }
    }

    /// Whether the tour is at its first scene: a loop has just ended (or none began).
    pub fn at_start(&self) -> bool {
        self.index == 0
    }

    fn advance(&mut self, now: f64) -> Option<&Scene> {
        if self.scenes.is_empty() {
            return None;
        }
        self.index = (self.index + 1) % self.scenes.len();
        self.shown_at = now;
        self.scenes.get(self.index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::Lang;
    use crate::model::{parse_with_tables, Dataset};

    fn hti() -> Scene {
        Scene::Country { iso3: "HTI".into(), blocks: vec![], page: 0, pages: 1 }
    }

    /// (country, page, pages, blocks) of every country scene.
    fn country_pages(scenes: &[Scene]) -> Vec<(&str, usize, usize, &[Block])> {
        scenes
            .iter()
            .filter_map(|s| match s {
                Scene::Country { iso3, blocks, page, pages } => {
                    Some((iso3.as_str(), *page, *pages, blocks.as_slice()))
                }
                _ => None,
            })
            .collect()
    }

    fn tour() -> Tour {
        let scenes = vec![Scene::Overview, hti(), Scene::Results { from: 0, to: 2 }];
        Tour::new(scenes, 0.0)
    }

    fn prodef() -> Dataset {
        let text = include_str!("../data/datasets/prodef.json");
        parse_with_tables("prodef.json", text, &[]).dataset.expect("prodef parses")
    }

    fn demo() -> Dataset {
        let tables = vec![
            (
                "demo-by-country.csv".to_owned(),
                include_str!("../data/datasets/demo-by-country.csv").to_owned(),
            ),
            ("demo-by-year.csv".to_owned(), include_str!("../data/datasets/demo-by-year.csv").to_owned()),
        ];
        parse_with_tables("demo.json", include_str!("../data/datasets/demo.json"), &tables)
            .dataset
            .expect("demo parses")
    }

    #[test]
    fn advances_every_step_and_loops() {
        let mut t = tour();
        assert_eq!(t.tick(STEP_MS - 1.0), None);
        assert_eq!(t.tick(STEP_MS), Some(&hti()));
        assert_eq!(t.tick(2.0 * STEP_MS), Some(&Scene::Results { from: 0, to: 2 }));
        assert_eq!(t.next_scene(), Some(&Scene::Overview));
        assert_eq!(t.position(), (2, 3));
        assert_eq!(t.tick(3.0 * STEP_MS), Some(&Scene::Overview));
    }

    #[test]
    fn a_touch_pauses_until_a_minute_of_idle() {
        let mut t = tour();
        t.touch(1_000.0);
        assert_eq!(t.tick(30_000.0), None);
        t.touch(40_000.0); // the visitor is still exploring
        assert_eq!(t.tick(99_999.0), None);
        assert!(t.is_paused());
        assert_eq!(t.tick(100_000.0), Some(&hti()));
        assert!(!t.is_paused());
    }

    #[test]
    fn back_to_the_tour_goes_on_at_once_with_the_next_scene() {
        let mut t = tour();
        assert_eq!(t.resume(10.0), None, "not paused: nothing to resume");
        t.touch(1_000.0);
        assert_eq!(t.resume(2_000.0), Some(&hti()));
        assert!(!t.is_paused());
        assert_eq!(t.next_due(), 2_000.0 + STEP_MS, "the scene gets its full time");
    }

    #[test]
    fn next_due_is_the_end_of_the_scene_or_of_the_idle_minute() {
        let mut t = tour();
        assert_eq!(t.next_due(), STEP_MS);
        t.touch(5_000.0);
        assert_eq!(t.next_due(), 5_000.0 + IDLE_MS);
        assert!(t.tick(t.next_due()).is_some());
        assert_eq!(t.next_due(), 5_000.0 + IDLE_MS + STEP_MS);
    }

    #[test]
    fn ten_thousand_steps_stay_in_bounds() {
        let mut t = tour();
        let mut seen = 0;
        for i in 1..=10_000 {
            if t.tick(i as f64 * STEP_MS).is_some() {
                seen += 1;
            }
        }
        assert_eq!(seen, 10_000);
        assert_eq!(t.scene(), Some(&hti()));
    }

    #[test]
    fn prodef_tours_every_result_and_country_without_per_country_scenes() {
        let d = prodef();
        let scenes = plan(&d, Lang::En);
        assert_eq!(scenes[0], Scene::Overview);
        // Every result, two to a scene, each exactly once.
        let shown: Vec<usize> = scenes
            .iter()
            .filter_map(|s| match s {
                Scene::Results { from, to } => Some(*from..*to),
                _ => None,
            })
            .flatten()
            .collect();
        assert_eq!(shown, (0..d.results.len()).collect::<Vec<_>>());
        // Every country, in dataset order, its pages together.
        let pages = country_pages(&scenes);
        let firsts: Vec<&str> = pages.iter().filter(|p| p.1 == 0).map(|p| p.0).collect();
        let expected: Vec<&str> = d.countries.iter().map(|c| c.iso3.as_str()).collect();
        assert_eq!(firsts, expected);
        // PRODEF publishes no per-country or per-year figures: no such scenes or blocks.
        assert!(!scenes.iter().any(|s| matches!(s, Scene::Countries { .. } | Scene::Years { .. })));
        assert!(!pages.iter().any(|p| p.3.contains(&Block::Figures)));
        // Its two long testimonies get a scene of their own, after their country's.
        let quotes: Vec<(&str, usize, usize)> = pages
            .iter()
            .filter(|p| p.3.iter().any(|b| matches!(b, Block::Quote { .. })))
            .map(|p| (p.0, p.1, p.2))
            .collect();
        assert_eq!(quotes, [("CRI", 1, 2), ("TUN", 1, 2)]);
        // Every story, partner list and testimony of the dataset shows exactly once.
        let blocks: Vec<&Block> = pages.iter().flat_map(|p| p.3).collect();
        assert_eq!(blocks.iter().filter(|b| matches!(b, Block::Story(_))).count(), d.stories.len());
        assert_eq!(blocks.iter().filter(|b| matches!(b, Block::Quote { .. })).count(), d.testimonies.len());
        assert_eq!(scenes.last(), Some(&Scene::Next));
        // Scene names for "next: …" are all different.
        let names: Vec<String> = scenes.iter().map(|s| s.name(&d, Lang::Fr)).collect();
        for (i, n) in names.iter().enumerate() {
            assert!(!n.is_empty());
            assert!(!names[..i].contains(n), "{n} twice");
        }
    }

    #[test]
    fn demo_tours_its_per_country_and_per_year_figures() {
        let d = demo();
        let scenes = plan(&d, Lang::En);
        let keys: Vec<&str> = scenes.iter().map(Scene::key).collect();
        assert!(keys.contains(&"countries"));
        assert!(keys.contains(&"years"));
        // Haiti's figures come first, then its partner and its testimony.
        let pages = country_pages(&scenes);
        let haiti: Vec<&Block> = pages.iter().filter(|p| p.0 == "HTI").flat_map(|p| p.3).collect();
        assert_eq!(haiti.first(), Some(&&Block::Figures));
        assert!(haiti.contains(&&Block::Partners));
        assert!(matches!(haiti.last(), Some(Block::Quote { .. })), "{haiti:?}");
        // A country with only its figures keeps to one scene.
        assert_eq!(pages.iter().filter(|p| p.0 == "COL").count(), 1);
        assert!(!keys.contains(&"next"), "the demo has no next programme");
        let rows: usize = scenes
            .iter()
            .filter_map(|s| match s {
                Scene::Countries { from, to } => Some(to - from),
                _ => None,
            })
            .sum();
        assert_eq!(rows, d.countries.len());
    }

    #[test]
    fn country_scenes_hold_what_fits_and_drop_nothing() {
        let mut d = demo();
        // A country with much to say: three partners, two stories, a long quote.
        d.partners = (0..3)
            .map(|i| crate::model::Partner {
                name: format!("Partner organisation number {i} in Peru"),
                country: "PER".into(),
            })
            .collect();
        let story = d.stories[0].clone();
        d.stories = vec![story.clone(), story];
        d.testimonies[0].country = "PER".into();
        d.testimonies[0].quote.en = "A sentence of a testimony that goes on for a while. ".repeat(8);
        let scenes = country_scenes(&d, "PER", Lang::En);
        assert!(scenes.len() >= 2, "{scenes:?}");
        let blocks: Vec<Block> = scenes
            .iter()
            .flat_map(|s| match s {
                Scene::Country { blocks, .. } => blocks.clone(),
                _ => vec![],
            })
            .collect();
        assert_eq!(blocks[0], Block::Figures, "figures first");
        assert_eq!(blocks.iter().filter(|b| matches!(b, Block::Story(_))).count(), 2);
        assert!(blocks.contains(&Block::Partners));
        assert!(blocks.iter().any(|b| matches!(b, Block::Quote { .. })));
        let names: Vec<String> = scenes.iter().map(|s| s.name(&d, Lang::En)).collect();
        assert_eq!(names[0], "Peru (1/".to_owned() + &scenes.len().to_string() + ")");
    }

    #[test]
    fn a_very_long_testimony_is_split_over_scenes_never_cut() {
        let mut d = prodef();
        let sentence = "This sentence stands for a long testimony that goes on. ";
        d.testimonies[0].quote.en = sentence.repeat(20);
        let scenes = plan(&d, Lang::En);
        let parts: Vec<(usize, usize)> = country_pages(&scenes)
            .iter()
            .flat_map(|p| p.3)
            .filter_map(|b| match b {
                Block::Quote { index: 0, part, parts } => Some((*part, *parts)),
                _ => None,
            })
            .collect();
        assert!(parts.len() >= 2, "{parts:?}");
        assert!(parts.iter().enumerate().all(|(i, (p, n))| *p == i && *n == parts.len()));
        let text = split_quote(&d.testimonies[0].quote.en, QUOTE_SCENE_CHARS);
        assert_eq!(text.len(), parts.len());
        assert_eq!(text.join(" "), d.testimonies[0].quote.en.trim());
    }
}
