/** Geometry: `data/geo/*.topo.json`, cut to the region, wound for d3-geo, simplified and quantized. */
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, quantile, filter, filterWeight } from 'topojson-simplify';
import bboxClip from '@turf/bbox-clip';
import { geoArea, geoContains } from 'd3-geo';
import { readCsv, readJson, writeOut, stringify } from './io.mjs';
import { COUNTRIES } from './country.mjs';

const require = createRequire(import.meta.url);
/**
 * lon 32–102, lat 22–62: the six countries with their neighbours far enough out that the conic projection's frame
 * (which reaches lon 38–96, lat 26.7–56.2 at its corners) lies wholly inside the box, so no cut edge shows.
 */
export const CLIP_BOX = [32, 22, 102, 62];

/** ISO 3166-1 numeric (world-atlas ids) → alpha-3 for every country touching the clip box. */
export const NUMERIC_TO_ALPHA3 = {
  '004': 'AFG', '031': 'AZE', '048': 'BHR', '050': 'BGD', '051': 'ARM', '064': 'BTN', '104': 'MMR', '112': 'BLR',
  '156': 'CHN', '196': 'CYP', '232': 'ERI', '246': 'FIN', '268': 'GEO', '275': 'PSE', '356': 'IND', '364': 'IRN',
  '368': 'IRQ', '376': 'ISR', '398': 'KAZ', '400': 'JOR', '414': 'KWT', '417': 'KGZ', '418': 'LAO', '422': 'LBN',
  '496': 'MNG', '498': 'MDA', '512': 'OMN', '524': 'NPL', '586': 'PAK', '634': 'QAT', '643': 'RUS', '682': 'SAU',
  '704': 'VNM', '729': 'SDN', '760': 'SYR', '762': 'TJK', '764': 'THA', '784': 'ARE', '792': 'TUR', '795': 'TKM',
  '804': 'UKR', '818': 'EGY', '860': 'UZB', '887': 'YEM',
};
/** world-atlas features without an ISO numeric id, by name (Natural Earth's own codes). */
const UNCODED = { 'Siachen Glacier': 'KAS', 'N. Cyprus': 'CYN' };

/** Signed planar area of a lon/lat ring (positive = counter-clockwise). */
function ringArea(ring) {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s / 2;
}

/**
 * d3-geo reads rings on the sphere: exterior rings clockwise, holes counter-clockwise. Small regions are almost
 * planar, so the planar sign decides. Degenerate rings (fewer than 4 points or no area) left by clipping are dropped.
 */
export function rewindForD3(geometry) {
  if (!geometry) return null;
  const fixPoly = (rings) => {
    const out = [];
    rings.forEach((ring, i) => {
      if (ring.length < 4 || Math.abs(ringArea(ring)) < 1e-9) return;
      const a = ringArea(ring);
      const wantCw = i === 0;
      out.push((wantCw ? a > 0 : a < 0) ? ring.slice().reverse() : ring);
    });
    return out.length && ringArea(rings[0]) !== 0 ? out : null;
  };
  if (geometry.type === 'Polygon') {
    const p = fixPoly(geometry.coordinates);
    return p ? { type: 'Polygon', coordinates: p } : null;
  }
  if (geometry.type === 'MultiPolygon') {
    const ps = geometry.coordinates.map(fixPoly).filter(Boolean);
    if (!ps.length) return null;
    return ps.length === 1 ? { type: 'Polygon', coordinates: ps[0] } : { type: 'MultiPolygon', coordinates: ps };
  }
  return geometry;
}

/** Clip to the box and rewind; null when nothing is left. */
export function clipFeature(f, box = CLIP_BOX) {
  if (!f.geometry) return null;
  const clipped = bboxClip(f, box);
  const geometry = rewindForD3(clipped.geometry);
  return geometry ? { type: 'Feature', id: f.id, properties: f.properties, geometry } : null;
}

/** Throws when a polygon would be read as (nearly) the whole sphere. */
export function assertNotGlobal(features, what) {
  for (const f of features) {
    const a = geoArea(f);
    if (a > 0.5) throw new Error(`${what} ${f.properties?.id ?? f.properties?.name}: area ${a} sr — wrong winding`);
  }
}

export function slug(s) {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Simplify (Visvalingam weights), drop rings lighter than the threshold, quantize. */
export function webTopology(objects, { keep = 0.06, minRingWeight, q = 1e4 } = {}) {
  let topo = topology(objects, 1e6);
  topo = presimplify(topo);
  const w = quantile(topo, keep); // weight above which `keep` of the points lie
  topo = simplify(topo, w);
  if (minRingWeight !== undefined) topo = filter(topo, filterWeight(topo, minRingWeight));
  topo = quantize(topo, q);
  return topo;
}

export function gzipBytes(text) {
  return gzipSync(Buffer.from(text), { level: 9 }).length;
}

/** The elements' languages, as columns of `data-raw/names/water.csv`. */
export const NAME_LANGS = ['en', 'ru', 'kk', 'ky', 'uz', 'uz-Cyrl', 'tg', 'tk', 'fa-AF', 'ps'];

/**
 * The `sources` cell of a row of `data-raw/names/water.csv`: `lang+lang=source; lang=source`, each source an id of
 * `data-raw/names/sources.csv` or an https address (a Wikipedia article, whose title is the name). Returns a map
 * language → source, and throws where a name has no source, a source names an empty cell or an unknown id, or a
 * cell citing `ne10` (the Natural Earth layers in `data-raw/geo/`) is none of its feature's own names.
 */
export function cellSources(row, sourceIds, ne10Names) {
  const where = `data-raw/names/water.csv, ${row.layer} ${row.ne_name}`;
  const bySource = new Map();
  for (const part of (row.sources ?? '').split(';').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    const langs = part.slice(0, eq).split('+').map((l) => l.trim());
    const source = part.slice(eq + 1).trim();
    if (eq < 1 || !source) throw new Error(`${where}: "${part}" is not lang=source`);
    if (!sourceIds.has(source) && !/^https:\/\/\S+$/.test(source))
      throw new Error(`${where}: unknown source "${source}" (not in data-raw/names/sources.csv, not an https address)`);
    for (const l of langs) {
      if (!NAME_LANGS.includes(l)) throw new Error(`${where}: unknown language "${l}"`);
      if (bySource.has(l)) throw new Error(`${where}: two sources for ${l}`);
      if (!row[l]?.trim()) throw new Error(`${where}: ${l} cites ${source} but has no name`);
      if (source === 'ne10' && !ne10Names.includes(row[l].trim()))
        throw new Error(`${where}: ${l} "${row[l]}" is none of Natural Earth's names (${ne10Names.join(' | ')})`);
      bySource.set(l, source);
    }
  }
  for (const l of NAME_LANGS)
    if (row[l]?.trim() && !bySource.has(l)) throw new Error(`${where}: ${l} "${row[l]}" has no source`);
  return bySource;
}

/**
 * Names of the seas, lakes and rivers in the elements' languages (`data-raw/names/water.csv`, see its README), by
 * layer and Natural Earth name. `take(layer, name, neNames)` gives the `names` property of a feature (or nothing),
 * after checking the row's sources (`cellSources`) against the feature's own Natural Earth names; `check()` fails the
 * build on a row that named no drawn feature, so a misspelt key cannot silently drop its names.
 */
function waterNames() {
  const sourceIds = new Set(readCsv('names/sources.csv').map((s) => s.id));
  const rows = new Map();
  for (const r of readCsv('names/water.csv')) {
    const names = {};
    for (const l of NAME_LANGS) if (r[l]?.trim()) names[l] = r[l].trim();
    rows.set(`${r.layer}|${r.ne_name}`, { row: r, names, wikidata: r.wikidata || null, used: false });
  }
  return {
    take(layer, name, neNames) {
      const row = rows.get(`${layer}|${name}`);
      if (!row) return {};
      if (!row.used) cellSources(row.row, sourceIds, neNames.filter(Boolean).map((n) => n.replace(/\s+/g, ' ').trim()));
      row.used = true;
      return { names: row.names, ...(row.wikidata ? { wikidata: row.wikidata } : {}) };
    },
    check(layer) {
      const unused = [...rows].filter(([k, r]) => k.startsWith(`${layer}|`) && !r.used).map(([k]) => k);
      if (unused.length) throw new Error(`data-raw/names/water.csv: no drawn feature for ${unused.join(', ')}`);
    },
  };
}

function water() {
  const src = readJson('geo/water_bodies_central_asia_ne.geojson');
  return src.features;
}

export function buildCountriesTopo(opts = {}) {
  const world = require('world-atlas/countries-50m.json');
  const all = feature(world, world.objects.countries).features;
  const countries = [];
  for (const f of all) {
    const id = f.id === undefined ? UNCODED[f.properties.name] : NUMERIC_TO_ALPHA3[f.id];
    const c = clipFeature({ ...f, id, properties: { id, name: f.properties.name } });
    if (c && !id) throw new Error(`no alpha-3 code for ${f.id} ${f.properties.name}, which lies in the clip box`);
    if (c) countries.push(c);
  }
  countries.sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const c of COUNTRIES) if (!countries.some((f) => f.id === c)) throw new Error(`missing ${c}`);
  assertNotGlobal(countries, 'country');

  const six = countries.filter((f) => COUNTRIES.includes(f.id));
  const names = waterNames();
  const waters = [];
  for (const f of water()) {
    const p = f.properties;
    if (p.kind === 'historic_lake') continue; // late-1950s Aral outline: not drawn as present water
    let keep = p.kind === 'sea' || p.kind === 'bay';
    if (!keep) {
      const pts = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flatMap((poly) => poly[0]);
      const inside = pts.filter((pt) => six.some((c) => geoContains(c, pt))).length;
      keep = inside / pts.length >= 0.5;
    }
    if (!keep) continue;
    const g = clipFeature({
      type: 'Feature',
      properties: {
        id: slug(p.name ?? `lake-${p.scalerank}`),
        name: p.name ?? null,
        name_alt: p.name_alt ?? null,
        kind: p.kind,
        scalerank: p.scalerank,
        ...names.take('water', p.name, [p.name, p.name_alt]),
        ...(p.name === 'Aral Sea'
          ? { note: 'Natural Earth 4.0 outline (a fixed snapshot, larger than the present-day Aral Sea)' }
          : {}),
      },
      geometry: f.geometry,
    });
    if (g) waters.push(g);
  }
  // Stable order and unique ids (unnamed lakes get -2, -3 …).
  waters.sort((a, b) => (a.properties.kind + a.properties.id < b.properties.kind + b.properties.id ? -1 : 1));
  const seen = new Map();
  for (const w of waters) {
    const n = (seen.get(w.properties.id) ?? 0) + 1;
    seen.set(w.properties.id, n);
    if (n > 1) w.properties.id += `-${n}`;
    w.id = w.properties.id;
  }
  assertNotGlobal(waters, 'water');
  names.check('water');

  const topo = webTopology(
    { countries: { type: 'FeatureCollection', features: countries }, water: { type: 'FeatureCollection', features: waters } },
    { keep: opts.keep ?? 0.5, minRingWeight: opts.minRingWeight ?? 0.02, q: opts.q ?? 1e4 },
  );
  const text = stringify(topo);
  const bytes = writeOut('geo/countries.topo.json', text);
  return { bytes, gzip: gzipBytes(text + '\n'), countries: countries.length, water: waters.length, names: waters.map((w) => w.properties.name) };
}

function writeTopo(rel, objects, opts) {
  const topo = webTopology(objects, opts);
  const text = stringify(topo);
  const bytes = writeOut(rel, text);
  return { bytes, gzip: gzipBytes(text + '\n') };
}

const fc = (features) => ({ type: 'FeatureCollection', features });
const rewound = (f, id, properties) => {
  const geometry = rewindForD3(f.geometry);
  return { type: 'Feature', id, properties, geometry };
};

/** NE admin-1 of the six (code corrections of the raw file kept), ids = NE `adm1_code`. */
export function buildAdmin1() {
  const src = readJson('geo/admin1_central_asia_ne.geojson');
  const features = src.features.map((f) => {
    const p = f.properties;
    const kaz = p.adm0_a3 === 'KAZ';
    const current = kaz ? p.iso_3166_2_current : p.iso_3166_2;
    const valid = (c) => (c && /^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(c) ? c : null);
    return rewound(f, p.adm1_code, {
      id: p.adm1_code,
      country: p.adm0_a3 === 'KAB' ? 'KAZ' : p.adm0_a3,
      iso_3166_2: valid(current),
      ...(kaz && valid(p.iso_3166_2) ? { iso_3166_2_legacy: p.iso_3166_2 } : {}),
      name: p.name_en || p.name,
      name_ru: p.name_ru || null,
      ...(p.note ? { note: p.note } : {}),
    });
  }).sort((a, b) => (a.id < b.id ? -1 : 1));
  assertNotGlobal(features, 'admin1');
  return { ...writeTopo('geo/admin1.topo.json', { admin1: fc(features) }, { keep: 0.35, q: 1e4 }), ids: new Set(features.map((f) => f.id)) };
}

/** kazstat's 2018–2022 layout; the three city polygons stay last so they draw over their oblasts. */
export function buildKaz2018(nameOf) {
  const src = readJson('geo/kaz_regions_2018_2022_kazstat.geojson');
  const features = src.features.map((f) => {
    const p = f.properties;
    return rewound(f, p.region_code_src, {
      id: p.region_code_src,
      iso_3166_2: p.iso_3166_2_current,
      iso_3166_2_legacy: p.iso_3166_2_legacy,
      name: nameOf(p.region_code_src),
      name_ru: p.kzName,
      ...(p.note ? { note: p.note } : {}),
    });
  });
  assertNotGlobal(features, 'kaz-2018');
  return { ...writeTopo('geo/kaz-2018.topo.json', { regions: fc(features) }, { keep: 0.5, q: 1e4 }), ids: new Set(features.map((f) => f.id)) };
}

/** GDL SHDI regions; the two with no polygon in the source are left out of the file. */
export function buildGdl() {
  const src = readJson('geo/gdl_shdi_regions_central_asia.geojson');
  const features = src.features.filter((f) => f.geometry).map((f) => {
    const p = f.properties;
    return rewound(f, p.gdlcode, { id: p.gdlcode, country: p.country_iso3, name: p.region_name });
  }).sort((a, b) => (a.id < b.id ? -1 : 1));
  assertNotGlobal(features, 'gdl');
  return { ...writeTopo('geo/gdl.topo.json', { regions: fc(features) }, { keep: 0.6, q: 1e4 }), ids: new Set(features.map((f) => f.id)) };
}

/** NE rivers and lake centrelines; `label` is the display name (NE's double spaces collapsed: "Amu Darya"). */
export function buildRivers() {
  const src = readJson('geo/rivers_central_asia_ne.geojson');
  const names = waterNames();
  const features = src.features.map((f, i) => {
    const p = f.properties;
    const name = p.name_en ?? p.name ?? null;
    const label = name ? name.replace(/\s+/g, ' ').trim() : null;
    return {
      type: 'Feature',
      properties: {
        name: p.name ?? null,
        label,
        ...(label ? names.take('river', label, [p.name, p.name_en, p.name_alt]) : {}),
        ...(p.name_alt ? { name_alt: p.name_alt } : {}),
        kind: p.featurecla === 'Lake Centerline' ? 'lake_centerline' : 'river',
        scalerank: p.scalerank,
        rivernum: p.rivernum,
      },
      geometry: f.geometry,
      _i: i,
    };
  }).sort((a, b) => a.properties.scalerank - b.properties.scalerank || a.properties.rivernum - b.properties.rivernum || a._i - b._i)
    .map(({ _i, ...f }) => f);
  names.check('river');
  return writeTopo('geo/rivers.topo.json', { rivers: fc(features) }, { keep: 0.5, q: 1e4 });
}
