/** Runs one command of the engine; shared by the action and the CLI. */
import type { Command } from '../config/settings.js';
import { runApply, type CommandResult } from './apply.js';
import type { RunContext } from './context.js';
import { runPlan } from './plan.js';

export async function runCommand(command: Command, ctx: RunContext): Promise<CommandResult> {
  switch (command) {
    case 'plan':
      return runPlan(ctx);
    case 'apply':
      return runApply(ctx);
    case 'sync':
    case 'import':
      throw new Error(`The \`${command}\` command is not available in this version of buffer-gitops yet.`);
  }
}
