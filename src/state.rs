//! What the page shows, as plain data: the dataset and the visitor's view of it
//! (the [`Store`]), changed only through [`update`] with an [`Action`] from any
//! source (pointer, keyboard, Back and Forward, the kiosk tour, the staff preview,
//! resizing, the map's frame), and the view written to / read from the page URL
//! so that links, Back and Forward restore it.

use crate::core::Lang;

use crate::model::{Dataset, Metric};
use crate::render::map::Extent;

/// How the page is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// A page of its own, with header and footer.
    #[default]
    Standalone,
    /// Inside another site's iframe: compact, no page chrome.
    Embed,
    /// Full screen at events: dark, large type, touring by itself.
    Kiosk,
}

impl Mode {
    pub fn key(self) -> &'static str {
        match self {
            Mode::Standalone => "standalone",
            Mode::Embed => "embed",
            Mode::Kiosk => "kiosk",
        }
    }
    pub fn from_key(s: &str) -> Option<Mode> {
        [Mode::Standalone, Mode::Embed, Mode::Kiosk].into_iter().find(|m| m.key() == s)
    }
}

/// One visual of the page, shown alone in an embed (`?mode=embed&view=map`), the
/// way a blog post embeds one chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Map,
    Results,
    Counters,
    Countries,
    Years,
    Stories,
}

impl View {
    pub const ALL: [View; 6] =
        [View::Map, View::Results, View::Counters, View::Countries, View::Years, View::Stories];

    pub fn key(self) -> &'static str {
        match self {
            View::Map => "map",
            View::Results => "results",
            View::Counters => "counters",
            View::Countries => "countries",
            View::Years => "years",
            View::Stories => "stories",
        }
    }

    pub fn from_key(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == s)
    }
}

/// The view's state. `data` is the dataset id as given (None = the catalogue default).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AppState {
    pub data: Option<String>,
    pub lang: Option<Lang>,
    pub mode: Mode,
    /// ISO alpha-3 of the selected country.
    pub country: Option<String>,
    pub metric: Option<Metric>,
    /// Inclusive year range shown; None = the whole programme.
    pub years: Option<(u32, u32)>,
    /// The one visual an embed shows; None = the whole page. Only embeds use it.
    pub view: Option<View>,
    /// The visitor's map encoding; None = the dataset's.
    pub encoding: Option<crate::model::MapEncoding>,
    /// A kiosk's `?qr=` address as the URL gives it, kept in the URL so a kiosk
    /// that reloads (a new build, a watchdog) keeps the code its staff chose. Only
    /// ever shown after `qr_address::choose_qr` accepts it.
    pub qr: Option<String>,
}

/// Which dataset is on show: bumped whenever the dataset is replaced (the staff
/// preview, a kiosk picking up a new file), so nothing drawn from the former one is
/// reused (see `redraw`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Generation(u64);

impl Generation {
    pub fn next(self) -> Generation {
        Generation(self.0.wrapping_add(1))
    }
}

/// Everything the page is drawn from: the dataset on show and the visitor's view
/// of it. Changed only by [`update`].
#[derive(Debug, Clone, PartialEq)]
pub struct Store {
    pub dataset: Dataset,
    pub generation: Generation,
    /// The view that links, Back and Forward restore.
    pub state: AppState,
    /// The map's frame: the programme's region or the whole world.
    pub extent: Extent,
    /// The programme country under the pointer, and the one with keyboard focus
    /// on the map (drawn on its overlay, never in the URL).
    pub hover: Option<String>,
    pub focus: Option<String>,
    /// The first row of the page an embed of one long visual shows (a result, a
    /// country's row, a testimony; see `render::pages`). Not in the URL: a link
    /// opens at the first page, or at the page of the country it selects
    /// (`web::pager::start_row`, at start-up).
    pub first_row: usize,
}

impl Store {
    /// The store for a freshly loaded dataset: URL values it does not offer are
    /// dropped (see `AppState::keep_only`).
    pub fn new(dataset: Dataset, mut state: AppState) -> Store {
        state.keep_only(&Choices::of(&dataset));
        Store {
            dataset,
            generation: Generation::default(),
            state,
            extent: Extent::Programme,
            hover: None,
            focus: None,
            first_row: 0,
        }
    }
}

/// Every change to the store, whatever its source.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Select a country, or clear with None. Selecting the selected country clears it.
    Toggle(Option<String>),
    Select(Option<String>),
    SetMetric(Metric),
    SetYears(Option<(u32, u32)>),
    SetLang(Lang),
    /// Back or Forward: the view read from the URL. The mode the page runs in is
    /// kept, and values the dataset does not offer are dropped.
    Restore(AppState),
    /// The kiosk tour shows a scene: its country, or none. No history entry.
    Tour(Option<String>),
    /// Another dataset (staff preview, or a kiosk picking up a new file).
    ShowDataset(Box<Dataset>),
    /// The map switches between the programme's region and the whole world.
    ToggleWorld,
    /// The map country under the pointer, or none.
    Hover(Option<String>),
    /// The map country with keyboard focus, or none.
    Focus(Option<String>),
    /// The page or the map changed size or pixel ratio.
    Resize,
    /// The visitor picks how the map shows figures (shaded countries or circles).
    SetEncoding(crate::model::MapEncoding),
    /// An embed of one long visual shows the page starting at this row.
    ShowPage(usize),
}

/// What the page must do after an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    pub redraw: Redraw,
    pub history: History,
    /// Say the new view in the live region (for screen readers).
    pub announce: bool,
}

/// How much to draw again. Each drawing also compares its own key (`redraw`), so
/// `Drawings` redraws only what changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Redraw {
    Nothing,
    /// The map's overlay only: hover and focus marks.
    Overlay,
    /// Map, charts, detail panel.
    Drawings,
    /// Also every word on the page (the language or the dataset changed).
    Everything,
}

/// What the URL records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// Unchanged (or already right, as after Back).
    Keep,
    /// A new entry: Back returns to the previous view.
    Push,
    /// The current entry rewritten.
    Replace,
}

impl Outcome {
    pub const NOTHING: Outcome = Outcome { redraw: Redraw::Nothing, history: History::Keep, announce: false };

    /// A visitor's choice: drawn, recorded in the history, announced.
    fn choice(changed: bool, redraw: Redraw) -> Outcome {
        if changed {
            Outcome { redraw, history: History::Push, announce: true }
        } else {
            Outcome::NOTHING
        }
    }

    fn quiet(changed: bool, redraw: Redraw, history: History) -> Outcome {
        if changed {
            Outcome { redraw, history, announce: false }
        } else {
            Outcome::NOTHING
        }
    }
}

/// Applies an action to the store and says what the page must do about it.
pub fn update(s: &mut Store, a: Action) -> Outcome {
    let before = s.state.clone();
    let view = |s: &Store| s.state != before;
    match a {
        Action::Toggle(c) => {
            s.state.country = if c.is_some() && c == s.state.country { None } else { c };
            Outcome::choice(view(s), Redraw::Drawings)
        }
        Action::Select(c) => {
            s.state.country = c;
            Outcome::choice(view(s), Redraw::Drawings)
        }
        Action::SetMetric(m) => {
            s.state.metric = Some(m);
            Outcome::choice(view(s), Redraw::Drawings)
        }
        Action::SetYears(y) => {
            s.state.years = y.map(|(a, b)| (a.min(b), a.max(b)));
            Outcome::choice(view(s), Redraw::Drawings)
        }
        Action::SetLang(l) => {
            s.state.lang = Some(l);
            Outcome::choice(view(s), Redraw::Everything)
        }
        Action::Restore(mut next) => {
            next.mode = s.state.mode;
            // An embed shows the one visual its link named, whatever the history says.
            next.view = s.state.view;
            // A link may name values the dataset does not offer: the URL is then
            // rewritten without them.
            let dropped = next.keep_only(&Choices::of(&s.dataset));
            s.state = next;
            let history = if dropped { History::Replace } else { History::Keep };
            Outcome::quiet(view(s) || dropped, Redraw::Everything, history)
        }
        Action::Tour(c) => {
            s.state.country = c;
            Outcome::quiet(view(s), Redraw::Drawings, History::Keep)
        }
        Action::ShowDataset(d) => {
            s.dataset = *d;
            s.generation = s.generation.next();
            s.state.country = None;
            s.first_row = 0;
            s.state.keep_only(&Choices::of(&s.dataset));
            (s.hover, s.focus) = (None, None);
            Outcome { redraw: Redraw::Everything, history: History::Replace, announce: false }
        }
        Action::ToggleWorld => {
            s.extent = if s.extent == Extent::World { Extent::Programme } else { Extent::World };
            Outcome::quiet(true, Redraw::Drawings, History::Keep)
        }
        Action::Hover(c) => {
            let changed = s.hover != c;
            s.hover = c;
            Outcome::quiet(changed, Redraw::Overlay, History::Keep)
        }
        Action::Focus(c) => {
            let changed = s.focus != c;
            s.focus = c;
            Outcome::quiet(changed, Redraw::Overlay, History::Keep)
        }
        Action::Resize => Outcome::quiet(true, Redraw::Drawings, History::Keep),
        Action::ShowPage(row) => {
            let changed = s.first_row != row;
            s.first_row = row;
            Outcome::quiet(changed, Redraw::Drawings, History::Keep)
        }
        Action::SetEncoding(e) => {
            s.state.encoding = Some(e);
            Outcome::choice(view(s), Redraw::Drawings)
        }
    }
}

impl AppState {
    /// Reads the state from URL query pairs (already percent-decoded). Unknown or
    /// malformed values are ignored, so an old or edited link still opens a page.
    pub fn from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> AppState {
        let mut s = AppState::default();
        for (k, v) in pairs {
            match k {
                "data" if is_token(v) => s.data = Some(v.to_owned()),
                "lang" => s.lang = Lang::from_tag(v),
                "mode" => s.mode = Mode::from_key(v).unwrap_or_default(),
                "country" if v.len() == 3 && v.bytes().all(|b| b.is_ascii_alphabetic()) => {
                    s.country = Some(v.to_ascii_uppercase())
                }
                "metric" => s.metric = Metric::from_key(v),
                "year" => s.years = parse_years(v),
                "view" => s.view = View::from_key(v),
                "map" => s.encoding = crate::model::MapEncoding::from_key(v),
                "qr" if v.len() <= 512 && !v.chars().any(char::is_control) => s.qr = Some(v.to_owned()),
                _ => {}
            }
        }
        s
    }

    /// The query pairs that reproduce this state; defaults are left out to keep links short.
    pub fn to_query(&self) -> Vec<(&'static str, String)> {
        let mut q = Vec::new();
        if let Some(d) = &self.data {
            q.push(("data", d.clone()));
        }
        if let Some(l) = self.lang {
            q.push(("lang", l.code().to_owned()));
        }
        if self.mode != Mode::Standalone {
            q.push(("mode", self.mode.key().to_owned()));
        }
        if let Some(c) = &self.country {
            q.push(("country", c.clone()));
        }
        if let Some(m) = self.metric {
            q.push(("metric", m.key().to_owned()));
        }
        if let Some((a, b)) = self.years {
            q.push(("year", if a == b { a.to_string() } else { format!("{a}-{b}") }));
        }
        if let Some(e) = self.encoding {
            q.push(("map", e.key().to_owned()));
        }
        if let (Mode::Embed, Some(v)) = (self.mode, self.view) {
            q.push(("view", v.key().to_owned()));
        }
        if let (Mode::Kiosk, Some(a)) = (self.mode, &self.qr) {
            q.push(("qr", a.clone()));
        }
        q
    }
}

use crate::model::is_token;

/// What a dataset can show: the only values `country`, `metric` and `year` may take.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Choices {
    /// ISO alpha-3 codes of the programme's countries.
    pub countries: Vec<String>,
    /// Metrics with at least one per-country figure (none when there are no such figures).
    pub metrics: Vec<Metric>,
    /// Years with per-year figures.
    pub years: Vec<u32>,
}

impl Choices {
    pub fn of(d: &Dataset) -> Choices {
        Choices {
            countries: d.countries.iter().map(|c| c.iso3.clone()).collect(),
            metrics: Metric::ALL
                .into_iter()
                .filter(|m| d.by_country.iter().any(|c| c.get(*m) != crate::model::Shown::NotPublished))
                .collect(),
            years: d.by_year.iter().map(|y| y.year).collect(),
        }
    }
}

impl AppState {
    /// Drops a `country`, `metric` or `year` the dataset does not have, so a link
    /// cannot make the page paint (or the URL claim) a country or a figure the
    /// organisation never published. Returns whether anything was dropped; the
    /// caller then rewrites the URL to what is shown.
    pub fn keep_only(&mut self, shown: &Choices) -> bool {
        let before = self.clone();
        if self.country.as_ref().is_some_and(|c| !shown.countries.contains(c)) {
            self.country = None;
        }
        if self.metric.is_some_and(|m| !shown.metrics.contains(&m)) {
            self.metric = None;
        }
        if self.years.is_some_and(|(a, b)| !(shown.years.contains(&a) && shown.years.contains(&b))) {
            self.years = None;
        }
        *self != before
    }
}

/// `2017` or `2016-2018`.
fn parse_years(v: &str) -> Option<(u32, u32)> {
    let year = |s: &str| s.trim().parse::<u32>().ok().filter(|y| (1900..=2200).contains(y));
    match v.split_once('-') {
        Some((a, b)) => {
            let (a, b) = (year(a)?, year(b)?);
            Some((a.min(b), a.max(b)))
        }
        None => year(v).map(|y| (y, y)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> Dataset {
        let tables = [
            ("demo-by-country.csv", include_str!("../data/datasets/demo-by-country.csv")),
            ("demo-by-year.csv", include_str!("../data/datasets/demo-by-year.csv")),
        ]
        .map(|(n, t)| (n.to_owned(), t.to_owned()));
        crate::model::parse_with_tables("demo.json", include_str!("../data/datasets/demo.json"), &tables)
            .dataset
            .expect("the demo dataset is valid")
    }

    fn store() -> Store {
        Store::new(demo(), AppState::default())
    }

    #[test]
    fn second_click_on_a_country_clears_it() {
        let mut s = store();
        assert_ne!(update(&mut s, Action::Toggle(Some("HTI".into()))), Outcome::NOTHING);
        assert_eq!(s.state.country.as_deref(), Some("HTI"));
        assert_ne!(update(&mut s, Action::Toggle(Some("HTI".into()))), Outcome::NOTHING);
        assert_eq!(s.state.country, None);
        assert_eq!(update(&mut s, Action::Toggle(None)), Outcome::NOTHING);
    }

    /// A page of an embed is changed quietly (no history entry: Back leaves the
    /// post, not the page of a chart), and a new dataset opens at its first page.
    #[test]
    fn a_page_change_is_drawn_and_not_recorded() {
        let mut s = store();
        let o = update(&mut s, Action::ShowPage(3));
        assert_eq!(o, Outcome { redraw: Redraw::Drawings, history: History::Keep, announce: false });
        assert_eq!(s.first_row, 3);
        assert_eq!(update(&mut s, Action::ShowPage(3)), Outcome::NOTHING);
        update(&mut s, Action::ShowDataset(Box::new(demo())));
        assert_eq!(s.first_row, 0);
    }

    #[test]
    fn query_round_trip() {
        let s = AppState {
            data: Some("demo".into()),
            lang: Some(Lang::Fr),
            mode: Mode::Kiosk,
            country: Some("HTI".into()),
            metric: Some(Metric::Women),
            years: Some((2016, 2018)),
            view: None,
            encoding: Some(crate::model::MapEncoding::Symbols),
            qr: Some("https://example.org/prodef?x=1&y=2".into()),
        };
        let q = s.to_query();
        let back = AppState::from_query(q.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(back, s);
    }

    /// A kiosk keeps its `qr` through the URL it rewrites; other pages drop it, and
    /// an address with control characters or of absurd length is not kept.
    #[test]
    fn only_a_kiosk_keeps_its_qr_address() {
        let kiosk = AppState::from_query([("mode", "kiosk"), ("qr", "https://example.org/a")]);
        assert!(kiosk.to_query().contains(&("qr", "https://example.org/a".to_owned())));
        let page = AppState::from_query([("qr", "https://example.org/a")]);
        assert!(page.to_query().iter().all(|(k, _)| *k != "qr"));
        let long = "https://example.org/".to_owned() + &"a".repeat(600);
        for bad in ["https://example.org/x\n", "https://example.org/\u{7}", long.as_str()] {
            assert_eq!(AppState::from_query([("mode", "kiosk"), ("qr", bad)]).qr, None, "{bad}");
        }
    }

    #[test]
    fn bad_values_are_ignored_not_fatal() {
        let s = AppState::from_query([
            ("data", "../../etc/passwd"),
            ("country", "<script>"),
            ("year", "20x6"),
            ("mode", "tv"),
            ("lang", "de"),
            ("country", "hti"),
        ]);
        assert_eq!(s.data, None);
        assert_eq!(s.years, None);
        assert_eq!(s.mode, Mode::Standalone);
        assert_eq!(s.lang, None);
        assert_eq!(s.country.as_deref(), Some("HTI"));
        assert_eq!(AppState::default().to_query(), vec![]);
    }

    fn shown() -> Choices {
        Choices {
            countries: vec!["HTI".into(), "COL".into()],
            metrics: vec![Metric::Volunteers, Metric::People],
            years: vec![2016, 2017, 2018],
        }
    }

    /// Hostile or stale links: each value the dataset does not have is dropped,
    /// the rest of the view is kept.
    #[test]
    fn values_the_dataset_lacks_are_dropped() {
        type Case<'a> = (&'a [(&'a str, &'a str)], Option<&'a str>, Option<Metric>, Option<(u32, u32)>);
        let corpus: &[Case] = &[
            (&[("country", "ESH")], None, None, None),
            (&[("country", "esh")], None, None, None),
            (&[("country", "XXX")], None, None, None),
            (&[("country", "HTI")], Some("HTI"), None, None),
            (&[("country", "hti")], Some("HTI"), None, None),
            (&[("country", "HTI\u{202e}")], None, None, None),
            (&[("country", "H\u{200b}TI")], None, None, None),
            (&[("country", "HTIX")], None, None, None),
            (&[("metric", "women")], None, None, None),
            (&[("metric", "people")], None, Some(Metric::People), None),
            (&[("metric", "PEOPLE")], None, None, None),
            (&[("metric", "__proto__")], None, None, None),
            (&[("year", "2017")], None, None, Some((2017, 2017))),
            (&[("year", "2018-2016")], None, None, Some((2016, 2018))),
            (&[("year", "2015")], None, None, None),
            (&[("year", "2016-2030")], None, None, None),
            (&[("year", "1900-2200")], None, None, None),
            (&[("year", "-1")], None, None, None),
            (&[("year", "99999999999999999999")], None, None, None),
            (
                &[("country", "ESH"), ("metric", "people"), ("year", "2017")],
                None,
                Some(Metric::People),
                Some((2017, 2017)),
            ),
        ];
        for (query, country, metric, years) in corpus {
            let mut s = AppState::from_query(query.iter().copied());
            s.keep_only(&shown());
            assert_eq!(s.country.as_deref(), *country, "{query:?}");
            assert_eq!(s.metric, *metric, "{query:?}");
            assert_eq!(s.years, *years, "{query:?}");
        }
    }

    #[test]
    fn dropping_a_value_reports_a_change_so_the_url_is_rewritten() {
        let mut s = AppState::from_query([("country", "ESH"), ("lang", "fr")]);
        assert!(s.keep_only(&shown()));
        assert_eq!(s.to_query(), vec![("lang", "fr".to_owned())]);
        assert!(!s.keep_only(&shown()), "a clean state stays as it is");
        // A dataset without per-country or per-year figures takes no metric and no year.
        let mut t = AppState::from_query([("metric", "people"), ("year", "2017")]);
        assert!(t.keep_only(&Choices { countries: vec!["HTI".into()], ..Choices::default() }));
        assert_eq!((t.metric, t.years), (None, None));
    }

    #[test]
    fn an_embed_names_its_one_view_and_a_page_ignores_it() {
        for v in View::ALL {
            let s = AppState::from_query([("mode", "embed"), ("view", v.key())]);
            assert_eq!(s.view, Some(v));
            let q = s.to_query();
            assert_eq!(AppState::from_query(q.iter().map(|(k, v)| (*k, v.as_str()))), s);
        }
        for bad in ["", "MAP", "map ", "<svg>", "../results", "kiosk"] {
            assert_eq!(AppState::from_query([("view", bad)]).view, None, "{bad:?}");
        }
        // Not an embed: the view is not written back into links.
        let page = AppState::from_query([("view", "map")]);
        assert!(page.to_query().is_empty());
    }

    #[test]
    fn year_ranges_are_ordered() {
        let s = AppState::from_query([("year", "2019-2016")]);
        assert_eq!(s.years, Some((2016, 2019)));
        let mut t = store();
        update(&mut t, Action::SetYears(Some((2020, 2015))));
        assert_eq!(t.state.years, Some((2015, 2020)));
    }
}
