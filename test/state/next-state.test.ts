/**
 * The applied state after a run (src/state/next-state.ts): a file is recorded
 * complete only when Buffer holds every channel's post equal to it and the
 * file at the recorded commit carries every ID; deletes that did not happen
 * stay as orphans; attempts stay open only while their file × channel has no
 * ID (and for at most 7 days).
 */
import { describe, expect, it } from 'vitest';
import type { Outcome, OutcomeStatus } from '../../src/apply/outcome.js';
import type { Post } from '../../src/buffer/types.js';
import { tipFileOf, type TipFile } from '../../src/plan/claims.js';
import type { CreateItem, DeleteItem, EditItem, ReplaceItem } from '../../src/plan/types.js';
import type { Finding, PostFile } from '../../src/posts/model.js';
import { parsePostFile } from '../../src/posts/parse.js';
import { serializeAppliedState, type AppliedFile, type AppliedState } from '../../src/state/applied-state.js';
import { ATTEMPT_MAX_AGE_MS, nextState, type NextStateInput } from '../../src/state/next-state.js';

const X = '6750c3e1a2b3c4d5e6f70801';
const Y = '6750c3e1a2b3c4d5e6f70802';
const Z = '6750c3e1a2b3c4d5e6f70803';
const W = '6750c3e1a2b3c4d5e6f70804';
const O = '6750c3e1a2b3c4d5e6f70805';
const COMMIT = 'c'.repeat(40);
const BLOB_A = 'a'.repeat(40);
const BLOB_B = 'b'.repeat(40);
const NOW = new Date('2026-11-30T06:00:00Z');

/** A post file listing `channels`, with a `buffer:` block holding `ids`. */
function postFile(path: string, channels: string[], ids: Record<string, string> = {}): PostFile {
  const block = Object.keys(ids).length
    ? `buffer:\n${Object.entries(ids)
        .map(([ref, id]) => `  ${ref}: {id: ${id}}\n`)
        .join('')}`
    : '';
  return parsePostFile(path, `---\nchannels: [${channels.join(', ')}]\n${block}---\nBody of ${path}\n`);
}

const post = (id: string): Post => ({ id, channelId: 'ch', status: 'scheduled', text: 'Body' });
const base = { line: 1, service: 'twitter' as const, rendered: { text: 'Body', assets: [] } };
const createItem = (file: string, ref: string): CreateItem => ({
  ...base,
  action: 'create',
  file,
  ref,
  channelId: `ch-${ref}`,
  input: { channelId: `ch-${ref}`, schedulingType: 'automatic', mode: 'addToQueue', text: 'Body', assets: [] },
});
const editItem = (file: string, ref: string, postId: string): EditItem => ({
  ...base,
  action: 'edit',
  file,
  ref,
  postId,
  input: { id: postId, text: 'Body' },
  changed: ['text'],
});
const replaceItem = (file: string, ref: string, postId: string): ReplaceItem => ({
  ...createItem(file, ref),
  action: 'replace',
  postId,
  why: 'a metadata field was removed',
  changed: ['metadata'],
});
const deleteItem = (
  file: string,
  ref: string,
  postId: string,
  reason: DeleteItem['reason'] = 'file-removed',
): DeleteItem => ({ action: 'delete', file, line: 1, ref, postId, reason });
const outcome = (item: Outcome['item'], status: OutcomeStatus, extra: Partial<Outcome> = {}): Outcome => ({
  item,
  status,
  ...extra,
});

/** One run over read files (the default), with their blobs at `commit`. */
function run(read: PostFile[], over: Partial<NextStateInput> = {}): AppliedState {
  return nextState({
    previous: over.previous ?? emptyState(),
    branch: 'main',
    commit: COMMIT,
    now: NOW,
    tipFiles: read.map(tipFileOf),
    trusted: new Map(),
    read: new Map(read.map((p) => [p.path, p])),
    outcomes: [],
    findings: read.flatMap((p) => p.findings),
    blobs: new Map(read.map((p, i) => [p.path, i === 0 ? BLOB_A : BLOB_B])),
    unwritten: new Set(),
    ideas: {},
    attempts: [],
    ...over,
  });
}

function emptyState(files: AppliedState['files'] = {}, extra: Partial<AppliedState> = {}): AppliedState {
  return {
    version: 1,
    branch: 'main',
    commit: 'd'.repeat(40),
    recordedAt: '2026-11-29T06:00:00Z',
    files,
    ideas: {},
    orphans: [],
    attempts: [],
    ...extra,
  };
}

describe('nextState: complete', () => {
  it('complete when every listed channel has an ID, nothing failed or is pending, the IDs were written and the file has no error', () => {
    const a = postFile('posts/a.md', ['twitter', 'linkedin'], { twitter: X });
    const state = run([a], { outcomes: [outcome(createItem('posts/a.md', 'linkedin'), 'created', { post: post(Y) })] });
    expect(state.files).toEqual({ 'posts/a.md': { blob: BLOB_A, complete: true, posts: { twitter: X, linkedin: Y } } });
    expect(state).toMatchObject({
      version: 1,
      branch: 'main',
      commit: COMMIT,
      recordedAt: NOW.toISOString(),
      orphans: [],
      attempts: [],
    });
  });

  it.each<[string, Partial<NextStateInput>, Record<string, string>]>([
    [
      'a create failed',
      { outcomes: [outcome(createItem('posts/a.md', 'linkedin'), 'failed', { message: 'boom' })] },
      { twitter: X },
    ],
    ['a create is pending', { outcomes: [outcome(createItem('posts/a.md', 'linkedin'), 'pending')] }, { twitter: X }],
    [
      'an edit failed (all IDs known)',
      {
        outcomes: [
          outcome(createItem('posts/a.md', 'linkedin'), 'created', { post: post(Y) }),
          outcome(editItem('posts/a.md', 'twitter', X), 'failed'),
        ],
      },
      { twitter: X, linkedin: Y },
    ],
    ['a dry run', { outcomes: [outcome(createItem('posts/a.md', 'linkedin'), 'dry-run')] }, { twitter: X }],
    ['a channel has no ID and nothing was planned', {}, { twitter: X }],
    [
      'the write-back did not land',
      {
        outcomes: [outcome(createItem('posts/a.md', 'linkedin'), 'created', { post: post(Y) })],
        unwritten: new Set(['posts/a.md']),
      },
      { twitter: X, linkedin: Y },
    ],
    [
      'the file has an error finding',
      {
        outcomes: [outcome(createItem('posts/a.md', 'linkedin'), 'created', { post: post(Y) })],
        findings: [
          {
            file: 'posts/a.md',
            line: 2,
            column: 1,
            severity: 'error',
            code: 'too-long',
            message: 'too long',
          } satisfies Finding,
        ],
      },
      { twitter: X, linkedin: Y },
    ],
  ])('incomplete when %s', (_why, over, posts) => {
    const a = postFile('posts/a.md', ['twitter', 'linkedin'], { twitter: X });
    expect(run([a], over).files['posts/a.md']).toEqual({ blob: BLOB_A, complete: false, posts });
  });

  it('a warning does not keep a file incomplete', () => {
    const a = postFile('posts/a.md', ['twitter'], { twitter: X });
    const findings: Finding[] = [
      { file: 'posts/a.md', line: 1, column: 1, severity: 'warning', code: 'copied-buffer-entry', message: 'copy' },
    ];
    expect(run([a], { findings }).files['posts/a.md']?.complete).toBe(true);
  });

  it('records created, adopted, edited and replaced IDs', () => {
    const a = postFile('posts/a.md', ['twitter', 'linkedin', 'mastodon', 'bluesky'], { mastodon: Z, bluesky: O });
    const state = run([a], {
      outcomes: [
        outcome(createItem('posts/a.md', 'twitter'), 'created', { post: post(X) }),
        outcome(createItem('posts/a.md', 'linkedin'), 'adopted', { post: post(Y) }),
        outcome(editItem('posts/a.md', 'mastodon', Z), 'edited', { post: post(Z) }),
        outcome(replaceItem('posts/a.md', 'bluesky', O), 'replaced', { post: post(W) }),
      ],
    });
    expect(state.files['posts/a.md']).toEqual({
      blob: BLOB_A,
      complete: true,
      posts: { twitter: X, linkedin: Y, mastodon: Z, bluesky: W },
    });
    expect(state.orphans).toEqual([]);
  });
});

describe('nextState: deletes and orphans', () => {
  it('a delete done leaves nothing; a failed, pending or dry-run delete is an orphan', () => {
    const state = run([], {
      outcomes: [
        outcome(deleteItem('posts/gone.md', 'twitter', X), 'deleted'),
        outcome(deleteItem('posts/gone.md', 'linkedin', Y), 'failed'),
        outcome(deleteItem('posts/other.md', 'twitter', Z), 'pending'),
        outcome(deleteItem('posts/other.md', 'mastodon', W), 'dry-run'),
      ],
    });
    expect(state.files).toEqual({});
    expect(state.orphans).toEqual([
      { id: Y, file: 'posts/gone.md', ref: 'linkedin' },
      { id: Z, file: 'posts/other.md', ref: 'twitter' },
      { id: W, file: 'posts/other.md', ref: 'mastodon' },
    ]);
  });

  it('a channel removed from a read file: a delete done drops the ID; a failed one keeps it on the file (incomplete)', () => {
    const a = postFile('posts/a.md', ['twitter'], { twitter: X, linkedin: Y });
    const done = run([a], {
      outcomes: [outcome(deleteItem('posts/a.md', 'linkedin', Y, 'channel-removed'), 'deleted')],
    });
    expect(done.files['posts/a.md']).toEqual({ blob: BLOB_A, complete: true, posts: { twitter: X } });
    expect(done.orphans).toEqual([]);
    const failed = run([a], {
      outcomes: [outcome(deleteItem('posts/a.md', 'linkedin', Y, 'channel-removed'), 'failed')],
    });
    expect(failed.files['posts/a.md']).toEqual({ blob: BLOB_A, complete: false, posts: { twitter: X, linkedin: Y } });
    expect(failed.orphans).toEqual([]);
  });

  it('the old half of a replace that was not deleted is an orphan; the file records the new post', () => {
    const a = postFile('posts/a.md', ['twitter'], { twitter: X });
    const state = run([a], {
      outcomes: [outcome(replaceItem('posts/a.md', 'twitter', X), 'replaced', { post: post(W), leftover: X })],
    });
    expect(state.files['posts/a.md']?.posts).toEqual({ twitter: W });
    expect(state.orphans).toEqual([{ id: X, file: 'posts/a.md', ref: 'twitter' }]);
  });

  it('a replace that deleted the old post and made no new one: the entry is gone and the file incomplete', () => {
    const a = postFile('posts/a.md', ['twitter'], { twitter: X });
    const state = run([a], {
      outcomes: [
        outcome(replaceItem('posts/a.md', 'twitter', X), 'failed', { oldDeleted: true, message: 'create failed' }),
      ],
    });
    expect(state.files['posts/a.md']).toEqual({ blob: BLOB_A, complete: false, posts: {} });
    expect(state.orphans).toEqual([]);
  });

  it('an orphan of a file that cannot be read now stays recorded (its delete waits for the fix)', () => {
    const broken = parsePostFile('posts/a.md', `---\nchannels: [twitter\n---\nBody\n`);
    const previous = emptyState(
      { 'posts/a.md': { blob: BLOB_B, complete: true, posts: { twitter: X } } },
      { orphans: [{ id: O, file: 'posts/a.md', ref: 'twitter' }] },
    );
    const state = run([broken], { previous });
    expect(state.files['posts/a.md']).toEqual({ blob: BLOB_B, complete: false, posts: { twitter: X } });
    expect(state.orphans).toEqual([{ id: O, file: 'posts/a.md', ref: 'twitter' }]);
  });

  it('a previous orphan whose delete this run did or skipped is not carried on', () => {
    const previous = emptyState(
      {},
      {
        orphans: [
          { id: O, file: 'posts/gone.md', ref: 'twitter' },
          { id: W, file: 'posts/gone.md', ref: 'linkedin' },
        ],
      },
    );
    const skip = {
      action: 'skip' as const,
      file: 'posts/gone.md',
      line: 1,
      ref: 'linkedin',
      postId: W,
      reason: 'already gone from Buffer',
    };
    const state = run([], {
      previous,
      outcomes: [outcome(deleteItem('posts/gone.md', 'twitter', O), 'deleted'), outcome(skip, 'skipped')],
    });
    expect(state.orphans).toEqual([]);
  });
});

describe('nextState: contested IDs', () => {
  it('an ID two blocked files claim is recorded for neither (history does not say whose it is), and the state can be written', () => {
    const a = postFile('posts/a.md', ['twitter'], { twitter: X });
    const b = postFile('posts/b.md', ['twitter'], { twitter: X });
    const contested = (file: string): Finding => ({
      file,
      line: 3,
      column: 1,
      severity: 'error',
      code: 'shared-buffer-entry',
      message: 'shared',
    });
    const state = run([a, b], { previous: undefined, findings: [contested('posts/a.md'), contested('posts/b.md')] });
    expect(state.files).toEqual({
      'posts/a.md': { blob: BLOB_A, complete: false, posts: {} },
      'posts/b.md': { blob: BLOB_B, complete: false, posts: {} },
    });
    expect(() => serializeAppliedState(state)).not.toThrow();
  });
});

describe('nextState: attempts', () => {
  it('an attempt stays while its file × channel has no ID and it is younger than 7 days', () => {
    const a = postFile('posts/a.md', ['twitter', 'linkedin'], { twitter: X });
    const recent = new Date(NOW.getTime() - 60 * 60 * 1000).toISOString();
    const almostOld = new Date(NOW.getTime() - ATTEMPT_MAX_AGE_MS + 60_000).toISOString();
    const tooOld = new Date(NOW.getTime() - ATTEMPT_MAX_AGE_MS - 60_000).toISOString();
    const item = (file: string, ref: string) => ({ file, ref, channelId: `ch-${ref}` });
    const previous = emptyState(
      {},
      {
        attempts: [
          { startedAt: recent, items: [item('posts/a.md', 'twitter'), item('posts/a.md', 'linkedin')] },
          { startedAt: almostOld, items: [item('posts/gone.md', 'twitter')] },
          { startedAt: tooOld, items: [item('posts/a.md', 'linkedin')] },
          { startedAt: recent, items: [item('posts/a.md', 'twitter')] },
        ],
      },
    );
    const thisRun = [
      { startedAt: NOW.toISOString(), items: [item('posts/a.md', 'linkedin'), item('posts/a.md', 'twitter')] },
    ];
    const state = run([a], { previous, attempts: thisRun });
    expect(state.attempts).toEqual([
      { startedAt: recent, items: [item('posts/a.md', 'linkedin')] },
      { startedAt: almostOld, items: [item('posts/gone.md', 'twitter')] },
      { startedAt: NOW.toISOString(), items: [item('posts/a.md', 'linkedin')] },
    ]);
  });

  it('an attempt whose create is recorded now is closed', () => {
    const a = postFile('posts/a.md', ['twitter']);
    const attempts = [
      { startedAt: NOW.toISOString(), items: [{ file: 'posts/a.md', ref: 'twitter', channelId: 'ch-twitter' }] },
    ];
    const state = run([a], {
      attempts,
      outcomes: [outcome(createItem('posts/a.md', 'twitter'), 'created', { post: post(X) })],
    });
    expect(state.attempts).toEqual([]);
    expect(state.files['posts/a.md']?.posts).toEqual({ twitter: X });
  });
});

describe('nextState: files not read', () => {
  it('a trusted file keeps its record, a renamed one under its new path with the blob at the commit', () => {
    const record: AppliedFile = { blob: BLOB_A, complete: true, posts: { twitter: X } };
    const moved: AppliedFile = { blob: BLOB_B, complete: true, posts: { twitter: Y } };
    const previous = emptyState({ 'posts/a.md': record, 'posts/old.md': moved });
    const tipFiles: TipFile[] = [
      { path: 'posts/a.md', claims: { twitter: X }, channels: ['twitter'] },
      { path: 'posts/new.md', claims: { twitter: Y }, channels: ['twitter'] },
    ];
    const state = run([], {
      previous,
      tipFiles,
      trusted: new Map([
        ['posts/a.md', record],
        ['posts/new.md', moved],
      ]),
      blobs: new Map([
        ['posts/a.md', BLOB_A],
        ['posts/new.md', BLOB_B],
      ]),
    });
    expect(state.files).toEqual({ 'posts/a.md': record, 'posts/new.md': moved });
    expect(state.files['posts/new.md']).not.toBe(moved);
  });

  it('the first record (no previous) takes an unread, fully tracked file as complete', () => {
    const tipFiles: TipFile[] = [
      { path: 'posts/a.md', claims: { twitter: X, linkedin: Y }, channels: ['twitter', 'linkedin'] },
    ];
    const state = run([], { previous: undefined, tipFiles, blobs: new Map([['posts/a.md', BLOB_A]]) });
    expect(state.files).toEqual({ 'posts/a.md': { blob: BLOB_A, complete: true, posts: { twitter: X, linkedin: Y } } });
  });

  it('with a previous record, an unreadable file keeps its entry, incomplete; one it never had is not recorded', () => {
    const broken = parsePostFile('posts/a.md', `---\nchannels: [twitter\n---\nBody\n`);
    const newBroken = parsePostFile('posts/b.md', `---\nchannels: [twitter\n---\nBody\n`);
    const previous = emptyState({ 'posts/a.md': { blob: BLOB_B, complete: true, posts: { twitter: X } } });
    const state = run([broken, newBroken], { previous });
    expect(state.files).toEqual({ 'posts/a.md': { blob: BLOB_B, complete: false, posts: { twitter: X } } });
  });

  it('ideas are recorded as given', () => {
    expect(run([], { ideas: { 'ideas/a.md': 'idea-1' } }).ideas).toEqual({ 'ideas/a.md': 'idea-1' });
  });
});
