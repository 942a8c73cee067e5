/** Event names and detail types, declared once. Every event bubbles and is composed. */

export interface SdgSelectDetail {
  /** Country ISO alpha-3 or region code; `null` when the selection was cleared. */
  code: string | null;
  name: string | null;
  value: number | string | null;
  year: number | null;
  /** Further context some elements add: goal, indicator, series. */
  goal?: number;
  indicator?: string;
  series?: string;
}

export interface SdgRenderDetail {
  /** What was drawn: indicator/series/year where they apply. */
  indicator?: string;
  series?: string;
  year?: number | null;
}

export interface SdgErrorDetail {
  /** Machine-readable kind: `fetch`, `parse`, `validation`, `unknown-indicator`, `unknown-code`, `unknown-goal`, `unknown-country`, `unknown-value`, `no-data`. Only after `fetch`
   * does the element offer to retry. */
  kind: string;
  /** Human-readable message in the element's language. */
  message: string;
  url?: string;
  /** For validation problems: the rejected rows with line, column and reason. */
  problems?: Array<{ line?: number; column?: string; message: string }>;
  /** How many rows were kept when only some were rejected. */
  accepted?: number;
  /** A stable code of what went wrong, e.g. `unknown-value`. */
  code?: string;
  /** With `unknown-value`: the attribute, the value given and the values it accepts. */
  attribute?: string;
  value?: string;
  choices?: string[];
}

export interface SdgYearChangeDetail {
  year: number;
}

/** A map's zoom transform after a zoom or pan ended: a drawing point p is shown at p·k + (x, y) (viewBox px). */
export interface SdgZoomDetail {
  k: number;
  x: number;
  y: number;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sdg-select': CustomEvent<SdgSelectDetail>;
    'sdg-render': CustomEvent<SdgRenderDetail>;
    'sdg-error': CustomEvent<SdgErrorDetail>;
    'sdg-year-change': CustomEvent<SdgYearChangeDetail>;
    'sdg-zoom': CustomEvent<SdgZoomDetail>;
  }
}

/** Dispatches a bubbling, composed `sdg-*` event from `target`. */
export function emit<K extends 'sdg-select' | 'sdg-render' | 'sdg-error' | 'sdg-year-change' | 'sdg-zoom'>(
  target: EventTarget,
  name: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}
