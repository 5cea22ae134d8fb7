/**
 * The applied state over one run (src/state/recorder.ts), against a real bare
 * remote: the creates about to be sent are recorded first, and only such a
 * recorded attempt opens a window in which an existing Buffer post may be
 * adopted for that file × channel; a recorder that read an older note records
 * nothing over a newer one.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttemptWindow } from '../../src/apply/exactly-once.js';
import { Git } from '../../src/git/git.js';
import type { CreateItem } from '../../src/plan/types.js';
import { NO_STATE_YET, readAppliedState } from '../../src/state/notes.js';
import { AppliedRecorder } from '../../src/state/recorder.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';

const REF = 'refs/notes/buffer-gitops/main';
const FIVE_MINUTES = 5 * 60 * 1000;

let fx: GitFixture;
let tip: string;

beforeEach(async () => {
  fx = await createGitFixture();
  await fx.writeFiles({ 'posts/a.md': 'a\n' });
  tip = await fx.commitAll('first');
  await fx.push();
});
afterEach(async () => {
  await fx.cleanup();
});

async function checkout(): Promise<Git> {
  return new Git({ cwd: await fx.cloneShallow(1), env: fx.env });
}

const create = (file: string, ref: string, channelId = `ch-${ref}`): CreateItem => ({
  action: 'create',
  file,
  line: 2,
  ref,
  channelId,
  service: 'twitter',
  input: { channelId, schedulingType: 'automatic', mode: 'addToQueue', text: 'Hello', assets: [] },
  rendered: { text: 'Hello', assets: [] },
});

const fallback: AttemptWindow = { start: new Date('2026-11-30T04:00:00Z'), sentAllowed: false };
const remoteNotes = (): Promise<string> => fx.git(['rev-parse', '--verify', '--quiet', REF], fx.bare).catch(() => '');

describe('AppliedRecorder without a state', () => {
  it('the fallback decides the window and the earliest look-up time', async () => {
    const recorder = await AppliedRecorder.open(await checkout(), 'main');
    expect(recorder.state).toBeUndefined();
    expect(recorder.reason).toBe(NO_STATE_YET);
    expect(recorder.windowFor(create('posts/a.md', 'twitter'), fallback)).toBe(fallback);
    expect(recorder.earliestAttempt(fallback.start)).toBe(fallback.start);
    expect(recorder.problem).toBeUndefined();
  });

  it('no creates: nothing is recorded', async () => {
    const recorder = await AppliedRecorder.open(await checkout(), 'main');
    expect(await recorder.recordAttempt([], new Date('2026-11-30T05:00:00Z'), tip)).toBeUndefined();
    expect(recorder.attempts).toEqual([]);
    expect(await remoteNotes()).toBe('');
  });
});

describe('AppliedRecorder with recorded attempts', () => {
  it('records an attempt on the remote; the next run reads it back and opens a window only for its file × channel', async () => {
    const first = await AppliedRecorder.open(await checkout(), 'main');
    const startedAt = new Date('2026-11-30T05:00:00Z');
    const problem = await first.recordAttempt(
      [create('posts/a.md', 'twitter'), create('posts/b.md', 'linkedin')],
      startedAt,
      tip,
    );
    expect(problem).toBeUndefined();
    const attempt = {
      startedAt: startedAt.toISOString(),
      items: [
        { file: 'posts/a.md', ref: 'twitter', channelId: 'ch-twitter' },
        { file: 'posts/b.md', ref: 'linkedin', channelId: 'ch-linkedin' },
      ],
    };
    expect(first.attempts).toEqual([attempt]);
    expect(await remoteNotes()).not.toBe('');

    const read = await readAppliedState(await checkout(), { branch: 'main' });
    expect(read.state).toEqual({
      version: 1,
      branch: 'main',
      commit: tip,
      recordedAt: startedAt.toISOString(),
      files: {},
      ideas: {},
      orphans: [],
      attempts: [attempt],
    });

    // A later attempt by the same run extends the record, and a second run sees both.
    const later = new Date('2026-11-30T05:30:00Z');
    expect(await first.recordAttempt([create('posts/a.md', 'twitter')], later, tip)).toBeUndefined();

    const next = await AppliedRecorder.open(await checkout(), 'main');
    expect(next.state?.attempts).toHaveLength(2);
    // Open-ended, from the earliest matching attempt minus the slack for clock skew; a sent post may be adopted.
    expect(next.windowFor(create('posts/a.md', 'twitter'), fallback)).toEqual({
      start: new Date(startedAt.getTime() - FIVE_MINUTES),
      sentAllowed: true,
    });
    expect(next.windowFor(create('posts/b.md', 'linkedin'), fallback)).toEqual({
      start: new Date(startedAt.getTime() - FIVE_MINUTES),
      sentAllowed: true,
    });
    // Another file, another channel, another channel ID: no attempt, no window (the fallback does not apply).
    expect(next.windowFor(create('posts/c.md', 'twitter'), fallback)).toBeUndefined();
    expect(next.windowFor(create('posts/a.md', 'linkedin'), fallback)).toBeUndefined();
    expect(next.windowFor(create('posts/a.md', 'twitter', 'ch-other'), fallback)).toBeUndefined();
    expect(next.earliestAttempt(fallback.start)).toEqual(new Date(startedAt.getTime() - FIVE_MINUTES));
  });

  it('a state without attempts opens no window and needs no look-up', async () => {
    const setup = await AppliedRecorder.open(await checkout(), 'main');
    const state = {
      version: 1 as const,
      branch: 'main',
      commit: tip,
      recordedAt: '2026-11-30T05:00:00Z',
      files: {},
      ideas: {},
      orphans: [],
      attempts: [],
    };
    expect(await setup.recordFinal(state)).toBeUndefined();

    const recorder = await AppliedRecorder.open(await checkout(), 'main');
    expect(recorder.state).toEqual(state);
    expect(recorder.windowFor(create('posts/a.md', 'twitter'), fallback)).toBeUndefined();
    expect(recorder.earliestAttempt(fallback.start)).toBeUndefined();
  });

  it('a recorder that read an older note is refused ("moved"), records nothing and stops', async () => {
    const a = await AppliedRecorder.open(await checkout(), 'main');
    const b = await AppliedRecorder.open(await checkout(), 'main');
    expect(
      await a.recordAttempt([create('posts/a.md', 'twitter')], new Date('2026-11-30T05:00:00Z'), tip),
    ).toBeUndefined();
    const recordedByA = await remoteNotes();

    const problem = await b.recordAttempt([create('posts/b.md', 'twitter')], new Date('2026-11-30T05:01:00Z'), tip);
    expect(problem).toMatch(
      /^the applied state of "main" was not recorded: refs\/notes\/buffer-gitops\/main changed on origin since this run read it/,
    );
    expect(b.problem).toBe(problem);
    expect(b.attempts).toEqual([]);
    // Stopped: nothing more is tried this run, and the remote keeps what A recorded.
    const state = {
      version: 1 as const,
      branch: 'main',
      commit: tip,
      recordedAt: '2026-11-30T05:02:00Z',
      files: {},
      ideas: {},
      orphans: [],
      attempts: [],
    };
    expect(await b.recordFinal(state)).toBe(problem);
    expect(await remoteNotes()).toBe(recordedByA);
    expect((await readAppliedState(await checkout(), { branch: 'main' })).state?.attempts).toEqual([
      {
        startedAt: '2026-11-30T05:00:00.000Z',
        items: [{ file: 'posts/a.md', ref: 'twitter', channelId: 'ch-twitter' }],
      },
    ]);
  });
});
