//! When a kiosk left running asks the server for a newer build or dataset, what it
//! does with the answer, and how a new build takes over the screen without a blank
//! frame. Pure: the page supplies the clock, the texts and what it sees.

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
    /// The page itself was rebuilt: swap in a frame of the new build (see
    /// [`on_build`]).
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

// A new build is swapped in without a blank frame: the visible kiosk opens the same
// kiosk address in a full-screen frame that stays invisible and inert until its
// page says it is ready, then shows it on top and stops its own tour. The page in
// that frame never opens a frame of its own: it asks the top-level page, which
// replaces the frame, so there is only ever one frame showing.
//
// The names below are read across builds (an old top-level page frames every newer
// build after it): change them only with a fallback for the old names.

/// The class of the frame a kiosk opens for a new build, which the page inside
/// reads (`window.frameElement`, same origin only) to know it is in one.
pub const SWAP_FRAME_CLASS: &str = "kiosk-swap";

/// What the page in a swap frame posts to its parent when it sees a new build.
pub const NEW_BUILD_MESSAGE: &str = "impact-atlas:new-build";

/// How long a frame may take to become ready before it is given up (ms): a build
/// that does not start (or a server gone mid-load) never replaces a running kiosk,
/// and the next check tries again.
pub const OPEN_TIMEOUT_MS: f64 = 120_000.0;

/// How often a frame being opened is looked at (ms).
pub const POLL_MS: i32 = 250;

/// What a kiosk does when the server has a new build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnBuild {
    /// Open a frame of the new build over this page.
    OpenFrame,
    /// This page is itself in a swap frame: ask the top-level page to open the next
    /// one, so that frames never nest.
    AskParent,
    /// A frame is already being opened.
    Wait,
}

/// `in_swap_frame`: this page runs in a kiosk's swap frame; `opening`: this page is
/// already opening one.
pub fn on_build(in_swap_frame: bool, opening: bool) -> OnBuild {
    if in_swap_frame {
        OnBuild::AskParent
    } else if opening {
        OnBuild::Wait
    } else {
        OnBuild::OpenFrame
    }
}

/// Which window a message came from, as the top-level page sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sender {
    /// The swap frame now showing.
    Shown,
    /// A swap frame still being opened (not yet shown).
    Opening,
    /// Anything else: this page itself, another frame, another tab, another site.
    Other,
}

/// Whether a message is a request to swap in a new build: exactly our text, from a
/// page of our own origin, sent by the frame now showing. Anything else (another
/// origin, another window, any other data) is ignored.
pub fn asks_for_swap(own_origin: &str, origin: &str, sender: Sender, data: Option<&str>) -> bool {
    origin == own_origin && sender == Sender::Shown && data == Some(NEW_BUILD_MESSAGE)
}

/// What to do next with a frame being opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    /// Look again after [`POLL_MS`].
    Wait,
    /// Show it on top and let go of what it covers.
    Show,
    /// Remove it: the visible kiosk keeps running.
    GiveUp,
}

/// `state` is the framed page's `data-viz-state` (None while it has no document
/// of ours yet), `visible_paused` whether the kiosk on screen has been paused by
/// a visitor (they are not interrupted: the swap waits until the tour resumes),
/// `waited` the time since the frame was opened (ms).
pub fn opening(state: Option<&str>, visible_paused: bool, waited: f64) -> Opening {
    match state {
        Some("ready") if visible_paused => Opening::Wait,
        Some("ready") => Opening::Show,
        Some("error") => Opening::GiveUp,
        _ if waited >= OPEN_TIMEOUT_MS => Opening::GiveUp,
        _ => Opening::Wait,
    }
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

    #[test]
    fn a_new_build_opens_one_frame_and_frames_never_nest() {
        assert_eq!(on_build(false, false), OnBuild::OpenFrame);
        assert_eq!(on_build(false, true), OnBuild::Wait, "one frame being opened at a time");
        assert_eq!(on_build(true, false), OnBuild::AskParent);
        assert_eq!(on_build(true, true), OnBuild::AskParent);
    }

    #[test]
    fn only_our_frame_on_our_origin_asks_for_a_swap() {
        let me = "https://atlas.example.org";
        assert!(asks_for_swap(me, me, Sender::Shown, Some(NEW_BUILD_MESSAGE)));
        // Hostile or stray messages do nothing.
        for (origin, sender, data) in [
            ("https://evil.example", Sender::Shown, Some(NEW_BUILD_MESSAGE)),
            ("https://atlas.example.org.evil.example", Sender::Shown, Some(NEW_BUILD_MESSAGE)),
            ("http://atlas.example.org", Sender::Shown, Some(NEW_BUILD_MESSAGE)),
            ("null", Sender::Shown, Some(NEW_BUILD_MESSAGE)),
            ("", Sender::Shown, Some(NEW_BUILD_MESSAGE)),
            (me, Sender::Other, Some(NEW_BUILD_MESSAGE)),
            (me, Sender::Opening, Some(NEW_BUILD_MESSAGE)),
            (me, Sender::Shown, None),
            (me, Sender::Shown, Some("")),
            (me, Sender::Shown, Some("impact-atlas:new-build ")),
            (me, Sender::Shown, Some("IMPACT-ATLAS:NEW-BUILD")),
            (me, Sender::Shown, Some(r#"{"type":"impact-atlas:new-build"}"#)),
        ] {
            assert!(!asks_for_swap(me, origin, sender, data), "{origin} {sender:?} {data:?}");
        }
    }

    #[test]
    fn a_frame_shows_once_ready_and_never_over_a_visitor() {
        assert_eq!(opening(None, false, 0.0), Opening::Wait);
        assert_eq!(opening(Some("loading"), false, 1_000.0), Opening::Wait);
        assert_eq!(opening(Some("ready"), false, 1_000.0), Opening::Show);
        assert_eq!(opening(Some("ready"), true, 1_000.0), Opening::Wait, "a visitor is using the kiosk");
        assert_eq!(
            opening(Some("ready"), true, 10.0 * OPEN_TIMEOUT_MS),
            Opening::Wait,
            "ready frames are kept"
        );
        assert_eq!(opening(Some("error"), false, 1_000.0), Opening::GiveUp);
        assert_eq!(opening(Some("loading"), false, OPEN_TIMEOUT_MS), Opening::GiveUp);
        assert_eq!(opening(None, false, OPEN_TIMEOUT_MS), Opening::GiveUp);
    }
}
