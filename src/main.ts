/**
 * The action: inputs (then buffer-gitops.yml) → settings, the event → a decision (event/gate.ts), the
 * command → outputs, annotations and the job summary. Mutations run only on
 * the branches the team publishes from, never on untrusted events.
 */
import { posix } from 'node:path';
import { readSettingsWithFile, type Settings } from './config/settings.js';
import { SettingsFileError } from './config/settings-location.js';
import { decide } from './event/gate.js';
import { readEventContext } from './event/context.js';
import { gitFor, type RunContext } from './commands/context.js';
import { clientReadingAhead } from './commands/read-ahead.js';
import { loadCommand, runCommand } from './commands/run-command.js';
import type { BufferClient } from './buffer/client.js';
import type { Git } from './git/git.js';
import { checkRepository } from './git/repository.js';
import { loadMarkdownParser } from './posts/markdown-tree.js';
import { ActionsReporter } from './report/actions-reporter.js';
import type { Toolkit } from './report/toolkit.js';

/**
 * `toolkit`: how the run talks to the runner. dist/index.js passes its own
 * (report/toolkit.ts); without one, @actions/core, which GitHub's
 * local-action replaces with its stub when it runs this file.
 */
export async function run(toolkit?: Toolkit): Promise<void> {
  const core: Toolkit = toolkit ?? (await import('@actions/core'));
  // The secrets are registered with the runner before anything prints; `mask` runs once, early or from the catch.
  let secrets: string[] = [];
  let ahead: BufferClient | undefined;
  const mask = () => {
    for (const secret of secrets) core.setSecret(secret);
    secrets = [];
  };
  try {
    const settings = await readSettingsWithFile(
      (name) => core.getInput(name) || undefined,
      process.env.GITHUB_WORKSPACE ?? process.cwd(),
      process.env,
      { surface: 'action' },
    );
    secrets = [settings.apiKey, settings.githubToken].filter((s): s is string => Boolean(s));
    const event = readEventContext();
    const decision = decide(settings, event);
    // Buffer's first answer travels while git works (issue 16): a read, sent only when the push shows the run
    // needs Buffer, before the first log line (setting up the log takes a few milliseconds). It prints nothing.
    ahead =
      decision.command === 'apply' && decision.mutate && decision.online
        ? clientReadingAhead(settings, event)
        : undefined;
    // Two turns of the event loop before the thread is busy loading the command: the request's connection is
    // started (a local endpoint's is written; a remote one's name lookup and connect are under way).
    if (ahead) for (let turn = 0; turn < 2; turn++) await new Promise<void>((resolve) => setImmediate(resolve));

    mask();
    if (decision.warning) core.warning(decision.warning);
    if (decision.notice) core.notice(decision.notice);
    if (decision.command === 'none') {
      for (const name of ['created', 'edited', 'replaced', 'deleted', 'failed']) core.setOutput(name, '0');
      core.setOutput('plan', '[]');
      return;
    }

    const reporter = new ActionsReporter(core);
    const runSettings: Settings =
      decision.mutate || decision.command === 'plan' ? settings : { ...settings, dryRun: true };
    const ctx: RunContext = {
      settings: runSettings,
      event,
      reporter,
      now: () => new Date(),
      batchSize: settings.batchSize,
      offlineReason: decision.online ? undefined : decision.offlineReason,
      client: ahead,
    };
    // The command's code (its own chunk of dist/) loads while git checks the workspace.
    loadCommand(decision.command).catch(() => undefined);
    // So does the Markdown parser: every command may parse a post body, synchronously, so it is loaded before the
    // command runs (posts/markdown-tree.ts).
    const parserReady = loadMarkdownParser();
    parserReady.catch(() => undefined); // awaited below; a repository problem returns first
    const problem = await repositoryProblem(settings, gitFor(ctx));
    if (problem) {
      core.setFailed(problem);
      return;
    }
    await parserReady;
    const result = await runCommand(decision.command, ctx);
    if (result.exitCode !== 0)
      core.setFailed(
        `buffer-gitops ${decision.command} finished with problems; see the annotations and the job summary.`,
      );
  } catch (error) {
    mask();
    if (error instanceof SettingsFileError) {
      // A mistake in buffer-gitops.yml: one annotation, at its line.
      core.error(error.message, {
        file: posix.join(core.getInput('working-directory') || '.', error.file),
        startLine: error.line,
      });
      process.exitCode = 1; // @actions/core's ExitCode.Failure
      return;
    }
    core.setFailed(error instanceof Error ? error.message : String(error));
  } finally {
    // A read sent ahead that the run never needed (a rename, a repository problem) does not hold the process.
    ahead?.abandonReadAhead();
  }
}

/** A workspace that is not a checkout's top folder, in the action's words (its inputs). */
async function repositoryProblem(settings: Settings, git: Git): Promise<string | undefined> {
  const check = await checkRepository(git, process.env);
  if (check.ok) return undefined;
  const where =
    settings.workingDirectory === '.'
      ? `The workspace (${settings.workspace})`
      : `\`working-directory: ${settings.workingDirectory}\` (${settings.workspace})`;
  switch (check.kind) {
    case 'missing':
      return `${where} does not exist. Set the \`working-directory\` input to the folder actions/checkout checked out into (its \`path:\`).`;
    case 'not-a-repository':
      return `${where} is not a git repository. Run actions/checkout before this step; if actions/checkout uses \`path:\`, set the \`working-directory\` input to the same folder.`;
    case 'not-the-top':
      return `${where} is inside the git repository at ${check.top}, not its top folder. Set the \`working-directory\` input to the checkout's folder and \`posts-dir\`/\`ideas-dir\` to the folders inside it.`;
  }
}
