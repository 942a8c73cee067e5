import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(js|ts)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: {
    name: '@storybook/web-components-vite',
    options: {},
  },
  // The shipped data, fetched at run time like on any page (src/internal/data-base.ts resolves '/data/').
  staticDirs: [{ from: '../data', to: '/data' }],
  core: {
    disableTelemetry: true,
  },
  // @storybook/web-components imports 'lit/directive-helpers.js'; unless it is pre-bundled with
  // 'lit', Vite serves it raw and the page gets a second lit-html ("Multiple versions of Lit loaded").
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, { optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] } }),
};

export default config;
