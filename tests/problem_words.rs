//! Every problem the validator finds in the corpus of bad datasets (tests/bad) is a
//! typed message, so the staff preview can say it in French and Spanish: a message
//! added as an English string would fail here (and `Reader::error` takes only a
//! `Say`). The English stays what `impact-atlas validate` prints.

use impact_atlas::core::Lang;
use impact_atlas::model::parse_path;
use std::path::Path;

#[test]
fn every_problem_in_the_bad_corpus_reads_in_french_and_spanish() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/bad")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut problems = 0;
    for file in &files {
        for p in parse_path(file).problems {
            problems += 1;
            let say = p.say.as_ref().unwrap_or_else(|| panic!("{}: English only: {p}", file.display()));
            assert_eq!(say.words(Lang::En), [p.what.clone(), p.hint.clone()], "{p}");
            assert_eq!(p.message_in(Lang::En), p.message());
            for lang in [Lang::Fr, Lang::Es] {
                let there = p.message_in(lang);
                assert_ne!(there, p.message(), "{} in {lang:?}", p.message());
                assert!(!there.contains(&p.what) && !there.contains(&p.hint), "{there}");
            }
        }
    }
    assert!(files.len() >= 40 && problems >= 40, "{} files, {problems} problems", files.len());
}

#[test]
fn french_and_spanish_name_the_place_and_the_severity() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad/csv-fraction.json");
    let parsed = parse_path(&file);
    let p = parsed.problems.first().expect("a problem");
    let fr = p.message_in(Lang::Fr);
    let es = p.message_in(Lang::Es);
    assert!(p.message().starts_with("error: "), "{}", p.message());
    assert!(p.message().contains(", line 2, column "), "{}", p.message());
    assert!(fr.starts_with("erreur\u{202f}: ") && fr.contains(", ligne 2, colonne "), "{fr}");
    assert!(es.starts_with("error: ") && es.contains(", línea 2, columna "), "{es}");
}
