//! The native command. `impact-atlas validate FILE…` checks dataset files and lists
//! every problem, so staff can fix a file before it is published; `publish` writes
//! the public files the page reads (the release build runs it). Each subcommand is
//! one arm of the match in `main`.

use impact_atlas::core::printable;
use impact_atlas::model::small_numbers::DEFAULT_THRESHOLD;
use impact_atlas::model::{parse_path, referenced_files, Parsed, MAX_FILE_BYTES};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[path = "impact-atlas/words.rs"]
mod words;
use impact_atlas::core::{Lang, Severity};
use words::{counts, fill, W};

/// Exit code for a command line that could not be understood (as with most tools).
const USAGE_ERROR: u8 = 2;

/// `println!` that survives a reader going away. `impact-atlas validate … | head`
/// closes the pipe after ten lines, and `println!` then panics ("failed printing
/// to stdout: Broken pipe"). Here the rest of the output is dropped and the command
/// goes on, so its exit code still says whether the files had errors.
macro_rules! out {
    ($($arg:tt)*) => { emit(format_args!($($arg)*)) };
}

fn emit(line: std::fmt::Arguments) {
    use std::io::Write;
    use std::sync::atomic::{AtomicBool, Ordering};
    static CLOSED: AtomicBool = AtomicBool::new(false);
    if CLOSED.load(Ordering::Relaxed) {
        return;
    }
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout.write_fmt(line).and_then(|()| stdout.write_all(b"\n")) {
        CLOSED.store(true, Ordering::Relaxed);
        // A closed pipe is the reader's choice; anything else (a full disk) is a
        // failure of the command.
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("impact-atlas: {e}");
            std::process::exit(1);
        }
    }
}

fn main() -> ExitCode {
    // args_os: a file name that is not UTF-8 must not panic the command.
    let mut args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let (lang, lang_given) = match words::take_lang(&mut args) {
        Ok(l) => l,
        Err(e) => return usage_error(&e, Lang::En),
    };
    let command = args.first().and_then(|a| a.to_str());
    let or_usage = |r: Result<ExitCode, String>| r.unwrap_or_else(|e| usage_error(&e, lang));
    match command {
        Some("validate") => validate(&args[1..], lang),
        Some("publish") => or_usage(publish(&args[1..], lang)),
        Some("export") => or_usage(export(&args[1..], lang, lang_given)),
        Some("new-dataset") => new_dataset(&args[1..], lang),
        Some("cards") => or_usage(cards(&args[1..], lang)),
        Some("label-world") => or_usage(label_world(&args[1..], lang)),
        Some("help" | "-h" | "--help") => {
            out!("{}", W::Usage.text(lang));
            ExitCode::SUCCESS
        }
        Some(other) => usage_error(&fill(W::UnknownCommand.text(lang), &[("what", other)]), lang),
        None if args.is_empty() => usage_error(W::NoCommand.text(lang), lang),
        None => usage_error(W::NotText.text(lang), lang),
    }
}

fn usage_error(what: &str, lang: Lang) -> ExitCode {
    eprintln!("impact-atlas: {what}\n\n{}", W::Usage.text(lang));
    ExitCode::from(USAGE_ERROR)
}

/// "unknown option "x"" in `lang`.
fn unknown_option(flag: &str, lang: Lang) -> String {
    fill(W::UnknownOption.text(lang), &[("what", flag)])
}

/// "publish needs --out DIR" in `lang`.
fn needs(command: &str, what: &str, lang: Lang) -> String {
    fill(W::Needs.text(lang), &[("command", command), ("what", what)])
}

/// `export`: options, then the dataset (which must be valid), then the files.
fn export(args: &[OsString], lang: Lang, lang_given: bool) -> Result<ExitCode, String> {
    use impact_atlas::export::files::{export, ExportOptions};
    // The images' words: the --lang given, else English (as before the command
    // spoke the terminal's language), so an export is the same on every machine.
    let mut o = ExportOptions { lang: if lang_given { lang } else { Lang::En }, ..ExportOptions::default() };
    // None: look for the project's map data (see find_world); Some(None): --geo none.
    let (mut data, mut out, mut geo): (Option<PathBuf>, Option<PathBuf>, Option<Option<PathBuf>>) =
        (None, None, None);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let flag = flag.to_str().ok_or(W::OptionNotText.text(lang))?;
        let value = it.next().ok_or_else(|| fill(W::NeedsValue.text(lang), &[("what", flag)]))?;
        let text = value.to_str().ok_or_else(|| fill(W::ValueNotText.text(lang), &[("what", flag)]))?;
        let number = |name: &str| -> Result<f64, String> {
            text.parse::<f64>()
                .ok()
                .filter(|v| v.is_finite() && *v > 0.0 && *v <= 20_000.0)
                .ok_or_else(|| fill(W::PositiveNumber.text(lang), &[("what", name), ("value", text)]))
        };
        match flag {
            "--data" => data = Some(PathBuf::from(value)),
            "--out" => out = Some(PathBuf::from(value)),
            "--geo" => geo = Some((text != "none").then(|| PathBuf::from(value))),
            "--width" => o.width = number("--width")?,
            "--height" => o.height = Some(number("--height")?),
            "--scale" => o.scale = number("--scale")?.min(8.0),
            other => return Err(unknown_option(other, lang)),
        }
    }
    let data = data.ok_or_else(|| needs("export", "--data FILE", lang))?;
    let out = out.ok_or_else(|| needs("export", "--out DIR", lang))?;
    let parsed = parse_path(&data);
    for p in &parsed.problems {
        eprintln!("{}", p.display_in(lang));
    }
    let Some(dataset) = parsed.dataset else {
        eprintln!("{}{} {}", shown(&data), impact_atlas::i18n::colon(lang), summary(&parsed, lang));
        return Ok(ExitCode::FAILURE);
    };
    let geo = match geo {
        Some(given) => given,
        None => match find_world(&data, lang) {
            Ok(found) => Some(found),
            Err(e) => {
                eprintln!("impact-atlas: {e}");
                return Ok(ExitCode::FAILURE);
            }
        },
    };
    // Characters no installed font has would be empty boxes in the images: say so.
    let world = geo.as_deref().and_then(|p| {
        let bytes = std::fs::read(p).ok()?;
        impact_atlas::geo::decode_world(&p.display().to_string(), &bytes).ok()
    });
    for missing in impact_atlas::export::files::undrawable(&dataset, world.as_ref(), &o) {
        let (c, text) = &missing;
        let code = format!("U+{:04X}", u32::from(*c));
        eprintln!(
            "{}",
            fill(W::NoFont.text(lang), &[("c", &c.to_string()), ("code", &code), ("text", text)])
        );
    }
    match export(&dataset, geo.as_deref(), &out, &o) {
        Ok(files) => {
            for f in files {
                out!("{}", fill(W::Wrote.text(lang), &[("what", &shown(&f))]));
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("impact-atlas: {e}");
            Ok(ExitCode::FAILURE)
        }
    }
}

/// `new-dataset DIR [--id ID]`: the starting JSON file and workbook, then what to do next.
fn new_dataset(args: &[OsString], lang: Lang) -> ExitCode {
    use impact_atlas::model::template;
    let mut dir = None;
    let mut id = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.to_str() {
            Some("--id") => match it.next().and_then(|v| v.to_str()) {
                Some(v)
                    if !v.is_empty()
                        && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') =>
                {
                    id = Some(v.to_owned())
                }
                _ => return usage_error(W::IdChars.text(lang), lang),
            },
            Some(flag) if flag.starts_with("--") => return usage_error(&unknown_option(flag, lang), lang),
            _ if dir.is_none() => dir = Some(PathBuf::from(a)),
            _ => return usage_error(W::OneFolder.text(lang), lang),
        }
    }
    let Some(dir) = dir else { return usage_error(W::NeedsFolder.text(lang), lang) };
    let id = id.unwrap_or_else(|| template::id_from(&dir));
    match template::new_dataset(&dir, &id) {
        Ok(files) => {
            for f in &files {
                out!("{}", fill(W::Wrote.text(lang), &[("what", &f.display().to_string())]));
            }
            let path = dir.join(format!("{id}.json")).display().to_string();
            out!("{}", fill(W::NextSteps.text(lang), &[("id", &id), ("path", &path)]));
            ExitCode::SUCCESS
        }
        Err(template::NotMade::Exists(f)) => {
            eprintln!(
                "impact-atlas: {}",
                fill(W::AlreadyExists.text(lang), &[("what", &f.display().to_string())])
            );
            ExitCode::FAILURE
        }
        Err(template::NotMade::Failed(e)) => {
            eprintln!("impact-atlas: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `label-world FILE`: the map data with each country's label point, so the page
/// reads them instead of searching them at start-up (src/geo/label.rs).
fn label_world(args: &[OsString], lang: Lang) -> Result<ExitCode, String> {
    let [file] = args else { return Err(W::LabelNeedsFile.text(lang).to_owned()) };
    let shown = Path::new(file).display().to_string();
    let labelled = std::fs::read(file)
        .map_err(|e| fill(W::CannotRead.text(lang), &[("what", &shown), ("why", &e.to_string())]))
        .and_then(|bytes| impact_atlas::geo::with_label_points(&shown, &bytes).map_err(|p| p.to_string()));
    match labelled.and_then(|out| std::fs::write(file, &out).map(|()| out.len()).map_err(|e| e.to_string())) {
        Ok(n) => {
            out!("{}", fill(W::LabelsWritten.text(lang), &[("what", &shown), ("n", &n.to_string())]));
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("impact-atlas: {e}");
            Ok(ExitCode::FAILURE)
        }
    }
}

/// The map data's place inside the project.
const WORLD: &str = "data/geo/world.bin";

/// Finds the project's map data wherever the command is run from: under the current
/// folder, above the dataset file (a dataset in data/datasets/ has it in data/geo/),
/// or above the command itself (target/release/impact-atlas in the project). The
/// error says where it looked.
fn find_world(data: &Path, lang: Lang) -> Result<PathBuf, String> {
    let mut places: Vec<PathBuf> = vec![PathBuf::from(WORLD)];
    let data_dir = std::path::absolute(data).ok().and_then(|p| p.parent().map(Path::to_path_buf));
    let exe_dir = std::env::current_exe().ok().and_then(|p| p.parent().map(Path::to_path_buf));
    for start in [data_dir, exe_dir].into_iter().flatten() {
        for dir in start.ancestors() {
            places.push(dir.join(WORLD));
            places.push(dir.join("geo/world.bin"));
        }
    }
    let mut looked: Vec<String> = Vec::new();
    for p in places {
        if p.is_file() {
            return Ok(p);
        }
        let shown = p.display().to_string();
        if !looked.contains(&shown) {
            looked.push(shown);
        }
    }
    Err(fill(W::NoWorld.text(lang), &[("world", WORLD), ("places", &looked.join(", "))]))
}

/// Whether `path` names a table (CSV or workbook) rather than a dataset file.
fn is_table_file(path: &Path) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase();
    matches!(ext.as_str(), "csv" | "xlsx" | "ods" | "xls" | "tsv")
}

/// The dataset files beside `table` that name it (`"by_country": "<name>"`).
fn datasets_naming(table: &Path) -> Vec<PathBuf> {
    let Some(name) = table.file_name().and_then(|n| n.to_str()) else { return Vec::new() };
    let folder = match table.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let Ok(entries) = std::fs::read_dir(&folder) else { return Vec::new() };
    let mut found: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("json")))
        .filter(|p| std::fs::metadata(p).is_ok_and(|m| m.len() <= MAX_FILE_BYTES as u64))
        .filter(|p| {
            std::fs::read_to_string(p).is_ok_and(|text| referenced_files(&text).iter().any(|n| n == name))
        })
        .map(|p| table.parent().map_or(p.clone(), |dir| dir.join(p.file_name().unwrap_or_default())))
        .collect();
    found.sort();
    found
}

/// `publish`: every dataset of the catalogue, validated, then the public files.
fn publish(args: &[OsString], lang: Lang) -> Result<ExitCode, String> {
    let (mut data, mut out) = (PathBuf::from("data"), None);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let value =
            it.next().ok_or_else(|| fill(W::NeedsValue.text(lang), &[("what", &flag.to_string_lossy())]))?;
        match flag.to_str() {
            Some("--data") => data = PathBuf::from(value),
            Some("--out") => out = Some(PathBuf::from(value)),
            _ => return Err(unknown_option(&flag.to_string_lossy(), lang)),
        }
    }
    let out = out.ok_or_else(|| needs("publish", "--out DIR", lang))?;
    let outcome = match impact_atlas::export::public::publish_dir(&data, &out) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("impact-atlas publish: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    // Errors and warnings are for staff: printed here, never published.
    for p in &outcome.problems {
        eprintln!("{}", p.display_in(lang));
    }
    if !outcome.ok() {
        let errors = outcome.problems.iter().filter(|p| p.is_error()).count();
        let (n, s) = (errors.to_string(), plural(errors));
        let line = fill(
            W::NotPublished.text(lang),
            &[("n", &n), ("s", s), ("counts", &words::error_count(errors, lang))],
        );
        eprintln!("impact-atlas publish: {line}");
        return Ok(ExitCode::FAILURE);
    }
    for (path, bytes) in &outcome.written {
        out!("{}", fill(W::Published.text(lang), &[("what", &shown(path)), ("n", &bytes.to_string())]));
    }
    Ok(ExitCode::SUCCESS)
}

fn validate(files: &[OsString], lang: Lang) -> ExitCode {
    if files.is_empty() {
        return usage_error(W::NeedsFile.text(lang), lang);
    }
    let mut failed = 0;
    for file in files {
        let mut path = PathBuf::from(file);
        // A table is only meaningful with its dataset (countries, years, totals): check
        // the dataset that names it, or say how tables are checked.
        if is_table_file(&path) {
            let shown = path.display().to_string();
            match datasets_naming(&path).first() {
                Some(json) => {
                    let json_shown = json.display().to_string();
                    out!("{}", fill(W::TableChecked.text(lang), &[("table", &shown), ("json", &json_shown)]));
                    path = json.clone();
                }
                None => {
                    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
                    let (sev, colon) = impact_atlas::core::problem::severity_word(Severity::Error, lang);
                    let line = fill(W::TableAlone.text(lang), &[("table", &shown), ("name", &name)]);
                    out!("{sev}{colon} {line}");
                    failed += 1;
                    continue;
                }
            }
        }
        let parsed = parse_path(&path);
        for p in &parsed.problems {
            out!("{}", p.display_in(lang));
        }
        out!("{}{} {}", shown(&path), impact_atlas::i18n::colon(lang), summary(&parsed, lang));
        if parsed.dataset.is_none() {
            failed += 1;
        }
    }
    if files.len() > 1 {
        let (n, failed) = (files.len().to_string(), failed.to_string());
        out!("{}", fill(W::FilesChecked.text(lang), &[("n", &n), ("failed", &failed)]));
    }
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// A path as printed: control and direction characters in a file name are escaped,
/// like those in the problems, so a hostile name cannot rewrite the line.
fn shown(p: &std::path::Path) -> String {
    printable(&p.display().to_string()).into_owned()
}

/// One line per file: whether the page would show it, and how many problems.
fn summary(parsed: &Parsed, lang: Lang) -> String {
    let counts = counts(parsed.errors(), parsed.warnings(), lang);
    let t = DEFAULT_THRESHOLD.to_string();
    let w = if parsed.dataset.is_some() && parsed.default_threshold {
        W::ValidDefault
    } else if parsed.dataset.is_some() {
        W::Valid
    } else {
        W::NotValid
    };
    fill(w.text(lang), &[("counts", &counts), ("t", &t)])
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `cards`: a share card per dataset and language, and one JSON line per card on
/// standard output (for the build's head tags).
fn cards(args: &[OsString], lang: Lang) -> Result<ExitCode, String> {
    let (mut data, mut out) = (PathBuf::from("data"), None);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let value =
            it.next().ok_or_else(|| fill(W::NeedsValue.text(lang), &[("what", &flag.to_string_lossy())]))?;
        match flag.to_str() {
            Some("--data-dir") => data = PathBuf::from(value),
            Some("--out") => out = Some(PathBuf::from(value)),
            _ => return Err(unknown_option(&flag.to_string_lossy(), lang)),
        }
    }
    let out = out.ok_or_else(|| needs("cards", "--out DIR", lang))?;
    let cards = impact_atlas::export::files::write_cards(&data, &out)?;
    for c in cards {
        let line = serde_json::json!({
            "id": c.id, "lang": c.lang.code(), "file": c.file, "title": c.title,
            "description": c.description, "default": c.default,
        });
        out!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}
