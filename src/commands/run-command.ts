/**
 * Runs one command of the engine; shared by the action and the CLI. Each
 * command's module is imported when it runs (its own chunk in dist/): a plan
 * never evaluates the apply, sync or import code, nor they the plan comment's.
 */
import type { Command } from '../config/settings.js';
import type { CommandResult } from './finish.js';
import type { RunContext } from './context.js';

/** Starts loading a command's code ahead of running it (e.g. while git works); runCommand then finds it loaded. */
export function loadCommand(command: Command): Promise<unknown> {
  switch (command) {
    case 'plan':
      return import('./plan.js');
    case 'apply':
      return import('./apply.js');
    case 'sync':
      return Promise.all([import('./apply.js'), import('./sync.js')]);
    case 'import':
      return import('./import.js');
  }
}

export async function runCommand(command: Command, ctx: RunContext): Promise<CommandResult> {
  switch (command) {
    case 'plan': {
      const { runPlan } = await import('./plan.js');
      return runPlan(ctx);
    }
    case 'apply': {
      const { runApply } = await import('./apply.js');
      return runApply(ctx);
    }
    case 'sync': {
      const [{ reconcileBeforeSync }, { runSync }] = await Promise.all([import('./apply.js'), import('./sync.js')]);
      // Work an earlier run left undone is finished whatever triggers the next run (issue 11).
      return runSync(ctx, await reconcileBeforeSync(ctx));
    }
    case 'import': {
      const { runImport } = await import('./import.js');
      return runImport(ctx);
    }
  }
}
