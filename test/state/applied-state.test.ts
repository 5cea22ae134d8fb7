/**
 * The applied state document (src/state/applied-state.ts): a deterministic
 * round trip, and a strict reader that rejects the whole document with a
 * sentence naming the field, never returning part of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Git } from '../../src/git/git.js';
import {
  claimsOf,
  parseAppliedState,
  serializeAppliedState,
  stateRef,
  type AppliedState,
} from '../../src/state/applied-state.js';
import { createGitFixture, type GitFixture } from '../helpers/git-fixture.js';

const COMMIT = 'c'.repeat(40);
const BLOB_A = 'a'.repeat(40);

function sample(): AppliedState {
  return {
    version: 1,
    branch: 'main',
    commit: COMMIT,
    recordedAt: '2026-11-30T05:00:00.000Z',
    files: {
      'posts/z last.md': { complete: false, posts: { twitter: 'p3' } },
      'posts/a.md': { blob: BLOB_A, complete: true, posts: { mastodon: 'p2', bluesky: 'p1' } },
    },
    ideas: { 'ideas/b.md': 'i2', 'ideas/a.md': 'i1' },
    orphans: [
      { id: 'o2', file: 'posts/old.md', ref: 'twitter' },
      { id: 'o1', file: 'posts/a.md', ref: 'linkedin' },
    ],
    attempts: [
      {
        startedAt: '2026-11-30T04:59:00Z',
        items: [
          { file: 'posts/z last.md', ref: 'twitter', channelId: 'ch-tw' },
          { file: 'posts/b.md', ref: 'mastodon', channelId: 'ch-ma' },
        ],
      },
    ],
  };
}

describe('serializeAppliedState / parseAppliedState', () => {
  it('round-trips a state', () => {
    const state = sample();
    const parsed = parseAppliedState(serializeAppliedState(state));
    expect(parsed).toEqual({
      ok: true,
      state: {
        ...state,
        orphans: [...state.orphans].reverse(),
        attempts: [{ ...state.attempts[0], items: [...state.attempts[0]!.items].reverse() }],
      },
    });
  });

  it('is deterministic: sorted paths and keys, one file per line, whatever the input order', () => {
    const a = sample();
    const b: AppliedState = {
      ...sample(),
      files: {
        'posts/a.md': { posts: { bluesky: 'p1', mastodon: 'p2' }, complete: true, blob: BLOB_A },
        'posts/z last.md': { complete: false, posts: { twitter: 'p3' } },
      },
      ideas: { 'ideas/a.md': 'i1', 'ideas/b.md': 'i2' },
      orphans: [...a.orphans].reverse(),
    };
    const text = serializeAppliedState(a);
    expect(serializeAppliedState(b)).toBe(text);
    expect(text).toBe(
      [
        '{',
        '  "version": 1,',
        '  "branch": "main",',
        `  "commit": "${COMMIT}",`,
        '  "recordedAt": "2026-11-30T05:00:00.000Z",',
        '  "files": {',
        `    "posts/a.md": {"blob":"${BLOB_A}","complete":true,"posts":{"bluesky":"p1","mastodon":"p2"}},`,
        '    "posts/z last.md": {"complete":false,"posts":{"twitter":"p3"}}',
        '  },',
        '  "ideas": {',
        '    "ideas/a.md": "i1",',
        '    "ideas/b.md": "i2"',
        '  },',
        '  "orphans": [',
        '    {"id":"o1","file":"posts/a.md","ref":"linkedin"},',
        '    {"id":"o2","file":"posts/old.md","ref":"twitter"}',
        '  ],',
        '  "attempts": [',
        '    {"startedAt":"2026-11-30T04:59:00Z","items":[{"file":"posts/b.md","ref":"mastodon","channelId":"ch-ma"},{"file":"posts/z last.md","ref":"twitter","channelId":"ch-tw"}]}',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes empty collections compactly and reads them back', () => {
    const empty: AppliedState = {
      version: 1,
      branch: 'feature/x',
      commit: COMMIT,
      recordedAt: '2026-11-30T05:00:00Z',
      files: {},
      ideas: {},
      orphans: [],
      attempts: [],
    };
    const text = serializeAppliedState(empty);
    expect(text).toContain('"files": {},');
    expect(parseAppliedState(text)).toEqual({ ok: true, state: empty });
  });

  it('keeps a path named __proto__ as data', () => {
    const state: AppliedState = {
      ...sample(),
      files: {},
      ideas: JSON.parse('{"__proto__": "i9"}') as Record<string, string>,
    };
    const parsed = parseAppliedState(serializeAppliedState(state));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(Object.keys(parsed.state.ideas)).toEqual(['__proto__']);
      expect(Object.getPrototypeOf(parsed.state.ideas)).toBe(Object.prototype);
    }
  });

  it('refuses to serialize a state that would not read back', () => {
    expect(() => serializeAppliedState({ ...sample(), commit: 'HEAD' })).toThrow(
      /refusing to record an invalid applied state: .*"commit" must be a full commit ID/,
    );
  });

  const document = (patch: (doc: Record<string, unknown>) => void): string => {
    const doc = JSON.parse(serializeAppliedState(sample())) as Record<string, unknown>;
    patch(doc);
    return JSON.stringify(doc);
  };
  const files = (doc: Record<string, unknown>): Record<string, Record<string, unknown>> =>
    doc.files as Record<string, Record<string, unknown>>;

  it.each<[string, string, RegExp]>([
    ['not JSON', '{"version": 1,', /^the applied state is not JSON \(/],
    ['a list', '[]', /the document must be an object$/],
    [
      'a newer version',
      document((d) => (d.version = 2)),
      /version 2 is not supported \(this buffer-gitops reads version 1\); upgrade the action or delete the ref to start over/,
    ],
    ['no version', document((d) => delete d.version), /"version" must be 1$/],
    ['a version as text', document((d) => (d.version = '1')), /"version" must be 1$/],
    ['an unknown field', document((d) => (d.extra = true)), /the document has unknown field "extra"$/],
    ['an empty branch', document((d) => (d.branch = '')), /"branch" must be a non-empty string$/],
    ['a short commit', document((d) => (d.commit = 'abc1234')), /"commit" must be a full commit ID, not "abc1234"$/],
    [
      'a time that is not ISO',
      document((d) => (d.recordedAt = 'yesterday')),
      /"recordedAt" must be an ISO time such as 2026-01-31T09:00:00Z, not "yesterday"$/,
    ],
    ['files as a list', document((d) => (d.files = [])), /"files" must be an object$/],
    [
      'a file without complete',
      document((d) => delete files(d)['posts/a.md']!.complete),
      /files\["posts\/a.md"\]\.complete must be true or false$/,
    ],
    [
      'a short blob',
      document((d) => (files(d)['posts/a.md']!.blob = 'abc')),
      /files\["posts\/a.md"\]\.blob must be a full blob ID, not "abc"$/,
    ],
    [
      'a numeric post ID',
      document((d) => (files(d)['posts/a.md']!.posts = { twitter: 42 })),
      /files\["posts\/a.md"\]\.posts\["twitter"\] must be a non-empty string$/,
    ],
    [
      'an unknown file field',
      document((d) => (files(d)['posts/a.md']!.status = 'sent')),
      /files\["posts\/a.md"\] has unknown field "status"$/,
    ],
    [
      'a path escaping the repository',
      document((d) => (files(d)['../etc/x.md'] = { complete: true, posts: {} })),
      /files\["..\/etc\/x.md"\]: "..\/etc\/x.md" is not a repository path$/,
    ],
    [
      'an idea ID that is null',
      document((d) => ((d.ideas as Record<string, unknown>)['ideas/a.md'] = null)),
      /ideas\["ideas\/a.md"\] must be a non-empty string$/,
    ],
    [
      'an orphan without ref',
      document((d) => delete (d.orphans as Record<string, unknown>[])[0]!.ref),
      /orphans\[0\]\.ref must be a non-empty string$/,
    ],
    [
      'an attempt item without channel',
      document((d) => delete (d.attempts as { items: Record<string, unknown>[] }[])[0]!.items[0]!.channelId),
      /attempts\[0\]\.items\[0\]\.channelId must be a non-empty string$/,
    ],
    [
      'an attempt without time',
      document((d) => delete (d.attempts as Record<string, unknown>[])[0]!.startedAt),
      /attempts\[0\]\.startedAt must be a non-empty string$/,
    ],
    [
      'one post ID in two files',
      document((d) => (files(d)['posts/z last.md']!.posts = { twitter: 'p1' })),
      /post p1 is recorded twice \(posts\/a.md × bluesky and posts\/z last.md × twitter\)$/,
    ],
    [
      'a post ID also an orphan',
      document((d) => ((d.orphans as Record<string, unknown>[])[0]!.id = 'p2')),
      /post p2 is recorded twice \(posts\/a.md × mastodon and orphan of posts\/a.md × linkedin\)$/,
    ],
  ])('rejects %s with a clear error and no state', (_name, text, error) => {
    const parsed = parseAppliedState(text);
    expect(parsed.ok).toBe(false);
    expect(parsed).not.toHaveProperty('state');
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });
});

describe('claimsOf', () => {
  it('maps every post ID, files and orphans, to its file and channel', () => {
    expect(Object.fromEntries(claimsOf(sample()))).toEqual({
      p1: { file: 'posts/a.md', ref: 'bluesky', kind: 'post' },
      p2: { file: 'posts/a.md', ref: 'mastodon', kind: 'post' },
      p3: { file: 'posts/z last.md', ref: 'twitter', kind: 'post' },
      o1: { file: 'posts/a.md', ref: 'linkedin', kind: 'orphan' },
      o2: { file: 'posts/old.md', ref: 'twitter', kind: 'orphan' },
    });
  });
});

describe('stateRef', () => {
  let fx: GitFixture;
  let git: Git;
  beforeAll(async () => {
    fx = await createGitFixture();
    git = new Git({ cwd: fx.work, env: fx.env });
  });
  afterAll(async () => fx?.cleanup());

  it('names the notes ref of a branch', async () => {
    expect(await stateRef(git, 'main')).toBe('refs/notes/buffer-gitops/main');
    expect(await stateRef(git, 'refs/heads/release/2026')).toBe('refs/notes/buffer-gitops/release/2026');
  });

  it.each(['bad..name', 'with space', 'ends.lock', '-x', '', 'a:b'])('refuses the branch name %j', async (branch) => {
    await expect(stateRef(git, branch)).rejects.toThrow(`"${branch}" is not a valid branch name`);
  });
});
