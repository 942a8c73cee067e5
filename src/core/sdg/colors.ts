/**
 * Text colour on a goal colour, by WCAG 2.x contrast. The UN prints white on every goal colour; several of them
 * (goal 7's yellow, goal 6's cyan, goal 11's orange, goal 2's ochre…) fail WCAG with white. Rule: white, as on the
 * UN tiles, where it reaches WCAG AA for normal text (4.5:1); otherwise whichever of black and white contrasts more.
 */

/** WCAG AA contrast for normal-size text. */
export const AA = 4.5;

/** `#rgb` / `#rrggbb` → [r, g, b] in 0–255, or null. */
export function parseHex(color: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2.x relative luminance of an sRGB colour. */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio (1–21) of two luminances. */
export function contrastRatio(l1: number, l2: number): number {
  const [hi, lo] = l1 > l2 ? [l1, l2] : [l2, l1];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colour for `background`: white where it reaches 4.5:1, else the better of black and white. */
export function textOn(background: string): { color: '#ffffff' | '#000000'; ratio: number } {
  const rgb = parseHex(background);
  if (!rgb) return { color: '#000000', ratio: 1 };
  const l = luminance(rgb);
  const white = contrastRatio(l, 1);
  const black = contrastRatio(l, 0);
  return white >= AA || white >= black ? { color: '#ffffff', ratio: white } : { color: '#000000', ratio: black };
}

/** `a` mixed towards `b` by `t` (0 → b, 1 → a) in sRGB, as `#rrggbb`. */
export function mixHex(a: string, b: string, t: number): string {
  const x = parseHex(a) ?? [0, 0, 0];
  const y = parseHex(b) ?? [255, 255, 255];
  return `#${[0, 1, 2]
    .map((i) => Math.round(y[i] + (x[i] - y[i]) * t))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
}
