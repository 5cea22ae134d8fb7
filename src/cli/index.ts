#!/usr/bin/env node
/**
 * The `buffer-gitops` command (package.json `bin`). `--version` is answered
 * here, before anything else is loaded: it is what scripts and installers run
 * most, and it should cost no more than Node's own start. Everything else
 * loads the CLI (cli/main.ts, a chunk of its own in dist/cli/), which in turn
 * loads only the command it runs.
 *
 * At a desk the same CLI starts again and again, so it keeps Node's compile
 * cache (Node 22.1+, in the system's temporary folder; NODE_DISABLE_COMPILE_CACHE=1
 * turns it off): every run after the first skips compiling the chunks it loads
 * (measured on `validate` of one post, Node 24: 126 -> 110 ms). The action does
 * not: a runner starts it once per job, on a fresh machine.
 */
import module from 'node:module';
import { VERSION } from '../version.js';
import { lazyStdStream } from './std-streams.js';

const argv = process.argv.slice(2);
// The same test as main()'s, so both answer alike.
if (argv[0] === '--version' || argv[0] === '-v') {
  process.stdout.write(`${VERSION}\n`);
} else {
  module.enableCompileCache?.();
  const { main } = await import('./main.js');
  process.exitCode = await main(argv, {
    stdout: lazyStdStream(1, () => process.stdout),
    stderr: lazyStdStream(2, () => process.stderr),
    env: process.env,
    cwd: process.cwd(),
  });
}
