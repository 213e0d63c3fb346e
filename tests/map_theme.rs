//! The map's colours meet WCAG 1.4.11 (3:1 for graphics) in both themes.

use impact_atlas::render::theme::contrast;
use impact_atlas::render::Theme;

#[test]
fn map_colours_meet_three_to_one() {
    for (name, t) in [("light", Theme::LIGHT), ("dark", Theme::DARK)] {
        for (i, c) in t.ramp.iter().enumerate().skip(1) {
            assert!(contrast(*c, t.background) >= 3.0, "{name} ramp {i}: {:.2}", contrast(*c, t.background));
        }
        assert!(contrast(t.programme, t.background) >= 3.0, "{name} programme on background");
        assert!(contrast(t.programme, t.land) >= 3.0, "{name} programme on land");
        assert!(contrast(t.edge, t.background) >= 3.0, "{name} edge");
        assert!(contrast(t.selected, t.background) >= 3.0, "{name} selected");
        assert!(contrast(t.not_published_hatch, t.not_published) >= 3.0, "{name} hatching");
        assert!(contrast(t.protected_hatch, t.protected) >= 3.0, "{name} fewer-than hatching");
        // "Fewer than N" is its own class: none of its colours is a ramp class's.
        for c in [t.protected, t.protected_hatch] {
            assert!(!t.ramp.iter().any(|r| r.0 == c.0 && r.1 == c.1 && r.2 == c.2), "{name} {c:?}");
        }
        // The ramp runs one way: each class further from the background than the last.
        let d: Vec<f64> = t.ramp.iter().map(|c| contrast(*c, t.background)).collect();
        assert!(d.windows(2).all(|p| p[0] < p[1]), "{name} ramp order {d:?}");
    }
}
