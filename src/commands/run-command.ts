/** Runs one command of the engine; shared by the action and the CLI. */
import type { Command } from '../config/settings.js';
import { runApply } from './apply.js';
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
    case 'sync':
      return runSync(ctx);
    case 'import':
      return runImport(ctx);
  }
}
