import { describe, expect, it } from 'vitest';
import type { AssetInput } from '../../src/buffer/types.js';
import { validatePost } from '../../src/validate/rules.js';
import { image, makePost, opts, targetsFor, withCode } from './factory.js';

function postWithFrontMatterImage(url: string) {
  return makePost({
    frontMatter: ['channels: [twitter]', 'assets:', `  images: [{url: ${url}, alt: "A chart"}]`],
    post: { assets: [image(url)] },
  });
}

describe('asset URLs', () => {
  it('accepts absolute https URLs', () => {
    const post = postWithFrontMatterImage('https://example.com/a.png');
    expect(validatePost(post, targetsFor(post), opts())).toEqual([]);
  });

  it('rejects http with the https fix, at the URL in the front-matter', () => {
    const post = postWithFrontMatterImage('http://example.com/a.png');
    expect(withCode('asset-url-not-https', validatePost(post, targetsFor(post), opts()))).toEqual([
      {
        file: 'posts/2026-12-01-launch.md',
        line: 4,
        column: 18,
        severity: 'error',
        code: 'asset-url-not-https',
        message:
          'The image URL http://example.com/a.png uses http: use https://example.com/a.png instead (Buffer only fetches https).',
      },
    ]);
  });

  it('rejects a relative body image at its Markdown', () => {
    const post = makePost({ body: 'Look:\n\n![A chart](images/chart.png)', itemAssets: [[image('images/chart.png')]] });
    const [f] = withCode('asset-url-relative', validatePost(post, targetsFor(post), opts()));
    expect(f).toMatchObject({ line: 6, column: 12 });
    expect(f?.message).toBe(
      'The image URL images/chart.png is not absolute, and Buffer cannot read files from this repository: upload the image somewhere public and use its https URL.',
    );
  });

  it('rejects other schemes and checks thumbnails', () => {
    const post = makePost({
      channels: ['linkedin'],
      post: {
        assets: [
          { document: { url: 'ftp://example.com/deck.pdf', title: 'Deck', thumbnailUrl: 'http://example.com/t.png' } },
        ],
      },
    });
    const findings = validatePost(post, targetsFor(post), opts());
    expect(findings.map((f) => f.code)).toEqual(['asset-url-invalid', 'asset-url-not-https']);
    // Neither URL is in the file: fall back to the first line.
    expect(findings.map((f) => [f.line, f.column])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });
});

describe('asset shape', () => {
  it('requires exactly one variant per asset', () => {
    const both = {
      image: { url: 'https://example.com/a.png' },
      video: { url: 'https://example.com/v.mp4' },
    } as unknown as AssetInput;
    const none = {} as AssetInput;
    const post = makePost({
      frontMatter: ['channels: [facebook]', 'assets:', '  images: []'],
      channels: ['facebook'],
      post: { assets: [both, none] },
    });
    const findings = withCode('asset-variant', validatePost(post, targetsFor(post), opts()));
    expect(findings.map((f) => [f.line, f.column, f.message])).toEqual([
      [3, 1, 'An asset sets image and video at once; Buffer takes exactly one per entry: split it into 2 entries.'],
      [
        3,
        1,
        'An asset has none of image, video, document or link: give it exactly one (e.g. `{image: {url: https://…}}`).',
      ],
    ]);
  });

  it('rejects a video thumbnailUrl and a document without thumbnail', () => {
    const post = makePost({
      channels: ['linkedin', 'twitter'],
      post: {
        assets: [
          { video: { url: 'https://example.com/v.mp4', thumbnailUrl: 'https://example.com/v.png' } },
          { document: { url: 'https://example.com/d.pdf', title: 'D' } } as unknown as AssetInput,
        ],
      },
    });
    const codes = validatePost(post, targetsFor(post), opts()).map((f) => f.code);
    expect(codes).toContain('video-thumbnail-url');
    expect(codes).toContain('asset-field-missing');
  });
});
