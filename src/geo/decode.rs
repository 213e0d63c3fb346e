//! Reading `data/geo/world.bin` (format `impact-atlas-geo/5`, described in
//! data/geo/README.md): shared arcs of quantized, delta-encoded points, and
//! countries whose rings are lists of arc references, as in TopoJSON, written as
//! variable-length integers, then each country's label point. A binary file is a
//! quarter smaller gzipped than the same numbers as JSON, and decoding it needs no
//! JSON parser in the wasm.

use super::antimeridian::cut_ring;
use super::world::{Country, DashedLine, LonLat, Polygon, World};
use crate::core::{Problem, Severity};

/// The format tag the world file starts with.
pub const GEO_FORMAT: &str = "impact-atlas-geo/5";

const HINT: &str = "regenerate it with `node scripts/make-geometry.mjs`";

fn problem(file: &str, place: impl Into<String>, what: impl Into<String>) -> Problem {
    Problem {
        severity: Severity::Error,
        file: file.to_owned(),
        place: place.into(),
        what: what.into(),
        hint: HINT.to_owned(),
        excerpt: Default::default(),
        // The world file is generated, not edited by staff: its messages are for
        // whoever builds the site, in English.
        say: None,
    }
}

/// A cursor over the file's bytes. Every read says what it expected, so a file cut
/// short or corrupted is a message naming the place, never a panic.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

const TRUNCATED: &str = "the file ends too early";

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, &'static str> {
        let b = *self.bytes.get(self.at).ok_or(TRUNCATED)?;
        self.at += 1;
        Ok(b)
    }

    /// An unsigned LEB128 integer (at most 63 bits).
    fn natural(&mut self) -> Result<u64, &'static str> {
        let mut n = 0u64;
        for shift in (0..63).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(n);
            }
        }
        Err("a number is too long")
    }

    /// A count of items that each take at least one byte, so a corrupted count
    /// cannot ask for more memory than the file could fill.
    fn count(&mut self) -> Result<usize, &'static str> {
        let n = self.natural()?;
        let left = (self.bytes.len() - self.at) as u64;
        if n > left {
            return Err(TRUNCATED);
        }
        Ok(n as usize)
    }

    /// A zigzag-encoded signed integer.
    fn signed(&mut self) -> Result<i64, &'static str> {
        let n = self.natural()?;
        Ok((n >> 1) as i64 ^ -((n & 1) as i64))
    }

    fn text(&mut self) -> Result<&str, &'static str> {
        let n = self.count()?;
        let s = &self.bytes[self.at..self.at + n];
        self.at += n;
        std::str::from_utf8(s).map_err(|_| "a text is not UTF-8")
    }

    fn code(&mut self) -> Result<String, &'static str> {
        let s = self.bytes.get(self.at..self.at + 3).ok_or(TRUNCATED)?;
        self.at += 3;
        if !s.iter().all(u8::is_ascii_uppercase) {
            return Err("expected a three-letter upper-case code");
        }
        Ok(s.iter().map(|&b| char::from(b)).collect())
    }
}

/// Decodes the world file. `file` names it in problems. Rings crossing ±180° are
/// cut (see `antimeridian`); a file that breaks the format is one `Problem`, since
/// it comes from a script, not from staff, and is fixed by regenerating it.
pub fn decode_world(file: &str, bytes: &[u8]) -> Result<World, Problem> {
    let Shapes { mut world, end } = decode_shapes(file, bytes)?;
    let mut r = Reader { bytes, at: end };
    read_labels(&mut r, &mut world.countries).map_err(|what| problem(file, "labels", what))?;
    if r.at != bytes.len() {
        return Err(problem(file, "end", "unexpected bytes after the last label point"));
    }
    Ok(world)
}

/// A world file's shapes, everything but the label points, and where they end:
/// what `label::with_label_points` reads to search the label points it appends.
pub struct Shapes {
    /// The countries, each with no label point yet.
    pub world: World,
    /// The offset of the label points section (the end of the dashed boundaries).
    pub end: usize,
}

/// Decodes everything before the label points: header, arcs, countries and dashed
/// boundaries.
pub fn decode_shapes(file: &str, bytes: &[u8]) -> Result<Shapes, Problem> {
    let mut r = Reader { bytes, at: 0 };
    let at = |place: &str| {
        let place = place.to_owned();
        move |what: &str| problem(file, place.clone(), what)
    };
    let format = r.text().ok();
    if format != Some(GEO_FORMAT) {
        let found = format.filter(|f| f.len() < 40 && f.chars().all(|c| c.is_ascii_graphic())).unwrap_or("?");
        return Err(problem(file, "format", format!("expected \"{GEO_FORMAT}\", found \"{found}\"")));
    }
    // The source, for people reading the file.
    r.text().map_err(at("header"))?;
    let quantum = r.natural().map_err(at("transform"))? as f64 * 1e-6;
    let tx = r.signed().map_err(at("transform"))? as f64 * quantum;
    let ty = r.signed().map_err(at("transform"))? as f64 * quantum;

    let n = r.count().map_err(at("arcs"))?;
    let mut arcs = Vec::with_capacity(n);
    // Each arc's first point is a step from the previous arc's last point (the
    // first's from the grid's origin).
    let mut start = (0, 0);
    for i in 0..n {
        let arc = decode_arc(&mut r, &mut start, quantum, (tx, ty)).map_err(at(&format!("arcs[{i}]")))?;
        arcs.push(arc);
    }

    let n = r.count().map_err(at("countries"))?;
    let mut countries = Vec::with_capacity(n);
    let mut refs = Refs { fresh: 0, arcs: arcs.len() };
    for i in 0..n {
        countries.push(decode_country(file, i, &mut r, &mut refs, &arcs)?);
    }
    let n = r.count().map_err(at("dashed"))?;
    let mut dashed = Vec::with_capacity(n);
    for i in 0..n {
        let at = format!("dashed[{i}]");
        let line = (|| -> Result<DashedLine, String> {
            let between = vec![r.code()?, r.code()?];
            let refs = refs.read(&mut r)?;
            let mut points = assemble_line(&refs, &arcs)?;
            points.dedup();
            Ok(DashedLine { between, points })
        })();
        dashed.push(line.map_err(|what| problem(file, &at, what))?);
    }
    Ok(Shapes { world: World { countries, dashed }, end: r.at })
}

/// The label points section: a unit (millionths of a degree), a count that must
/// match the countries, then per country `dx + 1` (0: no label point) and `dy`, in
/// units from the south-west corner of the country's box. Searched at build time
/// (`label::with_label_points`): searching every country here would cost the page
/// twenty times the rest of decoding at start-up.
fn read_labels(r: &mut Reader, countries: &mut [Country]) -> Result<(), &'static str> {
    let unit = r.natural()? as f64 * 1e-6;
    if unit <= 0.0 {
        return Err("the label unit is zero");
    }
    if r.count()? != countries.len() {
        return Err("expected one label point per country");
    }
    for c in countries {
        let Some(dx) = r.natural()?.checked_sub(1) else { continue };
        let dy = r.natural()?;
        let b = c.bbox();
        let (lon, lat) = (b.x0 + dx as f64 * unit, b.y0 + dy as f64 * unit);
        // Rounded to the unit, a point may sit up to half a unit past the box.
        if b.is_empty() || lon > b.x1 + unit || lat > b.y1 + unit {
            return Err("a label point lies outside its country's box");
        }
        c.label = Some((lon, lat));
    }
    Ok(())
}

/// Reads arc references, which count the arcs referenced so far: arcs are stored
/// in the order the file first uses them, so most first uses are "the next arc".
struct Refs {
    /// The next arc not referenced yet.
    fresh: usize,
    /// How many arcs the file holds.
    arcs: usize,
}

impl Refs {
    /// A count, then each reference: 0 is the next arc not referenced yet, walked
    /// forwards, 1 the same walked backwards; `v ≥ 2` is the zigzag-encoded
    /// reference `v - 2` (see `arc_of`).
    fn read(&mut self, r: &mut Reader) -> Result<Vec<i64>, String> {
        let n = r.count()?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            let v = r.natural()?;
            if v < 2 {
                if self.fresh >= self.arcs {
                    return Err(format!("a reference to the next arc, but all {} are used", self.arcs));
                }
                let i = self.fresh as i64;
                self.fresh += 1;
                out.push(if v == 0 { i } else { !i });
            } else {
                let z = v - 2;
                out.push((z >> 1) as i64 ^ -((z & 1) as i64));
            }
        }
        Ok(out)
    }
}

/// The arc a reference names: `r ≥ 0` is arc `r` as stored, `r < 0` is arc `!r`
/// (that is, `-r - 1`) walked backwards.
fn arc_of(r: i64, arcs: &[Vec<LonLat>]) -> Result<(&[LonLat], bool), String> {
    let (index, backwards) = if r >= 0 { (r, false) } else { (!r, true) };
    let arc = usize::try_from(index)
        .ok()
        .and_then(|i| arcs.get(i))
        .ok_or_else(|| format!("arc {r} is not in the file ({} arcs)", arcs.len()))?;
    Ok((arc, backwards))
}

/// Joins arcs end to end (see `assemble_ring`), keeping every point.
fn assemble_line(refs: &[i64], arcs: &[Vec<LonLat>]) -> Result<Vec<LonLat>, String> {
    let mut line: Vec<LonLat> = Vec::new();
    for &r in refs {
        let (arc, backwards) = arc_of(r, arcs)?;
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

/// An arc is its point count `n ≥ 2`, its step `k ≥ 1`, its first point on the
/// quantization grid as a step from `start` (the previous arc's last point, which
/// this one's last point replaces), then each inner point's step from the one
/// before in units of `k` grid cells, and the last point's step in single cells.
fn decode_arc(
    r: &mut Reader,
    start: &mut (i64, i64),
    q: f64,
    (tx, ty): (f64, f64),
) -> Result<Vec<LonLat>, &'static str> {
    let n = r.count()?;
    let k = r.natural()?;
    if n < 2 || k == 0 || k > 1 << 20 {
        return Err("expected at least 2 points and a step of at least 1");
    }
    let k = k as i64;
    let mut out = Vec::with_capacity(n);
    let (mut x, mut y) = *start;
    x = x.checked_add(r.signed()?).ok_or("a coordinate is out of range")?;
    y = y.checked_add(r.signed()?).ok_or("a coordinate is out of range")?;
    out.push((tx + x as f64 * q, ty + y as f64 * q));
    for m in 1..n {
        let unit = if m + 1 < n { k } else { 1 };
        x = x.checked_add(r.signed()?.saturating_mul(unit)).ok_or("a coordinate is out of range")?;
        y = y.checked_add(r.signed()?.saturating_mul(unit)).ok_or("a coordinate is out of range")?;
        out.push((tx + x as f64 * q, ty + y as f64 * q));
    }
    *start = (x, y);
    Ok(out)
}

fn decode_country(
    file: &str,
    i: usize,
    r: &mut Reader,
    refs: &mut Refs,
    arcs: &[Vec<LonLat>],
) -> Result<Country, Problem> {
    let place = |rest: &str| format!("countries[{i}]{rest}");
    let iso3 = r.code().map_err(|what| problem(file, place(".id"), what))?;
    let n = r.count().map_err(|what| problem(file, place(".polygons"), what))?;
    let mut out = Vec::with_capacity(n);
    for pi in 0..n {
        let rings = r.count().and_then(|n| if n > 0 { Ok(n) } else { Err("expected rings") });
        let rings = rings.map_err(|what| problem(file, place(&format!(".polygons[{pi}]")), what))?;
        let mut decoded = Vec::with_capacity(rings);
        for ri in 0..rings {
            let at = place(&format!(".polygons[{pi}][{ri}]"));
            let ring = refs.read(r).and_then(|refs| assemble_ring(&refs, arcs));
            decoded.push(ring.map_err(|what| problem(file, at, what))?);
        }
        let mut rings = decoded.into_iter();
        let outer = rings.next().unwrap_or_default();
        push_cut(&mut out, &outer, rings.collect());
    }
    Ok(Country { iso3, polygons: out, label: None })
}

/// Joins a ring's arcs end to end. Consecutive arcs share their joining point,
/// which is kept once; the closing point is dropped.
fn assemble_ring(refs: &[i64], arcs: &[Vec<LonLat>]) -> Result<Vec<LonLat>, String> {
    let mut ring: Vec<LonLat> = Vec::new();
    for &r in refs {
        let (arc, backwards) = arc_of(r, arcs)?;
        let start = if backwards { arc.last() } else { arc.first() };
        if let (Some(end), Some(start)) = (ring.last(), start) {
            if end != start {
                return Err(format!(
                    "arcs do not join: one ends at ({}, {}), arc {r} starts at ({}, {})",
                    end.0, end.1, start.0, start.1
                ));
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
                hole.iter().all(|&p| b.contains(p))
            })
            .unwrap_or(0);
        out[start + home].holes.push(hole);
    }
}
