//! When a kiosk left running asks the server for a newer build or dataset, and what
//! it does with the answer. Pure: the page supplies the clock and the texts.

/// Shortest time between two checks (ms): at most one small request every few
/// minutes, however short the tour.
pub const CHECK_EVERY_MS: f64 = 5.0 * 60_000.0;

/// What changed on the server since the kiosk loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Nothing (or the server could not be asked): keep running.
    None,
    /// The catalogue changed: load the dataset again, in place.
    Data,
    /// The page itself was rebuilt: reload it.
    Build,
}

/// The clock side of the update check.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateCheck {
    last: f64,
}

impl UpdateCheck {
    /// A check that counts from `now` (ms), the time the page loaded.
    pub fn new(now: f64) -> UpdateCheck {
        UpdateCheck { last: now }
    }

    /// Called when the tour finishes a loop: whether to ask the server now.
    pub fn due(&mut self, now: f64) -> bool {
        if now - self.last >= CHECK_EVERY_MS {
            self.last = now;
            true
        } else {
            false
        }
    }
}

/// Compares what the kiosk runs with what the server now has. `catalogue` and
/// `build` are None when they could not be fetched (offline, 5xx): no change.
pub fn compare(
    loaded_catalogue: &str,
    catalogue: Option<&str>,
    own_build: &str,
    build: Option<&str>,
) -> Change {
    if build.is_some_and(|b| b != own_build) {
        Change::Build
    } else if catalogue.is_some_and(|c| c != loaded_catalogue) {
        Change::Data
    } else {
        Change::None
    }
}

/// The build hash a page carries in `<meta name="impact-atlas-build" content="…">`
/// (written by scripts/sw-stamp.mjs), read from the page's HTML.
pub fn build_of(html: &str) -> Option<&str> {
    let at = html.find("name=\"impact-atlas-build\"")?;
    let rest = &html[at..];
    let start = rest.find("content=\"")? + "content=\"".len();
    let len = rest[start..].find('"')?;
    let hash = &rest[start..start + len];
    (!hash.is_empty() && hash.len() <= 64 && hash.bytes().all(|b| b.is_ascii_hexdigit())).then_some(hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_at_most_every_few_minutes() {
        let mut c = UpdateCheck::new(0.0);
        assert!(!c.due(60_000.0), "a short loop does not check");
        assert!(c.due(CHECK_EVERY_MS));
        assert!(!c.due(CHECK_EVERY_MS + 100_000.0));
        assert!(c.due(2.0 * CHECK_EVERY_MS + 1.0));
    }

    #[test]
    fn build_first_then_data_and_offline_is_no_change() {
        assert_eq!(compare("a", Some("a"), "h1", Some("h1")), Change::None);
        assert_eq!(compare("a", Some("b"), "h1", Some("h1")), Change::Data);
        assert_eq!(compare("a", Some("b"), "h1", Some("h2")), Change::Build);
        assert_eq!(compare("a", None, "h1", None), Change::None);
        assert_eq!(compare("a", Some("a"), "h1", None), Change::None);
    }

    #[test]
    fn reads_the_build_hash_and_nothing_else() {
        let html = r#"<head><meta charset="utf-8"><meta name="impact-atlas-build" content="0a1b2c3d4e5f6789"><title>"#;
        assert_eq!(build_of(html), Some("0a1b2c3d4e5f6789"));
        assert_eq!(build_of("<html>captive portal</html>"), None);
        assert_eq!(build_of(r#"<meta name="impact-atlas-build" content="<script>">"#), None);
    }
}
