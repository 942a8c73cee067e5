/**
 * One standalone SVG of what an element shows: its drawings (inline `<svg>`s with computed styles written in) and its
 * HTML parts (title, legend, source line) re-drawn as SVG rectangles, gradients and text at the place the reader sees
 * them. Controls, tooltips, data tables and visually hidden text are left out. Element-agnostic: it reads only the
 * rendered DOM and the conventional parts, so any `sdg-*` element (or any element) can be exported.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Never drawn: controls, transient overlays, the accessible table, loading states. */
const SKIP = [
  '[part~="export"]',
  '[part~="tooltip"]',
  '[part~="table"]',
  '[part~="loading"]',
  '[part~="controls"]',
  '[part~="slider"]',
  '[data-export="skip"]',
  '.visually-hidden',
  'button',
  'details',
  'input',
  'select',
  'textarea',
  'script',
  'style',
  'template',
  'caption',
].join(',');

/** Presentation properties copied from the computed style of every SVG element, with their initial values. */
const SVG_PROPS: Record<string, string | null> = {
  fill: null,
  'fill-opacity': '1',
  'fill-rule': 'nonzero',
  stroke: null,
  'stroke-width': '1px',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-dashoffset': '0px',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'stroke-miterlimit': '4',
  opacity: '1',
  'paint-order': 'normal',
  'vector-effect': 'none',
  'shape-rendering': 'auto',
};
const TEXT_PROPS: Record<string, string | null> = {
  'font-family': null,
  'font-size': null,
  'font-weight': '400',
  'font-style': 'normal',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'letter-spacing': 'normal',
};
const COLOR_PROPS = new Set(['fill', 'stroke']);
const GENERIC = /(^|,)\s*(serif|sans-serif|monospace|cursive|fantasy|system-ui|ui-sans-serif|ui-serif|math)\s*$/;

export interface SvgExport {
  svg: string;
  width: number;
  height: number;
}

export interface SvgExportOptions {
  /** Text for the SVG's `<title>` and, when the element shows no title part, a title line drawn above. */
  title?: string;
  /** The source line drawn below when the element shows no source part. */
  source?: string;
  /** Space around the drawing, in CSS pixels (default 16). */
  padding?: number;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const num = (n: number) => String(Math.round(n * 100) / 100);

/** Any CSS colour (color-mix, color(), named, var-resolved) as `rgb()`/`rgba()` via a 1×1 canvas; `null` if transparent. */
const colorCache = new Map<string, string | null>();
let colorCtx: CanvasRenderingContext2D | null = null;
export function normalizeColor(value: string): string | null {
  if (!value || value === 'none' || value === 'transparent') return null;
  const known = colorCache.get(value);
  if (known !== undefined) return known;
  colorCtx ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', {
    willReadFrequently: true,
  });
  let out: string | null = value;
  if (colorCtx) {
    colorCtx.clearRect(0, 0, 1, 1);
    colorCtx.fillStyle = '#000';
    colorCtx.fillStyle = value;
    colorCtx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = colorCtx.getImageData(0, 0, 1, 1).data;
    out = a === 0 ? null : a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${num(a / 255)})`;
  }
  colorCache.set(value, out);
  return out;
}

/** A font-family list that always ends with a generic family, so other renderers fall back sensibly. */
export function fontFamily(value: string): string {
  const v = value.trim() || 'sans-serif';
  return GENERIC.test(v) ? v : `${v}, sans-serif`;
}

let measureCtx: CanvasRenderingContext2D | null = null;
function fontMetrics(cs: CSSStyleDeclaration, text: string) {
  measureCtx ??= document.createElement('canvas').getContext('2d');
  const size = parseFloat(cs.fontSize) || 14;
  if (!measureCtx) return { ascent: size * 0.8, descent: size * 0.2, width: text.length * size * 0.55 };
  measureCtx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
  const m = measureCtx.measureText(text);
  return {
    ascent: m.fontBoundingBoxAscent || size * 0.8,
    descent: m.fontBoundingBoxDescent || size * 0.2,
    width: m.width,
  };
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

class Writer {
  readonly defs: string[] = [];
  readonly body: string[] = [];
  readonly drawnParts = new Set<string>();
  private ids = new Map<string, string>();
  private n = 0;
  minX = Infinity;
  minY = Infinity;
  maxX = -Infinity;
  maxY = -Infinity;

  constructor(readonly prefix: string) {}

  extend(b: Box) {
    if (b.w <= 0 && b.h <= 0) return;
    this.minX = Math.min(this.minX, b.x);
    this.minY = Math.min(this.minY, b.y);
    this.maxX = Math.max(this.maxX, b.x + b.w);
    this.maxY = Math.max(this.maxY, b.y + b.h);
  }

  /** A fresh id, or the export's id for an id of the page (so two exports never share ids). */
  id(original?: string): string {
    if (original === undefined) return `${this.prefix}${++this.n}`;
    let id = this.ids.get(original);
    if (!id) this.ids.set(original, (id = `${this.prefix}${original.replace(/[^\w-]/g, '_')}`));
    return id;
  }

  hasId(original: string) {
    return this.ids.has(original);
  }
}

let exportCount = 0;

/** Serialises what `el` shows into a standalone SVG string, sized in CSS pixels. */
export function elementToSvg(el: Element, options: SvgExportOptions = {}): SvgExport {
  const pad = options.padding ?? 16;
  const w = new Writer(`sdg-x${++exportCount}-`);
  const rootStyle = getComputedStyle(el);
  const lang = el.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? '';
  walkChildren(el, w, lang);

  const host = el.getBoundingClientRect();
  if (!Number.isFinite(w.minX)) w.extend({ x: host.left, y: host.top, w: Math.max(1, host.width), h: 1 });
  const contentWidth = Math.max(w.maxX - w.minX, 1);
  // A title or source the element does not show itself (e.g. a sparkline) is added as text above or below.
  const extraTop =
    !w.drawnParts.has('title') && options.title ? textBlock(options.title, rootStyle, contentWidth, 1.25, 600) : null;
  const extraBottom =
    !w.drawnParts.has('source') && options.source
      ? textBlock(options.source, rootStyle, contentWidth, 0.85, 400, true)
      : null;
  const topH = extraTop ? extraTop.height + 8 : 0;
  const bottomH = extraBottom ? extraBottom.height + 8 : 0;
  const width = Math.ceil(contentWidth + 2 * pad);
  const height = Math.ceil(w.maxY - w.minY + 2 * pad + topH + bottomH);
  const bg = background(el);
  const family = fontFamily(rootStyle.fontFamily);
  const dir = rootStyle.direction === 'rtl' ? 'rtl' : 'ltr';

  const out = [
    `<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
      ` font-family="${esc(family)}"${lang ? ` lang="${esc(lang)}"` : ''}>`,
    options.title ? `<title>${esc(options.title)}</title>` : '',
    options.source ? `<desc>${esc(options.source)}</desc>` : '',
    w.defs.length ? `<defs>${w.defs.join('')}</defs>` : '',
    bg ? `<rect width="100%" height="100%" fill="${bg}"/>` : '',
    extraTop ? `<g transform="translate(${pad} ${pad})">${extraTop.svg(dir, contentWidth)}</g>` : '',
    `<g transform="translate(${num(pad - w.minX)} ${num(pad + topH - w.minY)})">${w.body.join('')}</g>`,
    extraBottom
      ? `<g transform="translate(${pad} ${num(pad + topH + (w.maxY - w.minY) + 8)})">${extraBottom.svg(dir, contentWidth)}</g>`
      : '',
    '</svg>',
  ];
  return { svg: out.join(''), width, height };
}

/** The element's surface colour (theme token, else its or an ancestor's background), or white. */
function background(el: Element): string {
  const token = getComputedStyle(el).getPropertyValue('--_sdg-color-surface').trim();
  const fromToken = token ? normalizeColor(token) : null;
  if (fromToken) return fromToken;
  for (let e: Element | null = el; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host || null)) {
    const c = normalizeColor(getComputedStyle(e).backgroundColor);
    if (c) return c;
  }
  return 'rgb(255, 255, 255)';
}

/** Word-wrapped text lines of a title or source line the element does not show. */
function textBlock(text: string, cs: CSSStyleDeclaration, width: number, scale: number, weight: number, muted = false) {
  const size = (parseFloat(cs.fontSize) || 14) * scale;
  const probe = {
    fontStyle: 'normal',
    fontWeight: String(weight),
    fontSize: `${size}px`,
    fontFamily: cs.fontFamily,
  } as CSSStyleDeclaration;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && fontMetrics(probe, next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  const lh = size * 1.3;
  const color = normalizeColor(cs.color) ?? 'rgb(0, 0, 0)';
  return {
    height: lines.length * lh,
    svg: (dir: string, w: number) =>
      lines
        .map(
          (l, i) =>
            `<text x="${dir === 'rtl' ? num(w) : 0}" y="${num(i * lh + size)}" font-size="${num(size)}" font-weight="${weight}"` +
            ` fill="${color}"${muted ? ' opacity="0.8"' : ''}${dir === 'rtl' ? ' direction="rtl"' : ''}>${esc(l)}</text>`,
        )
        .join(''),
  };
}

/** The rendered children of `node`: its shadow root's, a slot's assigned nodes, or its own. */
function renderedChildren(node: Element): Node[] {
  if (node.shadowRoot) return [...node.shadowRoot.childNodes];
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length ? assigned : [...node.childNodes];
  }
  return [...node.childNodes];
}

function walkChildren(node: Element, w: Writer, lang: string) {
  for (const child of renderedChildren(node)) {
    if (child.nodeType === Node.TEXT_NODE) drawText(child as Text, w, lang);
    else if (child.nodeType === Node.ELEMENT_NODE) walk(child as Element, w, lang);
  }
}

function isHidden(el: Element, cs: CSSStyleDeclaration, r: DOMRect): boolean {
  if (cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse') return true;
  if (parseFloat(cs.opacity) === 0) return true;
  // The usual visually-hidden pattern (1px, clipped), whatever its class name.
  if (cs.position === 'absolute' && r.width <= 1 && r.height <= 1 && cs.overflow === 'hidden') return true;
  return el.matches(SKIP);
}

function walk(el: Element, w: Writer, lang: string) {
  if (el.matches(SKIP)) return;
  const cs = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  if (cs.display !== 'contents' && isHidden(el, cs, r)) return;
  const here = el.getAttribute('lang') ?? lang;
  const part = el.getAttribute('part');
  if (part) for (const p of part.split(/\s+/)) w.drawnParts.add(p);
  if (el instanceof SVGSVGElement) {
    if (r.width > 0 && r.height > 0) drawSvg(el, r, w);
    return;
  }
  if (el instanceof SVGElement) return;
  if (el instanceof HTMLImageElement) {
    if (r.width > 0 && el.currentSrc)
      w.body.push(
        `<image href="${esc(el.currentSrc)}" x="${num(r.left)}" y="${num(r.top)}" width="${num(r.width)}" height="${num(r.height)}"/>`,
      );
    w.extend({ x: r.left, y: r.top, w: r.width, h: r.height });
    return;
  }
  if (cs.display !== 'contents') drawBox(cs, r, w);
  walkChildren(el, w, here);
}

/** Background colour or linear gradient, and borders, of an HTML box. */
function drawBox(cs: CSSStyleDeclaration, r: DOMRect, w: Writer) {
  if (r.width <= 0 || r.height <= 0) return;
  const rx = parseFloat(cs.borderTopLeftRadius) || 0;
  const round = rx ? ` rx="${num(Math.min(rx, r.width / 2, r.height / 2))}"` : '';
  const box = `x="${num(r.left)}" y="${num(r.top)}" width="${num(r.width)}" height="${num(r.height)}"${round}`;
  let drew = false;
  const bg = normalizeColor(cs.backgroundColor);
  if (bg) {
    w.body.push(`<rect ${box} fill="${bg}"/>`);
    drew = true;
  }
  const gradient = parseLinearGradient(cs.backgroundImage);
  if (gradient) {
    const id = w.id();
    const stops = gradient.stops
      .map((s) => `<stop offset="${num(s.offset * 100)}%" stop-color="${s.color}"/>`)
      .join('');
    w.defs.push(
      `<linearGradient id="${id}" x1="${gradient.x1}" y1="${gradient.y1}" x2="${gradient.x2}" y2="${gradient.y2}">${stops}</linearGradient>`,
    );
    w.body.push(`<rect ${box} fill="url(#${id})"/>`);
    drew = true;
  }
  const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((s) => {
    const width = parseFloat(cs.getPropertyValue(`border-${s.toLowerCase()}-width`)) || 0;
    const style = cs.getPropertyValue(`border-${s.toLowerCase()}-style`);
    const color = normalizeColor(cs.getPropertyValue(`border-${s.toLowerCase()}-color`));
    return width > 0 && style !== 'none' && style !== 'hidden' && color ? { width, color } : null;
  });
  if (sides.every((s) => s && s.width === sides[0]!.width && s.color === sides[0]!.color)) {
    const b = sides[0]!;
    const h = b.width / 2;
    w.body.push(
      `<rect x="${num(r.left + h)}" y="${num(r.top + h)}" width="${num(r.width - b.width)}" height="${num(r.height - b.width)}"` +
        `${round} fill="none" stroke="${b.color}" stroke-width="${num(b.width)}"/>`,
    );
    drew = true;
  } else {
    const lines = [
      [r.left, r.top, r.right, r.top, 0, 1],
      [r.right, r.top, r.right, r.bottom, -1, 0],
      [r.left, r.bottom, r.right, r.bottom, 0, -1],
      [r.left, r.top, r.left, r.bottom, 1, 0],
    ];
    sides.forEach((s, i) => {
      if (!s) return;
      const [x1, y1, x2, y2, dx, dy] = lines[i];
      const o = s.width / 2;
      w.body.push(
        `<line x1="${num(x1 + dx * o)}" y1="${num(y1 + dy * o)}" x2="${num(x2 + dx * o)}" y2="${num(y2 + dy * o)}" stroke="${s.color}" stroke-width="${num(s.width)}"/>`,
      );
      drew = true;
    });
  }
  if (drew) w.extend({ x: r.left, y: r.top, w: r.width, h: r.height });
}

/** Splits at top-level commas (not inside parentheses). */
function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') depth--;
    else if (s[i] === ',' && depth === 0) {
      parts.push(s.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(s.slice(start).trim());
  return parts;
}

/** The first `linear-gradient(…)` of a computed `background-image`, as SVG gradient vector and stops. */
export function parseLinearGradient(value: string) {
  const m = /linear-gradient\((.*)\)/.exec(value);
  if (!m) return null;
  const parts = splitTop(m[1]);
  let angle = 180;
  const first = parts[0];
  const sides: Record<string, number> = { 'to top': 0, 'to right': 90, 'to bottom': 180, 'to left': 270 };
  if (first in sides) {
    angle = sides[first];
    parts.shift();
  } else if (/^-?[\d.]+(deg|turn|rad)$/.test(first)) {
    const v = parseFloat(first);
    angle = first.endsWith('turn') ? v * 360 : first.endsWith('rad') ? (v * 180) / Math.PI : v;
    parts.shift();
  }
  const stops = parts.map((p, i) => {
    const pm = /^(.*?)(?:\s+(-?[\d.]+)%)?$/.exec(p)!;
    const color = normalizeColor(pm[1]) ?? 'rgba(0, 0, 0, 0)';
    return {
      color,
      offset: pm[2] !== undefined ? parseFloat(pm[2]) / 100 : parts.length > 1 ? i / (parts.length - 1) : 0,
    };
  });
  const rad = (angle * Math.PI) / 180;
  const dx = Math.sin(rad) / 2;
  const dy = -Math.cos(rad) / 2;
  const f = (n: number) => num(n * 100) + '%';
  return { x1: f(0.5 - dx), y1: f(0.5 - dy), x2: f(0.5 + dx), y2: f(0.5 + dy), stops };
}

/** A text node, line by line as laid out (one `<text>` per visual line), with the font and colour of its parent. */
function drawText(node: Text, w: Writer, lang: string) {
  const parent = node.parentElement;
  if (!parent || !node.data.trim()) return;
  const cs = getComputedStyle(parent);
  const color = normalizeColor(cs.color);
  if (!color) return;
  const range = document.createRange();
  const lines: Array<{ top: number; bottom: number; left: number; right: number; words: string[] }> = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(node.data))) {
    range.setStart(node, m.index);
    range.setEnd(node, m.index + m[0].length);
    const rect = range.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const line = lines.find((l) => Math.abs(l.top - rect.top) < rect.height / 2);
    if (line) {
      line.words.push(m[0]);
      line.left = Math.min(line.left, rect.left);
      line.right = Math.max(line.right, rect.right);
    } else lines.push({ top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right, words: [m[0]] });
  }
  const rtl = cs.direction === 'rtl';
  const upper = cs.textTransform === 'uppercase';
  const attrs =
    ` font-family="${esc(fontFamily(cs.fontFamily))}" font-size="${cs.fontSize}"` +
    (cs.fontWeight !== '400' ? ` font-weight="${cs.fontWeight}"` : '') +
    (cs.fontStyle !== 'normal' ? ` font-style="${cs.fontStyle}"` : '') +
    (cs.letterSpacing !== 'normal' ? ` letter-spacing="${cs.letterSpacing}"` : '') +
    ` fill="${color}"` +
    (rtl ? ' direction="rtl"' : '') +
    (lang ? ` lang="${esc(lang)}"` : '');
  for (const l of lines) {
    let text = l.words.join(' ');
    if (upper) text = text.toUpperCase();
    const { ascent, descent } = fontMetrics(cs, text);
    const y = l.top + (l.bottom - l.top - (ascent + descent)) / 2 + ascent;
    w.body.push(`<text x="${num(rtl ? l.right : l.left)}" y="${num(y)}"${attrs}>${esc(text)}</text>`);
    w.extend({ x: l.left, y: l.top, w: l.right - l.left, h: l.bottom - l.top });
  }
}

/** `url(#id)` references in a value, whatever URL the browser prefixed. */
const URL_REF = /url\(\s*["']?[^"')#]*#([^"')]+)["']?\s*\)/g;

/** Clones an inline `<svg>` with its computed presentation written into attributes and its referenced defs. */
function drawSvg(svg: SVGSVGElement, r: DOMRect, w: Writer) {
  const root = svg.getRootNode() as Document | ShadowRoot;
  const clone = svg.cloneNode(false) as SVGSVGElement;
  copyTree(svg, clone, w, root);
  for (const a of [
    'class',
    'part',
    'style',
    'role',
    'tabindex',
    'id',
    'aria-label',
    'aria-describedby',
    'aria-roledescription',
    'aria-hidden',
  ])
    clone.removeAttribute(a);
  const vb = svg.getAttribute('viewBox');
  clone.setAttribute('x', num(r.left));
  clone.setAttribute('y', num(r.top));
  clone.setAttribute('width', num(r.width));
  clone.setAttribute('height', num(r.height));
  if (!vb) clone.setAttribute('viewBox', `0 0 ${num(r.width)} ${num(r.height)}`);
  clone.setAttribute('overflow', 'visible');
  w.body.push(new XMLSerializer().serializeToString(clone).replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, ''));
  w.extend({ x: r.left, y: r.top, w: r.width, h: r.height });
}

/** Copies the children of `from` into `to`, writing computed styles and renaming referenced ids. */
function copyTree(from: Element, to: Element, w: Writer, root: Document | ShadowRoot) {
  styleInto(from, to, w, root);
  for (const child of from.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      to.appendChild(child.cloneNode());
      continue;
    }
    if (!(child instanceof SVGElement)) continue;
    const cs = getComputedStyle(child);
    if (cs.display === 'none' || child.matches(SKIP)) continue;
    const copy = child.cloneNode(false) as SVGElement;
    to.appendChild(copy);
    copyTree(child, copy, w, root);
  }
}

function styleInto(from: Element, to: Element, w: Writer, root: Document | ShadowRoot) {
  const cs = getComputedStyle(from);
  const done = new Set<string>();
  for (const a of [...to.attributes]) {
    if (
      a.name === 'class' ||
      a.name === 'part' ||
      a.name === 'style' ||
      a.name === 'tabindex' ||
      a.name === 'role' ||
      a.name.startsWith('aria-')
    )
      to.removeAttribute(a.name);
  }
  if (from instanceof SVGGraphicsElement || from instanceof SVGSVGElement || from.localName === 'stop') {
    const props =
      from instanceof SVGTextContentElement || from.localName === 'g' ? { ...SVG_PROPS, ...TEXT_PROPS } : SVG_PROPS;
    for (const [prop, initial] of Object.entries(props)) {
      let v = cs.getPropertyValue(prop);
      if (!v || v === initial) continue;
      if (COLOR_PROPS.has(prop) && !v.includes('url(')) v = normalizeColor(v) ?? 'none';
      if (prop === 'font-family') v = fontFamily(v);
      to.setAttribute(prop, refs(v, w, root));
      done.add(prop);
    }
    if (from.localName === 'stop') {
      const c = normalizeColor(cs.getPropertyValue('stop-color'));
      if (c) to.setAttribute('stop-color', c);
    }
  }
  for (const a of ['fill', 'stroke', 'clip-path', 'mask', 'filter', 'marker-start', 'marker-mid', 'marker-end']) {
    const v = to.getAttribute(a);
    if (!done.has(a) && v?.includes('url(')) to.setAttribute(a, refs(v, w, root));
  }
  const href = to.getAttribute('href') ?? to.getAttribute('xlink:href');
  if (href?.startsWith('#')) to.setAttribute('href', `#${def(href.slice(1), w, root)}`);
  const id = to.getAttribute('id');
  if (id) to.setAttribute('id', w.id(id));
}

/** Rewrites `url(#id)` to the export's id, copying the referenced element into `<defs>` once. */
function refs(value: string, w: Writer, root: Document | ShadowRoot): string {
  return value.replace(URL_REF, (_m, id: string) => `url(#${def(id, w, root)})`);
}

function def(id: string, w: Writer, root: Document | ShadowRoot): string {
  if (w.hasId(id)) return w.id(id);
  const newId = w.id(id);
  const source = root.getElementById(id);
  if (source instanceof SVGElement) {
    const copy = source.cloneNode(false) as SVGElement;
    copyTree(source, copy, w, root);
    copy.setAttribute('id', newId);
    w.defs.push(new XMLSerializer().serializeToString(copy).replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, ''));
  }
  return newId;
}
