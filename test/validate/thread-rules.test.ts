import { describe, expect, it } from 'vitest';
import { validatePost } from '../../src/validate/rules.js';
import { makePost, opts, targetsFor, withCode } from './factory.js';

describe('threads', () => {
  it('accepts a thread on every thread service', () => {
    const post = makePost({
      channels: ['twitter', 'mastodon', 'bluesky', 'threads'],
      body: 'one\n---\ntwo\n---\nthree',
    });
    expect(validatePost(post, targetsFor(post), opts())).toEqual([]);
  });

  it('rejects a thread on LinkedIn and Facebook in one finding at the second item', () => {
    const post = makePost({ channels: ['twitter', 'linkedin', 'facebook'], body: 'one\n---\ntwo\n---\nthree' });
    expect(withCode('thread-not-supported', validatePost(post, targetsFor(post), opts()))).toEqual([
      {
        file: 'posts/2026-12-01-launch.md',
        line: 6,
        column: 1,
        severity: 'error',
        code: 'thread-not-supported',
        message:
          'This body is a 3-item thread, but Buffer only publishes threads to X, Mastodon, Bluesky and Threads; LinkedIn and Facebook cannot take it. Remove the `---` breaks, or move those channels to a separate post file.',
      },
    ]);
  });

  it('reports a top-level text that differs from the first item', () => {
    const post = makePost({ body: 'one\n---\ntwo' });
    const targets = targetsFor(post, { rendered: { text: 'something else' } });
    const [f] = withCode('thread-text-mismatch', validatePost(post, targets, opts()));
    expect(f).toMatchObject({ line: 4, column: 1, severity: 'error' });
  });

  it('reports an empty reply at its own line', () => {
    const post = makePost({ body: 'one\n---\n\n---\nthree' });
    const [f] = withCode('empty-thread-item', validatePost(post, targetsFor(post), opts()));
    expect(f).toMatchObject({ line: 6, column: 1 });
    expect(f?.message).toBe(
      'Thread item 2 is empty for X: write text or add an image there, or remove the extra `---`.',
    );
  });
});

describe('empty post', () => {
  it('is an error for text networks, once, at the body', () => {
    const post = makePost({ channels: ['twitter', 'linkedin'], body: '   ' });
    expect(validatePost(post, targetsFor(post), opts())).toEqual([
      {
        file: 'posts/2026-12-01-launch.md',
        line: 4,
        column: 1,
        severity: 'error',
        code: 'empty-post',
        message:
          'X and LinkedIn would get an empty post: write the text in the body below the front-matter, or add an image.',
      },
    ]);
  });
});
