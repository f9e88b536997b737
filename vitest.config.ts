import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Site builds run Astro in a child process; a cold build with images takes a while on 2 cores.
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
});
