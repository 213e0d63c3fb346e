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
        .current_dir(&dir)
        .args(["export", "--data", "demo.json", "--out", "out"])
        .output()
        .expect("command runs");
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.starts_with("impact-atlas: the map data (data/geo/world.json) was not found; looked in: data/geo/world.json, "), "{err}");
    assert!(err.contains(&dir.join("geo/world.json").display().to_string()), "{err}");
    assert!(
        err.trim_end().ends_with("give the file with --geo FILE, or export without the map with --geo none"),
        "{err}"
    );
    assert!(!dir.join("out").exists(), "nothing half-written");
    let _ = std::fs::remove_dir_all(&dir);
}
