import { defineConfig } from 'vitest/config';

// Unit and golden tests live beside the code and under test/; browser tests have their own config.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    testTimeout: 30_000,
    globalSetup: ['test/tempRoot.ts'],
  },
});
