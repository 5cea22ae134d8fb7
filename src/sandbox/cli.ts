/**
 * `buffer-gitops sandbox [--port N] [--seed FILE] [--state FILE] [--latency MS] [--no-rate-limits] [--idea-response-every N]`:
 * serves the Buffer sandbox on 127.0.0.1 with a wall clock until SIGINT/SIGTERM.
 * The first line printed is exactly `Buffer sandbox listening on http://127.0.0.1:PORT`
 * (scripts wait for it to learn the port). `--help` documents every control
 * endpoint (from control-routes.ts) and a worked example the README repeats.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CONTROL_ROUTES } from './control-routes.js';
import { startSandbox } from './index.js';
import type { SandboxSeed } from './seed.js';

export interface SandboxCommandIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

const OPTIONS_TEXT = `Usage: buffer-gitops sandbox [--port N] [--seed FILE] [--state FILE] [--latency MS] [--no-rate-limits] [--idea-response-every N]

Serves a local emulator of Buffer's GraphQL API on 127.0.0.1, with a wall
clock, until Ctrl-C. Point the CLI at it with BUFFER_API_URL (the action with
its "api-url: http://127.0.0.1:PORT"); the default API key is "sandbox".
  --port N           port to listen on (default 0: a free port)
  --seed FILE        JSON seed (accounts, organizations, channels, posts, ideas,
                     ideaGroups, postTemplates, metricsSalt)
  --state FILE       load state from FILE if it exists; save it after every change
  --latency MS       delay every GraphQL answer by MS milliseconds
  --no-rate-limits   disable the 15m/24h/30d request windows
  --idea-response-every N  every Nth createIdea answers IdeaResponse instead of Idea (default 0: never)`;

/** The port the worked example uses (the README shows the same example). */
export const EXAMPLE_PORT = 4777;

/** Started in a first terminal; it keeps running. */
export const EXAMPLE_START = `buffer-gitops sandbox --port ${EXAMPLE_PORT}
# Buffer sandbox listening on http://127.0.0.1:${EXAMPLE_PORT}`;

/**
 * Run in a second terminal, in a scratch folder. A line starting with `#`
 * shows what the command before it prints (… stands for any text): a test
 * runs these exact lines against a live sandbox and checks those outputs.
 */
export const EXAMPLE_STEPS = `export BUFFER_API_URL=http://127.0.0.1:${EXAMPLE_PORT} BUFFER_API_KEY=sandbox
git init --quiet -b main social && cd social
mkdir posts && cat > posts/hello.md <<'END'
---
channel: twitter
dueAt: 2099-01-01T09:00:00Z
---
Hello from the sandbox.
END
git add posts && git commit --quiet -m 'A first post'
buffer-gitops apply --branches main   # creates the post, writes its Buffer ID into posts/hello.md
git commit --quiet -am 'Record the Buffer ID'
curl -s -X POST $BUFFER_API_URL/__sandbox/clock -d '{"now": "2099-01-01T09:01:00Z"}'; echo
# {"now":"2099-01-01T09:01:00.…Z","published":1}
buffer-gitops sync --branches main    # writes Buffer's status back into the file
grep status posts/hello.md
#   twitter: {id: …, status: sent, dueAt: "2099-01-01T09:00:00.000Z", sentAt: "2099-01-01T09:00:00.000Z", link: "https://x.com/acme/status/…"}`;

/** Every control endpoint with its method, body and answers, from the table the server dispatches by. */
function controlEndpointsText(): string {
  const lines = [
    'Control endpoints, on the URL the sandbox prints (no key; JSON bodies; a body that is not JSON answers',
    '400 {"error"}, any other method or path 404 {"error": "Unknown control endpoint: ..."}):',
  ];
  for (const route of CONTROL_ROUTES) {
    lines.push(
      `  ${route.method} ${route.path}`,
      `      ${route.summary}.`,
      `      body:   ${route.body}`,
      `      answer: ${route.answer}`,
    );
  }
  return lines.join('\n');
}

const USAGE = `${OPTIONS_TEXT}

${controlEndpointsText()}

Worked example: publish a post, move the clock past its time, sync, see "sent".
In a first terminal:

${EXAMPLE_START}

In a second terminal, in a scratch folder (buffer-gitops on your PATH: npx buffer-gitops
where the package is installed, or npm link once in a clone of buffer-gitops):

${EXAMPLE_STEPS}`;

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
    io.stderr.write(
      `buffer-gitops sandbox: --latency must be a non-negative number of milliseconds (got ${values.latency})\n`,
    );
    return 2;
  }
  const ideaResponseEvery = values['idea-response-every'] === undefined ? 0 : Number(values['idea-response-every']);
  if (!Number.isInteger(ideaResponseEvery) || ideaResponseEvery < 0) {
    io.stderr.write(
      `buffer-gitops sandbox: --idea-response-every must be a non-negative integer (got ${values['idea-response-every']})\n`,
    );
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
  io.stdout.write(
    `API key: ${sandbox.apiKey}  (export BUFFER_API_URL=${sandbox.url} BUFFER_API_KEY=${sandbox.apiKey})\n`,
  );
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
