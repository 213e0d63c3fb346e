//! Every theme colour meets its contrast target against what it is drawn on, in
//! both themes: 4.5:1 for text (WCAG 1.4.3), 3:1 for marks (WCAG 1.4.11). The
//! theme is taken apart field by field, so a new colour does not compile here
//! until its target is stated.

use impact_atlas::render::theme::contrast;
use impact_atlas::render::Theme;
use plotters::style::RGBColor;

const TEXT: f64 = 4.5;
const MARK: f64 = 3.0;

/// (what, colour, drawn on, target) for every colour of a theme.
fn pairs(t: Theme) -> Vec<(String, RGBColor, RGBColor, f64)> {
    let Theme {
        background,
        text,
        muted,
        bar,
        parts,
        hatch,
        land,
        // Borders between countries outside the programme: context, like `land`,
        // which itself only has to let the programme stand out (below).
        border: _,
        programme,
        selected,
        edge,
        ramp,
        not_published,
        not_published_hatch,
        protected,
        protected_hatch,
        focus,
    } = t;
    let mut out = vec![
        ("text on background".to_string(), text, background, TEXT),
        ("muted text on background".into(), muted, background, TEXT),
        ("bar on background".into(), bar, background, MARK),
        ("hatching on the hatched part".into(), hatch, parts[1], MARK),
        ("programme on background".into(), programme, background, MARK),
        ("programme on land".into(), programme, land, MARK),
        ("selected on background".into(), selected, background, MARK),
        ("selected on land".into(), selected, land, MARK),
        ("edge on background".into(), edge, background, MARK),
        ("edge on land".into(), edge, land, MARK),
        ("edge round the lowest ramp class".into(), edge, ramp[0], MARK),
        ("edge round not published".into(), edge, not_published, MARK),
        ("not-published hatching on its fill".into(), not_published_hatch, not_published, MARK),
        ("edge round fewer than N".into(), edge, protected, MARK),
        ("fewer-than-N hatching on its fill".into(), protected_hatch, protected, MARK),
        // The ring goes round the focused country, over the sea or its neighbours.
        ("focus ring on background".into(), focus, background, MARK),
        ("focus ring on land".into(), focus, land, MARK),
    ];
    for (i, p) in parts.iter().enumerate() {
        out.push((format!("part {i} on background"), *p, background, MARK));
        out.push((format!("part {i} in its bar"), *p, bar, MARK));
    }
    // The lowest class is told from the background by its edge (above).
    for (i, c) in ramp.iter().enumerate().skip(1) {
        out.push((format!("ramp class {i} on background"), *c, background, MARK));
    }
    out
}

#[test]
fn every_theme_colour_meets_its_target() {
    let mut failures = Vec::new();
    for (name, theme) in [("light", Theme::LIGHT), ("dark", Theme::DARK)] {
        for (what, fg, bg, target) in pairs(theme) {
            let c = contrast(fg, bg);
            if c < target {
                failures.push(format!("{name}: {what} is {c:.2}:1, needs {target}:1"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_map_ramp_reads_one_way_in_both_themes() {
    // One hue, lightness only: ordered by contrast with the background, so it
    // reads the same with any colour vision.
    for (name, t) in [("light", Theme::LIGHT), ("dark", Theme::DARK)] {
        let d: Vec<f64> = t.ramp.iter().map(|c| contrast(*c, t.background)).collect();
        assert!(d.windows(2).all(|p| p[0] < p[1]), "{name} ramp order {d:?}");
    }
}

#[test]
fn contrast_is_the_wcag_ratio() {
    let (white, black) = (RGBColor(255, 255, 255), RGBColor(0, 0, 0));
    assert!((contrast(black, white) - 21.0).abs() < 1e-9);
    assert!((contrast(white, white) - 1.0).abs() < 1e-9);
    // The light theme's former bar colour, #6b9ec9, fell short on white.
    assert!((contrast(RGBColor(0x6b, 0x9e, 0xc9), white) - 2.85).abs() < 0.01);
}
