/**
 * The action: inputs → settings, the event → a command, the command → outputs,
 * annotations and the job summary. Mutations never run on untrusted events.
 */
import * as core from '@actions/core';
import { readSettings } from './config/settings.js';
import { isUntrustedEvent, resolveCommand } from './event/command.js';
import { readEventContext } from './event/context.js';
import { runCommand } from './commands/run-command.js';
import { ActionsReporter } from './report/actions-reporter.js';

export async function run(): Promise<void> {
  try {
    const settings = readSettings(
      (name) => core.getInput(name) || undefined,
      process.env.GITHUB_WORKSPACE ?? process.cwd(),
    );
    // Registered before anything can print them.
    if (settings.apiKey) core.setSecret(settings.apiKey);
    if (settings.githubToken) core.setSecret(settings.githubToken);

    const event = readEventContext();
    let command = resolveCommand(settings, event);
    if (command !== 'plan' && isUntrustedEvent(event)) {
      core.warning(
        `The \`${event.name}\` event carries code or content from a fork; buffer-gitops only plans here and sends nothing to Buffer.`,
      );
      command = 'plan';
    }
    const result = await runCommand(command, {
      settings,
      event,
      reporter: new ActionsReporter(),
      now: () => new Date(),
      batchSize: settings.batchSize,
    });
    if (result.exitCode !== 0) core.setFailed(`buffer-gitops ${command} finished with problems; see the annotations and the job summary.`);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
