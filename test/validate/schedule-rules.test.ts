import { describe, expect, it } from 'vitest';
import type { PostFile } from '../../src/posts/model.js';
import { validatePost } from '../../src/validate/rules.js';
import { makePost, opts, targetsFor } from './factory.js';

/** A customScheduled post whose `dueAt` value sits at line 4, column 8. */
function scheduled(raw: string, iso: string, extra: Partial<PostFile> = {}) {
  return makePost({
    frontMatter: ['channels: [twitter]', 'mode: customScheduled', `dueAt: ${raw}`],
    post: { mode: 'customScheduled', dueAt: { raw, iso, position: { line: 4, column: 8 } }, ...extra },
  });
}

describe('dueAt', () => {
  it('is an error in the past for a new post, at the dueAt value', () => {
    const post = scheduled('2026-05-01T09:00:00+01:00', '2026-05-01T08:00:00.000Z');
    expect(validatePost(post, targetsFor(post), opts())).toEqual([
      {
        file: 'posts/2026-12-01-launch.md',
        line: 4,
        column: 8,
        severity: 'error',
        code: 'due-at-past',
        message:
          'dueAt 2026-05-01T09:00:00+01:00 (2026-05-01T08:00:00.000Z) is in the past (now 2026-06-01T12:00:00.000Z): set a future time, or use `mode: shareNow` to publish at once.',
      },
    ]);
  });

  it('is fine in the future, and in the past for a post already in Buffer', () => {
    const future = scheduled('2026-12-01T09:00:00+01:00', '2026-12-01T08:00:00.000Z');
    expect(validatePost(future, targetsFor(future), opts())).toEqual([]);
    const sent = scheduled('2026-05-01T09:00:00+01:00', '2026-05-01T08:00:00.000Z', {
      tracked: { twitter: { id: 'p1', status: 'sent' } },
    });
    expect(validatePost(sent, targetsFor(sent), opts({ isNew: false }))).toEqual([]);
  });

  it('treats a channel added to an existing post as new', () => {
    const post = makePost({
      channels: ['twitter', 'mastodon'],
      post: {
        mode: 'customScheduled',
        dueAt: { raw: '2026-05-01T08:00:00Z', iso: '2026-05-01T08:00:00.000Z', position: { line: 3, column: 8 } },
        tracked: { twitter: { id: 'p1' } },
      },
    });
    expect(validatePost(post, targetsFor(post), opts({ isNew: false })).map((f) => f.code)).toEqual(['due-at-past']);
  });

  it('requires dueAt with customScheduled, at the mode line, unless the parser said so', () => {
    const post = makePost({
      frontMatter: ['channels: [twitter]', 'mode: customScheduled'],
      post: { mode: 'customScheduled' },
    });
    const [f] = validatePost(post, targetsFor(post), opts());
    expect(f).toMatchObject({ code: 'due-at-required', line: 3, column: 1, severity: 'error' });

    const parsed = makePost({
      frontMatter: ['channels: [twitter]', 'mode: customScheduled'],
      post: {
        mode: 'customScheduled',
        findings: [
          {
            file: 'posts/2026-12-01-launch.md',
            line: 3,
            column: 7,
            severity: 'error',
            code: 'due-at-required',
            message: 'x',
          },
        ],
      },
    });
    expect(validatePost(parsed, targetsFor(parsed), opts())).toEqual([]);
  });
});
