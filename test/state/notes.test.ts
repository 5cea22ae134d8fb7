/**
 * The applied state on the remote (src/state/notes.ts): one note in
 * `refs/notes/buffer-gitops/<branch>`, one notes commit per record, pushed
 * with a lease so a concurrent record or a reset is never overwritten, read
 * back by any fresh clone; refusals and unusable notes are reasons, never a
 * guess, and never carry the token.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Git, basicCredential } from '../../src/git/git.js';
import { GITHUB_ACTIONS_BOT } from '../../src/git/push.js';
import type { AppliedState } from '../../src/state/applied-state.js';
import {
  NO_STATE_YET,
  notesRefspec,
  optionalNotesRefspec,
  readAppliedState,
  writeAppliedState,
} from '../../src/state/notes.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';
import { installRejectingPreReceiveHook, startGitHttpServer, type GitHttpServer } from '../helpers/git-http-server.js';

const REF = 'refs/notes/buffer-gitops/main';
const TOKEN = 'ghs_NotesToken0123456789abcdefABCDEF';
const API_KEY = 'buffer-api-key-0123456789-secret';

let fx: GitFixture;
let first: string;
let second: string;

beforeEach(async () => {
  fx = await createGitFixture();
  await fx.writeFiles({ 'posts/a.md': 'a\n' });
  first = await fx.commitAll('first');
  await fx.writeFiles({ 'posts/b.md': 'b\n' });
  second = await fx.commitAll('second');
  await fx.push();
});
afterEach(async () => {
  await fx.cleanup();
});

function state(commit: string, postId: string): AppliedState {
  return {
    version: 1,
    branch: 'main',
    commit,
    recordedAt: '2026-11-30T05:00:00Z',
    files: { 'posts/a.md': { blob: 'a'.repeat(40), complete: true, posts: { twitter: postId } } },
    ideas: {},
    orphans: [],
    attempts: [],
  };
}

/** A depth-1 checkout, as the action gets it. */
async function checkout(): Promise<Git> {
  return new Git({ cwd: await fx.cloneShallow(1), env: fx.env });
}

const remoteNotes = (): Promise<string> => fx.git(['rev-parse', '--verify', '--quiet', REF], fx.bare).catch(() => '');

describe('readAppliedState', () => {
  it('without a notes ref: no state, the reason, no commit for the lease', async () => {
    const git = await checkout();
    expect(await readAppliedState(git, { branch: 'main' })).toEqual({ reason: NO_STATE_YET });
    expect(NO_STATE_YET).toBe('no applied state recorded yet');
  });

  it("names git's decisive line when the remote cannot be read", async () => {
    const git = await checkout();
    await git.exec(['remote', 'set-url', 'origin', path.join(fx.root, 'nowhere.git')]);
    const read = await readAppliedState(git, { branch: 'main' });
    expect(read.state).toBeUndefined();
    expect(read.reason).toMatch(
      /^could not fetch the applied state \(refs\/notes\/buffer-gitops\/main\) from origin: fatal: .*nowhere\.git/,
    );
  });

  it('an invalid branch name is a reason', async () => {
    const git = await checkout();
    expect(await readAppliedState(git, { branch: 'a..b' })).toEqual({ reason: '"a..b" is not a valid branch name' });
    expect(await notesRefspec(git, 'a..b')).toBeUndefined();
  });

  it('reads the copy fetched with the branch tip (notesRefspec) without fetching again', async () => {
    const run1 = await checkout();
    const write = await writeAppliedState(run1, {
      branch: 'main',
      state: state(second, 'p1'),
      expectedNoteCommit: undefined,
    });
    expect(write.status).toBe('recorded');
    const git = await checkout();
    const spec = await notesRefspec(git, 'refs/heads/main');
    expect(spec).toBe(`+${REF}:${REF}`);
    await git.exec(['fetch', '--quiet', '--depth=1', 'origin', spec!]);
    const asked: string[] = [];
    const exec = git.exec.bind(git);
    git.exec = (args, opts) => {
      asked.push(args[0]!);
      return exec(args, opts);
    };
    const read = await readAppliedState(git, { branch: 'main', fetched: true });
    expect(read.state).toEqual(state(second, 'p1'));
    expect(read.noteCommit).toBe(await remoteNotes());
    expect(asked).not.toContain('fetch');
    expect(asked).not.toContain('ls-remote');
  });
});

describe('writeAppliedState', () => {
  it('records on the remote: a fresh clone reads it back; a second record replaces the note with one more commit', async () => {
    const run1 = await checkout();
    const read0 = await readAppliedState(run1, { branch: 'main' });
    const write1 = await writeAppliedState(run1, {
      branch: 'main',
      state: state(second, 'p1'),
      expectedNoteCommit: read0.noteCommit,
    });
    expect(write1.status).toBe('recorded');
    if (write1.status !== 'recorded') return;
    expect(await remoteNotes()).toBe(write1.noteCommit);

    const fresh = await checkout();
    const read1 = await readAppliedState(fresh, { branch: 'main' });
    expect(read1).toEqual({ state: state(second, 'p1'), noteCommit: write1.noteCommit });
    // Readable by people too: `git notes show` in a clone that fetched the ref.
    expect(await fx.git(['notes', `--ref=${REF}`, 'show', second], fresh.cwd)).toContain('"posts/a.md": {"blob":');

    // The next run records a state on another commit (the annotated commit is in its depth-1 clone).
    const third = await (async () => {
      await fx.writeFiles({ 'posts/c.md': 'c\n' });
      const sha = await fx.commitAll('third');
      await fx.push();
      return sha;
    })();
    const run2 = await checkout();
    const read2 = await readAppliedState(run2, { branch: 'main' });
    expect(read2.noteCommit).toBe(write1.noteCommit);
    const write2 = await writeAppliedState(run2, {
      branch: 'main',
      state: state(third, 'p2'),
      expectedNoteCommit: read2.noteCommit,
    });
    expect(write2.status).toBe('recorded');
    if (write2.status !== 'recorded') return;

    const again = await checkout();
    expect(await readAppliedState(again, { branch: 'main' })).toEqual({
      state: state(third, 'p2'),
      noteCommit: write2.noteCommit,
    });
    // Exactly one note, on the new commit; the ref's history is the log, one commit per record, by the bot.
    const notes = (await fx.git(['notes', `--ref=${REF}`, 'list'], fx.bare)).split('\n');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.split(' ')[1]).toBe(third);
    expect((await fx.git(['log', '--format=%H', REF], fx.bare)).split('\n')).toEqual([
      write2.noteCommit,
      write1.noteCommit,
    ]);
    expect(await fx.git(['log', '-1', '--format=%an <%ae>|%cn <%ce>|%s', REF], fx.bare)).toBe(
      `${GITHUB_ACTIONS_BOT.name} <${GITHUB_ACTIONS_BOT.email}>|${GITHUB_ACTIONS_BOT.name} <${GITHUB_ACTIONS_BOT.email}>|buffer-gitops: applied state of main at ${third.slice(0, 12)}`,
    );
    // Nothing else was pushed.
    expect(await fx.git(['for-each-ref', '--format=%(refname)'], fx.bare)).toBe(`refs/heads/main\n${REF}`);
    expect(await fx.git(['rev-parse', 'refs/heads/main'], fx.bare)).toBe(third);
  });

  it('two runs racing from the same read: the second is "moved" and the remote keeps the first', async () => {
    const setup = await checkout();
    const base = await writeAppliedState(setup, {
      branch: 'main',
      state: state(second, 'p0'),
      expectedNoteCommit: undefined,
    });
    expect(base.status).toBe('recorded');

    const a = await checkout();
    const b = await checkout();
    const readA = await readAppliedState(a, { branch: 'main' });
    const readB = await readAppliedState(b, { branch: 'main' });
    expect(readB.noteCommit).toBe(readA.noteCommit);

    const writeA = await writeAppliedState(a, {
      branch: 'main',
      state: state(second, 'pA'),
      expectedNoteCommit: readA.noteCommit,
    });
    const writeB = await writeAppliedState(b, {
      branch: 'main',
      state: state(second, 'pB'),
      expectedNoteCommit: readB.noteCommit,
    });
    expect(writeA.status).toBe('recorded');
    expect(writeB.status).toBe('moved');
    if (writeB.status === 'moved') {
      expect(writeB.message).toMatch(
        /^the applied state of "main" was not recorded: refs\/notes\/buffer-gitops\/main changed on origin since this run read it \(another run recorded, or it was deleted\); nothing was overwritten \(\[rejected\] \(stale info\)\)$/,
      );
    }
    if (writeA.status === 'recorded') expect(await remoteNotes()).toBe(writeA.noteCommit);
    expect((await readAppliedState(await checkout(), { branch: 'main' })).state).toEqual(state(second, 'pA'));
  });

  it('two first records racing (no ref yet): the second is "moved"', async () => {
    const a = await checkout();
    const b = await checkout();
    expect((await readAppliedState(a, { branch: 'main' })).noteCommit).toBeUndefined();
    expect((await readAppliedState(b, { branch: 'main' })).noteCommit).toBeUndefined();
    const writeA = await writeAppliedState(a, {
      branch: 'main',
      state: state(second, 'pA'),
      expectedNoteCommit: undefined,
    });
    const writeB = await writeAppliedState(b, {
      branch: 'main',
      state: state(second, 'pB'),
      expectedNoteCommit: undefined,
    });
    expect(writeA.status).toBe('recorded');
    expect(writeB.status).toBe('moved');
    expect((await readAppliedState(await checkout(), { branch: 'main' })).state).toEqual(state(second, 'pA'));
  });

  it('after a reset (the ref deleted on the remote) the old state is gone and a writer holding it is refused', async () => {
    const git = await checkout();
    const write1 = await writeAppliedState(git, {
      branch: 'main',
      state: state(second, 'p1'),
      expectedNoteCommit: undefined,
    });
    expect(write1.status).toBe('recorded');
    await fx.git(['push', '--quiet', 'origin', `:${REF}`]);

    const stale = write1.status === 'recorded' ? write1.noteCommit : undefined;
    expect(
      await writeAppliedState(git, { branch: 'main', state: state(second, 'p2'), expectedNoteCommit: stale }),
    ).toMatchObject({ status: 'moved' });
    expect(await remoteNotes()).toBe('');

    expect(await readAppliedState(git, { branch: 'main' })).toEqual({ reason: NO_STATE_YET });
    // The local copy is gone too: nothing to build on but a fresh record.
    expect(await git.exec(['rev-parse', '--verify', '--quiet', REF], { allowFailure: true })).toMatchObject({
      exitCode: 1,
    });
    expect(
      await writeAppliedState(git, { branch: 'main', state: state(second, 'p3'), expectedNoteCommit: undefined }),
    ).toMatchObject({ status: 'recorded' });
    expect((await fx.git(['log', '--format=%H', REF], fx.bare)).split('\n')).toHaveLength(1);
  });

  it('a remote that refuses the ref: "failed", saying what to grant, and the remote ref unchanged', async () => {
    const git = await checkout();
    await installRejectingPreReceiveHook(fx.bare, `refusing ${REF}: rule "notes" forbids it`, REF);
    const result = await writeAppliedState(git, {
      branch: 'main',
      state: state(second, 'p1'),
      expectedNoteCommit: undefined,
    });
    expect(result.status).toBe('failed');
    if (result.status === 'failed') {
      expect(result.message).toBe(
        `the applied state of "main" was not recorded: origin refused ${REF} ([remote rejected] (pre-receive hook declined); refusing ${REF}: rule "notes" forbids it). ` +
          'Allow the workflow token to push refs/notes/buffer-gitops/* (a ruleset or hook on origin blocks it).',
      );
    }
    expect(await remoteNotes()).toBe('');
  });

  it('refuses a state for a commit the clone does not have, or for another branch', async () => {
    const git = await checkout();
    expect(
      await writeAppliedState(git, {
        branch: 'main',
        state: state('d'.repeat(40), 'p1'),
        expectedNoteCommit: undefined,
      }),
    ).toEqual({
      status: 'failed',
      message: 'could not record the applied state: commit ddddddd is not in the local repository',
    });
    expect(
      await writeAppliedState(git, { branch: 'release', state: state(second, 'p1'), expectedNoteCommit: undefined }),
    ).toEqual({
      status: 'failed',
      message: 'could not record the applied state: it describes branch "main", not "release"',
    });
    expect(await remoteNotes()).toBe('');
  });
});

describe('unusable notes', () => {
  /** Writes notes by hand (as a person might) and pushes the ref. */
  async function handNotes(notes: Array<[string, string]>): Promise<void> {
    for (const [commit, text] of notes) await fx.git(['notes', `--ref=${REF}`, 'add', '-f', '-m', text, commit]);
    await fx.git(['push', '--quiet', '--force', 'origin', `${REF}:${REF}`]);
  }

  it('an unparsable note: no state, a reason, and the commit to replace it with', async () => {
    await handNotes([[second, '{"version": 7}']]);
    const git = await checkout();
    const read = await readAppliedState(git, { branch: 'main' });
    expect(read.state).toBeUndefined();
    expect(read.noteCommit).toBe(await remoteNotes());
    expect(read.reason).toBe(
      `${REF}: the applied state is malformed: version 7 is not supported (this buffer-gitops reads version 1); upgrade the action or delete the ref to start over`,
    );

    expect(
      await writeAppliedState(git, { branch: 'main', state: state(second, 'p1'), expectedNoteCommit: read.noteCommit }),
    ).toMatchObject({ status: 'recorded' });
    expect((await readAppliedState(await checkout(), { branch: 'main' })).state).toEqual(state(second, 'p1'));
  });

  it('several notes: no state and a reason', async () => {
    const body = JSON.stringify(state(second, 'p1'));
    await handNotes([
      [second, body],
      [first, body],
    ]);
    const read = await readAppliedState(await checkout(), { branch: 'main' });
    expect(read.state).toBeUndefined();
    expect(read.reason).toBe(
      `${REF} holds 2 notes where one is expected; the state cannot be used (delete the ref on origin to start over)`,
    );
  });

  it('a note on another commit than the one it describes: no state and a reason', async () => {
    await handNotes([[first, JSON.stringify(state(second, 'p1'))]]);
    const read = await readAppliedState(await checkout(), { branch: 'main' });
    expect(read.state).toBeUndefined();
    expect(read.reason).toBe(
      `${REF}: the note on ${first.slice(0, 7)} describes commit ${second.slice(0, 7)}; the state cannot be used`,
    );
  });
});

describe('over an authenticated HTTP remote', () => {
  let server: GitHttpServer;
  beforeEach(async () => {
    server = await startGitHttpServer({ projectRoot: fx.root, token: TOKEN, env: fx.env });
  });
  afterEach(async () => {
    await server.close();
  });

  async function httpCheckout(token: string): Promise<Git> {
    const dir = await fx.cloneShallow(1);
    const git = new Git({ cwd: dir, env: fx.env, token, serverUrl: server.baseUrl, secrets: [API_KEY] });
    await git.exec(['remote', 'set-url', 'origin', server.repoUrl('origin.git')]);
    return git;
  }
  const expectNoSecret = (text: string | undefined): void => {
    for (const secret of [TOKEN, basicCredential(TOKEN), API_KEY]) expect(text ?? '').not.toContain(secret);
  };

  it('reads and records with the token, which never appears in a message', async () => {
    const git = await httpCheckout(TOKEN);
    expect(await readAppliedState(git, { branch: 'main' })).toEqual({ reason: NO_STATE_YET });
    const write = await writeAppliedState(git, {
      branch: 'main',
      state: state(second, 'p1'),
      expectedNoteCommit: undefined,
    });
    expect(write.status).toBe('recorded');
    expect((await readAppliedState(await httpCheckout(TOKEN), { branch: 'main' })).state).toEqual(state(second, 'p1'));

    // A hook that echoes secrets back: the message is redacted.
    await installRejectingPreReceiveHook(fx.bare, `denied for ${TOKEN} / ${API_KEY}`, REF);
    const refused = await writeAppliedState(git, {
      branch: 'main',
      state: state(second, 'p2'),
      expectedNoteCommit: write.status === 'recorded' ? write.noteCommit : undefined,
    });
    expect(refused.status).toBe('failed');
    if (refused.status === 'failed') {
      expect(refused.message).toContain('denied for *** / ***');
      expectNoSecret(refused.message);
    }
  });

  it('a token that may not read or push: reasons and "failed" saying what to grant, without the token', async () => {
    const wrong = 'ghs_WrongNotesToken9876543210';
    const git = await httpCheckout(wrong);
    const read = await readAppliedState(git, { branch: 'main' });
    expect(read.state).toBeUndefined();
    expect(read.reason).toMatch(
      /^could not fetch the applied state \(refs\/notes\/buffer-gitops\/main\) from origin: fatal: /,
    );
    expect(read.reason).not.toContain(wrong);
    expectNoSecret(read.reason);

    const write = await writeAppliedState(git, {
      branch: 'main',
      state: state(second, 'p1'),
      expectedNoteCommit: undefined,
    });
    expect(write.status).toBe('failed');
    if (write.status === 'failed') {
      expect(write.message).toMatch(
        /the token may not push refs\/notes\/buffer-gitops\/main \(.*\)\. Give the workflow `permissions: contents: write`/,
      );
      expect(write.message).not.toContain(wrong);
    }
    expect(await remoteNotes()).toBe('');
  });
});

describe('optionalNotesRefspec', () => {
  it('comes along with a commit: no error without a state, the state when there is one, and a copy the remote lost is removed', async () => {
    const git = await checkout();
    const spec = await optionalNotesRefspec(git, 'main');
    expect(spec).toBe(`+${REF}*:${REF}*`);
    const fetch = () =>
      git.exec(['fetch', '--prune', '--no-tags', '--depth=1', 'origin', first, spec!], { allowFailure: true });

    // No state on the remote: the commit still comes, and the local read says there is none.
    expect((await fetch()).exitCode).toBe(0);
    expect(await git.commitExists(first)).toBe(true);
    expect(await readAppliedState(git, { branch: 'main', fetched: true })).toEqual({ reason: NO_STATE_YET });

    const recorded = await writeAppliedState(new Git({ cwd: fx.work, env: fx.env }), {
      branch: 'main',
      state: state(second, 'p1'),
      expectedNoteCommit: undefined,
    });
    expect(recorded.status).toBe('recorded');
    expect((await fetch()).exitCode).toBe(0);
    expect((await readAppliedState(git, { branch: 'main', fetched: true })).state).toEqual(state(second, 'p1'));

    // Deleted on the remote (a reset): the local copy goes with the next fetch.
    await fx.git(['update-ref', '-d', REF], fx.bare);
    expect((await fetch()).exitCode).toBe(0);
    expect(await readAppliedState(git, { branch: 'main', fetched: true })).toEqual({ reason: NO_STATE_YET });
  });

  it('is undefined for a branch name git refuses', async () => {
    expect(await optionalNotesRefspec(await checkout(), 'a..b')).toBeUndefined();
  });
});
