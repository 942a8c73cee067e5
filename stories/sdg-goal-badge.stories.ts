import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/sdg-goal-badge/sdg-goal-badge.js';

interface Args {
  goal: string;
  size: 's' | 'm' | 'l';
  icon?: string;
  theme?: 'light' | 'dark';
}

const render = (a: Args) =>
  html`<sdg-goal-badge
    goal=${a.goal}
    size=${a.size}
    icon=${ifDefined(a.icon || undefined)}
    theme=${ifDefined(a.theme)}
  ></sdg-goal-badge>`;

const all = (size: Args['size']) =>
  html`<div style="display:flex;flex-wrap:wrap;gap:6px">
    ${Array.from({ length: 17 }, (_, i) => html`<sdg-goal-badge goal=${i + 1} size=${size}></sdg-goal-badge>`)}
  </div>`;

const meta: Meta<Args> = {
  title: 'Elements/sdg-goal-badge',
  component: 'sdg-goal-badge',
  render,
  args: { goal: '6', size: 's' },
  argTypes: {
    goal: { control: { type: 'select' }, options: Array.from({ length: 17 }, (_, i) => String(i + 1)) },
    size: { control: 'inline-radio', options: ['s', 'm', 'l'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          "A goal's number on its official UN colour with the short title in the page's language (titles in en, ru, " +
          'kk, ky, tg, tk from the catalog; other languages fall back to English, marked with `lang`). The text is ' +
          'white where it reaches WCAG AA contrast (4.5:1) on the colour and black otherwise — goal 7’s yellow, for ' +
          'one. The UN’s goal icons are not bundled: the UN’s rules for using them ask that its guidelines be ' +
          'published beside them, which a library cannot promise for every page it ends up on. Pass your own image ' +
          'with `icon` (it is decorative: the title already names the goal).',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

/** All 17 inline, as in running text. */
export const AllGoals: Story = { render: () => all('s') };

/** Tiles: goal 7's yellow takes black text, goal 16's blue white. */
export const Tiles: Story = { render: () => html`${all('m')}<br />${all('l')}` };

/** Russian titles from the catalog. */
export const Russian: Story = { render: (a) => html`<div lang="ru">${render(a)} ${all('s')}</div>` };

/** Pashto, right to left: no Pashto titles in the data, so English is shown and marked `lang="en"`. */
export const RightToLeft: Story = {
  render: (a) => html`<div dir="rtl" lang="ps">${render({ ...a, size: 'm' })}</div>`,
};

/** A user-supplied icon (here a plain drop drawn for the demo). */
export const WithIcon: Story = {
  args: {
    size: 'm',
    icon: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'%3E%3Cpath fill='white' d='M12 2C9 7 6 10 6 14a6 6 0 0 0 12 0c0-4-3-7-6-12z'/%3E%3C/svg%3E",
  },
};

/** Goal 18 does not exist: a visible error and an `sdg-error` event. */
export const ErrorState: Story = { name: 'Error', args: { goal: '18' }, parameters: { sdg: { expect: 'error' } } };

export const Narrow: Story = { render: () => html`<div style="max-width: 320px">${all('m')}</div>` };

export const Dark: Story = {
  args: { theme: 'dark', size: 'm' },
  render: (a) => html`<div style="background:#15191e;padding:1rem">${render(a)}</div>`,
};
