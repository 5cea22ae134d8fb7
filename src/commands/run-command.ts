/** Runs one command of the engine; shared by the action and the CLI. */
import type { Command } from '../config/settings.js';
import { reconcileBeforeSync, runApply } from './apply.js';
import type { CommandResult } from './finish.js';
import type { RunContext } from './context.js';
import { runImport } from './import.js';
import { runPlan } from './plan.js';
import { runSync } from './sync.js';

export async function runCommand(command: Command, ctx: RunContext): Promise<CommandResult> {
  switch (command) {
    case 'plan':
      return runPlan(ctx);
    case 'apply':
      return runApply(ctx);
    case 'sync': {
      // Work an earlier run left undone is finished whatever triggers the next run (issue 11).
      return runSync(ctx, await reconcileBeforeSync(ctx));
    }
    case 'import':
      return runImport(ctx);
  }
}
