import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../src/config/settings.js';
import { isUntrustedEvent, resolveCommand } from '../../src/event/command.js';
import { readEventContext } from '../../src/event/context.js';

function envFor(name: string, payload: unknown, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'event-'));
  const file = path.join(dir, 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: file, ...extra };
}
const pr = (headRepo: string) => ({
  number: 7,
  pull_request: {
    number: 7,
    head: { sha: 'h', ref: 'feature', repo: { full_name: headRepo } },
    base: { sha: 'b', ref: 'main', repo: { full_name: 'acme/social' } },
  },
});
const settings = (command: Settings['command']) => ({ command }) as Settings;

describe('event context', () => {
  it('reads a push range and the branch', () => {
    const ctx = readEventContext(
      envFor(
        'push',
        { before: 'a'.repeat(40), after: 'b'.repeat(40), ref: 'refs/heads/main', forced: true },
        { GITHUB_REF: 'refs/heads/main' },
      ),
    );
    expect(ctx.push).toEqual({ before: 'a'.repeat(40), after: 'b'.repeat(40), ref: 'refs/heads/main', forced: true });
    expect(ctx.branch).toBe('main');
  });

  it('tells a fork pull request from a same-repository one', () => {
    const same = readEventContext(envFor('pull_request', pr('acme/social')));
    const fork = readEventContext(envFor('pull_request', pr('mallory/social')));
    expect(same.pullRequest).toMatchObject({ number: 7, headSha: 'h', baseSha: 'b', fromFork: false });
    expect(fork.pullRequest?.fromFork).toBe(true);
    expect(isUntrustedEvent(same)).toBe(false);
    expect(isUntrustedEvent(fork)).toBe(true);
    expect(isUntrustedEvent(readEventContext(envFor('pull_request_target', pr('acme/social'))))).toBe(true);
  });

  it('maps events to commands (SPEC §3) unless the command input says otherwise', () => {
    const cmd = (name: string, command: Settings['command'] = 'auto') =>
      resolveCommand(settings(command), readEventContext(envFor(name, {})));
    expect(cmd('pull_request')).toBe('plan');
    expect(cmd('push')).toBe('apply');
    expect(cmd('schedule')).toBe('sync');
    expect(cmd('workflow_dispatch')).toBe('sync');
    expect(cmd('push', 'plan')).toBe('plan');
    expect(() => cmd('release')).toThrow(/event `release` has no default command/);
  });

  it('treats a pull request whose head repository is null or missing as a fork (a deleted fork)', () => {
    const payload = (repo: unknown) => ({
      number: 7,
      pull_request: {
        number: 7,
        head: { sha: 'h', ref: 'x', repo },
        base: { sha: 'b', ref: 'main', repo: { full_name: 'acme/social' } },
      },
    });
    expect(readEventContext(envFor('pull_request', payload(null))).pullRequest?.fromFork).toBe(true);
    expect(readEventContext(envFor('pull_request', payload(undefined))).pullRequest?.fromFork).toBe(true);
    expect(isUntrustedEvent(readEventContext(envFor('pull_request', payload(null))))).toBe(true);
    expect(isUntrustedEvent(readEventContext(envFor('pull_request_review', payload(null))))).toBe(true);
  });

  it('reads deletions and merge groups', () => {
    const deleted = readEventContext(
      envFor('push', { ref: 'refs/tags/v1', before: 'a'.repeat(40), after: '0'.repeat(40) }),
    );
    expect(deleted.push?.deleted).toBe(true);
    expect(
      readEventContext(envFor('push', { ref: 'refs/heads/main', before: 'a'.repeat(40), after: 'b'.repeat(40) })).push
        ?.deleted,
    ).toBeUndefined();
    const group = readEventContext(
      envFor('merge_group', {
        merge_group: {
          base_sha: 'a'.repeat(40),
          head_sha: 'b'.repeat(40),
          head_ref: 'refs/heads/gh-readonly-queue/main/pr-1-x',
        },
      }),
    );
    expect(group.mergeGroup).toEqual({
      baseSha: 'a'.repeat(40),
      headSha: 'b'.repeat(40),
      headRef: 'refs/heads/gh-readonly-queue/main/pr-1-x',
    });
    expect(resolveCommand(settings('auto'), group)).toBe('plan');
  });

  it('survives a missing or broken payload file', () => {
    expect(
      readEventContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/nonexistent/event.json' }).push,
    ).toBeUndefined();
  });
});
