//! `impact-atlas publish`: what the release build runs (scripts/publish.sh, a trunk
//! hook). It validates every dataset of the catalogue as `validate` does, stops on
//! an error with the validator's message and writes nothing, and otherwise writes
//! only public files: the catalogue, one content-named file per dataset with
//! protected counts already "fewer than N", and the map geometry.

use impact_atlas::model::publish::{read_public_json, PublicCatalogue};
use impact_atlas::model::Shown;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

#[path = "support/workbook.rs"]
mod workbook;
use workbook::write_sheets;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_impact-atlas"))
        .env("LC_ALL", "C")
        .args(args)
        .output()
        .expect("command runs")
}

/// A fresh empty folder under the target directory, unique to `name`.
fn temp(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-publish-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// A source dataset: id, JSON text, and its tables (file name, text).
type Source<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);

/// A data folder holding the shipped geometry and the given datasets, with a
/// catalogue listing them.
fn data_dir(name: &str, datasets: &[Source]) -> PathBuf {
    let dir = temp(name).join("data");
    std::fs::create_dir_all(dir.join("geo")).expect("geo");
    std::fs::create_dir_all(dir.join("datasets")).expect("datasets");
    std::fs::copy("data/geo/world.bin", dir.join("geo/world.bin")).expect("geometry");
    let mut entries = Vec::new();
    for (id, json, tables) in datasets {
        std::fs::write(dir.join(format!("datasets/{id}.json")), json).expect("json");
        for (n, t) in *tables {
            std::fs::write(dir.join("datasets").join(n), t).expect("table");
        }
        entries.push(format!(r#"{{ "id": "{id}", "file": "datasets/{id}.json" }}"#));
    }
    let default = datasets.first().map_or("x", |d| d.0);
    let index = format!(
        r#"{{ "format": "impact-atlas-catalogue/1", "default": "{default}", "datasets": [{}] }}"#,
        entries.join(", ")
    );
    std::fs::write(dir.join("index.json"), index).expect("index");
    dir
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()?.file_name().into_string().ok()).collect())
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn the_shipped_data_publishes_public_files_only() {
    let out = temp("shipped").join("out");
    let o = run(&["publish", "--data", "data", "--out", out.to_str().expect("path")]);
    let (stdout, stderr) = (String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    assert_eq!(o.status.code(), Some(0), "{stdout}{stderr}");
    assert_eq!(stderr, "", "no problem in the shipped datasets");
    let cat: PublicCatalogue =
        serde_json::from_str(&std::fs::read_to_string(out.join("index.json")).expect("catalogue"))
            .expect("json");
    assert_eq!(cat.format, "impact-atlas-public/1");
    assert_eq!(cat.default, "prodef");
    let ids: Vec<&str> = cat.datasets.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["prodef", "demo"]);
    let mut want: Vec<String> = cat.datasets.iter().map(|e| e.file.clone()).collect();
    want.extend(["geo".to_owned(), "index.json".to_owned()]);
    want.sort();
    assert_eq!(files_in(&out), want, "no CSV, no source JSON");
    assert_eq!(files_in(&out.join("geo")), ["world.bin"]);
    for e in &cat.datasets {
        let text = std::fs::read_to_string(out.join(&e.file)).expect("public file");
        assert!(!text.contains("impact-atlas/1") && !text.contains(".csv"), "{}", e.file);
        let d = read_public_json(&text).expect("reads back");
        assert_eq!(d.id, e.id);
        if e.id == "prodef" {
            assert!(
                d.by_country.is_empty() && d.by_year.is_empty(),
                "PRODEF publishes no per-country figures"
            );
        } else {
            assert_eq!(d.shown("CRI", impact_atlas::model::Metric::Volunteers), Shown::FewerThan(5));
        }
        assert!(stdout.contains(&format!("published {}", out.join(&e.file).display())), "{stdout}");
    }
}

#[test]
fn a_dataset_with_an_error_stops_publishing_with_the_validators_message() {
    let broken = r#"{ "format": "impact-atlas/1", "id": "prodef", "programme": { "acronym": 7 }, "countries": [{ "iso3": "XXQ", "name": "Nowhere" }] }"#;
    let data = data_dir("broken", &[("prodef", broken, &[])]);
    let out = data.parent().expect("parent").join("out");
    // An older build's files must not survive a failed one either way.
    let o = run(&["publish", "--data", data.to_str().expect("path"), "--out", out.to_str().expect("path")]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    let shown = data.join("datasets/prodef.json").display().to_string();
    assert!(
        stderr.contains(&format!(
            "error: {shown}, line 1, column 73, programme › acronym: expected text in quotes, found a number"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("\"XXQ\" is not an assigned ISO 3166-1 alpha-3 code"), "{stderr}");
    assert!(stderr.contains("programme: missing field \"name\""), "{stderr}");
    assert!(
        stderr.ends_with(
            "impact-atlas publish: NOT published: 6 errors (listed above); fix them and build again\n"
        ),
        "{stderr}"
    );
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn a_dataset_that_leaks_stops_publishing_naming_the_cells_and_the_total() {
    let json = std::fs::read_to_string("tests/leak/two-hidden.json").expect("case");
    let table = std::fs::read_to_string("tests/leak/two-hidden-by-country.csv").expect("table");
    let data = data_dir("leak", &[("two-hidden", &json, &[("two-hidden-by-country.csv", &table)])]);
    let out = data.parent().expect("parent").join("out");
    let o = run(&["publish", "--data", data.to_str().expect("path"), "--out", out.to_str().expect("path")]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("column B (volunteers): the volunteers figures of HTI and PER are hidden as below 5, but headline \"volunteers\" (26) minus the other countries (21) leaves 5 for them, so each is between 1 and 4"), "{stderr}");
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn an_id_that_is_not_a_plain_name_is_refused() {
    let json = std::fs::read_to_string("tests/good/minimal.json").expect("minimal");
    let data = data_dir("bad-id", &[("t", &json, &[])]);
    let index = std::fs::read_to_string(data.join("index.json"))
        .expect("index")
        .replace(r#""id": "t""#, r#""id": "../t""#)
        .replace(r#""default": "t""#, r#""default": "../t""#);
    std::fs::write(data.join("index.json"), index).expect("index");
    let out = data.parent().expect("parent").join("out");
    let o = run(&["publish", "--data", data.to_str().expect("path"), "--out", out.to_str().expect("path")]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("datasets[0].id: id \"../t\" is not a short token"), "{stderr}");
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn publish_without_an_output_folder_is_a_usage_error() {
    let o = run(&["publish"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("publish needs --out DIR"));
}

/// The same tables as tests/good/ods-tables.ods (COL 2 volunteers, under the
/// threshold of 5), written as an Excel workbook the way a spreadsheet saves it.
fn write_xlsx(path: &Path) {
    let head = |h: &[&str]| h.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    write_sheets(
        path,
        &[
            (
                "countries",
                head(&["iso3", "volunteers", "people", "women", "children"]),
                vec![vec!["COL", "2", "400", "200", "100"], vec!["HTI", "5", "500", "250", "150"]],
            ),
            (
                "years",
                head(&["year", "volunteers", "people"]),
                vec![vec!["2015", "3", "300"], vec!["2016", "4", "400"]],
            ),
        ],
    );
}

#[test]
fn tables_kept_in_a_workbook_publish_like_csv_with_protected_counts_and_no_workbook() {
    let ods_json = std::fs::read_to_string("tests/good/ods.json").expect("ods case");
    let xlsx_json = ods_json
        .replace("ods-tables.ods", "xlsx-tables.xlsx")
        .replace(r#""id": "ods""#, r#""id": "xlsx""#)
        .replace("?data=ods", "?data=xlsx");
    let data = data_dir("workbooks", &[("ods", &ods_json, &[]), ("xlsx", &xlsx_json, &[])]);
    std::fs::copy("tests/good/ods-tables.ods", data.join("datasets/ods-tables.ods")).expect("ods");
    write_xlsx(&data.join("datasets/xlsx-tables.xlsx"));
    let out = data.parent().expect("parent").join("out");
    let o = run(&["publish", "--data", data.to_str().expect("path"), "--out", out.to_str().expect("path")]);
    let (stdout, stderr) = (String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr));
    assert_eq!(o.status.code(), Some(0), "{stdout}{stderr}");
    let cat: PublicCatalogue =
        serde_json::from_str(&std::fs::read_to_string(out.join("index.json")).expect("catalogue"))
            .expect("json");
    let mut want: Vec<String> = cat.datasets.iter().map(|e| e.file.clone()).collect();
    want.extend(["geo".to_owned(), "index.json".to_owned()]);
    want.sort();
    assert_eq!(files_in(&out), want, "no workbook, no source JSON");
    for e in &cat.datasets {
        let text = std::fs::read_to_string(out.join(&e.file)).expect("public file");
        assert!(!text.contains(".ods") && !text.contains(".xlsx"), "{}: {text}", e.file);
        let d = read_public_json(&text).expect("reads back");
        use impact_atlas::model::Metric::{People, Volunteers};
        // The workbook's 2 is sent as "fewer than 5", never as 2.
        assert_eq!(d.shown("COL", Volunteers), Shown::FewerThan(5), "{}", e.id);
        assert_eq!(d.shown("HTI", Volunteers), Shown::Value(5), "{}", e.id);
        assert_eq!(d.shown("COL", People), Shown::Value(400), "{}", e.id);
        assert_eq!(d.by_year.len(), 2, "{}: the years sheet", e.id);
    }
}
