//! The staff preview's check, as plain Rust: what the staff worker
//! (src/bin/staff.rs) runs on the files staff pick, and the answer it sends back to
//! the page. The validator, the CSV and workbook readers and their messages live in
//! that worker's wasm only, so the visitor's page never downloads them; the page
//! receives this [`Reply`] as JSON and shows it.
//!
//! Two steps, so that a table file is read only once the dataset names it:
//! [`tables_to_read`] looks at the dataset's JSON and the names of the picked files,
//! then [`check`] validates and publishes in memory with the tables read.

use super::{parse_bytes, referenced_files, Dataset};
use crate::core::{Lang, Problem};
use serde::{Deserialize, Serialize};

/// The worker's first message, once it listens: messages posted before would be
/// lost, so the page posts its request only after this one.
pub const READY: &str = "ready";

/// One table the dataset names, and whether staff have picked a file of that name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Need {
    pub name: String,
    pub picked: bool,
}

/// One validator message, as the page lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    /// The message as `impact-atlas validate` prints it (file strings escaped).
    pub text: String,
    /// The source line with a caret under the place, or empty.
    pub excerpt: String,
}

/// The worker's answer to one preview request.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Reply {
    /// Which request this answers (the page ignores answers to older requests).
    pub seq: u32,
    /// Set when the dataset names tables not picked yet: every table it names, in
    /// its order. Nothing was checked.
    #[serde(default)]
    pub needs: Vec<Need>,
    #[serde(default)]
    pub problems: Vec<Message>,
    pub errors: usize,
    pub warnings: usize,
    /// The dataset as `impact-atlas publish` would publish it, when it has no errors.
    #[serde(default)]
    pub dataset: Option<Dataset>,
    /// The request itself could not be read (not one of ours, or a file the
    /// browser failed to read): said in the page's status line.
    #[serde(default)]
    pub failure: Option<String>,
}

/// The table files to read, in the dataset's order; or, when some named table has
/// not been picked, the list of every named table and whether it was picked.
pub fn tables_to_read(json: &[u8], picked: &[String]) -> Result<Vec<String>, Vec<Need>> {
    let wanted = referenced_files(&String::from_utf8_lossy(json));
    if wanted.iter().all(|w| picked.contains(w)) {
        return Ok(wanted);
    }
    Err(wanted.into_iter().map(|name| Need { picked: picked.contains(&name), name }).collect())
}

/// Validates the dataset file `name` with the tables read (name, bytes), as
/// `impact-atlas validate` does, and publishes it in memory as `publish` does. The
/// messages are in `lang`, the page's language (in English, exactly as the command
/// prints them).
pub fn check(seq: u32, lang: Lang, name: &str, json: &[u8], tables: &[(String, Vec<u8>)]) -> Reply {
    let parsed = parse_bytes(name, json, tables);
    let problems = parsed.problems.iter().map(|p| message(p, lang)).collect();
    Reply {
        seq,
        errors: parsed.errors(),
        warnings: parsed.warnings(),
        problems,
        dataset: parsed.dataset,
        ..Reply::default()
    }
}

fn message(p: &Problem, lang: Lang) -> Message {
    Message { text: p.message_in(lang), excerpt: p.excerpt.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    const JSON: &[u8] = br#"{"by_country": "x-by-country.csv", "by_year": "x-by-year.csv"}"#;

    #[test]
    fn asks_for_the_named_tables_not_yet_picked() {
        let picked = vec!["x-by-year.csv".to_owned(), "holiday.csv".to_owned()];
        assert_eq!(
            tables_to_read(JSON, &picked),
            Err(vec![
                Need { name: "x-by-country.csv".into(), picked: false },
                Need { name: "x-by-year.csv".into(), picked: true },
            ])
        );
        let picked =
            vec!["x-by-year.csv".to_owned(), "holiday.csv".to_owned(), "x-by-country.csv".to_owned()];
        // Only the named tables are read, never the stray file.
        assert_eq!(
            tables_to_read(JSON, &picked),
            Ok(vec!["x-by-country.csv".into(), "x-by-year.csv".into()])
        );
    }

    #[test]
    fn messages_are_in_the_pages_language_and_english_is_the_commands() {
        let broken = b"{\"format\": \"impact-atlas/1\",\n}";
        let text = |lang| check(1, lang, "broken.json", broken, &[]).problems[0].text.clone();
        assert_eq!(
            text(Lang::En),
            "error: broken.json, line 1, column 28: comma after the last item \
             (remove this comma: no comma may come just before } or ])"
        );
        assert_eq!(
            text(Lang::Fr),
            "erreur\u{202f}: broken.json, ligne 1, colonne 28\u{202f}: virgule après le dernier élément \
             (retirez cette virgule\u{202f}: aucune virgule ne peut précéder directement } ou ])"
        );
        assert_eq!(
            text(Lang::Es),
            "error: broken.json, línea 1, columna 28: coma después del último elemento \
             (quite esta coma: ninguna coma puede ir justo antes de } o ])"
        );
    }

    #[test]
    fn a_broken_file_is_reported_with_its_excerpt_and_no_dataset() {
        let reply = check(7, Lang::En, "broken.json", b"{\"format\": \"impact-atlas/1\",\n}", &[]);
        assert_eq!(reply.seq, 7);
        assert_eq!(reply.errors, 1);
        assert!(reply.dataset.is_none());
        assert!(reply.problems[0].text.starts_with("error: broken.json"), "{:?}", reply.problems);
        assert_eq!(
            reply.problems[0].excerpt,
            "{\"format\": \"impact-atlas/1\",\n                           ^"
        );
    }

    /// The reply travels to the page as JSON: what the page reads back is what the
    /// worker sent, the published dataset included.
    #[test]
    fn a_good_dataset_round_trips_through_json() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/datasets/");
        let json = std::fs::read(format!("{dir}demo.json")).expect("demo.json");
        let want = tables_to_read(&json, &["demo-by-country.csv".into(), "demo-by-year.csv".into()])
            .expect("all picked");
        let tables: Vec<(String, Vec<u8>)> =
            want.iter().map(|n| (n.clone(), std::fs::read(format!("{dir}{n}")).expect("table"))).collect();
        let reply = check(1, Lang::En, "demo.json", &json, &tables);
        assert_eq!(reply.errors, 0, "{:?}", reply.problems);
        assert!(reply.dataset.is_some());
        let back: Reply =
            serde_json::from_str(&serde_json::to_string(&reply).expect("serialise")).expect("read back");
        assert_eq!(back, reply);
    }
}
