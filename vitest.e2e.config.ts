import { defineConfig } from 'vitest/config';

// Browser journeys and accessibility sweeps (test/e2e), run by scripts/test.sh when /usr/bin/chromium exists.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // One browser at a time: the machine has two cores, shared with the server under test.
    fileParallelism: false,
  },
});
