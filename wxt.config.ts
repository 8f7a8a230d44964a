import { defineConfig } from 'wxt';
import { knownPlatformsPlugin } from './build/known-platforms';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  manifest: {
    name: 'Unbanner',
    description: 'Hides cookie-consent banners before they paint, unlocks scrolling, and shows what it removed. Never gives consent.',
    permissions: ['storage', 'scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Unbanner' },
    browser_specific_settings: {
      gecko: {
        id: 'unbanner@unbanner.dev',
        strict_min_version: '128.0',
        // Firefox asks every add-on to declare what it collects: nothing.
        data_collection_permissions: { required: ['none'] },
      } as Record<string, unknown>,
    },
  },
  vite: () => ({
    plugins: [knownPlatformsPlugin()] as never[],
  }),
});
