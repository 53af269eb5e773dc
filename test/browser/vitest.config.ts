import { defineConfig } from 'vitest/config';

// Browser tests: the built app (dist/) in headless Chromium; one file at a time, generous timeouts.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    globalSetup: ['test/tempRoot.ts'],
  },
});
