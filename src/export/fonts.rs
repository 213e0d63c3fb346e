//! Fonts for the exported PNG images. resvg draws text with the machine's fonts and
//! falls back, character by character, to any installed face that has the glyph;
//! scripts/setup.sh installs Debian's Noto fonts so the scripts staff type (Latin,
//! Arabic, Cyrillic, Greek …) are covered. A character no installed font has would
//! be drawn as an empty box, so the exporter names each one before it writes.

use resvg::usvg::fontdb::Database;
use std::sync::{Arc, OnceLock};

/// Preferred faces for plotters' generic "sans-serif", in order.
const SANS: [&str; 5] = ["Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"];

/// The machine's fonts, loaded once per run (loading them takes a while).
pub fn database() -> Arc<Database> {
    static DB: OnceLock<Arc<Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = Database::new();
        db.load_system_fonts();
        let family =
            SANS.into_iter().find(|f| db.faces().any(|face| face.families.iter().any(|(n, _)| n == f)));
        if let Some(f) = family {
            db.set_sans_serif_family(f);
        }
        Arc::new(db)
    })
    .clone()
}

/// Whether some installed face has a glyph for `c`.
fn drawable(db: &Database, c: char) -> bool {
    db.faces().any(|face| {
        db.with_face_data(face.id, |data, index| {
            ttf_parser::Face::parse(data, index).ok().and_then(|f| f.glyph_index(c)).is_some()
        })
        .unwrap_or(false)
    })
}

/// The characters of `texts` that no installed font can draw, each with the first
/// text it appears in (white space and invisible formatting characters aside).
pub fn missing<'a>(db: &Database, texts: impl IntoIterator<Item = &'a str>) -> Vec<(char, String)> {
    let mut checked: Vec<char> = Vec::new();
    let mut out = Vec::new();
    for text in texts {
        for c in text.chars() {
            if c.is_whitespace() || c.is_control() || checked.contains(&c) {
                continue;
            }
            checked.push(c);
            // Plain ASCII is in every text face; only look the others up.
            if !c.is_ascii() && !drawable(db, c) {
                out.push((c, text.to_owned()));
            }
        }
    }
    out
}
