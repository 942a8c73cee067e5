/**
 * Right-to-left layout decisions for maps and charts, in one place so every element flips the same things.
 *
 * The rule (for fa-AF and ps, and any `dir="rtl"` context):
 *
 * 1. Mirrored — everything that follows reading order: text alignment, the title/source block, legend position and
 *    entry order, tooltip placement (it opens toward the reading direction), buttons and toolbars, table column
 *    order, the value axis of a line chart (moved to the right edge, the inline start), and the order of
 *    categories (bar charts over countries start at the right; horizontal bars grow from right to left).
 * 2. Not mirrored — time. The year axis of line charts and sparklines, and the year slider, run from the earliest
 *    year at the left to the latest at the right, as in left-to-right charts; so does the play button's ▶ icon.
 *    The slider is therefore always `dir="ltr"` (ArrowRight = later year), to agree with the chart beside it.
 * 3. Never mirrored — geography (maps are maps) and the digits inside a number (Unicode bidi keeps them in order).
 *
 * Why time is not mirrored: published practice for Arabic-script data journalism is mixed. Alebri, Rakotondravony
 * and Harrison, "Design Patterns in Right-to-Left Visualizations: The Case of Arabic Content" (IEEE VIS 2024 short
 * papers, pp. 251–255; 128 charts from Arabic news outlets) found right-to-left layouts applied most consistently to
 * categorical data, and a mix of left-to-right and right-to-left directions elsewhere, sometimes within the same
 * article. N. Doiron, "Charts when you read right-to-left" (2018, mapmeld.medium.com), found left-to-right time "the
 * more common practice, especially for line charts" in Arabic; a Persian reader quoted by B. Gorelik ("Data
 * visualization in right-to-left languages", gorelik.net, 2018) expects charts to run left to right. Peer charting
 * libraries agree: AG Charts' RTL mode mirrors legend, tooltips and series order but leaves axis directions unchanged
 * (ag-grid.com/charts/javascript/rtl). General UI guidance (Mozilla's RTL guidelines: "anything that relates to
 * time should be depicted as moving from right to left") targets navigation, not data axes; Microsoft's mirroring
 * guidance keeps media-player icons unmirrored, which matches a left-to-right timeline with a ▶ play button.
 * So: mirror categories and chrome, keep the timeline left to right.
 */

export type Dir = 'ltr' | 'rtl';

/** The physical side where a line of text starts. */
export function inlineStart(dir: Dir): 'left' | 'right' {
  return dir === 'rtl' ? 'right' : 'left';
}

/** The physical side where a line of text ends. */
export function inlineEnd(dir: Dir): 'left' | 'right' {
  return dir === 'rtl' ? 'left' : 'right';
}

/**
 * SVG `text-anchor` that puts a text's physical `edge` at its x, given that SVG text inherits the host's CSS
 * `direction` (in right-to-left text `start` is the right edge).
 */
export function textAnchor(edge: 'left' | 'right' | 'middle', dir: Dir): 'start' | 'end' | 'middle' {
  if (edge === 'middle') return 'middle';
  return (edge === 'left') === (dir === 'ltr') ? 'start' : 'end';
}

/** Layout choices for a chart in a writing direction (see the rule above). */
export interface ChartDirection {
  dir: Dir;
  /** Time runs left → right in every direction. */
  timeLeftToRight: true;
  /** Category order on the x axis (and bar growth for horizontal bars) is mirrored in right-to-left. */
  categoriesFromRight: boolean;
  /** Side of the value axis on a time chart: the inline start. */
  valueAxisSide: 'left' | 'right';
  /** Side where end labels of time lines go: always after the latest year, i.e. the right. */
  endLabelSide: 'right';
  /** Side of the pointer a tooltip prefers: toward the reading direction. */
  tooltipSide: 'left' | 'right';
  /** Legend and title alignment: the inline start. */
  align: 'left' | 'right';
  /** `dir` to put on the year slider. */
  sliderDir: 'ltr';
}

export function chartDirection(dir: Dir): ChartDirection {
  const rtl = dir === 'rtl';
  return {
    dir,
    timeLeftToRight: true,
    categoriesFromRight: rtl,
    valueAxisSide: inlineStart(dir),
    endLabelSide: 'right',
    tooltipSide: inlineEnd(dir),
    align: inlineStart(dir),
    sliderDir: 'ltr',
  };
}

/** Categories in the left-to-right order they are drawn: the reading order, reversed for right-to-left. */
export function categoryOrder<T>(items: readonly T[], dir: Dir): T[] {
  return dir === 'rtl' ? [...items].reverse() : [...items];
}

/** A horizontal range for a categorical or bar scale: `[0, width]`, or `[width, 0]` in right-to-left. */
export function categoryRange(width: number, dir: Dir): [number, number] {
  return dir === 'rtl' ? [width, 0] : [0, width];
}
