import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { runSandboxCommand } from '../../src/sandbox/cli.js';
import { gql } from './http-client.js';

function capture() {
  let out = '';
  let err = '';
  const lineWaiters: ((line: string) => void)[] = [];
  return {
    io: {
      stdout: {
        write: (s: string) => {
          out += s;
          lineWaiters.splice(0).forEach((w) => w(out));
          return true;
        },
      },
      stderr: {
        write: (s: string) => {
          err += s;
          return true;
        },
      },
    },
    out: () => out,
    err: () => err,
    firstLine: () =>
      new Promise<string>((resolve) => (out.includes('\n') ? resolve(out) : lineWaiters.push(resolve))).then(
        (o) => o.split('\n')[0]!,
      ),
  };
}

describe('buffer-gitops sandbox', () => {
  it('prints the listening line first, serves the API, and stops on SIGTERM', async () => {
    const c = capture();
    const signals = new EventEmitter();
    const done = runSandboxCommand(['--port', '0', '--no-rate-limits'], c.io, signals);
    const line = await c.firstLine();
    const m = /^Buffer sandbox listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(line);
    expect(m).not.toBeNull();
    const r = await gql(m![1]!, '{ account { email } }');
    expect(r.body.data.account.email).toBe('sandbox@example.com');
    expect(r.headers['ratelimit']).toBeUndefined();
    signals.emit('SIGTERM');
    expect(await done).toBe(0);
  });

  it('rejects bad options with exit 2 and a usage message', async () => {
    const c = capture();
    expect(await runSandboxCommand(['--port', 'abc'], c.io, new EventEmitter())).toBe(2);
    expect(c.err()).toMatch(/--port/);
    expect(await runSandboxCommand(['--bogus'], c.io, new EventEmitter())).toBe(2);
  });

  it('fails with exit 1 on an unreadable seed file', async () => {
    const c = capture();
    expect(await runSandboxCommand(['--seed', '/nonexistent/seed.json'], c.io, new EventEmitter())).toBe(1);
    expect(c.err()).toMatch(/cannot read seed/);
  });

  it('--idea-response-every N makes every Nth createIdea answer IdeaResponse; a bad N is a usage error', async () => {
    const bad = capture();
    expect(await runSandboxCommand(['--idea-response-every', 'often'], bad.io, new EventEmitter())).toBe(2);
    expect(bad.err()).toMatch(/--idea-response-every must be a non-negative integer \(got often\)/);
    const c = capture();
    const signals = new EventEmitter();
    const done = runSandboxCommand(['--port', '0', '--no-rate-limits', '--idea-response-every', '1'], c.io, signals);
    const url = /listening on (\S+)$/.exec(await c.firstLine())![1]!;
    const account = await gql(url, '{ account { organizations { id } } }');
    const organizationId = account.body.data.account.organizations[0].id;
    const r = await gql(
      url,
      'mutation CreateIdea($input: CreateIdeaInput!) { createIdea(input: $input) { __typename ... on IdeaResponse { refreshIdeas } } }',
      { input: { organizationId, content: { title: 'T' } } },
    );
    expect(r.body.data.createIdea).toEqual({ __typename: 'IdeaResponse', refreshIdeas: false });
    signals.emit('SIGTERM');
    expect(await done).toBe(0);
  });
});
