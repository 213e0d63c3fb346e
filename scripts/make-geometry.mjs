#!/usr/bin/env node
// Makes data/geo/world.json, the country outlines the page fetches at run time,
// from Natural Earth's 1:50m admin-0 countries as packaged by world-atlas.
// Run by hand after `npm install` (the output is committed, so running the page
// needs no npm):
//
//   node scripts/make-geometry.mjs [--relative K] [--tol-min DEG] [--tol-max DEG] [--min-area KM2] [--rel-area F] [--cap-area KM2] [--out FILE]
//
// Why 1:50m simplified rather than 1:110m as shipped: at 1:110m Haiti, Costa
// Rica, Honduras and Guatemala are a handful of points each and stop looking like
// themselves once a programme view zooms to them; 1:50m is 230 KB gzipped. Simplifying
// each shared arc of 1:50m (Douglas–Peucker, arc end points kept so neighbours
// still meet) and dropping specks of islands keeps the small countries' shapes at
// about a quarter of the size. The format is described in data/geo/README.md.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const countries = require("i18n-iso-countries");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
// Douglas–Peucker tolerance in degrees (longitude scaled by cos(latitude)), relative
// to the size of the smallest country that shares the arc: a country keeps about the
// same number of points per its own width, so Haiti stays Haiti while Canada's
// archipelago, which dominates the point count, loses what no view can show.
const RELATIVE = Number(args.relative ?? 0.01);
const TOL_MIN = Number(args["tol-min"] ?? 0.01);
const TOL_MAX = Number(args["tol-max"] ?? 0.12);
// A country's islands smaller than MIN_AREA_KM2, or than REL_AREA of the country's
// area (but at most CAP_AREA_KM2, so Prince Edward Island stays with Canada), are
// dropped; a country's largest piece is always kept.
const MIN_AREA_KM2 = Number(args["min-area"] ?? 150);
const REL_AREA = Number(args["rel-area"] ?? 0.002);
const CAP_AREA_KM2 = Number(args["cap-area"] ?? 3000);
// Output grid: 0.01° is about 1 km, far below a device pixel at any view the page offers.
const QUANTUM = 0.01;
const OUT = args.out ?? join(root, "data/geo/world.json");

const SOURCE = "world-atlas/countries-50m.json";
const topo = JSON.parse(readFileSync(join(root, "node_modules", SOURCE), "utf8"));
const worldAtlasVersion = JSON.parse(readFileSync(join(root, "node_modules/world-atlas/package.json"), "utf8")).version;

// Features Natural Earth gives no ISO numeric code. They get codes from the ISO 3166
// user-assigned range X.. so they stay selectable and stable; no programme lists them.
const NO_ISO = {
  Kosovo: { id: "XKX", fr: "Kosovo", es: "Kosovo" },
  "N. Cyprus": { id: "XNC", en: "Northern Cyprus", fr: "Chypre du Nord", es: "Chipre del Norte" },
  Somaliland: { id: "XSL", fr: "Somaliland", es: "Somalilandia" },
  "Indian Ocean Ter.": {
    id: "XIO",
    en: "Australian Indian Ocean Territories",
    fr: "Territoires australiens de l'océan Indien",
    es: "Territorios australianos del océano Índico",
  },
  "Siachen Glacier": { id: "XSG", fr: "Glacier de Siachen", es: "Glaciar de Siachen" },
};
// Antarctica is left out: no programme deploys there, its ring runs round the pole
// (a flat line across the whole bottom of an Equal Earth map) and it would take a
// fifth of the file.
const SKIP_NUMERIC = new Set(["010"]);
// Ashmore and Cartier Islands share Australia's numeric code (036) in the source and
// are part of Australia in ISO 3166; their pieces are merged into AUS.

// Names: i18n-iso-countries' official short names, except where that name is a
// mouthful in a tooltip.
const NAME_OVERRIDES = {
  en: { RUS: "Russia", USA: "United States", GBR: "United Kingdom", COD: "DR Congo", CIV: "Côte d'Ivoire" },
  fr: { CIV: "Côte d'Ivoire", COD: "RD Congo" },
  es: { COD: "RD del Congo" },
};

// --- decode the source topology -------------------------------------------------
const [sx, sy] = topo.transform.scale;
const [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [tx + x * sx, ty + y * sy];
  });
});
const arcPoints = (ref) => (ref >= 0 ? arcs[ref] : arcs[~ref].slice().reverse());
const ringPoints = (refs) => {
  const out = [];
  for (const ref of refs) {
    const pts = arcPoints(ref);
    out.push(...(out.length ? pts.slice(1) : pts));
  }
  return out;
};

// Area in km² of a lon/lat ring (equirectangular, fine for telling specks from islands).
const ringAreaKm2 = (pts) => {
  const k = 111.32;
  let a = 0;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const c = Math.cos(((pts[i][1] + pts[j][1]) / 2) * (Math.PI / 180));
    a += (pts[j][0] * c - pts[i][0] * c) * (pts[j][1] + pts[i][1]);
  }
  return Math.abs(a / 2) * k * k;
};

// --- features → countries keyed by alpha-3 ---------------------------------------
const byCode = new Map();
for (const g of topo.objects.countries.geometries) {
  if (SKIP_NUMERIC.has(g.id)) continue;
  let code;
  let numeric = null;
  if (g.id) {
    code = countries.numericToAlpha3(g.id);
    numeric = Number(g.id);
  } else {
    code = NO_ISO[g.properties.name]?.id;
  }
  if (!code) throw new Error(`no code for feature ${g.id} ${g.properties.name}`);
  const polys = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
  const entry = byCode.get(code) ?? { code, numeric, sourceName: g.properties.name, polygons: [] };
  entry.polygons.push(...polys);
  byCode.set(code, entry);
}

// Drop specks, keeping each country's largest piece.
for (const c of byCode.values()) {
  const areas = c.polygons.map((p) => ringAreaKm2(ringPoints(p[0])));
  const total = areas.reduce((a, b) => a + b, 0);
  const min = Math.max(MIN_AREA_KM2, Math.min(REL_AREA * total, CAP_AREA_KM2));
  const largest = areas.indexOf(Math.max(...areas));
  c.polygons = c.polygons.filter((_, i) => i === largest || areas[i] >= min);
}

// --- simplify each arc once, so shared borders stay shared ------------------------
function perpendicular(p, a, b) {
  const c = Math.cos(((a[1] + b[1]) / 2) * (Math.PI / 180));
  const [px, py, ax, ay, bx, by] = [p[0] * c, p[1], a[0] * c, a[1], b[0] * c, b[1]];
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return Math.hypot(px - ax, py - ay);
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
function douglasPeucker(pts, tol) {
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop();
    let best = -1;
    let dist = tol;
    for (let k = i + 1; k < j; k++) {
      const d = perpendicular(pts[k], pts[i], pts[j]);
      if (d > dist) [best, dist] = [k, d];
    }
    if (best >= 0) {
      keep[best] = 1;
      stack.push([i, best], [best, j]);
    }
  }
  return pts.filter((_, k) => keep[k]);
}
function simplifyArc(pts, tol) {
  const closed = pts.length > 2 && pts[0][0] === pts.at(-1)[0] && pts[0][1] === pts.at(-1)[1];
  if (!closed) return douglasPeucker(pts, tol);
  // A closed arc (an island) has one end point; anchor at the point farthest from
  // it too, or Douglas–Peucker collapses the whole ring to that point.
  let far = 1;
  for (let k = 1; k < pts.length - 1; k++) {
    if (Math.hypot(pts[k][0] - pts[0][0], pts[k][1] - pts[0][1]) > Math.hypot(pts[far][0] - pts[0][0], pts[far][1] - pts[0][1])) far = k;
  }
  return [...douglasPeucker(pts.slice(0, far + 1), tol), ...douglasPeucker(pts.slice(far), tol).slice(1)];
}

// Each arc's tolerance: the finest any country using it asks for.
const tolerance = new Map();
for (const c of byCode.values()) {
  const area = c.polygons.reduce((sum, p) => sum + ringAreaKm2(ringPoints(p[0])), 0);
  const tol = Math.min(TOL_MAX, Math.max(TOL_MIN, (RELATIVE * Math.sqrt(area)) / 111.32));
  for (const p of c.polygons) {
    for (const r of p) {
      for (const ref of r) {
        const i = ref < 0 ? ~ref : ref;
        tolerance.set(i, Math.min(tol, tolerance.get(i) ?? Infinity));
      }
    }
  }
}
const used = new Set(tolerance.keys());

const q = ([lon, lat]) => [Math.round((lon + 180) / QUANTUM), Math.round((lat + 90) / QUANTUM)];
const dedupe = (pts) => pts.filter((p, k) => k === 0 || p[0] !== pts[k - 1][0] || p[1] !== pts[k - 1][1]);

const simplified = new Map();
for (const i of used) simplified.set(i, dedupe(simplifyArc(arcs[i], tolerance.get(i)).map(q)));

// A ring that simplification squeezed below a triangle gets its arcs back at full
// detail (quantized only): only tiny islands and enclaves are affected.
const ringSize = (refs) => refs.reduce((n, ref) => n + simplified.get(ref < 0 ? ~ref : ref).length - 1, 0);
for (const c of byCode.values()) {
  for (const p of c.polygons) {
    for (const r of p) {
      if (ringSize(r) < 4) for (const ref of r) simplified.set(ref < 0 ? ~ref : ref, dedupe(arcs[ref < 0 ? ~ref : ref].map(q)));
    }
  }
  c.polygons = c.polygons.map((p) => p.filter((r, k) => k === 0 || ringSize(r) >= 4)).filter((p) => ringSize(p[0]) >= 4);
}

// --- renumber arcs, delta-encode, write --------------------------------------------
const newIndex = new Map();
const outArcs = [];
for (const i of [...used].sort((a, b) => a - b)) {
  const pts = simplified.get(i);
  newIndex.set(i, outArcs.length);
  const flat = [pts[0][0], pts[0][1]];
  for (let k = 1; k < pts.length; k++) flat.push(pts[k][0] - pts[k - 1][0], pts[k][1] - pts[k - 1][1]);
  outArcs.push(flat);
}
const remap = (ref) => (ref >= 0 ? newIndex.get(ref) : ~newIndex.get(~ref));

const name = (code, lang, entry) =>
  NAME_OVERRIDES[lang]?.[code] ??
  (NO_ISO[entry.sourceName]?.[lang] || (lang === "en" && NO_ISO[entry.sourceName] ? entry.sourceName : null)) ??
  countries.getName(code, lang) ??
  entry.sourceName;

const outCountries = [...byCode.values()]
  .sort((a, b) => (a.code < b.code ? -1 : 1))
  .map((c) => ({
    id: c.code,
    num: c.numeric,
    name: { en: name(c.code, "en", c), fr: name(c.code, "fr", c), es: name(c.code, "es", c) },
    polygons: c.polygons.map((p) => p.map((r) => r.map(remap))),
  }));

const header = {
  format: "impact-atlas-geo/1",
  source: `Natural Earth 1:50m Admin 0 countries (public domain), via world-atlas ${worldAtlasVersion} ${SOURCE}`,
  simplification: `Douglas-Peucker per shared arc, tolerance ${RELATIVE} x the width of the smallest country sharing it, ${TOL_MIN}-${TOL_MAX} deg; islands under max(${MIN_AREA_KM2} km2, min(${REL_AREA} x country, ${CAP_AREA_KM2} km2)) dropped; Antarctica left out`,
  transform: { scale: [QUANTUM, QUANTUM], translate: [-180, -90] },
};
// One arc and one country per line: still compact, and a diff shows what changed.
const lines = [
  "{",
  ...Object.entries(header).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)},`),
  '"countries":[',
  outCountries.map((c) => JSON.stringify(c)).join(",\n"),
  '],"arcs":[',
  outArcs.map((a) => JSON.stringify(a)).join(",\n"),
  "]}",
];
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, lines.join("\n") + "\n");
const points = outArcs.reduce((n, a) => n + a.length / 2, 0);
console.log(`${OUT}: ${outCountries.length} countries, ${outArcs.length} arcs, ${points} points`);
