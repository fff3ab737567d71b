import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    setupFiles: ['test/setup/pattern-engine.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The test files share their worker processes and module cache: no test leaves
    // process state (environment, globals, servers) it does not restore, and a fresh
    // process per file cost half the suite's time (69 s isolated, 38 s shared, on a
    // 2-core machine).
    isolate: false,
  },
});
