import { defineConfig } from 'vitest/config';

// One id per test run: test files reuse each other's fixture builds within a run (tests/helpers/build-site.ts).
process.env.COMMFOLIO_TEST_RUN ??= String(Date.now());

export default defineConfig({
  test: {
    projects: [
      // Everything but builds and browsers: pure logic, schemas, the content check, card design, integrations' parts.
      { test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/build/**', 'tests/browser/**', 'tests/fixtures/**'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // Counts the fixture builds after the run; fails it when a site was built twice.
          globalSetup: ['tests/helpers/build-count.ts'],
          // Astro writes generated files into the project's .astro folder: one site at a time.
          fileParallelism: false,
          // A cold build with images takes a while on 2 cores.
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
