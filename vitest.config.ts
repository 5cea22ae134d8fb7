import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fails any test that sent a sandbox something Buffer would refuse (issue 12).
    setupFiles: ['test/helpers/schema-violations-setup.ts'],
    // Suites start real HTTP servers and git repositories; files run in parallel
    // processes, tests inside a file run in order.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
