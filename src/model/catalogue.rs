//! The catalogue (data/index.json): which datasets exist and which one is the default.

use super::node::Node;
use super::reader::Reader;
use crate::core::Problem;
use crate::core::Say;

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub id: String,
    /// Path of the dataset file, relative to data/.
    pub file: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Catalogue {
    pub default: String,
    pub datasets: Vec<Entry>,
    /// Hosts a kiosk's `?qr=` address may point to (besides the dataset's share_url).
    pub qr_hosts: Vec<String>,
}

impl Catalogue {
    /// The entry for `id`, or the default when `id` is `None`.
    pub fn pick(&self, id: Option<&str>) -> Result<&Entry, String> {
        let want = id.unwrap_or(&self.default);
        self.datasets.iter().find(|e| e.id == want).ok_or_else(|| {
            let known: Vec<&str> = self.datasets.iter().map(|e| e.id.as_str()).collect();
            format!("There is no dataset \"{want}\". Available: {}.", known.join(", "))
        })
    }
}

/// Reads data/index.json.
pub fn parse_catalogue(file: &str, text: &str) -> Result<Catalogue, Vec<Problem>> {
    let mut r = Reader::new(file);
    let node = match serde_json::from_str::<Node>(text) {
        Ok(n) => n,
        Err(e) => {
            r.error(&format!("line {}", e.line()), Say::CatalogueNotJson { message: e.to_string() });
            return Err(r.problems);
        }
    };
    let cat = read(&mut r, &node);
    match cat {
        Some(c) if !r.has_errors() => Ok(c),
        _ => Err(r.problems),
    }
}

fn read(r: &mut Reader, n: &Node) -> Option<Catalogue> {
    let f = r.object(n, "", &["format", "default", "datasets", "qr_hosts"])?;
    let default = r.req_string(&f, "default");
    let qr_hosts = r.each(&f, "qr_hosts", |r, n, p| {
        let h = r.string(n, p)?;
        if crate::qr_address::is_host_name(&h) {
            Some(h.to_ascii_lowercase())
        } else {
            r.error(p, Say::NotHostName { host: h.clone() });
            None
        }
    });
    let datasets = r.each(&f, "datasets", |r, n, p| {
        let f = r.object(n, p, &["id", "file", "title"])?;
        let id = r.req_string(&f, "id").filter(|id| super::parse::id_ok(r, &format!("{p}.id"), id));
        let file = r.req_string(&f, "file");
        Some(Entry { id: id?, file: file? })
    });
    let default = default?;
    if !datasets.iter().any(|e| e.id == default) {
        r.error("default", Say::DefaultNotListed { id: default.clone() });
    }
    Some(Catalogue { default, datasets, qr_hosts })
}
