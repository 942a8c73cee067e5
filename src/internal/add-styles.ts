import type { CSSResult } from 'lit';

/**
 * Adds a stylesheet to an element's shadow root after its first render, for rules that load with a part of the
 * element used later (the map's region level). Once per root; where a browser cannot adopt constructed sheets, as a
 * `<style>` element (as Lit itself falls back).
 */
export function addStyles(host: Element, styles: CSSResult): void {
  const root = host.shadowRoot;
  if (!root) return;
  const sheet = styles.styleSheet;
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const marker = 'data-sdg-styles';
  const text = styles.cssText;
  if ([...root.querySelectorAll(`style[${marker}]`)].some((s) => s.textContent === text)) return;
  const style = document.createElement('style');
  style.setAttribute(marker, '');
  style.textContent = text;
  root.append(style);
}
