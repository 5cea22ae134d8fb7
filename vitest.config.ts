import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fails any test that sent a sandbox something Buffer would refuse (issue 12).
    // And loads the Markdown parser, as the programs do before a command runs (posts/markdown-tree.ts).
    setupFiles: ['test/helpers/schema-violations-setup.ts', 'test/helpers/markdown-parser-setup.ts'],
    // Suites start real HTTP servers and git repositories; files run in parallel
    // processes, tests inside a file run in order.
    pool: 'forks',
    // Vitest's default leaves one core idle; these files mostly wait on child
    // processes (git, the bundled action) and HTTP, so two workers on two
    // cores nearly halve the wall time (measured: 314 s → 192 s).
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
