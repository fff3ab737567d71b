import { defineConfig } from 'vitest/config';

/** Browser tests: render what the product emits in headless Chromium (`npm run test:browser`). */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    // As in vitest.config.ts: configs with patterns parse with RE2 registered.
    setupFiles: ['test/setup/pattern-engine.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
