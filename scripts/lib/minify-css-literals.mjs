// Minifies the CSS inside Lit `css` tagged templates of a module's source, for the bundle: esbuild minifies the
// JavaScript around them but leaves template text as written (indentation, comments, line breaks), which every page
// then downloads. Conservative on purpose: comments go, runs of whitespace become one space, and the spaces next to
// `{ } ; ,` and after `:` go, along with the `;` before a `}`. Quoted strings and `${…}` interpolations are kept as
// they are; nothing else in the rules changes (no selector or value rewriting), so the rules read the same.

/** The source with every css`…` template's text minified. */
export function minifyCssLiterals(source) {
  let out = '';
  let i = 0;
  for (;;) {
    const m = /\bcss`/g;
    m.lastIndex = i;
    const hit = m.exec(source);
    if (!hit) return out + source.slice(i);
    const start = hit.index + hit[0].length;
    const end = templateEnd(source, start);
    if (end < 0) return out + source.slice(i);
    out += source.slice(i, start) + minifyCss(source.slice(start, end)) + '`';
    i = end + 1;
  }
}

/** The text of each css`…` template of a module's source, as written. */
export function cssTemplates(source) {
  const out = [];
  for (const hit of source.matchAll(/\bcss`/g)) {
    const start = hit.index + hit[0].length;
    const end = templateEnd(source, start);
    if (end >= 0) out.push(source.slice(start, end));
  }
  return out;
}

/** Index of the backtick closing the template whose text starts at `from`, or -1. */
function templateEnd(s, from) {
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '`') return i;
    else if (c === '$' && s[i + 1] === '{') i = interpolationEnd(s, i + 2);
  }
  return -1;
}

/** Index of the `}` closing an interpolation whose expression starts at `from` (strings and nested templates skipped). */
function interpolationEnd(s, from) {
  let depth = 1;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === "'" || c === '"') i = stringEnd(s, i);
    else if (c === '`') i = templateEnd(s, i + 1);
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return s.length;
}

function stringEnd(s, at) {
  for (let i = at + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === s[at]) return i;
  }
  return s.length;
}

/** Minifies template text: CSS with `${…}` holes, kept verbatim like quoted strings. */
export function minifyCss(text) {
  const parts = [];
  let buf = '';
  const flush = () => {
    parts.push({ css: buf });
    buf = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 1;
      buf += ' ';
    } else if (c === "'" || c === '"') {
      const e = stringEnd(text, i);
      flush();
      parts.push({ keep: text.slice(i, e + 1) });
      i = e;
    } else if (c === '$' && text[i + 1] === '{') {
      const e = interpolationEnd(text, i + 2);
      flush();
      parts.push({ keep: text.slice(i, e + 1) });
      i = e;
    } else if (c === '\\') {
      flush();
      parts.push({ keep: text.slice(i, i + 2) });
      i++;
    } else buf += c;
  }
  flush();
  let out = '';
  for (const p of parts) {
    if (p.keep !== undefined) {
      out += p.keep;
      continue;
    }
    out += p.css
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}');
  }
  return out.replace(/;}/g, '}').trim();
}
