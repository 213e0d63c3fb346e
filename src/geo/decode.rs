//! Reading `data/geo/world.json` (format `impact-atlas-geo/1`, described in
//! data/geo/README.md): shared arcs of quantized, delta-encoded points, and
//! countries whose rings are lists of arc references, as in TopoJSON.

use super::antimeridian::cut_ring;
use super::world::{Country, DashedLine, LonLat, Polygon, World};
use crate::model::{Problem, Severity, Text};
use serde_json::Value;

/// The format tag the world file carries.
pub const GEO_FORMAT: &str = "impact-atlas-geo/1";

const HINT: &str = "regenerate it with `node scripts/make-geometry.mjs`";

fn problem(file: &str, place: impl Into<String>, what: impl Into<String>) -> Problem {
    Problem {
        severity: Severity::Error,
        file: file.to_owned(),
        place: place.into(),
        what: what.into(),
        hint: HINT.to_owned(),
        excerpt: Box::default(),
    }
}

/// Decodes the world file. `file` names it in problems. Rings crossing ±180° are
/// cut (see `antimeridian`); a file that breaks the format is one `Problem`, since
/// it comes from a script, not from staff, and is fixed by regenerating it.
pub fn decode_world(file: &str, text: &str) -> Result<World, Problem> {
    let root: Value = serde_json::from_str(text)
        .map_err(|e| problem(file, format!("line {}", e.line()), format!("not valid JSON: {e}")))?;
    let format = root.get("format").and_then(Value::as_str);
    if format != Some(GEO_FORMAT) {
        return Err(problem(file, "format", format!("expected \"{GEO_FORMAT}\", found {format:?}")));
    }
    let pair = |key: &str| -> Result<(f64, f64), Problem> {
        let v = root.get("transform").and_then(|t| t.get(key)).and_then(Value::as_array);
        match v.map(|a| a.iter().map(Value::as_f64).collect::<Vec<_>>()).as_deref() {
            Some([Some(a), Some(b)]) => Ok((*a, *b)),
            _ => Err(problem(file, format!("transform.{key}"), "expected two numbers")),
        }
    };
    let (scale, translate) = (pair("scale")?, pair("translate")?);

    let arcs = root
        .get("arcs")
        .and_then(Value::as_array)
        .ok_or_else(|| problem(file, "arcs", "missing list of arcs"))?
        .iter()
        .enumerate()
        .map(|(i, a)| decode_arc(a, scale, translate).ok_or_else(|| bad_arc(file, i)))
        .collect::<Result<Vec<_>, _>>()?;

    let countries = root
        .get("countries")
        .and_then(Value::as_array)
        .ok_or_else(|| problem(file, "countries", "missing list of countries"))?
        .iter()
        .enumerate()
        .map(|(i, c)| decode_country(file, i, c, &arcs))
        .collect::<Result<Vec<_>, _>>()?;
    let dashed = match root.get("dashed") {
        None => Vec::new(),
        Some(v) => decode_dashed(file, v, &arcs)?,
    };
    Ok(World { countries, dashed })
}

/// `dashed`: boundaries drawn dashed (a disputed or undefined line, such as
/// Western Sahara's with Morocco), each `{"between": [A, B], "arcs": [refs]}`, the
/// arcs joined end to end like a ring's, but not closed.
fn decode_dashed(file: &str, v: &Value, arcs: &[Vec<LonLat>]) -> Result<Vec<DashedLine>, Problem> {
    let lines = v.as_array().ok_or_else(|| problem(file, "dashed", "expected a list"))?;
    let mut out = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let at = format!("dashed[{i}]");
        let between: Vec<String> = line
            .get("between")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).map(str::to_owned).collect())
            .unwrap_or_default();
        let refs = line.get("arcs").ok_or_else(|| problem(file, &at, "missing arcs"))?;
        let mut points = assemble_line(refs, arcs).map_err(|what| problem(file, &at, what))?;
        points.dedup();
        out.push(DashedLine { between, points });
    }
    Ok(out)
}

/// Joins arcs end to end (see `assemble_ring`), keeping every point.
fn assemble_line(v: &Value, arcs: &[Vec<LonLat>]) -> Result<Vec<LonLat>, String> {
    let refs = v.as_array().ok_or("expected a list of arc references")?;
    let mut line: Vec<LonLat> = Vec::new();
    for r in refs {
        let r = r.as_i64().ok_or("arc references are integers")?;
        let (index, backwards) = if r >= 0 { (r, false) } else { (!r, true) };
        let arc = usize::try_from(index)
            .ok()
            .and_then(|i| arcs.get(i))
            .ok_or_else(|| format!("arc {r} is not in the file ({} arcs)", arcs.len()))?;
        if backwards {
            line.extend(arc.iter().rev());
        } else {
            line.extend(arc.iter());
        }
    }
    if line.len() < 2 {
        return Err("a line needs at least 2 points".to_owned());
    }
    Ok(line)
}

fn bad_arc(file: &str, i: usize) -> Problem {
    problem(file, format!("arcs[{i}]"), "expected an even-length list of at least 4 integers")
}

/// An arc is `[x0, y0, dx1, dy1, …]`: the first point on the quantization grid,
/// then each point's step from the one before.
fn decode_arc(v: &Value, (sx, sy): (f64, f64), (tx, ty): (f64, f64)) -> Option<Vec<LonLat>> {
    let a = v.as_array()?;
    if a.len() < 4 || a.len() % 2 != 0 {
        return None;
    }
    let mut out = Vec::with_capacity(a.len() / 2);
    let (mut x, mut y) = (0i64, 0i64);
    for p in a.chunks_exact(2) {
        x += p[0].as_i64()?;
        y += p[1].as_i64()?;
        out.push((tx + x as f64 * sx, ty + y as f64 * sy));
    }
    Some(out)
}

fn decode_country(file: &str, i: usize, v: &Value, arcs: &[Vec<LonLat>]) -> Result<Country, Problem> {
    let place = |rest: &str| format!("countries[{i}]{rest}");
    let iso3 = v
        .get("id")
        .and_then(Value::as_str)
        .filter(|s| s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()))
        .ok_or_else(|| problem(file, place(".id"), "expected a three-letter upper-case code"))?
        .to_owned();
    let numeric = v.get("num").and_then(Value::as_u64).and_then(|n| u16::try_from(n).ok());
    let name_in = |lang: &str| v.get("name").and_then(|n| n.get(lang)).and_then(Value::as_str);
    let name = Text {
        en: name_in("en").unwrap_or(&iso3).to_owned(),
        fr: name_in("fr").map(str::to_owned),
        es: name_in("es").map(str::to_owned),
    };
    let polygons = v
        .get("polygons")
        .and_then(Value::as_array)
        .ok_or_else(|| problem(file, place(".polygons"), "missing list of polygons"))?;
    let mut out = Vec::with_capacity(polygons.len());
    for (pi, p) in polygons.iter().enumerate() {
        let rings = p.as_array().filter(|r| !r.is_empty());
        let rings =
            rings.ok_or_else(|| problem(file, place(&format!(".polygons[{pi}]")), "expected rings"))?;
        let mut decoded = Vec::with_capacity(rings.len());
        for (ri, r) in rings.iter().enumerate() {
            let at = place(&format!(".polygons[{pi}][{ri}]"));
            decoded.push(assemble_ring(r, arcs).map_err(|what| problem(file, at, what))?);
        }
        let mut rings = decoded.into_iter();
        let outer = rings.next().unwrap_or_default();
        push_cut(&mut out, &outer, rings.collect());
    }
    Ok(Country { iso3, numeric, name, polygons: out, label: std::cell::OnceCell::new() })
}

/// Joins a ring's arcs end to end. A reference `r ≥ 0` is arc `r` as stored;
/// `r < 0` is arc `!r` (that is, `-r - 1`) walked backwards. Consecutive arcs share
/// their joining point, which is kept once; the closing point is dropped.
fn assemble_ring(v: &Value, arcs: &[Vec<LonLat>]) -> Result<Vec<LonLat>, String> {
    let refs = v.as_array().ok_or("expected a list of arc references")?;
    let mut ring: Vec<LonLat> = Vec::new();
    for r in refs {
        let r = r.as_i64().ok_or("arc references are integers")?;
        let (index, backwards) = if r >= 0 { (r, false) } else { (!r, true) };
        let arc = usize::try_from(index)
            .ok()
            .and_then(|i| arcs.get(i))
            .ok_or_else(|| format!("arc {r} is not in the file ({} arcs)", arcs.len()))?;
        let start = if backwards { arc.last() } else { arc.first() };
        if let (Some(end), Some(start)) = (ring.last(), start) {
            if end != start {
                return Err(format!("arcs do not join: one ends at {end:?}, arc {r} starts at {start:?}"));
            }
        }
        let skip = usize::from(!ring.is_empty());
        if backwards {
            ring.extend(arc.iter().rev().skip(skip));
        } else {
            ring.extend(arc.iter().skip(skip));
        }
    }
    if ring.len() > 1 && ring.first() == ring.last() {
        ring.pop();
    }
    if ring.len() < 3 {
        return Err(format!("a ring needs at least 3 points, this one has {}", ring.len()));
    }
    Ok(ring)
}

/// Adds a polygon, cut at ±180° if it crosses. Each hole goes with the outer piece
/// on its side of the cut.
fn push_cut(out: &mut Vec<Polygon>, outer: &[LonLat], holes: Vec<Vec<LonLat>>) {
    let pieces = cut_ring(outer);
    let start = out.len();
    out.extend(pieces.into_iter().map(|outer| Polygon { outer, holes: Vec::new() }));
    if out.len() == start {
        return;
    }
    for hole in holes.iter().flat_map(|h| cut_ring(h)) {
        let home = out[start..]
            .iter()
            .position(|p| {
                let b = p.bbox();
                hole.iter().all(|&(lon, lat)| b.contains(lon, lat))
            })
            .unwrap_or(0);
        out[start + home].holes.push(hole);
    }
}
