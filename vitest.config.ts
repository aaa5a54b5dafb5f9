import { defineConfig } from 'vitest/config';

// Three projects, run separately by `npm test`:
//   vitest run --project unit --project integration   (pure logic; DuckDB-wasm under Node)
//   astro build && vitest run --project browser        (the built site in headless Chromium)
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          pool: 'forks',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // One Chromium at a time: the machines have 2 cores and the app is heavy (DuckDB-wasm).
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // Serves dist/ on 127.0.0.1 (free port) and provides its URL as inject('baseUrl').
          globalSetup: ['test/setup/browser-global.ts'],
        },
      },
    ],
  },
});
