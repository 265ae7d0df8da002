import { defineConfig } from 'vitest/config';

// Tests run in Node; browser tests drive a system Chromium themselves through playwright-core.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Browser tests poll the page for what a live update changes; on a loaded CI machine 1 s is too short.
    expect: { poll: { timeout: 5_000 } },
  },
});
