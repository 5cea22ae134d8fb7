#!/usr/bin/env node
/**
 * The `buffer-gitops` command (package.json `bin`). `--version` is answered
 * here, before anything else is loaded: it is what scripts and installers run
 * most, and it should cost no more than Node's own start. Everything else
 * loads the CLI (cli/main.ts, a chunk of its own in dist/cli/), which in turn
 * loads only the command it runs.
 */
import { VERSION } from '../version.js';

const argv = process.argv.slice(2);
// The same test as main()'s, so both answer alike.
if (argv[0] === '--version' || argv[0] === '-v') {
  process.stdout.write(`${VERSION}\n`);
} else {
  const { main } = await import('./main.js');
  process.exitCode = await main(argv);
}
