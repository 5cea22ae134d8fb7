import { describe, expect, it } from 'vitest';
import { parsePostFile } from '../../src/posts/parse.js';
import { validatePost } from '../../src/validate/rules.js';
import { image, makePost, opts, positionIn, targetsFor, video, withCode } from './factory.js';

describe('required metadata', () => {
  it('points at metadata.instagram when a field is missing, naming the field and its values', () => {
    const post = makePost({
      channels: ['instagram'],
      frontMatter: ['channels: [instagram]', 'metadata:', '  instagram: {shouldShareToFeed: true}'],
      post: { assets: [image()], metadata: { instagram: { shouldShareToFeed: true } } },
    });
    expect(withCode('metadata-required', validatePost(post, targetsFor(post), opts()))).toEqual([
      {
        file: 'posts/2026-12-01-launch.md',
        line: 4,
        column: 3,
        severity: 'error',
        code: 'metadata-required',
        message:
          'Instagram needs `metadata.instagram.type` (`post`, `story` or `reel`): add it under `metadata:` → `instagram:` in the front-matter.',
      },
    ]);
  });

  it('points at the channel when there is no metadata at all, once per service', () => {
    const post = makePost({ channels: ['pinterest', 'pinterest:Recipes'], post: { assets: [image()] } });
    const findings = withCode('metadata-required', validatePost(post, targetsFor(post), opts()));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ line: 2, column: 12 });
    expect(findings[0]?.message).toContain('`metadata.pinterest.boardServiceId`');
  });

  it('requires YouTube title and categoryId', () => {
    const post = makePost({ channels: ['youtube'], post: { assets: [video()] } });
    expect(
      withCode('metadata-required', validatePost(post, targetsFor(post), opts())).map((f) => f.message.split('`')[1]),
    ).toEqual(['metadata.youtube.title', 'metadata.youtube.categoryId']);
  });

  it('requires Google Business type, keyed `google`, and offer details', () => {
    const missing = makePost({ channels: ['googlebusiness'] });
    expect(withCode('metadata-required', validatePost(missing, targetsFor(missing), opts()))[0]?.message).toContain(
      '`metadata.google.type`',
    );

    const offer = makePost({
      channels: ['googlebusiness'],
      frontMatter: [
        'channels: [googlebusiness]',
        'metadata:',
        '  google:',
        '    type: offer',
        '    detailsOffer: {title: Sale}',
      ],
      post: { metadata: { google: { type: 'offer', detailsOffer: { title: 'Sale' } } } },
    });
    const [f] = withCode('metadata-required', validatePost(offer, targetsFor(offer), opts()));
    expect(f).toMatchObject({ line: 6, column: 5 });
    expect(f?.message).toBe(
      'A Google Business offer needs `metadata.google.detailsOffer` with `startDate` and `endDate`: add them in the front-matter.',
    );
  });

  it('rejects values Buffer does not accept: schema types when the file is read, YouTube categories here, each once', () => {
    const raw = [
      '---',
      'channels: [instagram, youtube, facebook]',
      'metadata:',
      '  instagram: {type: photo, shouldShareToFeed: "yes"}',
      '  youtube: {title: Demo, categoryId: 99}',
      '  facebook: {firstComment: hi}',
      'assets: [{image: {url: "https://example.com/a.png"}}]',
      '---',
      'Hello world',
      '',
    ].join('\n');
    const post = parsePostFile('posts/2026-12-01-launch.md', raw);
    const all = [...post.findings, ...validatePost(post, targetsFor(post), opts())];
    expect(withCode('metadata-invalid', all).map((f) => [f.line, f.column])).toEqual([
      [4, 15],
      [4, 28],
      [5, 26],
    ]);
    expect(withCode('metadata-invalid', all)[0]?.message).toBe(
      '`metadata.instagram.type` is `photo`, which Buffer does not accept. Use one of `carousel`, `event`, `ghost_post`, `offer`, `post`, `reel`, `short`, `story`, `thread`, `whats_new`.',
    );
    expect(withCode('metadata-invalid', all)[1]?.message).toBe(
      '`metadata.instagram.shouldShareToFeed` must be `true` or `false` (unquoted); found the text "yes".',
    );
    expect(withCode('metadata-invalid', all)[2]?.message).toContain("is not one of YouTube's categories");
    // PostTypeFacebook is required (`type: PostTypeFacebook!`) as soon as metadata.facebook is sent.
    expect(withCode('metadata-required', all).map((f) => [f.line, f.message])).toEqual([
      [6, '`metadata.facebook` needs `type` (one of `post`, `reel`, `story`); add it under `facebook:`.'],
    ]);
  });
});

describe('metadata keys', () => {
  it('suggests `google` for `googlebusiness` and warns about unused blocks', () => {
    const post = makePost({
      frontMatter: [
        'channels: [twitter]',
        'metadata:',
        '  googlebusiness: {type: offer}',
        '  mastodon: {spoilerText: x}',
      ],
      post: { metadata: { googlebusiness: { type: 'offer' }, mastodon: { spoilerText: 'x' } } },
    });
    const findings = validatePost(post, targetsFor(post), opts());
    expect(findings.map((f) => [f.severity, f.code, f.line, f.column, f.message])).toEqual([
      ['error', 'metadata-key-unknown', 4, 3, '`metadata.googlebusiness` is not a Buffer metadata key; use `google`.'],
      [
        'warning',
        'metadata-unused',
        5,
        3,
        '`metadata.mastodon` is ignored: this post has no mastodon channel. Remove it or add the channel under `channels:`.',
      ],
    ]);
  });
});

describe('linkAttachment', () => {
  it('is an error next to assets, at the linkAttachment key', () => {
    const post = makePost({
      channels: ['linkedin'],
      frontMatter: [
        'channels: [linkedin]',
        'metadata:',
        '  linkedin:',
        '    linkAttachment: {url: https://example.com/blog}',
      ],
      post: { assets: [image()], metadata: { linkedin: { linkAttachment: { url: 'https://example.com/blog' } } } },
    });
    const [f] = withCode('link-attachment-with-assets', validatePost(post, targetsFor(post), opts()));
    expect(f).toMatchObject({ line: 5, column: 5, severity: 'error' });
    expect(positionIn(post.raw, 'linkAttachment')).toEqual({ line: 5, column: 5 });
  });
  it('is fine without assets', () => {
    const post = makePost({
      channels: ['linkedin'],
      post: { metadata: { linkedin: { linkAttachment: { url: 'https://example.com/blog' } } } },
    });
    expect(validatePost(post, targetsFor(post), opts())).toEqual([]);
  });
});
