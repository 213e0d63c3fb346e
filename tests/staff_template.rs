//! A new programme's dataset made the way docs/STAFF-GUIDE.md tells staff to: start
//! from `impact-atlas new-dataset`, fill in every REPLACE in the JSON file and the
//! figures in the workbook's sheets (deleting the example rows), then validate. No
//! CSV file is written by hand at any step.

use calamine::{open_workbook_auto, Reader};
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

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("impact-atlas-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// The header row of a sheet of the template, as staff see it.
fn header(book: &Path, sheet: &str) -> Vec<String> {
    let mut wb = open_workbook_auto(book).expect("template workbook opens");
    let range = wb.worksheet_range(sheet).expect("sheet");
    range.rows().next().expect("header row").iter().map(|c| c.to_string()).collect()
}

/// What staff do in the spreadsheet: keep each sheet's header, replace the example
/// rows by the programme's figures, leave cells empty where a figure is not published.
fn fill_workbook(book: &Path, countries: &[[&str; 5]], years: &[[&str; 3]]) {
    let (hc, hy) = (header(book, "countries"), header(book, "years"));
    write_sheets(
        book,
        &[
            ("countries", hc, countries.iter().map(|r| r.to_vec()).collect()),
            ("years", hy, years.iter().map(|r| r.to_vec()).collect()),
        ],
    );
}

/// `validate` on the dataset; its output (it exits 1 when there are errors).
fn validate(json: &Path) -> String {
    let o = run(&["validate", &json.display().to_string()]);
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The guide's example message (step 4) that contains `key`, with the quoted line
/// and caret under it if any, and the guide's folder replaced by the test's: it must
/// be in `out` word for word, so the guide shows what staff will really see.
fn assert_guide_shows(out: &str, dir: &Path, key: &str) {
    let guide = std::fs::read_to_string("docs/STAFF-GUIDE.md").expect("the staff guide");
    let step4 = guide.split("## 4. Check it").nth(1).and_then(|s| s.split("## 5.").next()).expect("step 4");
    let lines: Vec<&str> = step4.lines().collect();
    let i = lines
        .iter()
        .position(|l| l.starts_with("error: ") && l.contains(key))
        .unwrap_or_else(|| panic!("the guide has no example message with {key}"));
    let mut message = lines[i].replace("data/datasets/", &format!("{}/", dir.display()));
    for quoted in lines[i + 1..].iter().take_while(|l| l.starts_with("    ")) {
        message = format!("{message}\n{quoted}");
    }
    assert!(out.contains(&message), "the guide shows\n{message}\nbut validate says\n{out}");
}

#[test]
fn a_dataset_made_from_the_template_in_a_spreadsheet_validates() {
    let dir = temp("staff-template");
    let o = run(&["new-dataset", &dir.join("next").display().to_string()]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let json = dir.join("next/next.json");
    let book = dir.join("next/next.xlsx");
    assert!(json.is_file() && book.is_file());
    let notes = open_workbook_auto(&book).expect("opens").worksheet_range("notes").expect("a notes sheet");
    assert_eq!(
        notes.get_value((0, 0)).map(|c| c.to_string()).as_deref(),
        Some("How to fill in this workbook")
    );

    // Before filling in: every REPLACE and example row is listed, with its place.
    let out = validate(&json);
    assert_guide_shows(&out, &dir, "programme › acronym");
    assert_guide_shows(&out, &dir, "this row is an example");
    assert!(out.contains("next.json, line 5, column 16, programme › acronym: still to fill in: \"REPLACE: short name, such as PRODEF\""), "{out}");
    assert!(
        out.contains("next.xlsx, sheet countries, row 2: this row is an example from the template"),
        "{out}"
    );
    assert!(
        out.ends_with(
            "NOT valid (23 errors, 0 warnings); the page will not show it until the errors are fixed\n"
        ),
        "{out}"
    );

    // Fill in the JSON file: each REPLACE in turn, as the guide says (synthetic test values).
    let mut text = std::fs::read_to_string(&json).expect("json");
    for (placeholder, value) in [
        ("\"REPLACE: short name, such as PRODEF\"", "\"NEXT\""),
        ("\"REPLACE: the programme's full name in English\"", "\"Next programme (synthetic test)\""),
        ("\"REPLACE: nom complet du programme en français\"", "\"Programme suivant (test synthétique)\""),
        ("\"REPLACE: nombre completo del programa en español\"", "\"Programa siguiente (prueba sintética)\""),
        ("\"REPLACE: the organisation that runs it\"", "\"Test organisation\""),
        ("\"REPLACE: first year, such as 2025\"", "2025"),
        ("\"REPLACE: last year, such as 2031\"", "2031"),
        ("\"REPLACE: title of the published report the figures come from\"", "\"Synthetic test report\""),
        ("\"REPLACE: who published it\"", "\"Test publisher\""),
        ("\"REPLACE: the year it was published\"", "2031"),
        ("\"REPLACE: three-letter country code, such as HTI\"", "\"HTI\""),
        ("\"REPLACE: Haiti\"", "\"Haiti\""),
        ("\"REPLACE: Haïti\"", "\"Haïti\""),
        ("\"REPLACE: Haití\"", "\"Haití\""),
        ("\"REPLACE: total number of volunteers\"", "20"),
        ("\"REPLACE: number of countries\"", "2"),
        ("\"REPLACE: total number of people reached\"", "5000"),
        ("\"REPLACE: of whom women and girls\"", "2400"),
        ("\"REPLACE: of whom children\"", "1300"),
    ] {
        assert!(text.contains(placeholder), "{placeholder}");
        text = text.replace(placeholder, value);
    }
    // A second country, copied from the first as the guide shows.
    text = text.replace(
        "  ],\n  \"headline\"",
        "  ,\n    { \"iso3\": \"COL\", \"name\": { \"en\": \"Colombia\" } }\n  ],\n  \"headline\"",
    );
    text = text.replace("}\n  ,\n    { \"iso3\": \"COL\"", "},\n    { \"iso3\": \"COL\"");
    std::fs::write(&json, &text).expect("json written");
    fill_workbook(
        &book,
        &[["HTI", "12", "3000", "1400", ""], ["COL", "8", "2000", "1000", "3"]],
        &[["2025", "9", "2100"], ["2026", "11", ""]],
    );

    // The guide's examples of mistakes (step 4), made and then undone.
    std::fs::write(&json, text.replace("\"HTI\"", "\"hti\"")).expect("json with a lower-case code");
    fill_workbook(
        &book,
        &[["HTI", "12", "3000", "1400", ""], ["COL", "8", "2000", "2100", "3"]],
        &[["2025", "9", "2100"], ["2026", "11", ""]],
    );
    let out = validate(&json);
    assert_guide_shows(&out, &dir, "country › iso3");
    assert_guide_shows(&out, &dir, "(women)");
    assert!(
        out.ends_with(
            "NOT valid (2 errors, 0 warnings); the page will not show it until the errors are fixed\n"
        ),
        "{out}"
    );
    std::fs::write(&json, text.replace("\"value\": 5000", "\"value\": 5,000"))
        .expect("json with a separator");
    let out = validate(&json);
    assert_guide_shows(&out, &dir, "thousands separator");
    std::fs::write(&json, &text).expect("json written");
    fill_workbook(
        &book,
        &[["HTI", "12", "3000", "1400", ""], ["COL", "8", "2000", "1000", "3"]],
        &[["2025", "9", "2100"], ["2026", "11", ""]],
    );

    let o = run(&["validate", &json.display().to_string()]);
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert_eq!(o.status.code(), Some(0), "{out}\n{text}");
    assert_eq!(out, format!("{}: valid (0 errors, 0 warnings)\n", json.display()));

    // The dataset as the page gets it: Colombia's 3 children show as "fewer than 5".
    let parsed = impact_atlas::model::parse_path(&json);
    let d = parsed.dataset.expect("valid");
    let col = d.figures_for("COL").expect("Colombia");
    assert_eq!(col.children, impact_atlas::model::Shown::FewerThan(5));
    assert_eq!(
        d.figures_for("HTI").map(|h| h.children),
        Some(impact_atlas::model::Shown::NotPublished),
        "empty cell: not published"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
