// The one generator of synthetic datasets, for both benchmarks: the browser one
// (benches/browser/) loads them in the page, the host one (benches/host/, criterion)
// reads the same files. The impact-atlas/1 format: a JSON file plus per-country and
// per-year CSV tables. Every one is marked
// "synthetic": true and says "synthetic" in its name, source and labels: these are
// invented figures for measuring the page, never a programme's results.
//
// Countries are real ISO 3166-1 alpha-3 codes taken from the map geometry
// (data/geo/world.bin), so the map can draw every one. The geometry has 239
// countries, 5 of them with user-assigned X.. codes that datasets may not use, so
// the largest size asked for (250) gets all 234 assigned codes; `sizeLabel` keeps
// the asked-for size in the id ("synthetic-250x30") and the JSON says how many
// countries it really has.
//
// Usage as a command:  node benches/gen-datasets.mjs OUT_DIR [COUNTRIES x YEARS ...]
//   e.g. node benches/gen-datasets.mjs /tmp/syn 10x6 250x30
// writes OUT_DIR/<id>.json, <id>-by-country.csv, <id>-by-year.csv for each size
// (default: the six sizes of SIZES) and prints catalogue entries for data/index.json.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

// Country names in English, French and Spanish: i18n-iso-countries' official short
// names (the world file has none: the page names countries as each dataset does),
// except where that name is a mouthful in a tooltip.
const isoCountries = createRequire(import.meta.url)("i18n-iso-countries");
const NAME_OVERRIDES = {
  en: { RUS: "Russia", USA: "United States", GBR: "United Kingdom", COD: "DR Congo", CIV: "Côte d'Ivoire" },
  fr: { CIV: "Côte d'Ivoire", COD: "RD Congo" },
  es: { COD: "RD del Congo" },
};
const nameIn = (iso3, lang) => NAME_OVERRIDES[lang][iso3] ?? isoCountries.getName(iso3, lang) ?? iso3;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const WORLD = path.join(ROOT, "data", "geo", "world.bin");

/** The sizes the benchmark measures: [countries asked for, years]. */
export const SIZES = [[10, 6], [10, 30], [50, 6], [50, 30], [250, 6], [250, 30]];

/** Last year of every synthetic programme; 30 years run 1995–2024. */
const END_YEAR = 2024;

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so runs compare. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Countries of the geometry that datasets may name: ISO-assigned codes only (the
 * X.. codes are user-assigned and rejected by the validator), with their names.
 * In a fixed shuffled order, so the 10 are among the 50 and the 50 among the 234.
 */
export function geometryCountries(worldPath = WORLD) {
  const all = worldCountries(fs.readFileSync(worldPath));
  const usable = all.filter((c) => /^[A-Z]{3}$/.test(c.iso3) && !c.iso3.startsWith("X"));
  const rand = rng(20260101);
  const order = usable.slice();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return { total: all.length, usable: order };
}

/** The countries (code and names) of a world file in format impact-atlas-geo/5
 * (data/geo/README.md); the arcs are skipped, and what follows the countries
 * (dashed boundaries, label points) is not read. */
function worldCountries(buf) {
  let at = 0;
  const uv = () => {
    let n = 0;
    for (let scale = 1; ; scale *= 128) {
      const b = buf[at++];
      if (b === undefined) throw new Error("world file cut short");
      n += (b & 127) * scale;
      if (b < 128) return n;
    }
  };
  const text = () => {
    const n = uv();
    at += n;
    return buf.subarray(at - n, at).toString("utf8");
  };
  if (text() !== "impact-atlas-geo/5") throw new Error("not an impact-atlas-geo/5 file");
  text(), uv(), uv(), uv(); // source, quantum, translate
  for (let arcs = uv(); arcs > 0; arcs--) for (let n = 2 * uv() + 1; n > 0; n--) uv(); // step, first point, then two steps per further point
  const out = [];
  for (let n = uv(); n > 0; n--) {
    const iso3 = buf.subarray(at, (at += 3)).toString("ascii");
    for (let polys = uv(); polys > 0; polys--) for (let rings = uv(); rings > 0; rings--) for (let refs = uv(); refs > 0; refs--) uv();
    out.push({ iso3, name: { en: nameIn(iso3, "en"), fr: nameIn(iso3, "fr"), es: nameIn(iso3, "es") } });
  }
  return out;
}

const tri = (en, fr, es) => ({ en, fr, es });

/** One synthetic dataset: { id, countries (real count), json, byCountry, byYear }. */
export function makeDataset(asked, years, pool = geometryCountries().usable) {
  const n = Math.min(asked, pool.length);
  const id = `synthetic-${asked}x${years}`;
  const rand = rng(asked * 1000 + years);
  const countries = pool.slice(0, n);
  const startYear = END_YEAR - years + 1;

  // Per-country figures: a few big countries, many small ones, some protected small
  // numbers (below the threshold of 5) and about one cell in twenty not published.
  const rows = countries.map((c, i) => {
    const scale = i % 7 === 0 ? 40 : i % 3 === 0 ? 8 : 2;
    const volunteers = Math.floor(rand() * scale * 3) + 1;
    const people = Math.floor(rand() * scale * 900) + 3;
    const women = Math.floor(people * (0.35 + rand() * 0.2));
    const children = Math.floor(people * (0.2 + rand() * 0.4));
    const hide = () => rand() < 0.05;
    return {
      iso3: c.iso3,
      volunteers,
      people: hide() ? null : people,
      women: hide() ? null : women,
      children: hide() ? null : children,
    };
  });
  const sum = (k) => rows.reduce((s, r) => s + (r[k] ?? 0), 0);
  const byYear = [];
  for (let y = startYear; y <= END_YEAR; y++) {
    byYear.push({
      year: y,
      volunteers: Math.floor(rand() * 40) + 1,
      people: rand() < 0.05 ? null : Math.floor(rand() * 9000) + 2,
    });
  }

  const cell = (v) => (v == null ? "" : String(v));
  const byCountryCsv =
    "iso3,volunteers,people,women,children\n" +
    rows.map((r) => [r.iso3, r.volunteers, r.people, r.women, r.children].map(cell).join(",")).join("\n") +
    "\n";
  const byYearCsv =
    "year,volunteers,people\n" + byYear.map((r) => [r.year, r.volunteers, r.people].map(cell).join(",")).join("\n") + "\n";

  const pick = (k) => countries[Math.floor(rand() * n)].iso3;
  const json = {
    format: "impact-atlas/1",
    id,
    synthetic: true,
    programme: {
      acronym: `SYN${asked}`,
      name: tri(
        `Synthetic benchmark programme: ${n} countries, ${years} years (invented data, not a real programme)`,
        `Programme synthétique de mesure : ${n} pays, ${years} ans (données inventées, pas un programme réel)`,
        `Programa sintético de medición: ${n} países, ${years} años (datos inventados, no es un programa real)`,
      ),
      organisations: ["impact-atlas benchmark (synthetic)"],
      start_year: startYear,
      end_year: END_YEAR,
      source: {
        title: tri(
          `Synthetic data generated by benches/gen-datasets.mjs for performance measurement (${n} countries, ${years} years). Describes no real programme.`,
          `Données synthétiques générées par benches/gen-datasets.mjs pour mesurer les performances (${n} pays, ${years} ans). Ne décrivent aucun programme réel.`,
          `Datos sintéticos generados por benches/gen-datasets.mjs para medir el rendimiento (${n} países, ${years} años). No describen ningún programa real.`,
        ),
        publisher: "impact-atlas project (synthetic benchmark data)",
        year: 2026,
      },
    },
    countries: countries.map((c) => ({ iso3: c.iso3, name: c.name })),
    by_country: `${id}-by-country.csv`,
    by_year: `${id}-by-year.csv`,
    small_number_threshold: 5,
    share_url: `https://example.org/impact-atlas/?data=${id}`,
    headline: [
      { id: "volunteers", label: tri("volunteers deployed (synthetic)", "volontaires déployés (synthétique)", "voluntarios desplegados (sintético)"), value: sum("volunteers"), qualifier: "exact" },
      { id: "countries", label: tri("countries", "pays", "países"), value: n, qualifier: "exact" },
      { id: "mandates", label: tri("mandates (synthetic)", "mandats (synthétique)", "mandatos (sintético)"), value: n * 9, qualifier: "approximately" },
    ],
    results: [
      {
        id: "people",
        unit: "people",
        label: tri("people reached (synthetic)", "personnes rejointes (synthétique)", "personas alcanzadas (sintético)"),
        value: sum("people"),
        qualifier: "more_than",
        parts: [
          { id: "women", label: tri("women and girls", "femmes et filles", "mujeres y niñas"), value: sum("women"), qualifier: "more_than" },
          { id: "children", label: tri("children", "enfants", "niñas y niños"), value: sum("children"), qualifier: "more_than" },
        ],
      },
      {
        id: "trained",
        unit: "people",
        label: tri("people trained (synthetic)", "personnes formées (synthétique)", "personas formadas (sintético)"),
        value: n * 40,
        qualifier: "approximately",
        parts: [],
      },
      { id: "cases", unit: "cases", label: tri("cases followed (synthetic)", "dossiers suivis (synthétique)", "casos seguidos (sintético)"), value: n * 12, qualifier: "more_than", parts: [] },
    ],
    expertise: [
      { id: "law", label: tri("law", "droit", "derecho") },
      { id: "social_work", label: tri("social work", "travail social", "trabajo social") },
    ],
    partners: Array.from({ length: Math.max(2, Math.floor(n / 5)) }, (_, i) => ({
      name: `Synthetic Partner ${i + 1} (invented)`,
      country: pick(),
    })),
    stories: [
      {
        person: "Sam (invented)",
        country: pick(),
        text: tri(
          "An invented volunteer in synthetic benchmark data.",
          "Un volontaire inventé dans des données de mesure synthétiques.",
          "Un voluntario inventado en datos sintéticos de medición.",
        ),
      },
    ],
    testimonies: [
      {
        country: pick(),
        author: tri("An invented volunteer (synthetic)", "Un volontaire inventé (synthétique)", "Un voluntario inventado (sintético)"),
        quote: tri("Made up to measure the page; nobody said it.", "Inventé pour mesurer la page ; personne ne l'a dit.", "Inventado para medir la página; nadie lo dijo."),
      },
    ],
  };
  return {
    id,
    asked,
    years,
    countries: n,
    json: JSON.stringify(json, null, 1) + "\n",
    byCountry: byCountryCsv,
    byYear: byYearCsv,
  };
}

/** The countries of the kiosk's 11-country synthetic dataset: large and small,
 * mainland and island states (some tiny on a world map), on both sides of 180°. */
export const KIOSK_COUNTRIES = ["SEN", "BFA", "BOL", "JOR", "LBN", "FJI", "MDV", "CPV", "MUS", "SYC", "KIR"];

/**
 * An 11-country, 7-year synthetic programme shaped like the next one (33 partners),
 * for the kiosk's walk test and screenshots: per-country and per-year tables,
 * stories, a short testimony that shares its country's scene, a long one that
 * gets a scene of its own, and one long enough to be split over two. Invented and
 * labelled synthetic everywhere.
 */
export function makeKioskDataset(worldPath = WORLD) {
  const byId = new Map(worldCountries(fs.readFileSync(worldPath)).map((c) => [c.iso3, c]));
  const countries = KIOSK_COUNTRIES.map((iso3) => ({ iso3, name: byId.get(iso3).name }));
  const base = makeDataset(11, 7, countries.map((c) => ({ iso3: c.iso3, name: c.name })));
  const json = JSON.parse(base.json);
  const id = "synthetic-kiosk-11";
  json.id = id;
  json.programme.acronym = "SYN11";
  json.programme.name = tri(
    "Synthetic programme for the kiosk: 11 countries, 7 years (invented data, not a real programme)",
    "Programme synthétique pour la borne : 11 pays, 7 ans (données inventées, pas un programme réel)",
    "Programa sintético para el quiosco: 11 países, 7 años (datos inventados, no es un programa real)",
  );
  json.programme.source.title = tri(
    "Synthetic data generated by benches/gen-datasets.mjs to test the kiosk (11 countries, 7 years). Describes no real programme.",
    "Données synthétiques générées par benches/gen-datasets.mjs pour tester la borne (11 pays, 7 ans). Ne décrivent aucun programme réel.",
    "Datos sintéticos generados por benches/gen-datasets.mjs para probar el quiosco (11 países, 7 años). No describen ningún programa real.",
  );
  json.by_country = `${id}-by-country.csv`;
  json.by_year = `${id}-by-year.csv`;
  json.share_url = `https://example.org/impact-atlas/?data=${id}`;
  json.partners = countries.flatMap((c, i) =>
    [1, 2, 3].map((k) => ({ name: `Synthetic Partner ${i * 3 + k} in ${c.name.en} (invented)`, country: c.iso3 })));
  json.stories = countries.slice(0, 6).map((c, i) => ({
    person: `Volunteer ${i + 1} (invented)`,
    country: c.iso3,
    text: tri(
      `An invented volunteer spent a year in ${c.name.en} with a partner organisation, in synthetic test data.`,
      `Un volontaire inventé a passé un an au pays (${c.name.fr}) avec une organisation partenaire, dans des données de test synthétiques.`,
      `Un voluntario inventado pasó un año en ${c.name.es} con una organización socia, en datos de prueba sintéticos.`,
    ),
  }));
  const sentence = tri(
    "This sentence is made up to test how the kiosk sets a long testimony; nobody said it. ",
    "Cette phrase est inventée pour tester comment la borne affiche un long témoignage ; personne ne l'a dite. ",
    "Esta frase es inventada para probar cómo el quiosco muestra un testimonio largo; nadie la dijo. ",
  );
  const repeat = (n) => tri(sentence.en.repeat(n).trim(), sentence.fr.repeat(n).trim(), sentence.es.repeat(n).trim());
  const author = (n) => tri(`Invented volunteer ${n} (synthetic)`, `Volontaire inventé ${n} (synthétique)`, `Voluntario inventado ${n} (sintético)`);
  json.testimonies = [
    { country: "FJI", author: author(1), quote: tri("Made up to test the page; nobody said it.", "Inventé pour tester la page ; personne ne l'a dit.", "Inventado para probar la página; nadie lo dijo.") },
    { country: "SEN", author: author(2), quote: repeat(4) },
    { country: "BOL", author: author(3), quote: repeat(9) },
  ];
  json.next_programme = {
    label: tri("The next synthetic programme (invented)", "Le prochain programme synthétique (inventé)", "El próximo programa sintético (inventado)"),
    years: 7,
    partners: 33,
    countries: 11,
  };
  return {
    id,
    json: JSON.stringify(json, null, 1) + "\n",
    byCountry: base.byCountry,
    byYear: base.byYear,
    entry: { id, file: `datasets/${id}.json`, title: "Synthetic kiosk data: 11 countries, 7 years (not a real programme)" },
  };
}

/** Writes one generated dataset `d` (its JSON text, or `json` instead, and its two
 *  CSV tables) into `dir`; returns { id, json, tables } with the files' paths. */
export function writeDataset(dir, d, json = d.json) {
  const files = { id: d.id, json: path.join(dir, `${d.id}.json`), tables: [path.join(dir, `${d.id}-by-country.csv`), path.join(dir, `${d.id}-by-year.csv`)] };
  fs.writeFileSync(files.json, json);
  fs.writeFileSync(files.tables[0], d.byCountry);
  fs.writeFileSync(files.tables[1], d.byYear);
  return files;
}

/** Writes datasets into `dir` (a data/datasets folder); returns their catalogue entries. */
export function writeDatasets(dir, sizes = SIZES) {
  const { usable } = geometryCountries();
  fs.mkdirSync(dir, { recursive: true });
  return sizes.map(([asked, years]) => {
    const d = makeDataset(asked, years, usable);
    writeDataset(dir, d);
    return {
      id: d.id,
      file: `datasets/${d.id}.json`,
      title: `Synthetic benchmark data: ${d.countries} countries, ${years} years (not a real programme)`,
      countries: d.countries,
      years,
      asked,
    };
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [out, ...specs] = process.argv.slice(2);
  if (!out) {
    console.error("usage: node benches/gen-datasets.mjs OUT_DIR [COUNTRIESxYEARS ...]");
    process.exit(2);
  }
  const sizes = specs.length ? specs.map((s) => s.split("x").map(Number)) : SIZES;
  const { total, usable } = geometryCountries();
  const entries = writeDatasets(out, sizes);
  console.error(`geometry: ${total} countries, ${usable.length} with ISO-assigned codes usable in datasets`);
  for (const e of entries) console.error(`${e.id}: ${e.countries} countries, ${e.years} years`);
  console.log(JSON.stringify(entries.map(({ id, file, title }) => ({ id, file, title })), null, 2));
}
