/**
 * Runs the bundled CLI (`dist/cli/index.js`, `npm run bundle`) as a user
 * would: its own process, a real working folder, only the environment given
 * (plus PATH and the fixture's isolated git setup). Every run's output is
 * checked for the action's words, which the CLI must never use (issue 13):
 * "input", "annotation", "job summary", "push again" and `::` workflow commands;
 * and, the output being a pipe, no colour codes or progress lines either.
 * `runMain` is the same command in this process (src/cli/main.ts), output
 * captured, for tests that hold a sandbox or fixture in-process.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';

export const CLI = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The action's words, as they would read in a CLI's output. */
const ACTION_WORDS: [string, RegExp][] = [
  ['input', /\binputs?\b/i],
  ['annotation', /annotation/i],
  ['job summary', /job summary/i],
  ['push again', /push again/i],
  ['a :: workflow command', /^\s*::[a-z-]*(\s[^:]*)?::/m],
];

/** Every line of `text` that uses one of the action's words, with the word. */
export function actionWordsIn(text: string): string[] {
  const hits: string[] = [];
  for (const line of text.split('\n'))
    for (const [word, pattern] of ACTION_WORDS) if (pattern.test(line)) hits.push(`${word}: ${line}`);
  return hits;
}

/**
 * The CLI's `main` in this process with exactly `env`, its output captured:
 * for tests that need the sandbox's clock or a fixture in-process. Checks
 * nothing; the caller says what the output must (not) hold.
 */
export async function runMain(args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => ((stdout += s), true) } as never,
    stderr: { write: (s: string) => ((stderr += s), true) } as never,
    env: opts.env,
    cwd: opts.cwd,
  });
  return { code, stdout, stderr };
}

export function runCli(
  args: string[],
  opts: { cwd: string; env?: NodeJS.ProcessEnv; gitEnv?: NodeJS.ProcessEnv },
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: opts.cwd, env: { PATH: process.env.PATH, ...opts.gitEnv, ...opts.env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (error as { code?: number | string }).code : 0;
        if (typeof code !== 'number') return reject(error);
        const run = { code, stdout, stderr };
        try {
          // The scan every CLI run in these tests passes: the CLI speaks of flags, variables and buffer-gitops.yml.
          expect(actionWordsIn(stdout + stderr), `buffer-gitops ${args.join(' ')}`).toEqual([]);
          // A pipe is not a terminal: no colour codes, no progress lines.
          expect(stdout + stderr, `buffer-gitops ${args.join(' ')}`).not.toMatch(/\u001b\[|\r/);
        } catch (failure) {
          return reject(failure);
        }
        resolve(run);
      },
    );
  });
}
