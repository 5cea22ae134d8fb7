/**
 * `buffer-gitops sandbox [--port N] [--seed FILE] [--state FILE] [--latency MS] [--no-rate-limits] [--idea-response-every N]`:
 * serves the Buffer sandbox on 127.0.0.1 with a wall clock until SIGINT/SIGTERM.
 * The first line printed is exactly `Buffer sandbox listening on http://127.0.0.1:PORT`
 * (scripts wait for it to learn the port).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startSandbox } from './index.js';
import type { SandboxSeed } from './seed.js';

export interface SandboxCommandIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

const USAGE = `Usage: buffer-gitops sandbox [--port N] [--seed FILE] [--state FILE] [--latency MS] [--no-rate-limits] [--idea-response-every N]

Serves a local emulator of Buffer's GraphQL API on 127.0.0.1.
  --port N           port to listen on (default 0: a free port)
  --seed FILE        JSON seed (accounts, organizations, channels, posts, ideas)
  --state FILE       load state from FILE if it exists; save it after every change
  --latency MS       delay every GraphQL answer by MS milliseconds
  --no-rate-limits   disable the 15m/24h/30d request windows
  --idea-response-every N  every Nth createIdea answers IdeaResponse instead of Idea (default 0: never)
Default API key: sandbox. Control endpoints: /__sandbox/state, /reset, /clock, /faults.`;

/** Resolves with the exit code once a signal stops the server (or at once on a usage error). */
export async function runSandboxCommand(
  argv: string[],
  io: SandboxCommandIo = { stdout: process.stdout, stderr: process.stderr },
  signals: NodeJS.EventEmitter = process,
): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        seed: { type: 'string' },
        state: { type: 'string' },
        latency: { type: 'string' },
        'no-rate-limits': { type: 'boolean' },
        'idea-response-every': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    io.stderr.write(`buffer-gitops sandbox: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr.write(`buffer-gitops sandbox: --port must be an integer 0-65535 (got ${values.port})\n`);
    return 2;
  }
  const latencyMs = values.latency === undefined ? 0 : Number(values.latency);
  if (!Number.isFinite(latencyMs) || latencyMs < 0) {
    io.stderr.write(`buffer-gitops sandbox: --latency must be a non-negative number of milliseconds (got ${values.latency})\n`);
    return 2;
  }
  const ideaResponseEvery = values['idea-response-every'] === undefined ? 0 : Number(values['idea-response-every']);
  if (!Number.isInteger(ideaResponseEvery) || ideaResponseEvery < 0) {
    io.stderr.write(`buffer-gitops sandbox: --idea-response-every must be a non-negative integer (got ${values['idea-response-every']})\n`);
    return 2;
  }
  let seed: SandboxSeed | undefined;
  if (values.seed !== undefined) {
    try {
      seed = JSON.parse(readFileSync(values.seed, 'utf8')) as SandboxSeed;
    } catch (e) {
      io.stderr.write(`buffer-gitops sandbox: cannot read seed ${values.seed}: ${(e as Error).message}\n`);
      return 1;
    }
  }
  let sandbox;
  try {
    sandbox = await startSandbox({
      port,
      seed,
      statePath: values.state,
      latencyMs,
      ideaResponseEvery,
      rateLimits: values['no-rate-limits'] ? false : undefined,
      clock: 'wall',
    });
  } catch (e) {
    io.stderr.write(`buffer-gitops sandbox: ${(e as Error).message}\n`);
    return 1;
  }
  io.stdout.write(`Buffer sandbox listening on ${sandbox.url}\n`);
  io.stdout.write(`API key: ${sandbox.apiKey}  (export BUFFER_API_URL=${sandbox.url} BUFFER_API_KEY=${sandbox.apiKey})\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      signals.off('SIGINT', stop);
      signals.off('SIGTERM', stop);
      resolve();
    };
    signals.on('SIGINT', stop);
    signals.on('SIGTERM', stop);
  });
  await sandbox.close();
  return 0;
}
