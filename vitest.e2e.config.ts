import { defineConfig } from 'vitest/config';

// The e2e suite drives the built extension in Debian's Chromium: one file at a time (2 cores).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
