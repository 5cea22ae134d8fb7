/**
 * Runs engine commands in-process against the sandbox on a scratch folder,
 * as the CLI does (IDs written into the files, no commit): fast enough for
 * the many cases of sync and import; the bundled action is covered in test/e2e.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCommand } from '../../src/commands/run-command.js';
import type { CommandResult } from '../../src/commands/finish.js';
import type { Command } from '../../src/config/settings.js';
import { readSettings } from '../../src/config/settings.js';
import { MemoryReporter } from '../../src/report/reporter.js';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../src/sandbox/index.js';

export interface InProcess {
  dir: string;
  sandbox: RunningSandbox;
  write(files: Record<string, string | null>): Promise<void>;
  read(file: string): Promise<string>;
  run(command: Command, inputs?: Record<string, string>): Promise<CommandResult & { reporter: MemoryReporter }>;
  close(): Promise<void>;
}

export async function inProcess(sandboxOptions: SandboxOptions = {}): Promise<InProcess> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'buffer-gitops-sync-'));
  // A repository, as at a user's desk: the CLI finds its top folder like git does.
  await promisify(execFile)('git', ['init', '--quiet', dir]);
  const sandbox = await startSandbox({ rateLimits: false, ...sandboxOptions });
  return {
    dir,
    sandbox,
    async write(files) {
      for (const [name, content] of Object.entries(files)) {
        const file = path.join(dir, name);
        if (content === null) await rm(file, { force: true });
        else {
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(file, content);
        }
      }
    },
    read: (file) => readFile(path.join(dir, file), 'utf8'),
    async run(command, inputs = {}) {
      const all: Record<string, string> = { 'buffer-api-key': sandbox.apiKey, 'api-url': sandbox.url, ...inputs };
      const settings = readSettings((name) => all[name], dir, {});
      const reporter = new MemoryReporter();
      const result = await runCommand(command, {
        settings,
        event: { name: 'cli', serverUrl: 'https://github.com', apiUrl: 'https://api.github.com', payload: {} },
        reporter,
        now: () => new Date(sandbox.state().now),
        writeFilesOnly: true,
        reportPath: path.join(dir, '.report.json'),
      });
      return { ...result, reporter };
    },
    async close() {
      await sandbox.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
