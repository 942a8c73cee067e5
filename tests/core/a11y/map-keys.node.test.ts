import { describe, expect, it } from 'vitest';
import { mapKeyAction } from '../../../src/core/a11y/map-keys.js';

const key = (k: string, mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('mapKeyAction', () => {
  it('arrows move between areas; Shift+arrows pan the other way by a fifth of the frame', () => {
    expect(mapKeyAction(key('ArrowLeft'))).toEqual({ kind: 'move', direction: 'left' });
    expect(mapKeyAction(key('ArrowRight', { shiftKey: true }))).toEqual({ kind: 'pan', dx: -0.2, dy: 0 });
    expect(mapKeyAction(key('ArrowUp', { shiftKey: true }))).toEqual({ kind: 'pan', dx: 0, dy: 0.2 });
  });
  it('+, =, −, - and 0 zoom; not with Ctrl or ⌘ (the page zoom) and not when zooming is off', () => {
    expect(mapKeyAction(key('+', { shiftKey: true }))).toEqual({ kind: 'zoom-in' });
    expect(mapKeyAction(key('='))).toEqual({ kind: 'zoom-in' });
    expect(mapKeyAction(key('-'))).toEqual({ kind: 'zoom-out' });
    expect(mapKeyAction(key('0'))).toEqual({ kind: 'zoom-reset' });
    expect(mapKeyAction(key('+', { ctrlKey: true }))).toBeNull();
    expect(mapKeyAction(key('-', { metaKey: true }))).toBeNull();
    expect(mapKeyAction(key('+'), false)).toBeNull();
    expect(mapKeyAction(key('ArrowLeft', { shiftKey: true }), false)).toBeNull();
  });
  it('Enter/Space select, Escape clears, Home/End, other keys are left alone', () => {
    expect(mapKeyAction(key('Enter'))).toEqual({ kind: 'select' });
    expect(mapKeyAction(key(' '))).toEqual({ kind: 'select' });
    expect(mapKeyAction(key('Escape'))).toEqual({ kind: 'clear' });
    expect(mapKeyAction(key('Home'))).toEqual({ kind: 'first' });
    expect(mapKeyAction(key('Tab'))).toBeNull();
    expect(mapKeyAction(key('a'))).toBeNull();
  });
});
