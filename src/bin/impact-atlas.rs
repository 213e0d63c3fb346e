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

const USAGE: &str = "\
usage: impact-atlas <command> …

commands:
  validate FILE…   check dataset files (and the tables they name) and list
                   every problem; exits 1 if any file has an error. Given a
                   table, checks the dataset file beside it that names it
  publish --out DIR [--data DIR]
                   check every dataset of DIR/index.json (data/ by default) as
                   validate does and, if none has an error, write the public
                   files the page reads into DIR: index.json, one
                   <id>-<hash>.json per dataset (protected counts already
                   fewer-than-N markers, no warnings) and geo/world.bin; exits 1
                   and writes nothing if any dataset has an error
  export --data FILE --out DIR [--width W] [--height H] [--scale S] [--lang L] [--geo FILE]
                   write each chart and the map as SVG and PNG into DIR
                   (width/height in CSS px, default 1200 wide; scale = pixel
                   ratio, default 2; lang en, fr or es; geo: the map data,
                   found in the project by default, or none for no map)
  new-dataset DIR [--id ID]
                   start a new programme's dataset in folder DIR: ID.json (the
                   programme, countries and totals; fill in every REPLACE) and
                   ID.xlsx (the per-country and per-year tables, with notes);
                   ID defaults to the folder's name
  cards --out DIR [--data-dir DIR]
                   write a 1200x630 share card per dataset of DIR/index.json
                   (default data/) and language, and print one JSON line each
  label-world FILE
                   search each country's label point in the map data FILE
                   and write them into it (scripts/make-geometry.mjs runs it)
  help             show this text

examples:
  cargo run -- new-dataset data/next
  cargo run -- validate data/datasets/demo.json
  cargo run -- publish --out dist/data
  cargo run -- export --data data/datasets/prodef.json --out exports --lang fr";

/// Exit code for a command line that could not be understood (as with most tools).
const USAGE_ERROR: u8 = 2;

fn main() -> ExitCode {
    // args_os: a file name that is not UTF-8 must not panic the command.
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let command = args.first().and_then(|a| a.to_str());
    match command {
        Some("validate") => validate(&args[1..]),
        Some("publish") => match publish(&args[1..]) {
            Ok(code) => code,
            Err(e) => usage_error(&e),
        },
        Some("export") => match export(&args[1..]) {
            Ok(code) => code,
            Err(e) => usage_error(&e),
        },
        Some("new-dataset") => new_dataset(&args[1..]),
        Some("cards") => match cards(&args[1..]) {
            Ok(code) => code,
            Err(e) => usage_error(&e),
        },
        Some("label-world") => match label_world(&args[1..]) {
            Ok(code) => code,
            Err(e) => usage_error(&e),
        },
        Some("help" | "-h" | "--help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => usage_error(&format!("unknown command \"{other}\"")),
        None if args.is_empty() => usage_error("no command given"),
        None => usage_error("the command is not valid text"),
    }
}

fn usage_error(what: &str) -> ExitCode {
    eprintln!("impact-atlas: {what}\n\n{USAGE}");
    ExitCode::from(USAGE_ERROR)
}

/// `export`: options, then the dataset (which must be valid), then the files.
fn export(args: &[OsString]) -> Result<ExitCode, String> {
    use impact_atlas::core::Lang;
    use impact_atlas::export::files::{export, ExportOptions};
    let mut o = ExportOptions::default();
    // None: look for the project's map data (see find_world); Some(None): --geo none.
    let (mut data, mut out, mut geo): (Option<PathBuf>, Option<PathBuf>, Option<Option<PathBuf>>) =
        (None, None, None);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let flag = flag.to_str().ok_or("an option is not valid text")?;
        let value = it.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let text = value.to_str().ok_or_else(|| format!("the value of {flag} is not valid text"))?;
        let number = |name: &str| -> Result<f64, String> {
            text.parse::<f64>()
                .ok()
                .filter(|v| v.is_finite() && *v > 0.0 && *v <= 20_000.0)
                .ok_or_else(|| format!("{name} must be a positive number, not \"{text}\""))
        };
        match flag {
            "--data" => data = Some(PathBuf::from(value)),
            "--out" => out = Some(PathBuf::from(value)),
            "--geo" => geo = Some((text != "none").then(|| PathBuf::from(value))),
            "--width" => o.width = number("--width")?,
            "--height" => o.height = Some(number("--height")?),
            "--scale" => o.scale = number("--scale")?.min(8.0),
            "--lang" => {
                o.lang = Lang::from_tag(text)
                    .ok_or_else(|| format!("--lang must be en, fr or es, not \"{text}\""))?
            }
            other => return Err(format!("unknown option \"{other}\"")),
        }
    }
    let data = data.ok_or("export needs --data FILE")?;
    let out = out.ok_or("export needs --out DIR")?;
    let parsed = parse_path(&data);
    for p in &parsed.problems {
        eprintln!("{p}");
    }
    let Some(dataset) = parsed.dataset else {
        eprintln!("{}: {}", shown(&data), summary(&parsed));
        return Ok(ExitCode::FAILURE);
    };
    let geo = match geo {
        Some(given) => given,
        None => match find_world(&data) {
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
        eprintln!("{}", impact_atlas::export::fonts::warning(&missing));
    }
    match export(&dataset, geo.as_deref(), &out, &o) {
        Ok(files) => {
            for f in files {
                println!("wrote {}", shown(&f));
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
fn new_dataset(args: &[OsString]) -> ExitCode {
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
                _ => return usage_error("--id needs letters, digits, - or _ only, such as next-programme"),
            },
            Some(flag) if flag.starts_with("--") => {
                return usage_error(&format!("unknown option \"{flag}\""))
            }
            _ if dir.is_none() => dir = Some(PathBuf::from(a)),
            _ => return usage_error("new-dataset takes one folder"),
        }
    }
    let Some(dir) = dir else { return usage_error("new-dataset needs a folder, such as data/next") };
    let id = id.unwrap_or_else(|| template::id_from(&dir));
    match template::new_dataset(&dir, &id) {
        Ok(files) => {
            for f in &files {
                println!("wrote {}", f.display());
            }
            println!(
                "next: fill in every REPLACE in {id}.json, and your figures in the sheets of {id}.xlsx (delete the EXAMPLE rows); then check it with\n  impact-atlas validate {}",
                dir.join(format!("{id}.json")).display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("impact-atlas: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `label-world FILE`: the map data with each country's label point, so the page
/// reads them instead of searching them at start-up (src/geo/label.rs).
fn label_world(args: &[OsString]) -> Result<ExitCode, String> {
    let [file] = args else { return Err("label-world needs one FILE".to_owned()) };
    let shown = Path::new(file).display().to_string();
    let labelled = std::fs::read(file)
        .map_err(|e| format!("cannot read {shown}: {e}"))
        .and_then(|bytes| impact_atlas::geo::with_label_points(&shown, &bytes).map_err(|p| p.to_string()));
    match labelled.and_then(|out| std::fs::write(file, &out).map(|()| out.len()).map_err(|e| e.to_string())) {
        Ok(n) => {
            println!("{shown}: label points written ({n} bytes)");
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
fn find_world(data: &Path) -> Result<PathBuf, String> {
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
    Err(format!(
        "the map data ({WORLD}) was not found; looked in: {}. Run the command inside the \
         project folder, give the file with --geo FILE, or export without the map with --geo none",
        looked.join(", ")
    ))
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
fn publish(args: &[OsString]) -> Result<ExitCode, String> {
    let (mut data, mut out) = (PathBuf::from("data"), None);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let value = it.next().ok_or_else(|| format!("{} needs a value", flag.to_string_lossy()))?;
        match flag.to_str() {
            Some("--data") => data = PathBuf::from(value),
            Some("--out") => out = Some(PathBuf::from(value)),
            _ => return Err(format!("unknown option \"{}\"", flag.to_string_lossy())),
        }
    }
    let out = out.ok_or("publish needs --out DIR")?;
    let outcome = match impact_atlas::export::public::publish_dir(&data, &out) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("impact-atlas publish: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    // Errors and warnings are for staff: printed here, never published.
    for p in &outcome.problems {
        eprintln!("{p}");
    }
    if !outcome.ok() {
        let errors = outcome.problems.iter().filter(|p| p.is_error()).count();
        eprintln!(
            "impact-atlas publish: NOT published: {errors} error{} (listed above); fix them and build again",
            plural(errors)
        );
        return Ok(ExitCode::FAILURE);
    }
    for (path, bytes) in &outcome.written {
        println!("published {} ({bytes} bytes)", shown(path));
    }
    Ok(ExitCode::SUCCESS)
}

fn validate(files: &[OsString]) -> ExitCode {
    if files.is_empty() {
        return usage_error("validate needs at least one dataset file");
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
                    println!(
                        "{shown} is a table: tables are checked through the dataset file that names them, so {} is checked",
                        json.display()
                    );
                    path = json.clone();
                }
                None => {
                    println!(
                        "error: {shown}: this is a table, and tables are checked through the dataset's .json file that names them; \
                         no .json file beside it names it (run validate on the dataset's .json file, or name the table in it, \
                         as in \"by_country\": \"{}\")",
                        path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default()
                    );
                    failed += 1;
                    continue;
                }
            }
        }
        let parsed = parse_path(&path);
        for p in &parsed.problems {
            println!("{p}");
        }
        println!("{}: {}", shown(&path), summary(&parsed));
        if parsed.dataset.is_none() {
            failed += 1;
        }
    }
    if files.len() > 1 {
        println!("{} files checked, {failed} with errors", files.len());
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
fn summary(parsed: &Parsed) -> String {
    let (errors, warnings) = (parsed.errors(), parsed.warnings());
    let counts = format!("{} error{}, {} warning{}", errors, plural(errors), warnings, plural(warnings));
    if parsed.dataset.is_some() && parsed.default_threshold {
        format!(
            "valid ({counts}); per-country and per-year counts below {DEFAULT_THRESHOLD} show as \"fewer than {DEFAULT_THRESHOLD}\" (the default, as small_number_threshold is not set)"
        )
    } else if parsed.dataset.is_some() {
        format!("valid ({counts})")
    } else {
        format!("NOT valid ({counts}); the page will not show it until the errors are fixed")
    }
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
fn cards(args: &[OsString]) -> Result<ExitCode, String> {
    let (mut data, mut out) = (PathBuf::from("data"), None);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let value = it.next().ok_or("an option needs a value")?;
        match flag.to_str() {
            Some("--data-dir") => data = PathBuf::from(value),
            Some("--out") => out = Some(PathBuf::from(value)),
            _ => return Err(format!("unknown option {flag:?}")),
        }
    }
    let out = out.ok_or("--out DIR is required")?;
    let cards = impact_atlas::export::files::write_cards(&data, &out)?;
    for c in cards {
        let line = serde_json::json!({
            "id": c.id, "lang": c.lang.code(), "file": c.file, "title": c.title,
            "description": c.description, "default": c.default,
        });
        println!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}
