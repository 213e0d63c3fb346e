//! Every source of change drives the one state machine (`state::update`): pointer,
//! keyboard, Back and Forward, the kiosk tour, the staff preview, resizing and the
//! map's frame. Each test plays one source and checks what the visitor would see
//! change (the store) and what the page is told to do (redraw, history, announce).

use impact_atlas::core::Lang;

use impact_atlas::model::{parse_with_tables, Dataset, Metric};
use impact_atlas::redraw::{Frame, Look, MapKey};
use impact_atlas::render::map::Extent;
use impact_atlas::state::{update, Action, AppState, History, Mode, Outcome, Redraw, Store};

fn demo_with(by_country: &str) -> Dataset {
    let tables = vec![
        ("demo-by-country.csv".to_owned(), by_country.to_owned()),
        ("demo-by-year.csv".to_owned(), include_str!("../data/datasets/demo-by-year.csv").to_owned()),
    ];
    parse_with_tables("demo.json", include_str!("../data/datasets/demo.json"), &tables)
        .dataset
        .expect("valid")
}

fn demo() -> Dataset {
    demo_with(include_str!("../data/datasets/demo-by-country.csv"))
}

fn store(mode: Mode) -> Store {
    Store::new(demo(), AppState { mode, ..AppState::default() })
}

const CHOICE: Outcome = Outcome { redraw: Redraw::Drawings, history: History::Push, announce: true };
const OVERLAY: Outcome = Outcome { redraw: Redraw::Overlay, history: History::Keep, announce: false };

#[test]
fn a_click_on_a_country_selects_it_records_it_and_says_it() {
    let mut s = store(Mode::Standalone);
    assert_eq!(update(&mut s, Action::Toggle(Some("HTI".into()))), CHOICE);
    assert_eq!(s.state.country.as_deref(), Some("HTI"));
    // A second click on it (map or chart) clears it; clicking nothing changes nothing.
    assert_eq!(update(&mut s, Action::Toggle(Some("HTI".into()))), CHOICE);
    assert_eq!(s.state.country, None);
    assert_eq!(update(&mut s, Action::Select(None)), Outcome::NOTHING);
    assert_eq!(update(&mut s, Action::SetMetric(Metric::People)), CHOICE);
    assert_eq!(update(&mut s, Action::SetYears(Some((2017, 2017)))), CHOICE);
    assert_eq!(update(&mut s, Action::SetYears(Some((2017, 2017)))), Outcome::NOTHING);
}

#[test]
fn the_language_switch_redraws_every_word() {
    let mut s = store(Mode::Standalone);
    let o = update(&mut s, Action::SetLang(Lang::Fr));
    assert_eq!(o, Outcome { redraw: Redraw::Everything, history: History::Push, announce: true });
    assert_eq!(update(&mut s, Action::SetLang(Lang::Fr)), Outcome::NOTHING);
}

#[test]
fn hover_and_keyboard_focus_touch_the_overlay_only_and_enter_selects() {
    let mut s = store(Mode::Standalone);
    assert_eq!(update(&mut s, Action::Hover(Some("COL".into()))), OVERLAY);
    assert_eq!(
        update(&mut s, Action::Hover(Some("COL".into()))),
        Outcome::NOTHING,
        "a move over the same country"
    );
    assert_eq!(update(&mut s, Action::Focus(Some("PER".into()))), OVERLAY);
    assert_eq!(s.state, store(Mode::Standalone).state, "hover and focus are not in the URL's view");
    // Enter on the focused country, then Escape.
    let focused = s.focus.clone();
    assert_eq!(update(&mut s, Action::Toggle(focused)), CHOICE);
    assert_eq!(s.state.country.as_deref(), Some("PER"));
    assert_eq!(update(&mut s, Action::Select(None)), CHOICE);
    assert_eq!(update(&mut s, Action::Hover(None)), OVERLAY);
}

#[test]
fn back_and_forward_restore_the_view_but_not_the_mode() {
    let mut s = store(Mode::Embed);
    let from_url = AppState::from_query([("country", "HTI"), ("lang", "es"), ("mode", "kiosk")]);
    let o = update(&mut s, Action::Restore(from_url));
    assert_eq!(o, Outcome { redraw: Redraw::Everything, history: History::Keep, announce: false });
    assert_eq!(
        (s.state.country.as_deref(), s.state.lang, s.state.mode),
        (Some("HTI"), Some(Lang::Es), Mode::Embed)
    );
    // A hand-edited link naming a country outside the programme: dropped, and the
    // URL rewritten without it.
    let o = update(&mut s, Action::Restore(AppState::from_query([("country", "FRA"), ("lang", "es")])));
    assert_eq!(o.history, History::Replace);
    assert_eq!(s.state.country, None);
}

#[test]
fn the_kiosk_tour_selects_without_history_or_announcements() {
    let mut s = store(Mode::Kiosk);
    let o = update(&mut s, Action::Tour(Some("CIV".into())));
    assert_eq!(o, Outcome { redraw: Redraw::Drawings, history: History::Keep, announce: false });
    assert_eq!(s.state.country.as_deref(), Some("CIV"));
    assert_eq!(update(&mut s, Action::Tour(None)).history, History::Keep);
    assert_eq!(s.state.country, None);
    assert_eq!(update(&mut s, Action::Tour(None)), Outcome::NOTHING);
}

#[test]
fn a_previewed_dataset_replaces_everything_and_redraws_the_map() {
    let mut s = store(Mode::Standalone);
    update(&mut s, Action::Toggle(Some("COL".into())));
    update(&mut s, Action::Hover(Some("COL".into())));
    let key = |s: &Store| MapKey {
        frame: Frame { css_width: 800.0, css_height: 480.0, dpr: 1.0 },
        generation: s.generation,
        lang: Lang::En,
        look: Look::new(s.state.mode, false),
        extent: s.extent,
        metric: s.state.metric.unwrap_or(Metric::Volunteers),
        encoding: s.state.encoding.unwrap_or(s.dataset.map_encoding),
    };
    let before = key(&s);
    // Same countries, same kind of figures, two of them swapped.
    let swapped = include_str!("../data/datasets/demo-by-country.csv")
        .replace("\nCOL,12,", "\nCOL,4,")
        .replace("\nTUN,4,", "\nTUN,12,");
    let previewed = demo_with(&swapped);
    assert_ne!(previewed, s.dataset, "the test swaps two figures");
    let o = update(&mut s, Action::ShowDataset(Box::new(previewed.clone())));
    assert_eq!(o, Outcome { redraw: Redraw::Everything, history: History::Replace, announce: false });
    assert_eq!(s.dataset, previewed);
    assert_eq!(
        (s.state.country.as_ref(), s.hover.as_ref()),
        (None, None),
        "nothing of the former file stays selected"
    );
    assert_ne!(key(&s), before, "the map is drawn again from the previewed file");
}

#[test]
fn the_map_frame_toggles_between_region_and_world_without_history() {
    let mut s = store(Mode::Standalone);
    assert_eq!(s.extent, Extent::Programme);
    let o = update(&mut s, Action::ToggleWorld);
    assert_eq!(o, Outcome { redraw: Redraw::Drawings, history: History::Keep, announce: false });
    assert_eq!(s.extent, Extent::World);
    update(&mut s, Action::ToggleWorld);
    assert_eq!(s.extent, Extent::Programme);
}

#[test]
fn a_resize_redraws_and_changes_no_state() {
    let mut s = store(Mode::Standalone);
    let before = s.clone();
    let o = update(&mut s, Action::Resize);
    assert_eq!(o, Outcome { redraw: Redraw::Drawings, history: History::Keep, announce: false });
    assert_eq!(s, before);
}

#[test]
fn a_new_store_drops_url_values_the_dataset_does_not_offer() {
    let s = Store::new(demo(), AppState::from_query([("country", "FRA"), ("year", "1990")]));
    assert_eq!((s.state.country.as_ref(), s.state.years), (None, None));
}
