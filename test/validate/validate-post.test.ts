import { describe, expect, it } from 'vitest';
import { validatePost } from '../../src/validate/rules.js';
import { image, makePost, opts, targetsFor } from './factory.js';

describe('validatePost', () => {
  it('emits one offline notice per post, naming the Mastodon limit it could not check', () => {
    const post = makePost({ channels: ['twitter', 'mastodon', 'bluesky'] });
    const findings = validatePost(post, targetsFor(post, { offline: true }), opts({ offline: true }));
    expect(findings).toEqual([
      {
        file: 'posts/2026-12-01-launch.md',
        line: 2,
        column: 12,
        severity: 'notice',
        code: 'offline-partial-check',
        message:
          "Validated without Buffer access, so this did not check whether each channel reference exists in Buffer and is connected and the Mastodon instance's own character limit (counted against Mastodon's default of 500). Run `buffer-gitops plan` with BUFFER_API_KEY set for the full check.",
      },
    ]);
  });

  it('is silent online when every channel is resolved and the post is fine', () => {
    const post = makePost({ channels: ['twitter', 'mastodon'] });
    expect(validatePost(post, targetsFor(post), opts())).toEqual([]);
  });

  it('reports a shared asset problem once although two channels send it', () => {
    const post = makePost({
      channels: ['twitter', 'twitter:Second'],
      frontMatter: ['channels: [twitter, "twitter:Second"]', 'assets:', '  images: [{url: http://example.com/a.png}]'],
      post: { assets: [image('http://example.com/a.png')] },
    });
    const findings = validatePost(post, targetsFor(post), opts());
    expect(findings.map((f) => [f.code, f.line, f.column])).toEqual([['asset-url-not-https', 4, 18]]);
  });

  it('puts errors first, then by line, and leaves the parser findings out', () => {
    const post = makePost({
      channels: ['twitter', 'instagram'],
      frontMatter: ['channels: [twitter, instagram]', 'metadata:', '  pinterest: {boardServiceId: "1"}'],
      body: 'x'.repeat(300),
      post: {
        metadata: { pinterest: { boardServiceId: '1' } },
        findings: [
          {
            file: 'posts/2026-12-01-launch.md',
            line: 1,
            column: 1,
            severity: 'error',
            code: 'yaml-syntax',
            message: 'p',
          },
        ],
      },
    });
    const findings = validatePost(post, targetsFor(post), opts());
    expect(findings.map((f) => `${f.severity}:${f.code}:${f.line}`)).toEqual([
      'error:media-required:2',
      // No `instagram:` block: the closest place is the `metadata:` key.
      'error:metadata-required:3',
      'error:metadata-required:3',
      'error:too-long:6',
      'warning:metadata-unused:4',
    ]);
  });
});
