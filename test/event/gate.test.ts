/**
 * The one decision each action run starts with (src/event/gate.ts): only a
 * push or sync on a branch the team publishes from may change Buffer; tags,
 * other branches, deletions, closed pull requests and unknown events do
 * nothing with one notice; untrusted heads get an offline plan.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../src/config/settings.js';
import { readEventContext } from '../../src/event/context.js';
import { decide } from '../../src/event/gate.js';

const ZERO = '0'.repeat(40);
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const REPO = { full_name: 'acme/social', default_branch: 'main' };

function event(name: string, payload: Record<string, unknown>, ref?: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gate-'));
  const file = path.join(dir, 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return readEventContext({
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: 'acme/social',
    ...(ref ? { GITHUB_REF: ref } : {}),
  });
}
function settings(inputs: Record<string, string> = {}) {
  return readSettings((name) => inputs[name], '/tmp/workspace', {});
}
const push = (ref: string, extra: Record<string, unknown> = {}) =>
  event('push', { ref, before: A, after: B, repository: REPO, ...extra }, ref);
const pr = (headRepo: unknown, extra: Record<string, unknown> = {}) => ({
  number: 3,
  action: 'synchronize',
  pull_request: {
    number: 3,
    head: { sha: B, ref: 'feature', repo: headRepo },
    base: { sha: A, ref: 'main', repo: { full_name: 'acme/social' } },
  },
  repository: REPO,
  ...extra,
});

describe('decide', () => {
  it('a push to the default branch applies', () => {
    expect(decide(settings(), push('refs/heads/main'))).toEqual({ command: 'apply', mutate: true, online: true });
  });

  it('a tag push does nothing and says which branch publishes', () => {
    const d = decide(settings(), push('refs/tags/v1'));
    expect(d).toMatchObject({ command: 'none', mutate: false });
    expect(d.notice).toBe(
      'Nothing published: refs/tags/v1 is a tag; buffer-gitops publishes from main (input `branches`).',
    );
  });

  it('a push to another branch does nothing', () => {
    const d = decide(settings(), push('refs/heads/feature'));
    expect(d.command).toBe('none');
    expect(d.notice).toBe(
      'Nothing published: refs/heads/feature is another branch; buffer-gitops publishes from main (input `branches`).',
    );
  });

  it('branch and tag deletions do nothing, whatever the branch', () => {
    expect(decide(settings(), push('refs/heads/main', { after: ZERO, deleted: true }))).toMatchObject({
      command: 'none',
      notice: 'Nothing published: refs/heads/main was deleted.',
    });
    expect(decide(settings(), push('refs/tags/v1', { after: ZERO }))).toMatchObject({
      command: 'none',
      notice: 'Nothing published: refs/tags/v1 was deleted.',
    });
  });

  it('`branches` replaces the default branch, globs and exclusions included', () => {
    const s = settings({ branches: 'release/**\n!release/old' });
    expect(decide(s, push('refs/heads/release/v2')).command).toBe('apply');
    expect(decide(s, push('refs/heads/release/old')).notice).toBe(
      'Nothing published: refs/heads/release/old is another branch; buffer-gitops publishes from release/**, !release/old (input `branches`).',
    );
    expect(decide(s, push('refs/heads/main')).command).toBe('none');
  });

  it('without a default branch in the payload and no `branches`, a push does nothing and says to set `branches`', () => {
    const d = decide(settings(), event('push', { ref: 'refs/heads/main', before: A, after: B }, 'refs/heads/main'));
    expect(d.command).toBe('none');
    expect(d.notice).toMatch(/set the input `branches`/);
  });

  it('schedule runs on its own ref when the payload does not name the default branch; `branches` still applies', () => {
    expect(decide(settings(), event('schedule', { schedule: '0 * * * *' }, 'refs/heads/main'))).toMatchObject({
      command: 'sync',
      mutate: true,
    });
    expect(
      decide(settings({ branches: 'prod' }), event('schedule', { schedule: '0 * * * *' }, 'refs/heads/main')).command,
    ).toBe('none');
  });

  it('workflow_dispatch on another branch is a read-only sync; on the default branch a real one', () => {
    const other = decide(
      settings(),
      event('workflow_dispatch', { ref: 'refs/heads/feature', repository: REPO }, 'refs/heads/feature'),
    );
    expect(other).toMatchObject({ command: 'sync', mutate: false, online: true });
    expect(other.notice).toMatch(
      /^Read-only report: refs\/heads\/feature is another branch; buffer-gitops publishes from main \(input `branches`\)\. This shows what sync would do/,
    );
    expect(
      decide(settings(), event('repository_dispatch', { action: 'go', repository: REPO }, 'refs/heads/feature')),
    ).toMatchObject({ command: 'sync', mutate: false });
    expect(
      decide(settings(), event('workflow_dispatch', { ref: 'refs/heads/main', repository: REPO }, 'refs/heads/main')),
    ).toMatchObject({ command: 'sync', mutate: true });
  });

  it('an explicit `command: apply` on a branch not listed is refused like a push', () => {
    const d = decide(
      settings({ command: 'apply' }),
      event('workflow_dispatch', { repository: REPO }, 'refs/heads/feature'),
    );
    expect(d).toMatchObject({ command: 'none' });
    expect(d.notice).toMatch(/^Nothing published: refs\/heads\/feature is another branch/);
    expect(
      decide(
        settings({ command: 'apply' }),
        event('pull_request', pr({ full_name: 'acme/social' }), 'refs/pull/3/merge'),
      ).notice,
    ).toMatch(/refs\/pull\/3\/merge is not a branch/);
  });

  it('a run without any ref publishes nothing', () => {
    expect(decide(settings({ command: 'sync' }), event('workflow_dispatch', { repository: REPO })).notice).toMatch(
      /names no branch/,
    );
  });

  it('a pull request whose head repository is null, missing or a fork plans offline, whatever `command` says', () => {
    for (const head of [null, undefined, { full_name: 'mallory/social' }]) {
      for (const command of ['auto', 'plan', 'apply', 'sync']) {
        const d = decide(settings({ command }), event('pull_request', pr(head), 'refs/pull/3/merge'));
        expect(d, `${JSON.stringify(head)} ${command}`).toMatchObject({
          command: 'plan',
          mutate: false,
          online: false,
        });
        expect(d.offlineReason).toBeTruthy();
      }
    }
    expect(decide(settings(), event('pull_request', pr(null), 'refs/pull/3/merge')).offlineReason).toMatch(
      /deleted fork/,
    );
  });

  it('pull_request_target from the same repository plans online and never mutates; from a fork offline', () => {
    expect(
      decide(
        settings({ command: 'apply' }),
        event('pull_request_target', pr({ full_name: 'acme/social' }), 'refs/heads/main'),
      ),
    ).toMatchObject({ command: 'plan', mutate: false, online: true });
    expect(
      decide(settings(), event('pull_request_target', pr({ full_name: 'mallory/social' }), 'refs/heads/main')),
    ).toMatchObject({ command: 'plan', online: false });
  });

  it('a closed pull request does nothing', () => {
    const d = decide(
      settings(),
      event('pull_request', pr({ full_name: 'acme/social' }, { action: 'closed' }), 'refs/pull/3/merge'),
    );
    expect(d).toMatchObject({
      command: 'none',
      notice: 'Nothing to do: pull request #3 is closed; its plan comment is left as it was.',
    });
  });

  it('merge_group plans; an event without a default command does nothing', () => {
    const group = {
      merge_group: { base_sha: A, head_sha: B, head_ref: 'refs/heads/gh-readonly-queue/main/pr-3-' + B },
      repository: REPO,
    };
    expect(
      decide(settings(), event('merge_group', group, 'refs/heads/gh-readonly-queue/main/pr-3-' + B)),
    ).toMatchObject({ command: 'plan', mutate: false, online: true });
    expect(
      decide(settings(), event('release', { action: 'published', repository: REPO }, 'refs/tags/v1')),
    ).toMatchObject({
      command: 'none',
      notice:
        'Nothing to do: the `release` event has no default command. Set the `command` input (plan, apply or sync) to run one on it.',
    });
  });
});

describe('settings: branches and working-directory', () => {
  it('names the input on a bad pattern, on exclusions only, and on a folder outside the workspace', () => {
    expect(() => settings({ branches: 'v[0-9' })).toThrow(/Input `branches`: "v\[0-9"/);
    expect(() => settings({ branches: '!main' })).toThrow(/Input `branches`: lists only exclusions/);
    expect(() => settings({ 'working-directory': '../elsewhere' })).toThrow(
      /Input `working-directory`: "..\/elsewhere" is outside the workspace/,
    );
    expect(settings({ 'working-directory': 'social' }).workspace).toBe(path.resolve('/tmp/workspace/social'));
    expect(settings().workspace).toBe(path.resolve('/tmp/workspace'));
  });
});
