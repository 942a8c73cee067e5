import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { unknownChoices, type ChoiceRule, type UnknownChoice } from '../core/choices.js';
import { emit } from '../events/events.js';
import type { LocalizeController } from '../i18n/localize.js';

export { listWords, type ChoiceRule } from '../core/choices.js';

/** What a `level` attribute accepts (the map and the time slider). */
export const LEVELS = ['country', 'region'] as const;

/**
 * Says, visibly and in the element's language, which enumerated attribute has a value it does not accept, naming the
 * accepted values ("projection “foo” is not one of: central-asia, mercator, …"), and reports each such value once
 * with an `sdg-error` (`kind` and `code` `unknown-value`, with `attribute`, `value` and `choices`). The element goes on
 * drawing with its default. One line in an element:
 *
 * ```ts
 * private readonly choices = new ChoiceCheck(this, this.localize, () => ({
 *   projection: { value: this.projection, accepted: PROJECTIONS },
 * }));
 * ```
 *
 * The notice (part `notice`) is put at the start of the shadow root, outside what Lit renders, so that the element's
 * own states (loading, error, drawing) never remove it; its styles are a constructed stylesheet (strict-CSP safe).
 */
export class ChoiceCheck implements ReactiveController {
  /** @internal the values already reported, so that a re-render does not report them again. */
  private reported = new Set<string>();
  /** @internal */ private shown = '';
  /** @internal the language and values last checked */ private checked = '';
  /** @internal */ private box: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly localize: LocalizeController,
    private readonly rules: () => Readonly<Record<string, ChoiceRule>>,
  ) {
    host.addController(this);
  }

  /** The values currently not accepted. */
  get unknown(): UnknownChoice[] {
    return unknownChoices(this.rules());
  }

  hostUpdated(): void {
    // Most updates (hover, data, a year) change neither the values checked nor the language: nothing to check.
    const rules = this.rules();
    let key = this.localize.lang();
    for (const name in rules) if (Object.hasOwn(rules, name)) key += `\u0001${String(rules[name].value ?? '')}`;
    if (key === this.checked) return;
    const unknown = unknownChoices(rules);
    // With a notice shown, every update rewrites it if its words changed (a language's strings arrive after the switch).
    this.checked = unknown.length ? '' : key;
    const messages = unknown.map((u) => this.message(u));
    const keys = new Set(unknown.map((u) => `${u.attribute}\u0000${u.value}`));
    unknown.forEach((u, i) => {
      const key = `${u.attribute}\u0000${u.value}`;
      if (this.reported.has(key)) return;
      emit(this.host, 'sdg-error', {
        kind: 'unknown-value',
        code: 'unknown-value',
        message: messages[i],
        attribute: u.attribute,
        value: u.value,
        choices: [...u.accepted],
      });
    });
    this.reported = keys;
    this.render(messages);
  }

  /** @internal */
  private message(u: UnknownChoice): string {
    const comma = this.localize.dir() === 'rtl' ? '، ' : ', ';
    // A value pasted by mistake (a whole paragraph, a URL) is quoted by its start.
    const value = u.value.length > 60 ? `${u.value.slice(0, 59)}…` : u.value;
    return this.localize.term('errorUnknownChoice', u.attribute, value, u.accepted.join(comma));
  }

  /** @internal the notice: one paragraph per value, as text (a value from a page is never markup). */
  private render(messages: string[]): void {
    const text = messages.join('\n');
    if (text === this.shown) return;
    this.shown = text;
    const root = this.host.shadowRoot;
    if (!root) return;
    if (!messages.length) {
      this.box?.remove();
      this.box = null;
      return;
    }
    if (!this.box) {
      adoptNoticeStyles(root);
      this.box = document.createElement('div');
      this.box.setAttribute('part', 'notice');
      this.box.setAttribute('role', 'status');
      this.box.setAttribute('data-sdg-choices', '');
    }
    if (this.box.parentNode !== root) root.prepend(this.box);
    this.box.replaceChildren(
      ...messages.map((m) => {
        const p = document.createElement('span');
        p.textContent = `⚠ ${m}`;
        return p;
      }),
    );
  }
}

const NOTICE_CSS = `
[data-sdg-choices] {
  /* Inline, so that inside a sentence (sdg-value, sdg-sparkline) it does not break the line; alone on its line above
     a map or a chart. */
  display: inline-flex;
  flex-direction: column;
  max-width: 100%;
  box-sizing: border-box;
  vertical-align: baseline;
  gap: 0.15em;
  margin: 0 0 0.5em;
  padding: 0.25em 0.6em;
  border-inline-start: 3px solid var(--_sdg-color-danger, #b3261e);
  color: var(--_sdg-color-text, inherit);
  font-size: var(--_sdg-font-size-small, 0.85em);
  overflow-wrap: anywhere;
}
@media (forced-colors: active) {
  [data-sdg-choices] { border-inline-start-color: CanvasText; }
}`;

let sheet: CSSStyleSheet | null | undefined;

/** @internal the notice's styles, added once to a shadow root's adopted stylesheets. */
function adoptNoticeStyles(root: ShadowRoot): void {
  if (sheet === undefined) {
    try {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(NOTICE_CSS);
    } catch {
      sheet = null;
    }
  }
  if (sheet && Array.isArray(root.adoptedStyleSheets) && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
