//! `impact-atlas validate FILE…`: what staff run before publishing a dataset. It
//! prints each problem as the page shows it, a summary per file, and exits 1 on any
//! error (0 with warnings only, 2 for a command line it does not understand).

use std::process::{Command, Output};

/// The command in the C locale: English, whatever the machine's language.
fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_impact-atlas"))
        .env("LC_ALL", "C")
        .args(args)
        .output()
        .expect("command runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn shipped_datasets_are_valid_and_exit_zero() {
    let o = run(&["validate", "data/datasets/demo.json", "data/datasets/prodef.json"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert_eq!(
        out,
        "data/datasets/demo.json: valid (0 errors, 0 warnings)\n\
         data/datasets/prodef.json: valid (0 errors, 0 warnings); per-country and per-year counts below 5 \
         show as \"fewer than 5\" (the default, as small_number_threshold is not set)\n\
         2 files checked, 0 with errors\n"
    );
}

#[test]
fn an_error_is_printed_as_the_page_shows_it_and_exits_one() {
    let o = run(&["validate", "tests/bad/csv-women-above-people.json"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert_eq!(
        out,
        "error: tests/bad/csv-women-above-people-by-country.csv, line 2, column C (women): \
         women (450) is larger than people (400) \
         (women are counted among the people reached; check both figures)\n\
         tests/bad/csv-women-above-people.json: NOT valid (1 error, 0 warnings); \
         the page will not show it until the errors are fixed\n"
    );
}

#[test]
fn warnings_alone_keep_exit_zero() {
    let o = run(&["validate", "tests/bad/csv-sum-above-result.json"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.starts_with(
        "warning: tests/bad/csv-sum-above-result-by-country.csv, column B (people): sums do not add up"
    ));
    assert!(
        out.ends_with(
            "tests/bad/csv-sum-above-result.json: valid (0 errors, 1 warning); per-country and per-year \
             counts below 5 show as \"fewer than 5\" (the default, as small_number_threshold is not set)\n"
        ),
        "{out}"
    );
}

#[test]
fn one_bad_file_among_good_ones_fails_the_run_and_is_counted() {
    let o = run(&["validate", "data/datasets/demo.json", "tests/bad/empty.json"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.contains("error: tests/bad/empty.json: file is empty"), "{out}");
    assert!(out.ends_with("2 files checked, 1 with errors\n"), "{out}");
}

#[test]
fn invalid_utf8_is_named_with_its_encoding_character_and_line() {
    let o = run(&["validate", "tests/bad/invalid-utf8.json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains(
        "invalid-utf8.json, line 5, column 18: the file is not UTF-8: it seems saved as Latin-1 (Windows \"ANSI\"), where byte 0xE9 is \"é\""
    ));
}

#[test]
fn a_file_that_is_not_there_is_an_error() {
    let o = run(&["validate", "no/such/file.json"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.starts_with("error: no/such/file.json: cannot open the file"), "{out}");
}

#[test]
fn usage_mistakes_exit_two_with_the_usage_text() {
    for args in [&[][..], &["validate"][..], &["frobnicate"][..]] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains("usage: impact-atlas <command>"), "{args:?}: {err}");
    }
}

#[test]
fn help_prints_the_usage_and_exits_zero() {
    let o = run(&["help"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("validate FILE…"));
}

#[test]
fn a_dataset_without_a_threshold_is_protected_at_five_and_says_so() {
    let o = run(&["validate", "tests/good/no-threshold.json"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert_eq!(
        out,
        "tests/good/no-threshold.json: valid (0 errors, 0 warnings); per-country and per-year counts \
         below 5 show as \"fewer than 5\" (the default, as small_number_threshold is not set)\n"
    );
}

#[test]
fn a_table_is_checked_through_the_dataset_file_that_names_it() {
    let o = run(&["validate", "data/datasets/demo-by-country.csv"]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert_eq!(
        out,
        "data/datasets/demo-by-country.csv is a table: tables are checked through the dataset file that \
         names them, so data/datasets/demo.json is checked\n\
         data/datasets/demo.json: valid (0 errors, 0 warnings)\n"
    );
}

#[test]
fn a_table_no_dataset_names_is_explained_not_read_as_json() {
    let dir = std::env::temp_dir().join(format!("impact-atlas-lone-table-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let table = dir.join("next-by-country.csv");
    std::fs::write(&table, "iso3,people\nCOL,12\n").expect("table");
    let o = run(&["validate", &table.display().to_string()]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert_eq!(
        out,
        format!(
            "error: {}: this is a table, and tables are checked through the dataset's .json file that names \
             them; no .json file beside it names it (run validate on the dataset's .json file, or name the \
             table in it, as in \"by_country\": \"next-by-country.csv\")\n",
            table.display()
        )
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Staff read the command in their language: `--lang`, else the terminal's
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. The validator's messages, the
/// summary line and the help are all in that language.
#[test]
fn the_command_speaks_the_staffs_language() {
    let fr = run(&["validate", "--lang", "fr", "tests/bad/xlsx-fraction.json"]);
    assert_eq!(fr.status.code(), Some(1));
    assert_eq!(
        stdout(&fr),
        "erreur\u{202f}: tests/bad/xlsx-fraction-tables.xlsx, feuille countries, cellule C2 (people)\u{202f}: \
         le nombre 400.5 n'est pas un nombre entier (écrivez un nombre entier comme 1808)\n\
         tests/bad/xlsx-fraction.json\u{202f}: NON valide (1 erreur, 0 avertissement)\u{202f}; \
         la page ne l'affichera pas tant que les erreurs ne seront pas corrigées\n"
    );
    // From the terminal's language, with no option.
    let es = Command::new(env!("CARGO_BIN_EXE_impact-atlas"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "es_ES.UTF-8")
        .args(["validate", "data/datasets/demo.json", "data/datasets/prodef.json"])
        .output()
        .expect("runs");
    let out = stdout(&es);
    assert!(out.starts_with("data/datasets/demo.json: válido (0 errores, 0 advertencias)\n"), "{out}");
    assert!(out.ends_with("2 archivos comprobados, 0 con errores\n"), "{out}");
    // LC_ALL wins over LANG, as for every command.
    let c = Command::new(env!("CARGO_BIN_EXE_impact-atlas"))
        .env("LC_ALL", "C")
        .env("LANG", "fr_CA.UTF-8")
        .args(["validate", "data/datasets/demo.json"])
        .output()
        .expect("runs");
    assert_eq!(stdout(&c), "data/datasets/demo.json: valid (0 errors, 0 warnings)\n");
    // The help, and a usage error, in French.
    let help = stdout(&run(&["help", "--lang", "fr"]));
    assert!(help.starts_with("usage\u{202f}: impact-atlas <commande>"), "{help}");
    let bad = run(&["--lang", "fr", "frobnicate"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr)
        .starts_with("impact-atlas: commande inconnue «\u{202f}frobnicate\u{202f}»"));
    // A language the command does not speak is a usage error, said in English.
    let de = run(&["validate", "--lang", "de", "data/datasets/demo.json"]);
    assert_eq!(de.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&de.stderr).contains("--lang must be en, fr or es, not \"de\""));
}

/// `impact-atlas validate … | head`: the reader closes the pipe before the command
/// writes. The command used to panic ("failed printing to stdout: Broken pipe",
/// exit 101); it now drops the rest of its output and still exits 1 for a file
/// with errors, 0 for valid ones.
#[test]
fn a_closed_pipe_drops_the_output_but_keeps_the_exit_code() {
    use std::process::Stdio;
    for (files, code) in [
        (&["data/datasets/demo.json", "data/datasets/prodef.json"][..], 0),
        (&["tests/bad/csv-women-above-people.json", "data/datasets/prodef.json"][..], 1),
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_impact-atlas"))
            .env("LC_ALL", "C")
            .arg("validate")
            .args(files)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("command starts");
        // Closed before the command has read its files, let alone written.
        drop(child.stdout.take());
        let o = child.wait_with_output().expect("command ends");
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(code), "{files:?}: {err}");
        assert!(!err.contains("panicked") && !err.contains("Broken pipe"), "{err}");
    }
}
