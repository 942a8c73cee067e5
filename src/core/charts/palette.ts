/**
 * Line colours, one per area and the same in every chart (Kazakhstan is always the same blue), chosen for at least
 * 4.5:1 contrast as text on the light and on the dark surface, since end labels are written in them.
 * Aggregates are neutral or muted so that the six countries stand out.
 */
export const AREA_ORDER = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG', 'WLD', 'CAS', 'CSA', 'SAS', 'LLDC'] as const;

export const PALETTE_LIGHT = [
  '#1f6aa5', // blue
  '#b7312c', // red
  '#237245', // green
  '#7b3f98', // purple
  '#9a5200', // amber
  '#7a4a32', // brown
  '#4b5158', // grey (World)
  '#0b6f80', // teal
  '#a3326a', // magenta
  '#5a6b12', // olive
  '#3d4fa3', // indigo
] as const;

export const PALETTE_DARK = [
  '#6cb2ee',
  '#f2857c',
  '#6acb8e',
  '#c59ae0',
  '#f2ad56',
  '#d9a58a',
  '#b5bcc4',
  '#5ccfe0',
  '#ee8cbc',
  '#b8cc66',
  '#9aa8f2',
] as const;

/** Index of an area's colour: fixed for the known areas, then in order of appearance for any others. */
export function colorIndex(code: string, position: number): number {
  const known = (AREA_ORDER as readonly string[]).indexOf(code);
  if (known >= 0) return known;
  return (AREA_ORDER.length + position) % PALETTE_LIGHT.length;
}
