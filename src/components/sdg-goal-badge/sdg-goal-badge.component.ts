import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../../internal/style-props.js';
import { Task, TaskStatus } from '@lit/task';
import { loadCatalog, textLanguage } from '../../core/data/load.js';
import { textOn } from '../../core/sdg/colors.js';
import { SdgDataError } from '../../core/data/errors.js';
import { SdgElement } from '../../internal/sdg-element.js';
import { AbortOnDisconnect } from '../../controllers/abort-on-disconnect.js';
import { RenderOnce } from '../../controllers/render-once.js';
import { goalBadgeStyles } from './sdg-goal-badge.styles.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { foreignLang } from '../../core/locale/match.js';

/**
 * @summary A goal's number on its official colour with its short title in the page's language. Text is black or
 * white by WCAG contrast with the colour. No UN icon images are bundled (their use rules require publishing the
 * guidelines beside them); `icon` shows an image you supply.
 *
 * @csspart base - The coloured badge. @csspart number - The goal number. @csspart title - The short title.
 * @csspart icon - The user-supplied icon. @csspart error - Error state (unknown goal, data not loaded).
 *
 * @cssproperty --sdg-goal-badge-radius - Corner radius (default: the theme radius).
 * @cssproperty --sdg-goal-badge-width - Width and minimum height of sizes `m` (8rem) and `l` (11rem).
 *
 * @fires sdg-render - After the badge is drawn with its colour and title.
 * @fires sdg-error - The goal number is not 1–17 or the catalog could not be loaded.
 */
export class SdgGoalBadge extends SdgElement {
  static override styles = [...SdgElement.styles, goalBadgeStyles];

  /** Goal number, 1–17. */
  @property({ reflect: true }) goal = '';
  /** `s` (inline, default), `m` (tile) or `l` (large tile). */
  @property({ reflect: true }) size: 's' | 'm' | 'l' = 's';
  /** URL of an icon image to show (decorative: the title already names the goal). */
  @property() icon: string | null = null;

  /** @internal a removed badge stops waiting for the catalog */
  private readonly detach = new AbortOnDisconnect(this, () => [this.data]);
  /** @internal */
  private readonly data = new Task(this, {
    task: async ([goal, , lang], { signal }) => {
      const n = Number(String(goal).trim());
      if (!Number.isInteger(n) || n < 1 || n > 17) throw new SdgDataError('unknown-goal', { code: String(goal ?? '') });
      const catalog = await loadCatalog(this.resolve, signal, { lang, goal: n });
      const entry = catalog.goals.find((g) => g.goal === n);
      if (!entry) throw new SdgDataError('unknown-goal', { code: String(goal) });
      return entry;
    },
    args: () => [this.goal, this.dataBase, textLanguage(this.localize.lang())] as const,
    onError: (e) => this.failure(e),
  });

  /** @internal `sdg-render` once per goal entry drawn */
  private readonly rendered = new RenderOnce(this);

  protected override updated(): void {
    this.rendered.drawn(this.data.status === TaskStatus.COMPLETE ? this.data.value : null, () => ({}));
  }

  override render() {
    const t = this.localize;
    const n = String(this.goal).trim();
    const icon = this.icon ? html`<img part="icon" src=${this.icon} alt="" />` : nothing;
    const complete = (entry: NonNullable<typeof this.data.value>) => {
      const title = t.text(entry.short);
      const fg = textOn(entry.color).color;
      const lang = foreignLang(title.lang, t.lang());
      return html`<span part="base" ${styleProps({ '--_bg': entry.color, '--_fg': fg })}
        ><span class="visually-hidden">${t.term('goalNumber', t.number(entry.goal))}: </span
        ><span part="number" aria-hidden="true">${t.number(entry.goal)}</span
        ><span part="title" lang=${ifDefined(lang)}>${title.text}</span>${icon}</span
      >`;
    };
    return this.data.render({
      // A new language keeps the badge drawn until its title arrives: no loading state, no rebuilt DOM.
      pending: () =>
        this.data.value && String(this.data.value.goal) === n
          ? complete(this.data.value)
          : html`<span part="base" aria-busy="true"
              ><span class="visually-hidden">${t.term('goalNumber', n)}</span
              ><span part="number" aria-hidden="true">${n}</span></span
            >`,
      error: (e) => this.renderError(e),
      complete,
    });
  }
}
