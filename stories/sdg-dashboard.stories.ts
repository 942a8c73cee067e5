import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/sdg-dashboard/sdg-dashboard.js';

interface Args {
  countries: string;
  goals: string;
  country?: string;
  goal?: number;
  theme?: 'light' | 'dark';
}

const render = (a: Args) =>
  html`<sdg-dashboard
    countries=${a.countries}
    goals=${a.goals}
    country=${ifDefined(a.country)}
    goal=${ifDefined(a.goal)}
    theme=${ifDefined(a.theme)}
  ></sdg-dashboard>`;

const meta: Meta<Args> = {
  title: 'Elements/sdg-dashboard',
  component: 'sdg-dashboard',
  render,
  args: { countries: 'KAZ KGZ TJK TKM UZB AFG', goals: '' },
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    goal: { control: { type: 'number', min: 1, max: 17 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Each cell: the goal’s status for the country — a four-step meter (✓ all four: target met), `?` not enough ' +
          'data, `—` no numeric target, `∅` not applicable (goal 14, landlocked) — filled in the goal’s colour, and the ' +
          'trend arrow (↑ on track or target maintained, ↗ improving, → stagnating, ↓ worsening); ¹ marks a status ' +
          'resting on one indicator, ◔ one read from old data. All are also written out for screen readers and in the ' +
          'legend. Arrow keys move, Enter opens the goal’s indicators for the country (values, years, target, lower ' +
          'bound, score and their bases; the two indicators that set the goal status are marked), Escape goes back. ' +
          'The ratings follow the open method described on the “Progress method” page.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The six countries × 17 goals. */
export const Default: Story = {};

export const SingleCountry: Story = { args: { countries: 'KGZ' } };

/** The second level: Tajikistan's goal 3 indicators with their values, years, targets and pace. */
export const DrilledIn: Story = { args: { country: 'TJK', goal: 3 } };

/** A subset of goals. */
export const SomeGoals: Story = { args: { goals: '3 6 7' } };

/** An unknown country code: a visible error and an `sdg-error` event. */
export const ErrorState: Story = {
  name: 'Error',
  args: { countries: 'KAZ XYZ' },
  parameters: { sdg: { expect: 'error' } },
};

/** On a phone the grid scrolls sideways under a sticky country column. */
export const Narrow: Story = { render: (a) => html`<div style="max-width: 360px">${render(a)}</div>` };

export const Dark: Story = {
  args: { theme: 'dark' },
  render: (a) => html`<div style="background:#15191e;color:#e6edf3;padding:1rem">${render(a)}</div>`,
};

/** Pashto, right to left: columns run from the right; untranslated strings are English marked `lang="en"`. */
export const RightToLeft: Story = { render: (a) => html`<div dir="rtl" lang="ps">${render(a)}</div>` };
