import type { MapModel, MapShape } from '../../src/core/geometry/map-model.js';
import { round, rounded, roundNumbersIn, xml } from './rounded.js';

/**
 * A map render model written as a standalone SVG: open the snapshot in a browser to see the drawing it describes.
 * Every field of every shape is kept (as `data-*` attributes, numbers rounded), the legend, label candidates and
 * notes go into `<metadata>` as JSON, so the file is the whole model and not only its picture.
 */

const attr = (name: string, value: unknown) => {
  if (value === null || value === undefined || value === false) return '';
  const text =
    typeof value === 'object'
      ? JSON.stringify(rounded(value))
      : String(typeof value === 'number' ? round(value) : value);
  return ` ${name}="${xml(text)}"`;
};

const PATTERN_FILL: Record<string, string> = { 'no-data': 'url(#no-data)', range: 'url(#range)' };

function shapeTag(s: MapShape, style: string): string {
  const fill = s.fill ?? (s.pattern ? PATTERN_FILL[s.pattern] : null);
  const data = Object.entries(s)
    .filter(([k]) => k !== 'd')
    .map(([k, v]) => attr(`data-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, v))
    .join('');
  return `    <path d="${roundNumbersIn(s.d)}"${fill ? ` fill="${xml(fill)}"` : ''} ${style}${data}/>`;
}

export function mapSvg(m: MapModel): string {
  const { context, water, focus, rivers } = m.layers;
  const meta = {
    year: m.year,
    legend: m.legend,
    description: m.description,
    notes: m.notes,
    labelCandidates: m.labelCandidates,
  };
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${round(m.width)}" height="${round(m.height)}" viewBox="0 0 ${round(m.width)} ${round(m.height)}">`,
    `  <desc>${xml(m.description)}</desc>`,
    `  <metadata>${xml(JSON.stringify(rounded(meta), null, 1))}</metadata>`,
    '  <defs>',
    '    <pattern id="no-data" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#f2f2f2"/><path d="M0,6L6,0" stroke="#999"/></pattern>',
    '    <pattern id="range" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#dde"/><circle cx="3" cy="3" r="1.2" fill="#557"/></pattern>',
    '  </defs>',
    `  <rect width="${round(m.width)}" height="${round(m.height)}" fill="#fbfbf8"/>`,
    '  <g class="context">',
    ...context.map((s) => shapeTag(s, 'fill="#e4e4e0" stroke="#fff" stroke-width="0.5"')),
    '  </g>',
    '  <g class="water">',
    ...water.map((s) => shapeTag(s, 'fill="#cfe0ee" stroke="#9db9d3" stroke-width="0.5"')),
    '  </g>',
    '  <g class="focus">',
    ...focus.map((s) => shapeTag(s, 'stroke="#fff" stroke-width="1"')),
    '  </g>',
    '  <g class="rivers" fill="none" stroke="#5b8fc7">',
    ...rivers.map(
      (r) =>
        `    <path d="${roundNumbersIn(r.d)}" stroke-width="${r.emphasis === 'strong' ? 2 : r.emphasis === 'muted' ? 0.5 : 1}"${attr('data-id', r.id)}${attr('data-name', r.name)}${attr('data-rank', r.rank)}${attr('data-emphasis', r.emphasis)}/>`,
    ),
    '  </g>',
    '  <g class="points">',
    ...m.points.map(
      (p) =>
        `    <circle cx="${round(p.x)}" cy="${round(p.y)}" r="${p.capital ? 3 : 2}" fill="#222"${attr('data-id', p.id)}${attr('data-name', p.name)}${attr('data-name-lang', p.nameLang)}${attr('data-capital', p.capital)}/>`,
    ),
    '  </g>',
    '  <g class="labels" font-family="sans-serif" font-size="12" fill="#111">',
    ...m.labels.map((l) => {
      const anchor = l.align === 'middle' ? 'middle' : l.align;
      const extra = `${attr('data-id', l.id)}${attr('data-layer', l.layer)}${attr('lang', l.lang)}${attr('data-tone', l.tone)}${attr('data-emphasis', l.emphasis)}`;
      return `    <text x="${round(l.x)}" y="${round(l.y)}" text-anchor="${anchor}"${extra}>${xml(l.text)}</text>`;
    }),
    '  </g>',
    '</svg>',
    '',
  ];
  return lines.join('\n');
}
