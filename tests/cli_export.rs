//! `impact-atlas export` finds the project's map data wherever it is run from, and
//! says where it looked when it cannot.

use std::path::{Path, PathBuf};
use std::process::Command;

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("impact-atlas-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn export_run_outside_the_project_still_draws_the_map() {
    let elsewhere = temp("export-elsewhere");
    let data = std::path::absolute("data/datasets/prodef.json").expect("absolute path");
    let o = Command::new(env!("CARGO_BIN_EXE_impact-atlas"))
        .env("LC_ALL", "C")
        .current_dir(&elsewhere)
        .args(["export", "--data", &data.display().to_string(), "--out", "out", "--scale", "1"])
        .output()
        .expect("command runs");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert!(elsewhere.join("out/prodef-map.png").is_file(), "the map was drawn: {err}");
    let _ = std::fs::remove_dir_all(&elsewhere);
}

#[test]
fn export_without_map_data_anywhere_says_where_it_looked() {
    // A copy of the command outside the project, given a dataset outside it too.
    let dir = temp("export-nowhere");
    let exe = dir.join("impact-atlas");
    std::fs::copy(env!("CARGO_BIN_EXE_impact-atlas"), &exe).expect("copy of the command");
    for f in ["demo.json", "demo-by-country.csv", "demo-by-year.csv"] {
        std::fs::copy(Path::new("data/datasets").join(f), dir.join(f)).expect("dataset copy");
    }
    let o = Command::new(&exe)
        .env("LC_ALL", "C")
        .current_dir(&dir)
        .args(["export", "--data", "demo.json", "--out", "out"])
        .output()
        .expect("command runs");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.starts_with(
            "impact-atlas: the map data (data/geo/world.bin) was not found; looked in: data/geo/world.bin, "
        ),
        "{err}"
    );
    assert!(err.contains(&dir.join("geo/world.bin").display().to_string()), "{err}");
    assert!(
        err.trim_end().ends_with("give the file with --geo FILE, or export without the map with --geo none"),
        "{err}"
    );
    assert!(!dir.join("out").exists(), "nothing half-written");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_fonts_cover_the_scripts_staff_type_and_name_what_they_cannot_draw() {
    use impact_atlas::export::fonts::{database, missing};
    let db = database();
    // French, Spanish, Arabic (Morocco, Tunisia), Greek and Cyrillic names, typographic quotes.
    let names = ["Côte d’Ivoire", "Haïti", "Perú «Lima»", "تونس", "المغرب", "Ελλάδα", "Україна", "ŁÓDŹ – œ"];
    assert_eq!(missing(&db, names), [], "scripts/setup.sh installs fonts-noto-core");
    let got = missing(&db, ["Alex 🙂 thanks"]);
    // What the command says of it, in each language: the next test.
    assert_eq!(got, [('🙂', "Alex 🙂 thanks".to_owned())]);
}

#[test]
fn export_warns_about_an_emoji_in_a_label_before_writing_the_images() {
    let dir = temp("export-emoji");
    let json = std::fs::read_to_string("data/datasets/demo.json").expect("demo").replacen(
        "\"label\": { \"en\": \"people reached (synthetic)\"",
        "\"label\": { \"en\": \"people reached 🙂 (synthetic)\"",
        1,
    );
    assert!(json.contains("people reached 🙂 (synthetic)"), "the demo's result label changed");
    std::fs::write(dir.join("demo.json"), json).expect("dataset");
    for f in ["demo-by-country.csv", "demo-by-year.csv"] {
        std::fs::copy(Path::new("data/datasets").join(f), dir.join(f)).expect("table");
    }
    // The export of demo.json into `out`, with `lang` (the words of the images).
    let export = |lang: &[&str], out: &str| {
        Command::new(env!("CARGO_BIN_EXE_impact-atlas"))
            .env("LC_ALL", "C")
            .arg("export")
            .args(lang)
            .args(["--data", &dir.join("demo.json").display().to_string(), "--out"])
            .arg(dir.join(out))
            .args(["--geo", "none", "--scale", "1"])
            .output()
            .expect("command runs")
    };
    let o = export(&[], "out");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(0), "{err}");
    assert_eq!(
        err,
        "warning: the character 🙂 (U+1F642) in \"people reached 🙂 (synthetic)\" has no font on this machine, so the exported images would show an empty box (replace it with words, or install a font that has it)\n"
    );
    assert!(dir.join("out/demo-results.png").is_file());
    // In French: the warning in French, about the French label the images draw.
    let json = std::fs::read_to_string(dir.join("demo.json")).expect("dataset").replacen(
        "\"fr\": \"personnes rejointes (synthétique)\"",
        "\"fr\": \"personnes rejointes 🙂 (synthétique)\"",
        1,
    );
    assert!(json.contains("rejointes 🙂"), "the demo's French label changed");
    std::fs::write(dir.join("demo.json"), json).expect("dataset");
    let fr = export(&["--lang", "fr"], "out-fr");
    let err = String::from_utf8_lossy(&fr.stderr);
    assert_eq!(fr.status.code(), Some(0), "{err}");
    assert_eq!(
        err,
        "avertissement\u{202f}: le caractère 🙂 (U+1F642) dans «\u{202f}personnes rejointes 🙂 (synthétique)\u{202f}» n'a pas de police sur cet ordinateur, les images exportées montreraient donc une case vide (remplacez-le par des mots, ou installez une police qui l'a)\n"
    );
    let svg = std::fs::read_to_string(dir.join("out-fr/demo-results.svg")).expect("svg");
    assert!(svg.contains("Résultats par catégorie") || svg.contains("dont"), "the images are in French");
    let _ = std::fs::remove_dir_all(&dir);
}
