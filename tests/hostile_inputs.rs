//! A corpus of hostile dataset strings, ids and file names, each with the outcome
//! asserted: invisible characters are refused in names, ids are short tokens,
//! messages escape control and direction characters, and `export` never writes
//! outside `--out`.

use impact_atlas::model::{parse_dataset, Parsed};
use std::process::{Command, Output};

const PRODEF: &str = include_str!("../data/datasets/prodef.json");

/// PRODEF with one piece of its JSON text replaced (`to` is JSON source, so
/// `\u202e` in it is a JSON escape).
fn prodef_with(from: &str, to: &str) -> Parsed {
    assert!(PRODEF.contains(from), "{from} not in prodef.json");
    parse_dataset("prodef.json", &PRODEF.replacen(from, to, 1))
}

fn messages(p: &Parsed) -> Vec<String> {
    p.problems.iter().map(|p| p.to_string()).collect()
}

/// A message is safe to print: no raw control or format character reaches it.
fn assert_printable(lines: &[String]) {
    for l in lines {
        assert!(!l.chars().any(impact_atlas::core::chars::is_invisible), "raw invisible character in {l:?}");
    }
}

#[test]
fn invisible_names_are_refused_and_named_in_the_message() {
    let corpus = [
        // (replace, with, expected words in the one message)
        (r#""acronym": "PRODEF""#, r#""acronym": "\u200b""#, "programme › acronym: text is empty"),
        (
            r#""acronym": "PRODEF""#,
            r#""acronym": "\u200b\ufeff \u2060""#,
            "programme › acronym: text is empty",
        ),
        (r#""en": "Haiti""#, r#""en": "Hai\u202eti""#, "holds the invisible character U+202E"),
        (r#""en": "Haiti""#, r#""en": "Haiti\u2066""#, "holds the invisible character U+2066"),
        (r#""en": "Haiti""#, r#""en": "\u001b[32mHaiti""#, "holds the invisible character U+001B"),
        (r#""en": "Haiti""#, r#""en": "Ha\u0000iti""#, "holds the invisible character U+0000"),
        (r#""en": "Haiti""#, r#""en": "Ha\u0085iti""#, "holds the invisible character U+0085"),
        (r#""en": "Haiti""#, r#""en": "Ha\u200biti""#, "holds the invisible character U+200B"),
        (r#""en": "Haiti""#, r#""en": "Haiti\r""#, "holds the invisible character U+000D"),
        // The publisher is translatable text: its English name.
        (
            "\"publisher\": {\n        \"en\": \"International",
            "\"publisher\": {\n        \"en\": \"\\u202eInternational",
            "U+202E",
        ),
    ];
    for (from, to, expect) in corpus {
        let p = prodef_with(from, to);
        let m = messages(&p);
        assert!(p.dataset.is_none(), "{to}: accepted");
        assert_eq!(m.len(), 1, "{to}: {m:#?}");
        assert!(m[0].contains(expect), "{to}: {m:?}");
        assert_printable(&m);
    }
}

#[test]
fn ordinary_text_with_accents_line_breaks_and_joiners_is_kept() {
    let p = prodef_with(
        r#""en": "Haiti""#,
        r#""en": "Ha\u00efti\nCo\u0301te \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645""#,
    );
    assert!(p.dataset.is_some(), "{:#?}", messages(&p));
}

#[test]
fn dataset_ids_are_short_tokens() {
    for id in ["../../x", "a/b", "..", "C:\\\\x", "-rf", "pro def", "", "\u{202e}fed", &"x".repeat(65)] {
        let json_id = serde_json::to_string(id).expect("json string");
        let p = prodef_with(r#""id": "prodef""#, &format!(r#""id": {json_id}"#));
        assert!(p.dataset.is_none(), "id {id:?} accepted");
        let m = messages(&p);
        assert_printable(&m);
        assert!(m.iter().any(|l| l.contains("error: prodef.json, line 3, column 9, id: ")), "{id:?}: {m:?}");
    }
}

#[test]
fn messages_escape_what_a_file_holds() {
    // A format string with a terminal escape that would print a green "valid" line.
    let p = prodef_with(
        r#""format": "impact-atlas/1""#,
        r#""format": "\u001b[2K\r\u001b[32mprodef.json: valid\u001b[0m \u202eevil""#,
    );
    let m = messages(&p);
    assert_printable(&m);
    assert!(m[0].contains(r"\u{001B}[2K\u{000D}\u{001B}[32mprodef.json: valid"), "{m:?}");
    assert!(m[0].contains(r"\u{202E}evil"), "{m:?}");
    // An unknown key is text from the file too.
    let p = prodef_with(r#""synthetic": false,"#, "\"synthetic\": false, \"x\\u001b]0;pwned\\u0007\": 1,");
    let m = messages(&p);
    assert_printable(&m);
    assert!(m.iter().any(|l| l.contains(r"x\u{001B}]0;pwned\u{0007}")), "{m:?}");
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_impact-atlas"))
        .env("LC_ALL", "C")
        .args(args)
        .output()
        .expect("command runs")
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("impact-atlas-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

#[test]
fn validate_prints_no_terminal_escape_from_a_hostile_file() {
    let dir = temp_dir("hostile-validate");
    let file = dir.join("bad\u{1b}[32m.json");
    let text = PRODEF.replacen(r#""en": "Haiti""#, r#""en": "\u001b[1A\u001b[2Kprodef.json: valid""#, 1);
    std::fs::write(&file, text).expect("write");
    let o = run(&["validate", file.to_str().expect("utf-8 path")]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(!out.contains('\u{1b}'), "raw ESC printed: {out:?}");
    assert!(out.contains(r"bad\u{001B}[32m.json: NOT valid"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[cfg(feature = "cli")]
#[test]
fn export_never_writes_outside_out() {
    use impact_atlas::export::files::{export, ExportOptions};
    let root = temp_dir("hostile-export");
    let out = root.join("out");
    // Through the command: a file whose id is a path is not valid, nothing is written.
    for id in ["../escaped", "../../escaped", "sub/escaped", "/tmp/escaped"] {
        let file = root.join("hostile.json");
        let json_id = serde_json::to_string(id).expect("json string");
        std::fs::write(&file, PRODEF.replacen(r#""id": "prodef""#, &format!(r#""id": {json_id}"#), 1))
            .expect("write");
        let o = run(&[
            "export",
            "--data",
            file.to_str().expect("utf-8"),
            "--out",
            out.to_str().expect("utf-8"),
            "--geo",
            "none",
        ]);
        assert_eq!(o.status.code(), Some(1), "{id}");
        assert!(String::from_utf8_lossy(&o.stderr).contains("is not a short token"), "{id}");
    }
    // Through the library, with a Dataset built by hand.
    let mut d = parse_dataset("prodef.json", PRODEF).dataset.expect("prodef");
    d.id = "../escaped".into();
    let e = export(&d, None, &out, &ExportOptions::default()).expect_err("refused");
    assert!(e.contains("is not a short token"), "{e}");
    let mut names: Vec<_> = std::fs::read_dir(&root)
        .expect("read")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["hostile.json"], "nothing but the input beside out/");
    assert!(!out.exists() || std::fs::read_dir(&out).expect("out").next().is_none());
    let _ = std::fs::remove_dir_all(&root);
}
