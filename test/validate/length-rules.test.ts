import { describe, expect, it } from 'vitest';
import { validatePost } from '../../src/validate/rules.js';
import { makePost, opts, positionIn, targetsFor, withCode as only } from './factory.js';

describe('too-long', () => {
  it('passes 280 and fails 281 on X, at the body line, with the fix', () => {
    const ok = makePost({ body: 'a'.repeat(280) });
    expect(only('too-long', validatePost(ok, targetsFor(ok), opts()))).toEqual([]);

    const post = makePost({ body: 'a'.repeat(268) + ' https://example.com/a/very/long/path?x=1' });
    // 268 + 1 + 23 = 292
    const findings = only('too-long', validatePost(post, targetsFor(post), opts()));
    expect(findings).toEqual([
      {
        file: 'posts/2026-12-01-launch.md',
        line: 4,
        column: 1,
        severity: 'error',
        code: 'too-long',
        message:
          'X counts this post as 292 of 280 characters (URLs count 23, emoji and CJK characters 2); shorten it by 12 or split it into a thread with `---`.',
      },
    ]);
  });

  it('checks each thread item at its own line', () => {
    const post = makePost({ body: ['short', '---', 'b'.repeat(281), '---', 'fine'].join('\n') });
    const findings = only('too-long', validatePost(post, targetsFor(post), opts()));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 6, column: 1 });
    expect(findings[0]?.message).toContain('thread item 2 as 281 of 280');
  });

  it('passes 300 and fails 301 graphemes on Bluesky', () => {
    const ok = makePost({ channels: ['bluesky'], body: '🇯🇵'.repeat(300) });
    expect(only('too-long', validatePost(ok, targetsFor(ok), opts()))).toEqual([]);
    const bad = makePost({ channels: ['bluesky'], body: '🇯🇵'.repeat(301) });
    const [f] = only('too-long', validatePost(bad, targetsFor(bad), opts()));
    expect(f?.message).toBe(
      'Bluesky counts this post as 301 of 300 characters; shorten it by 1 or split it into a thread with `---`.',
    );
  });

  it('uses the Mastodon instance limit, with URLs counted 23', () => {
    const body = 'm'.repeat(977) + ' https://example.com/' + 'p'.repeat(200); // 977 + 1 + 23 = 1001
    const post = makePost({ channels: ['mastodon'], body });
    const big = targetsFor(post, { channels: { mastodon: { maxCharacters: 1000 } } });
    const [f] = only('too-long', validatePost(post, big, opts()));
    expect(f?.message).toBe(
      'Mastodon counts this post as 1,001 of 1,000 characters (URLs count 23); shorten it by 1 or split it into a thread with `---`.',
    );

    const fits = makePost({
      channels: ['mastodon'],
      body: 'm'.repeat(976) + ' https://example.com/' + 'p'.repeat(200),
    });
    expect(
      only(
        'too-long',
        validatePost(fits, targetsFor(fits, { channels: { mastodon: { maxCharacters: 1000 } } }), opts()),
      ),
    ).toEqual([]);
  });

  it('falls back to 500 for Mastodon offline and says the instance may allow more', () => {
    const post = makePost({ channels: ['mastodon'], body: 'm'.repeat(501) });
    const [f] = only('too-long', validatePost(post, targetsFor(post, { offline: true }), opts({ offline: true })));
    expect(f?.message).toContain(
      '501 of 500 characters (URLs count 23) (the default limit; this instance may allow more)',
    );
  });

  it('names the channel when the reference is more than the service, and does not offer threads on LinkedIn', () => {
    const post = makePost({ channels: ['"linkedin:Acme Inc"'], body: 'l'.repeat(3001) });
    post.channels = [{ ref: 'linkedin:Acme Inc', position: positionIn(post.raw, 'linkedin') }];
    const [f] = only('too-long', validatePost(post, targetsFor(post), opts()));
    expect(f?.message).toBe(
      'LinkedIn channel "linkedin:Acme Inc" counts this post as 3,001 of 3,000 characters; shorten it by 1.',
    );
  });
});

describe('hashtags, links and titles', () => {
  it('allows 5 Instagram hashtags and rejects 6', () => {
    const ok = makePost({ channels: ['instagram'], body: '#a #b #c #d #e' });
    expect(only('too-many-hashtags', validatePost(ok, targetsFor(ok), opts()))).toEqual([]);
    const bad = makePost({ channels: ['instagram'], body: 'Launch!\n#a #b #c #d #e #f' });
    const [f] = only('too-many-hashtags', validatePost(bad, targetsFor(bad), opts()));
    expect(f).toMatchObject({ line: 4, column: 1, severity: 'error' });
    expect(f?.message).toBe(
      'Instagram allows at most 5 hashtags per post; this post has 6 (#a #b #c #d #e #f). Remove 1.',
    );
  });

  it('rejects more than 5 distinct links on Threads', () => {
    const links = ['a', 'b', 'c', 'd', 'e', 'f'].map((h) => `https://${h}.example.com`);
    const bad = makePost({ channels: ['threads'], body: links.join(' ') });
    const [f] = only('too-many-links', validatePost(bad, targetsFor(bad), opts()));
    expect(f?.message).toContain('more than 5 links; this post has 6 different links. Remove 1.');
    const ok = makePost({ channels: ['threads'], body: [...links.slice(0, 5), links[0]].join(' ') });
    expect(only('too-many-links', validatePost(ok, targetsFor(ok), opts()))).toEqual([]);
  });

  it('checks the YouTube title length and characters at the title line', () => {
    const title = 'T'.repeat(101) + ' <b>';
    const post = makePost({
      channels: ['youtube'],
      frontMatter: ['channels: [youtube]', 'metadata:', `  youtube: {title: "${title}", categoryId: "22"}`],
      post: {
        metadata: { youtube: { title, categoryId: '22' } },
        assets: [{ video: { url: 'https://example.com/v.mp4' } }],
      },
    });
    const findings = validatePost(post, targetsFor(post), opts());
    expect(positionIn(post.raw, 'title:')).toEqual({ line: 4, column: 13 });
    expect(only('title-too-long', findings)).toEqual([
      expect.objectContaining({
        line: 4,
        column: 13,
        message: 'YouTube titles are at most 100 characters; `metadata.youtube.title` has 105. Shorten it by 5.',
      }),
    ]);
    expect(only('title-invalid', findings)).toEqual([expect.objectContaining({ line: 4, column: 13 })]);
  });
});
