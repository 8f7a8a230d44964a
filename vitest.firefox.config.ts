import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests of the Firefox package in Debian's firefox-esr (WebDriver BiDi through
 * puppeteer-core): one browser per file, files one at a time. Needs `npm run build` first.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.firefox.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
