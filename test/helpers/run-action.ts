/**
 * Runs the bundled action (dist/index.js) the way the runner does: a child
 * process of `node`, inputs as INPUT_* variables, the event payload in a file
 * at GITHUB_EVENT_PATH, outputs and the step summary written to files.
 */
import { execFile, type ExecFileException } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ACTION_ENTRY = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Annotations the runner would show (`::error file=…,line=…::message`). */
  annotations: { level: string; file?: string; line?: number; message: string }[];
  /** RUNNER_TEMP of the run: the event file, the raw GITHUB_OUTPUT and summary files, the report. */
  runnerTemp: string;
}

export interface RunActionOptions {
  workspace: string;
  eventName: string;
  event: Record<string, unknown>;
  inputs: Record<string, string>;
  /** Extra environment (git isolation, GITHUB_API_URL for a fake REST API). */
  env?: NodeJS.ProcessEnv;
  ref?: string;
  sha?: string;
  /** GITHUB_SERVER_URL (default https://github.com): where the token may go, e.g. a local git server. */
  serverUrl?: string;
  /** GITHUB_REPOSITORY (default acme/social), e.g. the `repository.full_name` of a shipped example payload. */
  repository?: string;
}

/** The files and environment the runner gives a step: event payload, GITHUB_OUTPUT, the step summary, INPUT_*. */
export interface RunnerFiles {
  env: NodeJS.ProcessEnv;
  outputPath: string;
  summaryPath: string;
}

export async function prepareRunner(dir: string, opts: RunActionOptions): Promise<RunnerFiles> {
  const eventPath = path.join(dir, 'event.json');
  const outputPath = path.join(dir, 'output');
  const summaryPath = path.join(dir, 'summary.md');
  await writeFile(eventPath, JSON.stringify(opts.event));
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    ...opts.env,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: opts.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_REPOSITORY: opts.repository ?? 'acme/social',
    GITHUB_SERVER_URL: opts.serverUrl ?? 'https://github.com',
    GITHUB_REF: opts.ref ?? 'refs/heads/main',
    GITHUB_SHA: opts.sha ?? String(opts.event.after ?? ''),
    RUNNER_TEMP: dir,
  };
  for (const [name, value] of Object.entries(opts.inputs)) {
    // The runner upper-cases the name and keeps hyphens: INPUT_BUFFER-API-KEY.
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return { env, outputPath, summaryPath };
}

export async function runAction(opts: RunActionOptions): Promise<ActionRun> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'buffer-gitops-run-'));
  const { env, outputPath, summaryPath } = await prepareRunner(dir, opts);
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>(
    (resolve) => {
      execFile(
        process.execPath,
        [ACTION_ENTRY],
        { cwd: opts.workspace, env, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => resolve({ exitCode: exitCodeOf(error), stdout, stderr }),
      );
    },
  );
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8'),
    annotations: parseAnnotations(stdout),
    runnerTemp: dir,
  };
}

/** A finished child's exit code from execFile's error: its numeric code, 1 for any other failure (a signal), 0 for none. */
export function exitCodeOf(error: ExecFileException | null): number {
  return typeof error?.code === 'number' ? error.code : error ? 1 : 0;
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (match) {
      const [, name, delimiter] = match;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      outputs[name!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=');
      outputs[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return outputs;
}

function parseAnnotations(stdout: string): ActionRun['annotations'] {
  const found: ActionRun['annotations'] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const props = Object.fromEntries(
      (match[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((kv) => {
          const at = kv.indexOf('=');
          return [kv.slice(0, at), decodeURIComponent(kv.slice(at + 1).replace(/%2C/g, ','))];
        }),
    );
    found.push({
      level: match[1]!,
      file: props.file,
      line: props.line ? Number(props.line) : undefined,
      message: match[3]!.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'),
    });
  }
  return found;
}
