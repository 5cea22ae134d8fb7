/** The action's entry point (action.yml `main`: dist/index.js). */
import { run } from './main.js';
import { runnerToolkit } from './report/toolkit.js';

await run(runnerToolkit);
