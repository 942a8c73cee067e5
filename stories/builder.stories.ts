import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import '../src/builder/builder.js';
import pkg from '../package.json' with { type: 'json' };

/**
 * The embed builder (also at `/builder.html` under `npm start`): pick an element, an indicator, years, countries,
 * language, theme and size, check the live preview, copy a snippet. Here the snippets point at the published package
 * on a CDN; on your own site, set `base` to the folder where you host `dist/`.
 */
const meta: Meta = {
  title: 'Guides/Embed builder',
  parameters: { layout: 'fullscreen', docs: { description: { component: 'Build the snippet for an article.' } } },
  render: (args) =>
    html`<div style="padding: 1rem">
      <embed-builder base=${args.base as string}></embed-builder>
    </div>`,
  args: { base: `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/` },
  argTypes: { base: { control: 'text', description: 'Folder holding sdg.js, embed.html and embed.js' } },
};
export default meta;

export const Builder: StoryObj = {};
