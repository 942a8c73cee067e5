// The hand-written d3-geo SVG map the bench compares <sdg-map> against: the same files, the same projection family
// and the same colouring, with nothing else (no legend, tooltip, keyboard, localisation, no-data pattern).
// Bundled by scripts/bench.mjs with esbuild; runs as soon as it loads, then fires `baseline-render` on document.
import { geoConicEqualArea, geoPath } from 'd3-geo';
import { scaleSequential } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';
import { feature } from 'topojson-client';

const SIX = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG'];
const NS = 'http://www.w3.org/2000/svg';
const width = 800;
const height = 600;

let series;
const shapes = new Map();

/** Values of the total (both sexes) slice of `year` for the six countries, as published. */
function valuesFor(year) {
  const out = new Map();
  const sex = series.dims.sex;
  for (let i = 0; i < series.area.length; i++) {
    if (series.year[i] !== year || !SIX.includes(series.area[i])) continue;
    if (sex && sex.codes[sex.index[i]] !== 'BOTHSEX') continue;
    if (typeof series.value[i] === 'number') out.set(series.area[i], series.value[i]);
  }
  return out;
}

function paint(year) {
  const values = valuesFor(year);
  const nums = [...values.values()];
  const color = scaleSequential(interpolateBlues).domain([Math.min(...nums), Math.max(...nums)]);
  for (const [code, path] of shapes) {
    const v = values.get(code);
    path.setAttribute('fill', v === undefined ? '#cccccc' : color(v));
  }
}

async function draw(host, year) {
  const base = new URL('/data/', location.href);
  const [topo, s] = await Promise.all([
    fetch(new URL('geo/countries.topo.json', base)).then((r) => r.json()),
    fetch(new URL('series/SH_DYN_MORT.json', base)).then((r) => r.json()),
  ]);
  series = s;
  const countries = feature(topo, topo.objects.countries).features;
  const water = topo.objects.water ? feature(topo, topo.objects.water).features : [];
  const six = { type: 'FeatureCollection', features: countries.filter((f) => SIX.includes(f.id ?? f.properties.id)) };
  const projection = geoConicEqualArea()
    .parallels([35, 50])
    .rotate([-66, 0])
    .fitExtent(
      [
        [10, 10],
        [width - 10, height - 10],
      ],
      six,
    );
  const path = geoPath(projection);

  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  for (const f of countries) {
    const code = f.id ?? f.properties.id;
    const p = document.createElementNS(NS, 'path');
    p.setAttribute('d', path(f) ?? '');
    p.setAttribute('stroke', '#ffffff');
    p.setAttribute('stroke-width', '0.5');
    if (SIX.includes(code)) shapes.set(code, p);
    else p.setAttribute('fill', '#e0e0e0');
    svg.append(p);
  }
  for (const f of water) {
    const p = document.createElementNS(NS, 'path');
    p.setAttribute('d', path(f) ?? '');
    p.setAttribute('fill', '#b3d4ee');
    svg.append(p);
  }
  paint(year);
  host.append(svg);
}

window.baseline = {
  /** Recolours the six countries for another year; synchronous like any d3 attribute update. */
  update(year) {
    paint(year);
  },
};

const host = document.getElementById('host') ?? document.body;
draw(host, 2020).then(
  () => document.dispatchEvent(new CustomEvent('baseline-render')),
  (err) => document.dispatchEvent(new CustomEvent('baseline-error', { detail: String(err) })),
);
