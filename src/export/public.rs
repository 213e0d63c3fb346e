//! `impact-atlas publish`: from the staff's data/ folder to the public files dist/
//! serves (see `model::publish` and docs/PUBLIC-FORMAT.md). Every dataset of the
//! catalogue is read and validated as `validate` does; one error anywhere and
//! nothing is written, so a build never serves a dataset that failed its checks.

use crate::core::Problem;
use crate::model::catalogue::parse_catalogue;
use crate::model::parse_path;
use crate::model::publish::{public_file_name, public_json, PublicCatalogue, PublicEntry, PUBLIC_FORMAT};
use std::path::{Path, PathBuf};

/// What one run found and wrote.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Every problem of every file (errors and warnings), for staff.
    pub problems: Vec<Problem>,
    /// Files written, in order; empty when there was an error.
    pub written: Vec<(PathBuf, usize)>,
}

impl Outcome {
    pub fn ok(&self) -> bool {
        !self.problems.iter().any(Problem::is_error)
    }
}

/// Where the map geometry is, under the data folder and under the output folder.
pub const GEOMETRY: &str = "geo/world.bin";

/// Reads `data/index.json` and each dataset it lists, and, when none has an error,
/// writes into `out`: `index.json` (the public catalogue), one `<id>-<hash>.json`
/// per dataset, and the map geometry (`geo/world.bin`). Public files of earlier
/// runs left in `out` are removed, so `out` holds exactly what is published.
pub fn publish_dir(data: &Path, out: &Path) -> Result<Outcome, String> {
    let index = data.join("index.json");
    let shown = index.display().to_string();
    let text = std::fs::read_to_string(&index).map_err(|e| format!("{shown}: {e}"))?;
    let mut outcome = Outcome::default();
    let catalogue = match parse_catalogue(&shown, &text) {
        Ok(c) => c,
        Err(problems) => {
            outcome.problems = problems;
            return Ok(outcome);
        }
    };
    let mut public = PublicCatalogue {
        format: PUBLIC_FORMAT.to_owned(),
        default: catalogue.default.clone(),
        datasets: vec![],
        qr_hosts: catalogue.qr_hosts.clone(),
    };
    let mut files = Vec::new();
    for entry in &catalogue.datasets {
        // The id names the public file: the catalogue's reader has checked that it
        // is a short token (model::id), which cannot be a path.
        let parsed = parse_path(&data.join(&entry.file));
        outcome.problems.extend(parsed.problems);
        let Some(dataset) = parsed.dataset else { continue };
        let json = public_json(&dataset);
        let name = public_file_name(&entry.id, &json);
        public.datasets.push(PublicEntry { id: entry.id.clone(), file: name.clone() });
        files.push((name, json));
    }
    if !outcome.ok() {
        return Ok(outcome);
    }
    let geometry =
        std::fs::read(data.join(GEOMETRY)).map_err(|e| format!("{}: {e}", data.join(GEOMETRY).display()))?;
    std::fs::create_dir_all(out.join("geo")).map_err(|e| format!("{}: {e}", out.display()))?;
    remove_old(out)?;
    let catalogue_json = serde_json::to_string(&public).map_err(|e| e.to_string())?;
    files.push(("index.json".to_owned(), catalogue_json));
    for (name, json) in files {
        let at = out.join(&name);
        std::fs::write(&at, &json).map_err(|e| format!("{}: {e}", at.display()))?;
        outcome.written.push((at, json.len()));
    }
    let at = out.join(GEOMETRY);
    std::fs::write(&at, &geometry).map_err(|e| format!("{}: {e}", at.display()))?;
    outcome.written.push((at, geometry.len()));
    Ok(outcome)
}

/// Removes the JSON and CSV files directly in `out` (earlier public files, or source
/// files copied there by an older build), so nothing stale is served.
fn remove_old(out: &Path) -> Result<(), String> {
    let entries = std::fs::read_dir(out).map_err(|e| format!("{}: {e}", out.display()))?;
    for e in entries.flatten() {
        let p = e.path();
        let old = p.is_file() && p.extension().is_some_and(|x| x == "json" || x == "csv");
        if old {
            std::fs::remove_file(&p).map_err(|e| format!("{}: {e}", p.display()))?;
        }
    }
    Ok(())
}
