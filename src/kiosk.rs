//! The kiosk's attract loop as a pure state machine driven by a clock the caller
//! supplies (milliseconds), so a test can run days of touring in a moment.
//!
//! The tour shows the headline results, then each programme country with its story
//! or testimony, then the charts; a touch pauses it for the visitor, and after
//! `IDLE_MS` without input it resumes where it was.

use crate::model::Dataset;

/// How long each scene stays up.
pub const STEP_MS: f64 = 8_000.0;
/// How long after the last touch the tour resumes.
pub const IDLE_MS: f64 = 60_000.0;

/// One scene of the tour.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scene {
    /// The headline counters over the map of all programme countries.
    Overview,
    /// One country selected on the map, with its figures, story or testimony.
    Country(String),
    Results,
    Countries,
    Years,
}

impl Scene {
    /// Name used in `<html data-scene>`, which the kiosk styles show or hide by.
    pub fn key(&self) -> &'static str {
        match self {
            Scene::Overview => "overview",
            Scene::Country(_) => "country",
            Scene::Results => "results",
            Scene::Countries => "countries",
            Scene::Years => "years",
        }
    }
}

/// The scenes for a dataset: charts the dataset does not publish are left out.
pub fn plan(d: &Dataset) -> Vec<Scene> {
    let mut scenes = vec![Scene::Overview];
    scenes.extend(d.countries.iter().map(|c| Scene::Country(c.iso3.clone())));
    scenes.push(Scene::Results);
    if !d.by_country.is_empty() {
        scenes.push(Scene::Countries);
    }
    if !d.by_year.is_empty() {
        scenes.push(Scene::Years);
    }
    scenes
}

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

    pub fn is_paused(&self) -> bool {
        self.paused_at.is_some()
    }

    /// A visitor touched the screen: pause (or stay paused) from `now`.
    pub fn touch(&mut self, now: f64) {
        self.paused_at = Some(now);
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

    fn tour() -> Tour {
        let scenes = vec![Scene::Overview, Scene::Country("HTI".into()), Scene::Results];
        Tour::new(scenes, 0.0)
    }

    #[test]
    fn advances_every_step_and_loops() {
        let mut t = tour();
        assert_eq!(t.tick(STEP_MS - 1.0), None);
        assert_eq!(t.tick(STEP_MS), Some(&Scene::Country("HTI".into())));
        assert_eq!(t.tick(2.0 * STEP_MS), Some(&Scene::Results));
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
        assert_eq!(t.tick(100_000.0), Some(&Scene::Country("HTI".into())));
        assert!(!t.is_paused());
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
        assert_eq!(t.scene(), Some(&Scene::Country("HTI".into())));
    }
}
