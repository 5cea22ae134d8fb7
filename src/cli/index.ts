#!/usr/bin/env node
/** The `buffer-gitops` command (package.json `bin`). */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
