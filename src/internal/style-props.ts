import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS property names (kebab-case, custom properties included) to values; `null`/`undefined` removes the property. */
export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

/**
 * Sets CSS properties on the bound element through the CSSOM (`style.setProperty`), never through a `style="…"`
 * attribute, so the element draws the same on a page whose Content Security Policy has `style-src 'self'` (which
 * blocks inline style attributes). Lit's `styleMap` is not enough there: its first render writes the attribute.
 *
 * Used as an element binding: `<span ${styleProps({ left: '40%', '--_bg': color })}>`.
 */
class StylePropsDirective extends Directive {
  /**
   * @internal Properties this binding has set, with their values: to remove those a later render leaves out, and
   * to leave alone those it sets to the same value (a write, even of the same value, makes the browser restyle).
   */
  readonly names = new Map<string, string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() must be used as an element binding');
  }

  render(_props: StyleProps): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [StyleProps]): unknown {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.names.keys()) {
      if (props[name] == null) {
        style.removeProperty(name);
        this.names.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      const text = String(value);
      if (this.names.get(name) === text) continue;
      style.setProperty(name, text);
      this.names.set(name, text);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
