import type { Direction } from '../geometry/nearest.js';

/** What a key pressed on the map asks for. */
export type MapKeyAction =
  | { kind: 'move'; direction: Direction }
  | { kind: 'first' | 'last' | 'select' | 'clear' | 'zoom-in' | 'zoom-out' | 'zoom-reset' }
  | { kind: 'pan'; dx: number; dy: number };

const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
/** Shift+arrow moves the view a fifth of the frame; the drawing moves the other way. */
const PAN = 0.2;

/**
 * The map's keyboard: arrows move between areas (Shift+arrows pan), Home/End go to the first/last area in reading
 * order, Enter/Space select, Escape clears, + and − zoom (with or without Shift, on the main keys or the keypad),
 * 0 shows the whole map. Keys with Ctrl, ⌘ or Alt are left to the browser (Ctrl + + zooms the page).
 */
export function mapKeyAction(
  e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  zoomable = true,
): MapKeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const direction = ARROWS[e.key];
  if (direction) {
    if (!e.shiftKey) return { kind: 'move', direction };
    if (!zoomable) return null;
    const d = { left: [PAN, 0], right: [-PAN, 0], up: [0, PAN], down: [0, -PAN] }[direction];
    return { kind: 'pan', dx: d[0], dy: d[1] };
  }
  switch (e.key) {
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'Enter':
    case ' ':
      return { kind: 'select' };
    case 'Escape':
      return { kind: 'clear' };
  }
  if (!zoomable) return null;
  switch (e.key) {
    case '+':
    case '=':
      return { kind: 'zoom-in' };
    case '-':
    case '_':
    case '−':
      return { kind: 'zoom-out' };
    case '0':
      return { kind: 'zoom-reset' };
  }
  return null;
}
